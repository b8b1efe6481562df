package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var cliBuild struct {
	once sync.Once
	dir  string
	err  error
}

// cliBinary builds handoff once per run into a folder of its own, put
// first on PATH so that a completion script finds it. It is called
// before isolate, whose new HOME would leave the build without its cache.
func cliBinary(t *testing.T) string {
	t.Helper()
	cliBuild.once.Do(func() {
		cliBuild.dir = filepath.Join(e2e.dir, "cli")
		out, err := exec.Command("go", "build", "-o", filepath.Join(cliBuild.dir, "handoff"), ".").CombinedOutput()
		if err != nil {
			cliBuild.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if cliBuild.err != nil {
		t.Fatal(cliBuild.err)
	}
	t.Setenv("PATH", cliBuild.dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	return filepath.Join(cliBuild.dir, "handoff")
}

func TestCompletionBash(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	cliBinary(t)
	dir := isolate(t)
	out, err := exec.Command("bash", "-c", "source <(handoff completion bash) && complete -p handoff").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "-F _handoff handoff") {
		t.Fatalf("source <(handoff completion bash): %v\n%s", err, out)
	}
	path := filepath.Join(dir, "c.db")
	if code, _, errOut := handoff(t, "--db", path, "sample"); code != 0 {
		t.Fatal(errOut)
	}
	complete := func(words ...string) []string {
		t.Helper()
		script := "source <(handoff completion bash)\nCOMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _handoff\nprintf '%s\\n' \"${COMPREPLY[@]}\""
		out, err := exec.Command("bash", append([]string{"-c", script, "bash"}, words...)...).Output()
		if err != nil {
			t.Fatalf("%q: %v", words, err)
		}
		return strings.Split(strings.TrimSpace(string(out)), "\n")
	}
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"handoff", "exp"}, "export"},
		{[]string{"handoff", "--db", path, "check", "--deal", "SAP"}, "SAP S/4HANA ↔ MES integration"},
		{[]string{"handoff", "check", "--format", ""}, "json"},
		{[]string{"handoff", "export", "--aud"}, "--audience"},
		{[]string{"handoff", "--lang", "s"}, "sv"},
		{[]string{"handoff", "completion", "f"}, "fish"},
	} {
		if got := complete(c.words...); !strings.Contains(strings.Join(got, "\n"), c.want) {
			t.Errorf("completing %q: %q, want %q among them", c.words, got, c.want)
		}
	}
}

func TestCompletionShells(t *testing.T) {
	isolate(t)
	for _, shell := range []string{"bash", "zsh", "fish"} {
		code, out, errOut := handoff(t, "completion", shell)
		if code != 0 || errOut != "" || !strings.Contains(out, "__complete deals") || !strings.Contains(out, "agenda") {
			t.Errorf("completion %s: exit %d, stderr %q\n%s", shell, code, errOut, out)
		}
	}
	if code, _, errOut := handoff(t, "completion", "tcsh"); code != 2 || !strings.Contains(errOut, `"tcsh"`) {
		t.Errorf("completion tcsh: exit %d, stderr %q", code, errOut)
	}
	if _, err := exec.LookPath("fish"); err == nil {
		_, out, _ := handoff(t, "completion", "fish")
		cmd := exec.Command("fish", "--no-execute")
		cmd.Stdin = strings.NewReader(out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("fish --no-execute: %v\n%s", err, msg)
		}
	}
}

// The deal names the scripts complete come from the database, read only.
func TestCompleteDeals(t *testing.T) {
	dir := isolate(t)
	path := filepath.Join(dir, "c.db")
	if code, out, _ := handoff(t, "--db", path, "__complete", "deals"); code != 2 || out != "" {
		t.Errorf("no database: exit %d, stdout %q", code, out)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("__complete created the database")
	}
	handoff(t, "--db", path, "sample")
	code, out, _ := handoff(t, "--db", path, "__complete", "deals")
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, "Process & AI-readiness assessment\n") {
		t.Errorf("exit %d, deals %q", code, out)
	}
}

