package ui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// modal is a layer over the screen that takes every key while it is open:
// a form, a person picker, a question. Update returns nil to close it.
type modal interface {
	Update(msg tea.Msg) (modal, tea.Cmd)
	View(width, height int) string
}

type fieldKind int

const (
	fieldText   fieldKind = iota // one line
	fieldArea                    // several lines; enter is a new line
	fieldChoice                  // one of options, with ←/→
	fieldPerson                  // one person, chosen with the picker
	fieldPeople                  // several people, chosen with the picker
)

// field is one labelled input of a form. name is the model's name for the
// field, so a ValidationError lands beside the right input.
type field struct {
	name, label, hint string
	kind              fieldKind
	input             textinput.Model
	area              textarea.Model
	options           []string
	words             []string // the options as the form shows them
	choice            int
	person            int64
	people            []int64
	err               string
	// preview, when set, says what the form makes of a text field's
	// text as it is typed ("Wed 2026-12-09"), or why it cannot read it;
	// "" and no error show nothing.
	preview func(string) (string, error)
	// pick filters the directory in place while a name is typed into a
	// person field; open says its suggestions show.
	pick *choiceFilter
	open bool
	// role is the role a person added from this field gets by default.
	role func() model.Role
	// adding names a person being added from this field, until the store
	// answers.
	adding string
}

// form is a modal form over one item. Tab and shift+tab (and ↑/↓ outside
// multi-line fields) move between fields; ←/→ change a choice; enter on a
// person field opens the picker; enter on the last field or ctrl+s saves;
// esc cancels and saves nothing (asking first when something was typed). A
// save that fails keeps the form open with what was typed and the reason
// beside the field.
type form struct {
	// id names the form to the results of the saves it asks for.
	id     ownerID
	title  string
	fields []field
	focus  int
	err    string
	saving bool
	// saveQueued: a save waits for people being added from its fields.
	saveQueued bool
	note       string // a line under the title: what the form is about
	footer     string // the keys line, when not the usual one

	sh *shared
	// submit reads the fields and returns the command that saves them, or a
	// ValidationError for what could not be read.
	submit func(f *form) (tea.Cmd, error)
	// onConflict, when set, loads what changed underneath after a save was
	// refused as stale, and returns the dialog that offers reload or
	// overwrite.
	onConflict func(f *form) tea.Cmd
	// opened is the fields as they were when the form first took a
	// message, so esc knows whether anything typed would be lost.
	opened *string
	// ask, when set, reads the fields once they are valid and returns a
	// question to answer before saving ("not ready: move anyway?"), or "".
	ask func(f *form) (question, detail string)
	// confirmed is true for the one save the user said yes to.
	confirmed bool
	// onChoice, when set, hears that a choice field changed, so a field
	// that follows from it can follow.
	onChoice func(f *form, fl *field)
	// caretAt is the insertion point of the focused input in what View
	// last drew.
	caretAt caret
}

// confirmedMsg says the user answered yes to a form's question: save it.
type confirmedMsg struct{ form *form }

func newForm(sh *shared, title string) *form {
	return &form{title: title, sh: sh, id: sh.newOwner()}
}

func (f *form) add(fl field) *form {
	if len(f.fields) == 0 {
		f.focusField(&fl)
	}
	f.fields = append(f.fields, fl)
	return f
}

// text adds a one-line field.
func (f *form) text(name, label, value, hint string) *form {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = hint
	in.CharLimit = 20000
	in.SetValue(clean(value))
	in.SetWidth(40)
	in.SetStyles(f.sh.inputStyles())
	realCursor(&in)
	return f.add(field{name: name, label: label, hint: hint, kind: fieldText, input: in})
}

// previewed gives the field added last a preview of what its text means.
func (f *form) previewed(preview func(string) (string, error)) *form {
	f.fields[len(f.fields)-1].preview = preview
	return f
}

// dateHint is what a date field accepts.
var dateHint = i18n.M("YYYY-MM-DD, today, +3d, +2w or friday")

// dateText adds a one-line date field that shows the day it understood:
// relative forms are read against the app's today when the form is read.
func (f *form) dateText(name, label string, d model.Date) *form {
	return f.text(name, label, d.StringIn(f.sh.lang), f.sh.lang.T(dateHint)).previewed(func(s string) (string, error) {
		d, err := model.ParseFormDateIn(s, f.sh.today(), f.sh.lang)
		return d.LongIn(f.sh.lang), err
	})
}

