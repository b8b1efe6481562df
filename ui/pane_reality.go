package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// realityPane is pane 3: delivery's answer to the selected promise, then
// the deal's delivery constraints. Row 0 is the answer; rows 1… are the
// constraints, so e and d act on whichever is selected.
type realityPane struct {
	sh      *shared
	d       *model.Dossier
	promise model.Promise
	has     bool // a promise is selected
	// answer is delivery's answer to the promise, when answered.
	shownAnswer model.Assessment
	answered    bool
	cur         cursor
	// top is the first line shown (follow keeps the selection in sight).
	top    int
	width  int
	height int
}

func newRealityPane(sh *shared) realityPane { return realityPane{sh: sh} }

func (r *realityPane) setData(d *model.Dossier) {
	r.d = d
	r.cur.setLen(1 + len(d.Constraints))
	r.follow()
}

// show sets the promise whose answer is shown, with that answer.
func (r *realityPane) show(p model.Promise, ok bool, a model.Assessment, answered bool) {
	r.promise, r.has = p, ok
	r.shownAnswer, r.answered = a, answered
	r.follow()
}

func (r *realityPane) SetSize(w, h int) {
	r.width, r.height = w, h
	r.cur.setHeight(h)
	r.follow()
}

// onAnswer reports whether the answer row (not a constraint) is selected.
func (r realityPane) onAnswer() bool { return r.cur.pos == 0 }

// constraint is the selected constraint.
func (r realityPane) constraint() (model.Constraint, bool) {
	if r.d == nil || r.cur.pos < 1 || r.cur.pos > len(r.d.Constraints) {
		return model.Constraint{}, false
	}
	return r.d.Constraints[r.cur.pos-1], true
}

func (r realityPane) Update(msg tea.Msg) (realityPane, tea.Cmd) {
	if press, ok := msg.(tea.KeyPressMsg); ok && r.cur.navigate(press, r.sh.keys) {
		r.follow()
	}
	return r, nil
}

// View draws the answer and the constraints, from the line that keeps
// the selected row in sight.
func (r realityPane) View() []string {
	out, _ := r.lines()
	return out[min(r.top, len(out)):]
}

// lines is the whole pane, with for each line the row it belongs to (0 the
// answer, i+1 the constraint i, -1 the heading between them).
func (r realityPane) lines() ([]string, []int) {
	sty := r.sh.styles
	if r.d == nil {
		return nil, nil
	}
	w := r.width
	l := r.sh.lang
	var out []string
	mark := func(row int, s string) string {
		if row == r.cur.pos {
			return sty.Accent.Render("▸ ") + s
		}
		return "  " + s
	}
	switch {
	case !r.has:
		out = append(out, mark(0, sty.Muted.Render(l.T("Select a promise to see delivery's answer."))))
	default:
		a, answered := r.shownAnswer, r.answered
		out = append(out, mark(0, sty.Bold.Render(cut(l.T("To: %s", line(r.promise.Title)), w-2))))
		if !answered {
			out = append(out, "  "+sty.NotReady.Render(l.T("No answer from delivery yet.")),
				"  "+sty.Muted.Render(l.T("Press a to record what delivery can do.")))
			break
		}
		out = append(out, r.answer(a, w-2)...)
	}
	rows := make([]int, len(out)) // the answer's lines are row 0
	out = append(out, "", sty.Header.Render(fit(l.T("Delivery constraints (%d)", len(r.d.Constraints)), w)))
	if len(r.d.Constraints) == 0 {
		out = append(out, sty.Muted.Render("  "+l.T("none recorded · c adds one")))
	}
	for len(rows) < len(out) {
		rows = append(rows, -1)
	}
	for i, c := range r.d.Constraints {
		text := clean(c.Text)
		if c.Shared {
			text = l.T("on the customer: %s", text)
		}
		lines := wrap(text, w-4)
		for j, ln := range lines {
			if j == 0 {
				out = append(out, mark(i+1, "• "+ln))
			} else {
				out = append(out, "    "+ln)
			}
			rows = append(rows, i+1)
		}
	}
	return out, rows
}

