package ui

import (
	"charm.land/bubbles/v2/key"

	"handoff/internal/i18n"
)

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
	Agenda    AgendaKeys

	// The modals, a group each: a form, the chooser (and a form's person
	// field, which filters the same way), the dialogs, and the few keys
	// that act while text is typed. Preview, above, is the report
	// preview's.
	Form   FormKeys
	Picker PickerKeys
	Dialog DialogKeys
	Typing TypingKeys
}

// DefaultKeyMap is every key the app answers to, as README "Keys" lists
// them, with its help in the language l. The keys are the same in every
// language; only the descriptions differ.
func DefaultKeyMap(l i18n.Lang) KeyMap {
	b := bindFunc(func(keys []string, helpKey, desc string) key.Binding {
		if desc != "" {
			desc = l.T(desc)
		}
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
		Agenda:    defaultAgendaKeys(b),

		Form:   defaultFormKeys(b),
		Picker: defaultPickerKeys(b, l),
		Dialog: defaultDialogKeys(b),
		Typing: defaultTypingKeys(b),
	}
}

// withHelp is b with another description, for help that names what the key
// does in one place ("n: new promise").
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
