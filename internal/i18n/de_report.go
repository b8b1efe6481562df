package i18n

// The report and its export: de.
func init() {
	Register(DE, map[string]string{
		"is not a language handoff speaks": "ist keine Sprache, die handoff spricht",
	}, nil)
	RegisterWords(DE, "field", map[string]string{
		"equivalents": "Entsprechungen",
		"report_lang": "Berichtssprache",
	})
}
