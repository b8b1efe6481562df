package i18n

// The keyboard workflows after the handoff: change requests, their
// decision, outcomes with a note, in meeting mode too.
func init() {
	Register(IT, map[string]string{
		"Accepting needs someone from sales or presales and someone from delivery present; the roles whose sections change then sign again.": "Accettare richiede qualcuno delle vendite o del presales e qualcuno della produzione presenti; poi approvano di nuovo i ruoli le cui sezioni cambiano.",
		"After the sign-off":       "Dopo l'approvazione",
		"Asked by at the customer": "Richiesto da (presso il cliente)",
		"Asked for after the sign-off. It starts as only heard; delivery answers it like any promise, then R accepts, rejects or defers it.": "Richiesta dopo l'approvazione. Parte come a voce; la produzione la valuta come ogni promessa, poi R la accetta, la respinge o la rinvia.",
		"Change request “%s” recorded, relayed by %s.":                                       "Richiesta di modifica «%s» registrata, riferita da %s.",
		"Change request “%s”: %s.":                                                           "Richiesta di modifica «%s»: %s.",
		"Change requests come after every role has signed off; until then n adds a promise.": "Le richieste di modifica vengono dopo l'approvazione di tutti i ruoli; fino ad allora n aggiunge una promessa.",
		"Decide the change request “%s”":                                                     "Decidi la richiesta di modifica «%s»",
		"It joins the scope: B shows who must sign again.":                                   "Entra nel perimetro: B mostra chi deve approvare di nuovo.",
		"New change request":                                                                 "Nuova richiesta di modifica",
		"No change request of this deal is open.":                                            "Nessuna richiesta di modifica di questa trattativa è aperta.",
		"Note": "Nota",
		"On (the day it was kept, changed, dropped or broken)": "Il (giorno in cui è stata mantenuta, cambiata, ritirata o non mantenuta)",
		"Outcome":        "Esito",
		"Outcome: %s":    "Esito: %s",
		"People present": "Presenti",
		"Relayed by":     "Riferito da",
		"This gap is about the deal as a whole: it has no promise to record an outcome for.": "Questa lacuna riguarda la trattativa intera: non c'è una promessa di cui registrare l'esito.",
		"change request (after sign-off)":                              "richiesta di modifica (dopo l'approvazione)",
		"decide a change request":                                      "decidi una richiesta di modifica",
		"decide a change request (this gap's, or the first open one)":  "decidi una richiesta di modifica (di questa lacuna, o la prima aperta)",
		"optional: what happened":                                      "facoltativo: che cosa è successo",
		"outcome of this gap's promise (in delivery)":                  "esito della promessa di questa lacuna (in produzione)",
		"the decision on “%s”":                                         "la decisione su «%s»",
		"the outcome of “%s”":                                          "l'esito di «%s»",
		"what the customer asks for, in their words":                   "che cosa chiede il cliente, con le sue parole",
		"who asked for it, e.g. their project lead":                    "chi l'ha chiesto, p. es. il loro capo progetto",
		"“%s” is no change request: N records one after the sign-off.": "«%s» non è una richiesta di modifica: N ne registra una dopo l'approvazione.",
		"%s kept":                "%s mantenute",
		"CR":                     "RM",
		"Change request: %s":     "Richiesta di modifica: %s",
		"%s, after the sign-off": "%s, dopo l'approvazione",
	}, nil)
}
