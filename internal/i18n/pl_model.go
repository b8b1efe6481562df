package i18n

// Polish: money, numbers and dates, derived gap titles, closing notes and
// blockers (see docs/terms.md).
func init() {
	Register(PL, map[string]string{
		// Money typed into a form.
		"a currency is required: an ISO 4217 code such as EUR, PLN or USD":                     "waluta jest wymagana: kod ISO 4217, np. EUR, PLN lub USD",
		"%s is not a currency code: write an ISO 4217 code such as EUR, PLN or USD":            "%s nie jest kodem waluty: wpisz kod ISO 4217, np. EUR, PLN lub USD",
		"%s is not a currency code: ISO 4217 has no %s (write a code such as EUR, PLN or USD)": "%s nie jest kodem waluty: w ISO 4217 nie ma kodu %s (wpisz np. EUR, PLN lub USD)",
		"%s has %s; %s has %s": "%s ma %s; %s: %s",
		"%s is too large":      "%s to za duża kwota",
		"no decimals":          "bez miejsc po przecinku",
		"%s is negative":       "%s to kwota ujemna",
		"%s is not an amount: write digits, like 120000 or 120 000,50":                                            "%s nie jest kwotą: wpisz cyfry, np. 120000 lub 120 000,50",
		"%s mixes separators: group thousands all the same way, like 1 250 000,50 or 1,250,000.50":                "%s miesza separatory: oddzielaj tysiące zawsze tak samo, np. 1 250 000,50",
		"%s uses %q both between thousands and before the decimals: like 1.250.000,50 or 1,250,000.50":            "%s ma %q zarówno między tysiącami, jak i przed częścią dziesiętną: pisz np. 1 250 000,50 lub 1.250.000,50",
		"%s is not grouped in thousands: between separators come three digits, like 1 250 000,50 or 1,250,000.50": "%s nie jest podzielone na tysiące: między separatorami stoją po trzy cyfry, np. 1 250 000,50",
		"%s could mean %s (thousands) or %s (decimals, but %s has %s): write %s or %s.%s for the first":           "%s może oznaczać %s (tysiące) albo %s (część dziesiętna, ale %s ma %s): dla pierwszego wpisz %s lub %s,%s",
		"%s could mean %s (thousands) or %s (decimals): write %s or %s.%s for the first, %s for the second":       "%s może oznaczać %s (tysiące) albo %s (część dziesiętna): dla pierwszego wpisz %s lub %s,%s, dla drugiego %s",
		"not set": "nie podano",
		// Dates typed into a form.
		"%s is not a date (use YYYY-MM-DD)": "%s nie jest datą (użyj RRRR-MM-DD)",
		"%s is not a date (use %s)":         "%s nie jest datą (użyj formatu %s)",
		"DD.MM.YYYY or YYYY-MM-DD":          "DD.MM.RRRR lub RRRR-MM-DD",
		"DD/MM/YYYY or YYYY-MM-DD":          "DD/MM/RRRR lub RRRR-MM-DD",
		"YYYY-MM-DD":                        "RRRR-MM-DD",
		"%s is not a date: write YYYY-MM-DD, today, tomorrow, +3d, +2w or a weekday": "%s nie jest datą: wpisz RRRR-MM-DD, dzisiaj, jutro, +3d, +2w lub dzień tygodnia",
		"%s is not a date: write %s, today, tomorrow, +3d, +2w or a weekday":         "%s nie jest datą: wpisz %s, dzisiaj, jutro, +3d, +2w lub dzień tygodnia",
		// Derived gap titles.
		"delivery does not know yet whether it can be built":              "wdrożenie jeszcze nie wie, czy da się to zrealizować",
		"no answer from delivery yet":                                     "brak jeszcze oceny wdrożenia",
		"fit %s: %s":                                                      "pokrycie (%s): %s",
		"due %s, delivery earliest %s: %s":                                "termin %s, wdrożenie najwcześniej %s: %s",
		"delivery needs %s person-days, %s were sold (%s×)":               "wdrożenie potrzebuje %s osobodni, sprzedano %s (%s×)",
		"changed after delivery answered it; needs a fresh answer":        "zmieniona po ocenie wdrożenia; wymaga nowej oceny",
		"only %s, not confirmed with the customer, and the deal is at %s": "tylko %s, niepotwierdzona przez klienta, a szansa jest na etapie: %s",
		"not agreed: %s":                                                  "nieuzgodnione: %s",
		", ":                                                              ", ",
		"nobody is named as having promised it":                           "nie wskazano, kto to obiecał",
		"delivery cannot build it":                                        "wdrożenie nie może tego zrealizować",
		"only with a workaround, not described":                           "tylko przez obejście, bez opisu",
		"only in part, not described":                                     "tylko częściowo, bez opisu",
		// The rules' closing notes.
		"Closed automatically: %s.":                       "Zamknięta automatycznie: %s.",
		"Earlier note: %s":                                "Wcześniejsza notatka: %s",
		"the promise was deleted":                         "obietnicę usunięto",
		"delivery answered the promise":                   "wdrożenie oceniło obietnicę",
		"delivery now says it can build it in full":       "wdrożenie deklaruje teraz pełną realizację",
		"delivery's earliest date now meets the due date": "najwcześniejsza data wdrożenia mieści się teraz w terminie",
		"delivery's effort is now within the budget sold": "nakład pracy wdrożenia mieści się teraz w sprzedanym budżecie",
		"the promise is now confirmed with the customer, or the deal is no longer in negotiation or later": "obietnica jest teraz potwierdzona przez klienta albo szansa nie jest już na etapie negocjacji ani dalszym",
		"every term it uses is now agreed in the glossary or dismissed as no term in this deal":            "każde użyte pojęcie jest teraz uzgodnione w słowniku pojęć albo odrzucone jako niebędące pojęciem w tej szansie",
		"delivery answered the promise as it now stands":                                                   "wdrożenie oceniło obietnicę w obecnym brzmieniu",
		"a person is now named as having promised it":                                                      "wskazano teraz osobę, która to obiecała",
		"its cause went away": "przyczyna ustąpiła",
		// Readiness.
		"ready":                         "gotowa",
		"No promises are recorded yet.": "Nie zapisano jeszcze żadnej obietnicy.",
		"Promise %s has no answer from delivery.":        "Obietnica %s nie ma oceny wdrożenia.",
		"Term %s is used in %s but not agreed.":          "Pojęcie %s występuje w obietnicy %s, ale nie jest uzgodnione.",
		"Promise %s changed after delivery answered it.": "Obietnica %s zmieniła się po ocenie wdrożenia.",
		"%s gap (%s) has no owner and no due date: %s":   "luka %s (%s) nie ma odpowiedzialnego ani terminu: %s",
		"%s gap (%s) has no owner: %s":                   "luka %s (%s) nie ma odpowiedzialnego: %s",
		"%s gap (%s) has no due date: %s":                "luka %s (%s) nie ma terminu: %s",
		"The deal has no owner for %s.":                  "Szansa nie ma odpowiedzialnego w roli: %s.",
	}, map[string]Forms{
		"%d blockers":     {One: "%d przeszkoda", Few: "%d przeszkody", Many: "%d przeszkód", Other: "%d przeszkody"},
		"%d days late":    {One: "%d dzień opóźnienia", Few: "%d dni opóźnienia", Many: "%d dni opóźnienia", Other: "%d dnia opóźnienia"},
		"%d days overdue": {One: "%d dzień po terminie", Few: "%d dni po terminie", Many: "%d dni po terminie", Other: "%d dnia po terminie"},
		"%d decimals":     {One: "%d miejsce po przecinku", Few: "%d miejsca po przecinku", Many: "%d miejsc po przecinku", Other: "%d miejsca po przecinku"},
		"Term %[2]s is used in %[1]d promises but not agreed.": {
			One:   "Pojęcie %[2]s występuje w %[1]d obietnicy, ale nie jest uzgodnione.",
			Few:   "Pojęcie %[2]s występuje w %[1]d obietnicach, ale nie jest uzgodnione.",
			Many:  "Pojęcie %[2]s występuje w %[1]d obietnicach, ale nie jest uzgodnione.",
			Other: "Pojęcie %[2]s występuje w %[1]d obietnicach, ale nie jest uzgodnione."},
	})
	RegisterWords(PL, "weekday", map[string]string{
		"mon": "pon.", "tue": "wt.", "wed": "śr.", "thu": "czw.", "fri": "pt.", "sat": "sob.", "sun": "niedz.",
	})
	RegisterWords(PL, "typed day", map[string]string{
		"today": "dzisiaj, dziś, dzis", "tomorrow": "jutro",
		"mon": "poniedziałek, poniedzialek, pon, pn", "tue": "wtorek, wt", "wed": "środa, sroda, śr, sr",
		"thu": "czwartek, czw", "fri": "piątek, piatek, pt", "sat": "sobota, sob", "sun": "niedziela, niedz, nd",
	})
}
