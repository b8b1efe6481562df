package model

import (
	"time"

	"handoff/internal/i18n"
	"handoff/internal/prose"
)

// Decision is a line of meeting minutes: what was decided, by whom, when.
type Decision struct {
	ID     int64 `json:"id"`
	DealID int64 `json:"deal_id"`
	// GapID is the gap the decision settles; 0 when it settles none.
	GapID     int64     `json:"gap_id"`
	Text      string    `json:"text"`
	DecidedBy int64     `json:"decided_by"`
	DecidedAt time.Time `json:"decided_at"`
	// Shared is true for a decision the customer may read (in the
	// customer copy, and while presenting); a decision is internal unless
	// marked shared.
	Shared  bool  `json:"shared,omitempty"`
	Version int64 `json:"version"`
}

// Validate checks the decision's fields.
func (d Decision) Validate() error {
	var p problems
	requireText(&p, "decision", d.Text, maxText)
	checkRef(&p, "decided by", d.DecidedBy)
	if d.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	return p.err()
}

// SignOff is a person's signature on the handoff, with the hash of the report
// they saw, so a later change shows.
type SignOff struct {
	ID         int64     `json:"id"`
	DealID     int64     `json:"deal_id"`
	PersonID   int64     `json:"person_id"`
	Role       Role      `json:"role"`
	SignedAt   time.Time `json:"signed_at"`
	ReportHash string    `json:"report_hash"`
	// Sections holds the hash of each report section at signing, so a
	// later change can be named ("promises and gaps changed").
	Sections map[string]string `json:"sections"`
	// RecordedBy is who entered the sign-off (the store's actor), kept
	// beside the person who signed: the two need not be the same.
	RecordedBy string `json:"recorded_by,omitempty"`
	// Blockers is how many blockers the deal had when it was signed; more
	// than none means it was signed while not ready.
	Blockers int   `json:"blockers,omitempty"`
	Version  int64 `json:"version"`
}

// NotReady is "signed while not ready (3 blockers)" for a sign-off given
// while the deal had blockers, "" otherwise.
func (s SignOff) NotReady() string {
	if s.Blockers <= 0 {
		return ""
	}
	return "signed while not ready (" + prose.Plural(s.Blockers, "blocker") + ")"
}

// Validate checks the sign-off's fields.
func (s SignOff) Validate() error {
	var p problems
	if s.PersonID <= 0 {
		p.add("person", i18n.M("is required"))
	}
	if s.Role != RoleSales && s.Role != RolePresales && s.Role != RoleDelivery {
		p.add("role", i18n.M("must be sales, presales or delivery"))
	}
	if s.ReportHash == "" {
		p.add("report", i18n.M("hash is required"))
	}
	if s.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	return p.err()
}

// Event is one line of history: who changed what, when, from what to what.
type Event struct {
	ID     int64     `json:"id"`
	DealID int64     `json:"deal_id"`
	Actor  string    `json:"actor"`
	At     time.Time `json:"at"`
	// Entity is the kind of row ("promise", "gap", ...); EntityID its id.
	Entity   string `json:"entity"`
	EntityID int64  `json:"entity_id"`
	// Action is "create", "update", "delete", "restore" or "resolve".
	Action string `json:"action"`
	// Before and After are the row as JSON ("" when it did not exist).
	Before string `json:"before"`
	After  string `json:"after"`
}
