package model

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"
)

// A sign-off's hashes are over a canonical form of each section's data, not
// over the page: what the section shows, as values (ids, names, stored
// enum values, ISO dates, minor units), never its headings or sentences.
// The same deal hashes the same in every language the report is read in,
// and a later rewording of the report changes no hash.
//
// The canonical form of a section is the JSON encoding of a list of
// records, one per thing the section shows, in the order the report shows
// them (see canonicalSections); a section's hash is
// "canonical-sha256:<hex of SHA-256 of that encoding>", and the overall hash
// the same over the lines "<name> <section hash>\n" in ReportSectionNames
// order.
//
// Sign-offs recorded before were over the English markdown of each section
// ("sha256:<hex>", LegacyReportHash). Opening such a database carries them
// over (db); a legacy hash that is left still compares against the English
// page, so it says what changed.

// CanonicalPrefix starts every hash of the canonical form.
const CanonicalPrefix = "canonical-sha256:"

// legacyPrefix started the hashes over the rendered markdown.
const legacyPrefix = "sha256:"

// IsLegacyHash tells a hash over the rendered markdown (before the
// canonical form) from a canonical one.
func IsLegacyHash(h string) bool { return strings.HasPrefix(h, legacyPrefix) }

// LegacyReportHash is the sign-off hash as recorded before the canonical
// form: over the English markdown of each section.
func LegacyReportHash(d *Dossier) (overall string, sections map[string]string) {
	return hashSectionsWith(ReportSections(d), legacyPrefix, func(s string) []byte { return []byte(s) })
}

// canonicalHash hashes the report's canonical sections.
func (r *report) canonicalHash() (string, map[string]string) { return r.records().hashes() }

// hashSectionsWith hashes each section and then the list of "name hash"
// lines in the fixed order, each hash starting with prefix.
func hashSectionsWith(secs map[string]string, prefix string, bytes func(string) []byte) (string, map[string]string) {
	per := make(map[string]string, len(secs))
	all := sha256.New()
	for _, name := range ReportSectionNames() {
		sum := sha256.Sum256(bytes(secs[name]))
		h := prefix + hex.EncodeToString(sum[:])
		per[name] = h
		all.Write([]byte(name + " " + h + "\n"))
	}
	return prefix + hex.EncodeToString(all.Sum(nil)), per
}

// canonicalSections are the sections' data as the canonical JSON, by name.
func (r *report) canonicalSections() map[string]string { return r.records().sections() }

// canonJSON is the canonical encoding of one value.
func canonJSON(v any) string { return string(canonBytes(v)) }

func canonBytes(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil { // only plain values go in
		panic(err)
	}
	return b
}

// canonName is a person as the report names them: "" for nobody, "#id" for
// someone removed from the directory.
func (r *report) canonName(id int64) string {
	if id == 0 {
		return ""
	}
	if p, ok := r.people[id]; ok {
		return p.DisplayName()
	}
	return "#" + strconv.FormatInt(id, 10)
}

func (r *report) canonSummary() any {
	deal := r.d.Deal
	type person struct {
		Name   string   `json:"name"`
		Role   string   `json:"role"`
		Owner  []string `json:"owner"`
		Counts [5]int   `json:"counts"` // promised, answered, gaps, terms, decisions
	}
	people := []person{}
	for _, v := range r.involved() {
		role := ""
		if p, ok := r.people[v.id]; ok {
			role = string(p.Role)
		}
		people = append(people, person{r.canonName(v.id), role, v.owner, [5]int{v.promised, v.answered, v.gaps, v.terms, v.decisions}})
	}
	return struct {
		Name     string   `json:"name"`
		Customer string   `json:"customer"`
		Stage    string   `json:"stage"`
		WhyBuy   string   `json:"why_buy"`
		Currency string   `json:"currency"`
		Minor    int64    `json:"minor"`
		Close    string   `json:"close"`
		People   []person `json:"people"`
	}{deal.Name, deal.Customer, string(deal.Stage), deal.WhyBuy, deal.Value.Currency, deal.Value.Minor,
		deal.CloseDate.String(), people}
}

