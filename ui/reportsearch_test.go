package ui

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestFindAsLineByLine searches a page of several chunks, with styled
// lines, accents, CJK and repeated words, through the folded page and
// line by line, and finds the same hits; and a page laid out again is
// folded again.
func TestFindAsLineByLine(t *testing.T) {
	words := []string{"Łódź", "lodz", "LODZ", "Präzision", "prazision", "数据集成", "集成", "SAP", "sap", "saps",
		"\x1b[1mSAP\x1b[0m", "\x1b[38;2;1;2;3mŁódź\x1b[m", "—", "promise", "Promise P12", "ß", "ss", " ", "x"}
	rng := rand.New(rand.NewPCG(7, 11))
	var lines []string
	for range 3*chunkLines + 17 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	page := packText(strings.Join(lines, "\n"))
	for _, pattern := range []string{"lodz", "Łódź", "sap", "SAPS", "集成", "prazision", "ss", "promise p1", "x", " sap ", "—", "zzz", "z sap"} {
		var f finder
		f.input.SetValue(pattern)
		f.find(page)
		var got, want []hit
		for i := range f.hits {
			got = append(got, f.hit(page, i))
		}
		for n, line := range lines {
			want = append(want, f.cells(line, n)...)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %d hits, line by line %d; first difference %s", pattern, len(got), len(want), firstHitDifference(got, want))
		}
		if pattern == "sap" && len(want) < 100 {
			t.Fatalf("sap: %d hits, the page is not what the test means", len(want))
		}
	}
	var f finder
	f.input.SetValue("lodz")
	f.find(page)
	other := packText(strings.Join(lines[:10], "\n"))
	f.find(other)
	for _, n := range f.hits {
		if n >= 10 {
			t.Fatalf("a page laid out again is searched as the old one: hit on line %d", n)
		}
	}
}

// hit is hit i of the search with its cells, as the preview draws it.
func (f *finder) hit(page *laidOut, i int) hit {
	n := int(f.hits[i])
	first, _ := slices.BinarySearch(f.hits, f.hits[i])
	return f.cells(page.line(n), n)[i-first]
}

func firstHitDifference(got, want []hit) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("at %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	return "in the length"
}

// TestSearchWhileLaidOutAgain types into the search while the preview is
// being laid out again (a resize, the other audience): nothing is found
// yet, and nothing breaks; once laid out, the same search finds its hits.
func TestSearchWhileLaidOutAgain(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("x")
	r := h.a.report()
	r.dropPage()
	h.press("/")
	h.typeText("sap")
	if len(r.find.hits) != 0 {
		t.Fatalf("%d hits in no page", len(r.find.hits))
	}
	h.press("enter")
	h.run(r.renderCmd(r.d, h.now())) // laid out, and searched
	if !r.rendered || len(r.find.hits) == 0 {
		t.Fatalf("laid out again (%v), the search finds %d hits", r.rendered, len(r.find.hits))
	}
}
