package i18n

// After the handoff: the baseline, change requests, outcomes and promises
// made against promises kept.
func init() {
	RegisterWords(SV, "field", map[string]string{
		"taken_at":          "godkänt av alla",
		"snapshot":          "godkänt läge",
		"relayed_by":        "vidarebefordrat av",
		"asked_by":          "efterfrågat av hos kunden",
		"reason":            "motivering",
		"decision_id":       "beslut",
		"present":           "närvarande",
		"outcome":           "utfall",
		"days_late":         "dagar sent",
		"note":              "anteckning",
		"change_request_id": "ändringsbegäran",
		"recorded_at":       "registrerat",
		"change_status":     "status för ändringsbegäran",
	})
	RegisterWords(SV, "outcome", map[string]string{
		"kept":    "hållet",
		"late":    "försenat",
		"changed": "ändrat",
		"dropped": "strukit",
		"broken":  "brutet",
	})
	RegisterWords(SV, "change status", map[string]string{
		"open":     "öppen",
		"accepted": "godtagen",
		"rejected": "avslagen",
		"deferred": "uppskjuten",
	})
	Register(SV, map[string]string{
		"changed by agreement needs its change request or a decision":    "ändrat efter överenskommelse kräver en ändringsbegäran eller ett beslut",
		"has no baseline yet: every role must sign off first":            "har inget godkänt läge än: alla roller måste först godkänna",
		"is not in delivery yet (stage %s)":                              "är inte i leverans än (skede %s)",
		"must be accepted, rejected or deferred":                         "måste vara godtagen, avslagen eller uppskjuten",
		"needs someone from sales or presales and someone from delivery": "kräver någon från sälj eller presales och någon från leverans",
	}, nil)
}
