package model

import (
	"cmp"
	"slices"
	"strconv"
)

// BlockerKind says which check of the readiness a blocker failed. The
// values are part of the readiness feed (check --format json) and only
// ever grow.
type BlockerKind string

// The kinds of blocker.
const (
	// BlockerNoPromises: the deal has no promises recorded.
	BlockerNoPromises BlockerKind = "no_promises"
	// BlockerNoAnswer: a promise has no answer from delivery.
	BlockerNoAnswer BlockerKind = "no_answer"
	// BlockerTermNotAgreed: a term the promises use is not agreed.
	BlockerTermNotAgreed BlockerKind = "term_not_agreed"
	// BlockerChanged: a promise changed after delivery answered it.
	BlockerChanged BlockerKind = "changed_since_answer"
	// BlockerGapUnowned: an open critical or high gap lacks an owner or a
	// due date.
	BlockerGapUnowned BlockerKind = "gap_without_owner_or_due"
	// BlockerNoDealOwner: the deal has no owner for a role.
	BlockerNoDealOwner BlockerKind = "no_deal_owner"
)

// Blocker is one blocker typed, beside its sentence in Readiness.Blockers
// the kind of check and what it is about (the ids that apply).
type Blocker struct {
	Kind      BlockerKind
	PromiseID int64
	// PromiseIDs are the promises using a term not agreed.
	PromiseIDs []int64
	GapID      int64
	// Term is the term not agreed, as first written.
	Term string
	// Role is the role without a deal owner.
	Role Role
}

// Refs are the blocker's promises, gap and term as the reports and the
// command line number them: P3, G4, T1 (a term not in the glossary has
// no number).
func (d *Dossier) Refs(b Blocker) []string {
	var refs []string
	promises := d.PromiseRefs()
	for _, id := range append([]int64{b.PromiseID}, b.PromiseIDs...) {
		if i := slices.IndexFunc(promises, func(p Promise) bool { return p.ID == id }); id != 0 && i >= 0 {
			refs = append(refs, "P"+strconv.Itoa(i+1))
		}
	}
	if b.GapID != 0 {
		if i := slices.IndexFunc(d.GapRefs(), func(g Gap) bool { return g.ID == b.GapID }); i >= 0 {
			refs = append(refs, "G"+strconv.Itoa(i+1))
		}
	}
	if b.Term != "" {
		if i := slices.IndexFunc(d.NumberedTerms(), func(t Term) bool { return TermKey(t.Term) == TermKey(b.Term) }); i >= 0 {
			refs = append(refs, "T"+strconv.Itoa(i+1))
		}
	}
	return refs
}

// GapRefs are the deal's gaps in the order they are numbered, G1 first:
// as they were raised.
func (d *Dossier) GapRefs() []Gap {
	return sortedBy(d.Gaps, func(a, b Gap) int { return cmp.Compare(a.ID, b.ID) })
}
