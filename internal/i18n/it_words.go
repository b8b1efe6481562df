package i18n

// Italian words for the stored values, by kind (see docs/terms.md).
func init() {
	RegisterWords(IT, "role", map[string]string{
		"sales":    "vendite",
		"presales": "presales",
		"delivery": "produzione",
		"customer": "cliente",
		"other":    "altro",
	})
	RegisterWords(IT, "stage", map[string]string{
		"lead":        "lead",
		"qualified":   "qualificata",
		"proposal":    "offerta",
		"negotiation": "negoziazione",
		"won":         "vinta",
		"handoff":     "passaggio di consegne",
		"delivery":    "in erogazione",
		"lost":        "persa",
	})
	RegisterWords(IT, "category", map[string]string{
		"scope":       "ambito",
		"integration": "integrazione",
		"timeline":    "tempistiche",
		"performance": "prestazioni",
		"support":     "assistenza",
		"commercial":  "commerciale",
		"other":       "altro",
	})
	RegisterWords(IT, "priority", map[string]string{
		"must":   "indispensabile",
		"should": "importante",
		"could":  "facoltativa",
	})
	RegisterWords(IT, "source", map[string]string{
		"proposal": "offerta",
		"rfp":      "capitolato di gara",
		"email":    "e-mail",
		"call":     "telefonata",
		"demo":     "demo",
		"contract": "contratto",
		"other":    "altro",
	})
	RegisterWords(IT, "verification", map[string]string{
		"heard":      "a voce",
		"written":    "per iscritto",
		"confirmed":  "confermato dal cliente",
		"contracted": "a contratto",
	})
	RegisterWords(IT, "fit", map[string]string{
		"full":       "completa",
		"partial":    "parziale",
		"workaround": "soluzione alternativa",
		"none":       "non fattibile",
		"unknown":    "sconosciuta",
	})
	RegisterWords(IT, "confidence", map[string]string{
		"high":   "alta",
		"medium": "media",
		"low":    "bassa",
	})
	RegisterWords(IT, "severity", map[string]string{
		"critical": "critica",
		"high":     "alta",
		"medium":   "media",
		"low":      "bassa",
	})
	RegisterWords(IT, "gap kind", map[string]string{
		"unassessed":      "non valutata",
		"scope":           "ambito",
		"schedule":        "tempistica",
		"effort":          "effort",
		"unverified":      "non verificata",
		"undefined_term":  "termine non definito",
		"suspect":         "valutazione dubbia",
		"unowned_promise": "promessa senza responsabile",
		"other":           "manuale",
	})
	RegisterWords(IT, "gap status", map[string]string{
		"open":        "aperta",
		"in_progress": "in corso",
		"resolved":    "risolta",
		"accepted":    "accettata",
	})
	RegisterWords(IT, "origin", map[string]string{
		"derived": "automatica",
		"manual":  "manuale",
	})
	RegisterWords(IT, "term status", map[string]string{
		"draft":    "bozza",
		"agreed":   "concordato",
		"disputed": "contestato",
	})
}
