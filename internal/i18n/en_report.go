package i18n

// The report and its export: English plural forms.
func init() {
	Register(EN, nil, map[string]Forms{
		"made %d promises":     {One: "made %d promise", Other: "made %d promises"},
		"answered %d promises": {One: "answered %d promise", Other: "answered %d promises"},
		"owns %d gaps":         {One: "owns %d gap", Other: "owns %d gaps"},
		"agreed %d terms":      {One: "agreed %d term", Other: "agreed %d terms"},
		"made %d decisions":    {One: "made %d decision", Other: "made %d decisions"},
		"%d open":              {One: "%d open", Other: "%d open"},
		"%d closed":            {One: "%d closed", Other: "%d closed"},
		"%d days later":        {One: "%d day later", Other: "%d days later"},
		"%d internal decisions are hidden while presenting.": {
			One: "%d internal decision is hidden while presenting.", Other: "%d internal decisions are hidden while presenting."},
		"signed while not ready (%d blockers)": {
			One: "signed while not ready (%d blocker)", Other: "signed while not ready (%d blockers)"},
	})
}
