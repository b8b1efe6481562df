package db

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"handoff/model"
)

// TestInsertAllAsOneAtATime stores the same promises one at a time and many
// a statement, over more than one statement and with ids given to some
// (one above every id, one below), and finds the same rows, ids and
// history.
func TestInsertAllAsOneAtATime(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2027, 1, 2, 3, 4, 5, 0, time.UTC)
	store := func(name string, write func(tx *txn, ps []model.Promise) error) (string, []int64) {
		s, err := Open(ctx, filepath.Join(t.TempDir(), name), WithNow(func() time.Time { return at }), WithActor("tester"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		ps := make([]model.Promise, 150)
		err = s.write(ctx, func(tx *txn) error {
			d := model.Deal{Name: "Deal", Customer: "Customer", Stage: model.StageProposal}
			if err := deals.insert(tx, &d); err != nil {
				return err
			}
			for i := range ps {
				ps[i] = model.NewPromise(d.ID)
				ps[i].Title = fmt.Sprintf("Promise %d", i)
				ps[i].Revision = 1
			}
			ps[10].ID, ps[70].ID = 500, 300
			return write(tx, ps)
		})
		if err != nil {
			t.Fatal(err)
		}
		ids := make([]int64, len(ps))
		for i, p := range ps {
			ids[i] = p.ID
		}
		return tableRows(t, s, "promises", "events", "gaps"), ids
	}
	one, oneIDs := store("one.db", func(tx *txn, ps []model.Promise) error {
		for i := range ps {
			if err := promises.insert(tx, &ps[i]); err != nil {
				return err
			}
		}
		return nil
	})
	all, allIDs := store("all.db", func(tx *txn, ps []model.Promise) error { return promises.insertAll(tx, ps) })
	if fmt.Sprint(oneIDs) != fmt.Sprint(allIDs) {
		t.Fatalf("ids one at a time %v, many a statement %v", oneIDs, allIDs)
	}
	if oneIDs[11] != 501 || oneIDs[70] != 300 || oneIDs[71] != 560 {
		t.Fatalf("ids %v: want 501 after 500, 300 kept, 560 after 559", oneIDs)
	}
	if one != all {
		t.Fatalf("rows differ:\n%s", firstDifference(one, all))
	}
}

// tableRows are every row of the tables, in id order, as text.
func tableRows(t *testing.T, s *Store, tables ...string) string {
	t.Helper()
	var b strings.Builder
	for _, tb := range tables {
		rows, err := s.db.QueryContext(context.Background(), "SELECT * FROM "+tb+" ORDER BY id")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %v\n", tb, vals)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return b.String()
}

// TestImportAsOneAtATime imports the same spreadsheet rows into a new deal
// as a CSV file and again as the JSON export of the deal they make, and
// adds them one promise at a time as the app does, and finds every stored
// row the same — ids, gaps, blockers, the deal's figures — but the history:
// the imports write one line for the deal where one at a time writes a
// line a row. The imports work the readiness out beside writing the gaps
// (overlapFrom lowered), as a big import does.
func TestImportAsOneAtATime(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2027, 1, 2, 3, 4, 5, 0, time.UTC)
	was := overlapFrom
	overlapFrom = 10
	t.Cleanup(func() { overlapFrom = was })
	open := func(name string) *Store {
		s, err := Open(ctx, filepath.Join(t.TempDir(), name), WithNow(func() time.Time { return at }), WithActor("tester"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	deal := model.Deal{Name: "Acme", Customer: "Acme GmbH", Stage: model.StageProposal}
	rows := varietyRows(260)

	// One at a time: the deal, then each promise, naming a new person
	// the first time a row names them.
	one := open("one.db")
	d := deal
	if err := one.CreateDeal(ctx, &d); err != nil {
		t.Fatal(err)
	}
	byName := map[string]int64{}
	for _, r := range rows {
		p := r.Promise
		p.DealID = d.ID
		if r.PromisedBy != "" {
			id, ok := byName[r.PromisedBy]
			if !ok {
				who := model.Person{Name: r.PromisedBy, Role: model.RoleSales}
				if err := one.CreatePerson(ctx, &who); err != nil {
					t.Fatal(err)
				}
				id, byName[r.PromisedBy] = who.ID, who.ID
			}
			p.PromisedBy = id
		}
		if err := one.CreatePromise(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}

	// A CSV import into a new deal.
	csv := open("csv.db")
	d2 := deal
	res, err := csv.CreateDealWithPromisesWith(ctx, &d2, ImportOptions{File: "/tmp/acme.csv"}, rows...)
	if err != nil {
		t.Fatal(err)
	}
	if want, got := storedRows(t, one), storedRows(t, csv); want != got {
		t.Fatalf("a CSV import stores other rows than one at a time:\n%s", firstDifference(want, got))
	}
	gaps, err := csv.History(ctx, d2.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	dos, err := csv.Dossier(ctx, d2.ID)
	if err != nil {
		t.Fatal(err)
	}
	wantLine(t, gaps, d2.ID, model.ImportRecord{Promises: len(rows), First: res.Promises[0], Last: res.Promises[len(rows)-1],
		Gaps: len(dos.Gaps), Rows: 1 + len(rows) + len(dos.Gaps), File: "acme.csv", NewDeal: "Acme"})

	// The same rows into a deal that is there already.
	into := open("into.db")
	d3 := deal
	if err := into.CreateDeal(ctx, &d3); err != nil {
		t.Fatal(err)
	}
	res, err = into.ImportPromisesWith(ctx, d3.ID, ImportOptions{File: "acme.csv"}, rows...)
	if err != nil {
		t.Fatal(err)
	}
	if want, got := storedRows(t, one), storedRows(t, into); want != got {
		t.Fatalf("a CSV import into a deal stores other rows than one at a time:\n%s", firstDifference(want, got))
	}
	hist, err := into.History(ctx, d3.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[1].Entity != "deal" || hist[1].Action != "create" {
		t.Fatalf("history %+v; want the deal's line, then the import's", hist)
	}
	wantLine(t, hist[:1], d3.ID, model.ImportRecord{Promises: len(rows), First: res.Promises[0], Last: res.Promises[len(rows)-1],
		Gaps: len(dos.Gaps), Rows: len(rows) + len(dos.Gaps), File: "acme.csv"})
	// The watch that tells viewers which deals changed finds the deal by
	// its import's line: the same rows again name nobody new.
	seen, err := latestEvent(ctx, into.db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := into.ImportPromisesWith(ctx, d3.ID, ImportOptions{AllowDuplicates: true}, rows...); err != nil {
		t.Fatal(err)
	}
	changed, gone, _, whole, err := into.DealChanges(ctx, seen)
	if err != nil || whole || len(gone) != 0 || len(changed) != 1 || changed[0].Deal.ID != d3.ID {
		t.Fatalf("after an import the watch tells %+v, gone %v, whole %v (%v); want the deal", changed, gone, whole, err)
	}

	// The JSON export of the one at a time, into an empty database.
	a, err := one.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	data, err := MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalArchive(data)
	if err != nil {
		t.Fatal(err)
	}
	js := open("json.db")
	if _, err := js.Import(ctx, back, ImportOptions{File: "exports/acme.json"}); err != nil {
		t.Fatal(err)
	}
	if want, got := storedRows(t, one), storedRows(t, js); want != got {
		t.Fatalf("a JSON import stores other rows than one at a time:\n%s", firstDifference(want, got))
	}
	hist, err = js.History(ctx, d.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	wantLine(t, hist, d.ID, model.ImportRecord{Promises: len(rows), First: 1, Last: int64(len(rows)),
		Gaps: len(dos.Gaps), Rows: 1 + len(rows) + len(dos.Gaps), File: "acme.json", NewDeal: "Acme", Restored: true})
}

// wantLine fails unless the history is one import line saying want.
func wantLine(t *testing.T, hist []model.Event, dealID int64, want model.ImportRecord) {
	t.Helper()
	if len(hist) != 1 {
		t.Fatalf("%d lines of history, want the import's alone: %+v", len(hist), hist)
	}
	e := hist[0]
	got, ok := e.Record()
	if !ok || got != want || e.DealID != dealID || e.EntityID != dealID || e.Actor != "tester" || e.Before != "" {
		t.Fatalf("import line %+v, saying %+v; want %+v", e, got, want)
	}
}

// storedRows are the rows of every table but the history, as text in
// order, the same whichever order they were written in.
func storedRows(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(),
		"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'events' ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	rows.Close()
	var out []string
	for _, tb := range tables {
		rows, err := s.db.QueryContext(context.Background(), "SELECT * FROM "+tb)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, fmt.Sprintf("%s %v", tb, vals))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		sort.Strings(lines)
		out = append(out, lines...)
	}
	return strings.Join(out, "\n") + "\n"
}

// varietyRows are n spreadsheet rows of every kind the gap rules tell
// apart: priorities, due dates and none, budgets, sources, people named
// again, in other case, and not at all.
func varietyRows(n int) []model.PromiseRow {
	rows := make([]model.PromiseRow, n)
	for i := range rows {
		p := model.NewPromise(0)
		p.Title = fmt.Sprintf("Promise %d: real-time reporting with a dashboard", i)
		if i%5 == 0 {
			p.Title = fmt.Sprintf("Single sign-on for site %d", i)
		}
		p.Detail = "From the workshop notes."
		p.Priority = model.Priorities[i%len(model.Priorities)]
		p.SourceRef = fmt.Sprintf("WS-%d", i)
		if i%4 != 0 {
			p.Due = model.NewDate(2027, 3, 1+i%28)
		}
		if i%6 == 0 {
			p.BudgetDays = float64(i%9) + 0.5
		}
		who := ""
		if i%3 != 0 {
			who = fmt.Sprintf("Importer %d", i%7)
		}
		rows[i] = model.PromiseRow{Line: i + 2, Promise: p, PromisedBy: who}
	}
	return rows
}

// TestImportCacheRestored finds the connection's page cache as it was after
// an import, and after an import refused halfway.
func TestImportCacheRestored(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.db.SetMaxOpenConns(2) // the watch's and one: every write and read on the same
	cache := func() int64 {
		var n int64
		if err := s.db.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	was := cache()
	d := model.Deal{Name: "Deal", Stage: model.StageLead}
	if err := s.CreateDeal(ctx, &d); err != nil {
		t.Fatal(err)
	}
	rows := varietyRows(30)
	if _, err := s.ImportPromises(ctx, d.ID, rows...); err != nil {
		t.Fatal(err)
	}
	if got := cache(); got != was {
		t.Errorf("page cache %d after an import, want %d", got, was)
	}
	rows = varietyRows(30)
	rows[20].Promise.Title = "" // refused: the import is undone
	if _, err := s.ImportPromisesWith(ctx, d.ID, ImportOptions{AllowDuplicates: true}, rows...); err == nil {
		t.Fatal("an import with a row without a title went in")
	}
	if got := cache(); got != was {
		t.Errorf("page cache %d after a refused import, want %d", got, was)
	}
}
