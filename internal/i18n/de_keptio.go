package i18n

// How a deal stands against the state every role signed: the deal
// pane's line, the check, and the report's changes since sign-off.
func init() {
	Register(DE, map[string]string{
		"sign again: %s":                      "erneut freigeben: %s",
		"Since sign-off: nothing has changed": "Seit der Freigabe: nichts geändert",
		"Since sign-off: %s, %s":              "Seit der Freigabe: %s, %s",
		"Change requests:":                    "Änderungsanträge:",
		"Since sign-off: %s":                  "Seit der Freigabe: %s",
		"%s (change request C%d)":             "%s (Änderungsantrag C%d)",
		"%s (decision of %s)":                 "%s (Entscheidung vom %s)",
		"%s (present: %s)":                    "%s (anwesend: %s)",
		"%s on %s":                            "%s am %s",
		"%s.":                                 "%s.",
		"Asked by":                            "Gewünscht von",
		"At sign-off":                         "Bei Freigabe",
		"Change":                              "Änderung",
		"Difference":                          "Differenz",
		"Differences":                         "Unterschiede",
		"Every role signed the deal on %s.":   "Alle Rollen haben den Deal am %s freigegeben.",
		"Must sign again":                     "Müssen erneut freigeben",
		"Nobody: every role has signed the deal as it stands.": "Niemand: Alle Rollen haben den Deal im jetzigen Stand freigegeben.",
		"Note":                 "Notiz",
		"Now":                  "Jetzt",
		"Outcome":              "Ergebnis",
		"Outcomes":             "Ergebnisse",
		"Reason":               "Begründung",
		"Recorded by":          "Erfasst von",
		"Relayed by":           "Weitergegeben von",
		"changed by agreement": "einvernehmlich geändert",
		"dropped by agreement": "einvernehmlich entfallen",
	}, map[string]Forms{
		"%d changed":              {One: "%d Änderung", Other: "%d Änderungen"},
		"%d change requests open": {One: "%d Änderungsantrag offen", Other: "%d Änderungsanträge offen"},
	})
}
