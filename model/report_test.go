package model_test

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"handoff/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// reportTime is the generated-at time of the test reports.
var reportTime = time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)

// sampleDossier is a sample deal as the store would read it: with the
// people directory and the watch list in force.
func sampleDossier(t testing.TB, name string) *model.Dossier {
	t.Helper()
	a := model.SampleArchive()
	for _, d := range a.Deals {
		if strings.Contains(d.Deal.Name, name) {
			d.People = a.People
			d.Watch = model.WatchWords(nil)
			return &d
		}
	}
	t.Fatalf("no sample deal %q", name)
	return nil
}

// TestReportGolden is the report of the SAP/MES sample deal, as a PM would
// send it. Refresh with: go test ./model/ -run Report -update — and read
// the result before committing it.
func TestReportGolden(t *testing.T) {
	golden := filepath.Join("testdata", "report_sap.golden.md")
	got := model.Report(sampleDossier(t, "SAP"), reportTime)
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("the report differs from %s (run with -update and review the diff):\n%s", golden, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\nwant %q\n got %q", i+1, wl, gl)
		}
	}
	return ""
}

// TestReportDeterministic: the same data gives the same bytes whatever the
// order of the dossier's lists; only the generated-at line follows the
// clock.
func TestReportDeterministic(t *testing.T) {
	for _, name := range []string{"Process", "SAP", "Managed"} {
		t.Run(name, func(t *testing.T) {
			d := sampleDossier(t, name)
			want := model.Report(d, reportTime)
			rng := rand.New(rand.NewPCG(1, 2))
			for range 5 {
				s := *d
				s.Promises = shuffled(rng, d.Promises)
				s.Assessments = shuffled(rng, d.Assessments)
				s.Constraints = shuffled(rng, d.Constraints)
				s.Gaps = shuffled(rng, d.Gaps)
				s.Terms = shuffled(rng, d.Terms)
				s.Decisions = shuffled(rng, d.Decisions)
				s.People = shuffled(rng, d.People)
				if got := model.Report(&s, reportTime); got != want {
					t.Fatalf("the report depends on the order of the dossier's lists:\n%s", firstDiff(want, got))
				}
			}
			later := model.Report(d, reportTime.Add(49*time.Hour+17*time.Minute))
			var diff []string
			w, l := strings.Split(want, "\n"), strings.Split(later, "\n")
			if len(w) != len(l) {
				t.Fatalf("another time gives %d lines, not %d", len(l), len(w))
			}
			for i := range w {
				// Two days on, a gap due in between becomes overdue; that
				// is the only other change a later day may make.
				if w[i] != l[i] && !overdueSince(w[i], l[i], reportTime, reportTime.Add(49*time.Hour)) {
					diff = append(diff, w[i]+" → "+l[i])
				}
			}
			if len(diff) != 1 || !strings.HasPrefix(diff[0], "- **Generated:** 2026-12-01 09:30 UTC → - **Generated:** 2026-12-03 10:47 UTC") {
				t.Errorf("another time changes %q, want only the generated-at line and overdue marks", diff)
			}
			if strings.Contains(later, "(overdue)") && strings.Contains(model.ReportSections(d)["gaps"], "(overdue)") {
				t.Error("the gaps a sign-off hashes carry overdue marks: a signed report would change by itself")
			}
		})
	}
}

// overdueSince reports whether later is line with "(overdue)" added after a
// due date that falls on or after from's day and before to's.
func overdueSince(line, later string, from, to time.Time) bool {
	for d := model.DateOf(from); d.Before(model.DateOf(to)); d = d.AddDays(1) {
		if strings.Replace(line, " "+d.String()+" |", " "+d.String()+" (overdue) |", 1) == later {
			return true
		}
	}
	return false
}

