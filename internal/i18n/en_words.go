package i18n

// English words for the stored values, by kind (see docs/terms.md).
func init() {
	RegisterWords(EN, "role", map[string]string{
		"sales":    "sales",
		"presales": "presales",
		"delivery": "delivery",
		"customer": "customer",
		"other":    "other",
	})
	RegisterWords(EN, "stage", map[string]string{
		"lead":        "lead",
		"qualified":   "qualified",
		"proposal":    "proposal",
		"negotiation": "negotiation",
		"won":         "won",
		"handoff":     "handoff",
		"delivery":    "delivery",
		"lost":        "lost",
	})
	RegisterWords(EN, "category", map[string]string{
		"scope":       "scope",
		"integration": "integration",
		"timeline":    "timeline",
		"performance": "performance",
		"support":     "support",
		"commercial":  "commercial",
		"other":       "other",
	})
	RegisterWords(EN, "priority", map[string]string{
		"must":   "must",
		"should": "should",
		"could":  "could",
	})
	RegisterWords(EN, "source", map[string]string{
		"proposal": "proposal",
		"rfp":      "RFP",
		"email":    "email",
		"call":     "call",
		"demo":     "demo",
		"contract": "contract",
		"other":    "other",
	})
	RegisterWords(EN, "verification", map[string]string{
		"heard":      "heard",
		"written":    "written",
		"confirmed":  "confirmed",
		"contracted": "contracted",
	})
	RegisterWords(EN, "fit", map[string]string{
		"full":       "full",
		"partial":    "partial",
		"workaround": "workaround",
		"none":       "none",
		"unknown":    "unknown",
	})
	RegisterWords(EN, "confidence", map[string]string{
		"high":   "high",
		"medium": "medium",
		"low":    "low",
	})
	RegisterWords(EN, "severity", map[string]string{
		"critical": "critical",
		"high":     "high",
		"medium":   "medium",
		"low":      "low",
	})
	RegisterWords(EN, "gap kind", map[string]string{
		"unassessed":      "unassessed",
		"scope":           "scope",
		"schedule":        "schedule",
		"effort":          "effort",
		"unverified":      "unverified",
		"undefined_term":  "undefined term",
		"suspect":         "suspect answer",
		"unowned_promise": "unowned promise",
		"other":           "manual",
	})
	RegisterWords(EN, "gap status", map[string]string{
		"open":        "open",
		"in_progress": "in progress",
		"resolved":    "resolved",
		"accepted":    "accepted",
	})
	RegisterWords(EN, "origin", map[string]string{
		"derived": "derived",
		"manual":  "manual",
	})
	RegisterWords(EN, "term status", map[string]string{
		"draft":    "draft",
		"agreed":   "agreed",
		"disputed": "disputed",
	})
}
