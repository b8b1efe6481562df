package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// bindFunc makes a binding from its keys and its help (a catalogue key,
// put in the KeyMap's language); DefaultKeyMap hands it to the groups
// below so every group is built the same way.
type bindFunc func(keys []string, helpKey, desc string) key.Binding

// FormKeys are the keys of an open form.
type FormKeys struct {
	// NextField and PrevField move between fields that are not text areas;
	// in a text area ↑/↓ move between its lines, so AreaNext and AreaPrev
	// are the keys that leave it.
	NextField, PrevField key.Binding
	AreaNext, AreaPrev   key.Binding
	// Enter goes to the next field, and saves on the last one.
	Enter key.Binding
	// Save saves from any field, a person field's suggestions included.
	Save   key.Binding
	Cancel key.Binding
	// OptionNext and OptionPrev change a choice. A letter typed on a choice
	// is text, not a key: it jumps to the next option whose name starts
	// with it, so it follows the options, never a binding.
	OptionNext, OptionPrev key.Binding
	// Suggest opens a person field's suggestions without typing; a letter
	// typed there is the start of a name.
	Suggest key.Binding
	// ClearPerson empties a person field, or drops the last of several.
	ClearPerson key.Binding
	// TakeNext and TakePrev take the highlighted suggestion (or the name
	// being added) and move on to the next or previous field.
	TakeNext, TakePrev key.Binding
}

func defaultFormKeys(b bindFunc) FormKeys {
	return FormKeys{
		NextField:   b([]string{"tab", "down"}, "tab/↓", i18n.M("next field")),
		PrevField:   b([]string{"shift+tab", "up"}, "shift+tab/↑", i18n.M("previous field")),
		AreaNext:    b([]string{"tab"}, "tab", i18n.M("next field, from a text of several lines")),
		AreaPrev:    b([]string{"shift+tab"}, "shift+tab", i18n.M("previous field, from a text of several lines")),
		Enter:       b([]string{"enter"}, "enter", i18n.M("next field; on the last field, save")),
		Save:        b([]string{"ctrl+s"}, "ctrl+s", i18n.M("save")),
		Cancel:      b([]string{"esc"}, "esc", i18n.M("cancel")),
		OptionNext:  b([]string{"right", "ctrl+n"}, "→", i18n.M("next choice")),
		OptionPrev:  b([]string{"left", "ctrl+p"}, "←", i18n.M("previous choice")),
		Suggest:     b([]string{"space"}, "space", i18n.M("suggest people for a person field")),
		ClearPerson: b([]string{"backspace", "delete"}, "backspace", i18n.M("clear a person field (the last name of several)")),
		TakeNext:    b([]string{"tab"}, "tab", i18n.M("take the suggestion, go on")),
		TakePrev:    b([]string{"shift+tab"}, "shift+tab", i18n.M("take the suggestion, go back")),
	}
}

// PickerKeys are the keys of the chooser and of the suggestions under a
// person field, which filter the same way.
type PickerKeys struct {
	Up, Down key.Binding
	// Choose takes the highlighted row; on the "add" row it asks the new
	// person's role.
	Choose key.Binding
	// Cancel closes the chooser.
	Cancel key.Binding
	// Add adds the new person once the role is set; Back leaves the role
	// question for the names.
	Add, Back key.Binding
	// Close closes a person field's suggestions.
	Close key.Binding
	// RoleNext and RolePrev change the role of a person being added.
	RoleNext, RolePrev key.Binding
	// Roles pick a role at once, one binding for each of model.Roles, in
	// that order.
	Roles []key.Binding
}

func defaultPickerKeys(b bindFunc, l i18n.Lang) PickerKeys {
	k := PickerKeys{
		Up:     b([]string{"up", "ctrl+p"}, "↑", i18n.M("up")),
		Down:   b([]string{"down", "ctrl+n"}, "↓", i18n.M("down")),
		Choose: b([]string{"enter"}, "enter", i18n.M("choose")),
		Cancel: b([]string{"esc"}, "esc", i18n.M("cancel")),
		Add:    b([]string{"enter"}, "enter", i18n.M("add")),
		Back:   b([]string{"esc"}, "esc", i18n.M("back")),
		Close:  b([]string{"esc"}, "esc", i18n.M("close a person field's suggestions")),
		// tab is here for the chooser; a person field takes tab first to
		// take the name and go on.
		RoleNext: b([]string{"right", "ctrl+n", "tab"}, "→", i18n.M("next role")),
		RolePrev: b([]string{"left", "ctrl+p", "shift+tab"}, "←", i18n.M("previous role")),
	}
	for _, r := range model.Roles {
		first := string(r)[:1]
		k.Roles = append(k.Roles, withHelp(b([]string{first, strings.ToUpper(first)}, first, ""), l.T("role: %s", r.In(l))))
	}
	return k
}

// role is the index in model.Roles of the role binding press matches.
func (k PickerKeys) role(press tea.KeyPressMsg) (int, bool) {
	for i, b := range k.Roles {
		if i < len(model.Roles) && key.Matches(press, b) {
			return i, true
		}
	}
	return 0, false
}

// DialogKeys are the keys of the dialogs: a yes/no question, a save that
// met a newer version, a report file that exists, a form about to lose
// what was typed.
type DialogKeys struct {
	Yes, No key.Binding
	// Changed underneath you: reload theirs, overwrite with mine, or step
	// back (to the form, or saving nothing when no form asked).
	Reload, Overwrite, BackToForm, SaveNothing key.Binding
	// The report file exists.
	Replace, KeepBoth, WriteNothing key.Binding
	// Discarding a form's changes.
	Discard, KeepEditing key.Binding
	// Help shows a dialog's keys over it.
	Help key.Binding
}

