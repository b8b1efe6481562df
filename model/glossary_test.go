package model

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// An agreed entry for one form of an inflecting word covers the other forms
// that the watch list finds by the same stem.
func TestGlossaryStemCoversInflections(t *testing.T) {
	watch := WatchWords(nil)
	agreed := Term{ID: 1, DealID: 1, Term: "wdrożenie", Definition: "Go-live of the first depot.", Status: TermAgreed}
	text := "Pełne wdrożenia w czterech oddziałach, potem wdrożeniem objęte magazyny."

	if got := NewGlossary(nil, watch).Undefined(text); len(got) == 0 {
		t.Fatalf("with no glossary, %q should use undefined terms", text)
	}
	got := NewGlossary([]Term{agreed}, watch).Undefined(text)
	if slices.ContainsFunc(got, func(s string) bool { return s == "wdrożenia" || s == "wdrożeniem" }) {
		t.Errorf("agreed %q should cover its inflections, still undefined: %q", agreed.Term, got)
	}

	draft := agreed
	draft.Status = TermDraft
	if got := NewGlossary([]Term{draft}, watch).Undefined(text); len(got) == 0 {
		t.Errorf("a draft entry must not cover anything, got no undefined terms")
	}
}

// An agreed term covers its equivalents in other languages: a promise
// saying "Echtzeit" uses the agreed "real-time".
func TestGlossaryEquivalents(t *testing.T) {
	terms := []Term{{ID: 7, Term: "real-time", Definition: "within 2 seconds", Status: TermAgreed,
		Equivalents: []Equivalent{{Lang: "de", Text: "Echtzeit"}, {Lang: "pl", Text: "w czasie rzeczywistym"}}}}
	g := NewGlossary(terms, nil)
	for _, text := range []string{"Bestände in Echtzeit", "stany magazynowe w czasie rzeczywistym"} {
		spans := g.Scan(text)
		if len(spans) != 1 || spans[0].TermID != 7 || !spans[0].Agreed {
			t.Errorf("%q: %+v, want the agreed term 7", text, spans)
		}
	}
	if spans := NewGlossary([]Term{{ID: 7, Term: "real-time", Status: TermAgreed}}, nil).Scan("in Echtzeit"); len(spans) != 0 && spans[0].TermID == 7 {
		t.Errorf("without the equivalent listed, Echtzeit matched the term: %+v", spans)
	}
}

// The report's Definitions show an agreed term with its equivalents, typed
// text kept inert.
func TestReportShowsEquivalents(t *testing.T) {
	d := &Dossier{Deal: Deal{ID: 1, Name: "Acme", Stage: StageProposal},
		Terms: []Term{{ID: 1, DealID: 1, Term: "real-time", Definition: "within 2 seconds", Status: TermAgreed,
			Equivalents: []Equivalent{{Lang: "de", Text: "Echtzeit"}, {Lang: "pl", Text: "*w* czasie | rzeczywistym"}}}}}
	md := Report(d, time.Time{})
	if want := "| real-time (de: Echtzeit; pl: \\*w\\* czasie \\| rzeczywistym) | within 2 seconds |"; !strings.Contains(md, want) {
		t.Errorf("Definitions lack %q:\n%s", want, md)
	}
}

// An equivalent names a language handoff speaks and has text.
func TestTermEquivalentsValidate(t *testing.T) {
	ok := Term{DealID: 1, Term: "real-time", Status: TermDraft, Equivalents: []Equivalent{{Lang: "de", Text: "Echtzeit"}}}
	if err := ok.Validate(); err != nil {
		t.Errorf("valid equivalents refused: %v", err)
	}
	for _, e := range []Equivalent{{Lang: "fr", Text: "temps réel"}, {Lang: "de", Text: " "}, {Lang: "", Text: "x"}} {
		bad := ok
		bad.Equivalents = []Equivalent{e}
		if err := bad.Validate(); err == nil {
			t.Errorf("%+v accepted", e)
		}
	}
}
