package model_test

import (
	"errors"
	"strings"
	"testing"

	"handoff/model"
)

func TestParsePromiseCSV(t *testing.T) {
	t.Run("EveryColumn", func(t *testing.T) {
		// Excel's "CSV UTF-8": a byte order mark, CRLF, quoted fields with
		// line breaks, commas and doubled quotes; columns in any order and
		// spelled as people write them.
		in := "\uFEFFTitle,Detail,category,PRIORITY,Promised by,source,source_ref,made_on,due,verification,problem,budget_days\r\n" +
			"Real-time stock sync,\"Every 15 minutes,\r\nfrom SAP to the MES \"\"as agreed\"\"\",integration,must,Jonas Becker,proposal,Proposal v3 §4.2,2026-09-17,2027-01-15,contracted,Stock lags a day,60\r\n" +
			",,,,,,,,,,,\r\n" +
			"实时集成,,Scope,Should, ,RFP,,,,Confirmed,,\"2,5\"\r\n" +
			"\"Multi\nline\ntitle\",,,,anna kowalska,,,,,,,\r\n"
		rows, err := model.ParsePromiseCSV(strings.NewReader(in))
		if err != nil {
			t.Fatalf("ParsePromiseCSV: %v", err)
		}
		if len(rows) != 3 {
			t.Fatalf("%d rows, want 3 (the blank one skipped)", len(rows))
		}
		p := rows[0].Promise
		if rows[0].Line != 2 || p.Title != "Real-time stock sync" || p.Detail != "Every 15 minutes,\nfrom SAP to the MES \"as agreed\"" ||
			p.Category != model.CategoryIntegration || p.Priority != model.PriorityMust || rows[0].PromisedBy != "Jonas Becker" ||
			p.Source != model.SourceProposal || p.SourceRef != "Proposal v3 §4.2" || p.MadeOn != model.MustDate("2026-09-17") ||
			p.Due != model.MustDate("2027-01-15") || p.Verification != model.VerificationContracted ||
			p.Problem != "Stock lags a day" || p.BudgetDays != 60 || p.Revision != 1 {
			t.Errorf("row 1: line %d, by %q, %+v", rows[0].Line, rows[0].PromisedBy, p)
		}
		p = rows[1].Promise
		if rows[1].Line != 5 || p.Title != "实时集成" || p.Category != model.CategoryScope || p.Priority != model.PriorityShould ||
			rows[1].PromisedBy != "" || p.Source != model.SourceRFP || p.Verification != model.VerificationConfirmed || p.BudgetDays != 2.5 {
			t.Errorf("row 2: line %d, by %q, %+v", rows[1].Line, rows[1].PromisedBy, p)
		}
		// Blank columns take NewPromise's defaults.
		p, def := rows[2].Promise, model.NewPromise(0)
		if rows[2].Line != 6 || p.Title != "Multi\nline\ntitle" || rows[2].PromisedBy != "anna kowalska" || p.Category != def.Category ||
			p.Priority != def.Priority || p.Source != def.Source || p.Verification != def.Verification || !p.Due.IsZero() {
			t.Errorf("row 3: line %d, by %q, %+v", rows[2].Line, rows[2].PromisedBy, p)
		}
	})

	t.Run("OnlyTitle", func(t *testing.T) {
		rows, err := model.ParsePromiseCSV(strings.NewReader("title\nFirst\n\nSecond"))
		if err != nil || len(rows) != 2 || rows[0].Line != 2 || rows[1].Line != 4 || rows[1].Promise.Title != "Second" {
			t.Errorf("rows %+v, err %v", rows, err)
		}
	})

	t.Run("Semicolons", func(t *testing.T) {
		// Excel in much of Europe writes semicolons.
		rows, err := model.ParsePromiseCSV(strings.NewReader("title;priority;budget_days\r\nDashboard, hourly;could;1,5\r\n"))
		if err != nil || len(rows) != 1 || rows[0].Promise.Title != "Dashboard, hourly" ||
			rows[0].Promise.Priority != model.PriorityCould || rows[0].Promise.BudgetDays != 1.5 {
			t.Errorf("rows %+v, err %v", rows, err)
		}
	})

	t.Run("Tabs", func(t *testing.T) {
		rows, err := model.ParsePromiseCSV(strings.NewReader("due\ttitle\n2027-02-01\tA, B and C\n"))
		if err != nil || len(rows) != 1 || rows[0].Promise.Title != "A, B and C" || rows[0].Promise.Due != model.MustDate("2027-02-01") {
			t.Errorf("rows %+v, err %v", rows, err)
		}
	})

	t.Run("HeaderOnly", func(t *testing.T) {
		rows, err := model.ParsePromiseCSV(strings.NewReader("title,detail\r\n"))
		if err != nil || len(rows) != 0 {
			t.Errorf("rows %+v, err %v; want none and no error", rows, err)
		}
	})
}

