package ui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// Two read-only screens after the handoff: what changed since every role
// signed (B on the deal screen), and promises made against promises kept
// across deals (K on the deal list). Both are lines that scroll.

// linesScreen shows lines with a scroll offset.
type linesScreen struct {
	screenBase
	name, crumb   string
	width, height int
	top           int
	lines         []string
	reload        func() tea.Cmd
}

func (s *linesScreen) Crumb(below string) string { return below + " › " + s.crumb }
func (s *linesScreen) Name() string              { return s.name }
func (s *linesScreen) SetSize(w, h int)          { s.width, s.height = w, h }
func (s *linesScreen) Reload() tea.Cmd {
	if s.reload == nil {
		return nil
	}
	return ownedCmd(s.oid, s.reload())
}

func (s *linesScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case keptLoadedMsg:
		if msg.err != nil {
			s.lines = []string{sentenceIn(s.sh.lang, msg.err)}
		} else {
			s.lines = keptLines(s.sh, msg.m)
		}
		return s, nil
	case tea.KeyPressMsg:
		k := s.sh.keys
		last := max(len(s.lines)-s.height, 0)
		switch {
		case key.Matches(msg, k.Global.Back):
			s.sh.pop()
		case key.Matches(msg, k.List.Down):
			s.top = min(s.top+1, last)
		case key.Matches(msg, k.List.Up):
			s.top = max(s.top-1, 0)
		case key.Matches(msg, k.List.PageDown):
			s.top = min(s.top+max(s.height-1, 1), last)
		case key.Matches(msg, k.List.PageUp):
			s.top = max(s.top-max(s.height-1, 1), 0)
		case key.Matches(msg, k.List.Top):
			s.top = 0
		case key.Matches(msg, k.List.Bottom):
			s.top = last
		}
	}
	return s, nil
}

func (s *linesScreen) View() string {
	var b strings.Builder
	for i := s.top; i < len(s.lines) && i < s.top+s.height; i++ {
		if i > s.top {
			b.WriteByte('\n')
		}
		b.WriteString(fit(s.lines[i], s.width))
	}
	return b.String()
}

func (s *linesScreen) ShortHelp() []key.Binding {
	k := s.sh.keys
	return []key.Binding{k.List.Down, k.List.Up, k.Global.Back, k.Global.Help}
}

func (s *linesScreen) HelpSections() []helpSection {
	k := s.sh.keys
	return []helpSection{{s.sh.lang.T("Move"), moveKeys(k)}, {s.sh.lang.T("Everywhere"), globalKeys(k)}}
}

// newBaselineScreen shows how the deal differs from the state every role
// signed, field by field, and who must sign again.
func newBaselineScreen(sh *shared, d *model.Dossier) *linesScreen {
	l := sh.lang
	s := &linesScreen{screenBase: newScreenBase(sh), name: "baseline", crumb: l.T("Changes since sign-off")}
	s.SetSize(sh.bodyW, sh.bodyH)
	x, ok := model.DiffBaseline(d)
	if !ok {
		s.lines = []string{l.T("Not every role has signed off yet: there is no baseline to compare with.")}
		return s
	}
	refs := map[int64]string{}
	for i, p := range d.PromiseRefs() {
		refs[p.ID] = fmt.Sprintf("P%d", i+1)
	}
	add := func(f string, args ...any) {
		s.lines = append(s.lines, hanging(line(fmt.Sprintf(f, args...)), sh.bodyW)...)
	}
	add("%s", l.T("Every role signed on %s.", model.DateOf(x.Baseline.TakenAt).StringIn(l)))
	add("")
	if x.Empty() {
		add("%s", l.T("Nothing in scope has changed since."))
	}
	for _, c := range x.Promises {
		ref := refs[c.PromiseID]
		if ref == "" {
			ref = "—"
		}
		add("%s %s — %s", ref, c.Title, c.KindIn(l))
		for _, f := range c.Fields {
			add("    %s", f.In(l))
		}
	}
	for _, t := range x.Terms {
		add("%s", l.T("term %s: %s", t.Term, model.PromiseChange{Kind: t.Kind}.KindIn(l)))
	}
	for _, v := range x.NotSoldAdded {
		add("%s", l.T("not sold, added: %s", v))
	}
	for _, v := range x.NotSoldRemoved {
		add("%s", l.T("not sold, removed: %s", v))
	}
	if len(x.Requests) > 0 {
		add("")
		add("%s", l.T("Change requests"))
		for i, c := range x.Requests {
			p, _ := d.PromiseByID(c.PromiseID)
			who := l.T("relayed by %s", sh.name(c.RelayedBy))
			if c.AskedBy != "" {
				who += ", " + l.T("asked by %s", c.AskedBy)
			}
			add("C%d %s — %s", i+1, p.Title, l.Word("change status", string(c.Status)))
			add("    %s", who)
			if why := sh.reasonText(d, c); why != "" {
				add("    %s", why)
			}
		}
	}
	add("")
	if len(x.SignAgain) == 0 {
		add("%s", l.T("Nobody must sign again."))
	} else {
		add("%s", l.T("must sign again: %s", model.RolesIn(x.SignAgain, l)))
	}
	return s
}

