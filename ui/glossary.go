package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// glossaryRow is a glossary entry, a word in use that has none yet, or a
// word dismissed as no term in this deal.
type glossaryRow struct {
	term model.Term // ID 0 for a word with no entry
	// usedIn are the promises that use it, in the dossier's own list: a
	// word used by every promise of a big deal would otherwise hold a copy
	// of each.
	usedIn    []*model.Promise
	dismissed *model.DismissedWord
}

// glossaryScreen lists a deal's terms with their status and where each is
// used, then the watched words its promises use that have no entry yet.
type glossaryScreen struct {
	screenBase
	d       *model.Dossier
	rows    []glossaryRow
	cur     cursor
	width   int
	height  int
	pending int64
	marked  marks // terms marked to agree at once, by id
}

func newGlossaryScreen(sh *shared, d *model.Dossier, rows []glossaryRow) *glossaryScreen {
	g := &glossaryScreen{screenBase: newScreenBase(sh)}
	g.open(d, rows)
	return g
}

// glossaryRows are the rows of a deal's glossary: its terms with the
// promises that use each, the watched words used with no entry yet, and
// the dismissed words. Scanning every promise is work for the command that
// loads the deal, not for Update.
func glossaryRows(d *model.Dossier) []glossaryRow {
	gl := d.Glossary()
	used := map[string][]*model.Promise{}
	var unknown []string
	for i := range d.Promises {
		p := &d.Promises[i]
		seen := map[string]bool{}
		for _, s := range gl.Scan(p.Text()) {
			k := model.TermKey(s.Term)
			if seen[k] {
				continue
			}
			seen[k] = true
			if _, ok := used[k]; !ok && s.TermID == 0 {
				unknown = append(unknown, s.Term)
			}
			used[k] = append(used[k], p)
		}
	}
	var rows []glossaryRow
	known := map[string]bool{}
	for _, t := range d.Terms {
		k := model.TermKey(t.Term)
		known[k] = true
		rows = append(rows, glossaryRow{term: t, usedIn: used[k]})
	}
	for _, w := range unknown {
		if k := model.TermKey(w); !known[k] {
			known[k] = true
			rows = append(rows, glossaryRow{term: model.Term{DealID: d.Deal.ID, Term: w, Status: model.TermDraft}, usedIn: used[k]})
		}
	}
	return append(rows, dismissedRows(d, known)...)
}

// dismissedRows are the dismissed words not listed already, where they are
// used, so a dismissal can be seen and taken back.
func dismissedRows(d *model.Dossier, known map[string]bool) []glossaryRow {
	if len(d.Dismissed) == 0 {
		return nil
	}
	var rows []glossaryRow
	all := model.NewGlossary(d.Terms, d.Watch)
	for i := range d.Dismissed {
		w := &d.Dismissed[i]
		k := model.TermKey(w.Word)
		if known[k] {
			continue
		}
		known[k] = true
		var in []*model.Promise
		for j := range d.Promises {
			for _, s := range all.Scan(d.Promises[j].Text()) {
				if model.TermKey(s.Term) == k {
					in = append(in, &d.Promises[j])
					break
				}
			}
		}
		rows = append(rows, glossaryRow{term: model.Term{DealID: d.Deal.ID, Term: w.Word}, usedIn: in, dismissed: w})
	}
	return rows
}

// open shows a deal's glossary rows, keeping the cursor on the same term.
func (g *glossaryScreen) open(d *model.Dossier, rows []glossaryRow) {
	keep := ""
	if r, ok := g.selected(); ok {
		keep = model.TermKey(r.term.Term)
	}
	g.d, g.rows = d, rows
	present := map[int64]bool{}
	for _, r := range rows {
		if r.term.ID != 0 && r.dismissed == nil {
			present[r.term.ID] = true
		}
	}
	g.marked.keepOnly(present)
	g.cur.setLen(len(g.rows))
	for i, r := range g.rows {
		if (g.pending != 0 && r.term.ID == g.pending) || (g.pending == 0 && model.TermKey(r.term.Term) == keep) {
			g.cur.to(i)
		}
	}
	g.pending = 0
}

