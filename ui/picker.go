package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

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

// personFilter is the part every way of naming a person shares: a line to type
// part of a name into, the people it matches, and an "add" row for a name
// the directory does not hold yet. The picker dialog and a form's person
// field both use it, so both behave the same.
type personFilter struct {
	sh      *shared
	none    bool // offer "(nobody)"
	input   textinput.Model
	matches []model.Person
	cur     cursor
	adding  bool // asking the new person's role
	role    int  // the new person's role, an index into model.Roles
	// defaultRole is the role a person added here gets unless changed: the
	// role of the field it is added from.
	defaultRole func() model.Role
}

func newPersonFilter(sh *shared, none bool, typed string, role func() model.Role) *personFilter {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = "type a name"
	in.CharLimit = 200
	in.SetStyles(sh.inputStyles())
	in.SetValue(typed)
	in.Focus()
	c := &personFilter{sh: sh, none: none, input: in, defaultRole: role}
	c.cur.setHeight(6)
	c.refilter()
	return c
}

// rows: optional "(nobody)", the matches, then optional "add" row.
func (c *personFilter) typed() string { return strings.TrimSpace(c.input.Value()) }

// canAdd: something is typed that is not already someone's name.
func (c *personFilter) canAdd() bool {
	t := c.typed()
	if t == "" {
		return false
	}
	for _, m := range c.sh.people {
		if !m.Removed && strings.EqualFold(m.Name, t) {
			return false
		}
	}
	return true
}

// newRole is the role a person added now would get.
func (c *personFilter) newRole() model.Role {
	if c.defaultRole != nil {
		return c.defaultRole()
	}
	return model.RoleOther
}

func (c *personFilter) refilter() {
	c.matches = c.matches[:0]
	scores := map[int64]int{}
	typed := c.typed()
	strong := false // someone's name holds every typed word
	for _, m := range c.sh.people {
		if m.Removed {
			continue // a removed person keeps their name but cannot be chosen anew
		}
		if s := fuzzyScore(typed, m.Name+" "+string(m.Role)); s > 0 {
			c.matches = append(c.matches, m)
			scores[m.ID] = s
			strong = strong || containsWords(m.Name+" "+string(m.Role), typed)
		}
	}
	sort.SliceStable(c.matches, func(i, j int) bool { return scores[c.matches[i].ID] > scores[c.matches[j].ID] })
	n := len(c.matches)
	if c.none {
		n++
	}
	if c.canAdd() {
		n++
	}
	c.cur.setLen(n)
	switch {
	case typed == "":
		c.cur.to(0)
	case !strong && c.canAdd():
		// Letters scattered through other names are no match for a new
		// name: enter adds what was typed rather than choosing a stranger.
		c.cur.to(n - 1)
	case c.none && len(c.matches) > 0:
		c.cur.to(1) // the best match, not "(nobody)"
	default:
		c.cur.to(0)
	}
}

// containsWords reports whether text holds every word of typed.
func containsWords(text, typed string) bool {
	lower := strings.ToLower(text)
	for _, w := range strings.Fields(strings.ToLower(typed)) {
		if !strings.Contains(lower, w) {
			return false
		}
	}
	return true
}

// row returns what row i is: the person, or none/add.
func (c *personFilter) row(i int) (person model.Person, none, add bool) {
	if c.none {
		if i == 0 {
			return model.Person{}, true, false
		}
		i--
	}
	if i < len(c.matches) {
		return c.matches[i], false, false
	}
	return model.Person{}, false, true
}

// selected is the highlighted row; ok is false when there are no rows.
func (c *personFilter) selected() (person model.Person, none, add, ok bool) {
	if c.cur.n == 0 {
		return model.Person{}, false, false, false
	}
	person, none, add = c.row(c.cur.pos)
	return person, none, add, true
}

// startAdding asks the role of the typed name, starting from the field's.
func (c *personFilter) startAdding() {
	c.adding = true
	c.role = roleIndex(c.newRole())
}

func roleIndex(r model.Role) int {
	for i, x := range model.Roles {
		if x == r {
			return i
		}
	}
	return len(model.Roles) - 1
}

// roleKey handles a key while the role is asked: ←/→ or a role's first
// letter (s, p, d, c, o). It reports whether the key was one of those.
func (c *personFilter) roleKey(press tea.KeyPressMsg) bool {
	k := c.sh.keys
	switch {
	case key.Matches(press, k.OptionNext):
		c.role = (c.role + 1) % len(model.Roles)
		return true
	case key.Matches(press, k.OptionPrev):
		c.role = (c.role + len(model.Roles) - 1) % len(model.Roles)
		return true
	}
	if t := strings.ToLower(press.Text); t != "" {
		for i, r := range model.Roles {
			if strings.HasPrefix(string(r), t) {
				c.role = i
				return true
			}
		}
	}
	return false
}

// newPerson is the person the add row or the role question would add.
func (c *personFilter) newPerson() model.Person {
	role := c.newRole()
	if c.adding {
		role = model.Roles[c.role]
	}
	return model.Person{Name: c.typed(), Role: role}
}

