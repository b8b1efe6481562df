package i18n

// German: bulk work and the order of lists (see docs/terms.md).
func init() {
	Register(DE, map[string]string{
		"mark / unmark":   "Markierung an/aus",
		"Nothing marked.": "Nichts markiert.",
		"%s · “%s”":       "%s · „%s“",
		"(now)":           "(aktuell)",
		"Only a term with a glossary entry can be marked; enter defines “%s” first.": "Markieren lässt sich nur ein Begriff mit Glossareintrag; enter definiert „%s“ zuerst.",
		"Only what you set here changes; the rest stays as each gap has it.":         "Nur was Sie hier setzen, ändert sich; alles andere bleibt bei jeder Lücke, wie es ist.",
		"Sort %s by": "%s sortieren nach",
		"as added":   "in Erfassungsreihenfolge",
		"as each is": "unverändert",
		"s agrees them with the same people, esc unmarks": "s stimmt sie mit denselben Personen ab, esc hebt die Markierung auf",
		"someone changed one of these rows meanwhile (another window or person), so nothing was saved; look again and repeat the change": "jemand hat eine dieser Zeilen inzwischen geändert (anderes Fenster oder andere Person), daher wurde nichts gespeichert; bitte erneut prüfen und die Änderung wiederholen",
		"sort by…":            "sortieren nach…",
		"u undoes all of it.": "u macht alles rückgängig.",
		"↑ is the earliest date, A to Z, the lowest first; ↓ the other way. Ties keep the pane's own order.": "↑ ist das früheste Datum, A bis Z, das Niedrigste zuerst; ↓ umgekehrt. Bei Gleichstand bleibt die Reihenfolge des Bereichs.",
	}, map[string]Forms{
		"%d marked: %s act on all of them at once; esc unmarks.": {One: "%d markiert: %s wirken darauf; esc hebt die Markierung auf.", Other: "%d markiert: %s wirken auf alle zugleich; esc hebt die Markierung auf."},
		"%d marked":                       {One: "%d markiert", Other: "%d markiert"},
		"%d gaps now owned by %s.":        {One: "%d Lücke jetzt verantwortet von %s.", Other: "%d Lücken jetzt verantwortet von %s."},
		"%d promises now promised by %s.": {One: "%d Zusage jetzt zugesagt von %s.", Other: "%d Zusagen jetzt zugesagt von %s."},
		"Agree %d terms":                  {One: "%d Begriff abstimmen", Other: "%d Begriffe abstimmen"},
		"Agreed %d terms.":                {One: "%d Begriff abgestimmt.", Other: "%d Begriffe abgestimmt."},
		"Change %d gaps":                  {One: "%d Lücke ändern", Other: "%d Lücken ändern"},
		"Changed %d gaps.":                {One: "%d Lücke geändert.", Other: "%d Lücken geändert."},
		"Changed %d promises.":            {One: "%d Zusage geändert.", Other: "%d Zusagen geändert."},
		"Verification of %d promises":     {One: "Nachweis für %d Zusage", Other: "Nachweis für %d Zusagen"},
		"agree %d terms":                  {One: "%d Begriff abstimmen", Other: "%d Begriffe abstimmen"},
		"change %d gaps":                  {One: "%d Lücke ändern", Other: "%d Lücken ändern"},
		"change %d promises":              {One: "%d Zusage ändern", Other: "%d Zusagen ändern"},
		"owner of %d gaps":                {One: "Verantwortliche(r) für %d Lücke", Other: "Verantwortliche(r) für %d Lücken"},
		"who promised %d promises":        {One: "wer %d Zusage gemacht hat", Other: "wer %d Zusagen gemacht hat"},
	})
}
