package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// ok runs the command line and fails the test unless it exits 0 with
// nothing on stderr; it returns stdout.
func ok(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := handoff(t, args...)
	if code != 0 || errOut != "" {
		t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
	}
	return out
}

// refused runs the command line and fails the test unless it exits with
// code, prints nothing on stdout, and says what the message holds in one
// "handoff: " sentence on stderr.
func refused(t *testing.T, code int, msg string, args ...string) {
	t.Helper()
	got, out, errOut := handoff(t, args...)
	if got != code || out != "" || !strings.HasPrefix(errOut, "handoff: ") || !strings.Contains(errOut, msg) {
		t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit %d saying %q", args, got, out, errOut, code, msg)
	}
}

// sampleDB is a database holding the sample deals.
func sampleDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "handoff.db")
	ok(t, "--db", path, "sample")
	return path
}

// exportJSON is the database's full JSON export, through the command line.
func exportJSON(t *testing.T, path string) string {
	t.Helper()
	return ok(t, "--db", path, "export", "--format", "json")
}

var generatedRE = regexp.MustCompile(`(?m)^- \*\*Generated:\*\* .*\n`)

// withoutGenerated is a report less its generated-at line, the one line
// that follows the clock.
func withoutGenerated(md string) string { return generatedRE.ReplaceAllString(md, "") }

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// sampleReportToday is the report the model renders from the sample
// archive's deal named name, today: what the command line must write from
// a database holding the samples. (The model's golden reports are rendered
// on a fixed day; today more of the sample's gaps are overdue.)
func sampleReportToday(t *testing.T, name string, l i18n.Lang) string {
	t.Helper()
	a := model.SampleArchive()
	for _, d := range a.Deals {
		if strings.Contains(d.Deal.Name, name) {
			d.People = a.People
			d.Watch = model.WatchWords(nil)
			return model.ReportIn(l, &d, time.Now())
		}
	}
	t.Fatalf("no sample deal %q", name)
	return ""
}

// TestExportMarkdown: the report the command line writes from the database
// is the report the model renders from the sample archive.
func TestExportMarkdown(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	golden := sampleReportToday(t, "SAP", i18n.EN)
	for _, ref := range []string{"SAP", "sap s/4hana ↔ mes integration", "2"} {
		out := ok(t, "--db", path, "export", "--deal", ref)
		if withoutGenerated(out) != withoutGenerated(string(golden)) {
			t.Errorf("export --deal %q differs from the golden report", ref)
		}
		now := time.Now().UTC()
		if g := generatedRE.FindString(out); !strings.HasPrefix(g, "- **Generated:** "+now.Format("2006-01-02")) &&
			!strings.HasPrefix(g, "- **Generated:** "+now.Add(-time.Minute).Format("2006-01-02")) {
			t.Errorf("generated-at line %q, want today (UTC)", g)
		}
	}
	if out := ok(t, "--db", path, "export", "--deal", "SAP", "--format", "markdown"); withoutGenerated(out) != withoutGenerated(string(golden)) {
		t.Error("--format markdown differs from the default")
	}

	t.Run("AllOpenDeals", func(t *testing.T) {
		out := ok(t, "--db", path, "export")
		parts := strings.Split(out, "\n---\n\n")
		var titles []string
		for _, p := range parts {
			titles = append(titles, strings.SplitN(p, "\n", 2)[0])
		}
		want := []string{"# Handoff: Managed IT services EU + Suzhou", "# Handoff: Process & AI-readiness assessment",
			"# Handoff: SAP S/4HANA ↔ MES integration"}
		if !slices.Equal(titles, want) {
			t.Errorf("reports %q, want %q", titles, want)
		}
		// Archived deals are left out.
		s, err := db.Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := s.Deal(t.Context(), 3)
		if err != nil {
			t.Fatal(err)
		}
		d.Archived = true
		if err := s.UpdateDeal(t.Context(), &d); err != nil {
			t.Fatal(err)
		}
		s.Close()
		if out := ok(t, "--db", path, "export"); strings.Count(out, "# Handoff: ") != 2 || strings.Contains(out, "Managed IT") {
			t.Errorf("the archived deal is exported:\n%s", out[:200])
		}
	})

	t.Run("NoDeals", func(t *testing.T) {
		empty := filepath.Join(t.TempDir(), "empty.db")
		s, err := db.Open(t.Context(), empty)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		refused(t, 1, "there are no open deals to export", "--db", empty, "export")
	})
	t.Run("AmbiguousDeal", func(t *testing.T) {
		code, out, errOut := handoff(t, "--db", path, "export", "--deal", "s")
		if code != 2 || out != "" || !strings.Contains(errOut, `"s" matches 3 deals; name one by id:`) ||
			!strings.Contains(errOut, "\n  2\tSAP S/4HANA ↔ MES integration") {
			t.Errorf("exit %d, stdout %q, stderr %q; want 2 listing the candidates", code, out, errOut)
		}
	})
	t.Run("UnknownDeal", func(t *testing.T) {
		refused(t, 2, `no deal matches "Initech"`, "--db", path, "export", "--deal", "Initech")
		refused(t, 2, `no deal matches "Initech"`, "--db", path, "export", "--deal", "Initech", "--format", "json")
	})
	t.Run("BadFormat", func(t *testing.T) {
		refused(t, 2, `export: --format is markdown or json, not "html"`, "--db", path, "export", "--format", "html")
	})
}

