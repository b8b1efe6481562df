package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// peopleScreen is the directory every deal shares: who sells, who
// delivers, who the customer's people are. Names and roles are fixed here.
type peopleScreen struct {
	screenBase
	list    itemList[model.Person]
	pending int64
}

// newPeopleScreen shows the directory as last read.
func newPeopleScreen(sh *shared) *peopleScreen {
	s := &peopleScreen{screenBase: newScreenBase(sh), list: itemList[model.Person]{sh: sh, id: func(p model.Person) int64 { return p.ID }}}
	roleW := 10 // the widest role in words
	for _, r := range model.Roles {
		roleW = max(roleW, textWidth(r.In(sh.lang)))
	}
	s.list.columns = []column[model.Person]{
		{sh.lang.T("[person] Name"), 0, func(p model.Person) string { return line(p.Name) }},
		{sh.lang.T("Role"), roleW, func(p model.Person) string { return p.Role.In(sh.lang) }},
		{sh.lang.T("Email"), 32, func(p model.Person) string { return line(p.Email) }},
		{sh.lang.T("SSH keys"), 15, func(p model.Person) string { return keysCell(sh.lang, sh.personKeys[p.ID]) }},
	}
	s.setData(livePeople(sh.people))
	return s
}

// keysCell shows a person's keys by fingerprint: the first one's end,
// enough to tell keys apart, and how many more.
func keysCell(lang i18n.Lang, fps []string) string {
	if len(fps) == 0 {
		return ""
	}
	fp := strings.TrimPrefix(fps[0], "SHA256:")
	if len(fp) > 12 {
		fp = "…" + fp[len(fp)-12:]
	}
	if len(fps) == 1 {
		return fp
	}
	return lang.N("%d keys: %s …", len(fps), fp)
}

// Crumb is "People": the directory belongs to no deal.
func (s *peopleScreen) Crumb(string) string { return s.sh.lang.T("People") }

// Name is "people".
func (s *peopleScreen) Name() string { return "people" }

// SelectAfterReload selects a person saved here.
func (s *peopleScreen) SelectAfterReload(noun string, id int64) {
	if noun == personEntity.noun {
		s.pending = id
	}
}

// livePeople leaves out those removed from the directory: their names
// stay for the rows that name them, but the directory no longer lists them.
func livePeople(all []model.Person) []model.Person {
	var out []model.Person
	for _, p := range all {
		if !p.Removed {
			out = append(out, p)
		}
	}
	return out
}

// setData shows the directory as it now is.
func (s *peopleScreen) setData(people []model.Person) { s.list.setRows(people, &s.pending) }

func (s *peopleScreen) SetSize(w, h int) { s.list.SetSize(w, h) }

func (s *peopleScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if loaded, ok := msg.(peopleLoadedMsg); ok {
		if loaded.err == nil {
			s.setData(livePeople(loaded.people))
		}
		return s, nil
	}
	if s.list.navigate(msg) {
		return s, nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	sh := s.list.sh
	k := sh.keys
	if key.Matches(press, k.Global.Back) {
		// The names may have changed on every screen under this one.
		sh.pop()
		return s, reloadCmd
	}
	if key.Matches(press, k.People.New) {
		return s, sh.open(personForm(sh, model.Person{Role: model.RoleSales}))
	}
	p, ok := s.list.selected()
	if !ok {
		return s, nil
	}
	switch {
	case key.Matches(press, k.People.Edit), key.Matches(press, k.List.Open):
		return s, sh.open(personForm(sh, p))
	case key.Matches(press, k.People.Delete):
		return s, askConfirm(sh, sh.lang.T("Remove “%s” from the directory?", line(p.Name)),
			sh.lang.T("Deals, promises and gaps that name them keep the name, marked (removed). You can undo this with u."),
			deleteCmd(sh, personEntity, p))
	}
	return s, nil
}

func (s peopleScreen) View() string {
	sty := s.list.sh.styles
	l := s.list.sh.lang
	return s.list.view(sty.Bold.Render(l.T("People"))+sty.Muted.Render(" — "+l.T("one directory for every deal")),
		l.T("Nobody yet. People are added here (n) or wherever you pick a person."))
}

func (s peopleScreen) ShortHelp() []key.Binding {
	k := s.list.sh.keys
	return []key.Binding{withHelp(k.People.New, s.sh.lang.T("new person")), k.People.Edit, k.People.Delete, k.Global.Back, k.Global.Help}
}

// HelpSections is the full help of the people screen.
func (s peopleScreen) HelpSections() []helpSection {
	k := s.list.sh.keys
	return []helpSection{
		{s.sh.lang.T("Move"), moveKeys(k)},
		{s.sh.lang.T("People"), []key.Binding{withHelp(k.People.New, s.sh.lang.T("new person")), k.People.Edit, withHelp(k.People.Delete, s.sh.lang.T("remove"))}},
		{s.sh.lang.T("Everywhere"), globalKeys(k)},
	}
}

// personForm creates or edits a person.
func personForm(sh *shared, p model.Person) *form {
	title := sh.lang.T("New person")
	if p.ID != 0 {
		title = sh.lang.T("Edit person")
	}
	f := newForm(sh, title)
	f.text("name", sh.lang.T("[person] Name"), p.Name, sh.lang.T("as everyone writes it"))
	choiceField(f, "role", sh.lang.T("Role"), model.Roles, p.Role)
	f.text("email", sh.lang.T("Email"), p.Email, sh.lang.T("optional"))
	return bindForm(sh, f, personEntity, p, func(f *form, p *model.Person) error {
		p.Name = strings.TrimSpace(f.value("name"))
		p.Role = enumOf[model.Role](f, "role")
		p.Email = strings.TrimSpace(f.value("email"))
		return nil
	}, model.Person.Validate, personForm)
}
