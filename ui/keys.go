package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the UI answers to. Behaviour and help both come from
// these bindings, so the help can never drift from what a key does.
type KeyMap struct {
	// The screens, a group each (keys_screens.go): the keys that work
	// everywhere, moving in a list, then each screen and pane. A key that
	// means one thing on one screen and another elsewhere is a binding in
	// each group.
	Global    GlobalKeys
	List      ListKeys
	Deals     DealsKeys
	Deal      DealKeys
	DealPane  DealPaneKeys
	Promises  PromisesKeys
	Reality   RealityKeys
	Gaps      GapsKeys
	Glossary  GlossaryKeys
	Meeting   MeetingKeys
	People    PeopleKeys
	Decisions DecisionsKeys
	Preview   PreviewKeys

	// Forms and dialogs.
	NextField, PrevField, Save, Cancel key.Binding
	OptionNext, OptionPrev             key.Binding
	Yes, No, Reload, Overwrite         key.Binding
	KeepBoth                           key.Binding
}

// DefaultKeyMap is the key contract of DESIGN §4.2.
func DefaultKeyMap() KeyMap {
	b := bindFunc(func(keys []string, helpKey, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc))
	})
	return KeyMap{
		Global:    defaultGlobalKeys(b),
		List:      defaultListKeys(b),
		Deals:     defaultDealsKeys(b),
		Deal:      defaultDealKeys(b),
		DealPane:  defaultDealPaneKeys(b),
		Promises:  defaultPromisesKeys(b),
		Reality:   defaultRealityKeys(b),
		Gaps:      defaultGapsKeys(b),
		Glossary:  defaultGlossaryKeys(b),
		Meeting:   defaultMeetingKeys(b),
		People:    defaultPeopleKeys(b),
		Decisions: defaultDecisionsKeys(b),
		Preview:   defaultPreviewKeys(b),

		NextField:  b([]string{"tab", "down"}, "tab/↓", "next field"),
		PrevField:  b([]string{"shift+tab", "up"}, "shift+tab/↑", "previous field"),
		Save:       b([]string{"ctrl+s", "enter"}, "enter/ctrl+s", "save"),
		Cancel:     b([]string{"esc"}, "esc", "cancel"),
		OptionNext: b([]string{"right", "ctrl+n"}, "→", "next choice"),
		OptionPrev: b([]string{"left", "ctrl+p"}, "←", "previous choice"),
		Yes:        b([]string{"y"}, "y", "yes"),
		No:         b([]string{"n", "esc"}, "n/esc", "no"),
		Reload:     b([]string{"r"}, "r", "reload theirs"),
		Overwrite:  b([]string{"o"}, "o", "overwrite with mine"),
		KeepBoth:   b([]string{"b"}, "b", "keep both"),
	}
}

// withHelp is b with another description, for help that names what the key
// does in one place ("n: new promise").
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
