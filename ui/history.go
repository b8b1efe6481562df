package ui

import (
	"context"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/internal/prose"
	"handoff/model"
)

// historyScreen tells what happened to a deal, newest first: when, who,
// and what they did in a sentence. The gap changes a write caused are
// folded under it, counted on its line; enter shows them beneath it.
type historyScreen struct {
	screenBase
	dealID int64
	name   string
	// d is the deal as its screen last read it whole, for the numbers of
	// its promises and gaps; nil until then (the history reads it itself).
	d        *model.Dossier
	entries  []toldEntry
	events   int // how many events the entries tell
	rows     []historyRow
	expanded map[int]bool
	cur      cursor
	filter   filterBox
	err      error
	loaded   bool
	width    int
	height   int
}

// toldEntry is one entry of the history as the reader reads it, worked
// out in the command that loaded it.
type toldEntry struct {
	// who is the actor as the column shows them (a server session's key
	// left for the detail); actor in full.
	at, who, actor string
	// line is the entry's change on one line, more how many gap changes
	// it caused ("" for none); clauses what its event did, one by one;
	// caused the gap changes it caused, a line each.
	line, more string
	clauses    []string
	caused     []string
	hay        string
}

// historyRow is a row on the screen: an entry, or one change it caused
// (caused >= 0) when the entry is expanded.
type historyRow struct{ entry, caused int }

// historyToldMsg carries a deal's history, told.
type historyToldMsg struct {
	dealID  int64
	entries []toldEntry
	events  int
	err     error
}

func newHistoryScreen(sh *shared, d model.Deal) *historyScreen {
	return &historyScreen{screenBase: newScreenBase(sh), filter: newFilterBox(sh.lang), dealID: d.ID, name: d.Name,
		expanded: map[int]bool{}}
}

// show tells the history of the deal as d has it (nil: the history reads
// the deal itself), as the screen opens.
func (h *historyScreen) show(d *model.Dossier) tea.Cmd {
	h.d = d
	return h.tell()
}

// Crumb is the deal's crumb and the history.
func (h *historyScreen) Crumb(below string) string { return below + " › " + h.sh.lang.T("History") }

// Name is "history".
func (h *historyScreen) Name() string { return "history" }

// Typing reports whether the filter line takes the keys.
func (h *historyScreen) Typing() bool { return h.filter.active }

// Reload reads the history again after a change. Once the screen has the
// deal from its screen below, the root's reading of that deal brings
// the change (dossierLoadedMsg), and the history is told again then, with
// the deal as it is now: the deal is not read a second time.
func (h *historyScreen) Reload() tea.Cmd {
	if h.d != nil {
		return nil
	}
	return h.tell()
}

// tell reads the history and tells it.
func (h *historyScreen) tell() tea.Cmd { return ownedCmd(h.oid, tellHistoryCmd(h.sh, h.dealID, h.d)) }

// tellHistoryCmd reads a deal's history and tells it in the app's
// language, with d for the numbers of its promises and gaps (nil: the
// deal is read too).
func tellHistoryCmd(sh *shared, dealID int64, d *model.Dossier) tea.Cmd {
	ctx, s, l, loc, presenting := sh.ctx, sh.store, sh.lang, sh.loc, sh.presenting
	people := sh.people
	return func() tea.Msg {
		entries, n, err := tellHistory(ctx, s, dealID, d, l, loc, presenting, people)
		return historyToldMsg{dealID, entries, n, err}
	}
}

func tellHistory(ctx context.Context, s *db.Store, dealID int64, d *model.Dossier, l i18n.Lang, loc *time.Location, presenting bool,
	people []model.Person) ([]toldEntry, int, error) {
	ev, err := s.History(ctx, dealID, historyLimit)
	if err != nil {
		return nil, 0, err
	}
	if d == nil {
		if d, err = s.Dossier(ctx, dealID); err != nil && err != model.ErrNotFound {
			return nil, 0, err
		}
	}
	name := func(id int64) string { return line(model.PersonName(people, id)) }
	n := model.NewNarrator(l, d, name)
	n.Presenting = presenting
	folded := model.FoldHistory(ev)
	out := make([]toldEntry, len(folded))
	for i, f := range folded {
		who, _, _ := strings.Cut(f.Event.Actor, " (SHA256:")
		t := toldEntry{at: whenIn(l, loc, f.Event.At), who: line(who), actor: line(f.Event.Actor), line: line(prose.Capitalise(n.Line(model.HistoryEntry{Event: f.Event})))}
		if len(f.Caused) > 0 {
			t.more = l.N("(+%d gap changes)", len(f.Caused))
		}
		for _, c := range n.Tell(f.Event) {
			t.clauses = append(t.clauses, line(prose.Capitalise(c)))
		}
		for _, c := range f.Caused {
			for _, s := range n.Tell(c) {
				t.caused = append(t.caused, line(prose.Capitalise(s)))
			}
		}
		t.hay = t.who + " " + t.line + " " + strings.Join(t.caused, " ")
		out[i] = t
	}
	return out, len(ev), nil
}

// whenIn is a moment as the reader writes it, in the app's time zone:
// "01.03.2027 10:00" in German.
func whenIn(l i18n.Lang, loc *time.Location, t time.Time) string {
	t = t.In(loc)
	return model.DateOf(t).StringIn(l) + " " + t.Format("15:04")
}

func (h *historyScreen) setData(msg historyToldMsg) {
	h.err, h.loaded = msg.err, true
	h.entries, h.events = msg.entries, msg.events
	h.refilter()
}