// hanging wraps a line to width, its continuation lines indented three
// cells deeper than it: a long title keeps the word at its end ("added
// since sign-off") in view.
func hanging(s string, width int) []string {
	if textWidth(s) <= width {
		return []string{s}
	}
	indent := strings.Repeat(" ", len(s)-len(strings.TrimLeft(s, " "))+3)
	out := wrap(s, max(width-len(indent), 20))
	for i := 1; i < len(out); i++ {
		out[i] = indent + out[i]
	}
	return out
}

// keptLoadedMsg carries the count of promises made vs kept.
type keptLoadedMsg struct {
	m   model.MadeVsKept
	err error
}

// newKeptScreen counts promises made against promises kept across deals.
func newKeptScreen(sh *shared) (*linesScreen, tea.Cmd) {
	l := sh.lang
	s := &linesScreen{screenBase: newScreenBase(sh), name: "kept", crumb: l.T("Promises made vs kept"),
		lines: []string{l.T("Loading…")}}
	s.SetSize(sh.bodyW, sh.bodyH)
	ctx, st := sh.ctx, sh.store
	s.reload = func() tea.Cmd {
		return func() tea.Msg {
			ps, err := st.KeptPromises(ctx)
			return keptLoadedMsg{m: model.CountKept(ps, model.Date{}), err: err}
		}
	}
	return s, s.Reload()
}

// keptSection is a section of the made-vs-kept screen: its title and its
// rows, each named, a breakdown's indented under it.
type keptSection struct {
	title string
	rows  []keptNamedRow
}

// keptNamedRow is a row of counts with its name.
type keptNamedRow struct {
	key    string
	counts model.KeptCounts
}

// keptSections are the count's sections as the screen shows them.
func keptSections(l i18n.Lang, m model.MadeVsKept) []keptSection {
	var out []keptSection
	for i, sec := range m.Sections(l) {
		ks := keptSection{title: sec.Title}
		indent := "  " // under a breakdown's title; the total is not
		if i == 0 {
			indent = ""
		}
		for _, r := range sec.Rows {
			ks.rows = append(ks.rows, keptNamedRow{indent + r.Name, r.Counts})
		}
		out = append(out, ks)
	}
	return out
}

// keptHeadings are the count columns' headings, and keptValues a row's
// values under them.
func keptHeadings(l i18n.Lang) []string {
	head := make([]string, 0, 7)
	for _, k := range model.OutcomeKinds {
		head = append(head, l.Word("outcome", string(k)))
	}
	return append(head, l.T("not recorded"), l.T("kept %"))
}

func keptValues(l i18n.Lang, c model.KeptCounts) []string {
	return []string{fmt.Sprint(c.Kept), fmt.Sprint(c.Late), fmt.Sprint(c.Changed), fmt.Sprint(c.Dropped),
		fmt.Sprint(c.Broken), fmt.Sprint(c.Open), c.KeptShareIn(l)}
}

// keptLines lays the count out as a table per breakdown. Each count
// column is as wide as its heading (a number is narrower); the row names
// take what is left, up to 40 cells, and a section title longer than that
// has a line of its own. When the headings leave less than 16 cells for
// the names, each row is a line of words instead (keptList): a heading is
// never cut.
func keptLines(sh *shared, m model.MadeVsKept) []string {
	l := sh.lang
	head := keptHeadings(l)
	colW := make([]int, len(head))
	used := 0
	for i, h := range head {
		colW[i] = max(textWidth(h)+2, 6)
		used += colW[i]
	}
	keyW := min(sh.bodyW-used, 40)
	if keyW < 16 {
		return keptList(sh, m)
	}
	cell := func(s string, w int) string { return fit(line(s), w-1) + " " }
	row := func(key string, vals []string) string {
		var b strings.Builder
		b.WriteString(cell(key, keyW))
		for i, v := range vals {
			b.WriteString(cell(v, colW[i]))
		}
		return strings.TrimRight(b.String(), " ")
	}
	var out []string
	for i, sec := range keptSections(l, m) {
		if i > 0 {
			out = append(out, "")
		}
		if textWidth(sec.title) < keyW {
			out = append(out, row(sec.title, head))
		} else {
			out = append(out, fit(line(sec.title), sh.bodyW), row("", head))
		}
		for _, r := range sec.rows {
			out = append(out, row(r.key, keptValues(l, r.counts)))
		}
	}
	return out
}