func TestExportToFile(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	dir := t.TempDir()
	md := filepath.Join(dir, "report.md")
	if err := os.WriteFile(md, []byte("an older report"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := handoff(t, "--db", path, "export", "--deal", "SAP", "-o", md)
	if code != 0 || out != "" || errOut != "wrote "+md+"\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 0, nothing on stdout, the path on stderr", code, out, errOut)
	}
	got, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	if want := ok(t, "--db", path, "export", "--deal", "SAP"); withoutGenerated(string(got)) != withoutGenerated(want) {
		t.Error("the file differs from the report on stdout")
	}

	js := filepath.Join(dir, "all.json")
	if code, out, _ := handoff(t, "--db", path, "export", "--format", "json", "-o", js); code != 0 || out != "" {
		t.Fatalf("json -o: exit %d, stdout %q", code, out)
	}
	got, _ = os.ReadFile(js)
	if string(got) != exportJSON(t, path) {
		t.Error("the JSON file differs from the export on stdout")
	}
	if st, _ := os.Stat(js); st.Mode().Perm() != 0o600 {
		t.Errorf("JSON export mode %04o, want 0600: it holds internal notes", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("the folder holds %d files, want the 2 written (no temporary files left)", len(entries))
	}

	missing := filepath.Join(dir, "no", "such", "folder", "r.md")
	refused(t, 2, "could not write "+missing, "--db", path, "export", "--deal", "SAP", "-o", missing)
	if _, err := os.Stat(filepath.Dir(missing)); err == nil {
		t.Error("the missing folder was created")
	}
}

// TestJSONRoundTrip: export → import into an empty database → export gives
// the same bytes; importing into a database that is not empty maps ids.
func TestJSONRoundTrip(t *testing.T) {
	isolate(t)
	cases := map[string]func(t *testing.T) string{
		"Sample": sampleDB,
		"Hostile": func(t *testing.T) string {
			path := filepath.Join(t.TempDir(), "hostile.db")
			b, err := db.MarshalArchive(hostileArchive())
			if err != nil {
				t.Fatal(err)
			}
			ok(t, "--db", path, "import", writeFile(t, "hostile.json", string(b)))
			return path
		},
		"AfterDeletes":   deletedRowsDB,
		"DismissedWords": dismissedWordsDB,
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			first := mk(t)
			exported := exportJSON(t, first)
			file := writeFile(t, "export.json", exported)

			second := filepath.Join(t.TempDir(), "second.db")
			out := ok(t, "--db", second, "import", file)
			if !strings.HasSuffix(out, " (ids kept)\n") {
				t.Errorf("import into an empty database: %q, want ids kept", out)
			}
			if again := exportJSON(t, second); again != exported {
				t.Fatalf("export → import → export differs:\n%s", firstLineDiff(exported, again))
			}
			// The reports are the same too.
			var a model.Archive
			if err := json.Unmarshal([]byte(exported), &a); err != nil {
				t.Fatal(err)
			}
			for _, d := range a.Deals {
				ref := fmt.Sprint(d.Deal.ID)
				r1 := ok(t, "--db", first, "export", "--deal", ref)
				r2 := ok(t, "--db", second, "export", "--deal", ref)
				if withoutGenerated(r1) != withoutGenerated(r2) && name != "AfterDeletes" {
					t.Errorf("deal %d: the report differs after the round trip:\n%s", d.Deal.ID, firstLineDiff(r1, r2))
				}
			}

			// Into a database that is not empty: refused as duplicates, or
			// with --allow-duplicates new ids, all or nothing.
			refused(t, 1, "already exist in this database — run again with --allow-duplicates", "--db", second, "import", file)
			out = ok(t, "--db", second, "import", "--allow-duplicates", file)
			if strings.Contains(out, "ids kept") || !strings.HasPrefix(out, fmt.Sprintf("imported %d deal", len(a.Deals))) {
				t.Errorf("second import: %q", out)
			}
			var b model.Archive
			if err := json.Unmarshal([]byte(exportJSON(t, second)), &b); err != nil {
				t.Fatal(err)
			}
			if len(b.Deals) != 2*len(a.Deals) || len(b.People) != len(a.People) {
				t.Errorf("after a second import: %d deals and %d people, want %d and %d (people matched by name and role)",
					len(b.Deals), len(b.People), 2*len(a.Deals), len(a.People))
			}
		})
	}
}

func firstLineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(w), len(g)) {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  first  %q\n  second %q", i+1, a, b)
		}
	}
	return ""
}

// deletedRowsDB is the sample with a person removed who is still named on
// deals, a promise deleted with its gaps and a manual gap about it, and a
// manual gap deleted that a decision settled.
func deletedRowsDB(t *testing.T) string {
	path := sampleDB(t)
	ctx := t.Context()
	s, err := db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	jonas, err := s.Person(ctx, 2)
	if err != nil || jonas.Name != "Jonas Becker" {
		t.Fatalf("person 2: %+v, %v", jonas, err)
	}
	if err := s.DeletePerson(ctx, jonas.ID, jonas.Version); err != nil {
		t.Fatal(err)
	}
	about := model.Gap{DealID: 2, PromiseID: 10, Title: "Who trains the night shift?", Severity: model.SeverityMedium}
	if err := s.CreateGap(ctx, &about); err != nil {
		t.Fatal(err)
	}
	gaps, err := s.Gaps(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	var manual, derived model.Gap
	for _, g := range gaps {
		switch {
		case g.Origin == model.OriginManual && strings.HasPrefix(g.Title, "The plant manager"):
			manual = g
		case g.Origin == model.OriginDerived && g.PromiseID == 10 && g.Kind == model.KindUnassessed:
			derived = g
		}
	}
	for _, gap := range []int64{about.ID, derived.ID} {
		dec := model.Decision{DealID: 2, GapID: gap, Text: "Decided about the training.", DecidedBy: 7}
		if err := s.CreateDecision(ctx, &dec); err != nil {
			t.Fatal(err)
		}
	}
	p, err := s.Promise(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePromise(ctx, p.ID, p.Version); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteGap(ctx, manual.ID, manual.Version); err != nil {
		t.Fatal(err)
	}
	a, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// What the export makes of it.
	if !slices.ContainsFunc(a.People, func(p model.Person) bool { return p.Name == "Jonas Becker" }) {
		t.Error("the removed person the deals still name is not exported")
	}
	sap := a.Deals[1]
	for _, g := range sap.Gaps {
		if g.PromiseID == 10 || g.ID == manual.ID {
			t.Errorf("gap %d (%q) of a deleted promise or deleted itself is exported", g.ID, g.Title)
		}
		if g.ID == about.ID && g.PromiseID != 0 {
			t.Error("the manual gap about the deleted promise still points at it")
		}
	}
	if !slices.ContainsFunc(sap.Gaps, func(g model.Gap) bool { return g.ID == about.ID }) {
		t.Error("the manual gap about the deleted promise is not exported")
	}
	for _, d := range sap.Decisions {
		if d.GapID == derived.ID || d.GapID == manual.ID {
			t.Errorf("decision %d still settles gap %d, which the export does not hold", d.ID, d.GapID)
		}
	}
	return path
}

// hostileText are values with every kind of markup, escape and script a
// person could paste into a field.
var hostileText = []string{
	"a | b || c \\| d", "line one\nline two\r\nline three", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
	"[x](http://evil)", "![i](http://evil/i.png)", "http://evil.example", "www.evil.example", "`code`", "**bold** _em_ ~~s~~",
	"# heading", "> quote", "- item", "1. item", "\x1b]0;t\x07\x1b[2J", "\u202eevil\u202c \u2066x\u2069", "实时集成", "emoji 👩‍💻 🚀",
	"\"quoted\" 'single' \\ backslash", "evil@evil.example", "nul \x00 byte", "\ttab", "&amp; &lt;", "$x$", "trailing space ",
}

// hostileArchive is one deal with hostile text in every text field.
func hostileArchive() model.Archive {
	n := len(hostileText)
	h := func(i int, label string) string {
		return label + " " + hostileText[i%n] + " " + hostileText[(i*7+3)%n]
	}
	a := model.NewArchive()
	roles := []model.Role{model.RoleSales, model.RolePresales, model.RoleDelivery, model.RoleCustomer}
	for i, r := range roles {
		a.People = append(a.People, model.Person{ID: int64(i + 1), Name: h(i+1, "Person"), Role: r, Email: fmt.Sprintf("p%d@x.example", i)})
	}
	a.WatchWords = []model.WatchWord{{ID: 1, Word: "evil"}, {ID: 2, Word: "<b>boom</b>", Lang: "en"}}
	d := model.Dossier{Deal: model.Deal{ID: 1, Name: h(0, "Deal"), Customer: h(1, "Customer"), Stage: model.StageNegotiation,
		Value: model.Money{Minor: 99, Currency: "EUR"}, CloseDate: model.MustDate("2026-12-01"),
		Owners: model.Owners{Sales: 1, Presales: 2, Delivery: 3}, WhyBuy: strings.Join(hostileText, "\n"),
		Notes: strings.Join(hostileText, " "), NotSold: []string{h(2, "Not sold"), h(3, "Not sold")}}}
	for i := range n {
		id := int64(i + 1)
		d.Promises = append(d.Promises, model.Promise{ID: id, DealID: 1, Title: h(i, "Promise"),
			Detail: hostileText[i] + "\nreal-time " + hostileText[(i+4)%n], Category: model.Categories[i%7],
			Priority: model.Priorities[i%3], PromisedBy: int64(i % 5), Source: model.Sources[i%7], SourceRef: h(i+2, "Ref"),
			MadeOn: model.MustDate("2026-10-01"), Due: model.MustDate("2027-01-15").AddDays(i), Problem: h(i+3, "Problem"),
			BudgetDays: float64(i % 3 * 5), Verification: model.Verifications[i%4], Revision: 1})
		if i%4 != 1 {
			d.Assessments = append(d.Assessments, model.Assessment{ID: id, PromiseID: id, Fit: model.Fits[i%5],
				CanDo: hostileText[(i+9)%n] + "\n" + hostileText[(i+10)%n], EffortDays: float64(i % 4 * 4),
				Earliest: model.MustDate("2027-01-01").AddDays(i * 3), Confidence: model.Confidences[i%3], AssessedBy: 3,
				AssessedAt: time.Date(2026, 11, 10, 9, i, 0, 0, time.UTC), PromiseRevision: 1})
		}
	}
	d.Constraints = []model.Constraint{{ID: 1, DealID: 1, Text: h(20, "Constraint")}, {ID: 2, DealID: 1, Text: hostileText[1]}}
	d.Terms = []model.Term{
		{ID: 1, DealID: 1, Term: "real-time", Definition: h(21, "Def"), Status: model.TermAgreed, AgreedBy: []int64{1, 3}},
		{ID: 2, DealID: 1, Term: h(22, "Term"), Definition: h(23, "Def"), Status: model.TermDisputed, AgreedBy: []int64{}},
	}
	d.Gaps = []model.Gap{
		{ID: 500, DealID: 1, Kind: model.KindOther, Title: h(24, "Gap"), Severity: model.SeverityCritical, Owner: 3,
			Due: model.MustDate("2026-12-10"), Status: model.GapInProgress, Resolution: h(25, "Resolution"), Origin: model.OriginManual},
		{ID: 501, DealID: 1, PromiseID: 2, Kind: model.KindOther, Title: h(26, "Gap"), Severity: model.SeverityLow,
			Status: model.GapAccepted, Resolution: strings.Join(hostileText[:6], "\n"), Origin: model.OriginManual},
	}
	d.Decisions = []model.Decision{
		{ID: 1, DealID: 1, GapID: 500, Text: strings.Join(hostileText[5:12], "\n"), DecidedBy: 4, DecidedAt: time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)},
		{ID: 2, DealID: 1, Text: h(27, "Decision"), DecidedBy: 1, DecidedAt: time.Date(2026, 11, 21, 14, 0, 0, 0, time.UTC)},
	}
	d.SignOffs = []model.SignOff{{ID: 1, DealID: 1, PersonID: 3, Role: model.RoleDelivery,
		SignedAt: time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC), ReportHash: "sha256:" + strings.Repeat("ab", 32),
		Sections: map[string]string{"gaps": "sha256:x", "summary": "sha256:y"}}}
	a.Deals = []model.Dossier{d}
	return a
}