func shuffled[T any](rng *rand.Rand, s []T) []T {
	out := slices.Clone(s)
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// TestReportLayout checks what makes the markdown read well raw and
// render the same everywhere: blank lines around headings, tables and
// lists; no trailing spaces, tabs or runs of blank lines; one final
// newline; and no internal notes.
func TestReportLayout(t *testing.T) {
	reports := map[string]*model.Dossier{"hostile": hostileDossier(t), "empty": {Deal: model.Deal{ID: 1, Name: "Empty", Stage: model.StageLead}}}
	for _, name := range []string{"Process", "SAP", "Managed"} {
		reports[name] = sampleDossier(t, name)
	}
	for name, d := range reports {
		t.Run(name, func(t *testing.T) {
			md := model.Report(d, reportTime)
			if !strings.HasSuffix(md, "\n") || strings.HasSuffix(md, "\n\n") {
				t.Error("the report does not end with exactly one newline")
			}
			if strings.Contains(md, "\n\n\n") {
				t.Error("the report has two blank lines in a row")
			}
			if d.Deal.Notes != "" {
				for _, line := range strings.Split(d.Deal.Notes, "\n") {
					if len(line) > 12 && strings.Contains(md, line) {
						t.Errorf("the internal notes show in the report: %q", line)
					}
				}
			}
			lines := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
			kind := func(i int) string { // the block a line belongs to
				if i < 0 || i >= len(lines) {
					return "blank"
				}
				l := lines[i]
				switch {
				case l == "":
					return "blank"
				case strings.HasPrefix(l, "#"):
					return "heading"
				case strings.HasPrefix(l, "|"):
					return "table"
				case strings.HasPrefix(l, "- "), strings.HasPrefix(l, "  "):
					return "list"
				}
				return "paragraph"
			}
			for i, l := range lines {
				if strings.TrimRight(l, " \t") != l || strings.Contains(l, "\t") {
					t.Errorf("line %d has trailing space or a tab: %q", i+1, l)
				}
				k := kind(i)
				if k == "blank" {
					continue
				}
				for _, j := range []int{i - 1, i + 1} {
					if other := kind(j); other != "blank" && other != k || (k == "heading" && other != "blank") {
						t.Errorf("line %d (%s) touches line %d (%s) with no blank line between: %q", i+1, k, j+1, other, l)
					}
				}
			}
		})
	}
}

// TestReportSignOff: what a sign-off covers, and how a change since shows.
func TestReportSignOff(t *testing.T) {
	const priya = 6 // Priya Nair, delivery
	base := sampleDossier(t, "SAP")
	overall, sections := model.ReportHash(base)
	if !regexp.MustCompile(`^canonical-sha256:[0-9a-f]{64}$`).MatchString(overall) {
		t.Fatalf("hash %q, want canonical-sha256:<hex>", overall)
	}
	if names := slices.Sorted(mapsKeys(sections)); !slices.Equal(names, slices.Sorted(slices.Values(model.ReportSectionNames()))) {
		t.Fatalf("section hashes for %q, want %q", names, model.ReportSectionNames())
	}
	for name, md := range model.ReportSections(base) {
		if strings.Contains(md, "Generated") || strings.Contains(md, "Sign-off") {
			t.Errorf("section %q holds the generated-at line or the sign-off", name)
		}
	}
	signed := model.SignOff{ID: 1, DealID: base.Deal.ID, PersonID: priya, Role: model.RoleDelivery,
		SignedAt: time.Date(2026, 11, 30, 16, 5, 0, 0, time.UTC), ReportHash: overall, Sections: sections}
	withSign := func(d *model.Dossier) *model.Dossier {
		c := *d
		c.SignOffs = []model.SignOff{signed}
		return &c
	}

	d := withSign(base)
	if again, _ := model.ReportHash(d); again != overall {
		t.Error("signing changed the report's hash")
	}
	if got := model.ChangesSinceSignOff(d); got != nil {
		t.Errorf("right after signing: changed %q", got)
	}
	if md := model.Report(d, reportTime); !strings.Contains(md, "\n## Sign-off\n\n| Name | Role | Signed | Since then |\n|---|---|---|---|\n| Priya Nair | delivery | 2026-11-30 16:05 UTC | unchanged |\n") {
		t.Errorf("the sign-off section is not as expected:\n%s", md[strings.Index(md, "## Sign-off"):])
	}
	if model.ChangesSinceSignOff(base) != nil {
		t.Error("a deal nobody signed reports changes since sign-off")
	}

	cases := []struct {
		name   string
		change func(d *model.Dossier)
		want   []string
	}{
		{"internal notes", func(d *model.Dossier) { d.Deal.Notes += " More secrets." }, nil},
		{"not sold", func(d *model.Dossier) { d.Deal.NotSold = append(d.Deal.NotSold, "Data migration") }, []string{"not sold"}},
		{"decision text", func(d *model.Dossier) { d.Decisions[0].Text += " Confirmed." }, []string{"decisions"}},
		{"what delivery can do", func(d *model.Dossier) { d.Assessments[0].CanDo = "IDoc batches every 5 minutes." }, []string{"reality"}},
		{"gap status", func(d *model.Dossier) { d.Gaps[0].Status = model.GapResolved }, []string{"gaps"}},
		{"term definition", func(d *model.Dossier) { d.Terms[0].Definition += " In Schweinfurt." }, []string{"definitions"}},
		{"customer", func(d *model.Dossier) { d.Deal.Customer = "Hessler AG" }, []string{"summary"}},
		{"promise title", func(d *model.Dossier) { d.Promises[1].Title = "Chargenrückverfolgung bis zur Rohmaterialcharge" },
			[]string{"promises", "reality"}},
		{"an answer", func(d *model.Dossier) {
			d.Assessments = append(d.Assessments, model.Assessment{ID: 99, PromiseID: 10, Fit: model.FitFull,
				Confidence: model.ConfidenceHigh, AssessedBy: 7, PromiseRevision: 1})
		}, []string{"summary", "promises", "reality", "readiness"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := withSign(sampleDossier(t, "SAP"))
			c.change(d)
			if got := model.ChangedSince(signed, d); !slices.Equal(got, c.want) {
				t.Errorf("changed %q, want %q", got, c.want)
			}
			if got := model.ChangesSinceSignOff(d); !slices.Equal(got, c.want) {
				t.Errorf("latest sign-off: changed %q, want %q", got, c.want)
			}
			if c.want != nil {
				line := "| Priya Nair | delivery | 2026-11-30 16:05 UTC | changed since sign-off: " + strings.Join(c.want, ", ") + " |\n"
				if md := model.Report(d, reportTime); !strings.Contains(md, line) {
					t.Errorf("the report does not say %q", line)
				}
			}
		})
	}

	t.Run("old sign-off without sections", func(t *testing.T) {
		d := sampleDossier(t, "SAP")
		old := signed
		old.Sections, old.ReportHash = nil, "sha256:"+strings.Repeat("0", 64)
		if got := model.ChangedSince(old, d); !slices.Equal(got, []string{"report"}) {
			t.Errorf("changed %q, want [report]", got)
		}
	})
	t.Run("latest sign-off counts", func(t *testing.T) {
		d := withSign(sampleDossier(t, "SAP"))
		stale := signed
		stale.ID, stale.SignedAt, stale.ReportHash = 2, signed.SignedAt.Add(-time.Hour), "sha256:stale"
		d.SignOffs = append(d.SignOffs, stale)
		if got := model.ChangesSinceSignOff(d); got != nil {
			t.Errorf("the latest sign-off is current, but changed %q", got)
		}
		if md := model.Report(d, reportTime); !strings.Contains(md, "| Priya Nair | delivery | 2026-11-30 15:05 UTC | changed since sign-off: ") {
			t.Error("the older sign-off is not shown as changed")
		}
	})
}

func mapsKeys(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// hostileDossier is a deal with hostile text in every field a person types:
// names, titles, details, references, answers, terms, gaps, decisions,
// constraints, not-sold items and the internal notes.
func hostileDossier(t testing.TB) *model.Dossier {
	t.Helper()
	n := len(hostileStrings)
	h := func(i int, label string) string {
		s := label + " " + hostileStrings[i%n] + " " + hostileStrings[(i*7+3)%n]
		if r := []rune(s); len(r) > 190 {
			s = string(r[:190])
		}
		return s
	}
	roles := []model.Role{model.RoleSales, model.RolePresales, model.RoleDelivery, model.RoleCustomer, model.RoleOther, model.RoleSales}
	var people []model.Person
	for i, r := range roles {
		people = append(people, model.Person{ID: int64(i + 1), Name: h(i*5+1, "Person"), Role: r})
	}
	d := &model.Dossier{Deal: model.Deal{ID: 1, Name: h(11, "Deal"), Customer: h(12, "Customer"),
		Stage: model.StageHandoff, Value: model.Money{Minor: 12_345_600, Currency: "EUR"}, CloseDate: model.MustDate("2026-11-20"),
		Owners: model.Owners{Sales: 1, Presales: 2, Delivery: 3}, WhyBuy: strings.Join(hostileStrings, "\n"),
		Notes:   "SECRET-NOTES " + strings.Join(hostileStrings, " SECRET-NOTES "),
		NotSold: []string{h(13, "Not sold"), h(14, "Not sold"), hostileStrings[1]}}}
	cats, prios, srcs, vers := model.Categories, model.Priorities, model.Sources, model.Verifications
	fits, confs := model.Fits, model.Confidences
	for i := range n {
		id := int64(i + 1)
		p := model.Promise{ID: id, DealID: 1, Title: h(i, fmt.Sprintf("Promise %d", i+1)),
			Detail:   hostileStrings[i] + "\nreal-time 24/7 " + hostileStrings[(i+5)%n],
			Category: cats[i%len(cats)], Priority: prios[i%len(prios)], PromisedBy: int64(i % 7),
			Source: srcs[i%len(srcs)], SourceRef: h(i+2, "Ref"), MadeOn: model.MustDate("2026-10-01"),
			Due: model.MustDate("2027-01-15").AddDays(i), Problem: h(i+3, "Problem"), BudgetDays: float64(i % 4 * 5),
			Verification: vers[i%len(vers)], Revision: 1 + i%5/4}
		d.Promises = append(d.Promises, p)
		if i%5 == 2 {
			continue // unanswered
		}
		d.Assessments = append(d.Assessments, model.Assessment{ID: id, PromiseID: id, Fit: fits[i%len(fits)],
			CanDo: hostileStrings[(i+9)%n] + "\n" + hostileStrings[(i+10)%n], EffortDays: float64(i % 6 * 4),
			Earliest: model.MustDate("2027-01-01").AddDays(i * 3), Confidence: confs[i%len(confs)],
			AssessedBy: 3, AssessedAt: time.Date(2026, 11, 10, 9, i, 0, 0, time.UTC), PromiseRevision: 1})
	}
	for i := range 3 {
		d.Constraints = append(d.Constraints, model.Constraint{ID: int64(i + 1), DealID: 1, Text: h(i+20, "Constraint")})
	}
	d.Terms = []model.Term{
		{ID: 1, DealID: 1, Term: "real-time", Definition: h(30, "Def"), Status: model.TermDisputed},
		{ID: 2, DealID: 1, Term: "24/7", Definition: h(31, "Def"), Status: model.TermAgreed, AgreedBy: []int64{1, 3, 4}},
		{ID: 3, DealID: 1, Term: h(32, "Term"), Definition: h(33, "Def"), Status: model.TermDraft},
		{ID: 4, DealID: 1, Term: h(34, "Term"), Definition: h(35, "Def"), Status: model.TermAgreed, AgreedBy: []int64{2, 6}},
	}
	d.People = people
	d.Watch = append(model.WatchWords(nil), "evil")
	for i, f := range model.Derive(d.Facts()) {
		d.Gaps = append(d.Gaps, model.Gap{ID: int64(i + 1), DealID: 1, PromiseID: f.PromiseID, Kind: f.Kind, Title: f.Title,
			Severity: f.Severity, Status: model.GapStatuses[i%4], Owner: int64(i % 7), Due: model.MustDate("2026-12-01").AddDays(i % 3),
			Resolution: h(i+40, "Resolution"), Origin: model.OriginDerived})
	}
	for i := range 4 {
		d.Gaps = append(d.Gaps, model.Gap{ID: int64(1000 + i), DealID: 1, Kind: model.KindOther, Title: h(i+50, "Manual gap"),
			Severity: model.Severities[i], Status: model.GapOpen, Owner: int64(i + 2), Resolution: hostileStrings[i+1],
			Origin: model.OriginManual})
	}
	for i := range 4 {
		d.Decisions = append(d.Decisions, model.Decision{ID: int64(i + 1), DealID: 1, GapID: []int64{0, 1, 1000, 4242}[i],
			Text: hostileStrings[(i*3)%n] + "\n" + hostileStrings[(i*3+1)%n], DecidedBy: int64(i + 1),
			DecidedAt: time.Date(2026, 11, 20+i, 14, 0, 0, 0, time.UTC)})
	}
	overall, sections := model.ReportHash(d)
	d.SignOffs = []model.SignOff{
		{ID: 1, DealID: 1, PersonID: 3, Role: model.RoleDelivery, SignedAt: time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC),
			ReportHash: overall, Sections: sections},
		{ID: 2, DealID: 1, PersonID: 1, Role: model.RoleSales, SignedAt: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC),
			ReportHash: "sha256:old", Sections: map[string]string{"gaps": "sha256:old"}},
	}
	return d
}

