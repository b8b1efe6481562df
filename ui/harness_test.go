package ui

import (
	"context"
	"flag"
	"handoff/internal/i18n"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"handoff/db"
	"handoff/model"
)

// update rewrites the golden files: go test ./ui -update. Read every
// changed golden before committing it: they are what users see.
var update = flag.Bool("update", false, "rewrite the golden files")

// testNow is the fixed moment every test runs at.
var testNow = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// harness is the app over a store on a fresh file, driven key by key the
// way the Bubble Tea loop would, but synchronously: every command a
// message leads to runs before the next key.
type harness struct {
	t     *testing.T
	ctx   context.Context
	a     *App
	s     *db.Store
	path  string
	clock time.Time
	// loaded counts the loaded-data messages delivered, by kind: each is
	// one read of the store.
	loaded map[string]int
}

// newHarness opens an app of w×h on an empty database; withSamples adds the
// sample deals first.
func newHarness(t *testing.T, w, h int, withSamples bool) *harness {
	t.Helper()
	return newHarnessIn(t, i18n.EN, w, h, withSamples)
}

// newHarnessIn is newHarness with the app speaking the language l.
func newHarnessIn(t *testing.T, l i18n.Lang, w, h int, withSamples bool) *harness {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ui.db")
	hs := &harness{t: t, ctx: ctx, path: path, clock: testNow}
	s, err := db.Open(ctx, path, db.WithNow(hs.now), db.WithActor("tester"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if withSamples {
		if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
			t.Fatal(err)
		}
	}
	hs.s = s
	hs.a = New(ctx, s, Options{NoColor: true, NoTicks: true, Now: hs.now, Location: time.UTC, Lang: l})
	hs.a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	hs.run(hs.a.Init())
	return hs
}

func (h *harness) now() time.Time { return h.clock }

// later moves the clock on.
func (h *harness) later(d time.Duration) { h.clock = h.clock.Add(d) }

// run runs a command and everything its messages lead to.
func (h *harness) run(cmd tea.Cmd) {
	h.t.Helper()
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 10000 {
			h.t.Fatal("commands never settle")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case nil, tea.QuitMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			h.count(msg)
			_, next := h.a.Update(msg)
			queue = append(queue, next)
		}
	}
}

// count notes a loaded-data message, tagged with its owner or not.
func (h *harness) count(msg tea.Msg) {
	if owned, ok := msg.(ownedMsg); ok {
		msg = owned.msg
	}
	if h.loaded == nil {
		h.loaded = map[string]int{}
	}
	switch msg.(type) {
	case dealsLoadedMsg:
		h.loaded["deals"]++
	case dossierLoadedMsg:
		h.loaded["dossier"]++
	case peopleLoadedMsg:
		h.loaded["people"]++
	case historyLoadedMsg, historyToldMsg:
		h.loaded["history"]++
	}
}

// send delivers one message and runs what follows from it.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	_, cmd := h.a.Update(msg)
	h.run(cmd)
}

// press sends keys by name: "j", "enter", "ctrl+s", "shift+tab", "G"…
func (h *harness) press(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyMsg(k))
	}
}

// typeText sends each character of s as a key press.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// quits reports whether a key would end the program.
func (h *harness) quits(k string) bool {
	_, cmd := h.a.Update(keyMsg(k))
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

var namedKeys = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
	"space": tea.KeySpace, "up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
	"home": tea.KeyHome, "end": tea.KeyEnd, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
}

// keyMsg makes the key press that String()s as name.
func keyMsg(name string) tea.KeyPressMsg {
	if strings.HasPrefix(name, "ctrl+") {
		r, _ := utf8.DecodeRuneInString(name[len("ctrl+"):])
		return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl}
	}
	if strings.HasPrefix(name, "shift+") {
		return tea.KeyPressMsg{Code: namedKeys[name[len("shift+"):]], Mod: tea.ModShift}
	}
	if code, ok := namedKeys[name]; ok {
		if code == tea.KeySpace {
			return tea.KeyPressMsg{Code: code, Text: " "}
		}
		return tea.KeyPressMsg{Code: code}
	}
	r, _ := utf8.DecodeRuneInString(name)
	return tea.KeyPressMsg{Code: r, Text: name}
}

// screen is what the terminal shows, without colours and attributes; the
// no-break spaces that keep amounts of money whole show as spaces.
func (h *harness) screen() string {
	return strings.ReplaceAll(ansi.Strip(h.a.View().Content), "\u00a0", " ")
}

// raw is the view with its escape sequences.
func (h *harness) raw() string { return h.a.View().Content }

// sees fails the test unless the screen shows every one of texts.
func (h *harness) sees(texts ...string) {
	h.t.Helper()
	scr := h.screen()
	for _, s := range texts {
		if !strings.Contains(scr, s) {
			h.t.Fatalf("the screen does not show %q:\n%s", s, scr)
		}
	}
}

