package ui

import (
	"os"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

// The keys section of the README is made from the same bindings the app
// acts on, so the documentation cannot drift from the behaviour. With
// -update the test writes it; otherwise it checks it.
func TestREADMEKeys(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	a := h.a
	k := a.sh.keys
	var b strings.Builder
	table := func(title string, sections []helpSection) {
		b.WriteString("**" + title + "**\n\n| | key | does |\n|---|---|---|\n")
		for _, s := range sections {
			if s.title == "Everywhere" {
				continue
			}
			for i, kb := range s.keys {
				group := ""
				if i == 0 {
					group = s.title
				}
				b.WriteString("| " + group + " | " + keyCell(kb) + " | " + kb.Help().Desc + " |\n")
			}
		}
		b.WriteString("\n")
	}
	table("Everywhere", []helpSection{{"", globalKeys(k)}})
	table("Deal list", a.deals().HelpSections())
	h.openAgenda("Lukas")
	table("Agenda (a)", a.agenda().HelpSections())
	h.press("esc")
	h.openDeal("SAP")
	table("Deal screen", a.deal().HelpSections())
	table("Glossary (T)", a.glossary().HelpSections())
	table("History (H)", a.history().HelpSections())
	table("Meeting mode (m)", a.meeting().HelpSections())
	table("Report preview (x)", a.report().HelpSections())
	table("Forms", k.Form.helpSections())
	table("Choosing from a list, and a person field's suggestions", k.Picker.helpSections())
	table("Dialogs", k.Dialog.helpSections())
	table("While typing", k.Typing.helpSections())
	got := strings.TrimSpace(b.String())

	const begin, end = "<!-- keys -->", "<!-- /keys -->"
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	i, j := strings.Index(text, begin), strings.Index(text, end)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %s … %s markers", begin, end)
	}
	current := strings.TrimSpace(text[i+len(begin) : j])
	if current == got {
		return
	}
	if *update {
		text = text[:i+len(begin)] + "\n" + got + "\n" + text[j:]
		if err := os.WriteFile("../README.md", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the README's keys differ from the bindings; go test ./ui -run README -update rewrites them:\n%s", got)
}

// keyCell is a binding's keys for a markdown table: `a` / `b`.
func keyCell(kb key.Binding) string {
	keys := kb.Keys()
	cells := make([]string, len(keys))
	for i, k := range keys {
		cells[i] = "`" + strings.ReplaceAll(k, "|", `\|`) + "`"
	}
	return strings.Join(cells, " ")
}
