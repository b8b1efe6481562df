package i18n

// The report and its export: pl.
func init() {
	Register(PL, map[string]string{
		"is not a language handoff speaks": "nie jest językiem obsługiwanym przez handoff",
	}, nil)
	RegisterWords(PL, "field", map[string]string{
		"equivalents": "odpowiedniki",
		"report_lang": "język raportu",
	})
}
