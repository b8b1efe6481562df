package i18n

// An import's one line of history (see model.ImportRecord): English plural
// forms.
func init() {
	Register(EN, nil, map[string]Forms{
		"%[2]s promises (%[3]s)":                     {One: "%[2]s promise (%[3]s)", Other: "%[2]s promises (%[3]s)"},
		"%[2]s gaps":                                 {One: "%[2]s gap", Other: "%[2]s gaps"},
		"%[2]s delivery answers":                     {One: "%[2]s delivery answer", Other: "%[2]s delivery answers"},
		"imported %[2]s promises (%[3]s) from %[4]s": {One: "imported %[2]s promise (%[3]s) from %[4]s", Other: "imported %[2]s promises (%[3]s) from %[4]s"},
		"imported %[2]s promises (%[3]s)":            {One: "imported %[2]s promise (%[3]s)", Other: "imported %[2]s promises (%[3]s)"},
		"the rules found %[2]s gaps":                 {One: "the rules found %[2]s gap", Other: "the rules found %[2]s gaps"},
	})
}
