package i18n

// Bulk work and the order of lists: English plural forms.
func init() {
	Register(EN, nil, map[string]Forms{
		"%d marked: %s act on all of them at once; esc unmarks.": {One: "%d marked: %s act on it; esc unmarks.", Other: "%d marked: %s act on all of them at once; esc unmarks."},
		"%d marked":                       {One: "%d marked", Other: "%d marked"},
		"%d gaps now owned by %s.":        {One: "%d gap now owned by %s.", Other: "%d gaps now owned by %s."},
		"%d promises now promised by %s.": {One: "%d promise now promised by %s.", Other: "%d promises now promised by %s."},
		"Agree %d terms":                  {One: "Agree %d term", Other: "Agree %d terms"},
		"Agreed %d terms.":                {One: "Agreed %d term.", Other: "Agreed %d terms."},
		"Change %d gaps":                  {One: "Change %d gap", Other: "Change %d gaps"},
		"Changed %d gaps.":                {One: "Changed %d gap.", Other: "Changed %d gaps."},
		"Changed %d promises.":            {One: "Changed %d promise.", Other: "Changed %d promises."},
		"Verification of %d promises":     {One: "Verification of %d promise", Other: "Verification of %d promises"},
		"agree %d terms":                  {One: "agree %d term", Other: "agree %d terms"},
		"change %d gaps":                  {One: "change %d gap", Other: "change %d gaps"},
		"change %d promises":              {One: "change %d promise", Other: "change %d promises"},
		"owner of %d gaps":                {One: "owner of %d gap", Other: "owner of %d gaps"},
		"who promised %d promises":        {One: "who promised %d promise", Other: "who promised %d promises"},
	})
}
