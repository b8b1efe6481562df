package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/internal/prose"
	"handoff/model"
)

// historyScreen lists what happened to a deal, newest first: who changed
// what, when, from what to what.
type historyScreen struct {
	screenBase
	dealID int64
	name   string
	events []model.Event
	rows   []int
	hay    []string
	cur    cursor
	filter filterBox
	err    error
	loaded bool
	width  int
	height int
}

func newHistoryScreen(sh *shared, d model.Deal) *historyScreen {
	return &historyScreen{screenBase: newScreenBase(sh), filter: newFilterBox(sh.lang), dealID: d.ID, name: d.Name}
}

// Crumb is the deal's crumb and the history.
func (h *historyScreen) Crumb(below string) string { return below + " › " + h.sh.lang.T("History") }

// Name is "history".
func (h *historyScreen) Name() string { return "history" }

// Typing reports whether the filter line takes the keys.
func (h *historyScreen) Typing() bool { return h.filter.active }

// Reload reads the history again.
func (h *historyScreen) Reload() tea.Cmd { return ownedCmd(h.oid, loadHistoryCmd(h.sh, h.dealID)) }

func (h *historyScreen) setData(ev []model.Event, err error) {
	h.err, h.loaded = err, true
	h.events = ev
	h.hay = make([]string, len(ev))
	for i, e := range ev {
		h.hay[i] = e.Actor + " " + e.Action + " " + e.Entity + " " + eventSummary(h.sh.lang, e, false, h.sh.name)
	}
	h.refilter()
}

func (h *historyScreen) refilter() {
	pat := h.filter.pattern()
	h.rows = h.rows[:0]
	for i := range h.events {
		if pat == "" || fuzzy(pat, h.hay[i]) {
			h.rows = append(h.rows, i)
		}
	}
	h.cur.setLen(len(h.rows))
}

func (h *historyScreen) SetSize(w, height int) {
	h.width, h.height = w, height
	h.cur.setHeight(max(height*3/5-1, 3))
}

func (h *historyScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case historyLoadedMsg:
		h.setData(msg.events, msg.err)
		return h, nil
	case tea.KeyPressMsg:
		if !h.filter.active && key.Matches(msg, h.sh.keys.Global.Back) {
			h.sh.pop()
			return h, loadDossierCmd(h.sh, h.dealID)
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
	if !h.loaded {
		return sty.Muted.Render(h.sh.lang.T("Loading the history…"))
	}
	if h.err != nil {
		return sty.StatusErr.Render(sentence(h.err))
	}
	w := h.width
	l := h.sh.lang
	out := []string{sty.Bold.Render(l.T("History of “%s”", line(h.name))) + sty.Muted.Render(" — "+l.N("%d changes, newest first", len(h.events)))}
	when, who, what := l.T("When"), l.T("Who"), l.T("What")
	whenW, whoW, whatW := max(16, textWidth(when)), max(12, textWidth(who)), max(22, textWidth(what))
	sumW := w - gutter - whenW - whoW - whatW - 3
	out = append(out, listRow(sty, sty.Header.Render(fit(fit(when, whenW)+" "+fit(who, whoW)+" "+fit(what, whatW)+" "+fit(l.T("Change"), sumW), w-gutter)), w, false))
	start, end := h.cur.visible()
	for i := start; i < end; i++ {
		e := h.events[h.rows[i]]
		row := fit(h.sh.when(e.At), whenW) + " " + fit(line(e.Actor), whoW) + " " +
			fit(e.Action+" "+e.Entity, whatW) + " " + fit(eventSummary(h.sh.lang, e, h.sh.presenting, h.sh.name), sumW)
		out = append(out, listRow(sty, row, w, i == h.cur.pos))
	}
	out = pad(out, h.cur.height+2)
	if h.filter.active || h.filter.pattern() != "" {
		h.filter.input.SetWidth(w - 4)
		out = append(out, h.filter.input.View())
	}
	if len(h.rows) > 0 && h.cur.pos < len(h.rows) {
		e := h.events[h.rows[h.cur.pos]]
		out = append(out, sty.Muted.Render(strings.Repeat("─", w)))
		for _, c := range eventChanges(e, h.sh.presenting, h.sh.name) {
			out = append(out, wrap(c, w)...)
		}
	}
	return strings.Join(pad(out, h.height), "\n")
}

// eventSummary is one line on what an event did.
func eventSummary(l i18n.Lang, e model.Event, presenting bool, names func(int64) string) string {
	switch e.Action {
	case "update", "refresh", "resolve", "reopen":
		ch := eventChanges(e, presenting, names)
		if len(ch) == 0 {
			return l.T("no visible change")
		}
		return line(strings.Join(ch, "; "))
	}
	changes := e.Changes()
	for _, k := range []string{"title", "name", "term", "text", "word", "fit"} {
		for _, c := range changes {
			if c.Field != k {
				continue
			}
			v := c.After
			if v == nil {
				v = c.Before
			}
			if s := model.RenderValue(v, names); s != "" {
				return line(s)
			}
		}
	}
	return ""
}

// eventChanges lists "field: before → after" for each field that changed
// (for a row made or deleted, "field: value"); people are shown by name
// (names), not by their number.
func eventChanges(e model.Event, presenting bool, names func(int64) string) []string {
	var out []string
	for _, c := range e.Changes() {
		if presenting && secretFields[c.Field] {
			continue
		}
		switch {
		case e.Before == "":
			out = append(out, c.Field+": "+short(c.After, names))
		case e.After == "":
			out = append(out, c.Field+": "+short(c.Before, names))
		default:
			out = append(out, c.Label()+": "+short(c.Before, names)+" → "+short(c.After, names))
		}
	}
	return out
}

// short is a value of a change in a few words, on one line.
func short(v any, names func(int64) string) string {
	return model.Shorten(line(prose.OrDash(model.RenderValue(v, names))), 60)
}

// secretFields are the event fields presenting mode keeps off the screen:
// the deal's money, its internal notes and a promise's effort sold.
var secretFields = map[string]bool{"value": true, "notes": true, "budget_days": true}

func (h historyScreen) ShortHelp() []key.Binding {
	k := h.sh.keys
	return []key.Binding{k.List.Up, k.List.Down, k.List.Filter, k.Global.Back, k.Global.Help}
}

func (h historyScreen) FullHelp() [][]key.Binding { return sectionsOf(h.HelpSections()) }

// HelpSections is the full help of the history.
func (h historyScreen) HelpSections() []helpSection {
	k := h.sh.keys
	return []helpSection{
		{h.sh.lang.T("Move"), moveKeys(k)},
		{h.sh.lang.T("View"), []key.Binding{k.List.Filter}},
		{h.sh.lang.T("Everywhere"), globalKeys(k)},
	}
}
