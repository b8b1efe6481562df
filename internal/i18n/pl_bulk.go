package i18n

// Polish: bulk work and the order of lists (see docs/terms.md).
func init() {
	Register(PL, map[string]string{
		"mark / unmark":   "zaznacz / odznacz",
		"Nothing marked.": "Nic nie zaznaczono.",
		"%s · “%s”":       "%s · „%s”",
		"(now)":           "(teraz)",
		"Only a term with a glossary entry can be marked; enter defines “%s” first.": "Zaznaczyć można tylko pojęcie, które ma wpis w słowniku; najpierw enter definiuje „%s”.",
		"Only what you set here changes; the rest stays as each gap has it.":         "Zmienia się tylko to, co tu ustawisz; reszta zostaje taka, jaką ma każda luka.",
		"Sort %s by": "Sortuj %s według",
		"as added":   "w kolejności dodania",
		"as each is": "bez zmian",
		"s agrees them with the same people, esc unmarks": "s uzgadnia je z tymi samymi osobami, esc odznacza",
		"someone changed one of these rows meanwhile (another window or person), so nothing was saved; look again and repeat the change": "ktoś w międzyczasie zmienił jeden z tych wierszy (inne okno lub inna osoba), więc nic nie zapisano; sprawdź jeszcze raz i powtórz zmianę",
		"sort by…":            "sortuj według…",
		"u undoes all of it.": "u cofa całość.",
		"↑ is the earliest date, A to Z, the lowest first; ↓ the other way. Ties keep the pane's own order.": "↑ to najwcześniejsza data, od A do Z, najniższe najpierw; ↓ odwrotnie. Przy równych zostaje kolejność panelu.",
	}, map[string]Forms{
		"%d marked: %s act on all of them at once; esc unmarks.": {One: "Zaznaczono %d: %s działają na zaznaczony wiersz; esc odznacza.", Few: "Zaznaczono %d: %s działają na wszystkie naraz; esc odznacza.", Many: "Zaznaczono %d: %s działają na wszystkie naraz; esc odznacza.", Other: "Zaznaczono %d: %s działają na wszystkie naraz; esc odznacza."},
		"%d marked":                       {One: "zaznaczono: %d", Few: "zaznaczono: %d", Many: "zaznaczono: %d", Other: "zaznaczono: %d"},
		"%d gaps now owned by %s.":        {One: "%d luka ma teraz odpowiedzialnego: %s.", Few: "%d luki mają teraz odpowiedzialnego: %s.", Many: "%d luk ma teraz odpowiedzialnego: %s.", Other: "%d luki ma teraz odpowiedzialnego: %s."},
		"%d promises now promised by %s.": {One: "%d obietnica — obiecał(a): %s.", Few: "%d obietnice — obiecał(a): %s.", Many: "%d obietnic — obiecał(a): %s.", Other: "%d obietnicy — obiecał(a): %s."},
		"Agree %d terms":                  {One: "Uzgodnij %d pojęcie", Few: "Uzgodnij %d pojęcia", Many: "Uzgodnij %d pojęć", Other: "Uzgodnij %d pojęcia"},
		"Agreed %d terms.":                {One: "Uzgodniono %d pojęcie.", Few: "Uzgodniono %d pojęcia.", Many: "Uzgodniono %d pojęć.", Other: "Uzgodniono %d pojęcia."},
		"Change %d gaps":                  {One: "Zmień %d lukę", Few: "Zmień %d luki", Many: "Zmień %d luk", Other: "Zmień %d luki"},
		"Changed %d gaps.":                {One: "Zmieniono %d lukę.", Few: "Zmieniono %d luki.", Many: "Zmieniono %d luk.", Other: "Zmieniono %d luki."},
		"Changed %d promises.":            {One: "Zmieniono %d obietnicę.", Few: "Zmieniono %d obietnice.", Many: "Zmieniono %d obietnic.", Other: "Zmieniono %d obietnicy."},
		"Verification of %d promises":     {One: "Weryfikacja %d obietnicy", Few: "Weryfikacja %d obietnic", Many: "Weryfikacja %d obietnic", Other: "Weryfikacja %d obietnicy"},
		"agree %d terms":                  {One: "uzgodnienie %d pojęcia", Few: "uzgodnienie %d pojęć", Many: "uzgodnienie %d pojęć", Other: "uzgodnienie %d pojęcia"},
		"change %d gaps":                  {One: "zmiana %d luki", Few: "zmiana %d luk", Many: "zmiana %d luk", Other: "zmiana %d luki"},
		"change %d promises":              {One: "zmiana %d obietnicy", Few: "zmiana %d obietnic", Many: "zmiana %d obietnic", Other: "zmiana %d obietnicy"},
		"owner of %d gaps":                {One: "odpowiedzialny za %d lukę", Few: "odpowiedzialny za %d luki", Many: "odpowiedzialny za %d luk", Other: "odpowiedzialny za %d luki"},
		"who promised %d promises":        {One: "kto złożył %d obietnicę", Few: "kto złożył %d obietnice", Many: "kto złożył %d obietnic", Other: "kto złożył %d obietnicy"},
	})
}
