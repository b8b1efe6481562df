package model

import (
	"fmt"
	"sort"
	"strings"

	"handoff/internal/prose"
)

// Readiness says whether a deal is ready to hand to delivery, and if not,
// what stands in the way.
type Readiness struct {
	// Percent is the share of the deal's checks that pass; 100 only when
	// there are no blockers.
	Percent int
	// Blockers are sentences naming the promise, gap or term at fault.
	Blockers []string
}

// Ready reports whether nothing blocks the handoff.
func (r Readiness) Ready() bool { return len(r.Blockers) == 0 }

// String is "ready" or "72% — 5 blockers".
func (r Readiness) String() string {
	if r.Ready() {
		return "ready"
	}
	return fmt.Sprintf("%d%% — %s", r.Percent, prose.Plural(len(r.Blockers), "blocker"))
}

// Assess works out a deal's readiness from its facts and its
// stored gaps: promises without an answer; open critical or high gaps
// without an owner or a due date; terms used but not agreed; promises
// changed since delivery answered; missing deal owners.
func Assess(f Facts, gaps []Gap) Readiness {
	r, _ := assess(f, gaps)
	return r
}

// TypedBlockers are the blockers Assess finds, in the same order, by kind
// and ids, beside their sentences.
func TypedBlockers(f Facts, gaps []Gap) (Readiness, []Blocker) { return assess(f, gaps) }

func assess(f Facts, gaps []Gap) (Readiness, []Blocker) {
	var blockers []string
	var typed []Blocker
	checks := 0

	answered := make(map[int64]Assessment, len(f.Assessments))
	for _, a := range f.Assessments {
		answered[a.PromiseID] = a
	}
	checks++
	if len(f.Promises) == 0 {
		blockers = append(blockers, "No promises are recorded yet.")
		typed = append(typed, Blocker{Kind: BlockerNoPromises})
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
		if _, ok := answered[p.ID]; !ok {
			blockers = append(blockers, fmt.Sprintf("Promise %s has no answer from delivery.", Quote(p.Title)))
			typed = append(typed, Blocker{Kind: BlockerNoAnswer, PromiseID: p.ID})
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
		n := len(used)
		where := "in " + Quote(used[0])
		if n > 1 {
			where = fmt.Sprintf("in %d promises", n)
		}
		blockers = append(blockers, fmt.Sprintf("Term “%s” is used %s but not agreed.", t, where))
		typed = append(typed, Blocker{Kind: BlockerTermNotAgreed, Term: t, PromiseIDs: usedBy[TermKey(t)]})
	}

	titles := make(map[int64]string, len(f.Promises))
	for _, p := range f.Promises {
		titles[p.ID] = p.Title
	}
	open := make([]Gap, 0, len(gaps))
	for _, g := range gaps {
		if !g.Open() {
			continue
		}
		if g.Kind == KindSuspect {
			checks++
			blockers = append(blockers, fmt.Sprintf("Promise %s changed after delivery answered it.", Quote(titles[g.PromiseID])))
			typed = append(typed, Blocker{Kind: BlockerChanged, PromiseID: g.PromiseID, GapID: g.ID})
		}
		// A suspect gap is a blocker of its own (above); it needs a fresh
		// answer from delivery, not an owner.
		if g.Kind != KindSuspect && g.Severity.Rank() <= SeverityHigh.Rank() {
			open = append(open, g)
		}
	}
	sort.SliceStable(open, func(i, j int) bool { return open[i].Severity.Rank() < open[j].Severity.Rank() })
	for _, g := range open {
		// Only a gap that lacks an owner or a due date counts, as a failed
		// check: were a well-owned gap a passed one, closing it would lower
		// the figure.
		var missing []string
		if g.Owner == 0 {
			missing = append(missing, "no owner")
		}
		if g.Due.IsZero() {
			missing = append(missing, "no due date")
		}
		if len(missing) > 0 {
			checks++
			blockers = append(blockers, sentenceEnd(fmt.Sprintf("%s %s gap has %s: %s",
				prose.Capitalise(string(g.Severity)), g.Kind.Label(), strings.Join(missing, " and "), g.Title)))
			typed = append(typed, Blocker{Kind: BlockerGapUnowned, PromiseID: g.PromiseID, GapID: g.ID})
		}
	}

	for _, r := range []Role{RoleSales, RolePresales, RoleDelivery} {
		checks++
		if f.Deal.Owner(r) == 0 {
			blockers = append(blockers, fmt.Sprintf("The deal has no %s owner.", r))
			typed = append(typed, Blocker{Kind: BlockerNoDealOwner, Role: r})
		}
	}

	pct := 100 * (checks - len(blockers) - unsettled) / checks
	if len(blockers) > 0 && pct > 99 {
		pct = 99
	}
	if pct < 0 {
		pct = 0
	}
	return Readiness{Percent: pct, Blockers: blockers}, typed
}

// sentenceEnd ends s with a full stop unless it ends in punctuation already.
func sentenceEnd(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}
