package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// choiceItem is one row a chooser offers.
type choiceItem struct {
	id     int64  // what choosing it names: a person's id, an item's index
	label  string // the row's text
	detail string // shown muted after the label, and matched with it
}

// choiceFilter is the part every way of choosing from a list shares: a line
// to type part of a row into, the rows it matches, an optional "(nobody)"
// row and an optional "add" row for a name the list does not hold yet. The
// chooser dialog and a form's person field both use it, so both behave the
// same.
type choiceFilter struct {
	sh    *shared
	items func() []choiceItem // read at each keystroke: the directory may change
	// ranked puts the best match first; otherwise rows keep their order.
	ranked bool
	none   bool // offer "(nobody)"
	// add offers the typed text as a new person; nil for no "add" row.
	add   *personAdd
	empty string // what shows when nothing matches

	input   textinput.Model
	matches []choiceItem
	cur     cursor
}

// personAdd is the "add" row of a chooser of people, and the question of
// the new person's role that choosing it asks.
type personAdd struct {
	adding bool // asking the new person's role
	role   int  // the new person's role, an index into model.Roles
	// defaultRole is the role a person added here gets unless changed: the
	// role of the field it is added from.
	defaultRole func() model.Role
}

func newChoiceFilter(sh *shared, placeholder string, typed string) *choiceFilter {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = placeholder
	in.SetStyles(sh.inputStyles())
	in.SetValue(typed)
	realCursor(&in)
	in.Focus()
	return &choiceFilter{sh: sh, input: in}
}

// typed is what is typed, trimmed.
func (c *choiceFilter) typed() string { return strings.TrimSpace(c.input.Value()) }

// adding reports whether the new person's role is being asked.
func (c *choiceFilter) adding() bool { return c.add != nil && c.add.adding }

// canAdd: an "add" row is offered and something is typed that is not
// already one of the rows.
func (c *choiceFilter) canAdd() bool {
	t := c.typed()
	if c.add == nil || t == "" {
		return false
	}
	for _, it := range c.items() {
		if strings.EqualFold(it.label, t) {
			return false
		}
	}
	return true
}

// newRole is the role a person added now would get.
func (c *choiceFilter) newRole() model.Role {
	if c.add != nil && c.add.defaultRole != nil {
		return c.add.defaultRole()
	}
	return model.RoleOther
}

func (c *choiceFilter) refilter() {
	c.matches = c.matches[:0]
	typed := c.typed()
	if !c.ranked {
		// Rows keep their order, but rows holding what was typed come
		// before rows that hold its letters scattered.
		var scattered []choiceItem
		for _, it := range c.items() {
			switch {
			case containsWords(it.label, typed):
				c.matches = append(c.matches, it)
			case fuzzy(typed, it.label):
				scattered = append(scattered, it)
			}
		}
		c.matches = append(c.matches, scattered...)
		c.cur.setLen(len(c.matches))
		return
	}
	var scores []int
	strong := false // some row holds every typed word
	for _, it := range c.items() {
		text := it.label + " " + it.detail
		if s := fuzzyScore(typed, text); s > 0 {
			c.matches = append(c.matches, it)
			scores = append(scores, s)
			strong = strong || containsWords(text, typed)
		}
	}
	order := make([]int, len(c.matches))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return scores[order[i]] > scores[order[j]] })
	sorted := make([]choiceItem, len(order))
	for i, o := range order {
		sorted[i] = c.matches[o]
	}
	c.matches = append(c.matches[:0], sorted...)
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
	lower := fold(text)
	for _, w := range strings.Fields(fold(typed)) {
		if !strings.Contains(lower, w) {
			return false
		}
	}
	return true
}

// row returns what row i is: the item, or none/add. Rows are the optional
// "(nobody)", the matches, then the optional "add" row.
func (c *choiceFilter) row(i int) (item choiceItem, none, add bool) {
	if c.none {
		if i == 0 {
			return choiceItem{}, true, false
		}
		i--
	}
	if i < len(c.matches) {
		return c.matches[i], false, false
	}
	return choiceItem{}, false, true
}

// selected is the highlighted row; ok is false when there are no rows.
func (c *choiceFilter) selected() (item choiceItem, none, add, ok bool) {
	if c.cur.n == 0 {
		return choiceItem{}, false, false, false
	}
	item, none, add = c.row(c.cur.pos)
	return item, none, add, true
}

// startAdding asks the role of the typed name, starting from the field's.
func (c *choiceFilter) startAdding() {
	c.add.adding = true
	c.add.role = roleIndex(c.newRole())
}

func roleIndex(r model.Role) int {
	for i, x := range model.Roles {
		if x == r {
			return i
		}
	}
	return len(model.Roles) - 1
}

// roleKey handles a key while the role is asked: the next or previous
// role, or a role's own key. It reports whether the key was one of those.
func (c *choiceFilter) roleKey(press tea.KeyPressMsg) bool {
	k := c.sh.keys.Picker
	switch {
	case key.Matches(press, k.RoleNext):
		c.add.role = (c.add.role + 1) % len(model.Roles)
		return true
	case key.Matches(press, k.RolePrev):
		c.add.role = (c.add.role + len(model.Roles) - 1) % len(model.Roles)
		return true
	}
	if i, ok := k.role(press); ok {
		c.add.role = i
		return true
	}
	return false
}