// Crumb is the deal's crumb and the glossary.
func (g *glossaryScreen) Crumb(below string) string { return below + " › " + g.sh.lang.T("Glossary") }

// Name is "glossary".
func (g *glossaryScreen) Name() string { return g.sh.lang.T("glossary") }

// SelectAfterReload selects a term saved here.
func (g *glossaryScreen) SelectAfterReload(noun string, id int64) {
	if noun == termEntity.noun {
		g.pending = id
	}
}

func (g *glossaryScreen) SetSize(w, h int) {
	g.width, g.height = w, h
	g.cur.setHeight(max(h*3/5-1, 3))
}

func (g glossaryScreen) selected() (glossaryRow, bool) {
	if g.d == nil || len(g.rows) == 0 || g.cur.pos >= len(g.rows) {
		return glossaryRow{}, false
	}
	return g.rows[g.cur.pos], true
}

func (g *glossaryScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case dossierLoadedMsg:
		if msg.err == nil && msg.part == nil && msg.dealID == g.d.Deal.ID {
			g.open(msg.d, msg.terms)
		}
		return g, nil
	case libraryLoadedMsg:
		return g, g.chooseFromLibrary(msg)
	case teamWordsLoadedMsg:
		return g, chooseTeamWord(g.sh, msg)
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok || g.d == nil {
		return g, nil
	}
	k := g.sh.keys
	if key.Matches(press, k.Global.Back) && len(g.marked) > 0 {
		clear(g.marked)
		return g, nil
	}
	if key.Matches(press, k.Global.Back) {
		g.sh.pop()
		return g, refreshDealCmd(g.d.Deal.ID)
	}
	if g.cur.navigate(press, k) {
		return g, nil
	}
	if key.Matches(press, k.Glossary.New) {
		return g, g.sh.open(termForm(g.sh, model.Term{DealID: g.d.Deal.ID, Status: model.TermDraft}))
	}
	if key.Matches(press, k.Glossary.Library) {
		return g, ownedCmd(g.oid, loadLibraryCmd(g.sh, g.d.Deal.ID))
	}
	if key.Matches(press, k.Glossary.Watch) {
		return g, g.sh.open(watchWordForm(g.sh))
	}
	if key.Matches(press, k.Glossary.TeamWords) {
		return g, ownedCmd(g.oid, loadTeamWordsCmd(g.sh))
	}
	r, ok := g.selected()
	if !ok {
		return g, nil
	}
	if ts := g.markedTerms(); len(ts) > 0 && (key.Matches(press, k.Glossary.Status) || key.Matches(press, k.List.Open)) {
		return g, g.sh.open(agreeTermsForm(g.sh, ts))
	}
	switch {
	case key.Matches(press, k.Glossary.Mark):
		if r.term.ID == 0 || r.dismissed != nil {
			return g, status(g.sh.lang.T("Only a term with a glossary entry can be marked; enter defines “%s” first.", line(r.term.Term)))
		}
		g.marked.toggle(r.term.ID)
		g.cur.move(1)
		return g, markedStatus(g.sh, len(g.marked), k.Glossary.Status)
	case key.Matches(press, k.Glossary.Dismiss):
		return g, g.dismiss(r)
	case r.dismissed != nil && (key.Matches(press, k.Glossary.Edit) || key.Matches(press, k.List.Open) || key.Matches(press, k.Glossary.Term) ||
		key.Matches(press, k.Glossary.Status)):
		return g, status(g.sh.lang.T("“%s” is dismissed as no term here; i takes that back, then it can be defined.", line(r.term.Term)))
	case key.Matches(press, k.Glossary.Edit), key.Matches(press, k.List.Open), key.Matches(press, k.Glossary.Status), key.Matches(press, k.Glossary.Term):
		return g, g.sh.open(termForm(g.sh, r.term))
	case key.Matches(press, k.Glossary.Delete):
		if r.term.ID == 0 {
			return g, status(g.sh.lang.T("This word has no glossary entry to delete."))
		}
		return g, askConfirm(g.sh, g.sh.lang.T("Delete the term “%s”?", line(r.term.Term)), g.sh.lang.T("You can undo this with u."),
			deleteCmd(g.sh, termEntity, r.term))
	}
	return g, nil
}

