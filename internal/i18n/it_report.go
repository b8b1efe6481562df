package i18n

// The report and its export: it.
func init() {
	Register(IT, map[string]string{
		"is not a language handoff speaks": "non è una lingua supportata da handoff",
	}, nil)
	RegisterWords(IT, "field", map[string]string{
		"equivalents": "equivalenti",
		"report_lang": "lingua del report",
	})
}
