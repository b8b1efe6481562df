package i18n

// Italian: money, numbers and dates, derived gap titles, closing notes and
// blockers (see docs/terms.md).
func init() {
	Register(IT, map[string]string{
		// Money typed into a form.
		"a currency is required: an ISO 4217 code such as EUR, PLN or USD":                     "serve una valuta: un codice ISO 4217 come EUR, PLN o USD",
		"%s is not a currency code: write an ISO 4217 code such as EUR, PLN or USD":            "%s non è un codice valuta: scrivi un codice ISO 4217 come EUR, PLN o USD",
		"%s is not a currency code: ISO 4217 has no %s (write a code such as EUR, PLN or USD)": "%s non è un codice valuta: ISO 4217 non prevede %s (scrivi un codice come EUR, PLN o USD)",
		"%s has %s; %s has %s": "%s ha %s; %s: %s",
		"%s is too large":      "%s è troppo grande",
		"no decimals":          "nessun decimale",
		"%s is negative":       "%s è negativo",
		"%s is not an amount: write digits, like 120000 or 120 000,50":                                            "%s non è un importo: scrivi delle cifre, come 120000 o 120.000,50",
		"%s mixes separators: group thousands all the same way, like 1 250 000,50 or 1,250,000.50":                "%s mescola i separatori: separa le migliaia sempre allo stesso modo, come 1.250.000,50",
		"%s uses %q both between thousands and before the decimals: like 1.250.000,50 or 1,250,000.50":            "%s usa %q sia tra le migliaia sia prima dei decimali: scrivi come 1.250.000,50",
		"%s is not grouped in thousands: between separators come three digits, like 1 250 000,50 or 1,250,000.50": "%s non è diviso in migliaia: tra due separatori vanno tre cifre, come 1.250.000,50",
		"%s could mean %s (thousands) or %s (decimals, but %s has %s): write %s or %s.%s for the first":           "%s può voler dire %s (migliaia) o %s (decimali, ma %s ha %s): per il primo scrivi %s o %s,%s",
		"%s could mean %s (thousands) or %s (decimals): write %s or %s.%s for the first, %s for the second":       "%s può voler dire %s (migliaia) o %s (decimali): per il primo scrivi %s o %s,%s, per il secondo %s",
		"not set": "non indicato",
		// Dates typed into a form.
		"%s is not a date (use YYYY-MM-DD)": "%s non è una data (usa AAAA-MM-GG)",
		"%s is not a date (use %s)":         "%s non è una data (usa %s)",
		"DD.MM.YYYY or YYYY-MM-DD":          "GG.MM.AAAA o AAAA-MM-GG",
		"DD/MM/YYYY or YYYY-MM-DD":          "GG/MM/AAAA o AAAA-MM-GG",
		"YYYY-MM-DD":                        "AAAA-MM-GG",
		"%s is not a date: write YYYY-MM-DD, today, tomorrow, +3d, +2w or a weekday": "%s non è una data: scrivi AAAA-MM-GG, oggi, domani, +3d, +2w o un giorno della settimana",
		"%s is not a date: write %s, today, tomorrow, +3d, +2w or a weekday":         "%s non è una data: scrivi %s, oggi, domani, +3d, +2w o un giorno della settimana",
		// Derived gap titles.
		"delivery does not know yet whether it can be built":              "la produzione non sa ancora se è realizzabile",
		"no answer from delivery yet":                                     "ancora nessuna valutazione della produzione",
		"fit %s: %s":                                                      "copertura (%s): %s",
		"due %s, delivery earliest %s: %s":                                "scadenza %s, produzione non prima del %s: %s",
		"delivery needs %s person-days, %s were sold (%s×)":               "la produzione stima %s giorni/uomo, ne sono stati venduti %s (%s×)",
		"changed after delivery answered it; needs a fresh answer":        "modificata dopo la valutazione della produzione; serve una nuova valutazione",
		"only %s, not confirmed with the customer, and the deal is at %s": "solo %s, non confermata dal cliente, e la trattativa è in fase: %s",
		"not agreed: %s":                                                  "non concordato: %s",
		", ":                                                              ", ",
		"nobody is named as having promised it":                           "non è indicato chi l'ha promessa",
		"delivery cannot build it":                                        "la produzione non può realizzarla",
		"only with a workaround, not described":                           "solo con una soluzione alternativa, non descritta",
		"only in part, not described":                                     "solo in parte, senza descrizione",
		// The rules' closing notes.
		"Closed automatically: %s.":                       "Chiuso automaticamente: %s.",
		"Earlier note: %s":                                "Nota precedente: %s",
		"the promise was deleted":                         "la promessa è stata eliminata",
		"delivery answered the promise":                   "la produzione ha valutato la promessa",
		"delivery now says it can build it in full":       "la produzione ora dichiara di poterla realizzare per intero",
		"delivery's earliest date now meets the due date": "la prima data possibile della produzione ora rispetta la scadenza",
		"delivery's effort is now within the budget sold": "l'effort stimato dalla produzione ora rientra nel budget venduto",
		"the promise is now confirmed with the customer, or the deal is no longer in negotiation or later": "la promessa è ora confermata dal cliente, oppure la trattativa non è più in negoziazione o oltre",
		"every term it uses is now agreed in the glossary or dismissed as no term in this deal":            "ogni termine usato è ora concordato nel glossario o escluso come non pertinente per questa trattativa",
		"delivery answered the promise as it now stands":                                                   "la produzione ha valutato la promessa nella forma attuale",
		"a person is now named as having promised it":                                                      "ora è indicato chi l'ha promessa",
		"its cause went away": "la causa è venuta meno",
		// Readiness.
		"ready":                         "pronta",
		"No promises are recorded yet.": "Non è ancora registrata nessuna promessa.",
		"Promise %s has no answer from delivery.":        "La promessa %s non ha una valutazione della produzione.",
		"Term %s is used in %s but not agreed.":          "Il termine %s è usato nella promessa %s ma non è concordato.",
		"Promise %s changed after delivery answered it.": "La promessa %s è cambiata dopo la valutazione della produzione.",
		"%s gap (%s) has no owner and no due date: %s":   "scostamento (%[2]s, gravità %[1]s) senza responsabile né scadenza: %[3]s",
		"%s gap (%s) has no owner: %s":                   "scostamento (%[2]s, gravità %[1]s) senza responsabile: %[3]s",
		"%s gap (%s) has no due date: %s":                "scostamento (%[2]s, gravità %[1]s) senza scadenza: %[3]s",
		"The deal has no owner for %s.":                  "La trattativa non ha un responsabile per: %s.",
	}, map[string]Forms{
		"%d blockers":     {One: "%d ostacolo", Other: "%d ostacoli"},
		"%d days late":    {One: "%d giorno di ritardo", Other: "%d giorni di ritardo"},
		"%d days overdue": {One: "scaduto da %d giorno", Other: "scaduto da %d giorni"},
		"%d decimals":     {One: "%d decimale", Other: "%d decimali"},
		"Term %[2]s is used in %[1]d promises but not agreed.": {
			One:   "Il termine %[2]s è usato in %[1]d promessa ma non è concordato.",
			Other: "Il termine %[2]s è usato in %[1]d promesse ma non è concordato."},
	})
	RegisterWords(IT, "weekday", map[string]string{
		"mon": "lun", "tue": "mar", "wed": "mer", "thu": "gio", "fri": "ven", "sat": "sab", "sun": "dom",
	})
	RegisterWords(IT, "typed day", map[string]string{
		"today": "oggi", "tomorrow": "domani",
		"mon": "lunedì, lunedi, lun", "tue": "martedì, martedi, mar", "wed": "mercoledì, mercoledi, mer",
		"thu": "giovedì, giovedi, gio", "fri": "venerdì, venerdi, ven", "sat": "sabato, sab", "sun": "domenica, dom",
	})
}
