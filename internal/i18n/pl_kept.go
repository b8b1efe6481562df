package i18n

// After the handoff: the baseline, change requests, outcomes and promises
// made against promises kept.
func init() {
	RegisterWords(PL, "field", map[string]string{
		"taken_at":          "data podpisania przez wszystkich",
		"snapshot":          "stan zaakceptowany",
		"relayed_by":        "przekazał(a)",
		"asked_by":          "kto u klienta prosił",
		"reason":            "uzasadnienie",
		"decision_id":       "decyzja",
		"present":           "obecni",
		"outcome":           "wynik",
		"days_late":         "dni opóźnienia",
		"note":              "notatka",
		"change_request_id": "wniosek o zmianę",
		"recorded_at":       "data zapisu",
		"change_status":     "status wniosku o zmianę",
	})
	RegisterWords(PL, "outcome", map[string]string{
		"kept":    "dotrzymana",
		"late":    "z opóźnieniem",
		"changed": "zmieniona",
		"dropped": "wycofana",
		"broken":  "niedotrzymana",
	})
	RegisterWords(PL, "change status", map[string]string{
		"open":     "otwarty",
		"accepted": "przyjęty",
		"rejected": "odrzucony",
		"deferred": "odłożony",
	})
	Register(PL, map[string]string{
		"changed by agreement needs its change request or a decision":    "zmiana za porozumieniem wymaga wniosku o zmianę albo decyzji",
		"has no baseline yet: every role must sign off first":            "nie ma jeszcze stanu zaakceptowanego: najpierw wszystkie role muszą zaakceptować przekazanie",
		"is not in delivery yet (stage %s)":                              "nie jest jeszcze w realizacji (etap %s)",
		"must be accepted, rejected or deferred":                         "musi być: przyjęty, odrzucony lub odłożony",
		"needs someone from sales or presales and someone from delivery": "wymaga obecności osoby ze sprzedaży lub presales oraz osoby z wdrożenia",
	}, nil)
}
