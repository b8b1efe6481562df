package i18n

// The mouse, the pane keys and the report preview's search in Polish.
func init() {
	Register(PL, map[string]string{
		"search":                                "szukaj",
		"next match":                            "następne trafienie",
		"previous match":                        "poprzednie trafienie",
		"search: enter keeps it, esc clears it": "szukaj: enter zostawia, esc czyści",
		"not found":                             "nie znaleziono",
		"next, previous":                        "następne, poprzednie",
		"Search":                                "Szukanie",
		"Mouse: the wheel scrolls, a click selects. To select text and copy it, hold shift while dragging (in most terminals; option in iTerm2).": "Mysz: kółko przewija, kliknięcie zaznacza. Aby zaznaczyć i skopiować tekst, przeciągaj z wciśniętym shiftem (w większości terminali; w iTerm2 z option).",
		"sign off the handoff report as %s": "zaakceptuj raport przekazania jako %s",
	}, nil)
}
