package i18n

// German: money, numbers and dates, derived gap titles, closing notes and
// blockers (see docs/terms.md).
func init() {
	Register(DE, map[string]string{
		// Money typed into a form.
		"a currency is required: an ISO 4217 code such as EUR, PLN or USD":                     "eine Währung ist erforderlich: ein ISO-4217-Code wie EUR, PLN oder USD",
		"%s is not a currency code: write an ISO 4217 code such as EUR, PLN or USD":            "%s ist kein Währungscode: bitte einen ISO-4217-Code wie EUR, PLN oder USD angeben",
		"%s is not a currency code: ISO 4217 has no %s (write a code such as EUR, PLN or USD)": "%s ist kein Währungscode: ISO 4217 kennt kein %s (bitte einen Code wie EUR, PLN oder USD angeben)",
		"%s has %s; %s has %s": "%s hat %s; %s: %s",
		"%s is too large":      "%s ist zu groß",
		"no decimals":          "keine Nachkommastellen",
		"%s is negative":       "%s ist negativ",
		"%s is not an amount: write digits, like 120000 or 120 000,50":                                            "%s ist kein Betrag: bitte Ziffern angeben, etwa 120000 oder 120.000,50",
		"%s mixes separators: group thousands all the same way, like 1 250 000,50 or 1,250,000.50":                "%s mischt Trennzeichen: Tausender bitte einheitlich trennen, etwa 1.250.000,50",
		"%s uses %q both between thousands and before the decimals: like 1.250.000,50 or 1,250,000.50":            "%s verwendet %q zugleich zwischen Tausendern und vor den Nachkommastellen: etwa 1.250.000,50",
		"%s is not grouped in thousands: between separators come three digits, like 1 250 000,50 or 1,250,000.50": "%s ist nicht in Tausender gegliedert: zwischen zwei Trennzeichen stehen je drei Ziffern, etwa 1.250.000,50",
		"%s could mean %s (thousands) or %s (decimals, but %s has %s): write %s or %s.%s for the first":           "%s kann %s (Tausender) oder %s (Nachkommastellen, aber %s hat %s) heißen: für das Erste bitte %s oder %s,%s angeben",
		"%s could mean %s (thousands) or %s (decimals): write %s or %s.%s for the first, %s for the second":       "%s kann %s (Tausender) oder %s (Nachkommastellen) heißen: für das Erste bitte %s oder %s,%s angeben, für das Zweite %s",
		"not set": "nicht angegeben",
		// Dates typed into a form.
		"%s is not a date (use YYYY-MM-DD)": "%s ist kein Datum (Format JJJJ-MM-TT)",
		"%s is not a date (use %s)":         "%s ist kein Datum (Format %s)",
		"DD.MM.YYYY or YYYY-MM-DD":          "TT.MM.JJJJ oder JJJJ-MM-TT",
		"DD/MM/YYYY or YYYY-MM-DD":          "TT/MM/JJJJ oder JJJJ-MM-TT",
		"YYYY-MM-DD":                        "JJJJ-MM-TT",
		"%s is not a date: write YYYY-MM-DD, today, tomorrow, +3d, +2w or a weekday": "%s ist kein Datum: bitte JJJJ-MM-TT, heute, morgen, +3d, +2w oder einen Wochentag angeben",
		"%s is not a date: write %s, today, tomorrow, +3d, +2w or a weekday":         "%s ist kein Datum: bitte %s, heute, morgen, +3d, +2w oder einen Wochentag angeben",
		// Derived gap titles.
		"delivery does not know yet whether it can be built":              "die Umsetzung weiß noch nicht, ob es machbar ist",
		"no answer from delivery yet":                                     "noch keine Einschätzung der Umsetzung",
		"fit %s: %s":                                                      "Abdeckung (%s): %s",
		"due %s, delivery earliest %s: %s":                                "fällig %s, Umsetzung frühestens %s: %s",
		"delivery needs %s person-days, %s were sold (%s×)":               "die Umsetzung braucht %s Personentage, verkauft wurden %s (%s×)",
		"changed after delivery answered it; needs a fresh answer":        "nach der Einschätzung der Umsetzung geändert; braucht eine neue Einschätzung",
		"only %s, not confirmed with the customer, and the deal is at %s": "nur %s, nicht vom Kunden bestätigt, und der Deal ist in der Phase: %s",
		"not agreed: %s":                                                  "nicht abgestimmt: %s",
		", ":                                                              ", ",
		"nobody is named as having promised it":                           "es ist niemand eingetragen, der es zugesagt hat",
		"delivery cannot build it":                                        "die Umsetzung kann es nicht liefern",
		"only with a workaround, not described":                           "nur mit Workaround, nicht beschrieben",
		"only in part, not described":                                     "nur teilweise, nicht beschrieben",
		// The rules' closing notes.
		"Closed automatically: %s.":                       "Automatisch geschlossen: %s.",
		"Earlier note: %s":                                "Frühere Notiz: %s",
		"the promise was deleted":                         "die Zusage wurde gelöscht",
		"delivery answered the promise":                   "die Umsetzung hat die Zusage eingeschätzt",
		"delivery now says it can build it in full":       "die Umsetzung kann sie jetzt vollständig liefern",
		"delivery's earliest date now meets the due date": "der früheste Termin der Umsetzung hält die Fälligkeit jetzt ein",
		"delivery's effort is now within the budget sold": "der Aufwand der Umsetzung liegt jetzt im verkauften Budget",
		"the promise is now confirmed with the customer, or the deal is no longer in negotiation or later": "die Zusage ist jetzt vom Kunden bestätigt, oder der Deal ist nicht mehr in der Verhandlung oder später",
		"every term it uses is now agreed in the glossary or dismissed as no term in this deal":            "jeder verwendete Begriff ist jetzt im Glossar abgestimmt oder für diesen Deal als kein Begriff verworfen",
		"delivery answered the promise as it now stands":                                                   "die Umsetzung hat die Zusage in der jetzigen Fassung eingeschätzt",
		"a person is now named as having promised it":                                                      "jetzt ist eingetragen, wer es zugesagt hat",
		"its cause went away": "die Ursache ist entfallen",
		// Readiness.
		"ready":                         "bereit",
		"No promises are recorded yet.": "Es sind noch keine Zusagen erfasst.",
		"Promise %s has no answer from delivery.":        "Die Zusage %s hat keine Einschätzung der Umsetzung.",
		"Term %s is used in %s but not agreed.":          "Der Begriff %s wird in der Zusage %s verwendet, ist aber nicht abgestimmt.",
		"Promise %s changed after delivery answered it.": "Die Zusage %s wurde nach der Einschätzung der Umsetzung geändert.",
		"%s gap (%s) has no owner and no due date: %s":   "Lücke (%[2]s, %[1]s) hat keinen Verantwortlichen und keine Fälligkeit: %[3]s",
		"%s gap (%s) has no owner: %s":                   "Lücke (%[2]s, %[1]s) hat keinen Verantwortlichen: %[3]s",
		"%s gap (%s) has no due date: %s":                "Lücke (%[2]s, %[1]s) hat keine Fälligkeit: %[3]s",
		"The deal has no owner for %s.":                  "Der Deal hat keinen Verantwortlichen für %s.",
	}, map[string]Forms{
		"%d blockers":     {One: "%d Hindernis", Other: "%d Hindernisse"},
		"%d days late":    {One: "%d Tag zu spät", Other: "%d Tage zu spät"},
		"%d days overdue": {One: "%d Tag überfällig", Other: "%d Tage überfällig"},
		"%d decimals":     {One: "%d Nachkommastelle", Other: "%d Nachkommastellen"},
		"Term %[2]s is used in %[1]d promises but not agreed.": {
			One:   "Der Begriff %[2]s wird in %[1]d Zusage verwendet, ist aber nicht abgestimmt.",
			Other: "Der Begriff %[2]s wird in %[1]d Zusagen verwendet, ist aber nicht abgestimmt."},
	})
	RegisterWords(DE, "weekday", map[string]string{
		"mon": "Mo.", "tue": "Di.", "wed": "Mi.", "thu": "Do.", "fri": "Fr.", "sat": "Sa.", "sun": "So.",
	})
	RegisterWords(DE, "typed day", map[string]string{
		"today": "heute", "tomorrow": "morgen",
		"mon": "montag, mo", "tue": "dienstag, di", "wed": "mittwoch, mi", "thu": "donnerstag, do",
		"fri": "freitag, fr", "sat": "samstag, sonnabend, sa", "sun": "sonntag, so",
	})
}
