package i18n

// The app's screens: English plural forms.
func init() {
	Register(EN, nil, map[string]Forms{
		"%d deals":                           {One: "%d deal", Other: "%d deals"},
		"(%d archived hidden: v shows them)": {One: "(%d archived hidden: v shows them)", Other: "(%d archived hidden: v shows them)"},
		"%d blockers":                        {One: "%d blocker", Other: "%d blockers"},
		"%d days after due %s":               {One: "%d day after due %s", Other: "%d days after due %s"},
	})
}
