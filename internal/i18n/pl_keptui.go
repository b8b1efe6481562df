package i18n

// The keyboard workflows after the handoff: change requests, their
// decision, outcomes with a note, in meeting mode too.
func init() {
	Register(PL, map[string]string{
		"Accepting needs someone from sales or presales and someone from delivery present; the roles whose sections change then sign again.": "Przyjęcie wymaga obecności osoby ze sprzedaży lub presales oraz osoby z wdrożenia; potem ponownie akceptują role, których sekcje się zmieniają.",
		"After the sign-off":       "Po akceptacji",
		"Asked by at the customer": "Kto u klienta prosił",
		"Asked for after the sign-off. It starts as only heard; delivery answers it like any promise, then R accepts, rejects or defers it.": "Zgłoszone po akceptacji. Zaczyna jako ustnie; wdrożenie ocenia je jak każdą obietnicę, potem R przyjmuje, odrzuca lub odkłada.",
		"Change request “%s” recorded, relayed by %s.":                                       "Zapisano wniosek o zmianę „%s”, przekazał(a): %s.",
		"Change request “%s”: %s.":                                                           "Wniosek o zmianę „%s”: %s.",
		"Change requests come after every role has signed off; until then n adds a promise.": "Wnioski o zmianę są po akceptacji przez wszystkie role; do tego czasu n dodaje obietnicę.",
		"Decide the change request “%s”":                                                     "Decyzja o wniosku „%s”",
		"It joins the scope: B shows who must sign again.":                                   "Wchodzi do zakresu: B pokazuje, kto musi ponownie zaakceptować.",
		"New change request":                                                                 "Nowy wniosek o zmianę",
		"No change request of this deal is open.":                                            "Żaden wniosek o zmianę tej szansy nie jest otwarty.",
		"Note": "Notatka",
		"On (the day it was kept, changed, dropped or broken)": "Dnia (kiedy dotrzymano, zmieniono, wycofano lub złamano)",
		"Outcome":        "Wynik",
		"Outcome: %s":    "Wynik: %s",
		"People present": "Obecni",
		"Relayed by":     "Przekazał(a)",
		"This gap is about the deal as a whole: it has no promise to record an outcome for.": "Ta luka dotyczy całej szansy: nie ma obietnicy, dla której można zapisać wynik.",
		"change request (after sign-off)":                              "wniosek o zmianę (po akceptacji)",
		"decide a change request":                                      "decyzja o wniosku o zmianę",
		"decide a change request (this gap's, or the first open one)":  "decyzja o wniosku o zmianę (tej luki lub pierwszym otwartym)",
		"optional: what happened":                                      "opcjonalnie: co się stało",
		"outcome of this gap's promise (in delivery)":                  "wynik obietnicy tej luki (w realizacji)",
		"the decision on “%s”":                                         "decyzję o „%s”",
		"the outcome of “%s”":                                          "wynik „%s”",
		"what the customer asks for, in their words":                   "o co prosi klient, jego słowami",
		"who asked for it, e.g. their project lead":                    "kto o to prosił, np. ich kierownik projektu",
		"“%s” is no change request: N records one after the sign-off.": "„%s” nie jest wnioskiem o zmianę: N zapisuje go po akceptacji.",
		"%s kept":                "%s dotrzymanych",
		"CR":                     "CR",
		"Change request: %s":     "Wniosek o zmianę: %s",
		"%s, after the sign-off": "%s, po akceptacji",
	}, nil)
}
