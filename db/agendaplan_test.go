package db

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestAgendaReadsThroughIndexes asks SQLite how it finds the gaps of an
// agenda in a file of many deals and gaps, most without an owner: through
// the owner's index and the deal's, never by reading every gap.
func TestAgendaReadsThroughIndexes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Enough rows, and statistics saying so, that a scan is what SQLite
	// would choose without the indexes.
	if _, err := s.db.ExecContext(ctx, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
		INSERT INTO deals (name, customer, stage) SELECT 'Deal ' || i, 'Customer', 'proposal' FROM n`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, "INSERT INTO people (name, role) VALUES ('Lukas', 'delivery')"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
		INSERT INTO gaps (deal_id, kind, title, severity, status, origin, owner) SELECT i % 2000 + 1, 'scope', 'Gap ' || i, 'low', 'open', 'manual', CASE WHEN i % 50 = 0 THEN 1 END FROM n`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	rows, err := s.db.QueryContext(ctx, "EXPLAIN QUERY PLAN SELECT id FROM gaps WHERE "+agendaGaps+" ORDER BY id", 1)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	text := strings.Join(plan, "\n")
	for _, want := range []string{"SEARCH gaps USING INDEX gaps_owner", "SEARCH gaps USING INDEX gaps_deal"} {
		if !strings.Contains(text, want) {
			t.Errorf("the agenda's gaps are not read through %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "SCAN gaps") {
		t.Errorf("the agenda reads every gap:\n%s", text)
	}
}
