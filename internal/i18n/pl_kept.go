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
		"%s %s: %s on %s":                        "%s %s: %s, %s",
		"%s: %s → %s":                            "%s: %s → %s",
		"All deals":                              "Wszystkie szanse",
		"By category":                            "Wg kategorii",
		"By deal":                                "Wg szansy",
		"By delivery fit at handoff":             "Wg pokrycia przy przekazaniu",
		"By source":                              "Wg źródła",
		"By verification at handoff":             "Wg weryfikacji przy przekazaniu",
		"Changes since sign-off (%s):":           "Zmiany od akceptacji (%s):",
		"Promises made vs kept":                  "Obietnice złożone a dotrzymane",
		"added since sign-off":                   "dodana od akceptacji",
		"removed since sign-off":                 "usunięta od akceptacji",
		"kept %":                                 "dotrzymane %",
		"kept: --format is text or json, not %q": "kept: --format to text albo json, nie %q",
		"kept: --since %q is not a date (YYYY-MM-DD)": "kept: --since %q nie jest datą (RRRR-MM-DD)",
		"must sign again: %s":                         "muszą ponownie zaakceptować: %s",
		"not answered":                                "bez oceny",
		"not recorded":                                "nie zapisano",
		"not sold, added: %s":                         "poza zakresem, dodano: %s",
		"not sold, removed: %s":                       "poza zakresem, usunięto: %s",
		"outcome: %q is no promise (P1 …) of %s":      "outcome: %q nie jest obietnicą (P1 …) szansy %s",
		"outcome: %q is not kept, late, changed, dropped or broken":                                             "outcome: %q to nie kept, late, changed, dropped ani broken",
		"outcome: %s is not in delivery yet (stage %s)":                                                         "outcome: %s nie jest jeszcze w realizacji (etap %s)",
		"outcome: --deal names the deal":                                                                        "outcome: --deal wskazuje szansę",
		"outcome: --on %q is not a date (YYYY-MM-DD)":                                                           "outcome: --on %q nie jest datą (RRRR-MM-DD)",
		"outcome: name the promise and what became of it: outcome --deal D P1 kept|late|changed|dropped|broken": "outcome: podaj obietnicę i jej wynik: outcome --deal D P1 kept|late|changed|dropped|broken",
		"term %s: %s": "pojęcie %s: %s",
		"total":       "razem",
	}, map[string]Forms{
		"%d days":             {One: "%d dzień", Few: "%d dni", Many: "%d dni", Other: "%d dnia"},
		"kept late (%d days)": {One: "dotrzymana z opóźnieniem (%d dzień)", Few: "dotrzymana z opóźnieniem (%d dni)", Many: "dotrzymana z opóźnieniem (%d dni)", Other: "dotrzymana z opóźnieniem (%d dnia)"},
	})
}
