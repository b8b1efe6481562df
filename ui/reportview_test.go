package ui

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/viewport"
	"github.com/charmbracelet/x/ansi"

	"handoff/model"
)

// previewHostile is text a person could type that a markdown reader would
// turn into markup, each escaped in the file and shown as typed here.
var previewHostile = []string{
	"<img src=x onerror=alert(1)> typed &lt;b&gt; and &amp;",
	`back\slash \*not em\* [x](http://evil) ![i](y)`,
	"# heading\n> quote\n- item\n1. one\na) two",
	"^sup^ ~sub~ $x$ [s]{.c onclick=alert(1)} `code`",
	`"quoted" 'single' it's -- ... e.g. p. 3 Acme Inc.`,
	"| a | b || snake_case_word _em_ **bold** ~~gone~~",
	"write to a.b@evil.example or www.evil.example :smile: 10:30",
	"实时集成 上线 定制 emoji 🚀 and a long-hyphenated-word-that-stays-whole",
}

// hostilePreviewDossier is a deal with hostile text in every field a person
// types.
func hostilePreviewDossier() *model.Dossier {
	h := func(i int, label string) string { return label + " " + previewHostile[i%len(previewHostile)] }
	d := &model.Dossier{Deal: model.Deal{ID: 1, Name: h(0, "Deal"), Customer: h(1, "Customer"), Stage: model.StageHandoff,
		Value: model.Money{Minor: 12_345_600, Currency: "EUR"}, CloseDate: model.MustDate("2026-11-20"),
		Owners: model.Owners{Sales: 1, Presales: 2, Delivery: 3}, WhyBuy: h(2, "Why") + "\n" + h(4, "and"),
		NotSold: []string{h(3, "Not sold"), h(5, "Not sold")}}}
	for i := range 3 {
		d.People = append(d.People, model.Person{ID: int64(i + 1), Name: h(i+4, "Person"), Role: model.Roles[i]})
	}
	for i := range len(previewHostile) {
		id := int64(i + 1)
		d.Promises = append(d.Promises, model.Promise{ID: id, DealID: 1, Title: h(i, "Promise"), Detail: h(i+1, "Detail"),
			Problem: h(i+2, "Problem"), SourceRef: h(i+3, "Ref"), Category: model.Categories[0], Priority: model.Priorities[i%3],
			Source: model.Sources[i%len(model.Sources)], Verification: model.Verifications[0], PromisedBy: 1, Revision: 1,
			MadeOn: model.MustDate("2026-10-01"), Due: model.MustDate("2027-01-15")})
		d.Assessments = append(d.Assessments, model.Assessment{ID: id, PromiseID: id, Fit: model.Fits[i%len(model.Fits)],
			CanDo: h(i+4, "Can do"), Earliest: model.MustDate("2027-02-01"), Confidence: model.Confidences[0], AssessedBy: 3,
			AssessedAt: time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC), PromiseRevision: 1})
		d.Gaps = append(d.Gaps, model.Gap{ID: id, DealID: 1, Kind: model.KindOther, Title: h(i+5, "Gap"),
			Severity: model.Severities[i%4], Status: model.GapOpen, Owner: 2, Resolution: h(i+6, "Resolution"),
			Origin: model.OriginManual})
	}
	d.Constraints = []model.Constraint{{ID: 1, DealID: 1, Text: h(7, "Constraint")}}
	d.Terms = []model.Term{
		{ID: 1, DealID: 1, Term: h(1, "Term"), Definition: h(2, "Definition"), Status: model.TermAgreed, AgreedBy: []int64{1, 3}},
		{ID: 2, DealID: 1, Term: h(3, "Term"), Definition: h(4, "Definition"), Status: model.TermDraft},
	}
	d.Decisions = []model.Decision{{ID: 1, DealID: 1, GapID: 1, Text: h(5, "Decision"), DecidedBy: 3,
		DecidedAt: time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC)}}
	return d
}

// previewDeals are the deals the preview is checked with: the samples as
// the store reads them, and the hostile one.
func previewDeals() map[string]*model.Dossier {
	out := map[string]*model.Dossier{"hostile": hostilePreviewDossier()}
	a := model.SampleArchive()
	for i := range a.Deals {
		d := &a.Deals[i]
		d.People = a.People
		d.Watch = model.WatchWords(nil)
		out[strings.SplitN(slug(d.Deal.Name), "-", 2)[0]] = d
	}
	return out
}

