package model

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"handoff/internal/i18n"
	"handoff/internal/prose"
)

// BlockerKind is what stands in the way of a handoff.
type BlockerKind string

// The kinds of blocker Assess finds.
const (
	BlockNoPromises BlockerKind = "no_promises"              // no promise recorded
	BlockUnanswered BlockerKind = "no_answer"                // a promise with no answer from delivery
	BlockTerm       BlockerKind = "term_not_agreed"          // a term used and not agreed
	BlockSuspect    BlockerKind = "changed_since_answer"     // a promise changed after delivery answered it
	BlockGap        BlockerKind = "gap_without_owner_or_due" // a critical or high gap with no owner or due date
	BlockOwner      BlockerKind = "no_deal_owner"            // a deal with no owner for a role
)

// Blocker is one thing standing in the way of a handoff, as data, so each
// reader gets the sentence in their language (In); the store keeps the
// deal's blockers this way beside it.
type Blocker struct {
	Kind BlockerKind `json:"kind"`
	// Promise is the promise's title (unanswered, suspect), or the first
	// promise using the term (term).
	Promise string `json:"promise,omitempty"`
	// Term and Uses are the term not agreed and how many promises use it.
	Term string `json:"term,omitempty"`
	Uses int    `json:"uses,omitempty"`
	// Severity, GapKind, NoOwner, NoDue, Title and Diff are the gap: what
	// it lacks, its stored title and, for a derived gap, its difference.
	Severity Severity   `json:"severity,omitempty"`
	GapKind  GapKind    `json:"gap_kind,omitempty"`
	NoOwner  bool       `json:"no_owner,omitempty"`
	NoDue    bool       `json:"no_due,omitempty"`
	Title    string     `json:"title,omitempty"`
	Diff     Difference `json:"difference,omitzero"`
	// Role is the owner the deal lacks.
	Role Role `json:"role,omitempty"`
	// PromiseID, PromiseIDs and GapID are what the blocker is about, by
	// id: the promise (unanswered, suspect, a gap's promise), the promises
	// using a term, the gap. Dossier.Refs numbers them as P3, G4.
	PromiseID  int64   `json:"promise_id,omitempty"`
	PromiseIDs []int64 `json:"promise_ids,omitempty"`
	GapID      int64   `json:"gap_id,omitempty"`
}

// String is the blocker in English: "Promise “SSO” has no answer from
// delivery."
func (b Blocker) String() string {
	switch b.Kind {
	case BlockNoPromises:
		return "No promises are recorded yet."
	case BlockUnanswered:
		return "Promise " + Quote(b.Promise) + " has no answer from delivery."
	case BlockTerm:
		where := "in " + Quote(b.Promise)
		if b.Uses > 1 {
			where = fmt.Sprintf("in %d promises", b.Uses)
		}
		return "Term “" + b.Term + "” is used " + where + " but not agreed."
	case BlockSuspect:
		return "Promise " + Quote(b.Promise) + " changed after delivery answered it."
	case BlockGap:
		var missing []string
		if b.NoOwner {
			missing = append(missing, "no owner")
		}
		if b.NoDue {
			missing = append(missing, "no due date")
		}
		return sentenceEnd(prose.Capitalise(string(b.Severity)) + " " + b.GapKind.Label() + " gap has " +
			strings.Join(missing, " and ") + ": " + b.Title)
	case BlockOwner:
		return "The deal has no " + string(b.Role) + " owner."
	}
	return ""
}

// In is the blocker's sentence in the reader's language.
func (b Blocker) In(l i18n.Lang) string {
	if l == i18n.EN {
		return b.String()
	}
	switch b.Kind {
	case BlockNoPromises:
		return l.T("No promises are recorded yet.")
	case BlockUnanswered:
		return l.T("Promise %s has no answer from delivery.", QuoteIn(b.Promise, l))
	case BlockTerm:
		term := QuoteIn(b.Term, l)
		if b.Uses > 1 {
			return l.N("Term %[2]s is used in %[1]d promises but not agreed.", b.Uses, term)
		}
		return l.T("Term %s is used in %s but not agreed.", term, QuoteIn(b.Promise, l))
	case BlockSuspect:
		return l.T("Promise %s changed after delivery answered it.", QuoteIn(b.Promise, l))
	case BlockGap:
		title := b.Title
		if !b.Diff.IsZero() {
			title = b.Diff.HeadingIn(b.GapKind, l)
		}
		var s string
		switch {
		case b.NoOwner && b.NoDue:
			s = l.T("%s gap (%s) has no owner and no due date: %s", b.Severity.In(l), b.GapKind.In(l), title)
		case b.NoOwner:
			s = l.T("%s gap (%s) has no owner: %s", b.Severity.In(l), b.GapKind.In(l), title)
		default:
			s = l.T("%s gap (%s) has no due date: %s", b.Severity.In(l), b.GapKind.In(l), title)
		}
		return sentenceEndIn(prose.Capitalise(s), l)
	case BlockOwner:
		return l.T("The deal has no owner for %s.", b.Role.In(l))
	}
	return ""
}

// sentenceEndIn is sentenceEnd with the language's full stop (。 in
// Chinese).
func sentenceEndIn(s string, l i18n.Lang) string {
	if l != i18n.ZH {
		return sentenceEnd(s)
	}
	for _, end := range []string{"。", "！", "？", "…", ".", "!", "?"} {
		if strings.HasSuffix(s, end) {
			return s
		}
	}
	return s + "。"
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