// previewLines say under a text field what its text means: for the
// focused field always, for another only when it cannot be read.
func (f *form) previewLines(fl *field, focused bool, width int) []string {
	if fl.kind != fieldText || fl.preview == nil || fl.err != "" || strings.TrimSpace(fl.input.Value()) == "" {
		return nil
	}
	sty := f.sh.styles
	text, err := fl.preview(fl.input.Value())
	switch {
	case err != nil:
		return errLines(sty, sentence(err), width)
	case focused && text != "":
		return []string{sty.Preview.Render("→ " + cut(line(text), width-2))}
	}
	return nil
}

// errLines is a field's problem, wrapped: the sentence that says how to
// write an ambiguous amount must be read to its end.
func errLines(sty Styles, msg string, width int) []string {
	var out []string
	for i, l := range wrap(line(msg), width-2) {
		mark := "✗ "
		if i > 0 {
			mark = "  "
		}
		out = append(out, sty.FieldErr.Render(mark+l))
	}
	return out
}

// area adds a multi-line field.
func (f *form) area(name, label, value string) *form {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.CharLimit = 20000
	ta.SetHeight(3)
	ta.SetWidth(44)
	ta.SetStyles(f.sh.areaStyles())
	ta.SetVirtualCursor(false)
	ta.SetValue(clean(value))
	ta.Blur()
	return f.add(field{name: name, label: label, kind: fieldArea, area: ta,
		hint: f.sh.lang.T("%s: new line · %s: next field", ta.KeyMap.InsertNewline.Help().Key, f.sh.keys.Form.AreaNext.Help().Key)})
}

// choiceField adds a field that takes one of options. It shows a stored
// value in the form's language (stage.In) and keeps the value itself.
func choiceField[T ~string](f *form, name, label string, options []T, value T) *form {
	return choiceWords(f, name, label, options, value, func(o T) string {
		if w, ok := any(o).(interface{ In(i18n.Lang) string }); ok {
			return w.In(f.sh.lang)
		}
		return strings.ReplaceAll(string(o), "_", " ")
	})
}

// choiceWords is choiceField with the options' words given.
func choiceWords[T ~string](f *form, name, label string, options []T, value T, word func(T) string) *form {
	opts, words := make([]string, len(options)), make([]string, len(options))
	sel := 0
	for i, o := range options {
		opts[i], words[i] = string(o), word(o)
		if o == value {
			sel = i
		}
	}
	return f.add(field{name: name, label: label, kind: fieldChoice, options: opts, words: words, choice: sel,
		hint: f.sh.lang.T("%s/%s to change", f.sh.keys.Form.OptionPrev.Help().Key, f.sh.keys.Form.OptionNext.Help().Key)})
}

// person adds a field that names one person (0: nobody); a person added
// from it gets role unless changed.
func (f *form) person(name, label string, id int64, role model.Role) *form {
	return f.add(field{name: name, label: label, kind: fieldPerson, person: id,
		role: func() model.Role { return role },
		hint: f.sh.lang.T("type a name or %s to choose · %s clears", f.sh.keys.Form.Suggest.Help().Key, f.sh.keys.Form.ClearPerson.Help().Key)})
}

// peopleField adds a field that names several people; role says what role
// a person added from it gets, given who the field already names.
func (f *form) peopleField(name, label string, ids []int64, role func(ids []int64) model.Role) *form {
	f.add(field{name: name, label: label, kind: fieldPeople, people: append([]int64(nil), ids...),
		hint: f.sh.lang.T("type a name or %s to add a person · %s removes the last", f.sh.keys.Form.Suggest.Help().Key, f.sh.keys.Form.ClearPerson.Help().Key)})
	fl := &f.fields[len(f.fields)-1]
	fl.role = func() model.Role { return role(f.peopleIDs(name)) }
	return f
}

func (f *form) field(name string) *field {
	for i := range f.fields {
		if f.fields[i].name == name {
			return &f.fields[i]
		}
	}
	return nil
}

// value is the text of a text, area or choice field. Text is cleaned on
// the way in (see clean), so what is stored is what the form showed.
func (f *form) value(name string) string {
	fl := f.field(name)
	if fl == nil {
		return ""
	}
	switch fl.kind {
	case fieldText:
		return fl.input.Value()
	case fieldArea:
		return fl.area.Value()
	case fieldChoice:
		return fl.options[fl.choice]
	}
	return ""
}