// seesNot fails the test if the screen shows any of texts.
func (h *harness) seesNot(texts ...string) {
	h.t.Helper()
	scr := h.screen()
	for _, s := range texts {
		if strings.Contains(scr, s) {
			h.t.Fatalf("the screen shows %q but should not:\n%s", s, scr)
		}
	}
}

// golden compares the screen with testdata/golden/name.txt.
func (h *harness) golden(name string) {
	h.t.Helper()
	got := h.screen()
	h.checkFrame(got)
	path := filepath.Join("testdata", "golden", name+".txt")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			h.t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			h.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		h.t.Fatalf("%v (run go test ./ui -update to create it, then read it)", err)
	}
	if got != string(want) {
		h.t.Errorf("screen %s differs from %s (go test ./ui -run %s -update rewrites it; read the diff):\n--- got\n%s\n--- want\n%s",
			name, path, h.t.Name(), got, want)
	}
}

// checkFrame checks the screen fills the window exactly: as many lines as
// the window is high, none wider than it.
func (h *harness) checkFrame(scr string) {
	h.t.Helper()
	lines := strings.Split(scr, "\n")
	if len(lines) != h.a.height {
		h.t.Errorf("the screen has %d lines, the window %d", len(lines), h.a.height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > h.a.width {
			h.t.Errorf("line %d is %d cells wide, the window %d: %q", i+1, w, h.a.width, l)
		}
	}
}

// openDeal opens the deal whose name contains part, from the deal list.
func (h *harness) openDeal(part string) {
	h.t.Helper()
	for i, r := range h.a.deals().rows {
		if strings.Contains(h.a.deals().all[r].Deal.Name, part) {
			h.a.deals().cur.to(i)
			h.press("enter")
			if h.a.deal().d == nil {
				h.t.Fatalf("deal %q did not load", part)
			}
			return
		}
	}
	h.t.Fatalf("no deal %q in the list", part)
}

// dossier reads a deal fresh from the store.
func (h *harness) dossier(id int64) *model.Dossier {
	h.t.Helper()
	d, err := h.s.Dossier(h.ctx, id)
	if err != nil {
		h.t.Fatal(err)
	}
	return d
}

// tea_WindowSize is a resize to w×h.
func tea_WindowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// row is the first screen line that contains text, or "".
func (h *harness) row(text string) string {
	for _, l := range strings.Split(h.screen(), "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}

// topForm is the form on top of the dialogs, if the top is a form.
func (a *App) topForm() *form {
	if len(a.modals) == 0 {
		return nil
	}
	f, _ := a.modals[len(a.modals)-1].(*form)
	return f
}

// topmost is the topmost screen of type T on the stack, or else empty.
func topmost[T screen](a *App, empty func() T) T {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if s, ok := a.stack[i].(T); ok {
			return s
		}
	}
	return empty()
}

// The screens on the stack, for tests to look into; a screen not on it is
// a fresh one with no data.
func (a *App) deals() *dealsScreen { return a.stack[0].(*dealsScreen) }
func (a *App) deal() *dealScreen {
	return topmost(a, func() *dealScreen { return newDealScreen(a.sh, 0) })
}
func (a *App) meeting() *meetingScreen {
	return topmost(a, func() *meetingScreen { return &meetingScreen{screenBase: newScreenBase(a.sh)} })
}
func (a *App) glossary() *glossaryScreen {
	return topmost(a, func() *glossaryScreen { return &glossaryScreen{screenBase: newScreenBase(a.sh)} })
}
func (a *App) history() *historyScreen {
	return topmost(a, func() *historyScreen { return newHistoryScreen(a.sh, model.Deal{}) })
}
func (a *App) report() *reportScreen {
	return topmost(a, func() *reportScreen { return &reportScreen{screenBase: newScreenBase(a.sh), view: viewport.New()} })
}
func (a *App) people() *peopleScreen {
	return topmost(a, func() *peopleScreen { return newPeopleScreen(a.sh) })
}
func (a *App) decisions() *decisionsScreen {
	return topmost(a, func() *decisionsScreen {
		return &decisionsScreen{screenBase: newScreenBase(a.sh), list: itemList[model.Decision]{sh: a.sh}}
	})
}

// openDeal shows deal id over the deal list, as enter on its row does.
func (a *App) openDeal(id int64) tea.Cmd {
	a.stack = append(a.stack[:1], newDealScreen(a.sh, id))
	return loadDossierCmd(a.sh, id)
}

// firstUnownedGap focuses the gaps pane of the open deal and moves down to
// the first gap nobody owns.
func (h *harness) firstUnownedGap() model.Gap {
	h.t.Helper()
	h.press("4")
	for {
		g, _ := h.a.deal().gaps.selected()
		if g.Owner == 0 {
			return g
		}
		h.press("j")
	}
}