// TestReportHostileReaders renders the hostile deal's report through every
// reader and checks that every promise and gap sits whole in its own table
// row, every heading and list item is what the report put there, every
// value shows exactly the characters typed, and no value became an
// element, an attribute, a link, an image or any other markup.
func TestReportHostileReaders(t *testing.T) {
	d := hostileDossier(t)
	md := model.Report(d, reportTime)
	for i, r := range md {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
			(unicode.Is(unicode.Cf, r) && r != '\u200d' && r != '\u2060') {
			t.Fatalf("the markdown holds %U at byte %d", r, i)
		}
	}
	if strings.Contains(md, "SECRET-NOTES") {
		t.Fatal("the internal notes show in the report")
	}
	forEachReader(t, func(t *testing.T, r markdownReader) { checkHostileReport(t, d, r.render(t, md)) })
}

func checkHostileReport(t *testing.T, d *model.Dossier, root *html.Node) {
	// Only the markup the report itself writes.
	for _, b := range checkMarkup(root) {
		t.Errorf("the rendered report has %s", b)
	}
	// Texts compare as HTML shows them: a run of spaces is one space.
	plain := func(s string) string { return oneSpace(strings.Join(shownLines(s), " ⏎ ")) }
	oneLine := func(s string) string { return oneSpace(strings.Join(shownLines(s), " ")) }
	lines := func(s string) string { return oneSpace(strings.Join(shownLines(s), "\n")) }
	// pandoc's smart quotes curl the report's own apostrophe; user text
	// keeps its own.
	ownText := strings.NewReplacer("Customer’s problem", "Customer's problem")
	text := func(n *html.Node) string { return oneSpace(ownText.Replace(textOf(n))) }
	number := map[int64]int{}
	for i, p := range d.Promises {
		number[p.ID] = i + 1
	}

	// Bold is only ever a label.
	labels := map[string]bool{}
	for _, l := range []string{"Customer", "Stage", "Generated", "Readiness", "Why they buy", "Value", "Expected close",
		"Promised", "Customer's problem", "Fit", "Delivery can do", "Effort", "Earliest", "Confidence", "Answered by", "Out of date"} {
		labels[l+":"] = true
	}
	for _, p := range d.People {
		for _, dec := range d.Decisions {
			if dec.DecidedBy == p.ID {
				labels[fmt.Sprintf("%s UTC, %s:", dec.DecidedAt.Format("2006-01-02 15:04"), plain(p.Name))] = true
			}
		}
	}
	for _, n := range elements(root, "strong") {
		if el, ok := onlyText(n); !ok || !labels[text(n)] {
			t.Errorf("bold text %q is not a label of the report (%s)", text(n), el)
		}
	}

	// The headings, in order.
	want := []string{"Handoff: " + oneLine(d.Deal.Name), "Blockers", "Summary", "People", "Definitions", "Agreed terms",
		"Terms in use but not agreed", "Promises", "Delivery reality"}
	for _, p := range d.Promises {
		want = append(want, strings.TrimSpace(fmt.Sprintf("P%d · %s", number[p.ID], oneLine(p.Title))))
	}
	want = append(want, "Delivery constraints", "Gaps")
	for _, sev := range model.Severities {
		open, closed := 0, 0
		for _, g := range d.Gaps {
			if g.Severity == sev && g.Open() {
				open++
			} else if g.Severity == sev {
				closed++
			}
		}
		var c []string
		if open > 0 {
			c = append(c, fmt.Sprint(open, " open"))
		}
		if closed > 0 {
			c = append(c, fmt.Sprint(closed, " closed"))
		}
		if c != nil {
			want = append(want, fmt.Sprintf("%s (%s)", strings.ToUpper(string(sev[:1]))+string(sev[1:]), strings.Join(c, ", ")))
		}
	}
	want = append(want, "Decisions", "Not sold", "Sign-off")
	var got []string
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && (n.Data == "h1" || n.Data == "h2" || n.Data == "h3") {
			if el, ok := onlyText(n); !ok {
				t.Errorf("heading %q holds %s", text(n), el)
			}
			got = append(got, text(n))
		}
	}
	if !slices.Equal(got, want) {
		for i := range max(len(got), len(want)) {
			var g, w string
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Errorf("heading %d is %q, want %q", i+1, g, w)
			}
		}
	}

	// The tables: each row has its cells, and every cell is text.
	tables := elements(root, "table")
	byHeader := map[string][][]string{}
	cellTexts := map[string]bool{}
	for _, tb := range tables {
		var rows [][]string
		for _, tr := range elements(tb, "tr") {
			var row []string
			for _, c := range children(tr) {
				if el, ok := onlyText(c); !ok {
					t.Errorf("a cell holds %s", el)
				}
				row = append(row, text(c))
				cellTexts[text(c)] = true
			}
			if len(rows) > 0 && len(row) != len(rows[0]) {
				t.Errorf("table %q: row %d has %d cells, not %d", rows[0], len(rows), len(row), len(rows[0]))
			}
			rows = append(rows, row)
		}
		key := strings.Join(rows[0], "|")
		byHeader[key] = append(byHeader[key], rows[1:]...)
	}
	if len(tables) != 9 { // people, 2 definitions, promises, 4 severities, sign-off
		t.Errorf("%d tables rendered, want 9", len(tables))
	}

	promisesTable := byHeader["#|Priority|Promise|Promised by|Source|Verification|Delivery fit|Due / earliest"]
	if len(promisesTable) != len(d.Promises) {
		t.Fatalf("the promises table has %d rows, want %d", len(promisesTable), len(d.Promises))
	}
	name := func(id int64) string {
		for _, p := range d.People {
			if p.ID == id {
				return plain(p.Name)
			}
		}
		if id == 0 {
			return "nobody"
		}
		return "(removed)"
	}
	for i, p := range d.Promises {
		row := promisesTable[i]
		wantRow := []string{fmt.Sprintf("P%d", i+1), string(p.Priority), plain(p.Title), name(p.PromisedBy),
			string(p.Source) + " — " + plain(p.SourceRef), string(p.Verification)}
		if !slices.Equal(row[:6], wantRow) {
			t.Errorf("promise %d renders as\n%q, want\n%q", p.ID, row[:6], wantRow)
		}
	}

	gapHeader := "Gap|Kind|Owner|Due|Status|Resolution"
	gapRows := byHeader[gapHeader]
	if len(gapRows) != len(d.Gaps) {
		t.Errorf("the gap tables have %d rows, want %d", len(gapRows), len(d.Gaps))
	}
	for _, g := range d.Gaps {
		found := 0
		for _, row := range gapRows {
			if row[0] == plain(g.Title) {
				found++
				res := plain(g.Resolution)
				if res == "" {
					res = "—"
				}
				owner := name(g.Owner)
				if g.Owner == 0 {
					owner = "unassigned"
				}
				if row[2] != owner || row[5] != res {
					t.Errorf("gap %d renders as %q; want owner %q and resolution %q", g.ID, row, owner, res)
				}
			}
		}
		if found != 1 {
			t.Errorf("gap %d (%q) is in %d rows, want 1", g.ID, g.Title, found)
		}
	}
	signs := byHeader["Name|Role|Signed|Since then"]
	if len(signs) != 2 || signs[0][3] != "changed since sign-off: summary, definitions, promises, reality, gaps, decisions, not sold, readiness" ||
		signs[1][3] != "unchanged" {
		t.Errorf("sign-off rows %q", signs)
	}
	for _, p := range d.People {
		if !cellTexts[plain(p.Name)] {
			t.Errorf("person %q shows in no cell as %q", p.Name, plain(p.Name))
		}
	}
	for _, term := range d.Terms {
		if !cellTexts[plain(term.Term)] || !cellTexts[plain(term.Definition)] {
			t.Errorf("term %q or its definition %q shows in no cell", plain(term.Term), plain(term.Definition))
		}
	}

	// The list items and paragraphs: text and line breaks only, around the
	// labels; each value shows as typed.
	blocks := map[string]bool{}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || (n.Data != "li" && n.Data != "p") {
			continue
		}
		for c := range n.Descendants() {
			if c.Type == html.ElementNode && c.Data != "br" && c.Data != "strong" {
				t.Errorf("%s %q holds %s", n.Data, text(n), render(c))
			}
		}
		blocks[text(n)] = true
	}
	wantBlock := func(what, s string) {
		t.Helper()
		if !blocks[s] {
			t.Errorf("%s: no list item or paragraph is %q", what, s)
		}
	}
	wantBlock("customer", "Customer: "+plain(d.Deal.Customer))
	wantBlock("why they buy", "Why they buy: "+lines(d.Deal.WhyBuy))
	for _, s := range d.Deal.NotSold {
		wantBlock("not sold", lines(s))
	}
	for _, c := range d.Constraints {
		wantBlock("constraint", lines(c.Text))
	}
	for _, p := range d.Promises {
		wantBlock("promise detail", "Promised: "+lines(p.Detail))
		wantBlock("customer's problem", "Customer's problem: "+lines(p.Problem))
	}
	for _, a := range d.Assessments {
		wantBlock("delivery can do", "Delivery can do: "+lines(a.CanDo))
	}
	for _, dec := range d.Decisions {
		head := fmt.Sprintf("%s UTC, %s: %s", dec.DecidedAt.Format("2006-01-02 15:04"), name(dec.DecidedBy), lines(dec.Text))
		found := false
		for b := range blocks {
			found = found || b == head || strings.HasPrefix(b, head+"\nSettles ")
		}
		if !found {
			t.Errorf("decision %d: no list item is %q", dec.ID, head)
		}
	}
}

