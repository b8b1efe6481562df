package i18n

// Swedish: an import's one line of history (see model.ImportRecord).
func init() {
	Register(SV, map[string]string{
		"restored the deal %s":               "återställde affären %s",
		"restored the deal %[1]s from %[2]s": "återställde affären %[1]s från %[2]s",
		"%[1]s: %[2]s, %[3]s":                "%[1]s: %[2]s, %[3]s",
		"%[1]s: %[2]s, %[3]s, %[4]s":         "%[1]s: %[2]s, %[3]s, %[4]s",
		"the rules found no gaps":            "reglerna hittade inga glapp",
		"%[1]s–%[2]s":                        "%[1]s–%[2]s",
	}, map[string]Forms{
		"%[2]s promises (%[3]s)":                     {One: "%[2]s löfte (%[3]s)", Other: "%[2]s löften (%[3]s)"},
		"%[2]s gaps":                                 {One: "%[2]s glapp", Other: "%[2]s glapp"},
		"%[2]s delivery answers":                     {One: "%[2]s bedömning från leveransen", Other: "%[2]s bedömningar från leveransen"},
		"imported %[2]s promises (%[3]s) from %[4]s": {One: "importerade %[2]s löfte (%[3]s) från %[4]s", Other: "importerade %[2]s löften (%[3]s) från %[4]s"},
		"imported %[2]s promises (%[3]s)":            {One: "importerade %[2]s löfte (%[3]s)", Other: "importerade %[2]s löften (%[3]s)"},
		"the rules found %[2]s gaps":                 {One: "reglerna hittade %[2]s glapp", Other: "reglerna hittade %[2]s glapp"},
	})
}
