package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/prose"
	"handoff/model"
)

// historyScreen lists what happened to a deal, newest first: who changed
// what, when, from what to what.
type historyScreen struct {
	app    *shared
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

func newHistoryScreen(app *shared) historyScreen {
	return historyScreen{app: app, filter: newFilterBox()}
}

func (h *historyScreen) open(d model.Deal) {
	if h.dealID != d.ID {
		h.events, h.rows, h.loaded = nil, nil, false
		h.cur = cursor{height: h.cur.height}
	}
	h.dealID, h.name = d.ID, d.Name
}

func (h *historyScreen) setData(ev []model.Event, err error) {
	h.err, h.loaded = err, true
	h.events = ev
	h.hay = make([]string, len(ev))
	for i, e := range ev {
		h.hay[i] = e.Actor + " " + e.Action + " " + e.Entity + " " + eventSummary(e, false, h.app.name)
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

func (h historyScreen) Update(msg tea.Msg) (historyScreen, tea.Cmd) {
	cmd, changed := updateFilter(&h.filter, msg, &h.cur, h.app.keys)
	if changed {
		h.refilter()
	}
	return h, cmd
}

func (h historyScreen) View() string {
	st := h.app.styles
	if !h.loaded {
		return st.Muted.Render("Loading the history…")
	}
	if h.err != nil {
		return st.StatusErr.Render(sentence(h.err))
	}
	w := h.width
	out := []string{st.Bold.Render("History of “"+line(h.name)+"”") + st.Muted.Render(fmt.Sprintf(" — %d changes, newest first", len(h.events)))}
	whenW, whoW, whatW := 16, 12, 22
	sumW := w - whenW - whoW - whatW - 3
	out = append(out, st.Header.Render(fit(fit("When", whenW)+" "+fit("Who", whoW)+" "+fit("What", whatW)+" "+fit("Change", sumW), w)))
	start, end := h.cur.visible()
	for i := start; i < end; i++ {
		e := h.events[h.rows[i]]
		row := fit(h.app.when(e.At), whenW) + " " + fit(line(e.Actor), whoW) + " " +
			fit(e.Action+" "+e.Entity, whatW) + " " + fit(eventSummary(e, h.app.presenting, h.app.name), sumW)
		if i == h.cur.pos {
			row = st.Selected.Render(fit(row, w))
		}
		out = append(out, row)
	}
	out = pad(out, h.cur.height+2)
	if h.filter.active || h.filter.pattern() != "" {
		h.filter.input.SetWidth(w - 4)
		out = append(out, h.filter.input.View())
	}
	if len(h.rows) > 0 && h.cur.pos < len(h.rows) {
		e := h.events[h.rows[h.cur.pos]]
		out = append(out, st.Muted.Render(strings.Repeat("─", w)))
		for _, c := range eventChanges(e, h.app.presenting, h.app.name) {
			out = append(out, wrap(c, w)...)
		}
	}
	return strings.Join(pad(out, h.height), "\n")
}

// eventSummary is one line on what an event did.
func eventSummary(e model.Event, presenting bool, names func(int64) string) string {
	switch e.Action {
	case "update", "refresh", "resolve", "reopen":
		ch := eventChanges(e, presenting, names)
		if len(ch) == 0 {
			return "no visible change"
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
	k := h.app.keys
	return []key.Binding{k.Up, k.Down, k.Filter, k.Back, k.Help}
}

func (h historyScreen) FullHelp() [][]key.Binding { return sectionsOf(h.HelpSections()) }

// HelpSections is the full help of the history.
func (h historyScreen) HelpSections() []helpSection {
	k := h.app.keys
	return []helpSection{
		{"Move", []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown}},
		{"View", []key.Binding{k.Filter}},
		{"Everywhere", globalKeys(k)},
	}
}
