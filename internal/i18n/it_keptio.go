package i18n

// How a deal stands against the state every role signed: the deal
// pane's line, the check, and the report's changes since sign-off.
func init() {
	Register(IT, map[string]string{
		"sign again: %s":                      "approvare di nuovo: %s",
		"Since sign-off: nothing has changed": "Dall'approvazione: nessuna modifica",
		"Since sign-off: %s, %s":              "Dall'approvazione: %s, %s",
		"Change requests:":                    "Richieste di modifica:",
		"Since sign-off: %s":                  "Dall'approvazione: %s",
	}, map[string]Forms{
		"%d changed":              {One: "%d modifica", Other: "%d modifiche"},
		"%d change requests open": {One: "%d richiesta di modifica aperta", Other: "%d richieste di modifica aperte"},
	})
}
