package i18n

// Forms, dialogs and pickers: English plural forms.
func init() {
	Register(EN, nil, map[string]Forms{
		"%d changes, newest first": Forms{One: "%d change, newest first", Other: "%d changes, newest first"},
		"%d items":                 Forms{One: "%d item", Other: "%d items"},
		"%d of %d items":           Forms{One: "%d of %d items", Other: "%d of %d items"},
		"%d overdue":               Forms{One: "%d overdue", Other: "%d overdue"},
		"Not ready: %d blockers — sign anyway?":                                                         Forms{One: "Not ready: %d blocker — sign anyway?", Other: "Not ready: %d blockers — sign anyway?"},
		"The deal is also not ready: %d blockers. The sign-off will say it was signed while not ready.": Forms{One: "The deal is also not ready: %d blocker. The sign-off will say it was signed while not ready.", Other: "The deal is also not ready: %d blockers. The sign-off will say it was signed while not ready."},
		"The sign-off will say it was signed while not ready (%d blockers).":                            Forms{One: "The sign-off will say it was signed while not ready (%d blocker).", Other: "The sign-off will say it was signed while not ready (%d blockers)."},
		"“%[2]s” is not ready: %[1]d blockers. Move to %[3]s anyway?":                                   Forms{One: "“%[2]s” is not ready: %[1]d blocker. Move to %[3]s anyway?", Other: "“%[2]s” is not ready: %[1]d blockers. Move to %[3]s anyway?"},
	})
}
