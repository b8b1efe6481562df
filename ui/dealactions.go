package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// pickAction is the picker field name for "the screen's pending action".
const pickAction = "@action"

// The workflows of the deal screen, by focused pane. Each returns the
// command to run and whether the key was one of them.

func (s *dealScreen) action(press tea.KeyPressMsg) (tea.Cmd, bool) {
	k := s.sh.keys
	sh := s.sh
	ctx, store := sh.ctx, sh.store
	deal := s.d.Deal
	switch {
	case key.Matches(press, k.Constraint):
		return sh.open(constraintForm(sh, model.Constraint{DealID: deal.ID})), true
	}
	switch s.focus {
	case paneDeal:
		switch {
		case key.Matches(press, k.Edit), key.Matches(press, k.Open):
			return sh.open(dealForm(sh, deal)), true
		case key.Matches(press, k.Owner):
			return sh.open(ownersForm(sh, deal)), true
		case key.Matches(press, k.Status):
			return sh.open(stageForm(sh, deal)), true
		case key.Matches(press, k.New):
			return sh.open(notSoldForm(sh, deal)), true
		case key.Matches(press, k.Delete):
			return askConfirm(sh, "Delete deal “"+line(deal.Name)+"”?",
				"Its promises, answers, gaps and glossary go with it. You can undo this with u.",
				deleteCmd(ctx, store, dealEntity, deal)), true
		}

	case panePromises:
		if key.Matches(press, k.New) {
			p := model.NewPromise(deal.ID)
			p.PromisedBy = deal.Owners.Sales
			return sh.open(promiseForm(sh, p)), true
		}
		p, ok := s.promises.selected()
		if !ok {
			return nil, false
		}
		switch {
		case key.Matches(press, k.Edit), key.Matches(press, k.Open):
			return sh.open(promiseForm(sh, p)), true
		case key.Matches(press, k.Answer):
			return s.answer(p), true
		case key.Matches(press, k.Term):
			return s.defineTerm(p), true
		case key.Matches(press, k.Owner):
			s.onPick = func(id int64) tea.Cmd {
				next := p
				next.PromisedBy = id
				return quickSaveCmd(sh, promiseEntity, next, p)
			}
			return openPicker(sh, "who promised “"+model.Shorten(line(p.Title), 30)+"”", pickAction, model.RoleSales, true, ""), true
		case key.Matches(press, k.Status):
			return sh.open(verificationForm(sh, p)), true
		case key.Matches(press, k.Delete):
			return askConfirm(sh, "Delete promise “"+model.Shorten(line(p.Title), 40)+"”?",
				"Delivery's answer stays with it, and its gaps close themselves. You can undo this with u.",
				deleteCmd(ctx, store, promiseEntity, p)), true
		}

	case paneReality:
		p, hasPromise := s.promises.selected()
		if key.Matches(press, k.New) {
			return sh.open(constraintForm(sh, model.Constraint{DealID: deal.ID})), true
		}
		if c, ok := s.reality.constraint(); ok {
			switch {
			case key.Matches(press, k.Edit), key.Matches(press, k.Open):
				return sh.open(constraintForm(sh, c)), true
			case key.Matches(press, k.Delete):
				return askConfirm(sh, "Delete this constraint?", c.Text, deleteCmd(ctx, store, constraintEntity, c)), true
			}
		}
		if !hasPromise {
			return nil, false
		}
		switch {
		case key.Matches(press, k.Answer), key.Matches(press, k.Edit), key.Matches(press, k.Open):
			return s.answer(p), true
		case key.Matches(press, k.Delete) && s.reality.onAnswer():
			a, answered := s.d.Answer(p.ID)
			if !answered {
				return status("There is no answer to delete."), true
			}
			return askConfirm(sh, "Delete delivery's answer?", "To: "+p.Title+". You can undo this with u.",
				deleteCmd(ctx, store, assessmentEntity, a)), true
		case key.Matches(press, k.Term):
			return s.defineTerm(p), true
		}

	case paneGaps:
		if key.Matches(press, k.New) {
			return sh.open(gapForm(sh, model.Gap{DealID: deal.ID, Kind: model.KindOther, Origin: model.OriginManual,
				Severity: model.SeverityMedium, Status: model.GapOpen})), true
		}
		g, ok := s.gaps.selected()
		if !ok {
			return nil, false
		}
		switch {
		case key.Matches(press, k.Edit), key.Matches(press, k.Open), key.Matches(press, k.Status):
			return sh.open(gapForm(sh, g)), true
		case key.Matches(press, k.Owner):
			s.onPick = func(id int64) tea.Cmd {
				next := g
				next.Owner = id
				return quickSaveCmd(sh, gapEntity, next, g)
			}
			return openPicker(sh, "owner of this gap", pickAction, model.RoleOther, true, ""), true
		case key.Matches(press, k.Decision):
			return sh.open(decisionForm(sh, model.Decision{DealID: deal.ID, GapID: g.ID, DecidedBy: deal.Owners.Delivery}, g.Title)), true
		case key.Matches(press, k.Delete):
			if g.Origin == model.OriginDerived {
				return status("The rules found this gap; it closes itself when its cause goes. Set it to accepted (s) to live with it."), true
			}
			return askConfirm(sh, "Delete this gap?", g.Title+"\nYou can undo this with u.", deleteCmd(ctx, store, gapEntity, g)), true
		case key.Matches(press, k.Term) && g.PromiseID != 0:
			if p, ok := s.d.PromiseByID(g.PromiseID); ok {
				return s.defineTerm(p), true
			}
		case key.Matches(press, k.Answer) && g.PromiseID != 0:
			if p, ok := s.d.PromiseByID(g.PromiseID); ok {
				return s.answer(p), true
			}
		}
	}
	return nil, false
}

