package ui

import (
	"charm.land/bubbles/v2/key"

	"handoff/internal/i18n"
)

// The key groups of the screens and panes. Each screen matches keys only
// against its own group (and List and Global), so a key can be given
// another meaning on one screen without touching the others, and the help
// shows the group's bindings.

// GlobalKeys work on every screen.
type GlobalKeys struct {
	Help, Quit, Undo, Redo, Presenting, Back key.Binding
}

func defaultGlobalKeys(b bindFunc) GlobalKeys {
	return GlobalKeys{
		Help:       b([]string{"?"}, "?", i18n.M("help")),
		Quit:       b([]string{"q", "ctrl+c"}, "q", i18n.M("quit")),
		Undo:       b([]string{"u"}, "u", i18n.M("undo")),
		Redo:       b([]string{"ctrl+r"}, "ctrl+r", i18n.M("redo")),
		Presenting: b([]string{"p"}, "p", i18n.M("presenting on/off")),
		Back:       b([]string{"esc"}, "esc", i18n.M("back")),
	}
}

// ListKeys move in any list, filter it and open its row.
type ListKeys struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	Filter, Open                            key.Binding
}

func defaultListKeys(b bindFunc) ListKeys {
	return ListKeys{
		Up:       b([]string{"k", "up"}, "↑/k", i18n.M("up")),
		Down:     b([]string{"j", "down"}, "↓/j", i18n.M("down")),
		Top:      b([]string{"g", "home"}, "g/home", i18n.M("first")),
		Bottom:   b([]string{"G", "end"}, "G/end", i18n.M("last")),
		PageUp:   b([]string{"pgup", "ctrl+u"}, "pgup", i18n.M("page up")),
		PageDown: b([]string{"pgdown", "ctrl+d"}, "pgdn", i18n.M("page down")),
		Filter:   b([]string{"/"}, "/", i18n.M("filter")),
		Open:     b([]string{"enter"}, "enter", i18n.M("open / edit")),
	}
}

// DealsKeys are the deal list's.
type DealsKeys struct {
	New, Edit, Status, Archive, Delete key.Binding
	Sort, ShowArchived, Samples        key.Binding
	People, Agenda                     key.Binding
	Kept                               key.Binding
}

func defaultDealsKeys(b bindFunc) DealsKeys {
	return DealsKeys{
		New:          b([]string{"n"}, "n", i18n.M("new")),
		Edit:         b([]string{"e"}, "e", i18n.M("edit")),
		Status:       b([]string{"s"}, "s", i18n.M("set status / stage")),
		Archive:      b([]string{"A"}, "A", i18n.M("archive / unarchive")),
		Delete:       b([]string{"d"}, "d", i18n.M("delete")),
		Sort:         b([]string{"S"}, "S", i18n.M("sort")),
		ShowArchived: b([]string{"v"}, "v", i18n.M("show archived")),
		Samples:      b([]string{"L"}, "L", i18n.M("load sample deals")),
		People:       b([]string{"P"}, "P", i18n.M("people")),
		Agenda:       b([]string{"a"}, "a", i18n.M("agenda (mine, across deals)")),
		Kept:         b([]string{"K"}, "K", i18n.M("promises made vs kept")),
	}
}

// DealKeys are the deal screen's own: the panes, and the views over the
// deal.
type DealKeys struct {
	NextPane, PrevPane         key.Binding
	Pane1, Pane2, Pane3, Pane4 key.Binding
	Glossary, History, Meeting key.Binding
	People, Decisions, Export  key.Binding
	SignOff, Constraint        key.Binding
	Baseline                   key.Binding
}

func defaultDealKeys(b bindFunc) DealKeys {
	return DealKeys{
		NextPane:   b([]string{"tab", "l"}, "tab/l", i18n.M("next pane")),
		PrevPane:   b([]string{"shift+tab", "h"}, "shift+tab/h", i18n.M("previous pane")),
		Pane1:      b([]string{"1"}, "1", i18n.M("deal pane")),
		Pane2:      b([]string{"2"}, "2", i18n.M("promises pane")),
		Pane3:      b([]string{"3"}, "3", i18n.M("delivery reality pane")),
		Pane4:      b([]string{"4"}, "4", i18n.M("gaps pane")),
		Glossary:   b([]string{"T"}, "T", i18n.M("glossary")),
		History:    b([]string{"H"}, "H", i18n.M("history")),
		Meeting:    b([]string{"m"}, "m", i18n.M("meeting mode")),
		People:     b([]string{"P"}, "P", i18n.M("people")),
		Decisions:  b([]string{"D"}, "D", i18n.M("decisions")),
		Export:     b([]string{"x"}, "x", i18n.M("export report")),
		SignOff:    b([]string{"S"}, "S", i18n.M("sign off")),
		Constraint: b([]string{"c"}, "c", i18n.M("new constraint")),
		Baseline:   b([]string{"B"}, "B", i18n.M("changes since sign-off")),
	}
}

