package db_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"handoff/db"
	"handoff/model"
)

// keptSample is the sample with its SAP deal signed off by all three
// owners, then changed: a promise moved and one deleted, a change request
// relayed by sales, answered and accepted with both sides present, and in
// delivery two outcomes, one of them the change request's.
func keptSample(t *testing.T) *fixture {
	t.Helper()
	f := newFixture(t)
	if _, err := f.s.Import(f.ctx, model.SampleArchive()); err != nil {
		t.Fatal(err)
	}
	deals, err := f.s.Deals(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deals {
		if strings.HasPrefix(d.Name, "SAP") {
			f.deal = d.ID
		}
	}
	d := f.dossier()
	owners := d.Deal.Owners
	for _, r := range []struct {
		role   model.Role
		person int64
	}{{model.RoleSales, owners.Sales}, {model.RolePresales, owners.Presales}, {model.RoleDelivery, owners.Delivery}} {
		f.clk.tick()
		if _, err := f.s.Sign(f.ctx, f.deal, r.person, r.role); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, _ := f.s.Baseline(f.ctx, f.deal); !ok {
		t.Fatal("no baseline after all three signed")
	}
	f.clk.tick()
	moved := d.Promises[0]
	moved.Due = model.NewDate(2027, 6, 30)
	if err := f.s.UpdatePromise(f.ctx, &moved); err != nil {
		t.Fatal(err)
	}
	gone := d.Promises[1]
	if err := f.s.DeletePromise(f.ctx, gone.ID, gone.Version); err != nil {
		t.Fatal(err)
	}
	np := model.NewPromise(f.deal)
	np.Title, np.Source = "Credit notes in the <b>x</b> export | *y*", model.SourceEmail
	cr := model.ChangeRequest{RelayedBy: owners.Sales, AskedBy: "Katrin Vogel"}
	if err := f.s.CreateChangeRequest(f.ctx, &np, &cr); err != nil {
		t.Fatal(err)
	}
	a := model.Assessment{PromiseID: np.ID, Fit: model.FitPartial, EffortDays: 4, Confidence: model.ConfidenceHigh,
		AssessedBy: owners.Delivery, PromiseRevision: np.Revision}
	if err := f.s.CreateAssessment(f.ctx, &a); err != nil {
		t.Fatal(err)
	}
	cr.Status, cr.Reason, cr.Present = model.ChangeAccepted, "Small, asked in writing", []int64{owners.Sales, owners.Delivery}
	f.clk.tick()
	if err := f.s.DecideChangeRequest(f.ctx, &cr); err != nil {
		t.Fatal(err)
	}
	deal, _ := f.s.Deal(f.ctx, f.deal)
	deal.Stage = model.StageDelivery
	if err := f.s.UpdateDeal(f.ctx, &deal); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.RecordOutcome(f.ctx, moved.ID, model.OutcomeLate, model.NewDate(2027, 7, 4), "Bank format"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.RecordOutcome(f.ctx, np.ID, model.OutcomeChanged, model.NewDate(2027, 7, 8), "Weekly"); err != nil {
		t.Fatal(err)
	}
	return f
}

// exportFile is a store's JSON export as the file holds it.
func exportFile(t *testing.T, s *db.Store) []byte {
	t.Helper()
	a, err := s.Export(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// keptDossier is the imported SAP deal of s.
func keptDossier(t *testing.T, s *db.Store) *model.Dossier {
	t.Helper()
	deals, _ := s.Deals(t.Context())
	for _, d := range deals {
		if strings.HasPrefix(d.Name, "SAP") {
			dos, err := s.Dossier(t.Context(), d.ID)
			if err != nil {
				t.Fatal(err)
			}
			return dos
		}
	}
	t.Fatal("no SAP deal")
	return nil
}

// diffWords is a baseline diff with ids left out: what changed, the change
// requests' status and reason, who must sign again.
func diffWords(d *model.Dossier) string {
	x, ok := model.DiffBaseline(d)
	if !ok {
		return "no baseline"
	}
	var b strings.Builder
	for _, p := range x.Promises {
		fmt.Fprintf(&b, "%s %q", p.Kind, p.Title)
		for _, c := range p.Fields {
			fmt.Fprintf(&b, " %s %v→%v (%+g)", c.Field, c.Before, c.After, c.Delta)
		}
		b.WriteString("\n")
	}
	for _, c := range x.Requests {
		fmt.Fprintf(&b, "request %s %q by %s\n", c.Status, c.Reason, c.AskedBy)
	}
	for _, o := range d.Outcomes {
		fmt.Fprintf(&b, "outcome %s %s late %d %q linked %v\n", o.Kind, o.On, o.DaysLate, o.Note, o.ChangeRequestID != 0)
	}
	fmt.Fprintf(&b, "sign again %v\n", x.SignAgain)
	return b.String()
}

// The baseline, change requests and outcomes go through an export and an
// import: into an empty file with the same bytes, into one that holds
// other rows with new ids and the same diff, outcomes and report.
func TestExportImportKeepsKept(t *testing.T) {
	f := keptSample(t)
	first := exportFile(t, f.s)
	sameExport(t, f) // streamed deal by deal, the same bytes
	for _, want := range []string{`"baseline": {`, `"change_requests": [`, `"outcomes": [`, `"relayed_by": `, `"days_late": 4`} {
		if !bytes.Contains(first, []byte(want)) {
			t.Errorf("the export lacks %s", want)
		}
	}
	orig := f.dossier()
	want := diffWords(orig)
	for _, w := range []string{"changed ", "removed ", "added ", "request accepted", "outcome changed", "linked true"} {
		if !strings.Contains(want, w) {
			t.Fatalf("the fixture's diff lacks %q:\n%s", w, want)
		}
	}
	read, err := db.UnmarshalArchive(first)
	if err != nil {
		t.Fatal(err)
	}

	empty := emptyStore(t)
	res, err := empty.Import(t.Context(), read)
	if err != nil || !res.KeptIDs {
		t.Fatalf("import into an empty file: %v, kept ids %v", err, res.KeptIDs)
	}
	if again := exportFile(t, empty); !bytes.Equal(again, first) {
		t.Errorf("export, import, export differs:\n%s\nwant\n%s", again, first)
	}
	if got := diffWords(keptDossier(t, empty)); got != want {
		t.Errorf("diff after the import into an empty file:\n%s\nwant\n%s", got, want)
	}

	other := newFixture(t).withDeal()
	other.promise(other.deal, "Something else", other.people[model.RoleSales])
	res, err = other.s.Import(other.ctx, read)
	if err != nil || res.KeptIDs {
		t.Fatalf("import beside other rows: %v, kept ids %v", err, res.KeptIDs)
	}
	moved := keptDossier(t, other.s)
	if moved.Deal.ID == orig.Deal.ID {
		t.Fatal("the import kept the deal's id beside other rows")
	}
	if got := diffWords(moved); got != want {
		t.Errorf("diff after the import with new ids:\n%s\nwant\n%s", got, want)
	}
	if got, want := model.Report(moved, f.clk.Now()), model.Report(orig, f.clk.Now()); got != want {
		t.Errorf("report after the import with new ids:\n%s\nwant\n%s", got, want)
	}
}

// A deal moved out of delivery keeps its outcomes, and its export imports
// again with them: export, import, export gives the same file.
func TestExportImportKeepsOutcomesAfterDelivery(t *testing.T) {
	f := keptSample(t)
	d := f.dossier()
	deal := d.Deal
	deal.Stage = model.StageHandoff
	if err := f.s.UpdateDeal(f.ctx, &deal); err != nil {
		t.Fatal(err)
	}
	if back := f.dossier(); len(back.Outcomes) != len(d.Outcomes) || len(d.Outcomes) == 0 {
		t.Fatalf("the store kept %d of %d outcomes", len(back.Outcomes), len(d.Outcomes))
	}
	first := exportFile(t, f.s)
	read, err := db.UnmarshalArchive(first)
	if err != nil {
		t.Fatal(err)
	}
	empty := emptyStore(t)
	if _, err := empty.Import(t.Context(), read); err != nil {
		t.Fatalf("the export of a deal back at handoff does not import: %v", err)
	}
	if again := exportFile(t, empty); !bytes.Equal(again, first) {
		t.Error("export, import, export differs for a deal back at handoff")
	}
}

// A baseline, change request or outcome that does not fit its deal refuses
// the file whole, saying where.
func TestImportRefusesKeptThatDoesNotFit(t *testing.T) {
	f := keptSample(t)
	exported, err := db.UnmarshalArchive(exportFile(t, f.s))
	if err != nil {
		t.Fatal(err)
	}
	sap := -1
	for i, d := range exported.Deals {
		if d.Deal.ID == f.deal {
			sap = i
		}
	}
	other := (sap + 1) % len(exported.Deals)
	at := fmt.Sprintf("deals[%d]", sap)
	cases := []struct {
		name   string
		change func(d *model.Dossier)
		want   string
	}{
		{"RequestForAMissingPromise", func(d *model.Dossier) { d.ChangeRequests[0].PromiseID = missingID },
			fmt.Sprintf("%s.change_requests[0].promise_id: refers to promise %d, which the file does not contain", at, missingID)},
		{"RequestForAnotherDealsPromise", func(d *model.Dossier) { d.ChangeRequests[0].PromiseID = exported.Deals[other].Promises[0].ID },
			at + ".change_requests[0].promise_id: refers to promise"},
		{"RequestWithoutBaseline", func(d *model.Dossier) { d.Baseline = nil },
			at + ".change_requests[0]: a change request comes after the deal's baseline"},
		{"TwoRequestsForOnePromise", func(d *model.Dossier) {
			c := d.ChangeRequests[0]
			c.ID = missingID
			d.ChangeRequests = append(d.ChangeRequests, c)
		}, at + ".change_requests[1].promise_id: the promise has a change request already"},
		{"OutcomeOfAnUnknownRequest", func(d *model.Dossier) { d.Outcomes[1].ChangeRequestID = missingID },
			fmt.Sprintf("%s.outcomes[1].change_request_id: refers to change request %d", at, missingID)},
		{"BaselineOfAMissingPromise", func(d *model.Dossier) { d.Baseline.Snapshot.Promises[0].ID = missingID },
			at + ".baseline.snapshot.promises[0].id: refers to promise"},
		{"OutcomeRepeatedID", func(d *model.Dossier) { d.Outcomes[1].ID = d.Outcomes[0].ID },
			at + ".outcomes[1].id: outcome"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := db.UnmarshalArchive(exportFile(t, f.s))
			if err != nil {
				t.Fatal(err)
			}
			c.change(&a.Deals[sap])
			s := emptyStore(t)
			_, err = s.Import(t.Context(), a)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one saying %q", err, c.want)
			}
			if ds, _ := s.Deals(t.Context()); len(ds) != 0 {
				t.Errorf("a refused import left %d deals", len(ds))
			}
		})
	}
}

// A bad value in a baseline, a change request or an outcome is named by
// its path in the file, in words.
func TestUnmarshalNamesBadKeptValues(t *testing.T) {
	f := keptSample(t)
	file := string(exportFile(t, f.s))
	for _, c := range []struct{ from, to, want string }{
		{`"taken_at": "`, `"taken_at": "soon`, ".baseline.taken_at: should be a time like 2026-11-22T10:00:00Z, not text"},
		{`"snapshot": {`, `"snapshot": {"extra": 1, `, ".baseline.snapshot.extra: this version of handoff does not know this field"},
		{`"days_late": 4`, `"days_late": "four"`, ".outcomes[0].days_late: should be a whole number (within range), not text"},
	} {
		i := strings.LastIndex(file, c.from)
		if i < 0 {
			t.Fatalf("the export has no %s", c.from)
		}
		_, err := db.UnmarshalArchive([]byte(file[:i] + c.to + file[i+len(c.from):]))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.to, err, c.want)
		}
	}
}

// An outcome "changed by agreement" whose decision was deleted after it
// was recorded goes out without its link and comes back in: the export of
// a file imports, and export, import, export gives the same bytes.
func TestExportImportKeepsChangedOutcomeOfDeletedDecision(t *testing.T) {
	f := keptSample(t)
	d := f.dossier()
	p := d.Promises[0]
	o, err := f.s.RecordOutcome(f.ctx, p.ID, model.OutcomeChanged, model.NewDate(2027, 7, 9), "")
	if err != nil {
		t.Fatal(err)
	}
	deleted := false
	for _, dec := range d.Decisions {
		if dec.ID == o.DecisionID {
			if err := f.s.DeleteDecision(f.ctx, dec.ID, dec.Version); err != nil {
				t.Fatal(err)
			}
			deleted = true
		}
	}
	if !deleted {
		t.Fatalf("the outcome links no decision of the deal: %+v", o)
	}
	first := exportFile(t, f.s)
	read, err := db.UnmarshalArchive(first)
	if err != nil {
		t.Fatal(err)
	}
	empty := emptyStore(t)
	if _, err := empty.Import(t.Context(), read); err != nil {
		t.Fatalf("the export does not import: %v", err)
	}
	var got *model.Outcome
	back := keptDossier(t, empty)
	for i := range back.Outcomes {
		if back.Outcomes[i].Kind == model.OutcomeChanged && back.Outcomes[i].On == model.NewDate(2027, 7, 9) {
			got = &back.Outcomes[i]
		}
	}
	if got == nil || got.DecisionID != 0 || got.ChangeRequestID != 0 {
		t.Fatalf("the outcome came back as %+v, want changed by agreement with no link", got)
	}
	if again := exportFile(t, empty); !bytes.Equal(again, first) {
		t.Error("export, import, export differs")
	}
	// Recording one still needs its agreement.
	if err := (model.Outcome{DealID: 1, PromiseID: 1, Kind: model.OutcomeChanged, On: model.NewDate(2027, 7, 9)}).Validate(); err == nil {
		t.Error("a new changed-by-agreement outcome with no agreement passes")
	}
}