func TestImportJSONRefused(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	before := exportJSON(t, path)
	valid := exportJSON(t, sampleDB(t))

	var a model.Archive
	if err := json.Unmarshal([]byte(valid), &a); err != nil {
		t.Fatal(err)
	}
	withArchive := func(change func(a *model.Archive)) string {
		var c model.Archive
		json.Unmarshal([]byte(valid), &c)
		change(&c)
		b, err := db.MarshalArchive(c)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	cases := []struct{ name, content, msg string }{
		{"Syntax", "{\n  \"format\": \"handoff-export\",\n  \"version\": 1,\n  \"people\": [}\n", "the file is not valid JSON: line 4"},
		{"Truncated", valid[:len(valid)/2], "the file is not valid JSON"},
		{"NotAnExport", `{"name": "something else"}`, "the file is not a handoff export"},
		{"Newer", `{"format": "handoff-export", "version": 99}`, "export version 99, from a newer version of handoff"},
		{"UnknownField", strings.Replace(valid, `"archived": false,`, `"archived": false, "colour": "red",`, 1), `deals[0].deal.colour: this version of handoff does not know this field`},
		{"WrongType", strings.Replace(valid, `"budget_days": 8,`, `"budget_days": "eight",`, 1), "budget_days: should be a number, not text"},
		{"Trailing", valid + "{}\n", "invalid character '{' after top-level value"},
		{"MissingPerson", withArchive(func(a *model.Archive) { a.Deals[2].Promises[0].PromisedBy = 99 }),
			"refers to person 99, which the file does not contain"},
		{"BadEnum", withArchive(func(a *model.Archive) { a.Deals[2].Promises[1].Priority = "urgent" }), `"urgent" is not a priority`},
		{"OtherDealsPromise", withArchive(func(a *model.Archive) { a.Deals[1].Assessments[0].PromiseID = 1 }),
			"answers a promise of another deal"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := writeFile(t, "in.json", c.content)
			refused(t, 2, c.msg, "--db", path, "import", file)
			if after := exportJSON(t, path); after != before {
				t.Error("a refused import changed the database")
			}
		})
	}
	t.Run("Sniffed", func(t *testing.T) {
		// A file without a .json name is still read as JSON when it is.
		file := writeFile(t, "export.backup", "\uFEFF  "+`{"format": "handoff-export", "version": 99}`)
		refused(t, 2, "from a newer version of handoff", "--db", path, "import", file)
	})
}

