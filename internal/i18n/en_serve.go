package i18n

// handoff serve, SSH keys and backups: English plural forms.
func init() {
	Register(EN, nil, map[string]Forms{
		"%d keys: %s …": {One: "%d key: %s", Other: "%d keys: %s …"},
	})
}