// bigDossier is a deal with n promises, each answered, with gaps, terms and
// decisions in proportion: the size README "Speed" sets the report's target at.
func bigDossier(n int) *model.Dossier {
	a := model.SampleArchive()
	sap := a.Deals[1]
	d := &model.Dossier{Deal: sap.Deal, People: a.People, Watch: model.WatchWords(nil), Terms: sap.Terms,
		Constraints: sap.Constraints}
	for i := range n {
		p := sap.Promises[i%len(sap.Promises)]
		p.ID = int64(i + 1)
		p.Title = fmt.Sprintf("%s (%d)", p.Title, i+1)
		d.Promises = append(d.Promises, p)
		as := sap.Assessments[i%len(sap.Assessments)]
		as.ID, as.PromiseID = int64(i+1), p.ID
		d.Assessments = append(d.Assessments, as)
	}
	for i, f := range model.Derive(d.Facts()) {
		d.Gaps = append(d.Gaps, model.Gap{ID: int64(i + 1), DealID: d.Deal.ID, PromiseID: f.PromiseID, Kind: f.Kind,
			Title: f.Title, Diff: f.Diff, Severity: f.Severity, Status: model.GapOpen, Origin: model.OriginDerived, Owner: int64(i%10 + 1)})
	}
	for i := range n / 10 {
		d.Decisions = append(d.Decisions, model.Decision{ID: int64(i + 1), DealID: d.Deal.ID, GapID: int64(i + 1),
			Text: sap.Decisions[i%len(sap.Decisions)].Text, DecidedBy: int64(i%10 + 1),
			DecidedAt: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)})
	}
	overall, sections := model.ReportHash(d)
	d.SignOffs = []model.SignOff{{ID: 1, DealID: d.Deal.ID, PersonID: 6, Role: model.RoleDelivery, ReportHash: overall, Sections: sections}}
	return d
}

