package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// promisesPane is pane 2: the table of promises, and under it the selected
// promise in full with its undefined terms highlighted.
type promisesPane struct {
	sh   *shared
	d    *model.Dossier
	gl   *model.Glossary
	rows []int // indexes into d.Promises, filtered, in the order chosen
	// hay is each promise's text as the filter searches it; made when a
	// filter is typed, not before: of a big deal it is megabytes, a second
	// copy of the promises' text.
	hay []string
	// answers is the index in d.Assessments of each promise's answer, by
	// promise id: a row finds its answer without a walk through them all.
	answers map[int64]int
	late    *lateMemo
	marked  marks
	cur     cursor
	filter  filterBox
	width   int
	height  int
}

func newPromisesPane(sh *shared) promisesPane {
	return promisesPane{sh: sh, filter: newFilterBox(sh.lang)}
}

// setData takes a fresh dossier, keeping the same promise selected.
func (p *promisesPane) setData(d *model.Dossier, gl *model.Glossary) {
	keep := p.selectedID()
	p.d, p.gl, p.hay = d, gl, nil
	present := make(map[int64]bool, len(d.Promises))
	for _, pr := range d.Promises {
		present[pr.ID] = true
	}
	p.answers = make(map[int64]int, len(d.Assessments))
	for i, a := range d.Assessments {
		if _, seen := p.answers[a.PromiseID]; !seen {
			p.answers[a.PromiseID] = i // the first, as Dossier.Answer finds it
		}
	}
	p.late = &lateMemo{}
	p.marked.keepOnly(present)
	p.refilter(keep)
}

// answer is delivery's answer to a promise, if there is one.
func (p promisesPane) answer(promiseID int64) (model.Assessment, bool) {
	if i, ok := p.answers[promiseID]; ok {
		return p.d.Assessments[i], true
	}
	return model.Assessment{}, false
}

func (p *promisesPane) refilter(keep int64) {
	pat := p.filter.pattern()
	if pat != "" && p.hay == nil {
		p.hay = make([]string, len(p.d.Promises))
		for i, pr := range p.d.Promises {
			p.hay[i] = pr.Title + " " + pr.Detail + " " + string(pr.Category) + " " + string(pr.Priority)
		}
	}
	p.rows = p.rows[:0]
	for i := range p.d.Promises {
		if pat == "" || fuzzy(pat, p.hay[i]) {
			p.rows = append(p.rows, i)
		}
	}
	sortPromises(p.sh, p.d.Promises, p.rows, p.sh.promiseSort)
	p.cur.setLen(len(p.rows))
	p.selectID(keep)
}

// selectID puts the cursor on a promise if it is shown.
func (p *promisesPane) selectID(id int64) {
	for i, r := range p.rows {
		if p.d.Promises[r].ID == id {
			p.cur.to(i)
			return
		}
	}
}

func (p *promisesPane) selectedID() int64 {
	if pr, ok := p.selected(); ok {
		return pr.ID
	}
	return 0
}

// selected is the promise under the cursor.
func (p promisesPane) selected() (model.Promise, bool) {
	if p.d == nil || p.cur.pos >= len(p.rows) || len(p.rows) == 0 {
		return model.Promise{}, false
	}
	return p.d.Promises[p.rows[p.cur.pos]], true
}

// tableHeight is how many rows the table gets; the rest shows the detail.
func (p *promisesPane) tableHeight() int {
	if p.height < 14 {
		return max(p.height-2, 1)
	}
	return max(p.height*11/20-1, 3)
}

func (p *promisesPane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.cur.setHeight(p.tableHeight())
}

// Update moves the cursor and drives the filter.
func (p promisesPane) Update(msg tea.Msg) (promisesPane, tea.Cmd) {
	cmd, changed := updateFilter(&p.filter, msg, &p.cur, p.sh.keys)
	if changed {
		p.refilter(p.selectedID())
	}
	return p, cmd
}

// filtering reports whether the filter line takes the keys.
func (p promisesPane) filtering() bool { return p.filter.active }

