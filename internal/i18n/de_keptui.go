package i18n

// The keyboard workflows after the handoff: change requests, their
// decision, outcomes with a note, in meeting mode too.
func init() {
	Register(DE, map[string]string{
		"Accepting needs someone from sales or presales and someone from delivery present; the roles whose sections change then sign again.": "Annehmen braucht jemanden aus Vertrieb oder Presales und jemanden aus der Umsetzung; danach geben die Rollen, deren Abschnitte sich ändern, erneut frei.",
		"After the sign-off":       "Nach der Freigabe",
		"Asked by at the customer": "Gewünscht von (beim Kunden)",
		"Asked for after the sign-off. It starts as only heard; delivery answers it like any promise, then R accepts, rejects or defers it.": "Nach der Freigabe gewünscht. Er beginnt als mündlich; die Umsetzung schätzt ihn ein wie jede Zusage, dann nimmt R ihn an, lehnt ab oder stellt zurück.",
		"Change request “%s” recorded, relayed by %s.":                                       "Änderungsantrag „%s“ erfasst, weitergegeben von %s.",
		"Change request “%s”: %s.":                                                           "Änderungsantrag „%s“: %s.",
		"Change requests come after every role has signed off; until then n adds a promise.": "Änderungsanträge gibt es, wenn alle Rollen freigegeben haben; bis dahin fügt n eine Zusage hinzu.",
		"Decide the change request “%s”":                                                     "Über den Änderungsantrag „%s“ entscheiden",
		"It joins the scope: B shows who must sign again.":                                   "Er gehört jetzt zum Umfang: B zeigt, wer erneut freigeben muss.",
		"New change request":                                                                 "Neuer Änderungsantrag",
		"No change request of this deal is open.":                                            "Kein Änderungsantrag dieses Deals ist offen.",
		"Note": "Notiz",
		"On (the day it was kept, changed, dropped or broken)": "Am (Tag, an dem sie gehalten, geändert, fallen gelassen oder gebrochen wurde)",
		"Outcome":        "Ergebnis",
		"Outcome: %s":    "Ergebnis: %s",
		"People present": "Anwesende",
		"Relayed by":     "Weitergegeben von",
		"This gap is about the deal as a whole: it has no promise to record an outcome for.": "Diese Lücke betrifft den ganzen Deal: es gibt keine Zusage, für die ein Ergebnis erfasst werden kann.",
		"change request (after sign-off)":                              "Änderungsantrag (nach der Freigabe)",
		"decide a change request":                                      "über einen Änderungsantrag entscheiden",
		"decide a change request (this gap's, or the first open one)":  "über einen Änderungsantrag entscheiden (den dieser Lücke oder den ersten offenen)",
		"optional: what happened":                                      "optional: was geschah",
		"outcome of this gap's promise (in delivery)":                  "Ergebnis der Zusage dieser Lücke (in der Umsetzung)",
		"the decision on “%s”":                                         "die Entscheidung über „%s“",
		"the outcome of “%s”":                                          "das Ergebnis von „%s“",
		"what the customer asks for, in their words":                   "was der Kunde wünscht, in seinen Worten",
		"who asked for it, e.g. their project lead":                    "wer es gewünscht hat, z. B. deren Projektleitung",
		"“%s” is no change request: N records one after the sign-off.": "„%s“ ist kein Änderungsantrag: N erfasst einen nach der Freigabe.",
		"%s kept":                "%s gehalten",
		"CR":                     "CR",
		"Change request: %s":     "Änderungsantrag: %s",
		"%s, after the sign-off": "%s, nach der Freigabe",
	}, nil)
}
