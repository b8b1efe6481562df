package i18n

// Swedish: bulk work and the order of lists (see docs/terms.md).
func init() {
	Register(SV, map[string]string{
		"mark / unmark":   "markera / avmarkera",
		"Nothing marked.": "Inget markerat.",
		"%s · “%s”":       "%s · ”%s”",
		"(now)":           "(nu)",
		"Only a term with a glossary entry can be marked; enter defines “%s” first.": "Bara ett begrepp med en post i ordlistan kan markeras; enter definierar ”%s” först.",
		"Only what you set here changes; the rest stays as each gap has it.":         "Bara det du anger här ändras; resten förblir som vart och ett av glappen har det.",
		"Sort %s by": "Sortera %s efter",
		"as added":   "i den ordning de lades till",
		"as each is": "oförändrat",
		"s agrees them with the same people, esc unmarks": "s gör dem överenskomna med samma personer, esc avmarkerar",
		"someone changed one of these rows meanwhile (another window or person), so nothing was saved; look again and repeat the change": "någon ändrade en av de här raderna under tiden (ett annat fönster eller en annan person), så inget sparades; titta igen och gör om ändringen",
		"sort by…":            "sortera efter…",
		"u undoes all of it.": "u ångrar alltihop.",
		"↑ is the earliest date, A to Z, the lowest first; ↓ the other way. Ties keep the pane's own order.": "↑ är det tidigaste datumet, A till Ö, det lägsta först; ↓ tvärtom. Lika rader behåller rutans egen ordning.",
	}, map[string]Forms{
		"%d marked: %s act on all of them at once; esc unmarks.": {One: "%d markerad: %s verkar på den; esc avmarkerar.", Other: "%d markerade: %s verkar på alla på en gång; esc avmarkerar."},
		"%d marked":                       {One: "%d markerad", Other: "%d markerade"},
		"%d gaps now owned by %s.":        {One: "%d glapp har nu %s som ansvarig.", Other: "%d glapp har nu %s som ansvarig."},
		"%d promises now promised by %s.": {One: "%d löfte nu lovat av %s.", Other: "%d löften nu lovade av %s."},
		"Agree %d terms":                  {One: "Kom överens om %d begrepp", Other: "Kom överens om %d begrepp"},
		"Agreed %d terms.":                {One: "%d begrepp överenskommet.", Other: "%d begrepp överenskomna."},
		"Change %d gaps":                  {One: "Ändra %d glapp", Other: "Ändra %d glapp"},
		"Changed %d gaps.":                {One: "Ändrade %d glapp.", Other: "Ändrade %d glapp."},
		"Changed %d promises.":            {One: "Ändrade %d löfte.", Other: "Ändrade %d löften."},
		"Verification of %d promises":     {One: "Verifiering av %d löfte", Other: "Verifiering av %d löften"},
		"agree %d terms":                  {One: "komma överens om %d begrepp", Other: "komma överens om %d begrepp"},
		"change %d gaps":                  {One: "ändra %d glapp", Other: "ändra %d glapp"},
		"change %d promises":              {One: "ändra %d löfte", Other: "ändra %d löften"},
		"owner of %d gaps":                {One: "ansvarig för %d glapp", Other: "ansvarig för %d glapp"},
		"who promised %d promises":        {One: "vem som lovade %d löfte", Other: "vem som lovade %d löften"},
	})
}
