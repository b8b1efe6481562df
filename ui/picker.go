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
// the named field or action.
type pickedMsg struct {
	field string
	id    int64
}

// picker chooses a person from the directory by typing part of a name,
// and can add a person who is not there yet.
type picker struct {
	app     *shared
	title   string
	field   string
	none    bool // offer "(nobody)"
	input   textinput.Model
	matches []model.Person
	cur     cursor
	adding  bool // asking the new person's role
	role    int
}

// openPicker opens a picker over the current screen for field, with text
// already typed.
func openPicker(app *shared, title, field string, none bool, typed string) tea.Cmd {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = "type a name"
	in.SetStyles(app.inputStyles())
	in.SetValue(typed)
	in.Focus()
	p := &picker{app: app, title: title, field: field, none: none, input: in}
	p.cur.setHeight(8)
	p.refilter()
	return app.open(p)
}

// rows: optional "(nobody)", the matches, then optional "add" row.
func (p *picker) typed() string { return strings.TrimSpace(p.input.Value()) }

func (p *picker) canAdd() bool {
	t := p.typed()
	if t == "" {
		return false
	}
	for _, m := range p.app.people {
		if strings.EqualFold(m.Name, t) {
			return false
		}
	}
	return true
}

func (p *picker) refilter() {
	p.matches = p.matches[:0]
	scores := map[int64]int{}
	for _, m := range p.app.people {
		if s := fuzzyScore(p.typed(), m.Name+" "+string(m.Role)); s > 0 {
			p.matches = append(p.matches, m)
			scores[m.ID] = s
		}
	}
	sort.SliceStable(p.matches, func(i, j int) bool { return scores[p.matches[i].ID] > scores[p.matches[j].ID] })
	n := len(p.matches)
	if p.none {
		n++
	}
	if p.canAdd() {
		n++
	}
	p.cur.setLen(n)
	if p.typed() != "" && p.none && len(p.matches) > 0 {
		p.cur.to(1) // the best match, not "(nobody)"
	}
}

// row returns what row i is: the person, or none/add.
func (p *picker) row(i int) (person model.Person, none, add bool) {
	if p.none {
		if i == 0 {
			return model.Person{}, true, false
		}
		i--
	}
	if i < len(p.matches) {
		return p.matches[i], false, false
	}
	return model.Person{}, false, true
}

// Update handles keys while the picker is on top.
func (p *picker) Update(msg tea.Msg) (modal, tea.Cmd) {
	k := p.app.keys
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if paste, ok := msg.(tea.PasteMsg); ok && !p.adding {
			var cmd tea.Cmd
			p.input, cmd = p.input.Update(paste)
			p.refilter()
			return p, cmd
		}
		return p, nil
	}
	if p.adding {
		switch {
		case key.Matches(press, k.Cancel):
			p.adding = false
		case key.Matches(press, k.OptionNext), press.String() == "tab":
			p.role = (p.role + 1) % len(model.Roles)
		case key.Matches(press, k.OptionPrev), press.String() == "shift+tab":
			p.role = (p.role + len(model.Roles) - 1) % len(model.Roles)
		case press.String() == "enter":
			person := model.Person{Name: p.typed(), Role: model.Roles[p.role]}
			return nil, addPersonCmd(p.app, p.field, person)
		}
		return p, nil
	}
	switch {
	case key.Matches(press, k.Cancel):
		return nil, nil
	case press.String() == "up" || press.String() == "ctrl+p":
		p.cur.move(-1)
		return p, nil
	case press.String() == "down" || press.String() == "ctrl+n":
		p.cur.move(1)
		return p, nil
	case press.String() == "enter":
		if p.cur.n == 0 {
			return p, nil
		}
		person, none, add := p.row(p.cur.pos)
		switch {
		case add:
			p.adding = true
			return p, nil
		case none:
			return nil, func() tea.Msg { return pickedMsg{field: p.field} }
		}
		return nil, func() tea.Msg { return pickedMsg{field: p.field, id: person.ID} }
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(press)
	p.refilter()
	return p, cmd
}

// personAddedMsg reports a person added from the picker.
type personAddedMsg struct {
	field  string
	person model.Person
	change *change
	err    error
}

func addPersonCmd(app *shared, field string, p model.Person) tea.Cmd {
	ctx, s := app.ctx, app.store
	return func() tea.Msg {
		if err := s.CreatePerson(ctx, &p); err != nil {
			return personAddedMsg{field: field, err: err}
		}
		ch := personEntity.createdChange(p)
		return personAddedMsg{field: field, person: p, change: &ch}
	}
}

// View draws the picker.
func (p *picker) View(width, height int) string {
	st := p.app.styles
	w := min(60, width-4)
	inner := w - 4
	var b strings.Builder
	b.WriteString(st.Title.Render("Choose: "+p.title) + "\n\n")
	if p.adding {
		b.WriteString(fmt.Sprintf("Add %s as a new person.\n\n", st.Bold.Render("“"+cut(line(p.typed()), inner-20)+"”")))
		b.WriteString(st.Label.Render("Role") + "  ")
		b.WriteString(st.Accent.Render("◂ ") + st.Bold.Render(string(model.Roles[p.role])) + st.Accent.Render(" ▸") + "\n\n")
		b.WriteString(st.Muted.Render("←/→ role · enter: add · esc: back"))
		return st.Modal.Width(w).Render(b.String())
	}
	p.input.SetWidth(inner - 3)
	b.WriteString(p.input.View() + "\n\n")
	start, end := p.cur.visible()
	for i := start; i < end; i++ {
		person, none, add := p.row(i)
		var text string
		switch {
		case none:
			text = "(nobody)"
		case add:
			text = "＋ add “" + line(p.typed()) + "” as a new person"
		default:
			text = line(person.Name) + "  " + st.Muted.Render(string(person.Role))
		}
		text = fit(text, inner-2)
		if i == p.cur.pos {
			b.WriteString(st.Selected.Render("▸ "+text) + "\n")
		} else {
			b.WriteString("  " + text + "\n")
		}
	}
	if p.cur.n == 0 {
		b.WriteString(st.Muted.Render("  nobody matches; type a full name to add one") + "\n")
	}
	b.WriteString("\n" + st.Muted.Render("type to filter · ↑/↓ · enter: choose · esc: cancel"))
	return st.Modal.Width(w).Render(b.String())
}