// promisesCSV has every column, a BOM, CRLF, quoted fields with commas,
// quotes and line breaks, a blank row and a person nobody knows.
const promisesCSV = "\uFEFFtitle,detail,category,priority,promised_by,source,source_ref,made_on,due,verification,problem,budget_days\r\n" +
	"Barcode scan at every machine,\"Scan the raw-material batch\r\nat each machine, \"\"before\"\" the first part\",scope,must,Jonas Becker,call,\"Call, 2026-11-28\",2026-11-28,2027-03-31,heard,Audit in Q2,15\r\n" +
	",,,,,,,,,,,\r\n" +
	"Shift report list,,other,should,Nadia Roth,email,,,2027-01-08,written,,\r\n"

func TestImportCSV(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	file := writeFile(t, "promises.csv", promisesCSV)
	out := ok(t, "--db", path, "import", "--deal", "SAP", file)
	if out != "imported 2 promises into \"SAP S/4HANA ↔ MES integration\" (id 2)\nadded to the people as sales: Nadia Roth\n" {
		t.Errorf("stdout %q", out)
	}
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d, err := s.Dossier(t.Context(), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Promises) != 7 {
		t.Fatalf("%d promises, want 5 + 2", len(d.Promises))
	}
	p, q := d.Promises[5], d.Promises[6]
	if p.Title != "Barcode scan at every machine" || p.Detail != "Scan the raw-material batch\nat each machine, \"before\" the first part" ||
		p.Priority != model.PriorityMust || d.PersonName(p.PromisedBy) != "Jonas Becker" || p.SourceRef != "Call, 2026-11-28" ||
		p.Due != model.MustDate("2027-03-31") || p.BudgetDays != 15 || p.Verification != model.VerificationHeard {
		t.Errorf("first promise %+v", p)
	}
	if q.Title != "Shift report list" || d.PersonName(q.PromisedBy) != "Nadia Roth" || q.Category != model.CategoryOther {
		t.Errorf("second promise %+v", q)
	}
	// The flags may come after the file too.
	ok(t, "--db", path, "import", writeFile(t, "more.csv", "title\nOne more\n"), "--deal", "2")
}

