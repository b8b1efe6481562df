package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(SV, map[string]string{
		"unknown language %q; handoff speaks %s": "okänt språk %q; handoff talar %s",
	}, nil)
}
