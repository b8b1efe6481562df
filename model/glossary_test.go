package model

import (
	"slices"
	"testing"
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
