package model

import "slices"

// Dossier is everything about one deal, read at one moment: what the deal
// screen shows and the report prints.
type Dossier struct {
	Deal        Deal         `json:"deal"`
	Promises    []Promise    `json:"promises"`
	Assessments []Assessment `json:"assessments"`
	Constraints []Constraint `json:"constraints"`
	Gaps        []Gap        `json:"gaps"`
	Terms       []Term       `json:"terms"`
	Decisions   []Decision   `json:"decisions"`
	SignOffs    []SignOff    `json:"signoffs"`
	// Dismissed are the watched words said to be no terms in this deal;
	// left out of an export that has none, so older files read the same.
	Dismissed []DismissedWord `json:"dismissed_words,omitempty"`
	// Confirmations are the customer's answers to the customer copy; left
	// out of an export that has none, so older files read the same.
	Confirmations []Confirmation `json:"confirmations,omitempty"`
	// Baseline is the state every role last signed; nil before that.
	Baseline *Baseline `json:"baseline,omitempty"`
	// ChangeRequests are the promises asked for after the baseline.
	ChangeRequests []ChangeRequest `json:"change_requests,omitempty"`
	// Outcomes say what became of the promises in delivery.
	Outcomes []Outcome `json:"outcomes,omitempty"`
	// People is the whole directory, for names.
	People []Person `json:"-"`
	// Watch is the watch list in force (built-in and the team's words).
	Watch []string `json:"-"`

	gl    *Glossary  // built on first use; a dossier is a snapshot
	ready *Readiness // worked out on first use, or as stored with the deal
	// index is the readiness as Reassess last worked it out, by promise and
	// gap, and changes what that changed in its list of blockers.
	index   *readinessIndex
	changes blockerChanges
}

// Copy is a dossier to bring up to date with rows read again: the same
// records and the very same lists, and nothing worked out from them. A
// dossier's lists are never changed in place once read (rows read again
// make new lists), so the copy and d share them, and a big deal's rows
// are held once however many dossiers show them.
func (d *Dossier) Copy() *Dossier {
	c := *d
	c.gl, c.ready, c.index, c.changes = nil, nil, nil, blockerChanges{}
	return &c
}

// Facts is what the gap rules read from the dossier.
func (d *Dossier) Facts() Facts {
	return Facts{Deal: d.Deal, Promises: d.Promises, Assessments: d.Assessments, Terms: d.Terms, Watch: d.Watch,
		Dismissed: d.DismissedWords(), Gloss: d.Glossary()}
}

// Readiness is the deal's readiness now.
func (d *Dossier) Readiness() Readiness {
	if d.ready == nil {
		var r Readiness
		if d.index != nil {
			r = d.index.readiness()
		} else {
			r = Assess(d.Facts(), d.Gaps)
		}
		d.ready = &r
	}
	return *d.ready
}

// Reassess works the readiness out again after a write changed the rows of
// the promises named (with their answers) and the gaps named (the derived
// gaps of those promises among them), and nothing else the rules read: by difference from the last time Reassess
// worked it out, or whole the first time (or when the lists are not in id
// order, as the store keeps them). It gives what Assess gives.
func (d *Dossier) Reassess(promises, gaps map[int64]bool) {
	f := d.Facts()
	d.changes = blockerChanges{}
	if !inIDOrder(len(d.Promises), func(i int) int64 { return d.Promises[i].ID }) ||
		!inIDOrder(len(d.Gaps), func(i int) int64 { return d.Gaps[i].ID }) {
		r := Assess(f, d.Gaps)
		d.ready, d.index = &r, nil
		d.changes.whole = true
		for i, b := range r.Reasons {
			d.changes.set = append(d.changes.set, BlockerRow{BlockerPos{Ref: int64(i)}, []byte(canonJSON(b))})
		}
		return
	}
	if d.index == nil {
		d.index = newReadinessIndex(f, d.Gaps)
		d.changes.whole = true
	} else {
		d.index.update(f, d.Gaps, promises, gaps)
	}
	d.ready = nil // made from the index when asked
	d.changes.set, d.changes.gone = d.index.list(d.Deal)
}

// ReadinessFigures are the readiness's percent and number of blockers,
// without making the list of blockers when Reassess has them.
func (d *Dossier) ReadinessFigures() (percent, blockers int) {
	if d.index != nil && d.ready == nil {
		return d.index.percent, len(d.index.entries)
	}
	r := d.Readiness()
	return r.Percent, len(r.Blockers)
}

// inIDOrder reports whether the n ids are in increasing order.
func inIDOrder(n int, id func(i int) int64) bool {
	for i := 1; i < n; i++ {
		if id(i-1) > id(i) {
			return false
		}
	}
	return true
}