// BenchmarkReport renders the report of a deal with 1,000 promises (README
// "Speed": < 30 ms).
func BenchmarkReport(b *testing.B) {
	d := bigDossier(1000)
	b.ReportMetric(float64(len(d.Gaps)), "gaps")
	for b.Loop() {
		model.Report(d, reportTime)
	}
}

// The presenting version of the report hides the deal's value and the
// effort sold, and — with every decision and gap shared, so none is hidden
// as internal (TestPresentingReportHidesInternal) — changes nothing else.
func TestPresentingReportHidesTheValue(t *testing.T) {
	d := sampleDossier(t, "SAP")
	for i := range d.Decisions {
		d.Decisions[i].Shared = true
	}
	for i := range d.Gaps {
		d.Gaps[i].Shared = true
	}
	at := time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
	full, shown := model.Report(d, at), model.PresentingReport(d, at)
	if !strings.Contains(full, "EUR 1,240,000.00") {
		t.Fatal("the report should show the value")
	}
	if strings.Contains(shown, "EUR") || !strings.Contains(shown, "hidden while presenting") {
		t.Errorf("presenting report shows money or lacks the note:\n%s", shown)
	}
	if strings.Replace(shown, "hidden while presenting", "EUR 1,240,000.00", 1) != model.HideSold(full) {
		t.Error("presenting changed more than the value")
	}
}

