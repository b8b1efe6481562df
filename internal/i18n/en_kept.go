package i18n

// After the handoff: the baseline, change requests, outcomes and promises
// made against promises kept.
func init() {
	RegisterWords(EN, "outcome", map[string]string{
		"kept":    "kept",
		"late":    "late",
		"changed": "changed",
		"dropped": "dropped",
		"broken":  "broken",
	})
	RegisterWords(EN, "change status", map[string]string{
		"open":     "open",
		"accepted": "accepted",
		"rejected": "rejected",
		"deferred": "deferred",
	})
	Register(EN, nil, map[string]Forms{
		"%d days":             {One: "%d day", Other: "%d days"},
		"kept late (%d days)": {One: "kept late (%d day)", Other: "kept late (%d days)"},
	})
}
