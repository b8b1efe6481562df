package i18n

// After the handoff: the baseline, change requests, outcomes and promises
// made against promises kept.
func init() {
	RegisterWords(IT, "field", map[string]string{
		"taken_at":          "approvato da tutti il",
		"snapshot":          "stato approvato",
		"relayed_by":        "riferito da",
		"asked_by":          "richiesto dal cliente da",
		"reason":            "motivazione",
		"decision_id":       "decisione",
		"present":           "presenti",
		"outcome":           "esito",
		"days_late":         "giorni di ritardo",
		"note":              "nota",
		"change_request_id": "richiesta di modifica",
		"recorded_at":       "registrato il",
		"change_status":     "stato della richiesta di modifica",
	})
	RegisterWords(IT, "outcome", map[string]string{
		"kept":    "mantenuta",
		"late":    "in ritardo",
		"changed": "modificata",
		"dropped": "ritirata",
		"broken":  "non mantenuta",
	})
	RegisterWords(IT, "change status", map[string]string{
		"open":     "aperta",
		"accepted": "accettata",
		"rejected": "respinta",
		"deferred": "rinviata",
	})
	Register(IT, map[string]string{
		"changed by agreement needs its change request or a decision":    "«modificata di comune accordo» richiede una richiesta di modifica o una decisione",
		"has no baseline yet: every role must sign off first":            "non ha ancora uno stato approvato: prima tutti i ruoli devono approvare",
		"is not in delivery yet (stage %s)":                              "non è ancora in erogazione (fase %s)",
		"must be accepted, rejected or deferred":                         "deve essere accettata, respinta o rinviata",
		"needs someone from sales or presales and someone from delivery": "richiede qualcuno delle vendite o del presales e qualcuno dell'erogazione",
		"%s %s: %s on %s":                        "%s %s: %s il %s",
		"%s: %s → %s":                            "%s: %s → %s",
		"All deals":                              "Tutte le trattative",
		"By category":                            "Per categoria",
		"By deal":                                "Per trattativa",
		"By delivery fit at handoff":             "Per copertura al passaggio",
		"By source":                              "Per fonte",
		"By verification at handoff":             "Per verifica al passaggio",
		"Changes since sign-off (%s):":           "Modifiche dall'approvazione (%s):",
		"Promises made vs kept":                  "Promesse fatte e mantenute",
		"added since sign-off":                   "aggiunta dall'approvazione",
		"removed since sign-off":                 "rimossa dall'approvazione",
		"kept %":                                 "mantenute %",
		"kept: --format is text or json, not %q": "kept: --format è text o json, non %q",
		"kept: --since %q is not a date (YYYY-MM-DD)": "kept: --since %q non è una data (AAAA-MM-GG)",
		"must sign again: %s":                         "devono approvare di nuovo: %s",
		"not answered":                                "senza risposta",
		"not recorded":                                "non registrato",
		"not sold, added: %s":                         "non venduto, aggiunto: %s",
		"not sold, removed: %s":                       "non venduto, rimosso: %s",
		"outcome: %q is no promise (P1 …) of %s":      "outcome: %q non è una promessa (P1 …) di %s",
		"outcome: %q is not kept, late, changed, dropped or broken":                                             "outcome: %q non è kept, late, changed, dropped o broken",
		"outcome: %s is not in delivery yet (stage %s)":                                                         "outcome: %s non è ancora in erogazione (fase %s)",
		"outcome: --deal names the deal":                                                                        "outcome: --deal indica la trattativa",
		"outcome: --on %q is not a date (YYYY-MM-DD)":                                                           "outcome: --on %q non è una data (AAAA-MM-GG)",
		"outcome: name the promise and what became of it: outcome --deal D P1 kept|late|changed|dropped|broken": "outcome: indica la promessa e il suo esito: outcome --deal D P1 kept|late|changed|dropped|broken",
		"term %s: %s": "termine %s: %s",
		"total":       "totale",
	}, map[string]Forms{
		"%d days":             {One: "%d giorno", Other: "%d giorni"},
		"kept late (%d days)": {One: "mantenuta in ritardo (%d giorno)", Other: "mantenuta in ritardo (%d giorni)"},
	})
}
