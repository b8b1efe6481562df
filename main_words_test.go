package main

import (
	"strconv"
	"strings"
	"testing"

	"handoff/db"
)

// A team's own watch word is found in every deal's promises at once, and
// taking it away clears what it raised.
func TestWords(t *testing.T) {
	isolate(t)
	var id int64
	path := newDB(t, func(s *db.Store) { id = readyDeal(t, s, "Ready deal").ID })
	dealArg := "--deal=" + strconv.FormatInt(id, 10)

	if code, out, _ := handoff(t, "--db", path, "words"); code != 0 || !strings.Contains(out, "built-in") {
		t.Fatalf("words: %d %q", code, out)
	}
	if code, _, _ := handoff(t, "--db", path, "check", dealArg); code != 0 {
		t.Fatalf("the deal should start ready, check exits %d", code)
	}
	// readyDeal's promise is about an invoice file; watch for "invoice".
	if code, out, errOut := handoff(t, "--db", path, "words", "add", "invoic*"); code != 0 || !strings.Contains(out, `watching "invoic*"`) {
		t.Fatalf("words add: %d %q %q", code, out, errOut)
	}
	code, out, _ := handoff(t, "--db", path, "check", dealArg)
	if code != 1 || !strings.Contains(out, "not agreed") {
		t.Fatalf("after adding a watch word the deal should have an undefined term: %d %q", code, out)
	}
	if code, out, _ := handoff(t, "--db", path, "words"); code != 0 || strings.TrimSpace(out) != "invoic*" {
		t.Fatalf("words lists %q", out)
	}
	if code, _, _ := handoff(t, "--db", path, "words", "remove", "INVOIC*"); code != 0 {
		t.Fatal("words remove failed")
	}
	if code, _, _ := handoff(t, "--db", path, "check", dealArg); code != 0 {
		t.Fatalf("after removing the word the deal should be ready again, check exits %d", code)
	}
	if code, _, errOut := handoff(t, "--db", path, "words", "remove", "nothing"); code != 2 || !strings.Contains(errOut, "not one of the team's words") {
		t.Fatalf("removing an unknown word: %d %q", code, errOut)
	}
	if code, _, _ := handoff(t, "--db", path, "words", "add"); code != 2 {
		t.Fatal("words add without a word should be a usage error")
	}
}

// The command line refuses a word the watch list has already, and a bare
// "*", each with a sentence.
func TestWordsRefusesDuplicatesAndABareStar(t *testing.T) {
	isolate(t)
	path := newDB(t, func(s *db.Store) {})
	if code, _, errOut := handoff(t, "--db", path, "words", "add", "Hypercare"); code != 0 {
		t.Fatalf("words add: %d %q", code, errOut)
	}
	for word, want := range map[string]string{
		"hypercare":   "is on the team's watch list already (as “Hypercare”)",
		"Hypercare":   "is on the team's watch list already",
		"Integration": "is on the built-in watch list already",
		"*":           "cannot be a bare *",
		" ** ":        "cannot be a bare *",
	} {
		code, _, errOut := handoff(t, "--db", path, "words", "add", word)
		if code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("words add %q: %d %q, want exit 2 and %q", word, code, errOut, want)
		}
	}
	if code, out, _ := handoff(t, "--db", path, "words"); code != 0 || strings.TrimSpace(out) != "Hypercare" {
		t.Fatalf("words lists %q after the refusals", out)
	}
}