// personID is the person a person field names.
func (f *form) personID(name string) int64 {
	if fl := f.field(name); fl != nil {
		return fl.person
	}
	return 0
}

// peopleIDs is the people a people field names.
func (f *form) peopleIDs(name string) []int64 {
	if fl := f.field(name); fl != nil {
		return append([]int64(nil), fl.people...)
	}
	return nil
}

func (f *form) focusField(fl *field) {
	switch fl.kind {
	case fieldText:
		fl.input.Focus()
	case fieldArea:
		fl.area.Focus()
	}
}

func blurField(fl *field) {
	fl.input.Blur()
	fl.area.Blur()
}

func (f *form) moveFocus(delta int) {
	if len(f.fields) == 0 {
		return
	}
	blurField(&f.fields[f.focus])
	f.focus = (f.focus + delta + len(f.fields)) % len(f.fields)
	f.focusField(&f.fields[f.focus])
}

// fail shows why a save failed and keeps the form open.
func (f *form) fail(err error) {
	f.saving = false
	for i := range f.fields {
		f.fields[i].err = ""
	}
	f.err = ""
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		var rest []string
		for _, fe := range ve.Fields {
			if fl := f.field(fe.Field); fl != nil {
				if fl.err == "" {
					fl.err = fe.MessageIn(f.sh.lang)
				}
				continue
			}
			rest = append(rest, fe.In(f.sh.lang))
		}
		f.err = strings.Join(rest, "; ")
		if f.err == "" {
			f.err = f.sh.lang.T("Please correct the marked fields; nothing was saved.")
		}
		for i := range f.fields {
			if f.fields[i].err != "" {
				blurField(&f.fields[f.focus])
				f.focus = i
				f.focusField(&f.fields[i])
				break
			}
		}
		return
	}
	f.err = f.sh.lang.T("%s Nothing was saved.", sentence(err))
}

// save reads the fields and starts the save.
func (f *form) save() tea.Cmd {
	if f.saving {
		return nil
	}
	// A name typed into a person field and not yet taken is taken now, and
	// the save waits for anyone that adds: nothing typed is lost.
	cmds := f.takeTyped()
	if f.waiting() != "" {
		f.saveQueued = true
		return tea.Batch(cmds...)
	}
	cmd, err := f.submit(f)
	if err != nil {
		f.fail(err)
		return nil
	}
	confirmed := f.confirmed
	f.confirmed = false
	if f.ask != nil && !confirmed {
		if q, detail := f.ask(f); q != "" {
			return askConfirm(f.sh, q, detail, func() tea.Msg { return confirmedMsg{f} })
		}
	}
	f.saving = true
	f.err = ""
	return f.owned(cmd)
}

// owned makes the answer of a save command the form's own, so that the
// form closes when it succeeds and shows why when it fails, even if
// another dialog is on top by then.
func (f *form) owned(cmd tea.Cmd) tea.Cmd { return ownedCmd(f.id, cmd) }

// tag makes msg the answer to f, or leaves it nobody's when f is nil.
func (f *form) tag(msg tea.Msg) tea.Msg {
	if f == nil {
		return msg
	}
	return ownedMsg{to: f.id, msg: msg}
}

// state is everything the fields hold, to tell an edited form from an
// untouched one.
func (f *form) state() string {
	var b strings.Builder
	for i := range f.fields {
		fl := &f.fields[i]
		b.WriteString(fl.name + "\x00" + fl.input.Value() + "\x00" + fl.area.Value() + "\x00" +
			itoa(fl.choice) + "\x00" + itoa(int(fl.person)) + "\x00")
		for _, id := range fl.people {
			b.WriteString(itoa(int(id)) + ",")
		}
		b.WriteString("\x01")
	}
	return b.String()
}

// edited reports whether the fields differ from how the form opened.
func (f *form) edited() bool { return f.opened != nil && *f.opened != f.state() }

