package i18n

// The report and its export: zh.
func init() {
	Register(ZH, map[string]string{
		"is not a language handoff speaks": "不是 handoff 支持的语言",
	}, nil)
	RegisterWords(ZH, "field", map[string]string{
		"equivalents": "对应译名",
		"report_lang": "报告语言",
	})
}
