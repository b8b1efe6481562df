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
		"%s %s: %s on %s":                        "%s %s: %s am %s",
		"%s: %s → %s":                            "%s: %s → %s",
		"All deals":                              "Alle Deals",
		"By category":                            "Nach Kategorie",
		"By deal":                                "Nach Deal",
		"By delivery fit at handoff":             "Nach Umsetzbarkeit bei der Übergabe",
		"By source":                              "Nach Quelle",
		"By verification at handoff":             "Nach Verifizierung bei der Übergabe",
		"Changes since sign-off (%s):":           "Änderungen seit der Freigabe (%s):",
		"Promises made vs kept":                  "Gegebene und gehaltene Zusagen",
		"added since sign-off":                   "seit der Freigabe hinzugekommen",
		"removed since sign-off":                 "seit der Freigabe entfernt",
		"kept %":                                 "gehalten %",
		"kept: --format is text or json, not %q": "kept: --format ist text oder json, nicht %q",
		"kept: --since %q is not a date (YYYY-MM-DD)": "kept: --since %q ist kein Datum (JJJJ-MM-TT)",
		"must sign again: %s":                         "müssen erneut freigeben: %s",
		"not answered":                                "nicht beantwortet",
		"not recorded":                                "nicht erfasst",
		"not sold, added: %s":                         "nicht verkauft, hinzugefügt: %s",
		"not sold, removed: %s":                       "nicht verkauft, entfernt: %s",
		"outcome: %q is no promise (P1 …) of %s":      "outcome: %q ist keine Zusage (P1 …) von %s",
		"outcome: %q is not kept, late, changed, dropped or broken":                                             "outcome: %q ist nicht kept, late, changed, dropped oder broken",
		"outcome: %s is not in delivery yet (stage %s)":                                                         "outcome: %s ist noch nicht in der Umsetzung (Phase %s)",
		"outcome: --deal names the deal":                                                                        "outcome: --deal nennt den Deal",
		"outcome: --on %q is not a date (YYYY-MM-DD)":                                                           "outcome: --on %q ist kein Datum (JJJJ-MM-TT)",
		"outcome: name the promise and what became of it: outcome --deal D P1 kept|late|changed|dropped|broken": "outcome: nenne die Zusage und was aus ihr wurde: outcome --deal D P1 kept|late|changed|dropped|broken",
		"term %s: %s": "Begriff %s: %s",
		"total":       "gesamt",
	}, map[string]Forms{
		"%d days":             {One: "%d Tag", Other: "%d Tage"},
		"kept late (%d days)": {One: "verspätet gehalten (%d Tag)", Other: "verspätet gehalten (%d Tage)"},
	})
}
