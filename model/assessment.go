package model

import (
	"time"

	"handoff/internal/i18n"
)

// Assessment is delivery's answer to one promise: the delivery reality.
type Assessment struct {
	ID        int64 `json:"id"`
	PromiseID int64 `json:"promise_id"`
	Fit       Fit   `json:"fit"`
	// CanDo is what delivery can actually build, in its own words.
	CanDo string `json:"can_do"`
	// EffortDays is delivery's estimate in person-days; 0 when not given.
	EffortDays float64    `json:"effort_days"`
	Earliest   Date       `json:"earliest"`
	Confidence Confidence `json:"confidence"`
	AssessedBy int64      `json:"assessed_by"`
	AssessedAt time.Time  `json:"assessed_at"`
	// PromiseRevision is the revision of the promise this answers.
	PromiseRevision int   `json:"promise_revision"`
	Version         int64 `json:"version"`
}

// Validate checks the assessment's fields.
func (a Assessment) Validate() error {
	var p problems
	if a.PromiseID <= 0 {
		p.add("promise", i18n.M("is required"))
	}
	checkEnum(&p, "fit", "fit", a.Fit, Fits)
	checkEnum(&p, "confidence", "confidence", a.Confidence, Confidences)
	limitText(&p, "what delivery can do", a.CanDo, maxText)
	checkDays(&p, "effort", a.EffortDays)
	checkRef(&p, "assessed by", a.AssessedBy)
	return p.err()
}

// Constraint is a delivery fact that belongs to no single promise:
// "no team free before March".
type Constraint struct {
	ID     int64  `json:"id"`
	DealID int64  `json:"deal_id"`
	Text   string `json:"text"`
	// Shared is true for a constraint that depends on the customer, which
	// the customer copy lists; a constraint is internal unless marked.
	Shared  bool  `json:"shared,omitempty"`
	Version int64 `json:"version"`
}

// Validate checks the constraint's fields.
func (c Constraint) Validate() error {
	var p problems
	requireText(&p, "constraint", c.Text, maxText)
	if c.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	return p.err()
}
