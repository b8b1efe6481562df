package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// The workflows the deal screen's panes share; each pane's own are beside
// its view (pane_deal.go, pane_promises.go, pane_reality.go, pane_gaps.go).

// action runs the workflow a key names: a constraint from any pane, or the
// focused pane's own.
func (s *dealScreen) action(press tea.KeyPressMsg) (tea.Cmd, bool) {
	if key.Matches(press, s.sh.keys.Deal.Constraint) {
		return s.sh.open(constraintForm(s.sh, model.Constraint{DealID: s.d.Deal.ID})), true
	}
	switch s.focus {
	case paneDeal:
		return s.deal.action(s, press)
	case panePromises:
		return s.promises.action(s, press)
	case paneReality:
		return s.reality.action(s, press)
	case paneGaps:
		return s.gaps.action(s, press)
	}
	return nil, false
}

// pick asks for a person, then does then with the one chosen.
func (s *dealScreen) pick(title string, role model.Role, then func(id int64) tea.Cmd) tea.Cmd {
	s.onPick = then
	return openPicker(s.sh, title, s.oid, "", role, true, "")
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
		return tea.Batch(status(s.sh.lang.T("“%s” uses no undefined terms; add any term here.", model.Shorten(line(p.Title), 40))),
			s.sh.open(termForm(s.sh, model.Term{DealID: s.d.Deal.ID, Status: model.TermDraft})))
	case 1:
		return s.sh.open(termForm(s.sh, newTerm(undefined[0])))
	}
	l := s.sh.lang
	f := newForm(s.sh, l.T("Which term to define?"))
	f.note = l.T("“%s” uses: %s", model.Shorten(line(p.Title), 60), strings.Join(undefined, ", "))
	choiceField(f, "term", l.T("Term"), undefined, undefined[0])
	f.footer = l.T("←/→ choose · enter: define it · esc: cancel")
	f.submit = func(f *form) (tea.Cmd, error) {
		word := f.value("term")
		term := newTerm(word)
		return func() tea.Msg { return replaceFormMsg{func() *form { return termForm(s.sh, term) }} }, nil
	}
	return s.sh.open(f)
}