// refilter lists the rows that match the filter: an entry matches by its
// line or by what it caused; an expanded entry shows what it caused.
func (h *historyScreen) refilter() {
	pat := h.filter.pattern()
	h.rows = h.rows[:0]
	for i, e := range h.entries {
		if pat != "" && !fuzzy(pat, e.hay) {
			continue
		}
		h.rows = append(h.rows, historyRow{i, -1})
		if h.expanded[i] {
			for j := range e.caused {
				h.rows = append(h.rows, historyRow{i, j})
			}
		}
	}
	h.cur.setLen(len(h.rows))
}

// toggle shows or hides what the entry under the cursor caused.
func (h *historyScreen) toggle() {
	if h.cur.pos >= len(h.rows) {
		return
	}
	r := h.rows[h.cur.pos]
	if len(h.entries[r.entry].caused) == 0 {
		return
	}
	h.expanded[r.entry] = !h.expanded[r.entry]
	h.refilter()
	for i, row := range h.rows { // stay on the entry
		if row == (historyRow{r.entry, -1}) {
			h.cur.to(i)
		}
	}
}

func (h *historyScreen) SetSize(w, height int) {
	h.width, h.height = w, height
	h.cur.setHeight(max(height*3/5-1, 3))
}

func (h *historyScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case historyToldMsg:
		h.setData(msg)
		return h, nil
	case dossierLoadedMsg:
		if msg.dealID != h.dealID || msg.err != nil || msg.part != nil || h.d == nil {
			return h, nil
		}
		h.d = msg.d
		return h, h.tell()
	case presentingMsg:
		return h, h.tell()
	case tea.KeyPressMsg:
		if !h.filter.active {
			switch {
			case key.Matches(msg, h.sh.keys.Global.Back):
				h.sh.pop()
				return h, refreshDealCmd(h.dealID)
			case key.Matches(msg, h.sh.keys.List.Open):
				h.toggle()
				return h, nil
			}
		}
	}
	cmd, changed := updateFilter(&h.filter, msg, &h.cur, h.sh.keys)
	if changed {
		h.refilter()
	}
	return h, cmd
}

func (h historyScreen) View() string {
	sty := h.sh.styles
	l := h.sh.lang
	if !h.loaded {
		return sty.Muted.Render(l.T("Loading the history…"))
	}
	if h.err != nil {
		return sty.StatusErr.Render(h.sh.sentence(h.err))
	}
	w := h.width
	out := []string{fit(sty.Bold.Render(l.T("History of “%s”", line(h.name)))+sty.Muted.Render(" — "+l.N("%d changes, newest first", h.events)), w)}
	when, who, what := l.T("When"), l.T("Who"), l.T("What")
	whenW := max(textWidth(whenIn(l, time.UTC, time.Date(2026, 12, 31, 23, 59, 0, 0, time.UTC))), textWidth(when))
	whoW := max(min(14, w/8), textWidth(who))
	whatW := max(w-gutter-whenW-whoW-2, 10)
	out = append(out, listRow(sty, sty.Header.Render(fit(fit(when, whenW)+" "+fit(who, whoW)+" "+fit(what, whatW), w-gutter)), w, false))
	start, end := h.cur.visible()
	for i := start; i < end; i++ {
		r := h.rows[i]
		e := h.entries[r.entry]
		var row string
		if r.caused < 0 {
			row = fit(e.at, whenW) + " " + fit(e.who, whoW) + " " + withCount(e.line, e.more, whatW)
		} else {
			row = strings.Repeat(" ", whenW+whoW+2) + fit("  └ "+e.caused[r.caused], whatW)
		}
		out = append(out, listRow(sty, row, w, i == h.cur.pos))
	}
	out = pad(out, h.cur.height+2)
	if h.filter.active || h.filter.pattern() != "" {
		h.filter.input.SetWidth(w - 4)
		out = append(out, h.filter.input.View())
	}
	if len(h.rows) > 0 && h.cur.pos < len(h.rows) {
		out = append(out, sty.Muted.Render(strings.Repeat("─", w)))
		out = append(out, h.detail(h.rows[h.cur.pos], w)...)
	}
	return strings.Join(pad(out, h.height), "\n")
}

// detail is the selected row in full, wrapped: every clause of its change
// and what it caused (or, on a row of what it caused, that change).
func (h historyScreen) detail(r historyRow, w int) []string {
	sty, l := h.sh.styles, h.sh.lang
	e := h.entries[r.entry]
	if r.caused >= 0 {
		return wrap(e.caused[r.caused], w)
	}
	var out []string
	for _, c := range e.clauses {
		out = append(out, wrap(e.actor+" · "+c, w)...)
	}
	if len(e.caused) > 0 && !h.expanded[r.entry] {
		out = append(out, wrap(sty.Muted.Render(e.more+" "+l.T("Enter shows what the change caused.")), w)...)
	}
	return out
}

// withCount is a line cut to width cells with its count of what it
// caused kept whole at its end.
func withCount(s, count string, width int) string {
	if count == "" || textWidth(count)+12 > width {
		return fit(s, width)
	}
	return fit(fit(s, min(textWidth(s), width-textWidth(count)-1))+" "+count, width)
}

func (h historyScreen) ShortHelp() []key.Binding {
	k := h.sh.keys
	return []key.Binding{k.List.Up, k.List.Down, withHelp(k.List.Open, h.sh.lang.T("what it caused")), k.List.Filter, k.Global.Back, k.Global.Help}
}

func (h historyScreen) FullHelp() [][]key.Binding { return sectionsOf(h.HelpSections()) }

// HelpSections is the full help of the history.
func (h historyScreen) HelpSections() []helpSection {
	k := h.sh.keys
	return []helpSection{
		{h.sh.lang.T("Move"), moveKeys(k)},
		{h.sh.lang.T("View"), []key.Binding{withHelp(k.List.Open, h.sh.lang.T("what it caused")), k.List.Filter}},
		{h.sh.lang.T("Everywhere"), globalKeys(k)},
	}
}
