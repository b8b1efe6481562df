package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(DE, map[string]string{
		"unknown language %q; handoff speaks %s": "unbekannte Sprache %q; handoff spricht %s",
	}, nil)
}
