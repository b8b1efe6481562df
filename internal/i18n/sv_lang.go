package i18n

// The report language of a deal, a term's forms in other languages, and
// the words one English word stands for in two senses.
func init() {
	Register(SV, map[string]string{
		"[person] Name":                                 "Namn",
		"Report language":                               "Rapportspråk",
		"not set: the language handoff runs in":         "inte angivet: språket som handoff körs på",
		"In other languages, one a line (de: Echtzeit)": "På andra språk, ett per rad (de: Echtzeit)",
		"In other languages":                            "På andra språk",
		"line %d: write the language, a colon and the term, e.g. de: Echtzeit": "rad %d: skriv språket, ett kolon och begreppet, t.ex. de: Echtzeit",
		"line %d: %s is not a language handoff speaks (%s)":                    "rad %d: %s är inte ett språk som handoff talar (%s)",
		"line %d: %s is given twice":                                           "rad %d: %s anges två gånger",
	}, nil)
}
