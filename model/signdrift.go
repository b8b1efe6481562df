package model

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
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
	promises, reality [][]byte // the JSON of each one's record, by promiseIDs
	gapIDs            []int64  // the gaps the report shows, by id
	gaps              [][]byte
	constraints       string            // the JSON of the reality section's constraints
	other             map[string]string // the other sections' JSON, by name
}

func (r *report) records() *canonRecords {
	c := &canonRecords{
		promiseIDs:  make([]int64, len(r.promises)),
		promises:    make([][]byte, len(r.promises)),
		reality:     make([][]byte, len(r.promises)),
		gapIDs:      make([]int64, len(r.gaps)),
		gaps:        make([][]byte, len(r.gaps)),
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
		c.promiseIDs[i], c.promises[i], c.reality[i] = p.ID, canonBytes(r.canonPromise(p)), canonBytes(r.canonReality(p))
	}
	for i, g := range r.gaps {
		c.gapIDs[i], c.gaps[i] = g.ID, canonBytes(r.canonGap(g))
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

// hashes is hashSectionsWith over sections, each section's JSON hashed
// as it is written instead of made first: for a deal of 10,000 promises the
// three sections of records are some 15 MB of text, made and dropped on
// every report.
func (c *canonRecords) hashes() (string, map[string]string) {
	per := make(map[string]string, len(ReportSectionNames()))
	all := sha256.New()
	h := sha256.New()
	for _, name := range ReportSectionNames() {
		h.Reset()
		switch name {
		case "promises":
			writeList(h, slices.Values(c.promises))
		case "reality":
			io.WriteString(h, `{"promises":`)
			writeList(h, slices.Values(c.reality))
			io.WriteString(h, `,"constraints":`+c.constraints+"}")
		case "gaps":
			writeList(h, slices.Values(c.gaps))
		default:
			io.WriteString(h, c.other[name])
		}
		sum := CanonicalPrefix + hex.EncodeToString(h.Sum(nil))
		per[name] = sum
		io.WriteString(all, name+" "+sum+"\n")
	}
	return CanonicalPrefix + hex.EncodeToString(all.Sum(nil)), per
}

// writeList writes "[a,b,c]" from the records' JSON.
func writeList(w io.Writer, records iter.Seq[[]byte]) {
	w.Write([]byte{'['})
	first := true
	for r := range records {
		if !first {
			w.Write([]byte{','})
		}
		first = false
		w.Write(r)
	}
	w.Write([]byte{']'})
}

// Drift tells whether a signed deal still reads as its latest sign-off, by
// difference. Built from the whole deal (NewDrift), it keeps the canonical
// record of every promise and gap the report shows and each section's hash;
// after a write that changed some promises, answers and gaps alone, Update
// encodes the records of those, and hashes again a section whose records
// changed only when no other section tells already that the deal changed
// since it was signed. What the summary and the definitions count over
// every promise and gap (who promised, answered or owns a gap; the words a
// promise uses) and a gap a decision names are kept too: a change to those,
// or to which promises are in scope, asks for a new Drift from the whole
// deal. A sign-off recorded before the canonical form has no Drift.
type Drift struct {
	latest SignOff
	// whole: the sign-off's overall hash is the one over its sections, so
	// one section unlike the sign-off's is enough to tell the deal changed.
	whole  bool
	people map[int64]Person
	number map[int64]int // a promise's number in the report, from 1
	// The records of the promises in scope, by number less one, and what
	// the summary and the definitions read of them.
	promises, reality [][]byte
	uses              []promiseUse
	// The gaps the report shows, by id, with their records and owners.
	gapIDs   []int64
	gaps     [][]byte
	owners   []int64
	named    map[int64]bool // gaps a decision names
	readings struct{ constraints, readiness string }
	percent  int               // the readiness's, as readings.readiness has it
	per      map[string]string // each section's hash
	stale    map[string]bool   // sections whose records changed since hashed
	// signed are the records of the sections that read as the sign-off when
	// the Drift was built (what was signed), with how many records differ
	// from them now, so telling such a section unchanged needs no hash;
	// signedReadiness the same for the readiness section ("": not known).
	signed          map[string]*signedRecords
	signedReadiness string
}

// signedRecords are a section's records as signed, and how many of the
// section's records differ from them.
type signedRecords struct {
	records [][]byte
	differ  int
}

// promiseUse is what the summary and the definitions read of a promise.
type promiseUse struct {
	by, answeredBy int64
	text           string
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
	x := &Drift{latest: latest, people: r.people, number: r.number, promises: rec.promises, reality: rec.reality,
		uses: make([]promiseUse, len(r.promises)), gapIDs: rec.gapIDs, gaps: rec.gaps, owners: make([]int64, len(r.gaps)),
		named: map[int64]bool{}, per: per, stale: map[string]bool{}}
	x.readings.constraints, x.readings.readiness = rec.constraints, secs["readiness"]
	x.percent = r.d.Readiness().Percent
	x.signed = map[string]*signedRecords{}
	for name, records := range map[string][][]byte{"promises": x.promises, "reality": x.reality, "gaps": x.gaps} {
		if per[name] == latest.Sections[name] {
			x.signed[name] = &signedRecords{records: slices.Clone(records)}
		}
	}
	if per["readiness"] == latest.Sections["readiness"] {
		x.signedReadiness = x.readings.readiness
	}
	x.whole = len(latest.Sections) > 0 && latest.ReportHash == overallHash(latest.Sections)
	for i, p := range r.promises {
		x.uses[i] = promiseUse{p.PromisedBy, r.answers[p.ID].AssessedBy, p.Text()}
	}
	for i, g := range r.gaps {
		x.owners[i] = g.Owner
	}
	for _, dec := range d.Decisions {
		if dec.GapID != 0 {
			x.named[dec.GapID] = true
		}
	}
	return x, changedSince(latest, overall, per)
}

// overallHash is the overall canonical hash over the sections' hashes.
func overallHash(per map[string]string) string {
	all := sha256.New()
	for _, name := range ReportSectionNames() {
		all.Write([]byte(name + " " + per[name] + "\n"))
	}
	return CanonicalPrefix + hex.EncodeToString(all.Sum(nil))
}

// Update tells whether the deal changed since its latest sign-off, after a
// write that changed the promises named, their answers, and the gaps named
// (the derived gaps of those promises among them), and nothing else of the
// deal, its people or its sign-offs. d
// is the deal's rows as loadDossier reads them (without decisions, people
// or sign-offs), its readiness worked out. ok false: the change reaches what only the whole
// deal tells (see Drift), and x is spent.
func (x *Drift) Update(d *Dossier, promises, gaps map[int64]bool) (changed, ok bool) {
	r := &report{d: d, people: x.people, number: x.number, answers: map[int64]Assessment{}}
	for _, a := range d.Assessments {
		if promises[a.PromiseID] {
			r.answers[a.PromiseID] = a
		}
	}
	for id := range promises {
		if !x.updatePromise(r, id) {
			return false, false
		}
	}
	if !x.updateGaps(r, gaps) {
		return false, false
	}
	percent, blockers := d.ReadinessFigures()
	// The blockers are the same when Reassess changed none of them.
	if set, gone, whole := d.BlockerRows(); whole || len(set) > 0 || len(gone) > 0 || percent != x.percent {
		readiness := `{"ready":true}`
		if blockers > 0 {
			readiness = `{"percent":` + strconv.Itoa(percent) + `,"reasons":` + d.BlockerJSON() + "}"
		}
		if readiness != x.readings.readiness {
			x.readings.readiness = readiness
			x.stale["readiness"] = true
		}
		x.percent = percent
	}
	return x.changed(), true
}

// updatePromise encodes again the records of a promise a write changed.
func (x *Drift) updatePromise(r *report, id int64) bool {
	d := r.d
	i, found := slices.BinarySearchFunc(d.Promises, id, func(p Promise, id int64) int { return cmp.Compare(p.ID, id) })
	live := found && d.InScope(id)
	n := x.number[id]
	if live != (n != 0) {
		return false // a promise came into or left the scope: every number after it moves
	}
	if !live {
		return true
	}
	p := d.Promises[i]
	if (promiseUse{p.PromisedBy, r.answers[p.ID].AssessedBy, p.Text()}) != x.uses[n-1] {
		return false // the summary's counts or the definitions' uses
	}
	x.set("promises", x.promises, n-1, canonBytes(r.canonPromise(p)))
	x.set("reality", x.reality, n-1, canonBytes(r.canonReality(p)))
	return true
}

// set puts a section's record i in place, marking the section stale when
// it changed.
func (x *Drift) set(section string, records [][]byte, i int, now []byte) {
	if bytes.Equal(records[i], now) {
		return
	}
	if s := x.signed[section]; s != nil {
		if bytes.Equal(records[i], s.records[i]) {
			s.differ++
		} else if bytes.Equal(now, s.records[i]) {
			s.differ--
		}
	}
	records[i] = now
	x.stale[section] = true
}

// updateGaps encodes again the records of the gaps a write changed (with
// the derived gaps of the promises it changed among them).
func (x *Drift) updateGaps(r *report, gaps map[int64]bool) bool {
	for id := range gaps {
		i, had := slices.BinarySearch(x.gapIDs, id)
		j, found := slices.BinarySearchFunc(r.d.Gaps, id, func(g Gap, id int64) int { return cmp.Compare(g.ID, id) })
		if found {
			if g := &r.d.Gaps[j]; g.PromiseID != 0 && x.number[g.PromiseID] == 0 && g.Origin == OriginDerived {
				found = false // the report leaves out the gaps of a promise it does not show
			}
		}
		switch {
		case !found && !had:
			continue
		case !found: // deleted, or no longer shown
			if x.owners[i] != 0 || x.named[id] {
				return false // the summary counts gaps owned; a decision shows its gap's title
			}
			x.gapIDs, x.gaps, x.owners = slices.Delete(x.gapIDs, i, i+1), slices.Delete(x.gaps, i, i+1), slices.Delete(x.owners, i, i+1)
			x.stale["gaps"] = true
			delete(x.signed, "gaps") // the records moved
			continue
		}
		g := &r.d.Gaps[j]
		now := canonBytes(r.canonGap(*g))
		switch {
		case had && g.Owner == x.owners[i]:
			if x.named[id] && !bytes.Equal(now, x.gaps[i]) {
				return false
			}
			x.set("gaps", x.gaps, i, now)
		case had || g.Owner != 0 || x.named[id]:
			return false
		default: // a new gap
			x.gapIDs, x.gaps, x.owners = slices.Insert(x.gapIDs, i, id), slices.Insert(x.gaps, i, now), slices.Insert(x.owners, i, 0)
			x.stale["gaps"] = true
			delete(x.signed, "gaps")
		}
	}
	return true
}

// changed tells whether the deal changed since the sign-off, hashing again
// the stale sections only as far as it must: none once one section differs,
// none that the records as signed tell, and the smallest first.
func (x *Drift) changed() bool {
	if x.whole {
		for _, name := range ReportSectionNames() {
			if !x.stale[name] && x.per[name] != x.latest.Sections[name] {
				return true
			}
		}
		big := []string{"readiness", "promises", "reality", "gaps"}
		for _, name := range big {
			if !x.stale[name] {
				continue
			}
			if s := x.signed[name]; s != nil && s.differ > 0 {
				return true
			}
			if name == "readiness" && x.signedReadiness != "" && x.readings.readiness != x.signedReadiness {
				return true
			}
		}
		for _, name := range big {
			if !x.stale[name] || x.signed[name] != nil || (name == "readiness" && x.signedReadiness != "") {
				continue // unchanged since signed, as the records tell
			}
			x.rehash(name)
			if x.per[name] != x.latest.Sections[name] {
				return true
			}
		}
		return false
	}
	for name := range x.stale {
		x.rehash(name)
	}
	return overallHash(x.per) != x.latest.ReportHash
}

// rehash hashes a stale section again.
func (x *Drift) rehash(name string) {
	h := sha256.New()
	switch name {
	case "readiness":
		io.WriteString(h, x.readings.readiness)
	case "promises":
		writeList(h, slices.Values(x.promises))
	case "reality":
		io.WriteString(h, `{"promises":`)
		writeList(h, slices.Values(x.reality))
		io.WriteString(h, `,"constraints":`+x.readings.constraints+"}")
	case "gaps":
		writeList(h, slices.Values(x.gaps))
	}
	x.per[name] = CanonicalPrefix + hex.EncodeToString(h.Sum(nil))
	delete(x.stale, name)
}
