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
		"%s %s: %s on %s":                        "%s %s: %s den %s",
		"%s: %s → %s":                            "%s: %s → %s",
		"All deals":                              "Alla affärer",
		"By category":                            "Per kategori",
		"By deal":                                "Per affär",
		"By delivery fit at handoff":             "Per leveransens bedömning vid överlämningen",
		"By source":                              "Per källa",
		"By verification at handoff":             "Per verifiering vid överlämningen",
		"Changes since sign-off (%s):":           "Ändringar sedan godkännandet (%s):",
		"Promises made vs kept":                  "Givna och hållna löften",
		"added since sign-off":                   "tillagt sedan godkännandet",
		"removed since sign-off":                 "borttaget sedan godkännandet",
		"kept %":                                 "hållna %",
		"kept: --format is text or json, not %q": "kept: --format är text eller json, inte %q",
		"kept: --since %q is not a date (YYYY-MM-DD)": "kept: --since %q är inget datum (ÅÅÅÅ-MM-DD)",
		"must sign again: %s":                         "måste godkänna igen: %s",
		"not answered":                                "obesvarat",
		"not recorded":                                "ej registrerat",
		"not sold, added: %s":                         "inte sålt, tillagt: %s",
		"not sold, removed: %s":                       "inte sålt, borttaget: %s",
		"outcome: %q is no promise (P1 …) of %s":      "outcome: %q är inget löfte (P1 …) i %s",
		"outcome: %q is not kept, late, changed, dropped or broken":                                             "outcome: %q är inte kept, late, changed, dropped eller broken",
		"outcome: %s is not in delivery yet (stage %s)":                                                         "outcome: %s är inte i leverans än (skede %s)",
		"outcome: --deal names the deal":                                                                        "outcome: --deal anger affären",
		"outcome: --on %q is not a date (YYYY-MM-DD)":                                                           "outcome: --on %q är inget datum (ÅÅÅÅ-MM-DD)",
		"outcome: name the promise and what became of it: outcome --deal D P1 kept|late|changed|dropped|broken": "outcome: ange löftet och vad som blev av det: outcome --deal D P1 kept|late|changed|dropped|broken",
		"term %s: %s": "begrepp %s: %s",
		"total":       "totalt",
	}, map[string]Forms{
		"%d days":             {One: "%d dag", Other: "%d dagar"},
		"kept late (%d days)": {One: "hållet försenat (%d dag)", Other: "hållet försenat (%d dagar)"},
	})
}
