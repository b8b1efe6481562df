package model

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"handoff/internal/i18n"
)

// Gap is a difference between what was promised and what delivery can do,
// with a person to close it.
type Gap struct {
	ID     int64 `json:"id"`
	DealID int64 `json:"deal_id"`
	// PromiseID is the promise the gap is about; 0 for a manual gap about the
	// deal as a whole.
	PromiseID int64    `json:"promise_id"`
	Kind      GapKind  `json:"kind"`
	Title     string   `json:"title"`
	Severity  Severity `json:"severity"`
	// SeveritySet is true once a person chose the severity; the rules then
	// leave it alone.
	SeveritySet bool      `json:"severity_set"`
	Owner       int64     `json:"owner"`
	Due         Date      `json:"due"`
	Status      GapStatus `json:"status"`
	Resolution  string    `json:"resolution"`
	Origin      Origin    `json:"origin"`
	// AutoResolved is true when the rules closed the gap because its condition
	// went away; if the condition returns the rules reopen it.
	AutoResolved bool `json:"auto_resolved"`
	// Diff is, for a derived gap, what the rules found as data; Title is
	// rendered from it. Zero for a manual gap.
	Diff Difference `json:"difference,omitzero"`
	// Shared is true for a gap the customer may read, title and resolution
	// (in the customer copy, and while presenting); a gap is internal
	// unless marked shared.
	Shared  bool  `json:"shared,omitempty"`
	Version int64 `json:"version"`
}

// Validate checks the gap's fields.
func (g Gap) Validate() error {
	var p problems
	requireText(&p, "title", g.Title, maxText)
	checkEnum(&p, "kind", "gap kind", g.Kind, GapKinds)
	checkEnum(&p, "severity", "severity", g.Severity, Severities)
	checkEnum(&p, "status", "gap status", g.Status, GapStatuses)
	checkEnum(&p, "origin", "origin", g.Origin, Origins)
	limitText(&p, "resolution", g.Resolution, maxText)
	checkRef(&p, "owner", g.Owner)
	if !g.Diff.IsZero() {
		g.Diff.check(&p)
	}
	if g.Origin == OriginDerived && g.PromiseID <= 0 {
		p.add("promise", i18n.M("is required for a derived gap"))
	}
	if g.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	return p.err()
}

// ValidateChange is Validate for a gap as a person saves it: besides the
// fields, a critical or high gap is resolved or accepted only with the
// decision that closes it written down. The rules' own closing (with its
// note) is exempt, and so is reading an old export, which Validate checks.
func (g Gap) ValidateChange() error {
	err := g.Validate()
	if !g.NeedsResolution() {
		return err
	}
	msg := i18n.Msg("is required to set a %s gap to %s: write the decision that closes it",
		i18n.WordOf("severity", string(g.Severity)), i18n.WordOf("gap status", string(g.Status)))
	var ve *ValidationError
	if errors.As(err, &ve) {
		ve.Fields = append(ve.Fields, FieldError{Field: "resolution", Message: msg.Error(), Msg: &msg})
		return ve
	}
	return InvalidMsg("resolution", msg)
}

// NeedsResolution reports whether the gap is closed by a person at critical
// or high severity without a resolution.
func (g Gap) NeedsResolution() bool {
	return g.Status.Closed() && (g.Severity == SeverityCritical || g.Severity == SeverityHigh) &&
		strings.TrimSpace(g.Resolution) == "" && !g.AutoResolved
}

// Open reports whether the gap still needs work.
func (g Gap) Open() bool { return !g.Status.Closed() }

// Overdue reports whether the gap is still open past its due date on
// today, and by how many days. A closed gap is never overdue.
func (g Gap) Overdue(today Date) (days int, ok bool) {
	if !g.Open() {
		return 0, false
	}
	return Overdue(g.Due, today)
}

// Difference is what the gap is about without the promise it names: for a
// derived gap "due 2027-01-15, delivery earliest 2027-03-01: 45 days late",
// rendered from its difference; for a manual gap the whole title.
func (g Gap) Difference() string {
	if g.Origin != OriginDerived || g.Diff.IsZero() {
		return g.Title
	}
	return g.Diff.Text(g.Kind)
}

// Heading is the gap's title as shown: for a derived gap rendered from its
// difference, for a manual gap what the person wrote.
func (g Gap) Heading() string {
	if g.Origin != OriginDerived || g.Diff.IsZero() {
		return g.Title
	}
	return g.Diff.Heading(g.Kind)
}

// DifferenceIn is Difference in the reader's language: a derived gap's
// difference rendered from its data, a manual gap's title as written.
func (g Gap) DifferenceIn(l i18n.Lang) string {
	if g.Origin != OriginDerived || g.Diff.IsZero() {
		return g.Title
	}
	return g.Diff.TextIn(g.Kind, l)
}

// HeadingIn is Heading in the reader's language. A derived gap stored
// before differences were kept (its title in English, no data yet) reads
// as its title until the rules look at it again and record its data.
func (g Gap) HeadingIn(l i18n.Lang) string {
	if g.Origin != OriginDerived || g.Diff.IsZero() {
		return g.Title
	}
	return g.Diff.HeadingIn(g.Kind, l)
}

// ResolutionIn is the gap's resolution in the reader's language: the note
// the rules wrote when they closed it is rendered anew from what it says
// (a person's earlier note after it stays as written); anything a person
// wrote is theirs.
func (g Gap) ResolutionIn(l i18n.Lang) string { return AutoNoteIn(g.Resolution, l) }

// Same reports whether two gaps hold the same values, version included.
func (g Gap) Same(o Gap) bool {
	return g.sameButDiff(o) && g.Diff.Equal(o.Diff)
}

// sameButDiff is Same without the difference.
func (g Gap) sameButDiff(o Gap) bool {
	return g.ID == o.ID && g.DealID == o.DealID && g.PromiseID == o.PromiseID && g.Kind == o.Kind &&
		g.Title == o.Title && g.Severity == o.Severity && g.SeveritySet == o.SeveritySet &&
		g.Owner == o.Owner && g.Due == o.Due && g.Status == o.Status && g.Resolution == o.Resolution &&
		g.Origin == o.Origin && g.AutoResolved == o.AutoResolved && g.Shared == o.Shared && g.Version == o.Version
}

// OverdueGaps are the deal's open gaps past their due date on today, the
// latest first due first.
func (d *Dossier) OverdueGaps(today Date) []Gap {
	var out []Gap
	for _, g := range d.Gaps {
		if _, late := g.Overdue(today); late {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b Gap) int {
		if c := a.Due.t.Compare(b.Due.t); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}