// View draws the table and the detail of the selected promise.
func (p promisesPane) View() []string {
	sty := p.sh.styles
	if p.d == nil {
		return []string{sty.Muted.Render(p.sh.lang.T("Loading…"))}
	}
	l := p.sh.lang
	if len(p.d.Promises) == 0 {
		return append([]string{sty.Muted.Render(l.T("No promises yet.")), ""},
			wrap(l.T("Press %s to record what sales told the customer.", sty.Accent.Render("n")), max(p.width, 20))...)
	}
	w := p.width
	today := p.sh.today()
	anyLate := p.late.on(today, func() bool {
		for _, pr := range p.d.Promises {
			if _, late := pr.Overdue(today); late {
				return true
			}
		}
		return false
	})
	fitW := 12
	for _, f := range model.Fits {
		fitW = max(fitW, textWidth(fitMark(l, f, true)))
	}
	fitW = max(fitW, textWidth(fitMark(l, "", false)), textWidth(l.T("Delivery")))
	dueW := max(dueWidthIn(l, anyLate), textWidth(l.T("Due")))
	priW := textWidth(l.T("Pri"))
	for _, pri := range model.Priorities {
		priW = max(priW, textWidth(pri.In(l)))
	}
	verW := textWidth(l.T("Verified"))
	for _, v := range model.Verifications {
		verW = max(verW, textWidth(v.In(l)))
	}
	// A long word for the verification is cut on a narrow pane: the
	// promise's title needs the room more.
	verCap := 16
	if w-gutter >= 90 {
		verCap = 26
	}
	verW = min(max(verW, 11), verCap)
	rw := w - markGutter // the table's rows, after the selection and bulk marks
	flex := rw - priW - fitW - dueW - verW - 4
	if rw < 72 || flex < 20 {
		// The verification is in the detail below: the title needs the
		// room more.
		verW = 0
		flex = rw - priW - fitW - dueW - 3
	}
	if flex < 16 && anyLate { // no room for the date and the word: the word alone
		narrow := max(dueWidthIn(l, false), textWidth(l.T("Due")))
		flex += dueW - narrow
		dueW = narrow
	}
	var out []string
	hdr := fit(l.T("Pri"), priW) + " " + fit(l.T("Promise"), flex) + " "
	if verW > 0 {
		hdr += fit(l.T("Verified"), verW) + " "
	}
	hdr += fit(l.T("Due"), dueW) + " " + fit(l.T("Delivery"), fitW)
	out = append(out, markedRow(sty, sty.Header.Render(fit(hdr, rw)), w, false, false))
	start, end := p.cur.visible()
	for i := start; i < end; i++ {
		pr := p.d.Promises[p.rows[i]]
		a, answered := p.answer(pr.ID)
		title := line(pr.Title)
		if mark := changeMark(l, p.d, pr.ID); mark != "" {
			title = mark + " " + title
		}
		row := fit(pr.Priority.In(l), priW) + " " + fit(title, flex) + " "
		if verW > 0 {
			row += fit(pr.Verification.In(l), verW) + " "
		}
		_, late := pr.Overdue(today)
		row += dueCellIn(l, sty, pr.Due, late, dueW, i != p.cur.pos) + " " + fit(fitMark(l, a.Fit, answered), fitW)
		out = append(out, markedRow(sty, row, w, i == p.cur.pos, p.marked[pr.ID]))
	}
	if p.filter.active || p.filter.pattern() != "" {
		out = pad(out, p.tableHeight())
		p.filter.input.SetWidth(w - 12)
		out = append(out, p.filter.input.View()+sty.Muted.Render(fmt.Sprintf(" %d/%d", len(p.rows), len(p.d.Promises))))
	}
	if p.height >= 14 {
		out = pad(out, p.tableHeight()+1)
		out = append(out, p.detail(w, p.height-len(out))...)
	}
	return out
}

// detail is the selected promise in full.
func (p promisesPane) detail(w, h int) []string {
	sty := p.sh.styles
	pr, ok := p.selected()
	if !ok || h < 2 {
		return nil
	}
	out := []string{sty.Muted.Render(strings.Repeat("─", w))}
	spans := p.gl.Scan(pr.Title)
	out = append(out, wrap(sty.Bold.Render(highlight(sty, pr.Title, spans)), w)...)
	out = append(out, p.afterHandoff(pr, w)...)
	if pr.Detail != "" {
		out = append(out, wrap(highlight(sty, pr.Detail, p.gl.Scan(pr.Detail)), w)...)
	}
	l := p.sh.lang
	lw := widest(l.T("Source"), l.T("By"), l.T("Category"), l.T("Problem")) + 1
	src := pr.Source.In(l)
	if pr.SourceRef != "" {
		src += " · " + line(pr.SourceRef)
	}
	if !pr.MadeOn.IsZero() {
		src += " · " + pr.MadeOn.StringIn(l)
	}
	out = append(out, labelled(sty, l.T("Source"), lw, cut(src, w-lw-1)))
	out = append(out, labelled(sty, l.T("By"), lw, p.sh.nameOr(pr.PromisedBy, sty.Muted.Render(l.T("nobody named")))))
	meta := pr.Category.In(l) + " · " + pr.Verification.In(l)
	if pr.BudgetDays > 0 {
		meta += " · " + l.T("%s d sold", model.FormatDays(pr.BudgetDays))
	}
	out = append(out, labelled(sty, l.T("Category"), lw, cut(meta, w-lw-1)))
	if pr.Problem != "" {
		out = append(out, wrapLabelled(sty, l.T("Problem"), lw, line(pr.Problem), w)...)
	}
	if und := p.gl.InPromise(pr); len(und) > 0 {
		out = append(out, sty.Term.Render(l.T("Undefined: %s", line(strings.Join(und, ", "))))+sty.Muted.Render("  "+l.T("t defines")))
	}
	return pad(out, h)
}

