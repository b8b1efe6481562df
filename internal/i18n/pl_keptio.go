package i18n

// How a deal stands against the state every role signed: the deal
// pane's line, the check, and the report's changes since sign-off.
func init() {
	Register(PL, map[string]string{
		"sign again: %s":                      "ponownie akceptują: %s",
		"Since sign-off: nothing has changed": "Od akceptacji: bez zmian",
		"Since sign-off: %s, %s":              "Od akceptacji: %s, %s",
		"Change requests:":                    "Wnioski o zmianę:",
		"Since sign-off: %s":                  "Od akceptacji: %s",
		"%s (change request C%d)":             "%s (wniosek o zmianę C%d)",
		"%s (decision of %s)":                 "%s (decyzja z %s)",
		"%s (present: %s)":                    "%s (obecni: %s)",
		"%s on %s":                            "%s dnia %s",
		"%s.":                                 "%s.",
		"Asked by":                            "Kto prosił",
		"At sign-off":                         "Przy akceptacji",
		"Change":                              "Zmiana",
		"Difference":                          "Różnica",
		"Differences":                         "Różnice",
		"Every role signed the deal on %s.":   "Wszystkie role zaakceptowały szansę %s.",
		"Must sign again":                     "Muszą ponownie zaakceptować",
		"Nobody: every role has signed the deal as it stands.": "Nikt: wszystkie role zaakceptowały szansę w obecnym stanie.",
		"Note":                 "Notatka",
		"Now":                  "Teraz",
		"Outcome":              "Wynik",
		"Outcomes":             "Wyniki",
		"Reason":               "Uzasadnienie",
		"Recorded by":          "Zapisał(a)",
		"Relayed by":           "Przekazał(a)",
		"changed by agreement": "zmieniona za porozumieniem",
		"dropped by agreement": "wycofana za porozumieniem",
	}, map[string]Forms{
		"%d changed":              {One: "%d zmiana", Few: "%d zmiany", Many: "%d zmian", Other: "%d zmiany"},
		"%d change requests open": {One: "%d otwarty wniosek o zmianę", Few: "%d otwarte wnioski o zmianę", Many: "%d otwartych wniosków o zmianę", Other: "%d otwartego wniosku o zmianę"},
	})
}
