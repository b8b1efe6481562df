package db

import (
	"context"
	"fmt"
	"path/filepath"
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