// newPerson is the person the add row or the role question would add.
func (c *choiceFilter) newPerson() model.Person {
	role := c.newRole()
	if c.adding() {
		role = model.Roles[c.add.role]
	}
	return model.Person{Name: c.typed(), Role: role}
}

// edit passes a key or paste to the input and filters again.
func (c *choiceFilter) edit(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	c.input, cmd = c.input.Update(msg)
	c.refilter()
	return cmd
}

// moveKey moves the highlight; it reports whether the key was one that does.
func (c *choiceFilter) moveKey(press tea.KeyPressMsg) bool {
	k := c.sh.keys.Picker
	switch {
	case key.Matches(press, k.Up):
		c.cur.move(-1)
	case key.Matches(press, k.Down):
		c.cur.move(1)
	default:
		return false
	}
	return true
}

// rowsView draws the visible rows, width cells wide.
func (c *choiceFilter) rowsView(width int) []string {
	sty := c.sh.styles
	var out []string
	start, end := c.cur.visible()
	for i := start; i < end; i++ {
		item, none, add := c.row(i)
		var text string
		switch {
		case none:
			text = c.sh.lang.T("(nobody)")
		case add:
			text = c.sh.lang.T("＋ add “%s” as a new person (%s)", line(c.typed()), c.newRole().In(c.sh.lang))
		case item.detail != "":
			text = line(item.label) + "  " + sty.Muted.Render(item.detail)
		default:
			text = line(item.label)
		}
		text = fit(text, width-2)
		if i == c.cur.pos {
			out = append(out, sty.Selected.Render("▸ "+text))
		} else {
			out = append(out, "  "+text)
		}
	}
	if c.cur.n == 0 {
		out = append(out, sty.Muted.Render("  "+c.empty))
	}
	return out
}

// moveHelp is "↑/↓", from the bindings that move.
func (k PickerKeys) moveHelp() string { return k.Up.Help().Key + "/" + k.Down.Help().Key }

// chooser is the dialog that picks one row of a list by typing part of it:
// a person for an action on a pane, a term from the team's library, a
// watch word to stop watching. Enter runs choose with the row picked;
// with an "add" row, it adds the typed name as a new person first.
type chooser struct {
	sh     *shared
	title  string
	note   string
	width  int // the most cells the dialog takes
	c      *choiceFilter
	choose func(item choiceItem, none bool) tea.Cmd
	// added adds the new person of the "add" row.
	added func(p model.Person) tea.Cmd
	// caretAt is the insertion point of the typing line in what View
	// last drew.
	caretAt caret
}

func (p *chooser) caret() (x, y int, ok bool) { return p.caretAt.caret() }

// openChooser opens a chooser over the current screen for a list of
// lines; choose gets the index of the line picked.
func openChooser(sh *shared, title, note string, items []string, choose func(int) tea.Cmd) tea.Cmd {
	rows := make([]choiceItem, len(items))
	for i, it := range items {
		rows[i] = choiceItem{id: int64(i), label: it}
	}
	c := newChoiceFilter(sh, sh.lang.T("type to filter"), "")
	c.items = func() []choiceItem { return rows }
	c.empty = sh.lang.T("nothing matches")
	c.cur.setHeight(10)
	c.refilter()
	return sh.open(&chooser{sh: sh, title: title, note: note, width: 76, c: c,
		choose: func(item choiceItem, _ bool) tea.Cmd { return choose(int(item.id)) }})
}

// Update handles keys while the chooser is on top.
func (p *chooser) Update(msg tea.Msg) (modal, tea.Cmd) {
	k := p.sh.keys.Picker
	c := p.c
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if paste, ok := msg.(tea.PasteMsg); ok && !c.adding() {
			return p, c.edit(paste)
		}
		return p, nil
	}
	if c.adding() {
		switch {
		case key.Matches(press, k.Back):
			c.add.adding = false
		case key.Matches(press, k.Add):
			return nil, p.added(c.newPerson())
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
	case key.Matches(press, k.Choose):
		item, none, add, ok := c.selected()
		switch {
		case !ok:
			return p, nil
		case add:
			c.startAdding()
			return p, nil
		}
		return nil, p.choose(item, none)
	}
	return p, c.edit(press)
}

// View draws the chooser.
func (p *chooser) View(width, height int) string {
	sty := p.sh.styles
	k := p.sh.keys.Picker
	c := p.c
	w := min(p.width, width-4)
	inner := w - 4
	var out []string
	for _, l := range wrap(p.title, inner) {
		out = append(out, sty.Title.Render(l))
	}
	if p.note != "" {
		for _, l := range wrap(p.note, inner) {
			out = append(out, sty.Muted.Render(l))
		}
	}
	p.caretAt = caret{}
	if c.adding() {
		rv := c.roleView(inner)
		out = append(out, "", rv[0], "", rv[1], "", sty.Muted.Render(cut(roleKeys(p.sh.lang, k), inner)))
		return sty.Modal.Width(w).Render(strings.Join(out, "\n"))
	}
	c.input.SetWidth(inner - 3)
	dx, dy := modalBox(sty)
	p.caretAt = caret{x: dx + inputCaret(c.input), y: dy + len(out) + 1, ok: true}
	out = append(out, "", c.input.View(), "")
	out = append(out, c.rowsView(inner)...)
	foot := p.sh.lang.T("type to filter · %s · %s", k.moveHelp(), keyLine(k.Choose, k.Cancel))
	out = append(out, "", sty.Muted.Render(foot))
	return sty.Modal.Width(w).Render(strings.Join(out, "\n"))
}