// Update handles a key or a pick while the form is on top.
func (f *form) Update(msg tea.Msg) (modal, tea.Cmd) {
	k := f.sh.keys.Form
	if f.opened == nil {
		// Forms are built whole before they are shown, so the first message
		// finds them as they opened.
		s := f.state()
		f.opened = &s
	}
	switch msg := msg.(type) {
	case pickedMsg:
		return f, f.picked(msg)
	case confirmedMsg:
		if msg.form == f {
			f.confirmed = true
			return f, f.save()
		}
		return f, nil
	case tea.PasteMsg, tea.KeyPressMsg:
	default:
		return f, nil
	}
	press, isKey := msg.(tea.KeyPressMsg)
	fl := &f.fields[f.focus]
	if fl.open && (fl.kind == fieldPerson || fl.kind == fieldPeople) {
		// The field's suggestions take every key but save, so the key after
		// a typed name (tab included) is never lost to a dialog.
		if !isKey || !key.Matches(press, k.Save) {
			return f, f.personKey(fl, msg)
		}
	}
	if isKey {
		if next, cmd, done := f.formKey(fl, press); done {
			return next, cmd
		}
	}
	switch fl.kind {
	case fieldText, fieldArea:
		return f, f.typed(fl, msg)
	case fieldChoice:
		if isKey {
			return f, f.choiceKey(fl, press)
		}
	case fieldPerson, fieldPeople:
		if isKey {
			return f, f.personFieldKey(fl, press)
		}
	}
	return f, nil
}

// formKey handles the keys that mean the same in every field: cancel,
// save, and moving between fields. done says the key was one of them.
func (f *form) formKey(fl *field, press tea.KeyPressMsg) (next modal, cmd tea.Cmd, done bool) {
	k := f.sh.keys.Form
	switch {
	case key.Matches(press, k.Cancel) && f.saving:
		return f, status(f.sh.lang.T("Still saving; the form closes when it is done.")), true
	case key.Matches(press, k.Cancel) && f.edited():
		return f, f.sh.open(&discardDialog{sh: f.sh, form: f}), true
	case key.Matches(press, k.Cancel):
		return nil, status(f.sh.lang.T("Cancelled; nothing was saved.")), true
	case key.Matches(press, k.Save):
		return f, f.save(), true
	case fl.kind == fieldArea && key.Matches(press, k.AreaNext),
		fl.kind != fieldArea && key.Matches(press, k.NextField):
		f.moveFocus(1)
		return f, nil, true
	case fl.kind == fieldArea && key.Matches(press, k.AreaPrev),
		fl.kind != fieldArea && key.Matches(press, k.PrevField):
		f.moveFocus(-1)
		return f, nil, true
	case fl.kind != fieldArea && key.Matches(press, k.Enter):
		// Enter goes on to the next field, and saves on the last one.
		if f.focus == len(f.fields)-1 {
			return f, f.save(), true
		}
		f.moveFocus(1)
		return f, nil, true
	}
	return f, nil, false
}

// typed gives a key or a paste to a text or multi-line field.
func (f *form) typed(fl *field, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	if fl.kind == fieldText {
		fl.input, cmd = fl.input.Update(msg)
		if v := fl.input.Value(); clean(v) != v {
			fl.input.SetValue(clean(v)) // typed or pasted controls never show
		}
	} else {
		fl.area, cmd = fl.area.Update(msg)
		if v := fl.area.Value(); clean(v) != v {
			fl.area.SetValue(clean(v))
		}
	}
	fl.err = ""
	return cmd
}

// choiceKey changes a choice field's option.
func (f *form) choiceKey(fl *field, press tea.KeyPressMsg) tea.Cmd {
	k := f.sh.keys.Form
	switch {
	case key.Matches(press, k.OptionNext):
		fl.choice = (fl.choice + 1) % len(fl.options)
	case key.Matches(press, k.OptionPrev):
		fl.choice = (fl.choice + len(fl.options) - 1) % len(fl.options)
	default:
		// Typing a letter jumps to the next option starting with it: the
		// letter is matched against the options' names, as text, so it
		// is no binding.
		if t := press.Text; t != "" {
			for i := 1; i <= len(fl.options); i++ {
				j := (fl.choice + i) % len(fl.options)
				if strings.HasPrefix(fold(fl.words[j]), fold(t)) || strings.HasPrefix(fl.options[j], strings.ToLower(t)) {
					fl.choice = j
					break
				}
			}
		}
	}
	fl.err = ""
	if f.onChoice != nil {
		f.onChoice(f, fl)
	}
	return nil
}

