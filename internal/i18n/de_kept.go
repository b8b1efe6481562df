package i18n

// After the handoff: the baseline, change requests, outcomes and promises
// made against promises kept.
func init() {
	RegisterWords(DE, "field", map[string]string{
		"taken_at":          "von allen freigegeben am",
		"snapshot":          "freigegebener Stand",
		"relayed_by":        "weitergegeben von",
		"asked_by":          "beim Kunden gewünscht von",
		"reason":            "Begründung",
		"decision_id":       "Entscheidung",
		"present":           "anwesend",
		"outcome":           "Ergebnis",
		"days_late":         "Tage Verzug",
		"note":              "Notiz",
		"change_request_id": "Änderungsantrag",
		"recorded_at":       "erfasst am",
		"change_status":     "Status des Änderungsantrags",
	})
	RegisterWords(DE, "outcome", map[string]string{
		"kept":    "gehalten",
		"late":    "verspätet",
		"changed": "geändert",
		"dropped": "entfallen",
		"broken":  "gebrochen",
	})
	RegisterWords(DE, "change status", map[string]string{
		"open":     "offen",
		"accepted": "angenommen",
		"rejected": "abgelehnt",
		"deferred": "zurückgestellt",
	})
	Register(DE, map[string]string{
		"changed by agreement needs its change request or a decision":    "„geändert nach Absprache“ braucht einen Änderungsantrag oder eine Entscheidung",
		"has no baseline yet: every role must sign off first":            "hat noch keinen freigegebenen Stand: zuerst müssen alle Rollen freigeben",
		"is not in delivery yet (stage %s)":                              "ist noch nicht in der Umsetzung (Phase %s)",
		"must be accepted, rejected or deferred":                         "muss angenommen, abgelehnt oder zurückgestellt sein",
		"needs someone from sales or presales and someone from delivery": "braucht jemanden aus Vertrieb oder Presales und jemanden aus der Umsetzung",
	}, nil)
}
