package ui

import "testing"

func TestFoldTakesAccentsOff(t *testing.T) {
	for in, want := range map[string]string{
		"Bałtyk":          "baltyk",
		"Wiśniewski":      "wisniewski",
		"Straße":          "strasse",
		"Łódź":            "lodz",
		"Ørsted Æble":     "orsted aeble",
		"Đorđević":        "dordevic",
		"Müller Göteborg": "muller goteborg",
		"Perché":          "perche",
		"陈静":              "陈静",
		"SAP":             "sap",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFiltersFoldDiacritics(t *testing.T) {
	for _, c := range []struct{ pattern, text string }{
		{"baltyk", "Bałtyk Logistics"},
		{"wisniewski", "Anna Wiśniewska-Wiśniewski"},
		{"strasse", "Hauptstraße 5"},
		{"Bałtyk", "Baltyk Shipping"},
		{"WIŚ", "wisla"},
		{"muller", "Jörg Müller"},
	} {
		if !fuzzy(c.pattern, c.text) {
			t.Errorf("%q does not find %q", c.pattern, c.text)
		}
	}
	if fuzzy("baltyx", "Bałtyk") {
		t.Error("baltyx finds Bałtyk")
	}
}

func TestSubstringBeatsScatteredLetters(t *testing.T) {
	// "ana" is inside "Ana Nowak" and only scattered through "Aleksandra
	// Nowak"; "wis" starts a word of one and hides inside a word of the
	// other.
	if s, f := fuzzyScore("ana", "Jana Kowalska"), fuzzyScore("ana", "Aleksandra Nowak"); s <= f {
		t.Errorf("substring scores %d, scattered letters %d", s, f)
	}
	if s, f := fuzzyScore("wis", "Piotr Wiśniewski"), fuzzyScore("wis", "Kowiśka"); s <= f {
		t.Errorf("word start scores %d, inside a word %d", s, f)
	}
}

func TestChooserPutsSubstringsFirstAndFoldsAccents(t *testing.T) {
	h := newHarness(t, 80, 24, false)
	c := newChoiceFilter(h.a.sh, "", "")
	rows := []choiceItem{{id: 0, label: "Sales notes on Bałtyk"}, {id: 1, label: "Baltic pilot"}, {id: 2, label: "Bałtyk rollout"}}
	c.items = func() []choiceItem { return rows }
	c.input.SetValue("baltyk")
	c.refilter()
	if len(c.matches) != 2 || c.matches[0].id != 0 || c.matches[1].id != 2 {
		t.Fatalf("baltyk matches %v, want both Bałtyk rows in their order", c.matches)
	}
	c.input.SetValue("blt")
	c.refilter()
	if len(c.matches) != 3 {
		t.Fatalf("blt matches %v", c.matches)
	}
	c.input.SetValue("pilot")
	c.refilter()
	if len(c.matches) != 1 || c.matches[0].id != 1 {
		t.Fatalf("pilot matches %v", c.matches)
	}
	// A row holding the typed word comes before one with its letters scattered.
	rows = []choiceItem{{id: 0, label: "Real-time sync"}, {id: 1, label: "Timesheet"}}
	c.input.SetValue("time")
	c.refilter()
	if len(c.matches) != 2 || c.matches[0].id != 0 {
		t.Fatalf("time matches %v", c.matches)
	}
	c.input.SetValue("tms")
	c.refilter()
	rows = []choiceItem{{id: 0, label: "Tomasz Szewczyk"}, {id: 1, label: "Atms office"}}
	c.refilter()
	if len(c.matches) != 2 || c.matches[0].id != 1 {
		t.Fatalf("tms matches %v, want the row holding it first", c.matches)
	}
}
