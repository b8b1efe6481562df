package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// germanGeneratedRE is the German report's generated-at line.
var germanGeneratedRE = regexp.MustCompile(`(?m)^- \*\*Erstellt:\*\* .*\n`)

// reportReaders are the readers a German report is read with: GitHub's
// cmark-gfm with tables, pandoc's default reader and commonmark_x.
var reportReaders = []struct {
	name string
	bin  string
	args []string
}{
	{"cmark-gfm", "cmark-gfm", []string{"-e", "table"}},
	{"pandoc", "pandoc", []string{"-t", "html", "--wrap=none"}},
	{"pandoc commonmark_x", "pandoc", []string{"-f", "commonmark_x", "-t", "html", "--wrap=none"}},
}

// readAs pipes md through a reader and parses the HTML it writes; the test
// is skipped when the reader is not installed (failed where HANDOFF_E2E
// requires it).
func readAs(t *testing.T, bin string, args []string, md string) *html.Node {
	t.Helper()
	if _, err := exec.LookPath(bin); err != nil {
		if os.Getenv("HANDOFF_E2E") == "require" {
			t.Fatalf("%s is not installed", bin)
		}
		t.Skipf("%s is not installed", bin)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(md)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	root, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// nodeText is the text of a node and everything in it.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// elements lists the texts of every element of the tag under n.
func elements(n *html.Node, tag string) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, strings.TrimSpace(nodeText(n)))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// TestExportGermanThroughReaders: export --lang de writes the German
// report (the model's golden), and cmark-gfm and pandoc read German
// headings and columns from it; a deal full of markup typed into every
// field stays text in German too.
func TestExportGermanThroughReaders(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	out := ok(t, "--db", path, "export", "--lang", "de", "--deal", "SAP")
	golden := sampleReportToday(t, "SAP", i18n.DE)
	if !germanGeneratedRE.MatchString(out) {
		t.Errorf("no German generated-at line:\n%s", out[:300])
	}
	if germanGeneratedRE.ReplaceAllString(out, "") != germanGeneratedRE.ReplaceAllString(string(golden), "") {
		t.Errorf("export --lang de differs from the German golden report:\n%s",
			firstLineDiff(germanGeneratedRE.ReplaceAllString(string(golden), ""), germanGeneratedRE.ReplaceAllString(out, "")))
	}
	hostile := filepath.Join(t.TempDir(), "hostile.db")
	b, err := db.MarshalArchive(hostileArchive())
	if err != nil {
		t.Fatal(err)
	}
	ok(t, "--db", hostile, "import", writeFile(t, "hostile.json", string(b)))
	hostileOut := ok(t, "--db", hostile, "export", "--lang", "de")

	for _, r := range reportReaders {
		t.Run(strings.ReplaceAll(r.name, " ", "_"), func(t *testing.T) {
			doc := readAs(t, r.bin, r.args, out)
			// pandoc asks for the text form of ↔ with a variation selector.
			if h1 := elements(doc, "h1"); len(h1) != 1 || strings.ReplaceAll(h1[0], "\ufe0e", "") != "Übergabe: SAP S/4HANA ↔ MES integration" {
				t.Errorf("h1 %q, want the German title", h1)
			}
			h2 := strings.Join(elements(doc, "h2"), "|")
			if want := "Hindernisse|Zusammenfassung|Definitionen|Zusagen|Was die Umsetzung sagt|Lücken|Entscheidungen|Nicht im Leistungsumfang|Freigabe"; h2 != want {
				t.Errorf("h2 %q, want %q", h2, want)
			}
			th := strings.Join(elements(doc, "th"), "|")
			for _, col := range []string{"Priorität|Zusage|Zugesagt von", "Lücke|Art|Verantwortlich|Fällig|Status|Lösung"} {
				if !strings.Contains(th, col) {
					t.Errorf("table headers %q lack %q", th, col)
				}
			}

			doc = readAs(t, r.bin, r.args, hostileOut)
			for _, tag := range []string{"script", "img", "a", "code", "em", "del", "blockquote", "ol", "h6"} {
				if got := elements(doc, tag); len(got) > 0 {
					t.Errorf("typed text became <%s>: %q", tag, got)
				}
			}
			if h1 := elements(doc, "h1"); len(h1) != 1 {
				t.Errorf("typed text became headings: %q", h1)
			}
			text := nodeText(doc)
			for _, typed := range []string{"<script>alert(1)</script>", "[x](http://evil)", "**bold** _em_ ~~s~~", "$x$"} {
				if !strings.Contains(text, typed) {
					t.Errorf("the text lacks %q as typed", typed)
				}
			}
			if !strings.Contains(text, "Freigabe") || !strings.Contains(text, "Zusagen") {
				t.Error("the hostile deal's report is not in German")
			}
		})
	}
}

// TestExportSignOffSurvivesGerman: a deal signed off while its report is
// exported in English reads "not changed since sign-off" in German too;
// the deal's report language is used unless --lang names another, and
// each deal of an export of every open deal is in its own language.
func TestExportSignOffSurvivesGerman(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	deal, err := s.Deal(t.Context(), 2)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(deal.Name, "SAP") {
		t.Fatalf("deal 2 is %q", deal.Name)
	}
	english := ok(t, "--db", path, "export", "--deal", "2")
	if _, err := s.Sign(t.Context(), deal.ID, deal.Owners.Delivery, model.RoleDelivery); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if english == ok(t, "--db", path, "export", "--deal", "2") {
		t.Fatal("the sign-off does not show")
	}
	if out := ok(t, "--db", path, "export", "--deal", "2"); !strings.Contains(out, "| unchanged |") {
		t.Errorf("the English report does not say unchanged:\n%s", out[strings.LastIndex(out, "## "):])
	}
	german := ok(t, "--db", path, "export", "--lang", "de", "--deal", "2")
	if !strings.Contains(german, "| seit der Freigabe unverändert |") || strings.Contains(german, "geändert:") {
		t.Errorf("the German report does not say unchanged since sign-off:\n%s", german[strings.LastIndex(german, "## "):])
	}

	// The deal's report language, unless --lang names another.
	s, err = db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	deal.ReportLang = "de"
	if err := s.UpdateDeal(t.Context(), &deal); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if out := ok(t, "--db", path, "export", "--deal", "2"); !strings.HasPrefix(out, "# Übergabe: ") ||
		!strings.Contains(out, "| seit der Freigabe unverändert |") {
		t.Errorf("the deal's report language is not used:\n%s", out[:200])
	}
	if out := ok(t, "--db", path, "export", "--lang", "en", "--deal", "2"); !strings.HasPrefix(out, "# Handoff: ") {
		t.Errorf("--lang en does not win over the deal's report language:\n%s", out[:200])
	}
	if out := ok(t, "--db", path, "export", "--lang", "pl", "--deal", "2"); !strings.HasPrefix(out, "# Przekazanie: ") ||
		!strings.Contains(out, "| bez zmian od akceptacji |") {
		t.Errorf("--lang pl does not win over the deal's report language:\n%s", out[:200])
	}
	// Every open deal, each in its own language: the session's (Swedish)
	// where the deal names none.
	t.Setenv("LANG", "sv_SE.UTF-8")
	all := ok(t, "--db", path, "export")
	var titles []string
	for _, p := range strings.Split(all, "\n---\n\n") {
		titles = append(titles, strings.SplitN(p, "\n", 2)[0])
	}
	want := []string{"# Överlämning: Managed IT services EU + Suzhou", "# Överlämning: Process & AI-readiness assessment",
		"# Übergabe: SAP S/4HANA ↔ MES integration"}
	if strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Errorf("reports %q, want %q", titles, want)
	}
}
