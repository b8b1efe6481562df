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
		"%s (change request C%d)":             "%s (richiesta di modifica C%d)",
		"%s (decision of %s)":                 "%s (decisione del %s)",
		"%s (present: %s)":                    "%s (presenti: %s)",
		"%s on %s":                            "%s il %s",
		"%s.":                                 "%s.",
		"Asked by":                            "Richiesto da",
		"At sign-off":                         "All'approvazione",
		"Change":                              "Modifica",
		"Difference":                          "Differenza",
		"Differences":                         "Differenze",
		"Every role signed the deal on %s.":   "Tutti i ruoli hanno approvato la trattativa il %s.",
		"Must sign again":                     "Devono approvare di nuovo",
		"Nobody: every role has signed the deal as it stands.": "Nessuno: tutti i ruoli hanno approvato la trattativa così com'è.",
		"Note":                 "Nota",
		"Now":                  "Ora",
		"Outcome":              "Esito",
		"Outcomes":             "Esiti",
		"Reason":               "Motivazione",
		"Recorded by":          "Registrato da",
		"Relayed by":           "Riferito da",
		"changed by agreement": "modificata di comune accordo",
		"dropped by agreement": "ritirata di comune accordo",
	}, map[string]Forms{
		"%d changed":              {One: "%d modifica", Other: "%d modifiche"},
		"%d change requests open": {One: "%d richiesta di modifica aperta", Other: "%d richieste di modifica aperte"},
	})
}
