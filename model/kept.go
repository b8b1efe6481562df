package model

import (
	"slices"
	"time"

	"handoff/internal/i18n"
)

// After the handoff: the state every role signed is the deal's baseline;
// what the customer asks for since is a change request; once the deal is in
// delivery each promise gets an outcome.

// Baseline is the deal as every role had signed it: its promises with
// delivery's answers, its terms and what was not sold.
type Baseline struct {
	ID       int64            `json:"id"`
	DealID   int64            `json:"deal_id"`
	TakenAt  time.Time        `json:"taken_at"`
	Snapshot BaselineSnapshot `json:"snapshot"`
	Version  int64            `json:"version"`
}

// BaselineSnapshot is what a baseline keeps.
type BaselineSnapshot struct {
	Promises []BaselinePromise `json:"promises"`
	Terms    []BaselineTerm    `json:"terms"`
	NotSold  []string          `json:"not_sold"`
}

// BaselinePromise is a promise and delivery's answer as signed.
type BaselinePromise struct {
	ID           int64        `json:"id"`
	Title        string       `json:"title"`
	Detail       string       `json:"detail"`
	Category     Category     `json:"category"`
	Source       Source       `json:"source"`
	Verification Verification `json:"verification"`
	Due          Date         `json:"due"`
	BudgetDays   float64      `json:"budget_days"`
	// Fit is "" when delivery had not answered.
	Fit        Fit     `json:"fit"`
	Earliest   Date    `json:"earliest"`
	EffortDays float64 `json:"effort_days"`
}

// BaselineTerm is a term as signed.
type BaselineTerm struct {
	ID         int64      `json:"id"`
	Term       string     `json:"term"`
	Definition string     `json:"definition"`
	Status     TermStatus `json:"status"`
}

// TakeBaseline is the deal's state now, as a baseline would keep it: the
// promises in scope (a change request not accepted is not).
func TakeBaseline(d *Dossier, at time.Time) Baseline {
	b := Baseline{DealID: d.Deal.ID, TakenAt: at}
	answers := make(map[int64]Assessment, len(d.Assessments))
	for _, a := range d.Assessments {
		if _, ok := answers[a.PromiseID]; !ok { // the first, as Answer finds it
			answers[a.PromiseID] = a
		}
	}
	for _, p := range d.ScopePromises() {
		bp := BaselinePromise{ID: p.ID, Title: p.Title, Detail: p.Detail, Category: p.Category, Source: p.Source,
			Verification: p.Verification, Due: p.Due, BudgetDays: p.BudgetDays}
		if a, ok := answers[p.ID]; ok {
			bp.Fit, bp.Earliest, bp.EffortDays = a.Fit, a.Earliest, a.EffortDays
		}
		b.Snapshot.Promises = append(b.Snapshot.Promises, bp)
	}
	for _, t := range d.Terms {
		b.Snapshot.Terms = append(b.Snapshot.Terms, BaselineTerm{ID: t.ID, Term: t.Term, Definition: t.Definition, Status: t.Status})
	}
	b.Snapshot.NotSold = slices.Clone(d.Deal.NotSold)
	slices.SortFunc(b.Snapshot.Promises, func(x, y BaselinePromise) int { return int(x.ID - y.ID) })
	slices.SortFunc(b.Snapshot.Terms, func(x, y BaselineTerm) int { return int(x.ID - y.ID) })
	return b
}

// Same reports whether two snapshots hold the same state.
func (s BaselineSnapshot) Same(o BaselineSnapshot) bool {
	return slices.Equal(s.Promises, o.Promises) && slices.Equal(s.Terms, o.Terms) && slices.Equal(s.NotSold, o.NotSold)
}

// Promise finds a promise in the snapshot.
func (s BaselineSnapshot) Promise(id int64) (BaselinePromise, bool) {
	for _, p := range s.Promises {
		if p.ID == id {
			return p, true
		}
	}
	return BaselinePromise{}, false
}