// The effort sold is hidden wherever handoff writes it, and nothing else.
func TestHideSold(t *testing.T) {
	for in, want := range map[string]string{
		"Proposal v3 · 12 person-days sold":                     "Proposal v3 · •• person-days sold",
		"scope · written · 60 d sold":                           "scope · written · •• d sold",
		"85 person-days (sold 60) ✗ over":                       "85 person-days (sold ••) ✗ over",
		"85 person-days (60 sold: 25 over)":                     "85 person-days (•• sold: •• over)",
		"delivery needs 85 person-days, 60 were sold (1.4×)":    "delivery needs 85 person-days, •• were sold (•.•×)",
		"delivery needs 85 person-days, 6…":                     "delivery needs 85 person-days, •…",
		"delivery needs 85 person-days, 60 were sold (1.…":      "delivery needs 85 person-days, •• were sold (•.…",
		"due 2027-01-15, 85 person-days, 24/7, 40 shift leads":  "due 2027-01-15, 85 person-days, 24/7, 40 shift leads",
		"Not sold (3) · 2 promises · 6 person-days (no budget)": "Not sold (3) · 2 promises · 6 person-days (no budget)",
	} {
		if got := model.HideSold(in); got != want {
			t.Errorf("HideSold(%q)\n = %q\nwant %q", in, got, want)
		}
	}
}