func (r *report) canonDefinitions() any {
	type term struct {
		Term        string       `json:"term"`
		Status      string       `json:"status"`
		Definition  string       `json:"definition"`
		AgreedBy    []string     `json:"agreed_by,omitempty"`
		Equivalents []Equivalent `json:"equivalents,omitempty"`
		Used        []string     `json:"used,omitempty"`
	}
	defs := r.definitionData()
	out := []term{}
	for _, t := range defs.agreed {
		names := []string{}
		for _, id := range t.AgreedBy {
			names = append(names, r.canonName(id))
		}
		out = append(out, term{Term: t.Term, Status: string(t.Status), Definition: t.Definition, AgreedBy: names,
			Equivalents: t.Equivalents})
	}
	for _, u := range defs.open {
		t := term{Term: u.word, Status: "no entry"}
		if u.entry != nil {
			t.Status, t.Definition, t.Equivalents = string(u.entry.Status), u.entry.Definition, u.entry.Equivalents
		}
		for _, id := range u.used {
			t.Used = append(t.Used, r.ref(id))
		}
		out = append(out, t)
	}
	return out
}

// canonPromise is a promise's record in the promises section.
type canonPromise struct {
	Ref, Priority, Title, By, Source, SourceRef, Verification, Fit string
	Stale                                                          bool
	Due, Earliest                                                  string
}

func (r *report) canonPromise(p Promise) canonPromise {
	x := canonPromise{Ref: r.ref(p.ID), Priority: string(p.Priority), Title: p.Title, By: r.canonName(p.PromisedBy),
		Source: string(p.Source), SourceRef: p.SourceRef, Verification: string(p.Verification), Due: p.Due.String()}
	if a, ok := r.answers[p.ID]; ok {
		x.Fit, x.Stale, x.Earliest = string(a.Fit), a.PromiseRevision < p.Revision, a.Earliest.String()
	}
	return x
}

// canonReality is a promise's record in the reality section.
type canonReality struct {
	Ref, Title, Detail, Problem string
	Answer                      *canonAnswer
}

type canonAnswer struct {
	Fit, CanDo         string
	Effort, Budget     float64
	Earliest, Due      string
	Confidence, By, On string
	Revision, Of       int
}

func (r *report) canonReality(p Promise) canonReality {
	x := canonReality{Ref: r.ref(p.ID), Title: p.Title, Detail: p.Detail, Problem: p.Problem}
	if a, ok := r.answers[p.ID]; ok {
		on := ""
		if !a.AssessedAt.IsZero() {
			on = a.AssessedAt.UTC().Format(dateLayout)
		}
		x.Answer = &canonAnswer{string(a.Fit), a.CanDo, a.EffortDays, p.BudgetDays, a.Earliest.String(), p.Due.String(),
			string(a.Confidence), r.canonName(a.AssessedBy), on, a.PromiseRevision, p.Revision}
	}
	return x
}

// canonConstraints are the delivery constraints the reality section ends with.
func (r *report) canonConstraints() []string {
	out := []string{}
	for _, c := range r.d.Constraints {
		out = append(out, c.Text)
	}
	return out
}

// canonGap is a gap's record in the gaps section.
type canonGap struct {
	Severity, Title, Kind, Owner, Due, Status, Resolution string
	Diff                                                  Difference `json:",omitzero"`
}

func (r *report) canonGap(g Gap) canonGap {
	return canonGap{string(g.Severity), g.Title, string(g.Kind), r.canonName(g.Owner), g.Due.String(),
		string(g.Status), g.Resolution, g.Diff}
}

func (r *report) canonDecisions() any {
	type row struct {
		At, By, Text string
		Gap          *string `json:",omitempty"`
	}
	out := []row{}
	for _, dec := range r.d.Decisions {
		x := row{At: formatReportTime(dec.DecidedAt), By: r.canonName(dec.DecidedBy), Text: dec.Text}
		if dec.GapID != 0 {
			title := "#" + strconv.FormatInt(dec.GapID, 10) // no longer recorded
			if g, ok := r.gapByID[dec.GapID]; ok {
				title = g.Title
			}
			x.Gap = &title
		}
		out = append(out, x)
	}
	return out
}

func (r *report) canonNotSold() any {
	out := []string{}
	for _, s := range r.d.Deal.NotSold {
		if EscapeText(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

func (r *report) canonReadiness() any {
	rd := r.d.Readiness()
	if rd.Ready() {
		return struct {
			Ready bool `json:"ready"`
		}{true}
	}
	out := struct {
		Percent  int       `json:"percent"`
		Reasons  []Blocker `json:"reasons,omitempty"`
		Blockers []string  `json:"blockers,omitempty"`
	}{rd.Percent, rd.Reasons, nil}
	if len(rd.Reasons) != len(rd.Blockers) { // sentences kept before blockers were data
		out.Reasons, out.Blockers = nil, rd.Blockers
	}
	return out
}
