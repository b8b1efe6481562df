package i18n

// How a deal stands against the state every role signed: the deal
// pane's line, the check, and the report's changes since sign-off.
func init() {
	Register(ZH, map[string]string{
		"sign again: %s":                      "需重新签字确认：%s",
		"Since sign-off: nothing has changed": "签字确认以来：无变更",
		"Since sign-off: %s, %s":              "签字确认以来：%s，%s",
		"Change requests:":                    "变更请求：",
		"Since sign-off: %s":                  "签字确认以来：%s",
		"%s (change request C%d)":             "%s（变更请求 C%d）",
		"%s (decision of %s)":                 "%s（%s 的决定）",
		"%s (present: %s)":                    "%s（在场：%s）",
		"%s on %s":                            "%s（%s）",
		"%s.":                                 "%s。",
		"Asked by":                            "提出人",
		"At sign-off":                         "签字确认时",
		"Change":                              "变更",
		"Difference":                          "差值",
		"Differences":                         "差异",
		"Every role signed the deal on %s.":   "所有角色已于 %s 签字确认该商机。",
		"Must sign again":                     "需重新签字确认",
		"Nobody: every role has signed the deal as it stands.": "无：所有角色均已按当前状态签字确认该商机。",
		"Note":                 "备注",
		"Now":                  "现在",
		"Outcome":              "结果",
		"Outcomes":             "结果",
		"Reason":               "理由",
		"Recorded by":          "记录人",
		"Relayed by":           "转达人",
		"changed by agreement": "协商变更",
		"dropped by agreement": "协商取消",
	}, map[string]Forms{
		"%d changed":              {Other: "%d 处变更"},
		"%d change requests open": {Other: "%d 个变更请求待处理"},
	})
}