// DealPaneKeys are pane 1's, on the deal itself.
type DealPaneKeys struct {
	Edit, Owner, Status, New, Delete key.Binding
}

func defaultDealPaneKeys(b bindFunc) DealPaneKeys {
	return DealPaneKeys{
		Edit:   b([]string{"e"}, "e", i18n.M("edit")),
		Owner:  b([]string{"o"}, "o", i18n.M("assign owner")),
		Status: b([]string{"s"}, "s", i18n.M("set status / stage")),
		New:    b([]string{"n"}, "n", i18n.M("new")),
		Delete: b([]string{"d"}, "d", i18n.M("delete")),
	}
}

// PromisesKeys are pane 2's.
type PromisesKeys struct {
	New, Edit, Answer, Term, Owner, Status, Delete key.Binding
	// Mark marks the promise for a bulk change (owner, verification);
	// Sort chooses the order of the list.
	Mark, Sort key.Binding
	// Confirm records the customer's written answer to the promise.
	Confirm key.Binding
	// Outcome records what became of it in delivery.
	Outcome key.Binding
	// ChangeRequest records a promise the customer asked for after the
	// sign-off; Decide accepts, rejects or defers the change request
	// selected.
	ChangeRequest, Decide key.Binding
}

func defaultPromisesKeys(b bindFunc) PromisesKeys {
	return PromisesKeys{
		New:     b([]string{"n"}, "n", i18n.M("new")),
		Edit:    b([]string{"e"}, "e", i18n.M("edit")),
		Answer:  b([]string{"a"}, "a", i18n.M("delivery answer")),
		Term:    b([]string{"t"}, "t", i18n.M("define a term")),
		Owner:   b([]string{"o"}, "o", i18n.M("assign owner")),
		Status:  b([]string{"s"}, "s", i18n.M("set status / stage")),
		Delete:  b([]string{"d"}, "d", i18n.M("delete")),
		Confirm: b([]string{"C"}, "C", i18n.M("customer's answer")),
		Mark:    b([]string{"space"}, "space", i18n.M("mark / unmark")),
		Sort:    b([]string{"O"}, "O", i18n.M("sort by…")),
		Outcome: b([]string{"K"}, "K", i18n.M("outcome (in delivery)")),
		// After the sign-off a new promise is a change request.
		ChangeRequest: b([]string{"N"}, "N", i18n.M("change request (after sign-off)")),
		Decide:        b([]string{"R"}, "R", i18n.M("decide a change request")),
	}
}

// RealityKeys are pane 3's: delivery's answer and the constraints.
type RealityKeys struct {
	New, Edit, Answer, Term, Delete key.Binding
	// Share marks a constraint as one that depends on the customer (the
	// customer copy lists it), or internal again.
	Share key.Binding
}

func defaultRealityKeys(b bindFunc) RealityKeys {
	return RealityKeys{
		New:    b([]string{"n"}, "n", i18n.M("new")),
		Edit:   b([]string{"e"}, "e", i18n.M("edit")),
		Answer: b([]string{"a"}, "a", i18n.M("delivery answer")),
		Term:   b([]string{"t"}, "t", i18n.M("define a term")),
		Delete: b([]string{"d"}, "d", i18n.M("delete")),
		Share:  b([]string{"I"}, "I", i18n.M("shared / internal")),
	}
}

// GapsKeys are pane 4's.
type GapsKeys struct {
	New, Edit, Status, Owner, Decision key.Binding
	Delete, Term, Answer               key.Binding
	// Share marks the gap shared with the customer, or internal again.
	Share key.Binding
	// Severity sets the severity; Mark marks the gap for a bulk change
	// (owner, status, severity, due date); Sort chooses the order.
	Severity, Mark, Sort key.Binding
}

func defaultGapsKeys(b bindFunc) GapsKeys {
	return GapsKeys{
		New:      b([]string{"n"}, "n", i18n.M("new")),
		Edit:     b([]string{"e"}, "e", i18n.M("edit")),
		Status:   b([]string{"s"}, "s", i18n.M("set status / stage")),
		Owner:    b([]string{"o"}, "o", i18n.M("assign owner")),
		Decision: b([]string{"r"}, "r", i18n.M("record a decision")),
		Delete:   b([]string{"d"}, "d", i18n.M("delete")),
		Term:     b([]string{"t"}, "t", i18n.M("define a term")),
		Answer:   b([]string{"a"}, "a", i18n.M("delivery answer")),
		Share:    b([]string{"I"}, "I", i18n.M("shared / internal")),
		Severity: b([]string{"v"}, "v", i18n.M("set severity")),
		Mark:     b([]string{"space"}, "space", i18n.M("mark / unmark")),
		Sort:     b([]string{"O"}, "O", i18n.M("sort by…")),
	}
}

// GlossaryKeys are the glossary's.
type GlossaryKeys struct {
	New, Edit, Status, Term, Delete    key.Binding
	Library, Watch, Dismiss, TeamWords key.Binding
	// Mark marks a term; s (or enter) then agrees all marked terms with
	// the same people.
	Mark key.Binding
}