// previewText is the preview as the terminal shows it, without styles.
func previewText(d *model.Dossier, width int) string {
	md := model.Report(d, time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC))
	return ansi.Strip(reportPreview(md, width, NewStyles(true, false)))
}

// TestReportPreviewGolden is the whole preview of every sample deal and of
// the hostile one at 80 and 120 columns. Refresh with go test ./ui -run
// TestReportPreviewGolden -update, and read what changed.
func TestReportPreviewGolden(t *testing.T) {
	for name, d := range previewDeals() {
		for _, width := range []int{78, 118} { // an 80- and a 120-column screen, less the margins
			t.Run(fmt.Sprintf("%s-%d", name, width+2), func(t *testing.T) {
				got := previewText(d, width) + "\n"
				path := filepath.Join("testdata", "golden", fmt.Sprintf("preview-%s-%d.txt", name, width+2))
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run with -update to write it, then read it)", err)
				}
				if got != string(want) {
					t.Errorf("the preview differs from %s (run with -update and read the diff)", path)
				}
			})
		}
	}
}

// TestReportPreviewReadsAsTyped checks the preview against what was typed:
// every line fits the width; every table header shows whole; every word a
// person typed shows whole, never broken across lines; the escapes the file
// needs never show; and text outside tables reads exactly as typed.
func TestReportPreviewReadsAsTyped(t *testing.T) {
	for name, d := range previewDeals() {
		for _, width := range []int{78, 118} {
			t.Run(fmt.Sprintf("%s-%d", name, width+2), func(t *testing.T) {
				text := previewText(d, width)
				lines := strings.Split(text, "\n")
				for i, l := range lines {
					if w := textWidth(l); w > width {
						t.Errorf("line %d is %d cells wide, more than %d: %q", i+1, w, width, l)
					}
				}
				words := map[string]bool{}
				for _, w := range strings.Fields(text) {
					words[w] = true
				}
				for _, h := range []string{"Priority", "Promised by", "Verification", "Delivery fit", "Due / earliest",
					"Definition so far", "Used in", "Agreed by", "On this deal", "Resolution", "Since then"} {
					if strings.Contains(model.Report(d, time.Now()), "| "+h+" |") && !strings.Contains(text, h) {
						t.Errorf("the header %q shows in no line whole", h)
					}
				}
				flat := oneLine(text)
				for _, v := range typedValues(d) {
					for _, w := range strings.Fields(clean(v)) {
						if textWidth(w) < width-20 && !words[w] {
							t.Errorf("the word %q of %q shows nowhere whole", w, v)
						}
					}
				}
				for _, v := range proseValues(d) {
					if want := oneLine(clean(v)); !strings.Contains(flat, want) {
						t.Errorf("%q does not read as typed: no %q in the preview", v, want)
					}
				}
				if name != "hostile" && strings.Contains(text, `\`) {
					t.Errorf("an escaping backslash shows: %q", lines[slicesIndex(lines, `\`)])
				}
			})
		}
	}
}

// typedValues are all the values a person typed that the report shows.
func typedValues(d *model.Dossier) []string {
	out := []string{d.Deal.Name, d.Deal.Customer}
	md := model.Report(d, time.Now())
	for _, p := range d.People {
		if strings.Contains(md, "| "+model.EscapeCell(p.Name)+" |") { // the people the report names
			out = append(out, p.Name)
		}
	}
	for _, p := range d.Promises {
		out = append(out, p.SourceRef)
	}
	for _, g := range d.Gaps {
		out = append(out, g.Title, g.Resolution)
	}
	for _, term := range d.Terms {
		out = append(out, term.Term, term.Definition)
	}
	return append(out, proseValues(d)...)
}

// proseValues are the values the report shows outside tables, in
// headings, paragraphs and list items, which the preview wraps whole.
func proseValues(d *model.Dossier) []string {
	out := []string{d.Deal.WhyBuy}
	out = append(out, d.Deal.NotSold...)
	for _, p := range d.Promises {
		out = append(out, p.Title, p.Detail, p.Problem)
	}
	for _, a := range d.Assessments {
		out = append(out, a.CanDo)
	}
	for _, c := range d.Constraints {
		out = append(out, c.Text)
	}
	for _, dec := range d.Decisions {
		out = append(out, dec.Text)
	}
	return out
}

var wrapSpace = regexp.MustCompile(`[\s⏎•]+`)

// oneLine is text with every run of spaces, line breaks, bullets and "⏎"
// one space: what wrapping changes.
func oneLine(s string) string { return strings.TrimSpace(wrapSpace.ReplaceAllString(s, " ")) }

func slicesIndex(lines []string, sub string) int {
	for i, l := range lines {
		if strings.Contains(l, sub) {
			return i
		}
	}
	return 0
}

// TestReportPreviewScreen opens the preview of the SAP sample deal in the
// app, at 80 and 120 columns, and reads all of it: no markdown syntax and no
// escape shows, no line is wider than the screen, and no word of a promise
// title is broken across lines.
func TestReportPreviewScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprint(size[0]), func(t *testing.T) {
			h := newHarness(t, size[0], size[1], true)
			h.openDeal("SAP")
			h.press("x")
			text := ansi.Strip(h.a.report().page.text())
			words := map[string]bool{}
			for i, l := range strings.Split(text, "\n") {
				if w := textWidth(l); w > size[0] {
					t.Errorf("line %d is %d cells wide: %q", i+1, w, l)
				}
				if strings.Contains(l, "**") || strings.Contains(l, `\`) || strings.HasPrefix(strings.TrimSpace(l), "#") ||
					strings.HasPrefix(strings.TrimSpace(l), "|") {
					t.Errorf("line %d shows markdown: %q", i+1, l)
				}
				for _, w := range strings.Fields(l) {
					words[w] = true
				}
			}
			for _, p := range h.dossier(h.a.deal().id).Promises {
				for _, w := range strings.Fields(p.Title) {
					if !words[w] {
						t.Errorf("the word %q of the promise %q shows nowhere whole", w, p.Title)
					}
				}
			}
		})
	}
}

// shownLine is the page's line i as the viewport holds it, marks and all;
// the test fails when the viewport does not hold it.
func (r *reportScreen) shownLine(i int) string {
	lines := strings.Split(r.view.GetContent(), "\n")
	if i < r.base || i-r.base >= len(lines) {
		return fmt.Sprintf("(line %d is not held: lines %d–%d are)", i, r.base, r.base+len(lines))
	}
	return lines[i-r.base]
}

// TestPreviewWindowScrollsAsWhole scrolls a long preview, whose viewport
// holds only the lines about the view, with every key that moves it, the
// wheel and resizes, beside a viewport holding every line: each step shows
// the same lines. (One difference: a view made taller at the end of the
// page shows its last lines at once, where the viewport alone left rows
// under them until the next move.)
func TestPreviewWindowScrollsAsWhole(t *testing.T) {
	h := newHarness(t, 80, 24, true)
	h.openDeal("SAP")
	h.press("x")
	r := h.a.report()
	w := newLineWriter(" ")
	var all []string
	for i := range 2000 {
		l := fmt.Sprintf("line %d %s", i, strings.Repeat("·", i%70))
		w.add(l)
		all = append(all, " "+l)
	}
	r.page = w.done()
	r.frame(0)
	ref := viewport.New()
	ref.SetWidth(r.view.Width())
	ref.SetHeight(r.view.Height())
	ref.SetContentLines(all)
	rng := rand.New(rand.NewPCG(1, 2))
	// "u" is undo everywhere, so it does not reach the preview.
	keys := []string{"down", "up", "j", "k", "pgdown", "pgup", "space", "b", "d", "ctrl+d", "ctrl+u", "G", "g", "end", "home"}
	for step := range 3000 {
		what := ""
		switch n := rng.IntN(20); {
		case n < 16:
			k := keys[rng.IntN(len(keys))]
			what = k
			h.press(k)
			switch k {
			case "G", "end":
				ref.GotoBottom()
			case "g", "home":
				ref.GotoTop()
			default:
				ref, _ = ref.Update(keyMsg(k))
			}
		case n < 19:
			d := 1 - 2*rng.IntN(2)
			what = fmt.Sprintf("wheel %d", d)
			h.wheelAt(40, 12, d)
			if d > 0 {
				ref.ScrollDown(wheelStep)
			} else {
				ref.ScrollUp(wheelStep)
			}
		default:
			height := 5 + rng.IntN(40)
			what = fmt.Sprintf("height %d", height)
			r.SetSize(80, height+2)
			ref.SetHeight(height)
			if ref.PastBottom() {
				ref.GotoBottom()
			}
		}
		if got, want := r.view.View(), ref.View(); got != want {
			t.Fatalf("step %d (%s): line %d shown, want %d\n%s\nwant\n%s", step, what, r.top(), ref.YOffset(), got, want)
		}
	}
}
