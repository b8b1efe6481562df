package i18n

// The report language of a deal, a term's forms in other languages, and
// the words one English word stands for in two senses.
func init() {
	Register(PL, map[string]string{
		"[person] Name":                                 "Imię i nazwisko",
		"Report language":                               "Język raportu",
		"not set: the language handoff runs in":         "nie ustawiono: język, w którym działa handoff",
		"In other languages, one a line (de: Echtzeit)": "W innych językach, jedno w wierszu (de: Echtzeit)",
		"In other languages":                            "W innych językach",
		"line %d: write the language, a colon and the term, e.g. de: Echtzeit": "wiersz %d: podaj język, dwukropek i pojęcie, np. de: Echtzeit",
		"line %d: %s is not a language handoff speaks (%s)":                    "wiersz %d: %s nie jest językiem, którym mówi handoff (%s)",
		"line %d: %s is given twice":                                           "wiersz %d: %s podano dwa razy",
	}, nil)
}