// ChangeStatus is where a change request stands.
type ChangeStatus string

// Change request statuses.
const (
	ChangeOpen     ChangeStatus = "open"
	ChangeAccepted ChangeStatus = "accepted"
	ChangeRejected ChangeStatus = "rejected"
	ChangeDeferred ChangeStatus = "deferred"
)

// ChangeStatuses lists every status; a decision is one of the last three.
var ChangeStatuses = []ChangeStatus{ChangeOpen, ChangeAccepted, ChangeRejected, ChangeDeferred}

// ParseChangeStatus reads a ChangeStatus.
func ParseChangeStatus(s string) (ChangeStatus, error) {
	return parseEnum("change status", s, ChangeStatuses)
}

// ChangeRequest is a promise the customer asked for after the baseline, as
// it reached delivery: who relayed it and who at the customer asked.
type ChangeRequest struct {
	ID        int64 `json:"id"`
	DealID    int64 `json:"deal_id"`
	PromiseID int64 `json:"promise_id"`
	// RelayedBy is the person who passed it on (usually sales).
	RelayedBy int64 `json:"relayed_by"`
	// AskedBy is who at the customer asked for it.
	AskedBy string       `json:"asked_by"`
	Status  ChangeStatus `json:"status"`
	// Reason says why it was accepted, rejected or deferred.
	Reason string `json:"reason"`
	// DecisionID is the decision that accepted it.
	DecisionID int64 `json:"decision_id"`
	// Present are the people at the decision.
	Present   []int64   `json:"present"`
	DecidedAt time.Time `json:"decided_at"`
	Version   int64     `json:"version"`
}

// Validate checks the change request's own fields.
func (c ChangeRequest) Validate() error {
	var p problems
	if c.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	if c.PromiseID <= 0 {
		p.add("promise", i18n.M("is required"))
	}
	checkRef(&p, "relayed by", c.RelayedBy)
	limitText(&p, "asked by", c.AskedBy, maxTitle)
	limitText(&p, "reason", c.Reason, maxText)
	checkEnum(&p, "status", "change status", c.Status, ChangeStatuses)
	return p.err()
}

// CheckDecision checks a decision on a change request: a reason, and for
// an acceptance at least one person from the selling side and one from
// delivery present (roles looked up in people).
func (c ChangeRequest) CheckDecision(people []Person) error {
	var p problems
	if c.Status == ChangeOpen {
		p.add("status", i18n.M("must be accepted, rejected or deferred"))
	}
	requireText(&p, "reason", c.Reason, maxText)
	if c.Status == ChangeAccepted {
		selling, delivery := false, false
		for _, id := range c.Present {
			for _, person := range people {
				if person.ID == id {
					selling = selling || person.Role.SellingSide()
					delivery = delivery || person.Role == RoleDelivery
				}
			}
		}
		if !selling || !delivery {
			p.add("present", i18n.M("needs someone from sales or presales and someone from delivery"))
		}
	}
	return p.err()
}

// OutcomeKind is what became of a promise.
type OutcomeKind string

// Outcomes.
const (
	OutcomeKept    OutcomeKind = "kept"
	OutcomeLate    OutcomeKind = "late"
	OutcomeChanged OutcomeKind = "changed"
	OutcomeDropped OutcomeKind = "dropped"
	OutcomeBroken  OutcomeKind = "broken"
)

// OutcomeKinds lists every outcome, best first.
var OutcomeKinds = []OutcomeKind{OutcomeKept, OutcomeLate, OutcomeChanged, OutcomeDropped, OutcomeBroken}

// ParseOutcomeKind reads an OutcomeKind.
func ParseOutcomeKind(s string) (OutcomeKind, error) { return parseEnum("outcome", s, OutcomeKinds) }

