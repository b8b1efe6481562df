package model

import (
	"reflect"
	"strings"
	"testing"

	"handoff/internal/i18n"
)

func TestParseEquivalents(t *testing.T) {
	got, err := ParseEquivalents("de: Echtzeit\n\n pl_PL.UTF-8 : w czasie rzeczywistym \nzh：实时\nsv:realtid")
	if err != nil {
		t.Fatal(err)
	}
	want := []Equivalent{{"de", "Echtzeit"}, {"pl", "w czasie rzeczywistym"}, {"zh", "实时"}, {"sv", "realtid"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if back, _ := ParseEquivalents(EquivalentsText(got)); !reflect.DeepEqual(back, want) {
		t.Errorf("the form's text reads back as %v", back)
	}
	if eqs, err := ParseEquivalents(" \n"); err != nil || eqs != nil {
		t.Errorf("blank text: %v, %v; want none", eqs, err)
	}
	for text, problem := range map[string]string{
		"de Echtzeit":             "line 1: write the language, a colon and the term",
		"de: Echtzeit\nfr: temps": "line 2: fr is not a language handoff speaks (en, pl, de, sv, it, zh)",
		"de: Echtzeit\nde-AT: x":  "line 2: de is given twice",
		"it:":                     "line 1: write the language",
	} {
		_, err := ParseEquivalents(text)
		if err == nil || !strings.Contains(err.Error(), problem) {
			t.Errorf("%q: error %v, want it to say %q", text, err, problem)
		}
	}
	_, err = ParseEquivalents("fr: temps réel")
	if got := i18n.PL.Error(err); !strings.Contains(got, "wiersz 1: fr nie jest językiem") {
		t.Errorf("in Polish the error reads %q", got)
	}
}