func TestImportCSVRefused(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	before := exportJSON(t, path)
	cases := []struct{ name, content, msg string }{
		{"BadDate", "title,due\r\nA,2027-01-15\r\nB,\r\nC,2027-13-45\r\n",
			`nothing was imported from %s: line 4, column "due": 2027-13-45 is not a date (use YYYY-MM-DD)` + "\n"},
		{"BadDateAfterQuotedLineBreak", "title,detail,due\n\"A\",\"one\ntwo\",2027-01-15\nB,x,15/01/2027\n",
			`line 4, column "due": 15/01/2027 is not a date`},
		{"BadEnum", "title,priority,verification\nA,must,\nB,urgent,maybe\n",
			"nothing was imported from %s:\n" +
				`  line 3, column "priority": "urgent" is not a priority (one of must, should, could)` + "\n" +
				`  line 3, column "verification": "maybe" is not a verification level (one of heard, written, confirmed, contracted)` + "\n"},
		{"UnknownColumn", "title,owner\nA,Jonas\n", `line 1: unknown column "owner"`},
		{"NoTitleColumn", "detail\nA\n", `line 1: there is no "title" column; it is required`},
		{"EmptyTitle", "title,detail\nA,x\n,only a detail\n", `line 3, column "title": is required`},
		{"BadQuote", "title\n\"A\"B\n", `line 2: a quoted field is not closed`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := writeFile(t, "p.csv", c.content)
			msg := c.msg
			if strings.Contains(msg, "%s") {
				msg = fmt.Sprintf(msg, file)
			}
			refused(t, 2, msg, "--db", path, "import", "--deal", "SAP", file)
			refused(t, 2, msg, "--db", path, "import", "--deal", "Brand new deal", "--create", file)
			if after := exportJSON(t, path); after != before {
				t.Error("a refused import changed the database")
			}
		})
	}
	t.Run("HeaderOnly", func(t *testing.T) {
		refused(t, 1, "has no promises, only a header: nothing to import", "--db", path, "import", "--deal", "SAP",
			writeFile(t, "p.csv", "title,detail\r\n"))
	})
	t.Run("AmbiguousDeal", func(t *testing.T) {
		refused(t, 2, `"s" matches 3 deals`, "--db", path, "import", "--deal", "s", writeFile(t, "p.csv", "title\nA\n"))
	})
	t.Run("UnknownDeal", func(t *testing.T) {
		refused(t, 2, `no deal matches "Initech"`, "--db", path, "import", "--deal", "Initech", writeFile(t, "p.csv", "title\nA\n"))
	})
	if after := exportJSON(t, path); after != before {
		t.Error("a refused import changed the database")
	}
}