// personFieldKey handles a key on a person field whose suggestions are
// closed: open them, clear the field, or start typing a name.
func (f *form) personFieldKey(fl *field, press tea.KeyPressMsg) tea.Cmd {
	k := f.sh.keys.Form
	switch {
	case key.Matches(press, k.Suggest):
		f.openPick(fl, "")
	case key.Matches(press, k.ClearPerson):
		clearLast(fl)
	case press.Text != "" && fl.adding == "":
		// Any other letter is the start of a name, typed as text.
		f.openPick(fl, press.Text)
	}
	return nil
}

// discardDialog asks before esc throws away what was typed in a form: one
// reflex key must not lose a filled form.
type discardDialog struct {
	sh   *shared
	form *form
}

// discardFormMsg closes a form whose changes the user chose to discard.
type discardFormMsg struct{ form *form }

func (d *discardDialog) Update(msg tea.Msg) (modal, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return d, nil
	}
	switch {
	case key.Matches(press, d.sh.keys.Dialog.Discard):
		f := d.form
		return nil, func() tea.Msg { return discardFormMsg{f} }
	case key.Matches(press, d.sh.keys.Dialog.KeepEditing):
		return nil, nil // back to the form, everything typed still there
	case key.Matches(press, d.sh.keys.Dialog.Help):
		return d, dialogHelp(d.sh, d.sh.lang.T("discard your changes?"), d.sh.keys.Dialog.Discard, d.sh.keys.Dialog.KeepEditing)
	}
	return d, nil
}

func (d *discardDialog) View(width, height int) string {
	sty := d.sh.styles
	w := min(64, width-4)
	return sty.Modal.Width(w).Render(sty.Title.Render(d.sh.lang.T("Discard your changes?")) + "\n" +
		d.sh.lang.T("What you typed in “%s” is not saved.", cut(line(d.form.title), w-24)) + "\n\n" +
		sty.Muted.Render(keyLine(d.sh.keys.Dialog.Discard, d.sh.keys.Dialog.KeepEditing)))
}

func containsID(ids []int64, id int64) bool {
	for _, v := range ids {
		if v == id {
			return true
		}
	}
	return false
}