func TestParsePromiseCSVRefused(t *testing.T) {
	cols := "the columns are title, detail, category, priority, promised_by, source, source_ref, made_on, due, verification, problem, budget_days"
	cases := []struct {
		name, in, want string
	}{
		{"BadDate", "title,due\nA,2027-01-15\nB,\nC,2027-13-45\n",
			`line 4, column "due": 2027-13-45 is not a date (use YYYY-MM-DD)`},
		{"BadDateAfterQuotedNewlines", "title,detail,made_on\n\"A\",\"two\r\nlines\",2026-10-01\r\n\"B\",\"x\",1.10.2026\r\n",
			`line 4, column "made_on": 1.10.2026 is not a date (use YYYY-MM-DD)`},
		{"BadPriority", "title,priority\nA,urgent\n",
			`line 2, column "priority": "urgent" is not a priority (one of must, should, could)`},
		{"BadEnums", "verification,title,source,category\nmaybe,A,fax,misc\n",
			`line 2, column "verification": "maybe" is not a verification level (one of heard, written, confirmed, contracted)` + "\n" +
				`line 2, column "source": "fax" is not a source (one of proposal, rfp, email, call, demo, contract, other)` + "\n" +
				`line 2, column "category": "misc" is not a category (one of scope, integration, timeline, performance, support, commercial, other)`},
		{"BadBudget", "title,budget_days\nA,lots\nB,-3\n",
			`line 2, column "budget_days": lots is not a number of days` + "\n" + `line 3, column "budget_days": -3 is negative`},
		{"UnknownColumn", "title,owner\nA,Jonas\n", `line 1: unknown column "owner" (` + cols + `)`},
		{"NoTitleColumn", "detail,due\nA,2027-01-01\n", `line 1: there is no "title" column; it is required`},
		{"DuplicateColumn", "title,Title\nA,B\n", `line 1: column "title" appears twice`},
		{"UnnamedColumn", "title,,due\nA,,\n", `line 1: column 2 has no name`},
		{"EmptyTitle", "title,detail\nA,x\n  ,only a detail\n", `line 3, column "title": is required`},
		{"WrongFieldCount", "title,detail\nA,x\nB\n", `line 3: 1 field, but the header has 2 columns`},
		{"BareQuote", "title,detail\nA,5\" screen\n",
			`line 2: a " inside a field that does not start with one (put the field in quotes and double the ", as in "say ""yes""")`},
		{"UnclosedQuote", "title,detail\nA,\"never closed\nB,x\n",
			`line 2: a quoted field is not closed, or has a stray " after its closing quote (the field runs on to line 3)`},
		{"NotUTF8", "title,detail\nA,caf\xe9\n", `line 2, column "detail": is not UTF-8 text; save the file as CSV UTF-8`},
		{"Empty", "", "line 1: the file is empty; it needs a header row naming the columns (title, detail, category, priority, promised_by, source, source_ref, made_on, due, verification, problem, budget_days)"},
		{"LongName", "title,promised_by\nA," + strings.Repeat("x", 201) + "\n", `line 2, column "promised_by": is too long (at most 200 characters)`},
		{"TooLongTitle", "title\n" + strings.Repeat("t", 301) + "\n", `line 2, column "title": is too long (at most 300 characters)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := model.ParsePromiseCSV(strings.NewReader(c.in))
			if rows != nil {
				t.Errorf("%d rows returned with an error", len(rows))
			}
			if err == nil {
				t.Fatalf("no error; want %q", c.want)
			}
			if err.Error() != c.want {
				t.Errorf("error\n%s\nwant\n%s", err, c.want)
			}
			var ce *model.CSVError
			if !errors.As(err, &ce) || !errors.Is(err, model.ErrInvalid) {
				t.Errorf("error %T is not a *CSVError matching ErrInvalid", err)
			}
		})
	}

	t.Run("ManyProblems", func(t *testing.T) {
		in := "title,due\n" + strings.Repeat("A,tomorrow\n", 30)
		_, err := model.ParsePromiseCSV(strings.NewReader(in))
		var ce *model.CSVError
		if !errors.As(err, &ce) || len(ce.Problems) != 20 || !ce.More || !strings.HasSuffix(err.Error(), "\nand more") ||
			ce.Problems[19].Line != 21 {
			t.Errorf("error %v; want the first 20 problems and \"and more\"", err)
		}
	})
}