// dismiss says a watched word is no term in this deal (a false positive:
// "integration" used plainly), or takes that back. Both are in the history
// and undoable.
func (g glossaryScreen) dismiss(r glossaryRow) tea.Cmd {
	l := g.sh.lang
	word := line(r.term.Term)
	switch {
	case r.dismissed != nil:
		return withStatus(deleteCmd(g.sh, dismissedWordEntity, *r.dismissed),
			l.T("“%s” counts as a term in this deal again. u undoes it.", word))
	case r.term.ID != 0:
		return status(l.T("“%s” has a glossary entry; delete it (d) first if it is no term here.", word))
	}
	w := model.DismissedWord{DealID: g.d.Deal.ID, Word: r.term.Term}
	return withStatus(saveCmd(g.sh, dismissedWordEntity, w, model.DismissedWord{}),
		l.T("“%s” is no term in this deal: it needs no definition here. u undoes it.", word))
}

// withStatus is cmd with another sentence for the status line when it
// succeeds.
func withStatus(cmd tea.Cmd, text string) tea.Cmd {
	return func() tea.Msg {
		msg := cmd()
		if saved, ok := msg.(savedMsg); ok && saved.err == nil {
			saved.status = text
			return saved
		}
		return msg
	}
}

// termMark is a term's status with a symbol.
func termMark(l i18n.Lang, t model.Term) string {
	if t.ID == 0 {
		return "? " + l.T("not defined")
	}
	switch t.Status {
	case model.TermAgreed:
		return "✓ " + t.Status.In(l)
	case model.TermDisputed:
		return "✗ " + t.Status.In(l)
	}
	return "✎ " + model.TermDraft.In(l)
}

