package i18n

// The mouse, the pane keys and the report preview's search in Swedish.
func init() {
	Register(SV, map[string]string{
		"search":                                "sök",
		"next match":                            "nästa träff",
		"previous match":                        "föregående träff",
		"search: enter keeps it, esc clears it": "sök: enter behåller, esc rensar",
		"not found":                             "hittades inte",
		"next, previous":                        "nästa, föregående",
		"Search":                                "Sök",
		"Mouse: the wheel scrolls, a click selects. To select text and copy it, hold shift while dragging (in most terminals; option in iTerm2).": "Mus: hjulet rullar, ett klick väljer. För att markera och kopiera text, håll ned skift medan du drar (i de flesta terminaler; i iTerm2 option).",
		"sign off the handoff report as %s": "godkänn överlämningsrapporten som %s",
	}, nil)
}