// edit passes a key or paste to the input and filters again.
func (c *personFilter) edit(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	c.input, cmd = c.input.Update(msg)
	c.refilter()
	return cmd
}

// moveKey moves the highlight for ↑/↓ (ctrl+p/ctrl+n); it reports whether
// the key was one of those.
func (c *personFilter) moveKey(press tea.KeyPressMsg) bool {
	switch press.String() {
	case "up", "ctrl+p":
		c.cur.move(-1)
	case "down", "ctrl+n":
		c.cur.move(1)
	default:
		return false
	}
	return true
}

// rowsView draws the visible rows, width cells wide.
func (c *personFilter) rowsView(width int) []string {
	sty := c.sh.styles
	var out []string
	start, end := c.cur.visible()
	for i := start; i < end; i++ {
		person, none, add := c.row(i)
		var text string
		switch {
		case none:
			text = "(nobody)"
		case add:
			text = "＋ add “" + line(c.typed()) + "” as a new person (" + string(c.newRole()) + ")"
		default:
			text = line(person.Name) + "  " + sty.Muted.Render(string(person.Role))
		}
		text = fit(text, width-2)
		if i == c.cur.pos {
			out = append(out, sty.Selected.Render("▸ "+text))
		} else {
			out = append(out, "  "+text)
		}
	}
	if c.cur.n == 0 {
		out = append(out, sty.Muted.Render("  nobody matches; type a full name to add one"))
	}
	return out
}

// roleView is the role question: the name and the role to give it.
func (c *personFilter) roleView(width int) []string {
	sty := c.sh.styles
	return []string{
		fmt.Sprintf("Add %s as a new person.", sty.Bold.Render("“"+cut(line(c.typed()), max(width-24, 5))+"”")),
		sty.Label.Render("Role") + "  " + sty.Accent.Render("◂ ") + sty.Bold.Render(string(model.Roles[c.role])) + sty.Accent.Render(" ▸"),
	}
}

// roleKeys is the help line of the role question.
const roleKeys = "s/p/d/c/o or ←/→: role · enter: add · esc: back"

// picker is the dialog that chooses a person for an action on a pane
// (assign an owner), built on the same personFilter as a form's person field.
type picker struct {
	sh    *shared
	title string
	to    ownerID // who asked, and hears the answer
	field string
	c     *personFilter
}

// openPicker opens a picker over the current screen for field of owner
// to, with text already typed; a person added in it gets role unless
// changed.
func openPicker(sh *shared, title string, to ownerID, field string, role model.Role, none bool, typed string) tea.Cmd {
	p := &picker{sh: sh, title: title, to: to, field: field,
		c: newPersonFilter(sh, none, typed, func() model.Role { return role })}
	p.c.cur.setHeight(8)
	return sh.open(p)
}

// Update handles keys while the picker is on top.
func (p *picker) Update(msg tea.Msg) (modal, tea.Cmd) {
	k := p.sh.keys
	c := p.c
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if paste, ok := msg.(tea.PasteMsg); ok && !c.adding {
			return p, c.edit(paste)
		}
		return p, nil
	}
	if c.adding {
		switch {
		case key.Matches(press, k.Cancel):
			c.adding = false
		case press.String() == "tab":
			c.role = (c.role + 1) % len(model.Roles)
		case press.String() == "shift+tab":
			c.role = (c.role + len(model.Roles) - 1) % len(model.Roles)
		case press.String() == "enter":
			return nil, addPersonCmd(p.sh, p.to, p.field, c.newPerson())
		default:
			c.roleKey(press)
		}
		return p, nil
	}
	switch {
	case key.Matches(press, k.Cancel):
		return nil, nil
	case c.moveKey(press):
		return p, nil
	case press.String() == "enter":
		person, none, add, ok := c.selected()
		switch {
		case !ok:
			return p, nil
		case add:
			c.startAdding()
			return p, nil
		case none:
			return nil, func() tea.Msg { return ownedMsg{to: p.to, msg: pickedMsg{field: p.field}} }
		}
		return nil, func() tea.Msg { return ownedMsg{to: p.to, msg: pickedMsg{field: p.field, id: person.ID}} }
	}
	return p, c.edit(press)
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
		ch := personEntity.createdChange(p)
		return personAddedMsg{owner: owner, field: field, person: p, change: &ch}
	}
}

// View draws the picker.
func (p *picker) View(width, height int) string {
	sty := p.sh.styles
	c := p.c
	w := min(60, width-4)
	inner := w - 4
	var b strings.Builder
	b.WriteString(sty.Title.Render("Choose: "+p.title) + "\n\n")
	if c.adding {
		rv := c.roleView(inner)
		b.WriteString(rv[0] + "\n\n" + rv[1] + "\n\n")
		b.WriteString(sty.Muted.Render(cut(roleKeys, inner)))
		return sty.Modal.Width(w).Render(b.String())
	}
	c.input.SetWidth(inner - 3)
	b.WriteString(c.input.View() + "\n\n")
	for _, l := range c.rowsView(inner) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n" + sty.Muted.Render("type to filter · ↑/↓ · enter: choose · esc: cancel"))
	return sty.Modal.Width(w).Render(b.String())
}
