package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
)

// newHarnessWith is newHarnessIn with the keys rebound as the config file
// says.
func newHarnessWith(t *testing.T, keys map[string][]string) *harness {
	t.Helper()
	h := newHarnessIn(t, i18n.EN, 100, 40, true)
	h.a = New(h.ctx, h.s, Options{NoColor: true, NoTicks: true, Now: h.now, Location: h.a.sh.loc, Keys: keys})
	h.a.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	h.run(h.a.Init())
	return h
}

// Rebinding a key changes what the key does and what the help says, and
// nothing else.
func TestRebindKey(t *testing.T) {
	plain := newHarnessWith(t, nil)
	rebound := newHarnessWith(t, map[string][]string{"deals.new": {"N"}})

	before := rebound.screen()
	rebound.press("n")
	if rebound.screen() != before {
		t.Errorf("n still does something after deals.new is N:\n%s", rebound.screen())
	}
	rebound.press("N")
	plain.press("n")
	// The same form; the short help under it names N.
	if strings.Replace(rebound.screen(), "N new", "n new", 1) != plain.screen() || rebound.screen() == before {
		t.Errorf("N does not do what n did:\n%s\nwant\n%s", rebound.screen(), plain.screen())
	}
	rebound.press("esc")
	plain.press("esc")

	rebound.press("?")
	plain.press("?")
	a, b := strings.Split(plain.screen(), "\n"), strings.Split(rebound.screen(), "\n")
	if len(a) != len(b) {
		t.Fatalf("the help has %d lines rebound, %d plain", len(b), len(a))
	}
	changed := 0
	for i := range a {
		if a[i] != b[i] {
			changed++
			if !strings.Contains(b[i], "N") || !strings.Contains(b[i], "new") {
				t.Errorf("help line %d changed: %q → %q", i, a[i], b[i])
			}
		}
	}
	if changed == 0 {
		t.Errorf("the help does not show N:\n%s", rebound.screen())
	}

	// Nothing else: every other binding keeps its keys and help.
	km, def := DefaultKeyMap(i18n.EN), DefaultKeyMap(i18n.EN)
	if err := km.Rebind(map[string][]string{"deals.new": {"N"}}); err != nil {
		t.Fatal(err)
	}
	x, y := km.Bindings(), def.Bindings()
	for i := range x {
		if x[i].Name != "deals.new" && !slices.Equal(x[i].Keys, y[i].Keys) {
			t.Errorf("%s changed: %v → %v", x[i].Name, y[i].Keys, x[i].Keys)
		}
	}
	if km.Deals.New.Help().Key != "N" || km.Deals.New.Help().Desc != def.Deals.New.Help().Desc {
		t.Errorf("deals.new help %+v", km.Deals.New.Help())
	}
}

func TestRebindRefused(t *testing.T) {
	for keys, want := range map[string]map[string][]string{
		"deals.nwe: no such binding":              {"deals.nwe": {"N"}},
		"deals.new: no key given":                 {"deals.new": {}},
		`deals.new: "e" is already deals.edit`:    {"deals.new": {"e"}},
		`global.quit: "x" is already global.help`: {"global.help": {"x"}, "global.quit": {"x"}},
	} {
		km := DefaultKeyMap(i18n.EN)
		err := km.Rebind(want)
		if err == nil || err.Error() != keys {
			t.Errorf("Rebind(%v) = %v, want %q", want, err, keys)
		}
		if !slices.Equal(km.Deals.New.Keys(), []string{"n"}) {
			t.Errorf("a refused rebinding changed deals.new to %v", km.Deals.New.Keys())
		}
	}
	names := map[string]bool{}
	km := DefaultKeyMap(i18n.EN)
	for _, b := range km.Bindings() {
		if names[b.Name] || !strings.Contains(b.Name, ".") || strings.ToLower(b.Name) != b.Name {
			t.Errorf("binding name %q", b.Name)
		}
		names[b.Name] = true
	}
	if len(names) < 50 {
		t.Errorf("only %d bindings named", len(names))
	}
}