// keptList is the count for a screen too narrow for its table: under each
// section's title a row is its name and the counts that are not zero in
// words, "scope: kept 1 · broken 1 · 50% kept", wrapped.
func keptList(sh *shared, m model.MadeVsKept) []string {
	l := sh.lang
	head := keptHeadings(l)
	var out []string
	for i, sec := range keptSections(l, m) {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, cut(line(sec.title), sh.bodyW))
		for _, r := range sec.rows {
			vals := keptValues(l, r.counts)
			var parts []string
			for j, v := range vals[:len(vals)-1] {
				if v != "0" {
					parts = append(parts, head[j]+" "+v)
				}
			}
			if r.counts.Recorded() > 0 {
				parts = append(parts, l.T("%s kept", vals[len(vals)-1]))
			}
			for k, w := range wrap(line(r.key)+": "+strings.Join(parts, " · "), max(sh.bodyW-4, 20)) {
				if k > 0 {
					w = "    " + w
				}
				out = append(out, w)
			}
		}
	}
	return out
}

// outcomeForm asks what became of a promise, on which day and with what
// note, and records it; a deal not yet in delivery is told so. u takes it
// back: the promise has the outcome it had before again, or none.
func outcomeForm(sh *shared, d *model.Dossier, p model.Promise) tea.Cmd {
	l := sh.lang
	if d.Deal.Stage != model.StageDelivery {
		return status(l.T("Outcomes are recorded once the deal is in delivery (stage %s now).", l.Word("stage", string(d.Deal.Stage))))
	}
	title := model.Shorten(line(p.Title), 40)
	before, had := d.OutcomeFor(p.ID)
	kind, on, note := model.OutcomeKept, sh.today(), ""
	if had {
		kind, on, note = before.Kind, before.On, before.Note
	}
	f := newForm(sh, l.T("What became of “%s”?", title))
	if !p.Due.IsZero() {
		f.note = l.T("due %s", p.Due.StringIn(l))
	}
	choiceWords(f, "outcome", l.T("Outcome"), model.OutcomeKinds, kind, func(k model.OutcomeKind) string {
		return l.Word("outcome", string(k))
	})
	f.dateText("on", l.T("On (the day it was kept, changed, dropped or broken)"), on)
	f.text("note", l.T("Note"), note, l.T("optional: what happened"))
	ctx, st := sh.ctx, sh.store
	f.submit = func(f *form) (tea.Cmd, error) {
		var errs fieldErrs
		kind := enumOf[model.OutcomeKind](f, "outcome")
		on := errs.date(f, "on")
		note := strings.TrimSpace(f.value("note"))
		if err := errs.err(); err != nil {
			return nil, err
		}
		// recorded is the outcome as stored; redo records it anew, so
		// undo after redo takes back the new one.
		var recorded model.Outcome
		record := func(ctx context.Context, s *db.Store) (err error) {
			recorded, err = s.RecordOutcome(ctx, p.ID, kind, on, note)
			return err
		}
		var prior *model.Outcome
		if had {
			prior = &before
		}
		ch := &change{label: l.T("the outcome of “%s”", title),
			undo: func(ctx context.Context, s *db.Store) error { return s.UndoOutcome(ctx, recorded, prior) },
			redo: record}
		return func() tea.Msg {
			if err := record(ctx, st); err != nil {
				return savedMsg{err: err}
			}
			text := l.Word("outcome", string(recorded.Kind))
			if recorded.Kind == model.OutcomeLate {
				text = l.N("kept late (%d days)", recorded.DaysLate)
			}
			return savedMsg{status: l.T("Recorded: %s.", text), change: ch, selectID: p.ID, selectNoun: promiseEntity.noun}
		}, nil
	}
	return sh.open(f)
}