func (g glossaryScreen) View() string {
	sty, l := g.sh.styles, g.sh.lang
	if g.d == nil {
		return sty.Muted.Render(l.T("Loading…"))
	}
	w := g.width
	var out []string
	head := sty.Bold.Render(l.T("Glossary of “%s”", line(g.d.Deal.Name)))
	if len(g.marked) > 0 {
		head += sty.Marked.Render(" · "+l.N("%d marked", len(g.marked))) + sty.Muted.Render(" — "+l.T("s agrees them with the same people, esc unmarks"))
	} else {
		head += sty.Muted.Render(" — " + l.T("a term counts as defined only when agreed by the selling side and delivery"))
	}
	out = append(out, cut(head, w))
	if len(g.rows) == 0 {
		out = append(out, "", sty.Muted.Render(l.T("No terms yet, and the promises use no watched words. n adds a term.")))
		return strings.Join(out, "\n")
	}
	// The status column fits the longest status word in the language.
	statusW := max(14, textWidth(l.T("Status")), textWidth("– "+l.T("not a term")), textWidth(termMark(l, model.Term{})))
	for _, st := range model.TermStatuses {
		statusW = max(statusW, textWidth(termMark(l, model.Term{ID: 1, Status: st})))
	}
	statusW = min(statusW, 20)
	usedW := max(12, textWidth(l.T("Used in")), textWidth(l.N("%d promises", 10)))
	rowW := w - markGutter
	termW := min(30, (rowW-statusW-usedW-3)/2)
	agreedW := rowW - termW - statusW - usedW - 3
	out = append(out, markedRow(sty, sty.Header.Render(fit(fit(l.T("Term"), termW)+" "+fit(l.T("Status"), statusW)+" "+fit(l.T("Agreed by"), agreedW)+" "+fit(l.T("Used in"), usedW), rowW)), w, false, false))
	start, end := g.cur.visible()
	for i := start; i < end; i++ {
		r := g.rows[i]
		names := make([]string, len(r.term.AgreedBy))
		for j, id := range r.term.AgreedBy {
			names[j] = g.sh.name(id)
		}
		mark := termMark(l, r.term)
		if r.dismissed != nil {
			mark = "– " + l.T("not a term")
		}
		row := fit(line(r.term.Term), termW) + " " + fit(mark, statusW) + " " +
			fit(strings.Join(names, ", "), agreedW) + " " + fit(l.N("%d promises", len(r.usedIn)), usedW)
		switch {
		case i == g.cur.pos:
		case r.dismissed != nil:
			row = sty.Muted.Render(row)
		case r.term.Status != model.TermAgreed:
			row = sty.NotReady.Render(row)
		}
		out = append(out, markedRow(sty, row, w, i == g.cur.pos, r.term.ID != 0 && g.marked[r.term.ID]))
	}
	out = pad(out, g.cur.height+2)
	if r, ok := g.selected(); ok {
		out = append(out, sty.Muted.Render(strings.Repeat("─", w)))
		def := r.term.Definition
		switch {
		case r.dismissed != nil:
			def = l.T("(dismissed: not a term in this deal, so it needs no definition — i takes that back)")
		case def == "":
			def = l.T("(no definition yet — enter to write one, or i if it is no term here)")
		}
		labels := []string{l.T("Definition"), l.T("Used in")}
		eqs := r.term.Equivalents
		if len(eqs) > 0 {
			labels = append(labels, l.T("In other languages"))
		}
		lw := max(widest(labels...), 10) + 1
		out = append(out, wrapLabelled(sty, l.T("Definition"), lw, clean(def), w)...)
		if len(eqs) > 0 {
			forms := make([]string, len(eqs))
			for i, e := range eqs {
				forms[i] = e.Lang + ": " + line(e.Text)
			}
			out = append(out, wrapLabelled(sty, l.T("In other languages"), lw, strings.Join(forms, " · "), w)...)
		}
		for i, p := range r.usedIn {
			if i == 4 {
				out = append(out, sty.Muted.Render(spaces(lw+1)+l.T("… and %d more", len(r.usedIn)-4)))
				break
			}
			label := ""
			if i == 0 {
				label = l.T("Used in")
			}
			out = append(out, labelled(sty, label, lw, cut("“"+line(p.Title)+"”", w-lw-1)))
		}
	}
	return strings.Join(pad(out, g.height), "\n")
}

func (g glossaryScreen) ShortHelp() []key.Binding {
	k := g.sh.keys
	return []key.Binding{k.List.Open, k.Glossary.New, k.Glossary.Library, k.Glossary.Delete, withHelp(k.Glossary.Dismiss, g.sh.lang.T("not a term here")), k.Global.Back, k.Global.Help}
}

func (g glossaryScreen) FullHelp() [][]key.Binding { return sectionsOf(g.HelpSections()) }

// HelpSections is the full help of the glossary.
func (g glossaryScreen) HelpSections() []helpSection {
	k, l := g.sh.keys, g.sh.lang
	return []helpSection{
		{l.T("Move"), moveKeys(k)},
		{l.T("Terms"), []key.Binding{k.List.Open, k.Glossary.Edit, k.Glossary.New, k.Glossary.Status, k.Glossary.Delete, k.Glossary.Library, k.Glossary.Mark}},
		{l.T("Watched words"), []key.Binding{k.Glossary.Dismiss, k.Glossary.Watch, k.Glossary.TeamWords}},
		{l.T("Everywhere"), globalKeys(k)},
	}
}

// libraryLoadedMsg carries the team's term library for a deal's glossary.
type libraryLoadedMsg struct {
	dealID int64
	terms  []model.Term
	err    error
}

func loadLibraryCmd(sh *shared, dealID int64) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		terms, err := s.TermLibrary(ctx)
		return libraryLoadedMsg{dealID, terms, err}
	}
}

