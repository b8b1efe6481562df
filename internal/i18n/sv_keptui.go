package i18n

// The keyboard workflows after the handoff: change requests, their
// decision, outcomes with a note, in meeting mode too.
func init() {
	Register(SV, map[string]string{
		"Accepting needs someone from sales or presales and someone from delivery present; the roles whose sections change then sign again.": "Att godta kräver någon från sälj eller presales och någon från leverans närvarande; sedan godkänner de roller vars avsnitt ändras igen.",
		"After the sign-off":       "Efter godkännandet",
		"Asked by at the customer": "Efterfrågat av (hos kunden)",
		"Asked for after the sign-off. It starts as only heard; delivery answers it like any promise, then R accepts, rejects or defers it.": "Efterfrågat efter godkännandet. Den börjar som muntligt; leveransen bedömer den som vilket löfte som helst, sedan godtar, avslår eller skjuter R upp den.",
		"Change request “%s” recorded, relayed by %s.":                                       "Ändringsbegäran ”%s” registrerad, vidarebefordrad av %s.",
		"Change request “%s”: %s.":                                                           "Ändringsbegäran ”%s”: %s.",
		"Change requests come after every role has signed off; until then n adds a promise.": "Ändringsbegäranden kommer när alla roller har godkänt; till dess lägger n till ett löfte.",
		"Decide the change request “%s”":                                                     "Beslut om ändringsbegäran ”%s”",
		"It joins the scope: B shows who must sign again.":                                   "Den ingår nu i omfånget: B visar vem som måste godkänna igen.",
		"New change request":                                                                 "Ny ändringsbegäran",
		"No change request of this deal is open.":                                            "Ingen ändringsbegäran för den här affären är öppen.",
		"Note": "Anteckning",
		"On (the day it was kept, changed, dropped or broken)": "Den (dagen det hölls, ändrades, ströks eller bröts)",
		"Outcome":        "Utfall",
		"Outcome: %s":    "Utfall: %s",
		"People present": "Närvarande",
		"Relayed by":     "Vidarebefordrat av",
		"This gap is about the deal as a whole: it has no promise to record an outcome for.": "Den här luckan gäller hela affären: det finns inget löfte att registrera ett utfall för.",
		"change request (after sign-off)":                              "ändringsbegäran (efter godkännandet)",
		"decide a change request":                                      "besluta om en ändringsbegäran",
		"decide a change request (this gap's, or the first open one)":  "besluta om en ändringsbegäran (luckans, eller den första öppna)",
		"optional: what happened":                                      "valfritt: vad som hände",
		"outcome of this gap's promise (in delivery)":                  "utfall för luckans löfte (i leverans)",
		"the decision on “%s”":                                         "beslutet om ”%s”",
		"the outcome of “%s”":                                          "utfallet för ”%s”",
		"what the customer asks for, in their words":                   "vad kunden ber om, med deras ord",
		"who asked for it, e.g. their project lead":                    "vem som bad om det, t.ex. deras projektledare",
		"“%s” is no change request: N records one after the sign-off.": "”%s” är ingen ändringsbegäran: N registrerar en efter godkännandet.",
		"%s kept":                "%s hållna",
		"CR":                     "ÄB",
		"Change request: %s":     "Ändringsbegäran: %s",
		"%s, after the sign-off": "%s, efter godkännandet",
	}, nil)
}