func defaultDialogKeys(b bindFunc) DialogKeys {
	return DialogKeys{
		Yes:          b([]string{"y"}, "y", i18n.M("yes")),
		No:           b([]string{"n", "esc"}, "n/esc", i18n.M("no")),
		Reload:       b([]string{"r"}, "r", i18n.M("reload: throw away your edits and see theirs")),
		Overwrite:    b([]string{"o"}, "o", i18n.M("overwrite: save what you changed; the rest stays theirs")),
		BackToForm:   b([]string{"esc"}, "esc", i18n.M("back to your form")),
		SaveNothing:  b([]string{"esc"}, "esc", i18n.M("save nothing")),
		Replace:      b([]string{"o"}, "o", i18n.M("overwrite it")),
		KeepBoth:     b([]string{"b"}, "b", i18n.M("keep both")),
		WriteNothing: b([]string{"esc"}, "esc", i18n.M("write nothing")),
		Discard:      b([]string{"y"}, "y", i18n.M("discard them")),
		KeepEditing:  b([]string{"n", "esc"}, "n/esc", i18n.M("back to the form")),
		Help:         b([]string{"?"}, "?", i18n.M("the keys of this dialog")),
	}
}

// PreviewKeys are the keys of the report preview beyond scrolling.
type PreviewKeys struct {
	Write, WriteElsewhere key.Binding
	// Audience switches between the internal report and the customer's
	// copy.
	Audience key.Binding
	// Search asks for a text to find in the preview; NextMatch and
	// PrevMatch go from one place it is found to the next.
	Search, NextMatch, PrevMatch key.Binding
}

func defaultPreviewKeys(b bindFunc) PreviewKeys {
	return PreviewKeys{
		Write:          b([]string{"enter", "w"}, "enter", i18n.M("write the file")),
		WriteElsewhere: b([]string{"e"}, "e", i18n.M("write elsewhere")),
		Audience:       b([]string{"c"}, "c", i18n.M("customer copy / internal report")),
		Search:         b([]string{"/"}, "/", i18n.M("search")),
		NextMatch:      b([]string{"n"}, "n", i18n.M("next match")),
		PrevMatch:      b([]string{"N"}, "N", i18n.M("previous match")),
	}
}

// TypingKeys act while text is typed, when letters are text.
type TypingKeys struct {
	// ForceQuit quits even while typing.
	ForceQuit key.Binding
	// A list's filter line: keep the filter, clear it, or move the
	// highlight without leaving the line.
	FilterDone, FilterClear, FilterUp, FilterDown key.Binding
}

func defaultTypingKeys(b bindFunc) TypingKeys {
	return TypingKeys{
		ForceQuit:   b([]string{"ctrl+c"}, "ctrl+c", i18n.M("quit, even while typing")),
		FilterDone:  b([]string{"enter"}, "enter", i18n.M("keep the filter")),
		FilterClear: b([]string{"esc"}, "esc", i18n.M("clear the filter")),
		FilterUp:    b([]string{"up"}, "↑", i18n.M("up")),
		FilterDown:  b([]string{"down"}, "↓", i18n.M("down")),
	}
}

// keyLine is a line of key help, "y: yes · n/esc: no", from the bindings
// that act, so a dialog's own line cannot drift from its keys.
func keyLine(bs ...key.Binding) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		if b.Enabled() {
			parts = append(parts, b.Help().Key+": "+b.Help().Desc)
		}
	}
	return strings.Join(parts, " · ")
}

// helpSections is the full help of a form, for the README.
func (k FormKeys) helpSections() []helpSection {
	return []helpSection{
		{"Fields", []key.Binding{k.NextField, k.PrevField, k.AreaNext, k.AreaPrev, k.Enter}},
		{"Choices", []key.Binding{k.OptionNext, k.OptionPrev}},
		{"People", []key.Binding{k.Suggest, k.ClearPerson, k.TakeNext, k.TakePrev}},
		{"Save", []key.Binding{k.Save, k.Cancel}},
	}
}

// helpSections is the full help of the chooser and of a person field's
// suggestions.
func (k PickerKeys) helpSections() []helpSection {
	return []helpSection{
		{"Choose", []key.Binding{k.Up, k.Down, k.Choose, k.Cancel, k.Close}},
		{"A new person's role", append([]key.Binding{k.RoleNext, k.RolePrev}, append(k.Roles, k.Add, k.Back)...)},
	}
}

// helpSections is the full help of the dialogs, one section each.
func (k DialogKeys) helpSections() []helpSection {
	return []helpSection{
		{"Questions", []key.Binding{k.Yes, k.No}},
		{"Changed underneath you", []key.Binding{k.Reload, k.Overwrite, k.BackToForm, k.SaveNothing}},
		{"The file exists", []key.Binding{k.Replace, k.KeepBoth, k.WriteNothing}},
		{"Discard your changes?", []key.Binding{k.Discard, k.KeepEditing}},
		{"Any dialog", []key.Binding{k.Help}},
	}
}

// dialogHelp opens the keys of a dialog over it, from the bindings it acts on.
func dialogHelp(sh *shared, title string, keys ...key.Binding) tea.Cmd {
	return sh.open(&helpView{sh: sh, title: title, sections: []helpSection{{title, keys}}})
}

// helpSections is the full help of the keys that act while typing.
func (k TypingKeys) helpSections() []helpSection {
	return []helpSection{
		{"Anywhere", []key.Binding{k.ForceQuit}},
		{"A list's filter line", []key.Binding{k.FilterDone, k.FilterClear, k.FilterUp, k.FilterDown}},
	}
}
