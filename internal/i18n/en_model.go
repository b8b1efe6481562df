package i18n

// The model's words: money, numbers and dates, derived gap titles, the
// rules' closing notes and the readiness's blockers.
func init() {
	Register(EN, nil, map[string]Forms{
		"%d blockers":     {One: "%d blocker", Other: "%d blockers"},
		"%d days late":    {One: "%d day late", Other: "%d days late"},
		"%d days overdue": {One: "%d day overdue", Other: "%d days overdue"},
		"%d decimals":     {One: "%d decimal", Other: "%d decimals"},
		"Term %[2]s is used in %[1]d promises but not agreed.": {
			One:   "Term %[2]s is used in %[1]d promise but not agreed.",
			Other: "Term %[2]s is used in %[1]d promises but not agreed."},
	})
	RegisterWords(EN, "weekday", map[string]string{
		"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun",
	})
	// typed day: the ways a reader types a day word into a date field,
	// comma-separated, in lower case (English's own are read by
	// ParseFormDate itself).
	RegisterWords(EN, "typed day", map[string]string{
		"today": "today", "tomorrow": "tomorrow",
		"mon": "monday, mon", "tue": "tuesday, tue", "wed": "wednesday, wed", "thu": "thursday, thu",
		"fri": "friday, fri", "sat": "saturday, sat", "sun": "sunday, sun",
	})
}