func TestImportCSVCreate(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	file := writeFile(t, "p.csv", "title\nA\nB\n")
	if out := ok(t, "--db", path, "import", "--deal", "Initech ERP", "--create", file); out != "imported 2 promises into the new deal \"Initech ERP\" (id 4)\n" {
		t.Errorf("stdout %q", out)
	}
	// A deal of exactly that name (any case) takes the promises (the same
	// ones again only when asked); a name that is only part of another
	// deal's is a new deal.
	refused(t, 1, "2 of 2 promises already exist in “Initech ERP” — run again with --allow-duplicates to add them anyway",
		"--db", path, "import", "--deal", "initech erp", "--create", file)
	if out := ok(t, "--db", path, "import", "--deal", "initech erp", "--create", "--allow-duplicates", file); out != "imported 2 promises into \"Initech ERP\" (id 4)\n" {
		t.Errorf("stdout %q", out)
	}
	if out := ok(t, "--db", path, "import", "--deal", "Initech", "--create", file); out != "imported 2 promises into the new deal \"Initech\" (id 5)\n" {
		t.Errorf("stdout %q", out)
	}
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d, err := s.Dossier(t.Context(), 4)
	if err != nil {
		t.Fatal(err)
	}
	if d.Deal.Stage != model.StageLead || len(d.Promises) != 4 {
		t.Errorf("deal %+v with %d promises, want stage lead and 4", d.Deal, len(d.Promises))
	}
}

func TestImportUsage(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	csv := writeFile(t, "p.csv", "title\nA\n")
	js := writeFile(t, "a.json", exportJSON(t, path))
	refused(t, 2, "import: name one file to import", "--db", path, "import")
	refused(t, 2, "import: name one file to import", "--db", path, "import", csv, js)
	refused(t, 2, "holds promises; name their deal with --deal", "--db", path, "import", csv)
	refused(t, 2, "import: --deal and --create are for CSV files of promises", "--db", path, "import", "--deal", "SAP", js)
	missing := filepath.Join(t.TempDir(), "missing.csv")
	refused(t, 2, "could not read "+missing+": no such file or directory", "--db", path, "import", "--deal", "SAP", missing)
	if code, out, _ := handoff(t, "import", "--help"); code != 0 || !strings.Contains(out, "import     import FILE") {
		t.Errorf("import --help: exit %d", code)
	}
}

// readyArchive is a deal with nothing blocking its handoff: every promise
// answered "full" in time and within budget, the terms the promises use
// agreed by both sides, owners on every side, and its one critical gap
// owned and dated.
func readyArchive() model.Archive {
	a := model.NewArchive()
	a.People = []model.Person{{ID: 1, Name: "Sam Sales", Role: model.RoleSales}, {ID: 2, Name: "Pia Presales", Role: model.RolePresales},
		{ID: 3, Name: "Dev Delivery", Role: model.RoleDelivery}, {ID: 4, Name: "Cleo Customer", Role: model.RoleCustomer}}
	d := model.Dossier{Deal: model.Deal{ID: 1, Name: "Ready deal", Customer: "Acme", Stage: model.StageWon,
		Value: model.Money{Minor: 5_000_000, Currency: "EUR"}, CloseDate: model.MustDate("2026-12-01"),
		Owners: model.Owners{Sales: 1, Presales: 2, Delivery: 3}, WhyBuy: "Stock is wrong in the web shop."}}
	d.Promises = []model.Promise{
		{ID: 1, DealID: 1, Title: "Real-time stock levels in the web shop", Category: model.CategoryScope, Priority: model.PriorityMust,
			PromisedBy: 1, Source: model.SourceContract, Due: model.MustDate("2027-03-01"), BudgetDays: 10,
			Verification: model.VerificationContracted, Revision: 1},
		{ID: 2, DealID: 1, Title: "Monthly invoice file", Category: model.CategoryCommercial, Priority: model.PriorityShould,
			PromisedBy: 2, Source: model.SourceProposal, Due: model.MustDate("2027-02-01"), Verification: model.VerificationConfirmed, Revision: 1},
	}
	for _, p := range d.Promises {
		d.Assessments = append(d.Assessments, model.Assessment{ID: p.ID, PromiseID: p.ID, Fit: model.FitFull, EffortDays: 8,
			Earliest: model.MustDate("2027-01-15"), Confidence: model.ConfidenceHigh, AssessedBy: 3, PromiseRevision: 1,
			AssessedAt: time.Date(2026, 11, 12, 10, 0, 0, 0, time.UTC)})
	}
	d.Terms = []model.Term{{ID: 1, DealID: 1, Term: "real-time", Status: model.TermAgreed, AgreedBy: []int64{1, 3, 4},
		Definition: "Stock in the shop is at most one minute behind the warehouse."}}
	d.Gaps = []model.Gap{{ID: 1, DealID: 1, Kind: model.KindOther, Title: "Hosting contract not signed yet",
		Severity: model.SeverityCritical, Owner: 3, Due: model.MustDate("2026-12-15"), Status: model.GapOpen, Origin: model.OriginManual}}
	a.Deals = []model.Dossier{d}
	return a
}

