package i18n

// How a deal stands against the state every role signed: the deal
// pane's line, the check, and the report's changes since sign-off.
func init() {
	Register(SV, map[string]string{
		"sign again: %s":                      "godkänna igen: %s",
		"Since sign-off: nothing has changed": "Sedan godkännandet: inget ändrat",
		"Since sign-off: %s, %s":              "Sedan godkännandet: %s, %s",
		"Change requests:":                    "Ändringsbegäranden:",
		"Since sign-off: %s":                  "Sedan godkännandet: %s",
		"%s (change request C%d)":             "%s (ändringsbegäran C%d)",
		"%s (decision of %s)":                 "%s (beslut %s)",
		"%s (present: %s)":                    "%s (närvarande: %s)",
		"%s on %s":                            "%s den %s",
		"%s.":                                 "%s.",
		"Asked by":                            "Efterfrågat av",
		"At sign-off":                         "Vid godkännandet",
		"Change":                              "Ändring",
		"Difference":                          "Skillnad",
		"Differences":                         "Skillnader",
		"Every role signed the deal on %s.":   "Alla roller godkände affären %s.",
		"Must sign again":                     "Måste godkänna igen",
		"Nobody: every role has signed the deal as it stands.": "Ingen: alla roller har godkänt affären som den ser ut nu.",
		"Note":                 "Anteckning",
		"Now":                  "Nu",
		"Outcome":              "Utfall",
		"Outcomes":             "Utfall",
		"Reason":               "Motivering",
		"Recorded by":          "Registrerat av",
		"Relayed by":           "Vidarebefordrat av",
		"changed by agreement": "ändrat efter överenskommelse",
		"dropped by agreement": "struket efter överenskommelse",
	}, map[string]Forms{
		"%d changed":              {One: "%d ändring", Other: "%d ändringar"},
		"%d change requests open": {One: "%d öppen ändringsbegäran", Other: "%d öppna ändringsbegäranden"},
	})
}
