package model

import (
	"strings"

	"handoff/internal/i18n"
)

// GapChange is one change reconciliation makes to a stored gap.
type GapChange struct {
	Before, After Gap
}

// Plan is what Reconcile decided: gaps to create and gaps to change.
type Plan struct {
	Create []Gap
	Change []GapChange
	// Fill are derived gaps whose difference is missing or out of date while
	// everything shown of them (title, severity, status) stays the same,
	// such as a gap stored before differences were kept: the difference is written
	// without a new version or an event, since nobody sees a change.
	Fill []Gap
}

// Empty reports whether the plan changes nothing.
func (p Plan) Empty() bool { return len(p.Create) == 0 && len(p.Change) == 0 && len(p.Fill) == 0 }

// gapKey identifies a derived gap.
type gapKey struct {
	promise int64
	kind    GapKind
}

// Reconcile compares a deal's stored gaps with what the rules find now and
// plans the changes:
//
//   - a finding with no stored gap becomes a new open gap;
//   - a stored derived gap gets the finding's title, and its severity unless a
//     person chose one; a gap the rules had closed is reopened;
//   - an open derived gap with no finding is resolved, with a resolution that
//     says why, and marked as closed by the rules.
//
// Owners, due dates, statuses and resolutions that people set are never
// changed, and manual gaps are never touched. live holds the ids of the
// deal's promises that still exist, to tell "deleted" from "fixed".
func Reconcile(dealID int64, stored []Gap, found []Finding, live map[int64]bool) Plan {
	var plan Plan
	byKey := make(map[gapKey]Gap, len(stored))
	for _, g := range stored {
		if g.Origin == OriginDerived {
			byKey[gapKey{g.PromiseID, g.Kind}] = g
		}
	}
	still := make(map[gapKey]bool, len(found))
	if n := len(found) - len(byKey); n > 0 {
		// at least this many are new: an import's thousands of gaps are
		// not grown into (a gap is some 400 bytes)
		plan.Create = make([]Gap, 0, n)
	}
	for _, f := range found {
		k := gapKey{f.PromiseID, f.Kind}
		still[k] = true
		g, ok := byKey[k]
		if !ok {
			plan.Create = append(plan.Create, Gap{
				DealID: dealID, PromiseID: f.PromiseID, Kind: f.Kind, Title: f.Title,
				Diff: f.Diff, Severity: f.Severity, Status: GapOpen, Origin: OriginDerived,
			})
			continue
		}
		after := g
		after.Title, after.Diff = f.Title, f.Diff
		if !g.SeveritySet {
			after.Severity = f.Severity
		}
		if g.AutoResolved {
			after.Status, after.Resolution, after.AutoResolved = GapOpen, personsNote(g.Resolution), false
		}
		switch {
		case !after.sameButDiff(g):
			plan.Change = append(plan.Change, GapChange{g, after})
		case !after.Diff.Equal(g.Diff):
			plan.Fill = append(plan.Fill, after)
		}
	}
	for _, g := range stored {
		k := gapKey{g.PromiseID, g.Kind}
		if g.Origin != OriginDerived || still[k] || !g.Open() {
			continue
		}
		after := g
		after.Status = GapResolved
		after.AutoResolved = true
		after.Resolution = autoPrefix + whyGone(g.Kind, live[g.PromiseID]) + "."
		if g.Resolution != "" {
			// What a person wrote on the open gap stays, after the reason.
			after.Resolution += earlierNote + g.Resolution
		}
		plan.Change = append(plan.Change, GapChange{g, after})
	}
	return plan
}

// How the rules word a resolution they write.
const (
	autoPrefix  = "Closed automatically: "
	earlierNote = " Earlier note: "
)

// personsNote is what a person had written before the rules closed a gap,
// so reopening gives it back.
func personsNote(resolution string) string {
	if !strings.HasPrefix(resolution, autoPrefix) {
		return resolution
	}
	if _, note, ok := strings.Cut(resolution, earlierNote); ok {
		return note
	}
	return ""
}

// whyGone says why a derived gap's condition went away.
func whyGone(k GapKind, promiseLive bool) string {
	if !promiseLive {
		return i18n.M("the promise was deleted")
	}
	switch k {
	case KindUnassessed:
		return i18n.M("delivery answered the promise")
	case KindScope:
		return i18n.M("delivery now says it can build it in full")
	case KindSchedule:
		return i18n.M("delivery's earliest date now meets the due date")
	case KindEffort:
		return i18n.M("delivery's effort is now within the budget sold")
	case KindUnverified:
		return i18n.M("the promise is now confirmed with the customer, or the deal is no longer in negotiation or later")
	case KindUndefinedTerm:
		return i18n.M("every term it uses is now agreed in the glossary or dismissed as no term in this deal")
	case KindSuspect:
		return i18n.M("delivery answered the promise as it now stands")
	case KindUnownedPromise:
		return i18n.M("a person is now named as having promised it")
	}
	return i18n.M("its cause went away")
}

// autoReasons are the reasons whyGone gives, to know one in a stored note.
var autoReasons = func() map[string]bool {
	out := map[string]bool{whyGone("", false): true}
	for _, k := range GapKinds {
		out[whyGone(k, true)] = true
	}
	return out
}()

// AutoNoteIn is a resolution in the reader's language: a note the rules
// wrote when they closed a gap ("Closed automatically: delivery answered
// the promise. Earlier note: …") is read back into its reason and rendered
// in the language, with the person's earlier note as they wrote it. Notes
// stored by any earlier version read the same way, since the English is
// the key. Anything else is a person's own words and stays as it is.
func AutoNoteIn(resolution string, l i18n.Lang) string {
	rest, ok := strings.CutPrefix(resolution, autoPrefix)
	if l == i18n.EN || !ok {
		return resolution
	}
	reason, note, hasNote := strings.Cut(rest, earlierNote)
	reason = strings.TrimSuffix(reason, ".")
	if !autoReasons[reason] {
		return resolution
	}
	out := l.T("Closed automatically: %s.", l.T(reason))
	if hasNote {
		if l != i18n.ZH { // a Chinese full stop needs no space after it
			out += " "
		}
		out += l.T("Earlier note: %s", note)
	}
	return out
}