// follow moves the first line shown as little as keeps the selected
// row in sight: the top for the answer.
func (r *realityPane) follow() {
	out, rows := r.lines()
	first, last := -1, -1
	for i, row := range rows {
		if row == r.cur.pos {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	switch {
	case r.cur.pos == 0 || first < 0:
		r.top = 0
	case first < r.top:
		r.top = first
	case last >= r.top+r.height:
		r.top = min(last-r.height+1, first)
	}
	r.top = max(min(r.top, len(out)-r.height), 0)
}

// rowAt is the row drawn on line y of the pane's content, if any.
func (r realityPane) rowAt(y int) (int, bool) {
	_, rows := r.lines()
	i := r.top + y
	if y < 0 || y >= r.height || i >= len(rows) || rows[i] < 0 {
		return 0, false
	}
	return rows[i], true
}

// answer is delivery's answer in lines of at most w cells.
func (r realityPane) answer(a model.Assessment, w int) []string {
	sty := r.sh.styles
	p := r.promise
	l := r.sh.lang
	lw := max(widest(l.T("Fit"), l.T("Can do"), l.T("Effort"), l.T("Earliest"), l.T("Confidence"), l.T("Answered")), 10) + 1
	var out []string
	add := func(label, value string) { out = append(out, "  "+labelled(sty, label, lw, value)) }
	add(l.T("Fit"), sty.Bold.Render(fitMark(l, a.Fit, true)))
	if a.CanDo != "" {
		for i, ln := range wrap(clean(a.CanDo), w-lw-1) {
			if i == 0 {
				add(l.T("Can do"), ln)
			} else {
				out = append(out, "  "+fit("", lw)+" "+ln)
			}
		}
	}
	effort := model.FormatDays(a.EffortDays)
	if effort == "" {
		effort = sty.Muted.Render(l.T("not given"))
	} else {
		effort = l.T("%s person-days", effort)
		if p.BudgetDays > 0 {
			effort = l.T("%s (sold %s)", effort, model.FormatDays(p.BudgetDays))
			if a.EffortDays > p.BudgetDays {
				effort = sty.NotReady.Render(effort + " ✗ " + l.T("over"))
			}
		}
	}
	out = append(out, indent(wrapLabelled(sty, l.T("Effort"), lw, effort, w), "  ")...)
	earliest := a.Earliest.StringIn(l)
	if earliest == "" {
		earliest = sty.Muted.Render(l.T("not given"))
	}
	if !p.Due.IsZero() && !a.Earliest.IsZero() {
		if late := a.Earliest.DaysAfter(p.Due); late > 0 {
			earliest = sty.NotReady.Render(a.Earliest.StringIn(l) + " ✗ " + l.N("%d days after due %s", late, p.Due.StringIn(l)))
		} else {
			earliest += sty.Muted.Render(" " + l.T("(due %s)", p.Due.StringIn(l)))
		}
	}
	out = append(out, indent(wrapLabelled(sty, l.T("Earliest"), lw, earliest, w), "  ")...)
	add(l.T("Confidence"), a.Confidence.In(l))
	who := r.sh.nameOr(a.AssessedBy, l.T("someone"))
	add(l.T("Answered"), cut(who, w-lw-1))
	out = append(out, "  "+fit("", lw)+" "+sty.Muted.Render(r.sh.when(a.AssessedAt)))
	if a.PromiseRevision < p.Revision {
		out = append(out, "  "+sty.StatusErr.Render("⚠ "+l.T("The promise changed after this answer.")))
	}
	return out
}

func (r realityPane) ShortHelp() []key.Binding {
	k := r.sh.keys
	return []key.Binding{k.Reality.Answer, k.Deal.Constraint, k.Reality.Edit, k.Reality.Delete}
}

func (r realityPane) FullHelp() [][]key.Binding {
	k, l := r.sh.keys, r.sh.lang
	return [][]key.Binding{{k.Reality.Answer, withHelp(k.Reality.New, l.T("new constraint")), withHelp(k.Reality.Edit, l.T("edit answer / constraint")),
		withHelp(k.Reality.Delete, l.T("delete answer / constraint")), k.Reality.Share}}
}

// action runs the workflows on delivery's side: constraints, and the
// answer to the promise selected in pane 2 (edit, delete, a term).
func (p *realityPane) action(s *dealScreen, press tea.KeyPressMsg) (tea.Cmd, bool) {
	k, sh, deal := p.sh.keys, p.sh, s.d.Deal
	pr, hasPromise := s.promises.selected()
	if key.Matches(press, k.Reality.New) {
		return sh.open(constraintForm(sh, model.Constraint{DealID: deal.ID})), true
	}
	if c, ok := p.constraint(); ok {
		switch {
		case key.Matches(press, k.Reality.Edit), key.Matches(press, k.List.Open):
			return sh.open(constraintForm(sh, c)), true
		case key.Matches(press, k.Reality.Delete):
			return askConfirm(sh, sh.lang.T("Delete this constraint?"), c.Text, deleteCmd(sh, constraintEntity, c)), true
		case key.Matches(press, k.Reality.Share):
			next := c
			next.Shared = !c.Shared
			return quickSaveCmd(sh, constraintEntity, next, c), true
		}
	}
	if !hasPromise {
		return nil, false
	}
	switch {
	case key.Matches(press, k.Reality.Answer), key.Matches(press, k.Reality.Edit), key.Matches(press, k.List.Open):
		return s.answer(pr), true
	case key.Matches(press, k.Reality.Delete) && p.onAnswer():
		a, answered := s.d.Answer(pr.ID)
		if !answered {
			return status(sh.lang.T("There is no answer to delete.")), true
		}
		return askConfirm(sh, sh.lang.T("Delete delivery's answer?"), sh.lang.T("To: %s. You can undo this with u.", pr.Title),
			deleteCmd(sh, assessmentEntity, a)), true
	case key.Matches(press, k.Reality.Term):
		return s.defineTerm(pr), true
	}
	return nil, false
}
