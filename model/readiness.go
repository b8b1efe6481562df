package model

import (
	"slices"
	"strings"

	"handoff/internal/i18n"
)

// Readiness says whether a deal is ready to hand to delivery, and if not,
// what stands in the way.
type Readiness struct {
	// Percent is the share of the deal's checks that pass; 100 only when
	// there are no blockers.
	Percent int
	// Blockers are sentences naming the promise, gap or term at fault, in
	// English; Reasons are the same as data, to say them in the reader's
	// language (BlockersIn).
	Blockers []string
	Reasons  []Blocker
}

// Ready reports whether nothing blocks the handoff.
func (r Readiness) Ready() bool { return len(r.Blockers) == 0 }

// String is "ready" or "72% — 5 blockers".
func (r Readiness) String() string { return r.StringIn(i18n.EN) }

// StringIn is String in the reader's language: "72% — 5 przeszkód".
func (r Readiness) StringIn(l i18n.Lang) string {
	if r.Ready() {
		return l.T("ready")
	}
	return PercentIn(l, r.Percent) + " — " + l.N("%d blockers", len(r.Blockers))
}

// BlockersIn is the blockers' sentences in the reader's language, rendered
// from their data; a readiness with sentences and no data (read from an
// export made before blockers were kept as data) keeps its sentences.
func (r Readiness) BlockersIn(l i18n.Lang) []string {
	if len(r.Reasons) != len(r.Blockers) || l == i18n.EN {
		return r.Blockers
	}
	out := make([]string, len(r.Reasons))
	for i, b := range r.Reasons {
		out[i] = b.In(l)
	}
	return out
}

// Assess works out a deal's readiness from its facts and its
// stored gaps: promises without an answer; open critical or high gaps
// without an owner or a due date; terms used but not agreed; promises
// changed since delivery answered; missing deal owners.
func Assess(f Facts, gaps []Gap) Readiness {
	var blockers []Blocker
	checks := 0

	answered := make(map[int64]bool, len(f.Assessments))
	for _, a := range f.Assessments {
		answered[a.PromiseID] = true
	}
	checks++
	if len(f.Promises) == 0 {
		blockers = append(blockers, Blocker{Kind: BlockNoPromises})
	}
	gl := f.glossary()
	// Unagreed terms by TermKey, so "real-time" and "real time" are one
	// term, with the titles of the promises using them.
	uses := map[string][]string{}
	usedBy := map[string][]int64{}
	var termOrder []string // as first written
	// Each promise counts twice: delivery has answered it, and it is not
	// waiting to be checked with the customer (no open unverified gap).
	// The second is no blocker, but confirming a promise moves the figure.
	unverified := map[int64]bool{}
	for _, g := range gaps {
		if g.Open() && g.Kind == KindUnverified {
			unverified[g.PromiseID] = true
		}
	}
	unsettled := 0
	for _, p := range f.Promises {
		checks += 2
		if unverified[p.ID] {
			unsettled++
		}
		if !answered[p.ID] {
			blockers = append(blockers, Blocker{Kind: BlockUnanswered, Promise: p.Title, PromiseID: p.ID})
		}
		for _, t := range gl.InPromise(p) {
			k := TermKey(t)
			if _, seen := uses[k]; !seen {
				termOrder = append(termOrder, t)
			}
			uses[k] = append(uses[k], p.Title)
			usedBy[k] = append(usedBy[k], p.ID)
		}
	}
	for _, t := range termOrder {
		checks++
		used := uses[TermKey(t)]
		blockers = append(blockers, Blocker{Kind: BlockTerm, Term: t, Promise: used[0], Uses: len(used), PromiseIDs: usedBy[TermKey(t)]})
	}

	var titles map[int64]string // made for the first suspect gap
	// The open critical and high gaps, by severity and then as raised
	// (severity ranks -1, unknown, to 1, high), as indices into gaps: a
	// big deal has thousands.
	var byRank [3][]int
	for i := range gaps {
		g := &gaps[i]
		if !g.Open() {
			continue
		}
		if g.Kind == KindSuspect {
			if titles == nil {
				titles = make(map[int64]string, len(f.Promises))
				for _, p := range f.Promises {
					titles[p.ID] = p.Title
				}
			}
			checks++
			blockers = append(blockers, Blocker{Kind: BlockSuspect, Promise: titles[g.PromiseID], PromiseID: g.PromiseID, GapID: g.ID})
		}
		// A suspect gap is a blocker of its own (above); it needs a fresh
		// answer from delivery, not an owner.
		if rank := g.Severity.Rank(); g.Kind != KindSuspect && rank <= SeverityHigh.Rank() {
			byRank[rank+1] = append(byRank[rank+1], i)
		}
	}
	open := slices.Concat(byRank[:]...)
	for _, i := range open {
		g := &gaps[i]
		// Only a gap that lacks an owner or a due date counts, as a failed
		// check: were a well-owned gap a passed one, closing it would lower
		// the figure.
		if g.Owner == 0 || g.Due.IsZero() {
			checks++
			b := Blocker{Kind: BlockGap, Severity: g.Severity, GapKind: g.Kind, NoOwner: g.Owner == 0,
				NoDue: g.Due.IsZero(), Title: g.Title, PromiseID: g.PromiseID, GapID: g.ID}
			if g.Origin == OriginDerived {
				b.Diff = g.Diff
			}
			blockers = append(blockers, b)
		}
	}

	for _, r := range []Role{RoleSales, RolePresales, RoleDelivery} {
		checks++
		if f.Deal.Owner(r) == 0 {
			blockers = append(blockers, Blocker{Kind: BlockOwner, Role: r})
		}
	}

	pct := 100 * (checks - len(blockers) - unsettled) / checks
	if len(blockers) > 0 && pct > 99 {
		pct = 99
	}
	if pct < 0 {
		pct = 0
	}
	return NewReadiness(pct, blockers)
}

// TypedBlockers are the blockers Assess finds, in the same order, as data
// with their ids, beside the readiness.
func TypedBlockers(f Facts, gaps []Gap) (Readiness, []Blocker) {
	r := Assess(f, gaps)
	return r, r.Reasons
}

// NewReadiness is a readiness with its blockers as data and in English.
func NewReadiness(pct int, reasons []Blocker) Readiness {
	r := Readiness{Percent: pct, Reasons: reasons}
	if len(reasons) > 0 {
		r.Blockers = make([]string, len(reasons))
		for i, b := range reasons {
			r.Blockers[i] = b.String()
		}
	}
	return r
}

// sentenceEnd ends s with a full stop unless it ends in punctuation already.
func sentenceEnd(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}
