package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/prose"
	"handoff/model"
)

// decisionsScreen is a deal's minutes: every decision, when and by whom,
// and the gap it settles.
type decisionsScreen struct {
	screenBase
	list    itemList[model.Decision]
	d       *model.Dossier
	pending int64
}

func newDecisionsScreen(sh *shared, d *model.Dossier) *decisionsScreen {
	s := &decisionsScreen{screenBase: newScreenBase(sh), list: itemList[model.Decision]{sh: sh, id: func(d model.Decision) int64 { return d.ID }}}
	s.list.columns = []column[model.Decision]{
		{sh.lang.T("When"), 16, func(d model.Decision) string { return sh.when(d.DecidedAt) }},
		{sh.lang.T("Who"), 16, func(d model.Decision) string { return sh.nameOr(d.DecidedBy, "—") }},
		{sh.lang.T("Decision"), 0, func(d model.Decision) string { return line(sh.decisionText(d)) }},
	}
	s.open(d)
	return s
}

// Crumb is the deal's crumb and the decisions.
func (s *decisionsScreen) Crumb(below string) string {
	return below + " › " + s.sh.lang.T("Decisions")
}

// Name is "decisions".
func (s *decisionsScreen) Name() string { return "decisions" }

// SelectAfterReload selects a decision saved here.
func (s *decisionsScreen) SelectAfterReload(noun string, id int64) {
	if noun == decisionEntity.noun {
		s.pending = id
	}
}

// gapIn finds one of a deal's gaps (none when no deal is shown).
func gapIn(d *model.Dossier, id int64) (model.Gap, bool) {
	if d == nil || id == 0 {
		return model.Gap{}, false
	}
	return d.GapByID(id)
}

// open shows a deal's decisions.
func (s *decisionsScreen) open(d *model.Dossier) {
	s.d = d
	s.list.setRows(d.Decisions, &s.pending)
	sty := s.list.sh.styles
	s.list.detail = func(dec model.Decision, w int) []string {
		out := wrap(clean(s.list.sh.decisionText(dec)), w)
		if g, ok := gapIn(d, dec.GapID); ok {
			out = append(out, "")
			label := s.list.sh.lang.T("Settles")
			out = append(out, wrapLabelled(sty, label, max(8, textWidth(label)+1), line(g.HeadingIn(s.list.sh.lang)), w)...)
		}
		sh := s.list.sh
		out = append(out, "", sty.Muted.Render(cut(sh.lang.T("%s: %s", prose.Capitalise(sh.sharing(dec.Shared)), sh.shareNote(dec.Shared)), w)))
		return out
	}
}

func (s *decisionsScreen) SetSize(w, h int) { s.list.SetSize(w, h) }

func (s *decisionsScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if loaded, ok := msg.(dossierLoadedMsg); ok {
		if loaded.err == nil && loaded.dealID == s.d.Deal.ID {
			s.open(loaded.d)
		}
		return s, nil
	}
	if s.list.navigate(msg) || s.d == nil {
		return s, nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	sh := s.list.sh
	k := sh.keys
	if key.Matches(press, k.Global.Back) {
		sh.pop()
		return s, refreshDealCmd(s.d.Deal.ID)
	}
	if key.Matches(press, k.Decisions.New) {
		return s, sh.open(decisionForm(sh, model.Decision{DealID: s.d.Deal.ID, DecidedBy: s.d.Deal.Owners.Delivery}, ""))
	}
	dec, ok := s.list.selected()
	if !ok {
		return s, nil
	}
	switch {
	case key.Matches(press, k.Decisions.Edit), key.Matches(press, k.List.Open):
		about := ""
		if g, ok := gapIn(s.d, dec.GapID); ok {
			about = g.HeadingIn(sh.lang)
		}
		return s, sh.open(decisionForm(sh, dec, about))
	case key.Matches(press, k.Decisions.Delete):
		return s, askConfirm(sh, sh.lang.T("Delete this decision?"), dec.Text+"\n"+sh.lang.T("You can undo this with u."),
			deleteCmd(sh, decisionEntity, dec))
	case key.Matches(press, k.Decisions.Share):
		next := dec
		next.Shared = !dec.Shared
		return s, quickSaveCmd(sh, decisionEntity, next, dec)
	}
	return s, nil
}

func (s decisionsScreen) View() string {
	sty := s.list.sh.styles
	name := ""
	if s.d != nil {
		name = line(s.d.Deal.Name)
	}
	l := s.list.sh.lang
	return s.list.view(sty.Bold.Render(l.T("Decisions on “%s”", name))+sty.Muted.Render(" — "+l.T("the minutes, oldest first")),
		l.T("No decisions yet. n records one; in meeting mode r records one about the gap on screen."))
}

func (s decisionsScreen) ShortHelp() []key.Binding {
	k := s.list.sh.keys
	return []key.Binding{withHelp(k.Decisions.New, s.sh.lang.T("new decision")), k.Decisions.Edit, k.Decisions.Delete, k.Decisions.Share, k.Global.Back, k.Global.Help}
}

// HelpSections is the full help of the decisions screen.
func (s decisionsScreen) HelpSections() []helpSection {
	k := s.list.sh.keys
	return []helpSection{
		{s.sh.lang.T("Move"), moveKeys(k)},
		{s.sh.lang.T("Decisions"), []key.Binding{withHelp(k.Decisions.New, s.sh.lang.T("new decision")), k.Decisions.Edit, k.Decisions.Delete, k.Decisions.Share}},
		{s.sh.lang.T("Everywhere"), globalKeys(k)},
	}
}
