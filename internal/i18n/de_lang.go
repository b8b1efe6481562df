package i18n

// The report language of a deal, a term's forms in other languages, and
// the words one English word stands for in two senses.
func init() {
	Register(DE, map[string]string{
		"[person] Name":                                 "Name",
		"Report language":                               "Berichtssprache",
		"not set: the language handoff runs in":         "nicht festgelegt: die Sprache, in der handoff läuft",
		"In other languages, one a line (de: Echtzeit)": "In anderen Sprachen, eine pro Zeile (en: real-time)",
		"In other languages":                            "In anderen Sprachen",
		"line %d: write the language, a colon and the term, e.g. de: Echtzeit": "Zeile %d: Sprache, Doppelpunkt und Begriff angeben, z. B. en: real-time",
		"line %d: %s is not a language handoff speaks (%s)":                    "Zeile %d: %s ist keine Sprache, die handoff spricht (%s)",
		"line %d: %s is given twice":                                           "Zeile %d: %s ist doppelt angegeben",
	}, nil)
}
