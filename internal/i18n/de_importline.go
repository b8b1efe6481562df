package i18n

// German: an import's one line of history (see model.ImportRecord).
func init() {
	Register(DE, map[string]string{
		"restored the deal %s":               "Deal %s wiederhergestellt",
		"restored the deal %[1]s from %[2]s": "Deal %[1]s aus %[2]s wiederhergestellt",
		"%[1]s: %[2]s, %[3]s":                "%[1]s: %[2]s, %[3]s",
		"%[1]s: %[2]s, %[3]s, %[4]s":         "%[1]s: %[2]s, %[3]s, %[4]s",
		"the rules found no gaps":            "die Regeln fanden keine Lücken",
		"%[1]s–%[2]s":                        "%[1]s–%[2]s",
	}, map[string]Forms{
		"%[2]s promises (%[3]s)":                     {One: "%[2]s Zusage (%[3]s)", Other: "%[2]s Zusagen (%[3]s)"},
		"%[2]s gaps":                                 {One: "%[2]s Lücke", Other: "%[2]s Lücken"},
		"%[2]s delivery answers":                     {One: "%[2]s Einschätzung der Umsetzung", Other: "%[2]s Einschätzungen der Umsetzung"},
		"imported %[2]s promises (%[3]s) from %[4]s": {One: "%[2]s Zusage (%[3]s) aus %[4]s importiert", Other: "%[2]s Zusagen (%[3]s) aus %[4]s importiert"},
		"imported %[2]s promises (%[3]s)":            {One: "%[2]s Zusage (%[3]s) importiert", Other: "%[2]s Zusagen (%[3]s) importiert"},
		"the rules found %[2]s gaps":                 {One: "die Regeln fanden %[2]s Lücke", Other: "die Regeln fanden %[2]s Lücken"},
	})
}
