package i18n

// The report and its export: sv.
func init() {
	Register(SV, map[string]string{
		"is not a language handoff speaks": "är inte ett språk som handoff talar",
	}, nil)
	RegisterWords(SV, "field", map[string]string{
		"equivalents": "motsvarigheter",
		"report_lang": "rapportspråk",
	})
}
