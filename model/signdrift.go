package model

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
)

// canonRecords is the canonical form of the report with the three sections
// that have a record per promise or per gap (promises, reality, gaps) kept
// as the JSON of each record, in the report's order. The JSON of a list is
// its records' JSON between brackets, separated by commas, so the sections
// are the same bytes as encoding each whole.
type canonRecords struct {
	promiseIDs        []int64  // the promises in scope, in report order
	promises, reality []string // the JSON of each one's record, by promiseIDs
	gapIDs            []int64  // the gaps the report shows, by id
	gaps              []string
	constraints       string            // the JSON of the reality section's constraints
	other             map[string]string // the other sections' JSON, by name
}

func (r *report) records() *canonRecords {
	c := &canonRecords{
		promiseIDs:  make([]int64, len(r.promises)),
		promises:    make([]string, len(r.promises)),
		reality:     make([]string, len(r.promises)),
		gapIDs:      make([]int64, len(r.gaps)),
		gaps:        make([]string, len(r.gaps)),
		constraints: canonJSON(r.canonConstraints()),
		other: map[string]string{
			"summary":     canonJSON(r.canonSummary()),
			"definitions": canonJSON(r.canonDefinitions()),
			"decisions":   canonJSON(r.canonDecisions()),
			"not sold":    canonJSON(r.canonNotSold()),
			"readiness":   canonJSON(r.canonReadiness()),
		},
	}
	for i, p := range r.promises {
		c.promiseIDs[i], c.promises[i], c.reality[i] = p.ID, canonJSON(r.canonPromise(p)), canonJSON(r.canonReality(p))
	}
	for i, g := range r.gaps {
		c.gapIDs[i], c.gaps[i] = g.ID, canonJSON(r.canonGap(g))
	}
	return c
}

// sections are the sections' canonical JSON, by name.
func (c *canonRecords) sections() map[string]string {
	out := make(map[string]string, len(ReportSectionNames()))
	for name, v := range c.other {
		out[name] = v
	}
	var b strings.Builder
	writeList(&b, slices.Values(c.promises))
	out["promises"] = b.String()
	b.Reset()
	b.WriteString(`{"promises":`)
	writeList(&b, slices.Values(c.reality))
	b.WriteString(`,"constraints":` + c.constraints + "}")
	out["reality"] = b.String()
	b.Reset()
	writeList(&b, slices.Values(c.gaps))
	out["gaps"] = b.String()
	return out
}

// writeList writes "[a,b,c]" from the records' JSON.
func writeList(w io.Writer, records iter.Seq[string]) {
	w.Write([]byte{'['})
	first := true
	for r := range records {
		if !first {
			w.Write([]byte{','})
		}
		first = false
		io.WriteString(w, r)
	}
	w.Write([]byte{']'})
}

// Drift tells whether a signed deal still reads as its latest sign-off, by
// difference. Built from the whole deal (NewDrift), it keeps the canonical
// record of every promise and gap the report shows and each section's hash;
// after a write that changed some promises, answers and gaps alone, Update
// encodes the records of those and hashes again only the sections whose
// records changed. What the summary and the definitions count over every
// promise and gap (who promised, answered or owns a gap; the words a
// promise uses) and a gap a decision names are kept too: a change to those,
// or to which promises are in scope, asks for a new Drift from the whole
// deal. A sign-off recorded before the canonical form has no Drift.
type Drift struct {
	latest  SignOff
	people  map[int64]Person
	number  map[int64]int // a promise's number in the report, as newReport gives it
	promise map[int64]driftPromise
	order   []int64 // the promises in scope, in report order
	gap     map[int64]driftGap
	gapIDs  []int64 // the gaps the report shows, by id
	maxGap  int64   // the newest gap id when built: a gap after it is new
	named   map[int64]bool
	// constraints and readiness are the JSON of the reality section's
	// constraints and of the readiness section.
	constraints, readiness string
	per                    map[string]string // each section's hash
}

// driftPromise is a promise's records and what the aggregate sections read of it.
type driftPromise struct {
	promise, reality string
	by, answeredBy   int64
	text             string
}

// driftGap is a gap's record and its owner (the summary counts gaps owned).
type driftGap struct {
	json  string
	owner int64
}

// NewDrift works out from the whole deal which sections changed since its
// latest sign-off (nil: none, or no sign-off), and the Drift that tells it
// again after a later write (nil for no sign-off or one recorded before the
// canonical form).
func NewDrift(d *Dossier) (*Drift, []string) {
	latest, ok := LatestSignOff(d)
	if !ok {
		return nil, nil
	}
	r := newReport(d)
	rec := r.records()
	secs := rec.sections()
	overall, per := hashSectionsWith(secs, CanonicalPrefix, func(s string) []byte { return []byte(s) })
	if IsLegacyHash(latest.ReportHash) {
		return nil, newHashes(d, overall, per).changed(latest)
	}
	x := &Drift{latest: latest, people: r.people, number: r.number, promise: make(map[int64]driftPromise, len(rec.promiseIDs)),
		order: rec.promiseIDs, gap: make(map[int64]driftGap, len(rec.gapIDs)), gapIDs: rec.gapIDs, named: map[int64]bool{},
		constraints: rec.constraints, readiness: secs["readiness"], per: per}
	for i, id := range rec.promiseIDs {
		x.promise[id] = driftPromise{promise: rec.promises[i], reality: rec.reality[i]}
	}
	for _, p := range r.promises {
		e := x.promise[p.ID]
		e.by, e.answeredBy, e.text = p.PromisedBy, r.answers[p.ID].AssessedBy, p.Text()
		x.promise[p.ID] = e
	}
	for i, g := range r.gaps {
		x.gap[g.ID] = driftGap{rec.gaps[i], g.Owner}
	}
	for _, g := range d.Gaps {
		x.maxGap = max(x.maxGap, g.ID)
	}
	for _, dec := range d.Decisions {
		if dec.GapID != 0 {
			x.named[dec.GapID] = true
		}
	}
	return x, changedSince(latest, overall, per)
}