// View draws the form as a box in the middle of the screen.
func (f *form) View(width, height int) string {
	sty := f.sh.styles
	pk, fk := f.sh.keys.Picker, f.sh.keys.Form
	w := min(76, width-4)
	inner := w - 4
	var head, body, foot []string
	for _, l := range wrap(f.title, inner) {
		head = append(head, sty.Title.Render(l))
	}
	if f.note != "" {
		for _, l := range wrap(clean(f.note), inner) {
			head = append(head, sty.Muted.Render(l))
		}
	}
	head = append(head, "")
	focusStart, focusEnd := 0, 0
	var at caret // the insertion point, in body lines and cells
	for i := range f.fields {
		fl := &f.fields[i]
		focused := i == f.focus
		if focused {
			focusStart = len(body)
		}
		// A label is never cut: a long one in a long-worded language wraps.
		for j, l := range wrap(fl.label, inner-2) {
			switch {
			case focused && j == 0:
				body = append(body, sty.Accent.Render("▸ "+l))
			case focused:
				body = append(body, sty.Accent.Render("  "+l))
			default:
				body = append(body, sty.Label.Render("  "+l))
			}
		}
		view := f.fieldView(fl, focused, inner-2)
		if focused {
			at = f.fieldCaret(fl).at(2, len(body))
		}
		for _, l := range strings.Split(view, "\n") {
			body = append(body, "  "+l)
		}
		preview := f.previewLines(fl, focused, inner-2)
		switch {
		case fl.err != "":
			// The error names the field by its label: a bare "is required"
			// says nothing once the eye has left the field.
			for _, l := range errLines(sty, f.fieldProblem(fl), inner-2) {
				body = append(body, "  "+l)
			}
		case len(preview) > 0:
			for _, l := range preview {
				body = append(body, "  "+l)
			}
		case focused && fl.open && fl.pick.adding():
			body = append(body, "  "+sty.Muted.Render(cut(f.sh.lang.T("%s · %s: add and go on", roleKeys(f.sh.lang, pk), fk.TakeNext.Help().Key), inner-2)))
		case focused && fl.open:
			body = append(body, "  "+sty.Muted.Render(cut(f.sh.lang.T("%s · %s or %s: take · %s", pk.moveHelp(), pk.Choose.Help().Key, fk.TakeNext.Help().Key, keyLine(pk.Close)), inner-2)))
		case focused && fl.hint != "" && fl.kind != fieldText:
			body = append(body, "  "+sty.Muted.Render(cut(fl.hint, inner-2)))
		}
		if focused {
			focusEnd = len(body)
		}
	}
	foot = append(foot, "")
	switch {
	case f.saving:
		foot = append(foot, sty.Muted.Render(f.sh.lang.T("Saving…")))
	case f.err != "":
		for _, l := range wrap(f.err, inner) {
			foot = append(foot, sty.StatusErr.Render(l))
		}
	}
	keys := f.footer
	if keys == "" {
		keys = f.sh.lang.T("%s on the last field or %s: save · %s: next · %s",
			fk.Enter.Help().Key, fk.Save.Help().Key, fk.AreaNext.Help().Key, keyLine(fk.Cancel))
	}
	// The keys line wraps rather than lose its last key in a long-worded
	// language.
	for _, l := range wrap(keys, inner) {
		foot = append(foot, sty.Muted.Render(l))
	}
	// A form taller than the screen shows the part around the focused field.
	// A line below, and above once scrolled, is kept for "more fields".
	if room := height - 2 - len(head) - len(foot); len(body) > room && room > 5 {
		var window []string
		if focusEnd <= room-1 {
			window = append(body[:room-1:room-1], sty.Muted.Render("  "+f.sh.lang.T("↓ more fields below")))
		} else {
			avail := room - 2
			start := max(focusEnd-avail, 1)
			if focusStart < start {
				start = focusStart
			}
			end := min(start+avail, len(body))
			below := ""
			if end < len(body) {
				below = sty.Muted.Render("  " + f.sh.lang.T("↓ more fields below"))
			}
			window = append(append([]string{sty.Muted.Render("  " + f.sh.lang.T("↑ more fields above"))}, body[start:end]...), below)
			at = at.at(0, 1-start)
		}
		body = window
		at.ok = at.ok && at.y >= 0 && at.y < len(body)
	}
	dx, dy := modalBox(sty)
	f.caretAt = at.at(dx, dy+len(head))
	all := append(append(head, body...), foot...)
	return sty.Modal.Width(w).Render(strings.Join(all, "\n"))
}

func (f *form) fieldView(fl *field, focused bool, width int) string {
	sty := f.sh.styles
	switch fl.kind {
	case fieldText:
		fl.input.SetWidth(max(width-1, 10))
		return fl.input.View()
	case fieldArea:
		fl.area.SetWidth(max(width, 10))
		return fl.area.View()
	case fieldChoice:
		opt := fl.words[fl.choice]
		if focused {
			return sty.Accent.Render("◂ ") + sty.Bold.Render(opt) + sty.Accent.Render(" ▸")
		}
		return opt
	case fieldPerson, fieldPeople:
		return f.personView(fl, focused, width)
	}
	return ""
}

// caret is where the focused input's insertion point was drawn.
func (f *form) caret() (x, y int, ok bool) { return f.caretAt.caret() }

// fieldCaret is the insertion point in the focused field's view; not ok
// for a field typed into by no input (a choice, a person with no name
// being typed).
func (f *form) fieldCaret(fl *field) caret {
	switch fl.kind {
	case fieldText:
		return caret{x: inputCaret(fl.input), ok: fl.input.Focused()}
	case fieldArea:
		if c := fl.area.Cursor(); c != nil {
			return caret{x: c.X, y: c.Y, ok: true}
		}
	case fieldPerson, fieldPeople:
		if !fl.open || fl.pick.adding() {
			return caret{}
		}
		y := 0
		if fl.kind == fieldPeople && len(fl.people)+len(fl.adding) > 0 {
			y = 1 // the names already chosen are on the line above
		}
		return caret{x: inputCaret(fl.pick.input), y: y, ok: true}
	}
	return caret{}
}

// fieldProblem is a field's problem in a sentence that names the field:
// a bare "is required" says nothing once the eye has left the field.
func (f *form) fieldProblem(fl *field) string {
	if f.sh.lang == i18n.EN {
		return model.Phrase(fl.label, fl.err)
	}
	return f.sh.lang.T("%s: %s", fl.label, fl.err)
}
