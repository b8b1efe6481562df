package db

import (
	"fmt"
	"slices"

	"handoff/model"
)

// What happened after the handoff in an export: the deal's baseline, its
// change requests and its outcomes.

// ownRows are the rows of the deal being imported, by their new ids: what
// its baseline, change requests and outcomes may refer to.
type ownRows struct {
	promises, terms, decisions map[int64]bool
}

// kept imports a deal's baseline, change requests and outcomes, after the
// rest of the deal, with every reference mapped to the new ids. A change
// request without a baseline, two rows about one promise or a reference to
// a row of another deal refuse the file.
func (im *importer) kept(at string, d model.Dossier, dealID int64, own ownRows) error {
	if d.Baseline != nil {
		if err := im.baseline(at+".baseline", *d.Baseline, dealID, own); err != nil {
			return err
		}
	}
	requests, asked, recorded := map[int64]bool{}, map[int64]bool{}, map[int64]bool{}
	for i, c := range d.ChangeRequests {
		path := fmt.Sprintf("%s.change_requests[%d]", at, i)
		if d.Baseline == nil {
			return fmt.Errorf("%s: a change request comes after the deal's baseline, which the file does not hold", path)
		}
		id, err := im.changeRequest(path, c, dealID, own, asked)
		if err != nil {
			return err
		}
		requests[id] = true
	}
	// Outcomes are recorded in delivery, and a deal that left it since
	// (back to handoff, or lost) keeps them, as the store does: its file
	// imports whatever its stage.
	for i, o := range d.Outcomes {
		if err := im.outcome(fmt.Sprintf("%s.outcomes[%d]", at, i), o, dealID, own, requests, recorded); err != nil {
			return err
		}
	}
	return nil
}

// baseline imports a deal's baseline; path is its JSON path. The promises
// and terms it kept are mapped to their new ids; one deleted since has id 0.
func (im *importer) baseline(path string, b model.Baseline, dealID int64, own ownRows) error {
	b.DealID = dealID
	b.Snapshot.Promises = slices.Clone(b.Snapshot.Promises)
	for i := range b.Snapshot.Promises {
		p := &b.Snapshot.Promises[i]
		var err error
		if p.ID, err = im.ownRef("promise", p.ID, fmt.Sprintf("%s.snapshot.promises[%d].id", path, i), own.promises); err != nil {
			return err
		}
	}
	b.Snapshot.Terms = slices.Clone(b.Snapshot.Terms)
	for i := range b.Snapshot.Terms {
		t := &b.Snapshot.Terms[i]
		var err error
		if t.ID, err = im.ownRef("term", t.ID, fmt.Sprintf("%s.snapshot.terms[%d].id", path, i), own.terms); err != nil {
			return err
		}
	}
	if b.TakenAt.IsZero() {
		return fmt.Errorf("%s.taken_at: is required", path)
	}
	im.prepare(&b.ID, &b.Version)
	return baselines.insert(im.t, &b)
}

// changeRequest imports one change request and returns its new id; asked
// are the promises (new ids) that already have one.
func (im *importer) changeRequest(path string, c model.ChangeRequest, dealID int64, own ownRows, asked map[int64]bool) (int64, error) {
	var err error
	c.DealID = dealID
	if c.PromiseID == 0 {
		return 0, fmt.Errorf("%s.promise_id: is required", path)
	}
	if c.PromiseID, err = im.ownRef("promise", c.PromiseID, path+".promise_id", own.promises); err != nil {
		return 0, err
	}
	if err := once(asked, c.PromiseID, path, "change request"); err != nil {
		return 0, err
	}
	if c.RelayedBy, err = im.ref("person", c.RelayedBy, path+".relayed_by"); err != nil {
		return 0, err
	}
	c.Present = slices.Clone(c.Present)
	for i, id := range c.Present {
		if c.Present[i], err = im.ref("person", id, fmt.Sprintf("%s.present[%d]", path, i)); err != nil {
			return 0, err
		}
	}
	if c.DecisionID, err = im.ownRef("decision", c.DecisionID, path+".decision_id", own.decisions); err != nil {
		return 0, err
	}
	if err := c.Validate(); err != nil {
		return 0, invalidAt(path, c, "", err)
	}
	old := im.prepare(&c.ID, &c.Version)
	if err := changeRequests.insert(im.t, &c); err != nil {
		return 0, err
	}
	im.remember("change request", old, c.ID)
	return c.ID, nil
}