// Update says which sections changed since the latest sign-off after a
// write that changed the promises, their answers and derived gaps, and the
// gaps named, and nothing else of the deal, its people or its sign-offs. d
// is the deal's rows as loadDossier reads them (without decisions, people
// or sign-offs), its readiness worked out; reasons is the JSON of that
// readiness's blockers. ok false: the change reaches what only the whole
// deal tells (see Drift), and x is spent.
func (x *Drift) Update(d *Dossier, promises, gaps map[int64]bool, reasons string) (changed []string, ok bool) {
	r := &report{d: d, people: x.people, number: x.number, answers: map[int64]Assessment{}}
	for _, a := range d.Assessments {
		if promises[a.PromiseID] {
			r.answers[a.PromiseID] = a
		}
	}
	touched := map[string]bool{}
	for id := range promises {
		i, found := slices.BinarySearchFunc(d.Promises, id, func(p Promise, id int64) int { return cmpID(p.ID, id) })
		live := found && d.InScope(id)
		if live != (x.number[id] != 0) {
			return nil, false // a promise came into or left the scope: every number after it moves
		}
		if !live {
			continue
		}
		p := d.Promises[i]
		e := driftPromise{promise: canonJSON(r.canonPromise(p)), reality: canonJSON(r.canonReality(p)),
			by: p.PromisedBy, answeredBy: r.answers[p.ID].AssessedBy, text: p.Text()}
		was := x.promise[id]
		if e.by != was.by || e.answeredBy != was.answeredBy || e.text != was.text {
			return nil, false // the summary's counts or the definitions' uses
		}
		touched["promises"] = touched["promises"] || e.promise != was.promise
		touched["reality"] = touched["reality"] || e.reality != was.reality
		x.promise[id] = e
	}
	seen := map[int64]bool{}
	for _, g := range d.Gaps {
		if g.ID <= x.maxGap && !gaps[g.ID] && !(g.Origin == OriginDerived && promises[g.PromiseID]) {
			continue
		}
		seen[g.ID] = true
		was, had := x.gap[g.ID]
		if g.PromiseID != 0 && x.number[g.PromiseID] == 0 && g.Origin == OriginDerived {
			if had {
				return nil, false
			}
			continue // the report leaves out the gaps of a promise it does not show
		}
		e := driftGap{canonJSON(r.canonGap(g)), g.Owner}
		if e == was {
			continue
		}
		if e.owner != was.owner || x.named[g.ID] {
			return nil, false // the summary counts gaps owned; a decision shows its gap's title
		}
		if !had {
			i, _ := slices.BinarySearch(x.gapIDs, g.ID)
			x.gapIDs = slices.Insert(x.gapIDs, i, g.ID)
		}
		x.gap[g.ID] = e
		touched["gaps"] = true
	}
	for id := range gaps {
		if was, had := x.gap[id]; had && !seen[id] { // no longer read: deleted
			if was.owner != 0 || x.named[id] {
				return nil, false
			}
			i, _ := slices.BinarySearch(x.gapIDs, id)
			x.gapIDs = slices.Delete(x.gapIDs, i, i+1)
			delete(x.gap, id)
			touched["gaps"] = true
		}
	}
	for _, g := range d.Gaps {
		x.maxGap = max(x.maxGap, g.ID)
	}
	readiness := `{"ready":true}`
	if rd := d.Readiness(); !rd.Ready() {
		readiness = `{"percent":` + strconv.Itoa(rd.Percent) + `,"reasons":` + reasons + "}"
	}
	if readiness != x.readiness {
		x.readiness = readiness
		x.per["readiness"] = sectionHash(func(h hash.Hash) { io.WriteString(h, readiness) })
	}
	x.rehash(touched)
	per := x.per
	all := sha256.New()
	for _, name := range ReportSectionNames() {
		all.Write([]byte(name + " " + per[name] + "\n"))
	}
	return changedSince(x.latest, CanonicalPrefix+hex.EncodeToString(all.Sum(nil)), per), true
}

// rehash hashes again the big sections a write touched.
func (x *Drift) rehash(touched map[string]bool) {
	records := func(ids []int64, json func(int64) string) iter.Seq[string] {
		return func(yield func(string) bool) {
			for _, id := range ids {
				if !yield(json(id)) {
					return
				}
			}
		}
	}
	promise := func(id int64) string { return x.promise[id].promise }
	reality := func(id int64) string { return x.promise[id].reality }
	gap := func(id int64) string { return x.gap[id].json }
	if touched["promises"] {
		x.per["promises"] = sectionHash(func(h hash.Hash) { writeList(h, records(x.order, promise)) })
	}
	if touched["reality"] {
		x.per["reality"] = sectionHash(func(h hash.Hash) {
			io.WriteString(h, `{"promises":`)
			writeList(h, records(x.order, reality))
			io.WriteString(h, `,"constraints":`+x.constraints+"}")
		})
	}
	if touched["gaps"] {
		x.per["gaps"] = sectionHash(func(h hash.Hash) { writeList(h, records(x.gapIDs, gap)) })
	}
}

// sectionHash is a section's canonical hash over what write writes.
func sectionHash(write func(h hash.Hash)) string {
	h := sha256.New()
	write(h)
	return CanonicalPrefix + hex.EncodeToString(h.Sum(nil))
}

func cmpID(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
