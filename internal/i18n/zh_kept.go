package i18n

// After the handoff: the baseline, change requests, outcomes and promises
// made against promises kept.
func init() {
	RegisterWords(ZH, "field", map[string]string{
		"taken_at":          "全员签核时间",
		"snapshot":          "签核时状态",
		"relayed_by":        "转达人",
		"asked_by":          "客户方提出人",
		"reason":            "理由",
		"decision_id":       "决定",
		"present":           "在场人员",
		"outcome":           "结果",
		"days_late":         "延迟天数",
		"note":              "备注",
		"change_request_id": "变更请求",
		"recorded_at":       "记录时间",
		"change_status":     "变更请求状态",
	})
	RegisterWords(ZH, "outcome", map[string]string{
		"kept":    "已兑现",
		"late":    "延迟兑现",
		"changed": "协商变更",
		"dropped": "协商取消",
		"broken":  "未兑现",
	})
	RegisterWords(ZH, "change status", map[string]string{
		"open":     "待决定",
		"accepted": "已接受",
		"rejected": "已拒绝",
		"deferred": "已推迟",
	})
	Register(ZH, map[string]string{
		"changed by agreement needs its change request or a decision":    "协商变更需要对应的变更请求或决定",
		"has no baseline yet: every role must sign off first":            "尚无签核基线：需先由所有角色签核",
		"is not in delivery yet (stage %s)":                              "尚未进入交付阶段（当前阶段 %s）",
		"must be accepted, rejected or deferred":                         "必须为已接受、已拒绝或已推迟",
		"needs someone from sales or presales and someone from delivery": "需要销售或售前一方和交付一方各至少一人在场",
	}, nil)
}
