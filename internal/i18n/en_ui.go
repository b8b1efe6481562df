package i18n

// The app's screens: English plural forms.
func init() {
	Register(EN, nil, map[string]Forms{
		"%d deals":                           {One: "%d deal", Other: "%d deals"},
		"(%d archived hidden: v shows them)": {One: "(%d archived hidden: v shows them)", Other: "(%d archived hidden: v shows them)"},
		"%d blockers":                        {One: "%d blocker", Other: "%d blockers"},
		"%d days after due %s":               {One: "%d day after due %s", Other: "%d days after due %s"},
		"%d gaps on the agenda; the meeting took %s.": {One: "%d gap on the agenda; the meeting took %s.", Other: "%d gaps on the agenda; the meeting took %s."},
		"%d promises": {One: "%d promise", Other: "%d promises"},
		"Added %d sample deals. Open one with enter.": {One: "Added %d sample deal. Open it with enter.", Other: "Added %d sample deals. Open one with enter."},
		"Decisions recorded: %[2]s, on %[1]d gaps.":   {One: "Decisions recorded: %[2]s, on %[1]d gap.", Other: "Decisions recorded: %[2]s, on %[1]d gaps."},
	})
}