// Outcome records what became of a promise once the deal is in delivery.
type Outcome struct {
	ID        int64       `json:"id"`
	DealID    int64       `json:"deal_id"`
	PromiseID int64       `json:"promise_id"`
	Kind      OutcomeKind `json:"outcome"`
	// On is the day it was kept, changed, dropped or broken.
	On Date `json:"on"`
	// DaysLate is how many days after its due date a promise kept late
	// was kept.
	DaysLate int    `json:"days_late"`
	Note     string `json:"note"`
	// ChangeRequestID or DecisionID is the agreement behind a promise
	// changed or dropped by agreement.
	ChangeRequestID int64     `json:"change_request_id"`
	DecisionID      int64     `json:"decision_id"`
	RecordedBy      string    `json:"recorded_by"`
	RecordedAt      time.Time `json:"recorded_at"`
	Version         int64     `json:"version"`
}

// NewOutcome is what became of p on a day, with the days late worked out
// from its due date.
func NewOutcome(p Promise, kind OutcomeKind, on Date) Outcome {
	o := Outcome{DealID: p.DealID, PromiseID: p.ID, Kind: kind, On: on}
	if kind == OutcomeLate && !p.Due.IsZero() && on.After(p.Due) {
		o.DaysLate = on.DaysAfter(p.Due)
	}
	return o
}

// CheckLate refuses "kept late" for a promise that was not: it has no due
// date to be late against, or on is not after it.
func CheckLate(p Promise, on Date) error {
	switch {
	case p.Due.IsZero():
		return InvalidMsg("outcome", i18n.Msg("cannot be late: the promise has no due date; record it as kept"))
	case !on.After(p.Due):
		return InvalidMsg("outcome", i18n.Msg("cannot be late on %s: the promise was due %s; record it as kept", on, p.Due))
	}
	return nil
}

// Validate checks the outcome's fields as it is recorded: changed by
// agreement names its agreement.
func (o Outcome) Validate() error { return o.validate(true) }

// ValidateKept checks the outcome's fields as a file keeps them: the
// agreement a "changed by agreement" named may have been deleted since,
// which leaves the outcome standing without its link.
func (o Outcome) ValidateKept() error { return o.validate(false) }

func (o Outcome) validate(linked bool) error {
	var p problems
	if o.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	if o.PromiseID <= 0 {
		p.add("promise", i18n.M("is required"))
	}
	checkEnum(&p, "outcome", "outcome", o.Kind, OutcomeKinds)
	if o.On.IsZero() {
		p.add("on", i18n.M("is required"))
	}
	limitText(&p, "note", o.Note, maxText)
	if linked && o.Kind == OutcomeChanged && o.ChangeRequestID == 0 && o.DecisionID == 0 {
		p.add("outcome", i18n.M("changed by agreement needs its change request or a decision"))
	}
	return p.err()
}

// ChangeRequestFor is the change request behind a promise, if it is one.
func (d *Dossier) ChangeRequestFor(promiseID int64) (ChangeRequest, bool) {
	for _, c := range d.ChangeRequests {
		if c.PromiseID == promiseID {
			return c, true
		}
	}
	return ChangeRequest{}, false
}

// OutcomeFor is the outcome recorded for a promise, if any.
func (d *Dossier) OutcomeFor(promiseID int64) (Outcome, bool) {
	for _, o := range d.Outcomes {
		if o.PromiseID == promiseID {
			return o, true
		}
	}
	return Outcome{}, false
}

// InScope reports whether a promise is part of what was agreed: every
// promise but a change request not (yet) accepted.
func (d *Dossier) InScope(promiseID int64) bool {
	c, ok := d.ChangeRequestFor(promiseID)
	return !ok || c.Status == ChangeAccepted
}

// ScopePromises are the promises in scope, in the dossier's order.
func (d *Dossier) ScopePromises() []Promise {
	if len(d.ChangeRequests) == 0 {
		return d.Promises
	}
	out := make([]Promise, 0, len(d.Promises))
	for _, p := range d.Promises {
		if d.InScope(p.ID) {
			out = append(out, p)
		}
	}
	return out
}