// The report shown while presenting hides the effort sold; the file keeps it.
func TestPresentingReportHidesTheEffortSold(t *testing.T) {
	inFiles := 0
	for _, d := range model.SampleArchive().Deals {
		at := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
		full, shown := model.Report(&d, at), model.PresentingReport(&d, at)
		inFiles += len(soldFigure.FindAllString(full, -1))
		for _, l := range strings.Split(shown, "\n") {
			if soldFigure.MatchString(l) {
				t.Errorf("%s: the presenting report shows what was sold: %q", d.Deal.Name, l)
			}
		}
	}
	if inFiles < 5 {
		t.Errorf("the reports written to a file show the effort sold %d times, want it in every effort line", inFiles)
	}
}

// soldFigure is a number next to "sold", either side, or an over-budget ratio.
var soldFigure = regexp.MustCompile(`\d[\d.,]*\s+(?:d\s+|person-days\s+|were\s+)?sold|sold:?\s+\d|\d\s+over\b|\d×`)

// A promise whose customer due date has passed says so in the promises
// table, as an open gap does in the gaps tables; the sections a sign-off
// hashes never carry the mark.
func TestReportMarksOverduePromises(t *testing.T) {
	d := sampleDossier(t, "SAP")
	var p model.Promise
	for _, x := range d.Promises {
		if !x.Due.IsZero() && (p.Due.IsZero() || x.Due.Before(p.Due)) {
			p = x
		}
	}
	dayAfter, err := time.Parse(time.DateOnly, p.Due.AddDays(1).String())
	if err != nil {
		t.Fatal(err)
	}
	dayAfter = dayAfter.Add(9 * time.Hour)
	row := func(report string) string {
		for _, l := range strings.Split(report, "\n") {
			if strings.HasPrefix(l, "| P") && strings.Contains(l, model.EscapeCell(p.Title)) {
				return l
			}
		}
		t.Fatalf("no promise row for %q", p.Title)
		return ""
	}
	if got := row(model.Report(d, dayAfter.AddDate(0, 0, -1))); strings.Contains(got, "(overdue)") {
		t.Errorf("on its due day the promise reads overdue: %s", got)
	}
	if got := row(model.Report(d, dayAfter)); !strings.Contains(got, p.Due.String()+" / ") || !strings.Contains(got, "(overdue)") {
		t.Errorf("the day after its due date the promise row does not say overdue: %s", got)
	}
	if strings.Contains(model.ReportSections(d)["promises"], "(overdue)") {
		t.Error("the promises a sign-off hashes carry overdue marks")
	}
}
