package i18n

// The mouse, the pane keys and the report preview's search in German.
func init() {
	Register(DE, map[string]string{
		"search":                                "suchen",
		"next match":                            "nächster Treffer",
		"previous match":                        "vorheriger Treffer",
		"search: enter keeps it, esc clears it": "suchen: Enter behält, Esc löscht",
		"not found":                             "nicht gefunden",
		"next, previous":                        "nächster, vorheriger",
		"Search":                                "Suche",
		"Mouse: the wheel scrolls, a click selects. To select text and copy it, hold shift while dragging (in most terminals; option in iTerm2).": "Maus: Das Rad scrollt, ein Klick wählt aus. Um Text zu markieren und zu kopieren, beim Ziehen die Umschalttaste halten (in den meisten Terminals; in iTerm2 Option).",
		"sign off the handoff report as %s": "den Übergabebericht als %s freigeben",
	}, nil)
}
