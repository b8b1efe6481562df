package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the UI answers to. Behaviour and help both come from
// these bindings, so the help can never drift from what a key does.
type KeyMap struct {
	// Moving about.
	NextPane, PrevPane             key.Binding
	Pane1, Pane2, Pane3, Pane4     key.Binding
	Up, Down, Top, Bottom          key.Binding
	PageUp, PageDown               key.Binding
	Open, Back                     key.Binding
	Glossary, History, Meeting     key.Binding
	People, Decisions              key.Binding
	Help, Quit                     key.Binding
	Filter, Sort, ShowArchived     key.Binding
	Presenting                     key.Binding
	New, Edit, Delete, Owner, Term key.Binding
	Answer, Status, Archive        key.Binding
	Undo, Redo, Export, Samples    key.Binding
	Constraint, SignOff, Decision  key.Binding
	Library, Watch                 key.Binding
	Dismiss, TeamWords             key.Binding

	// The modals, a group each: a form, the chooser (and a form's person
	// field, which filters the same way), the dialogs, the report preview,
	// and the few keys that act while text is typed.
	Form    FormKeys
	Picker  PickerKeys
	Dialog  DialogKeys
	Preview PreviewKeys
	Typing  TypingKeys

	// Meeting mode.
	NextGap, PrevGap, Agenda, Skip key.Binding
	DueDate, Severity              key.Binding
	EndMeeting                     key.Binding
}

// DefaultKeyMap is every key the app answers to, as README "Keys" lists
// them.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	}
	return KeyMap{
		NextPane:     b([]string{"tab"}, "tab", "next pane"),
		PrevPane:     b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		Pane1:        b([]string{"1"}, "1", "deal pane"),
		Pane2:        b([]string{"2"}, "2", "promises pane"),
		Pane3:        b([]string{"3"}, "3", "delivery reality pane"),
		Pane4:        b([]string{"4"}, "4", "gaps pane"),
		Up:           b([]string{"k", "up"}, "↑/k", "up"),
		Down:         b([]string{"j", "down"}, "↓/j", "down"),
		Top:          b([]string{"g", "home"}, "g/home", "first"),
		Bottom:       b([]string{"G", "end"}, "G/end", "last"),
		PageUp:       b([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		PageDown:     b([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
		Open:         b([]string{"enter"}, "enter", "open / edit"),
		Back:         b([]string{"esc"}, "esc", "back"),
		Glossary:     b([]string{"T"}, "T", "glossary"),
		History:      b([]string{"H"}, "H", "history"),
		Meeting:      b([]string{"m"}, "m", "meeting mode"),
		People:       b([]string{"P"}, "P", "people"),
		Decisions:    b([]string{"D"}, "D", "decisions"),
		Help:         b([]string{"?"}, "?", "help"),
		Quit:         b([]string{"q", "ctrl+c"}, "q", "quit"),
		Filter:       b([]string{"/"}, "/", "filter"),
		Sort:         b([]string{"S"}, "S", "sort"),
		ShowArchived: b([]string{"v"}, "v", "show archived"),
		Presenting:   b([]string{"p"}, "p", "presenting on/off"),
		New:          b([]string{"n"}, "n", "new"),
		Edit:         b([]string{"e"}, "e", "edit"),
		Delete:       b([]string{"d"}, "d", "delete"),
		Owner:        b([]string{"o"}, "o", "assign owner"),
		Term:         b([]string{"t"}, "t", "define a term"),
		Answer:       b([]string{"a"}, "a", "delivery answer"),
		Status:       b([]string{"s"}, "s", "set status / stage"),
		Archive:      b([]string{"A"}, "A", "archive / unarchive"),
		Undo:         b([]string{"u"}, "u", "undo"),
		Redo:         b([]string{"ctrl+r"}, "ctrl+r", "redo"),
		Export:       b([]string{"x"}, "x", "export report"),
		Samples:      b([]string{"L"}, "L", "load sample deals"),
		Constraint:   b([]string{"c"}, "c", "new constraint"),
		SignOff:      b([]string{"S"}, "S", "sign off"),
		Decision:     b([]string{"r"}, "r", "record a decision"),
		Library:      b([]string{"L"}, "L", "copy from the team's terms"),
		Watch:        b([]string{"w"}, "w", "watch for a word in every deal"),
		Dismiss:      b([]string{"i"}, "i", "not a term in this deal (dismiss the word / take it back)"),
		TeamWords:    b([]string{"W"}, "W", "the team's watch words (remove one)"),

		Form:    defaultFormKeys(b),
		Picker:  defaultPickerKeys(b),
		Dialog:  defaultDialogKeys(b),
		Preview: defaultPreviewKeys(b),
		Typing:  defaultTypingKeys(b),

		NextGap:  b([]string{"right", "l", "space"}, "→/l/space", "next gap"),
		PrevGap:  b([]string{"left", "h"}, "←/h", "previous gap"),
		Agenda:   b([]string{"g"}, "g", "agenda"),
		Skip:     b([]string{"z"}, "z", "skip (to the end)"),
		DueDate:  b([]string{"D"}, "D", "set due date"),
		Severity: b([]string{"v"}, "v", "set severity"),
		// Ending is a key of its own: esc only steps out, and the meeting
		// goes on when the PM comes back.
		EndMeeting: b([]string{"E"}, "E", "end the meeting"),
	}
}

// withHelp is b with another description, for help that names what the key
// does in one place ("n: new promise").
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
