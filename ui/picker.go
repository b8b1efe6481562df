package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// pickedMsg is the picker's answer: the person chosen (0 for nobody) for
// the named field, or for the action of whoever opened the picker. It
// travels tagged with its owner (ownedMsg). failed says an inline add did
// not go through.
type pickedMsg struct {
	field  string
	id     int64
	failed bool
}

// newPersonFilter is a choice of people: the directory's names with their
// roles, best match first, and an "add" row for a name the directory does
// not hold yet. The chooser dialog and a form's person field both use it.
func newPersonFilter(sh *shared, none bool, typed string, role func() model.Role) *choiceFilter {
	c := newChoiceFilter(sh, sh.lang.T("type a name"), typed)
	c.input.CharLimit = 200
	c.items = func() []choiceItem { return personItems(sh.lang, sh.people) }
	c.ranked = true
	c.none = none
	c.add = &personAdd{defaultRole: role}
	c.empty = sh.lang.T("nobody matches; type a full name to add one")
	c.cur.setHeight(6)
	c.refilter()
	return c
}

// personItems are the people who can be chosen: a removed person keeps
// their name but cannot be chosen anew.
func personItems(l i18n.Lang, people []model.Person) []choiceItem {
	out := make([]choiceItem, 0, len(people))
	for _, m := range people {
		if !m.Removed {
			out = append(out, choiceItem{id: m.ID, label: m.Name, detail: m.Role.In(l)})
		}
	}
	return out
}

// roleView is the role question: the name and the role to give it.
func (c *choiceFilter) roleView(width int) []string {
	sty := c.sh.styles
	return []string{
		c.sh.lang.T("Add %s as a new person.", sty.Bold.Render(c.sh.lang.T("“%s”", cut(line(c.typed()), max(width-24, 5))))),
		sty.Label.Render(c.sh.lang.T("Role")) + "  " + sty.Accent.Render("◂ ") + sty.Bold.Render(model.Roles[c.add.role].In(c.sh.lang)) + sty.Accent.Render(" ▸"),
	}
}

// roleKeys is the help line of the role question, from its bindings:
// "s/p/d/c/o or ←/→: role · enter: add · esc: back".
func roleKeys(l i18n.Lang, k PickerKeys) string {
	letters := make([]string, len(k.Roles))
	for i, b := range k.Roles {
		letters[i] = b.Help().Key
	}
	return l.T("%s or %s/%s: role · %s", strings.Join(letters, "/"), k.RolePrev.Help().Key, k.RoleNext.Help().Key, keyLine(k.Add, k.Back))
}

// openPicker opens a chooser of people over the current screen for field
// of owner to, with text already typed; a person added in it gets role
// unless changed.
func openPicker(sh *shared, title string, to ownerID, field string, role model.Role, none bool, typed string) tea.Cmd {
	c := newPersonFilter(sh, none, typed, func() model.Role { return role })
	c.cur.setHeight(8)
	return sh.open(&chooser{sh: sh, title: sh.lang.T("Choose: %s", title), width: 60, c: c,
		choose: func(item choiceItem, none bool) tea.Cmd {
			id := item.id
			if none {
				id = 0
			}
			return func() tea.Msg { return ownedMsg{to: to, msg: pickedMsg{field: field, id: id}} }
		},
		added: func(p model.Person) tea.Cmd { return addPersonCmd(sh, to, field, p) },
	})
}

// personAddedMsg reports a person added from a picker or a person field,
// for field of owner.
type personAddedMsg struct {
	owner  ownerID
	field  string
	person model.Person
	change *change
	err    error
}

func addPersonCmd(sh *shared, owner ownerID, field string, p model.Person) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		if err := s.CreatePerson(ctx, &p); err != nil {
			return personAddedMsg{owner: owner, field: field, err: err}
		}
		ch := personEntity.createdChange(sh.lang, p)
		return personAddedMsg{owner: owner, field: field, person: p, change: &ch}
	}
}
