package i18n

// The report language of a deal, a term's forms in other languages, and
// the words one English word stands for in two senses.
func init() {
	Register(IT, map[string]string{
		"[person] Name":                                 "Nome",
		"Report language":                               "Lingua del report",
		"not set: the language handoff runs in":         "non impostata: la lingua in cui gira handoff",
		"In other languages, one a line (de: Echtzeit)": "In altre lingue, uno per riga (de: Echtzeit)",
		"In other languages":                            "In altre lingue",
		"line %d: write the language, a colon and the term, e.g. de: Echtzeit": "riga %d: indica la lingua, i due punti e il termine, es. de: Echtzeit",
		"line %d: %s is not a language handoff speaks (%s)":                    "riga %d: %s non è una lingua che handoff parla (%s)",
		"line %d: %s is given twice":                                           "riga %d: %s è indicata due volte",
	}, nil)
}
