package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// screen is what the root needs of every screen on its stack. A screen
// asks to be left, or to show another on top of it, through the shared
// context (push, pop), never by the root looking into it.
type screen interface {
	// Update takes a key or a message meant for this screen.
	Update(msg tea.Msg) (screen, tea.Cmd)
	View() string
	// SetSize is the size of the body: the window less the title, status
	// and help lines.
	SetSize(w, h int)
	// Crumb is where this screen is, given the crumb of the screen under it.
	Crumb(below string) string
	// Name is the screen's name in its help's title.
	Name() string
	ShortHelp() []key.Binding
	HelpSections() []helpSection
	// Typing reports whether a line on the screen takes the keys as text,
	// so keys such as q are letters there, not commands.
	Typing() bool
	// SelectAfterReload makes the list that shows this kind of row select
	// row id when fresh data arrives; other screens ignore it.
	SelectAfterReload(noun string, id int64)
	// Reload reads again what this screen shows beyond the people and the
	// deal list (which the root always reads): nil for nothing.
	Reload() tea.Cmd
	// owner names the screen to the results it asked for (ownedMsg).
	owner() ownerID
}

// showsDeal is a screen that shows one deal: the root reads that deal
// again on every reload, and the people come with it.
type showsDeal interface {
	shownDeal() int64
	// heldDeal is the whole dossier shown and the history event it was
	// read at, for the reload to read only what changed since; nil while
	// the screen holds a part of it or nothing.
	heldDeal() (*model.Dossier, int64)
}

// screenBase gives a screen its owner id and the answers most screens
// give: not typing, nothing to select, nothing more to read.
type screenBase struct {
	sh  *shared
	oid ownerID
}

func newScreenBase(sh *shared) screenBase { return screenBase{sh: sh, oid: sh.newOwner()} }

func (b screenBase) owner() ownerID                  { return b.oid }
func (b screenBase) Typing() bool                    { return false }
func (b screenBase) SelectAfterReload(string, int64) {}
func (b screenBase) Reload() tea.Cmd                 { return nil }

// navigation is what screens asked of the stack during one Update: how
// many to take off, which to put on, and a row for the screen then on top
// to select.
type navigation struct {
	pops       int
	toRoot     bool
	pushes     []screen
	selectNoun string
	selectID   int64
}

// push shows s on top of the current screen once this Update returns.
func (s *shared) push(sc screen) { s.nav.pushes = append(s.nav.pushes, sc) }

// pop leaves the current screen for the one under it.
func (s *shared) pop() { s.nav.pops++ }

// popSelecting leaves the current screen, and the one under it selects row
// id (of the noun's kind) when its data next arrives.
func (s *shared) popSelecting(noun string, id int64) {
	s.nav.pops++
	s.nav.selectNoun, s.nav.selectID = noun, id
}

// popToRoot goes back to the deal list.
func (s *shared) popToRoot() { s.nav.toRoot = true }

// ownerID names whoever asked for an asynchronous result: a screen, a
// form, or a pane's pending action. Ids are never reused.
type ownerID int64

func (s *shared) newOwner() ownerID {
	s.lastOwner++
	return s.lastOwner
}

// ownedMsg is a result on its way to whoever asked for it: the root hands
// msg to the dialog or screen named by to, and drops it when that one has
// gone.
type ownedMsg struct {
	to  ownerID
	msg tea.Msg
}

// ownedCmd tags cmd's result with its owner.
func ownedCmd(to ownerID, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case nil:
			return nil
		case tea.BatchMsg:
			// Each command of a batch keeps the tag.
			out := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				out[i] = ownedCmd(to, c)
			}
			return out
		default:
			return ownedMsg{to: to, msg: msg}
		}
	}
}

// presentingMsg tells every screen presenting was switched on or off; a
// screen may answer with the status line's sentence.
type presentingMsg struct{ on bool }
