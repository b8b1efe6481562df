package main

import (
	"strings"
	"testing"
)

// TestConfirmCommand: the customer copy comes out of export --audience
// customer; confirm records the answers named, by a customer person (added
// when new), and the internal report then says who confirmed what, when
// and by which reference.
func TestConfirmCommand(t *testing.T) {
	path := sampleDB(t)
	deal := "Managed IT"
	copy := ok(t, "--db", path, "export", "--deal", deal, "--audience", "customer")
	if !strings.Contains(copy, "## Confirmation") || strings.Contains(copy, "Readiness") || strings.Contains(copy, "## Gaps") {
		t.Fatalf("the customer copy:\n%s", copy)
	}
	if internal := ok(t, "--db", path, "export", "--deal", deal); !strings.Contains(internal, "## Gaps") {
		t.Fatal("the default audience is not the internal report")
	}
	refused(t, 2, "--audience is internal or customer", "--db", path, "export", "--deal", deal, "--audience", "press")
	refused(t, 2, "the customer copy is markdown", "--db", path, "export", "--deal", deal, "--audience", "customer", "--format", "json")
	refused(t, 2, "--ref says where", "--db", path, "confirm", "--deal", deal, "--by", "Chen Jing 陈静", "P3")
	refused(t, 2, "or --all", "--db", path, "confirm", "--deal", deal, "--by", "Chen Jing 陈静", "--ref", "x")
	refused(t, 2, "\"P99\" is no promise", "--db", path, "confirm", "--deal", deal, "--by", "Nobody Yet", "--ref", "x", "P99")
	if strings.Contains(ok(t, "--db", path, "export", "--format", "json"), "Nobody Yet") {
		t.Error("a refused confirm added the person it names")
	}
	refused(t, 2, "is presales, not a person at the customer", "--db", path, "confirm", "--deal", deal, "--by", "anna kowalska", "--ref", "x", "P3")

	out := ok(t, "--db", path, "confirm", "--deal", deal, "--by", "Chen Jing 陈静", "--ref", "email 2026-12-10", "--on", "2026-12-10", "P3", "P4", "T1")
	if n := strings.Count(out, ": confirmed by Chen Jing 陈静 on 2026-12-10 (email 2026-12-10)\n"); n != 3 {
		t.Errorf("confirm printed:\n%s", out)
	}
	out = ok(t, "--db", path, "confirm", "--deal", deal, "--by", "Li Wei", "--ref", "call 2026-12-11", "--on", "2026-12-11",
		"--not-as-written", "Tickets up to 300 a month", "P3")
	if !strings.Contains(out, "not as written by Li Wei on 2026-12-11 (call 2026-12-11)") {
		t.Errorf("confirm printed:\n%s", out)
	}
	report := ok(t, "--db", path, "export", "--deal", deal)
	for _, want := range []string{
		"## Customer confirmations",
		"| P3 | confirmed | Chen Jing 陈静 | 2026-12-10 | email 2026-12-10 | — |",
		"| P3 | not as written | Li Wei | 2026-12-11 | call 2026-12-11 | Tickets up to 300 a month |",
		"| T1 | confirmed | Chen Jing 陈静 | 2026-12-10 | email 2026-12-10 | — |",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the internal report lacks %q", want)
		}
	}
	copy = ok(t, "--db", path, "export", "--deal", deal, "--audience", "customer")
	if !strings.Contains(copy, "☑ Chen Jing 陈静, 2026-12-10, email 2026-12-10") {
		t.Error("the customer copy does not show the confirmation")
	}
}
