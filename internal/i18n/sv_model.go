package i18n

// Swedish: money, numbers and dates, derived gap titles, closing notes and
// blockers (see docs/terms.md).
func init() {
	Register(SV, map[string]string{
		// Money typed into a form.
		"a currency is required: an ISO 4217 code such as EUR, PLN or USD":                     "en valuta krävs: en ISO 4217-kod som EUR, PLN eller USD",
		"%s is not a currency code: write an ISO 4217 code such as EUR, PLN or USD":            "%s är ingen valutakod: skriv en ISO 4217-kod som EUR, PLN eller USD",
		"%s is not a currency code: ISO 4217 has no %s (write a code such as EUR, PLN or USD)": "%s är ingen valutakod: ISO 4217 har ingen %s (skriv en kod som EUR, PLN eller USD)",
		"%s has %s; %s has %s": "%s har %s; %s: %s",
		"%s is too large":      "%s är för stort",
		"no decimals":          "inga decimaler",
		"%s is negative":       "%s är negativt",
		"%s is not an amount: write digits, like 120000 or 120 000,50":                                            "%s är inget belopp: skriv siffror, som 120000 eller 120 000,50",
		"%s mixes separators: group thousands all the same way, like 1 250 000,50 or 1,250,000.50":                "%s blandar avgränsare: gruppera tusental på samma sätt, som 1 250 000,50",
		"%s uses %q both between thousands and before the decimals: like 1.250.000,50 or 1,250,000.50":            "%s använder %q både mellan tusental och före decimalerna: skriv som 1 250 000,50",
		"%s is not grouped in thousands: between separators come three digits, like 1 250 000,50 or 1,250,000.50": "%s är inte grupperat i tusental: mellan avgränsarna står tre siffror, som 1 250 000,50",
		"%s could mean %s (thousands) or %s (decimals, but %s has %s): write %s or %s.%s for the first":           "%s kan betyda %s (tusental) eller %s (decimaler, men %s har %s): skriv %s eller %s,%s för det första",
		"%s could mean %s (thousands) or %s (decimals): write %s or %s.%s for the first, %s for the second":       "%s kan betyda %s (tusental) eller %s (decimaler): skriv %s eller %s,%s för det första, %s för det andra",
		"not set": "inte angivet",
		// Dates typed into a form.
		"%s is not a date (use YYYY-MM-DD)": "%s är inget datum (använd ÅÅÅÅ-MM-DD)",
		"%s is not a date (use %s)":         "%s är inget datum (använd %s)",
		"DD.MM.YYYY or YYYY-MM-DD":          "DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD",
		"DD/MM/YYYY or YYYY-MM-DD":          "DD/MM/ÅÅÅÅ eller ÅÅÅÅ-MM-DD",
		"YYYY-MM-DD":                        "ÅÅÅÅ-MM-DD",
		"%s is not a date: write YYYY-MM-DD, today, tomorrow, +3d, +2w or a weekday": "%s är inget datum: skriv ÅÅÅÅ-MM-DD, idag, imorgon, +3d, +2w eller en veckodag",
		"%s is not a date: write %s, today, tomorrow, +3d, +2w or a weekday":         "%s är inget datum: skriv %s, idag, imorgon, +3d, +2w eller en veckodag",
		// Derived gap titles.
		"delivery does not know yet whether it can be built":              "leveransen vet ännu inte om det går att bygga",
		"no answer from delivery yet":                                     "ingen bedömning från leveransen ännu",
		"fit %s: %s":                                                      "täckning (%s): %s",
		"due %s, delivery earliest %s: %s":                                "klart senast %s, leveransen tidigast %s: %s",
		"delivery needs %s person-days, %s were sold (%s×)":               "leveransen behöver %s persondagar, %s såldes (%s×)",
		"changed after delivery answered it; needs a fresh answer":        "ändrat efter leveransens bedömning; behöver en ny bedömning",
		"only %s, not confirmed with the customer, and the deal is at %s": "bara %s, inte bekräftat med kunden, och affären är i skedet: %s",
		"not agreed: %s":                                                  "inte överenskommet: %s",
		", ":                                                              ", ",
		"nobody is named as having promised it":                           "ingen är angiven som den som lovade det",
		"delivery cannot build it":                                        "leveransen kan inte bygga det",
		"only with a workaround, not described":                           "bara med en tillfällig lösning, inte beskriven",
		"only in part, not described":                                     "bara delvis, inte beskrivet",
		// The rules' closing notes.
		"Closed automatically: %s.":                       "Stängd automatiskt: %s.",
		"Earlier note: %s":                                "Tidigare anteckning: %s",
		"the promise was deleted":                         "löftet togs bort",
		"delivery answered the promise":                   "leveransen har bedömt löftet",
		"delivery now says it can build it in full":       "leveransen säger nu att det går att bygga fullt ut",
		"delivery's earliest date now meets the due date": "leveransens tidigaste datum håller nu klart senast-datumet",
		"delivery's effort is now within the budget sold": "leveransens insats ryms nu i den sålda budgeten",
		"the promise is now confirmed with the customer, or the deal is no longer in negotiation or later": "löftet är nu bekräftat med kunden, eller affären är inte längre i förhandling eller senare",
		"every term it uses is now agreed in the glossary or dismissed as no term in this deal":            "alla begrepp det använder är nu överenskomna i ordlistan eller avfärdade som inga begrepp i den här affären",
		"delivery answered the promise as it now stands":                                                   "leveransen har bedömt löftet som det nu lyder",
		"a person is now named as having promised it":                                                      "nu är det angivet vem som lovade det",
		"its cause went away": "orsaken finns inte längre",
		// Readiness.
		"ready":                         "redo",
		"No promises are recorded yet.": "Inga löften är registrerade ännu.",
		"Promise %s has no answer from delivery.":        "Löftet %s saknar leveransens bedömning.",
		"Term %s is used in %s but not agreed.":          "Begreppet %s används i löftet %s men är inte överenskommet.",
		"Promise %s changed after delivery answered it.": "Löftet %s ändrades efter leveransens bedömning.",
		"%s gap (%s) has no owner and no due date: %s":   "glapp (%[2]s, %[1]s) saknar ansvarig och klart senast-datum: %[3]s",
		"%s gap (%s) has no owner: %s":                   "glapp (%[2]s, %[1]s) saknar ansvarig: %[3]s",
		"%s gap (%s) has no due date: %s":                "glapp (%[2]s, %[1]s) saknar klart senast-datum: %[3]s",
		"The deal has no owner for %s.":                  "Affären saknar ansvarig för %s.",
	}, map[string]Forms{
		"%d blockers":     {One: "%d hinder", Other: "%d hinder"},
		"%d days late":    {One: "%d dag för sent", Other: "%d dagar för sent"},
		"%d days overdue": {One: "försenad %d dag", Other: "försenad %d dagar"},
		"%d decimals":     {One: "%d decimal", Other: "%d decimaler"},
		"Term %[2]s is used in %[1]d promises but not agreed.": {
			One:   "Begreppet %[2]s används i %[1]d löfte men är inte överenskommet.",
			Other: "Begreppet %[2]s används i %[1]d löften men är inte överenskommet."},
	})
	RegisterWords(SV, "weekday", map[string]string{
		"mon": "mån", "tue": "tis", "wed": "ons", "thu": "tors", "fri": "fre", "sat": "lör", "sun": "sön",
	})
	RegisterWords(SV, "typed day", map[string]string{
		"today": "idag, i dag", "tomorrow": "imorgon, i morgon",
		"mon": "måndag, mån", "tue": "tisdag, tis", "wed": "onsdag, ons", "thu": "torsdag, tors, tor",
		"fri": "fredag, fre", "sat": "lördag, lör", "sun": "söndag, sön",
	})
}
