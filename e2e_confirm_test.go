//go:build unix

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Journey: the customer's copy goes out, the customer answers in writing,
// and the team records it — one promise in the app, another and a term
// from the command line while the app is open. The unverified gaps close,
// readiness moves, and the internal report says who confirmed what, when
// and by which reference.
func TestE2EConfirm(t *testing.T) {
	s := newServer(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "handoff.db")
	s.cli("--db", path, "sample")
	copyFile := filepath.Join(dir, "customer.md")
	s.cli("--db", path, "export", "--deal", "Process", "--audience", "customer", "-o", copyFile)
	body, err := os.ReadFile(copyFile)
	if err != nil {
		t.Fatal(err)
	}
	copy := string(body)
	for _, want := range []string{"## What we will deliver", "## Confirmation",
		"| P1 | Raport w czasie rzeczywistym z obłożenia floty i statusu zleceń | ☐ |  |",
		"| T1 | Definition of AI | ☐ |  |"} {
		if !strings.Contains(copy, want) {
			t.Fatalf("the customer copy lacks %q:\n%s", want, copy)
		}
	}
	for _, bad := range []string{"PLN", "Readiness", "sold", "## Gaps", "## Decisions"} {
		if strings.Contains(copy, bad) {
			t.Errorf("the customer copy holds %q", bad)
		}
	}

	p := s.start("confirm", 120, 40, "--db", path)
	p.openDeal("Process", "Process & AI-readiness assessment")
	before := p.waitMatch(regexp.MustCompile(`✗ (\d+)%`))[1]
	// The gaps pane, filtered to the unverified gaps: every one is open.
	unverified := func() (open, closed int, scr string) {
		t.Helper()
		p.keys("4", "/")
		p.waitFor("type to filter")
		p.typeText("unverified")
		p.waitFor("/unverified")
		p.keys("Enter")
		other := regexp.MustCompile(`P\d+ · (schedule|effort|scope|undefined term|unassessed|unowned promise|suspect) ·`)
		scr = p.waitUntil("the gaps filtered to the unverified", waitTimeout, func(scr string) bool {
			return regexp.MustCompile(`P\d+ · unverified ·`).MatchString(scr) && !other.MatchString(scr)
		})
		open = len(regexp.MustCompile(`P\d+ · unverified ·.*\bopen\b`).FindAllString(scr, -1))
		closed = len(regexp.MustCompile(`P\d+ · unverified ·.*\bresolved\b`).FindAllString(scr, -1))
		p.keys("/", "Escape") // the filter again, and clear it
		p.waitGone("/unverified")
		return open, closed, scr
	}
	gapsBefore, _ := strconv.Atoi(p.waitMatch(regexp.MustCompile(`4 Gaps \((\d+) open of`))[1])
	open, closed, scr := unverified()
	if open < 3 || closed != 0 {
		t.Fatalf("%d open and %d resolved unverified gaps before, want them all open:\n%s", open, closed, frame(scr))
	}

	// P2, the must promise, in the app.
	p.keys("2", "j")
	p.waitFor("┏━ 2 Promises", "Ocena 6 kluczowych")
	p.keys("C")
	p.waitFor("The customer's answer to “Ocena 6 kluczowych")
	p.nextField("Who at the customer")
	p.typeText("Tomasz")
	p.waitFor("▸ Tomasz Wiśniewski")
	p.keys("Enter")
	p.nextField("Reference")
	p.enterText("email 2026-12-10")
	p.keys("C-s")
	p.waitFor("confirmed by Tomasz Wiśniewski (email 2026-12-10)")

	// P1 and the term T1 from the command line, while the app is open.
	out := s.cli("--db", path, "confirm", "--deal", "Process", "--by", "Tomasz Wiśniewski", "--ref", "email 2026-12-10",
		"--on", "2026-12-10", "P1", "T1")
	if strings.Count(out, "confirmed by Tomasz Wiśniewski on 2026-12-10 (email 2026-12-10)") != 2 {
		t.Fatalf("confirm printed:\n%s", out)
	}
	// The app sees the other process's change within a second: two gaps
	// fewer open than at the start.
	gapsOpen := regexp.MustCompile(`4 Gaps \((\d+) open of`)
	p.waitUntil("the gaps of both promises to close", syncTimeout+waitTimeout, func(scr string) bool {
		m := gapsOpen.FindStringSubmatch(scr)
		return m != nil && m[1] == strconv.Itoa(gapsBefore-2)
	})
	open2, closed2, scr := unverified()
	if open2 != open-2 || closed2 != 2 {
		t.Errorf("%d open and %d resolved unverified gaps after two promises were confirmed, want %d and 2:\n%s",
			open2, closed2, open-2, frame(scr))
	}
	if after := p.waitMatch(regexp.MustCompile(`✗ (\d+)%`))[1]; after == before {
		t.Errorf("readiness stayed at %s%%", before)
	}
	p.quit()

	report := s.cli("--db", path, "export", "--deal", "Process")
	today := time.Now().Format("2006-01-02")
	for _, want := range []string{
		"## Customer confirmations",
		"| P2 | confirmed | Tomasz Wiśniewski | " + today + " | email 2026-12-10 | — |",
		"| P1 | confirmed | Tomasz Wiśniewski | 2026-12-10 | email 2026-12-10 | — |",
		"| T1 | confirmed | Tomasz Wiśniewski | 2026-12-10 | email 2026-12-10 | — |",
		"| P1 | should | Raport w czasie rzeczywistym z obłożenia floty i statusu zleceń | Anna Kowalska | demo — Demo 2026-10-08, Power BI mock-up | confirmed |",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the internal report lacks %q", want)
		}
	}
	if !strings.Contains(report, "| AI | ") || !strings.Contains(s.cli("--db", path, "export", "--deal", "Process", "--audience", "customer"),
		"| T1 | Definition of AI | ☑ Tomasz Wiśniewski, 2026-12-10, email 2026-12-10 |") {
		t.Error("the term's confirmation does not show")
	}
}
