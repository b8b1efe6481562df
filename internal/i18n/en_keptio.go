package i18n

// How a deal stands against the state every role signed: the deal
// pane's line, the check, and the report's changes since sign-off.
func init() {
	Register(EN, nil, map[string]Forms{
		"%d changed":              {One: "%d changed", Other: "%d changed"},
		"%d change requests open": {One: "%d change request open", Other: "%d change requests open"},
	})
}