func defaultGlossaryKeys(b bindFunc) GlossaryKeys {
	return GlossaryKeys{
		New:       b([]string{"n"}, "n", i18n.M("new")),
		Edit:      b([]string{"e"}, "e", i18n.M("edit")),
		Status:    b([]string{"s"}, "s", i18n.M("set status / stage")),
		Term:      b([]string{"t"}, "t", i18n.M("define a term")),
		Delete:    b([]string{"d"}, "d", i18n.M("delete")),
		Library:   b([]string{"L"}, "L", i18n.M("copy from the team's terms")),
		Watch:     b([]string{"w"}, "w", i18n.M("watch for a word in every deal")),
		Dismiss:   b([]string{"i"}, "i", i18n.M("not a term in this deal (dismiss the word / take it back)")),
		TeamWords: b([]string{"W"}, "W", i18n.M("the team's watch words (remove one)")),
		Mark:      b([]string{"space"}, "space", i18n.M("mark / unmark")),
	}
}

// MeetingKeys are meeting mode's: walking the agenda and settling the gap
// on screen with one key.
type MeetingKeys struct {
	NextGap, PrevGap, Last, Agenda, Skip key.Binding
	Owner, DueDate, Status, Severity     key.Binding
	Decision, Edit, SignOff, Export      key.Binding
	EndMeeting                           key.Binding
	// Confirm records the customer's answer to the gap's promise.
	Confirm key.Binding
	// Outcome records what became of the gap's promise in delivery;
	// Decide accepts, rejects or defers a change request.
	Outcome, Decide key.Binding
}

func defaultMeetingKeys(b bindFunc) MeetingKeys {
	return MeetingKeys{
		NextGap:  b([]string{"right", "l", "space"}, "→/l/space", i18n.M("next gap")),
		PrevGap:  b([]string{"left", "h"}, "←/h", i18n.M("previous gap")),
		Last:     b([]string{"G", "end"}, "G/end", i18n.M("last")),
		Agenda:   b([]string{"g"}, "g", i18n.M("agenda")),
		Skip:     b([]string{"z"}, "z", i18n.M("skip (to the end)")),
		Owner:    b([]string{"o"}, "o", i18n.M("assign owner")),
		DueDate:  b([]string{"D"}, "D", i18n.M("set due date")),
		Status:   b([]string{"s"}, "s", i18n.M("set status / stage")),
		Severity: b([]string{"v"}, "v", i18n.M("set severity")),
		Decision: b([]string{"r"}, "r", i18n.M("record a decision")),
		Edit:     b([]string{"e"}, "e", i18n.M("edit")),
		SignOff:  b([]string{"S"}, "S", i18n.M("sign off")),
		Export:   b([]string{"x"}, "x", i18n.M("export report")),
		// Ending is a key of its own: esc only steps out, and the meeting
		// goes on when the PM comes back.
		EndMeeting: b([]string{"E"}, "E", i18n.M("end the meeting")),
		Confirm:    b([]string{"C"}, "C", i18n.M("customer's answer to the promise")),
		Outcome:    b([]string{"K"}, "K", i18n.M("outcome (in delivery)")),
		Decide:     b([]string{"R"}, "R", i18n.M("decide a change request")),
	}
}

// PeopleKeys are the people screen's.
type PeopleKeys struct {
	New, Edit, Delete key.Binding
}

func defaultPeopleKeys(b bindFunc) PeopleKeys {
	return PeopleKeys{
		New:    b([]string{"n"}, "n", i18n.M("new")),
		Edit:   b([]string{"e"}, "e", i18n.M("edit")),
		Delete: b([]string{"d"}, "d", i18n.M("delete")),
	}
}

// DecisionsKeys are the decisions screen's.
type DecisionsKeys struct {
	New, Edit, Delete key.Binding
	// Share marks the decision shared with the customer, or internal again.
	Share key.Binding
}

func defaultDecisionsKeys(b bindFunc) DecisionsKeys {
	return DecisionsKeys{
		New:    b([]string{"n"}, "n", i18n.M("new")),
		Edit:   b([]string{"e"}, "e", i18n.M("edit")),
		Delete: b([]string{"d"}, "d", i18n.M("delete")),
		Share:  b([]string{"I"}, "I", i18n.M("shared / internal")),
	}
}

// AgendaKeys are the agenda's: whose it is and which of it to show.
type AgendaKeys struct {
	Owner, Window, Deal key.Binding
}

func defaultAgendaKeys(b bindFunc) AgendaKeys {
	return AgendaKeys{
		Owner:  b([]string{"o"}, "o", i18n.M("whose agenda (a person from the directory)")),
		Window: b([]string{"w"}, "w", i18n.M("due window: all, overdue, 7 days, 14 days")),
		Deal:   b([]string{"f"}, "f", i18n.M("one deal / every deal")),
	}
}
