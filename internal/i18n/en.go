package i18n

// English needs only its plural forms: every other key is its own text.
func init() {
	Register(EN, nil, map[string]Forms{})
}