// sectionRoles says which roles answer for each report section: a change
// there asks them to sign again. The readiness follows from the rest, so
// it asks nobody; a sign-off without section hashes ("report") asks all.
var sectionRoles = map[string][]Role{
	"summary":     {RoleSales},
	"definitions": {RolePresales, RoleDelivery},
	"promises":    {RoleSales, RolePresales},
	"reality":     {RoleDelivery},
	"gaps":        {RoleDelivery},
	"decisions":   {RoleSales, RoleDelivery},
	"not sold":    {RoleSales, RolePresales},
	"report":      {RoleSales, RolePresales, RoleDelivery},
}

// SigningRoles are the roles whose sign-off makes a baseline.
var SigningRoles = []Role{RoleSales, RolePresales, RoleDelivery}

// RolesFor are the roles that must sign again when the named sections
// changed, in SigningRoles order.
func RolesFor(sections []string) []Role {
	var out []Role
	for _, r := range SigningRoles {
		for _, s := range sections {
			if slices.Contains(sectionRoles[s], r) {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// RolesToSign are the roles whose sign-off the deal lacks as it stands: a
// role that never signed, or whose latest sign-off predates a change to a
// section it answers for. None left means every role has signed this state.
func RolesToSign(d *Dossier) []Role {
	changes := SignOffChanges(d)
	var out []Role
	for _, r := range SigningRoles {
		var latest *SignOff
		for i, s := range d.SignOffs {
			if s.Role != r {
				continue
			}
			if latest == nil || s.SignedAt.After(latest.SignedAt) || (s.SignedAt.Equal(latest.SignedAt) && s.ID > latest.ID) {
				latest = &d.SignOffs[i]
			}
		}
		if latest == nil || slices.Contains(RolesFor(changes[latest.ID]), r) {
			out = append(out, r)
		}
	}
	return out
}

// MustSignAgain are the roles that must sign again since the baseline; nil
// before there is one.
func MustSignAgain(d *Dossier) []Role {
	if d.Baseline == nil {
		return nil
	}
	return RolesToSign(d)
}

// FieldChange is one field of a promise that differs from the baseline,
// with values in their own types (string, Date, Fit, float64 days).
type FieldChange struct {
	// Field is "title", "detail", "due", "fit", "earliest" or "effort".
	Field         string
	Before, After any
	// Delta is the days a date moved, or the person-days the effort
	// moved; 0 for other fields.
	Delta float64
}

// PromiseChange is how one promise differs from the baseline.
type PromiseChange struct {
	PromiseID int64
	// Title is the promise's title now (as signed, for one removed).
	Title string
	// Kind is "added", "removed" or "changed".
	Kind   string
	Fields []FieldChange
}

// TermChange is a term added, removed or redefined since the baseline.
type TermChange struct {
	Term, Kind     string
	Before, After  string
	Status, WasSet TermStatus
}

// BaselineDiff is what differs between the deal and its baseline.
type BaselineDiff struct {
	Baseline Baseline
	Promises []PromiseChange
	Terms    []TermChange
	// NotSoldAdded and NotSoldRemoved are lines of "not sold".
	NotSoldAdded, NotSoldRemoved []string
	// Requests are the change requests, decided or not.
	Requests []ChangeRequest
	// SignAgain are the roles that must sign again.
	SignAgain []Role
}

// Empty reports whether nothing differs.
func (x BaselineDiff) Empty() bool {
	return len(x.Promises) == 0 && len(x.Terms) == 0 && len(x.NotSoldAdded) == 0 && len(x.NotSoldRemoved) == 0
}

// DiffBaseline is how the deal differs from its baseline; false when it
// has none.
func DiffBaseline(d *Dossier) (BaselineDiff, bool) {
	if d.Baseline == nil {
		return BaselineDiff{}, false
	}
	base := d.Baseline.Snapshot
	x := BaselineDiff{Baseline: *d.Baseline, Requests: d.ChangeRequests, SignAgain: MustSignAgain(d)}
	now := TakeBaseline(d, time.Time{}).Snapshot
	// By id, so a deal of thousands of promises is compared in one pass.
	signed := make(map[int64]BaselinePromise, len(base.Promises))
	for _, p := range base.Promises {
		if _, ok := signed[p.ID]; !ok {
			signed[p.ID] = p
		}
	}
	current := make(map[int64]bool, len(now.Promises))
	for _, p := range now.Promises {
		current[p.ID] = true
		was, ok := signed[p.ID]
		if !ok {
			x.Promises = append(x.Promises, PromiseChange{PromiseID: p.ID, Title: p.Title, Kind: "added"})
			continue
		}
		if fields := promiseFieldChanges(was, p); len(fields) > 0 {
			x.Promises = append(x.Promises, PromiseChange{PromiseID: p.ID, Title: p.Title, Kind: "changed", Fields: fields})
		}
	}
	for _, was := range base.Promises {
		if !current[was.ID] {
			x.Promises = append(x.Promises, PromiseChange{PromiseID: was.ID, Title: was.Title, Kind: "removed"})
		}
	}
	terms := func(s BaselineSnapshot, id int64) (BaselineTerm, bool) {
		for _, t := range s.Terms {
			if t.ID == id {
				return t, true
			}
		}
		return BaselineTerm{}, false
	}
	for _, t := range now.Terms {
		was, ok := terms(base, t.ID)
		switch {
		case !ok:
			x.Terms = append(x.Terms, TermChange{Term: t.Term, Kind: "added", After: t.Definition, Status: t.Status})
		case was != t:
			x.Terms = append(x.Terms, TermChange{Term: t.Term, Kind: "changed", Before: was.Definition, After: t.Definition,
				Status: t.Status, WasSet: was.Status})
		}
	}
	for _, was := range base.Terms {
		if _, ok := terms(now, was.ID); !ok {
			x.Terms = append(x.Terms, TermChange{Term: was.Term, Kind: "removed", Before: was.Definition, WasSet: was.Status})
		}
	}
	for _, s := range now.NotSold {
		if !slices.Contains(base.NotSold, s) {
			x.NotSoldAdded = append(x.NotSoldAdded, s)
		}
	}
	for _, s := range base.NotSold {
		if !slices.Contains(now.NotSold, s) {
			x.NotSoldRemoved = append(x.NotSoldRemoved, s)
		}
	}
	return x, true
}

// promiseFieldChanges lists the fields of a promise that differ, in the
// order the diff shows them.
func promiseFieldChanges(was, now BaselinePromise) []FieldChange {
	var out []FieldChange
	if was.Title != now.Title {
		out = append(out, FieldChange{Field: "title", Before: was.Title, After: now.Title})
	}
	if was.Detail != now.Detail {
		out = append(out, FieldChange{Field: "detail", Before: was.Detail, After: now.Detail})
	}
	date := func(field string, a, b Date) {
		if a == b {
			return
		}
		c := FieldChange{Field: field, Before: a, After: b}
		if !a.IsZero() && !b.IsZero() {
			c.Delta = float64(b.DaysAfter(a))
		}
		out = append(out, c)
	}
	date("due", was.Due, now.Due)
	if was.Fit != now.Fit {
		out = append(out, FieldChange{Field: "fit", Before: was.Fit, After: now.Fit})
	}
	date("earliest", was.Earliest, now.Earliest)
	if was.EffortDays != now.EffortDays {
		out = append(out, FieldChange{Field: "effort", Before: was.EffortDays, After: now.EffortDays,
			Delta: now.EffortDays - was.EffortDays})
	}
	return out
}
