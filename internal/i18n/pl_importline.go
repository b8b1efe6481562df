package i18n

// Polish: an import's one line of history (see model.ImportRecord), in the
// impersonal form the rest of the history uses.
func init() {
	Register(PL, map[string]string{
		"restored the deal %s":               "przywrócono szansę %s",
		"restored the deal %[1]s from %[2]s": "przywrócono szansę %[1]s z pliku %[2]s",
		"%[1]s: %[2]s, %[3]s":                "%[1]s: %[2]s, %[3]s",
		"%[1]s: %[2]s, %[3]s, %[4]s":         "%[1]s: %[2]s, %[3]s, %[4]s",
		"the rules found no gaps":            "reguły nie wykryły żadnych luk",
		"%[1]s–%[2]s":                        "%[1]s–%[2]s",
	}, map[string]Forms{
		"%[2]s promises (%[3]s)": {One: "%[2]s obietnica (%[3]s)", Few: "%[2]s obietnice (%[3]s)", Many: "%[2]s obietnic (%[3]s)", Other: "%[2]s obietnicy (%[3]s)"},
		"%[2]s gaps":             {One: "%[2]s luka", Few: "%[2]s luki", Many: "%[2]s luk", Other: "%[2]s luki"},
		"%[2]s delivery answers": {One: "%[2]s ocena wdrożenia", Few: "%[2]s oceny wdrożenia", Many: "%[2]s ocen wdrożenia", Other: "%[2]s oceny wdrożenia"},
		"imported %[2]s promises (%[3]s) from %[4]s": {One: "zaimportowano %[2]s obietnicę (%[3]s) z pliku %[4]s", Few: "zaimportowano %[2]s obietnice (%[3]s) z pliku %[4]s",
			Many: "zaimportowano %[2]s obietnic (%[3]s) z pliku %[4]s", Other: "zaimportowano %[2]s obietnicy (%[3]s) z pliku %[4]s"},
		"imported %[2]s promises (%[3]s)": {One: "zaimportowano %[2]s obietnicę (%[3]s)", Few: "zaimportowano %[2]s obietnice (%[3]s)",
			Many: "zaimportowano %[2]s obietnic (%[3]s)", Other: "zaimportowano %[2]s obietnicy (%[3]s)"},
		"the rules found %[2]s gaps": {One: "reguły wykryły %[2]s lukę", Few: "reguły wykryły %[2]s luki", Many: "reguły wykryły %[2]s luk", Other: "reguły wykryły %[2]s luki"},
	})
}
