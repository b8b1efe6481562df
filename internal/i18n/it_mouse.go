package i18n

// The mouse, the pane keys and the report preview's search in Italian.
func init() {
	Register(IT, map[string]string{
		"search":                                "cerca",
		"next match":                            "risultato successivo",
		"previous match":                        "risultato precedente",
		"search: enter keeps it, esc clears it": "cerca: invio lo tiene, esc lo cancella",
		"not found":                             "non trovato",
		"next, previous":                        "successivo, precedente",
		"Search":                                "Ricerca",
		"Mouse: the wheel scrolls, a click selects. To select text and copy it, hold shift while dragging (in most terminals; option in iTerm2).": "Mouse: la rotella scorre, un clic seleziona. Per selezionare e copiare il testo, trascina tenendo premuto maiusc (nella maggior parte dei terminali; in iTerm2 option).",
		"sign off the handoff report as %s": "approva il report di passaggio come %s",
	}, nil)
}
