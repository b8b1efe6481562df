package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(IT, map[string]string{
		"unknown language %q; handoff speaks %s": "lingua sconosciuta %q; handoff parla %s",
	}, nil)
}
