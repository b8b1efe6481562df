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
		"%s %s: %s on %s":                        "%s %s：%s，%s",
		"%s: %s → %s":                            "%s：%s → %s",
		"All deals":                              "全部商机",
		"By category":                            "按类别",
		"By deal":                                "按商机",
		"By delivery fit at handoff":             "按交接时的交付匹配度",
		"By source":                              "按来源",
		"By verification at handoff":             "按交接时的核实程度",
		"Changes since sign-off (%s):":           "签核以来的变更（%s）：",
		"Promises made vs kept":                  "承诺与兑现",
		"added since sign-off":                   "签核后新增",
		"removed since sign-off":                 "签核后删除",
		"kept %":                                 "兑现率",
		"kept: --format is text or json, not %q": "kept：--format 应为 text 或 json，而不是 %q",
		"kept: --since %q is not a date (YYYY-MM-DD)": "kept：--since %q 不是日期（YYYY-MM-DD）",
		"must sign again: %s":                         "需重新签核：%s",
		"not answered":                                "未答复",
		"not recorded":                                "未记录",
		"not sold, added: %s":                         "未销售项，新增：%s",
		"not sold, removed: %s":                       "未销售项，删除：%s",
		"outcome: %q is no promise (P1 …) of %s":      "outcome：%q 不是 %s 的承诺（P1 …）",
		"outcome: %q is not kept, late, changed, dropped or broken":                                             "outcome：%q 不是 kept、late、changed、dropped 或 broken",
		"outcome: %s is not in delivery yet (stage %s)":                                                         "outcome：%s 尚未进入交付阶段（当前阶段 %s）",
		"outcome: --deal names the deal":                                                                        "outcome：--deal 指定商机",
		"outcome: --on %q is not a date (YYYY-MM-DD)":                                                           "outcome：--on %q 不是日期（YYYY-MM-DD）",
		"outcome: name the promise and what became of it: outcome --deal D P1 kept|late|changed|dropped|broken": "outcome：请指定承诺及其结果：outcome --deal D P1 kept|late|changed|dropped|broken",
		"term %s: %s": "术语 %s：%s",
		"total":       "合计",
	}, map[string]Forms{
		"%d days":             {Other: "%d 天"},
		"kept late (%d days)": {Other: "延迟兑现（%d 天）"},
	})
}
