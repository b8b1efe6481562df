package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(PL, map[string]string{
		"unknown language %q; handoff speaks %s": "nieznany język %q; handoff obsługuje: %s",
	}, nil)
}