// afterHandoff are the lines about a promise after the sign-off: the
// change request it is (who relayed it, who asked, the decision's reason)
// and its outcome in delivery.
func (p promisesPane) afterHandoff(pr model.Promise, w int) []string {
	sty, l := p.sh.styles, p.sh.lang
	var out []string
	if c, ok := p.d.ChangeRequestFor(pr.ID); ok {
		text := changeWords(l, c) + " · " + l.T("relayed by %s", p.sh.nameOr(c.RelayedBy, "?"))
		if c.AskedBy != "" {
			text += ", " + l.T("asked by %s", line(c.AskedBy))
		}
		if why := p.sh.reasonText(p.d, c); why != "" {
			text += " · " + line(why)
		}
		out = append(out, wrap(sty.Muted.Render(text), w)...)
	}
	if o, ok := p.d.OutcomeFor(pr.ID); ok {
		text := l.Word("outcome", string(o.Kind))
		if o.Kind == model.OutcomeLate {
			text = l.N("kept late (%d days)", o.DaysLate)
		}
		text = l.T("Outcome: %s", text) + " · " + o.On.StringIn(l)
		if o.Note != "" {
			text += " · " + line(o.Note)
		}
		out = append(out, cut(text, w))
	}
	return out
}

// wrapLabelled is a label with a value wrapped beside it.
func wrapLabelled(sty Styles, label string, lw int, value string, w int) []string {
	lines := wrap(value, max(w-lw-1, 10))
	out := make([]string, len(lines))
	for i, l := range lines {
		if i == 0 {
			out[i] = labelled(sty, label, lw, l)
		} else {
			out[i] = strings.Repeat(" ", lw+1) + l
		}
	}
	return out
}

func (p promisesPane) ShortHelp() []key.Binding {
	k := p.sh.keys
	return []key.Binding{k.Promises.New, k.Promises.Edit, k.Promises.Answer, k.Promises.Term, k.Promises.Owner, k.List.Filter}
}

func (p promisesPane) FullHelp() [][]key.Binding {
	k, l := p.sh.keys, p.sh.lang
	return [][]key.Binding{{withHelp(k.Promises.New, l.T("new promise")), k.Promises.Edit, k.Promises.Delete, k.Promises.Answer, k.Promises.Term,
		withHelp(k.Promises.Owner, l.T("who promised it")), withHelp(k.Promises.Status, l.T("verification")), k.Promises.Confirm, k.List.Filter}}
}

// afterHandoffHelp are the promises pane's keys for after the sign-off:
// a change request, its decision, and outcomes in delivery.
func (p promisesPane) afterHandoffHelp() []key.Binding {
	k := p.sh.keys
	return []key.Binding{k.Promises.ChangeRequest, k.Promises.Decide, k.Promises.Outcome}
}

// updateFilter handles a key for a list with a filter line: typing into the
// filter while it is active, "/" to start it, esc to clear it, otherwise
// cursor movement. It reports whether the pattern changed, so the caller
// can filter its rows again.
func updateFilter(f *filterBox, msg tea.Msg, c *cursor, k KeyMap) (cmd tea.Cmd, changed bool) {
	press, isKey := msg.(tea.KeyPressMsg)
	if f.active {
		if isKey {
			switch {
			case key.Matches(press, k.Typing.FilterDone):
				f.active = false
				f.input.Blur()
				return nil, false
			case key.Matches(press, k.Typing.FilterClear):
				f.active = false
				f.input.Blur()
				f.input.SetValue("")
				return nil, true
			case key.Matches(press, k.Typing.FilterUp):
				c.move(-1)
				return nil, false
			case key.Matches(press, k.Typing.FilterDown):
				c.move(1)
				return nil, false
			}
		}
		before := f.input.Value()
		f.input, cmd = f.input.Update(msg)
		return cmd, f.input.Value() != before
	}
	if !isKey {
		return nil, false
	}
	switch {
	case key.Matches(press, k.List.Filter):
		f.active = true
		return f.input.Focus(), false
	case key.Matches(press, k.Global.Back) && f.pattern() != "":
		f.input.SetValue("")
		return nil, true
	}
	c.navigate(press, k)
	return nil, false
}

