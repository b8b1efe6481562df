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
	}, nil)
}
