package i18n

// German words for the stored values, by kind (see docs/terms.md).
func init() {
	RegisterWords(DE, "role", map[string]string{
		"sales":    "Vertrieb",
		"presales": "Presales",
		"delivery": "Umsetzung",
		"customer": "Kunde",
		"other":    "andere",
	})
	RegisterWords(DE, "stage", map[string]string{
		"lead":        "Lead",
		"qualified":   "qualifiziert",
		"proposal":    "Angebot",
		"negotiation": "Verhandlung",
		"won":         "gewonnen",
		"handoff":     "Übergabe",
		"delivery":    "Umsetzung",
		"lost":        "verloren",
	})
	RegisterWords(DE, "category", map[string]string{
		"scope":       "Umfang",
		"integration": "Integration",
		"timeline":    "Zeitplan",
		"performance": "Performance",
		"support":     "Support",
		"commercial":  "kaufmännisch",
		"other":       "Sonstiges",
	})
	RegisterWords(DE, "priority", map[string]string{
		"must":   "muss",
		"should": "soll",
		"could":  "kann",
	})
	RegisterWords(DE, "source", map[string]string{
		"proposal": "Angebot",
		"rfp":      "Ausschreibung",
		"email":    "E-Mail",
		"call":     "Telefonat",
		"demo":     "Demo",
		"contract": "Vertrag",
		"other":    "Sonstiges",
	})
	RegisterWords(DE, "verification", map[string]string{
		"heard":      "mündlich",
		"written":    "schriftlich",
		"confirmed":  "vom Kunden bestätigt",
		"contracted": "vertraglich",
	})
	RegisterWords(DE, "fit", map[string]string{
		"full":       "vollständig",
		"partial":    "teilweise",
		"workaround": "Workaround",
		"none":       "nicht machbar",
		"unknown":    "unbekannt",
	})
	RegisterWords(DE, "confidence", map[string]string{
		"high":   "hoch",
		"medium": "mittel",
		"low":    "niedrig",
	})
	RegisterWords(DE, "severity", map[string]string{
		"critical": "kritisch",
		"high":     "hoch",
		"medium":   "mittel",
		"low":      "niedrig",
	})
	RegisterWords(DE, "gap kind", map[string]string{
		"unassessed":      "nicht bewertet",
		"scope":           "Umfang",
		"schedule":        "Termin",
		"effort":          "Aufwand",
		"unverified":      "nicht bestätigt",
		"undefined_term":  "undefinierter Begriff",
		"suspect":         "fragliche Einschätzung",
		"unowned_promise": "Zusage ohne Verantwortlichen",
		"other":           "manuell",
	})
	RegisterWords(DE, "gap status", map[string]string{
		"open":        "offen",
		"in_progress": "in Arbeit",
		"resolved":    "gelöst",
		"accepted":    "akzeptiert",
	})
	RegisterWords(DE, "origin", map[string]string{
		"derived": "abgeleitet",
		"manual":  "manuell",
	})
	RegisterWords(DE, "term status", map[string]string{
		"draft":    "Entwurf",
		"agreed":   "abgestimmt",
		"disputed": "strittig",
	})
}