// action runs the workflows on promises: a new one, and on the selected
// one edit, delivery's answer, a term, who promised it, verification,
// delete.
func (p *promisesPane) action(s *dealScreen, press tea.KeyPressMsg) (tea.Cmd, bool) {
	k, sh, deal := p.sh.keys, p.sh, s.d.Deal
	if key.Matches(press, k.Promises.New) {
		pr := model.NewPromise(deal.ID)
		pr.PromisedBy = deal.Owners.Sales
		return sh.open(promiseForm(sh, pr)), true
	}
	if key.Matches(press, k.Promises.ChangeRequest) {
		return newChangeRequest(sh, s.d), true
	}
	if key.Matches(press, k.Promises.Sort) {
		return chooseSort(sh, panePromises, promiseSorts, sh.promiseSort), true
	}
	pr, ok := p.selected()
	if !ok {
		return nil, false
	}
	if ps := p.markedPromises(); len(ps) > 0 {
		switch {
		case key.Matches(press, k.Promises.Owner):
			return s.pick(sh.lang.N("who promised %d promises", len(ps)), model.RoleSales, func(id int64) tea.Cmd {
				return bulkPromiserCmd(sh, ps, id)
			}), true
		case key.Matches(press, k.Promises.Status):
			return sh.open(bulkVerificationForm(sh, ps)), true
		}
	}
	switch {
	case key.Matches(press, k.Promises.Mark):
		p.marked.toggle(pr.ID)
		p.cur.move(1)
		return markedStatus(sh, len(p.marked), k.Promises.Owner, k.Promises.Status), true
	case key.Matches(press, k.Promises.Edit), key.Matches(press, k.List.Open):
		return sh.open(promiseForm(sh, pr)), true
	case key.Matches(press, k.Promises.Answer):
		return s.answer(pr), true
	case key.Matches(press, k.Promises.Term):
		return s.defineTerm(pr), true
	case key.Matches(press, k.Promises.Owner):
		return s.pick(sh.lang.T("who promised “%s”", model.Shorten(line(pr.Title), 30)), model.RoleSales, func(id int64) tea.Cmd {
			next := pr
			next.PromisedBy = id
			return quickSaveCmd(sh, promiseEntity, next, pr)
		}), true
	case key.Matches(press, k.Promises.Status):
		return sh.open(verificationForm(sh, pr)), true
	case key.Matches(press, k.Promises.Confirm):
		return sh.open(confirmForm(sh, deal.ID, pr)), true
	case key.Matches(press, k.Promises.Outcome):
		return outcomeForm(sh, s.d, pr), true
	case key.Matches(press, k.Promises.Decide):
		return decideChangeRequest(sh, s.d, pr), true
	case key.Matches(press, k.Promises.Delete):
		return askConfirm(sh, sh.lang.T("Delete promise “%s”?", model.Shorten(line(pr.Title), 40)),
			sh.lang.T("Delivery's answer stays with it, and its gaps close themselves. You can undo this with u."),
			deleteCmd(sh, promiseEntity, pr)), true
	}
	return nil, false
}

// verificationForm sets how firmly a promise is known.
func verificationForm(sh *shared, p model.Promise) *form {
	f := newForm(sh, sh.lang.T("Verification of “%s”", model.Shorten(line(p.Title), 40)))
	f.note = sh.lang.T("heard → written → confirmed (by the customer) → contracted")
	choiceField(f, "verification", sh.lang.T("Verification"), model.Verifications, p.Verification)
	return bindForm(sh, f, promiseEntity, p, func(f *form, p *model.Promise) error {
		p.Verification = enumOf[model.Verification](f, "verification")
		return nil
	}, model.Promise.Validate, verificationForm)
}

// markedPromises are the marked promises in the order they were added,
// those a filter hides as well: the count in the title is what a bulk
// change reaches.
func (p *promisesPane) markedPromises() []model.Promise {
	if len(p.marked) == 0 {
		return nil
	}
	var out []model.Promise
	for _, pr := range p.d.Promises {
		if p.marked[pr.ID] {
			out = append(out, pr)
		}
	}
	return out
}