// TestCheckExitCodes: 0 for a deal that is ready, 1 once something blocks
// it, 2 for an error.
func TestCheckExitCodes(t *testing.T) {
	isolate(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	b, err := db.MarshalArchive(readyArchive())
	if err != nil {
		t.Fatal(err)
	}
	ok(t, "--db", path, "import", writeFile(t, "ready.json", string(b)))
	if out := ok(t, "--db", path, "check", "--deal", "ready"); out != "Ready deal: ready\n" {
		t.Errorf("check --deal: %q", out)
	}
	if out := ok(t, "--db", path, "check"); out != "1\tReady deal\tready\n" {
		t.Errorf("check: %q", out)
	}
	if md := ok(t, "--db", path, "export", "--deal", "1"); !strings.Contains(md, "- **Readiness:** Ready for handoff\n") || strings.Contains(md, "## Blockers") {
		t.Error("the report of a ready deal does not say it is ready")
	}

	ok(t, "--db", path, "import", "--deal", "Ready deal", writeFile(t, "p.csv", "title,promised_by\nNightly backup,Sam Sales\n"))
	code, out, errOut := handoff(t, "--db", path, "check", "--deal", "1")
	if code != 1 || errOut != "" || !strings.Contains(out, "  - Promise “Nightly backup” has no answer from delivery.\n") {
		t.Errorf("after a new promise: exit %d, stdout %q, stderr %q; want 1 and the blocker", code, out, errOut)
	}
	if code, _, _ := handoff(t, "--db", path, "check"); code != 1 {
		t.Errorf("check: exit %d, want 1", code)
	}
	refused(t, 2, `no deal matches "nothing"`, "--db", path, "check", "--deal", "nothing")
	refused(t, 2, "is not a handoff database", "--db", writeFile(t, "text.db", "dear diary\n"), "check")
}

// TestExportJSONStable: the JSON export has the field order of the model's
// structs, is indented, ends in a newline, adds no time of its own, and
// one deal's export holds just that deal.
func TestExportJSONStable(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	all := exportJSON(t, path)
	if !strings.HasPrefix(all, "{\n  \"format\": \"handoff-export\",\n  \"version\": 1,\n  \"people\": [\n") || !strings.HasSuffix(all, "}\n") {
		t.Errorf("export starts %q", all[:80])
	}
	time.Sleep(1100 * time.Millisecond)
	if again := exportJSON(t, path); again != all {
		t.Error("two exports of the same data differ")
	}
	one := ok(t, "--db", path, "export", "--format", "json", "--deal", "SAP")
	var a model.Archive
	if err := json.Unmarshal([]byte(one), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Deals) != 1 || a.Deals[0].Deal.Name != "SAP S/4HANA ↔ MES integration" || len(a.People) != 10 {
		t.Errorf("one deal's export holds %d deals and %d people", len(a.Deals), len(a.People))
	}
	if !bytes.Contains([]byte(all), []byte(`"name": "Process & AI-readiness assessment"`)) {
		t.Error("the export escapes & (HTML escaping should be off)")
	}
}

// dismissedWordsDB is the sample deals with, in each, a watched word
// dismissed as no term there (and one dismissal taken back).
func dismissedWordsDB(t *testing.T) string {
	path := sampleDB(t)
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	deals, err := s.Deals(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deals {
		dos, err := s.Dossier(t.Context(), d.ID)
		if err != nil {
			t.Fatal(err)
		}
		words := dos.Glossary().InPromise(dos.Promises[0])
		if len(words) == 0 {
			continue
		}
		w := model.DismissedWord{DealID: d.ID, Word: words[0]}
		if err := s.DismissWord(t.Context(), &w); err != nil {
			t.Fatal(err)
		}
		if len(words) > 1 {
			again := model.DismissedWord{DealID: d.ID, Word: words[1]}
			if err := s.DismissWord(t.Context(), &again); err != nil {
				t.Fatal(err)
			}
			if err := s.UndismissWord(t.Context(), again.ID, again.Version); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !strings.Contains(exportJSON(t, path), `"dismissed_words": [`) {
		t.Fatal("the export holds no dismissed words")
	}
	return path
}
