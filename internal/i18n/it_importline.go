package i18n

// Italian: an import's one line of history (see model.ImportRecord).
func init() {
	Register(IT, map[string]string{
		"restored the deal %s":               "ha ripristinato la trattativa %s",
		"restored the deal %[1]s from %[2]s": "ha ripristinato la trattativa %[1]s da %[2]s",
		"%[1]s: %[2]s, %[3]s":                "%[1]s: %[2]s, %[3]s",
		"%[1]s: %[2]s, %[3]s, %[4]s":         "%[1]s: %[2]s, %[3]s, %[4]s",
		"the rules found no gaps":            "le regole non hanno trovato scostamenti",
		"%[1]s–%[2]s":                        "%[1]s–%[2]s",
	}, map[string]Forms{
		"%[2]s promises (%[3]s)":                     {One: "%[2]s promessa (%[3]s)", Other: "%[2]s promesse (%[3]s)"},
		"%[2]s gaps":                                 {One: "%[2]s scostamento", Other: "%[2]s scostamenti"},
		"%[2]s delivery answers":                     {One: "%[2]s valutazione della produzione", Other: "%[2]s valutazioni della produzione"},
		"imported %[2]s promises (%[3]s) from %[4]s": {One: "ha importato %[2]s promessa (%[3]s) da %[4]s", Other: "ha importato %[2]s promesse (%[3]s) da %[4]s"},
		"imported %[2]s promises (%[3]s)":            {One: "ha importato %[2]s promessa (%[3]s)", Other: "ha importato %[2]s promesse (%[3]s)"},
		"the rules found %[2]s gaps":                 {One: "le regole hanno trovato %[2]s scostamento", Other: "le regole hanno trovato %[2]s scostamenti"},
	})
}
