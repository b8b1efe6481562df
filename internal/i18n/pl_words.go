package i18n

// Polish words for the stored values, by kind (see docs/terms.md).
func init() {
	RegisterWords(PL, "role", map[string]string{
		"sales":    "sprzedaż",
		"presales": "presales",
		"delivery": "wdrożenie",
		"customer": "klient",
		"other":    "inna",
	})
	RegisterWords(PL, "stage", map[string]string{
		"lead":        "lead",
		"qualified":   "kwalifikacja",
		"proposal":    "oferta",
		"negotiation": "negocjacje",
		"won":         "wygrana",
		"handoff":     "przekazanie",
		"delivery":    "realizacja",
		"lost":        "przegrana",
	})
	RegisterWords(PL, "category", map[string]string{
		"scope":       "zakres",
		"integration": "integracja",
		"timeline":    "harmonogram",
		"performance": "wydajność",
		"support":     "wsparcie",
		"commercial":  "handlowa",
		"other":       "inna",
	})
	RegisterWords(PL, "priority", map[string]string{
		"must":   "konieczne",
		"should": "pożądane",
		"could":  "opcjonalne",
	})
	RegisterWords(PL, "source", map[string]string{
		"proposal": "oferta",
		"rfp":      "zapytanie ofertowe",
		"email":    "e-mail",
		"call":     "rozmowa",
		"demo":     "demo",
		"contract": "umowa",
		"other":    "inne",
	})
	RegisterWords(PL, "verification", map[string]string{
		"heard":      "ustnie",
		"written":    "na piśmie",
		"confirmed":  "potwierdzone przez klienta",
		"contracted": "w umowie",
	})
	RegisterWords(PL, "fit", map[string]string{
		"full":       "pełne",
		"partial":    "częściowe",
		"workaround": "obejście",
		"none":       "brak",
		"unknown":    "nieznane",
	})
	RegisterWords(PL, "confidence", map[string]string{
		"high":   "wysoka",
		"medium": "średnia",
		"low":    "niska",
	})
	RegisterWords(PL, "severity", map[string]string{
		"critical": "krytyczna",
		"high":     "wysoka",
		"medium":   "średnia",
		"low":      "niska",
	})
	RegisterWords(PL, "gap kind", map[string]string{
		"unassessed":      "nieocenione",
		"scope":           "zakres",
		"schedule":        "termin",
		"effort":          "nakład pracy",
		"unverified":      "niezweryfikowane",
		"undefined_term":  "niezdefiniowane pojęcie",
		"suspect":         "wątpliwa ocena",
		"unowned_promise": "obietnica bez odpowiedzialnego",
		"other":           "ręczna",
	})
	RegisterWords(PL, "gap status", map[string]string{
		"open":        "otwarta",
		"in_progress": "w toku",
		"resolved":    "rozwiązana",
		"accepted":    "zaakceptowana",
	})
	RegisterWords(PL, "origin", map[string]string{
		"derived": "automatyczna",
		"manual":  "ręczna",
	})
	RegisterWords(PL, "term status", map[string]string{
		"draft":    "robocze",
		"agreed":   "uzgodnione",
		"disputed": "sporne",
	})
}
