package model

import (
	"cmp"
	"slices"

	"handoff/internal/i18n"
)

// Promises made against promises kept, across deals: counted by deal and
// by what the promises were, never by who made them.

// KeptPromise is one promise in scope as the count reads it: what it was at
// the handoff (the baseline's verification and fit when it was signed,
// otherwise its own) and what became of it ("" not yet recorded).
type KeptPromise struct {
	DealID       int64
	Deal         string
	Category     Category
	Source       Source
	Verification Verification
	// Fit is delivery's fit at the handoff; "" when not answered.
	Fit     Fit
	Outcome OutcomeKind
	On      Date
}

// KeptPromises are a dossier's promises in scope, as KeptPromise.
func KeptPromises(d *Dossier) []KeptPromise {
	var out []KeptPromise
	for _, p := range d.ScopePromises() {
		k := KeptPromise{DealID: d.Deal.ID, Deal: d.Deal.Name, Category: p.Category, Source: p.Source,
			Verification: p.Verification}
		if a, ok := d.Answer(p.ID); ok {
			k.Fit = a.Fit
		}
		if d.Baseline != nil {
			if bp, ok := d.Baseline.Snapshot.Promise(p.ID); ok {
				k.Verification, k.Fit = bp.Verification, bp.Fit
			}
		}
		if o, ok := d.OutcomeFor(p.ID); ok {
			k.Outcome, k.On = o.Kind, o.On
		}
		out = append(out, k)
	}
	return out
}

// KeptCounts counts promises by outcome; Open are those with none yet.
type KeptCounts struct {
	Kept    int `json:"kept"`
	Late    int `json:"late"`
	Changed int `json:"changed"`
	Dropped int `json:"dropped"`
	Broken  int `json:"broken"`
	Open    int `json:"not_recorded"`
}

// add counts one outcome.
func (c *KeptCounts) add(o OutcomeKind) {
	switch o {
	case OutcomeKept:
		c.Kept++
	case OutcomeLate:
		c.Late++
	case OutcomeChanged:
		c.Changed++
	case OutcomeDropped:
		c.Dropped++
	case OutcomeBroken:
		c.Broken++
	default:
		c.Open++
	}
}

// Recorded is how many have an outcome.
func (c KeptCounts) Recorded() int { return c.Kept + c.Late + c.Changed + c.Dropped + c.Broken }

// KeptPercent is the share of recorded outcomes kept on time or late, in
// whole percent; 0 when none is recorded.
func (c KeptCounts) KeptPercent() int {
	n := c.Recorded()
	if n == 0 {
		return 0
	}
	return (100*(c.Kept+c.Late) + n/2) / n
}

// KeptShareIn is KeptPercent in the reader's form ("67%", "67 %"), and
// "—" when nothing is recorded yet: none kept of none is no 0%.
func (c KeptCounts) KeptShareIn(l i18n.Lang) string {
	if c.Recorded() == 0 {
		return "—"
	}
	return PercentIn(l, c.KeptPercent())
}

// KeptRow is the counts for one value of a breakdown ("confirmed").
type KeptRow struct {
	Key    string     `json:"key"`
	Counts KeptCounts `json:"counts"`
}

// MadeVsKept is the count across deals, with its breakdowns.
type MadeVsKept struct {
	Total          KeptCounts `json:"total"`
	ByDeal         []KeptRow  `json:"by_deal"`
	ByCategory     []KeptRow  `json:"by_category"`
	BySource       []KeptRow  `json:"by_source"`
	ByVerification []KeptRow  `json:"by_verification"`
	ByFit          []KeptRow  `json:"by_fit"`
}

// CountKept counts the promises; with since set, only outcomes recorded on
// or after it count (and no promise without one).
func CountKept(ps []KeptPromise, since Date) MadeVsKept {
	var m MadeVsKept
	deals := map[string]*KeptCounts{}
	cats, srcs, vers, fits := map[string]*KeptCounts{}, map[string]*KeptCounts{}, map[string]*KeptCounts{}, map[string]*KeptCounts{}
	bump := func(in map[string]*KeptCounts, key string, o OutcomeKind) {
		c := in[key]
		if c == nil {
			c = &KeptCounts{}
			in[key] = c
		}
		c.add(o)
	}
	for _, p := range ps {
		if !since.IsZero() && (p.Outcome == "" || p.On.Before(since)) {
			continue
		}
		m.Total.add(p.Outcome)
		bump(deals, p.Deal, p.Outcome)
		bump(cats, string(p.Category), p.Outcome)
		bump(srcs, string(p.Source), p.Outcome)
		bump(vers, string(p.Verification), p.Outcome)
		bump(fits, string(p.Fit), p.Outcome)
	}
	m.ByDeal = keptRows(deals, nil)
	m.ByCategory = keptRows(cats, enumOrder(Categories))
	m.BySource = keptRows(srcs, enumOrder(Sources))
	m.ByVerification = keptRows(vers, enumOrder(Verifications))
	m.ByFit = keptRows(fits, append(enumOrder(Fits), ""))
	return m
}

func enumOrder[T ~string](all []T) []string {
	out := make([]string, len(all))
	for i, v := range all {
		out[i] = string(v)
	}
	return out
}

// keptRows lists a breakdown in order (by name when order is nil).
func keptRows(in map[string]*KeptCounts, order []string) []KeptRow {
	out := make([]KeptRow, 0, len(in))
	for k, c := range in {
		out = append(out, KeptRow{Key: k, Counts: *c})
	}
	rank := func(k string) int {
		if i := slices.Index(order, k); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortFunc(out, func(a, b KeptRow) int {
		if x := cmp.Compare(rank(a.Key), rank(b.Key)); x != 0 {
			return x
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// KeptSection is the total or one breakdown of the count, in the reader's
// words.
type KeptSection struct {
	Title string
	// Typed says the rows are named as people typed them (the deals),
	// not in words of the catalogue.
	Typed bool
	Rows  []KeptNamedRow
}

// KeptNamedRow is a row of counts with its name.
type KeptNamedRow struct {
	Name   string
	Counts KeptCounts
}

// Sections are the total and the breakdowns — by deal, category, source,
// verification and delivery's fit at handoff — as a screen or a table
// shows them.
func (m MadeVsKept) Sections(l i18n.Lang) []KeptSection {
	out := []KeptSection{{Title: l.T("All deals"), Rows: []KeptNamedRow{{l.T("total"), m.Total}}}}
	for _, sec := range []struct {
		title, kind string
		rows        []KeptRow
	}{{l.T("By deal"), "", m.ByDeal}, {l.T("By category"), "category", m.ByCategory}, {l.T("By source"), "source", m.BySource},
		{l.T("By verification at handoff"), "verification", m.ByVerification}, {l.T("By delivery fit at handoff"), "fit", m.ByFit}} {
		ks := KeptSection{Title: sec.title, Typed: sec.kind == ""}
		for _, r := range sec.rows {
			name := r.Key
			switch {
			case name == "" && sec.kind == "fit":
				name = l.T("not answered")
			case sec.kind != "":
				name = l.Word(sec.kind, name)
			}
			ks.Rows = append(ks.Rows, KeptNamedRow{name, r.Counts})
		}
		out = append(out, ks)
	}
	return out
}
