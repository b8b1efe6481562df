package i18n

// How a deal stands against the state every role signed: the deal
// pane's line, the check, and the report's changes since sign-off.
func init() {
	Register(ZH, map[string]string{
		"sign again: %s":                      "需重新签核：%s",
		"Since sign-off: nothing has changed": "签核以来：无变更",
		"Since sign-off: %s, %s":              "签核以来：%s，%s",
		"Change requests:":                    "变更请求：",
		"Since sign-off: %s":                  "签核以来：%s",
	}, map[string]Forms{
		"%d changed":              {Other: "%d 处变更"},
		"%d change requests open": {Other: "%d 个变更请求待处理"},
	})
}
