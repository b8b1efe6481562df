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
	}, map[string]Forms{
		"%d changed":              {One: "%d Änderung", Other: "%d Änderungen"},
		"%d change requests open": {One: "%d Änderungsantrag offen", Other: "%d Änderungsanträge offen"},
	})
}