// outcome imports what became of one promise; requests are the deal's
// change requests and recorded the promises that already have an outcome,
// by their new ids.
func (im *importer) outcome(path string, o model.Outcome, dealID int64, own ownRows, requests, recorded map[int64]bool) error {
	var err error
	o.DealID = dealID
	if o.PromiseID == 0 {
		return fmt.Errorf("%s.promise_id: is required", path)
	}
	if o.PromiseID, err = im.ownRef("promise", o.PromiseID, path+".promise_id", own.promises); err != nil {
		return err
	}
	if err := once(recorded, o.PromiseID, path, "outcome"); err != nil {
		return err
	}
	if o.ChangeRequestID, err = im.ownRef("change request", o.ChangeRequestID, path+".change_request_id", requests); err != nil {
		return err
	}
	if o.DecisionID, err = im.ownRef("decision", o.DecisionID, path+".decision_id", own.decisions); err != nil {
		return err
	}
	if err := o.ValidateKept(); err != nil {
		return invalidAt(path, o, "", err)
	}
	im.prepare(&o.ID, &o.Version)
	return outcomes.insert(im.t, &o)
}

// ownRef maps a reference to a row of the deal being imported; 0 stays 0.
func (im *importer) ownRef(entity string, old int64, where string, own map[int64]bool) (int64, error) {
	now, err := im.ref(entity, old, where)
	if err != nil || now == 0 {
		return now, err
	}
	if !own[now] {
		return 0, fmt.Errorf("%s: refers to %s %d of another deal", where, entity, old)
	}
	return now, nil
}

// once refuses a second row of a kind (a change request, an outcome)
// about the same promise, and marks the promise as having one.
func once(seen map[int64]bool, promiseID int64, path, kind string) error {
	if seen[promiseID] {
		return fmt.Errorf("%s.promise_id: the promise has a %s already; it can have only one", path, kind)
	}
	seen[promiseID] = true
	return nil
}

// dropKeptOrphans leaves out of an export the change requests and outcomes
// of deleted promises, unlinks them from decisions and change requests the
// export does not hold, and gives the promises and terms a baseline kept
// but which were deleted since id 0: the file holds no row of that id.
func dropKeptOrphans(d *model.Dossier, livePromise, liveTerm map[int64]bool) {
	liveDecision := map[int64]bool{}
	for _, dec := range d.Decisions {
		liveDecision[dec.ID] = true
	}
	requests := d.ChangeRequests[:0]
	liveRequest := map[int64]bool{}
	for _, c := range d.ChangeRequests {
		if !livePromise[c.PromiseID] {
			continue
		}
		if !liveDecision[c.DecisionID] {
			c.DecisionID = 0
		}
		liveRequest[c.ID] = true
		requests = append(requests, c)
	}
	d.ChangeRequests = requests
	outs := d.Outcomes[:0]
	for _, o := range d.Outcomes {
		if !livePromise[o.PromiseID] {
			continue
		}
		if !liveRequest[o.ChangeRequestID] {
			o.ChangeRequestID = 0
		}
		if !liveDecision[o.DecisionID] {
			o.DecisionID = 0
		}
		outs = append(outs, o)
	}
	d.Outcomes = outs
	if b := d.Baseline; b != nil {
		for i, p := range b.Snapshot.Promises {
			if !livePromise[p.ID] {
				b.Snapshot.Promises[i].ID = 0
			}
		}
		for i, t := range b.Snapshot.Terms {
			if !liveTerm[t.ID] {
				b.Snapshot.Terms[i].ID = 0
			}
		}
	}
}

// keptPeople are the people a deal's change requests name.
func keptPeople(d model.Dossier) []int64 {
	var out []int64
	for _, c := range d.ChangeRequests {
		out = append(out, c.RelayedBy)
		out = append(out, c.Present...)
	}
	return out
}
