package i18n

// Swedish words for the stored values, by kind (see docs/terms.md).
func init() {
	RegisterWords(SV, "role", map[string]string{
		"sales":    "sälj",
		"presales": "presales",
		"delivery": "leverans",
		"customer": "kund",
		"other":    "annan",
	})
	RegisterWords(SV, "stage", map[string]string{
		"lead":        "lead",
		"qualified":   "kvalificerad",
		"proposal":    "offert",
		"negotiation": "förhandling",
		"won":         "vunnen",
		"handoff":     "överlämning",
		"delivery":    "leverans",
		"lost":        "förlorad",
	})
	RegisterWords(SV, "category", map[string]string{
		"scope":       "omfattning",
		"integration": "integration",
		"timeline":    "tidplan",
		"performance": "prestanda",
		"support":     "support",
		"commercial":  "kommersiellt",
		"other":       "övrigt",
	})
	RegisterWords(SV, "priority", map[string]string{
		"must":   "måste",
		"should": "bör",
		"could":  "kan",
	})
	RegisterWords(SV, "source", map[string]string{
		"proposal": "offert",
		"rfp":      "förfrågningsunderlag",
		"email":    "e-post",
		"call":     "samtal",
		"demo":     "demo",
		"contract": "avtal",
		"other":    "övrigt",
	})
	RegisterWords(SV, "verification", map[string]string{
		"heard":      "muntligt",
		"written":    "skriftligt",
		"confirmed":  "bekräftat av kunden",
		"contracted": "i avtalet",
	})
	RegisterWords(SV, "fit", map[string]string{
		"full":       "fullt",
		"partial":    "delvis",
		"workaround": "tillfällig lösning",
		"none":       "inte möjligt",
		"unknown":    "okänt",
	})
	RegisterWords(SV, "confidence", map[string]string{
		"high":   "hög",
		"medium": "medel",
		"low":    "låg",
	})
	RegisterWords(SV, "severity", map[string]string{
		"critical": "kritisk",
		"high":     "hög",
		"medium":   "medel",
		"low":      "låg",
	})
	RegisterWords(SV, "gap kind", map[string]string{
		"unassessed":      "ej bedömd",
		"scope":           "omfattning",
		"schedule":        "tidplan",
		"effort":          "insats",
		"unverified":      "ej verifierad",
		"undefined_term":  "odefinierat begrepp",
		"suspect":         "tveksam bedömning",
		"unowned_promise": "löfte utan ansvarig",
		"other":           "manuell",
	})
	RegisterWords(SV, "gap status", map[string]string{
		"open":        "öppen",
		"in_progress": "pågår",
		"resolved":    "löst",
		"accepted":    "accepterad",
	})
	RegisterWords(SV, "origin", map[string]string{
		"derived": "automatisk",
		"manual":  "manuell",
	})
	RegisterWords(SV, "term status", map[string]string{
		"draft":    "utkast",
		"agreed":   "överenskommen",
		"disputed": "omtvistad",
	})
}