// answer opens delivery's answer to p, new or existing.
func (s *dealScreen) answer(p model.Promise) tea.Cmd {
	a, ok := s.d.Answer(p.ID)
	if !ok {
		a = model.Assessment{PromiseID: p.ID, Fit: model.FitUnknown, Confidence: model.ConfidenceMedium,
			AssessedBy: s.d.Deal.Owners.Delivery}
	}
	return s.sh.open(assessForm(s.sh, p, a))
}

// defineTerm starts defining one of p's undefined terms: straight to the
// form when there is one, a choice when there are several.
func (s *dealScreen) defineTerm(p model.Promise) tea.Cmd {
	undefined := s.d.Glossary().InPromise(p)
	newTerm := func(word string) model.Term {
		t := model.Term{DealID: s.d.Deal.ID, Term: word, Status: model.TermDraft}
		for _, existing := range s.d.Terms {
			if model.TermKey(existing.Term) == model.TermKey(word) {
				return existing
			}
		}
		return t
	}
	switch len(undefined) {
	case 0:
		return tea.Batch(status("“"+model.Shorten(line(p.Title), 40)+"” uses no undefined terms; add any term here."),
			s.sh.open(termForm(s.sh, model.Term{DealID: s.d.Deal.ID, Status: model.TermDraft})))
	case 1:
		return s.sh.open(termForm(s.sh, newTerm(undefined[0])))
	}
	f := newForm(s.sh, "Which term to define?")
	f.note = "“" + model.Shorten(line(p.Title), 60) + "” uses: " + strings.Join(undefined, ", ")
	choiceField(f, "term", "Term", undefined, undefined[0])
	f.footer = "←/→ choose · enter: define it · esc: cancel"
	f.submit = func(f *form) (tea.Cmd, error) {
		word := f.value("term")
		term := newTerm(word)
		return func() tea.Msg { return replaceFormMsg{func() *form { return termForm(s.sh, term) }} }, nil
	}
	return s.sh.open(f)
}

// verificationForm sets how firmly a promise is known.
func verificationForm(sh *shared, p model.Promise) *form {
	f := newForm(sh, "Verification of “"+model.Shorten(line(p.Title), 40)+"”")
	f.note = "heard → written → confirmed (by the customer) → contracted"
	choiceField(f, "verification", "Verification", model.Verifications, p.Verification)
	return bindForm(sh, f, promiseEntity, p, func(f *form, p *model.Promise) error {
		p.Verification = enumOf[model.Verification](f, "verification")
		return nil
	}, model.Promise.Validate, verificationForm)
}

// notSoldForm adds one exclusion to the deal's not-sold list.
func notSoldForm(sh *shared, d model.Deal) *form {
	f := newForm(sh, "Add to “not sold”")
	f.note = "Something the customer might expect that was explicitly not sold."
	f.text("not sold", "Not sold", "", "e.g. data migration of archived orders")
	return bindForm(sh, f, dealEntity, d, func(f *form, d *model.Deal) error {
		item := strings.TrimSpace(f.value("not sold"))
		if item == "" {
			return model.Invalid("not sold", "is required")
		}
		d.NotSold = append(append([]string(nil), d.NotSold...), item)
		return nil
	}, model.Deal.Validate, notSoldForm)
}
