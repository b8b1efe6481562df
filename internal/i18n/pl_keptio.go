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
	}, map[string]Forms{
		"%d changed":              {One: "%d zmiana", Few: "%d zmiany", Many: "%d zmian", Other: "%d zmiany"},
		"%d change requests open": {One: "%d otwarty wniosek o zmianę", Few: "%d otwarte wnioski o zmianę", Many: "%d otwartych wniosków o zmianę", Other: "%d otwartego wniosku o zmianę"},
	})
}
