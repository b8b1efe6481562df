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
	}, map[string]Forms{
		"%d changed":              {One: "%d ändring", Other: "%d ändringar"},
		"%d change requests open": {One: "%d öppen ändringsbegäran", Other: "%d öppna ändringsbegäranden"},
	})
}