// docs/handoff.1 is handoff man, kept in sync: HANDOFF_UPDATE=1 rewrites it.
func TestManPage(t *testing.T) {
	isolate(t)
	code, out, errOut := handoff(t, "man")
	if code != 0 || errOut != "" {
		t.Fatalf("man: exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{".TH HANDOFF 1", ".SH NAME", "\\-\\-deal", ".B agenda", "$XDG_DATA_HOME/handoff/handoff.db"} {
		if !strings.Contains(out, want) {
			t.Errorf("the manual page lacks %q", want)
		}
	}
	file := filepath.Join("docs", "handoff.1")
	if os.Getenv("HANDOFF_UPDATE") == "1" {
		if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if checked, err := os.ReadFile(file); err != nil || string(checked) != out {
		t.Errorf("%s is not handoff man (%v); run HANDOFF_UPDATE=1 go test -run TestManPage .", file, err)
	}
	if _, err := exec.LookPath("groff"); err == nil {
		cmd := exec.Command("groff", "-k", "-man", "-Tutf8", "-ww", "-z")
		cmd.Stdin = strings.NewReader(out)
		if msg, err := cmd.CombinedOutput(); err != nil || len(msg) > 0 {
			t.Errorf("groff: %v\n%s", err, msg)
		}
	}
}

func TestCheckJSON(t *testing.T) {
	dir := isolate(t)
	path := filepath.Join(dir, "c.db")
	handoff(t, "--db", path, "sample")
	code, out, errOut := handoff(t, "--db", path, "check", "--format", "json", "--deal", "SAP")
	if code != 1 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var feed checkFeedJSON
	if err := json.Unmarshal([]byte(out), &feed); err != nil {
		t.Fatal(err)
	}
	if feed.Ready || len(feed.Deals) != 1 {
		t.Fatalf("feed %+v", feed)
	}
	d := feed.Deals[0]
	if d.Name != "SAP S/4HANA ↔ MES integration" || d.Ready || d.Readiness <= 0 || len(d.Blockers) == 0 {
		t.Fatalf("deal %+v", d)
	}
	ref := regexp.MustCompile(`^[PGT][1-9][0-9]*$`)
	kinds := map[string]bool{}
	for _, b := range d.Blockers {
		kinds[string(b.Kind)] = true
		if b.Text == "" {
			t.Errorf("blocker %+v has no text", b)
		}
		for _, r := range b.Refs {
			if !ref.MatchString(r) {
				t.Errorf("blocker %+v: ref %q", b, r)
			}
		}
		if b.Kind == "gap_without_owner_or_due" && (len(b.Refs) != 2 || b.Refs[1][0] != 'G') {
			t.Errorf("a gap's blocker names its promise and gap: %+v", b)
		}
	}
	if len(d.Overdue) == 0 || !ref.MatchString(d.Overdue[0].Ref) || d.Overdue[0].DaysOverdue <= 0 {
		t.Errorf("overdue %+v", d.Overdue)
	}
	// The text's figures and the feed's agree.
	_, text, _ := handoff(t, "--db", path, "check", "--deal", "SAP")
	if !strings.Contains(text, d.Name+": ") || strings.Count(text, "\n  - ") != len(d.Blockers) {
		t.Errorf("the text says\n%s\nthe feed has %d blockers", text, len(d.Blockers))
	}
	code, out, _ = handoff(t, "--db", path, "check", "--format", "json")
	if err := json.Unmarshal([]byte(out), &feed); err != nil || code != 1 || len(feed.Deals) != 3 {
		t.Errorf("every deal: exit %d, %v, %d deals", code, err, len(feed.Deals))
	}
	if code, _, errOut := handoff(t, "--db", path, "check", "--format", "xml"); code != 2 || !strings.Contains(errOut, `"xml"`) {
		t.Errorf("--format xml: exit %d, %q", code, errOut)
	}
}

func TestWordsJSON(t *testing.T) {
	dir := isolate(t)
	path := filepath.Join(dir, "w.db")
	handoff(t, "--db", path, "words", "add", "Abnahme*", "odbiór")
	code, out, errOut := handoff(t, "--db", path, "words", "--format", "json")
	var doc wordsJSON
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != 0 || errOut != "" {
		t.Fatalf("exit %d, %v, stderr %q\n%s", code, err, errOut, out)
	}
	if len(doc.Words) != 2 || doc.Words[0].Word != "Abnahme*" || doc.Words[1].Word != "odbiór" || doc.Words[0].ID == 0 {
		t.Errorf("words %+v", doc.Words)
	}
	if code, _, errOut := handoff(t, "--db", path, "words", "--format", "csv"); code != 2 || !strings.Contains(errOut, `"csv"`) {
		t.Errorf("--format csv: exit %d, %q", code, errOut)
	}
}

func TestPlainTerminal(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{"TERM": "xterm-256color"}, false},
		{map[string]string{"TERM": "xterm-256color", "NO_COLOR": "1"}, true},
		{map[string]string{"TERM": "dumb"}, true},
		{map[string]string{}, false},
	} {
		if got := plainTerminal(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("plainTerminal(%v) = %v, want %v", c.env, got, c.want)
		}
	}
}
