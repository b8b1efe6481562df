package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// A person field filters the directory in place: typing opens suggestions
// under the field, ↑/↓ choose, enter or tab take the highlighted person —
// or add the typed name as a new person — and esc closes them. No dialog
// opens, so the keys typed after a name reach the form.

// openPick starts filtering fl's suggestions with typed.
func (f *form) openPick(fl *field, typed string) {
	fl.pick = newPersonFilter(f.sh, fl.kind == fieldPerson, typed, fl.role)
	fl.open = true
	fl.err = ""
}

// clearLast empties a person field, or drops the last of several people.
func clearLast(fl *field) {
	if fl.kind == fieldPerson {
		fl.person = 0
	} else if len(fl.people) > 0 {
		fl.people = fl.people[:len(fl.people)-1]
	}
}

// personKey handles a key or paste while fl's suggestions show.
func (f *form) personKey(fl *field, msg tea.Msg) tea.Cmd {
	c := fl.pick
	k, fk := f.sh.keys.Picker, f.sh.keys.Form
	press, isKey := msg.(tea.KeyPressMsg)
	if !isKey {
		if c.adding() {
			return nil
		}
		return c.edit(msg)
	}
	// tab and shift+tab take the name and go on, in the role question too.
	switch {
	case key.Matches(press, fk.TakeNext):
		cmd := f.take(fl)
		f.moveFocus(1)
		return cmd
	case key.Matches(press, fk.TakePrev):
		cmd := f.take(fl)
		f.moveFocus(-1)
		return cmd
	}
	if c.adding() {
		switch {
		case key.Matches(press, k.Back):
			c.add.adding = false
		case key.Matches(press, k.Add):
			return f.take(fl)
		default:
			c.roleKey(press)
		}
		return nil
	}
	switch {
	case key.Matches(press, k.Close):
		fl.open = false
		return nil
	case c.moveKey(press):
		return nil
	case key.Matches(press, k.Choose):
		if _, _, add, ok := c.selected(); ok && add {
			c.startAdding() // the role can be changed before the person is added
			return nil
		}
		return f.take(fl)
	case key.Matches(press, fk.ClearPerson) && c.input.Value() == "":
		fl.open = false
		clearLast(fl)
		return nil
	}
	return c.edit(press)
}

// take sets fl to the highlighted suggestion and closes them; for the add
// row (or the role question) it adds the typed name as a new person.
func (f *form) take(fl *field) tea.Cmd {
	c := fl.pick
	fl.open = false
	item, none, add, ok := c.selected()
	if c.adding() {
		add, ok = true, true
	}
	switch {
	case !ok:
		return nil
	case add:
		p := c.newPerson()
		fl.adding = p.Name
		return addPersonCmd(f.sh, f.id, fl.name, p)
	case none:
		fl.person = 0
	default:
		setPerson(fl, item.id)
	}
	return nil
}

func setPerson(fl *field, id int64) {
	switch fl.kind {
	case fieldPerson:
		fl.person = id
	case fieldPeople:
		if id != 0 && !containsID(fl.people, id) {
			fl.people = append(fl.people, id)
		}
	}
}

// takeTyped takes what is typed into any person field whose suggestions
// still show, as tab would.
func (f *form) takeTyped() []tea.Cmd {
	var cmds []tea.Cmd
	for i := range f.fields {
		fl := &f.fields[i]
		if fl.open && (fl.pick.typed() != "" || fl.pick.adding()) {
			cmds = append(cmds, f.take(fl))
		}
		fl.open = false
	}
	return cmds
}

// waiting names a person being added from one of the fields, "" for none.
func (f *form) waiting() string {
	for _, fl := range f.fields {
		if fl.adding != "" {
			return fl.adding
		}
	}
	return ""
}

// picked takes a person chosen or added for one of the fields, and saves
// when a save was waiting for it.
func (f *form) picked(msg pickedMsg) tea.Cmd {
	fl := f.field(msg.field)
	if fl == nil {
		return nil
	}
	if fl.adding != "" {
		fl.adding = ""
		if msg.failed {
			f.saveQueued = false
			fl.err = f.sh.lang.T("could not add the new person; nothing was saved")
			return nil
		}
	}
	setPerson(fl, msg.id)
	if msg.id == 0 && fl.kind == fieldPerson {
		fl.person = 0
	}
	fl.err = ""
	if f.saveQueued && f.waiting() == "" {
		f.saveQueued = false
		return f.save()
	}
	return nil
}

// personView draws a person field: the names it holds, and while a name
// is typed the line it is typed into and the suggestions under it.
func (f *form) personView(fl *field, focused bool, width int) string {
	sty := f.sh.styles
	var names []string
	if fl.kind == fieldPerson && fl.person != 0 {
		names = append(names, f.sh.name(fl.person))
	}
	if fl.kind == fieldPeople {
		for _, id := range fl.people {
			names = append(names, f.sh.name(id))
		}
	}
	if fl.adding != "" {
		names = append(names, f.sh.lang.T("%s (adding…)", line(fl.adding)))
	}
	var value string
	switch {
	case len(names) > 0:
		value = cut(strings.Join(names, ", "), width)
	case fl.kind == fieldPerson:
		value = sty.Muted.Render(f.sh.lang.T("(nobody)"))
	default:
		value = sty.Muted.Render(f.sh.lang.T("(nobody yet)"))
	}
	if !focused || !fl.open {
		return value
	}
	c := fl.pick
	if c.adding() {
		return strings.Join(c.roleView(width), "\n")
	}
	c.input.SetWidth(max(width-3, 10))
	out := []string{c.input.View()}
	if fl.kind == fieldPeople && len(names) > 0 {
		out = append([]string{value}, out...)
	}
	return strings.Join(append(out, c.rowsView(width)...), "\n")
}

// personByID finds someone in the directory.
func personByID(people []model.Person, id int64) (model.Person, bool) {
	for _, p := range people {
		if p.ID == id {
			return p, true
		}
	}
	return model.Person{}, false
}

// agreeRole is the role a person added to a term's "agreed by" gets: the
// side the agreement still lacks — selling, then delivery — and once both
// have agreed, the customer's, whose agreement is what remains to record.
func agreeRole(sh *shared) func(ids []int64) model.Role {
	return func(ids []int64) model.Role {
		selling, delivery := false, false
		for _, id := range ids {
			for _, p := range sh.people {
				if p.ID == id {
					selling = selling || p.Role.SellingSide()
					delivery = delivery || p.Role == model.RoleDelivery
				}
			}
		}
		switch {
		case !selling:
			return model.RoleSales
		case !delivery:
			return model.RoleDelivery
		}
		return model.RoleCustomer
	}
}