// blockerChanges are the blockers the latest Reassess changed.
type blockerChanges struct {
	set   []BlockerRow
	gone  []BlockerPos
	whole bool
}

// BlockerRows are what the latest Reassess changed in the deal's list of
// blockers: the blockers new or changed, with their places, and the places
// of those no longer blockers; whole when it worked the list out whole, so
// set is every blocker and what was kept before is not known.
func (d *Dossier) BlockerRows() (set []BlockerRow, gone []BlockerPos, whole bool) {
	return d.changes.set, d.changes.gone, d.changes.whole
}

// OpenFigures are what the deal list shows of the open gaps: how many by
// severity rank, and the next due date among them and the promises that
// have one — by difference when Reassess worked the readiness out.
func (d *Dossier) OpenFigures() (open [4]int, next Date) {
	if d.index != nil {
		return d.index.figures()
	}
	consider := func(due Date) {
		if !due.IsZero() && (next.IsZero() || due.Before(next)) {
			next = due
		}
	}
	var withOpen []int64 // the promises of open gaps
	for i := range d.Gaps {
		g := &d.Gaps[i]
		if !g.Open() {
			continue
		}
		if rank := g.Severity.Rank(); rank >= 0 {
			open[rank]++
		}
		consider(g.Due)
		withOpen = append(withOpen, g.PromiseID)
	}
	slices.Sort(withOpen)
	for i := range d.Promises {
		if _, ok := slices.BinarySearch(withOpen, d.Promises[i].ID); ok {
			consider(d.Promises[i].Due)
		}
	}
	return open, next
}

// BlockerJSON is the JSON of the readiness's blockers.
func (d *Dossier) BlockerJSON() string {
	if d.index != nil {
		return d.index.json()
	}
	reasons := d.Readiness().Reasons
	if reasons == nil {
		reasons = []Blocker{}
	}
	return canonJSON(reasons)
}

// SetReadiness gives the dossier the readiness the store keeps beside the
// deal, worked out by the same rules when the deal last changed, so a big
// deal opens without working it out again.
func (d *Dossier) SetReadiness(r Readiness) { d.ready, d.index = &r, nil }

// Glossary is the deal's term detector.
// It is built once per dossier, and remembers what it found, so the rules,
// the readiness and the screens scan each promise once.
func (d *Dossier) Glossary() *Glossary {
	if d.gl == nil {
		d.gl = NewGlossary(d.Terms, d.Watch).Dismiss(d.DismissedWords())
	}
	return d.gl
}

// DismissedWords are the words of d.Dismissed.
func (d *Dossier) DismissedWords() []string {
	out := make([]string, len(d.Dismissed))
	for i, w := range d.Dismissed {
		out[i] = w.Word
	}
	return out
}

// Answer returns delivery's answer to a promise, if there is one.
func (d *Dossier) Answer(promiseID int64) (Assessment, bool) {
	for _, a := range d.Assessments {
		if a.PromiseID == promiseID {
			return a, true
		}
	}
	return Assessment{}, false
}

// PromiseByID returns one of the deal's promises.
func (d *Dossier) PromiseByID(id int64) (Promise, bool) {
	for _, p := range d.Promises {
		if p.ID == id {
			return p, true
		}
	}
	return Promise{}, false
}

// GapByID returns one of the deal's gaps.
func (d *Dossier) GapByID(id int64) (Gap, bool) {
	for _, g := range d.Gaps {
		if g.ID == id {
			return g, true
		}
	}
	return Gap{}, false
}

// PersonName is a person's name, "" for 0 and "(removed)" for someone no
// longer in the directory.
func (d *Dossier) PersonName(id int64) string {
	return PersonName(d.People, id)
}

// PersonName finds a name in a directory: "" for 0, the name marked
// "(removed)" for someone removed from it, and "(removed)" alone for an id
// the directory does not hold at all.
func PersonName(people []Person, id int64) string {
	if id == 0 {
		return ""
	}
	for _, p := range people {
		if p.ID == id {
			return p.DisplayName()
		}
	}
	return "(removed)"
}

// DealSummary is one row of the deal list: the deal and the figures kept
// up to date beside it.
type DealSummary struct {
	Deal      Deal
	Readiness int // percent
	Blockers  int
	// Open counts open gaps by severity: critical, high, medium, low.
	Open [4]int
	// NextDue is the earliest due date among open gaps and promises with
	// open gaps.
	NextDue Date
	// SignOffChanged is true when the deal changed since its latest sign-off.
	SignOffChanged bool
}

// Ready reports whether nothing blocks the deal.
func (s DealSummary) Ready() bool { return s.Blockers == 0 }

// OpenGaps is the number of open gaps.
func (s DealSummary) OpenGaps() int { return s.Open[0] + s.Open[1] + s.Open[2] + s.Open[3] }