// chooseFromLibrary offers the library's terms the deal has not got yet;
// the one chosen opens as a draft with its definition, to be agreed by
// this deal's people.
func (g *glossaryScreen) chooseFromLibrary(msg libraryLoadedMsg) tea.Cmd {
	if msg.err != nil {
		return status(g.sh.sentence(msg.err))
	}
	have := map[string]bool{}
	for _, t := range g.d.Terms {
		have[model.TermKey(t.Term)] = true
	}
	var offer []model.Term
	var items []string
	for _, t := range msg.terms {
		if t.DealID == msg.dealID || have[model.TermKey(t.Term)] {
			continue
		}
		offer = append(offer, t)
		items = append(items, t.Term+" — "+t.Definition)
	}
	if len(offer) == 0 {
		return status(g.sh.lang.T("The team's library has no agreed term this deal lacks."))
	}
	sh, dealID := g.sh, msg.dealID
	return openChooser(sh, sh.lang.T("Copy a term from the team's library"),
		sh.lang.T("Agreed terms of other deals. The copy starts as a draft: this deal's people agree it again."), items,
		func(i int) tea.Cmd {
			t := offer[i]
			return sh.open(termForm(sh, model.Term{DealID: dealID, Term: t.Term, Definition: t.Definition, Status: model.TermDraft}))
		})
}

// watchWordForm adds a word to the team's watch list: every deal's
// promises are checked for it. (W lists and removes them, as does handoff
// words.)
func watchWordForm(sh *shared) *form {
	f := newForm(sh, sh.lang.T("Watch for a word in every deal"))
	f.note = sh.lang.T("A word that starts arguments in your team. End it with * to match any ending: Abnahme* finds Abnahmeprotokoll.")
	f.text("word", sh.lang.T("Word"), "", sh.lang.T("e.g. hypercare, Abnahme*"))
	return bindForm(sh, f, watchWordEntity, model.WatchWord{}, func(f *form, w *model.WatchWord) error {
		w.Word = strings.TrimSpace(f.value("word"))
		return nil
	}, model.WatchWord.Validate, func(sh *shared, _ model.WatchWord) *form { return watchWordForm(sh) })
}

// teamWordsLoadedMsg carries the team's own watch words.
type teamWordsLoadedMsg struct {
	words []model.WatchWord
	err   error
}

func loadTeamWordsCmd(sh *shared) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		words, err := s.WatchWords(ctx)
		return teamWordsLoadedMsg{words, err}
	}
}

// chooseTeamWord lists the team's own watch words; the one chosen is taken
// off the list after a question (undoable).
func chooseTeamWord(sh *shared, msg teamWordsLoadedMsg) tea.Cmd {
	if msg.err != nil {
		return status(sh.sentence(msg.err))
	}
	if len(msg.words) == 0 {
		return status(sh.lang.T("The team has no watch words of its own; w adds one. The built-in lists are always in use."))
	}
	items := make([]string, len(msg.words))
	for i, w := range msg.words {
		items[i] = w.Word
	}
	return openChooser(sh, sh.lang.T("The team's watch words"),
		sh.lang.T("Watched in every deal besides the built-in lists. %s stops watching the word chosen.", sh.keys.Picker.Choose.Help().Key), items,
		func(i int) tea.Cmd {
			w := msg.words[i]
			return askConfirm(sh, sh.lang.T("Stop watching “%s” in every deal?", line(w.Word)),
				sh.lang.T("Promises are no longer checked for it, and the gaps it raised close. You can undo this with u."),
				deleteCmd(sh, watchWordEntity, w))
		})
}

// markedTerms are the marked terms in the glossary's order.
func (g glossaryScreen) markedTerms() []model.Term {
	var out []model.Term
	for _, r := range g.rows {
		if r.term.ID != 0 && g.marked[r.term.ID] {
			out = append(out, r.term)
		}
	}
	return out
}

// clearMarks unmarks every term once they are agreed.
func (g *glossaryScreen) clearMarks() { clear(g.marked) }
