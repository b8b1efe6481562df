package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeConfig(t *testing.T, dir, text string) string {
	t.Helper()
	path := filepath.Join(dir, "config", "handoff", "config.yaml")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConfigFile(t *testing.T) {
	dir := isolate(t)
	code, out, errOut := handoff(t, "config")
	want := filepath.Join(dir, "config", "handoff", "config.yaml")
	if code != 0 || errOut != "" || !strings.Contains(out, want+" (none: the defaults apply)") ||
		!strings.Contains(out, "\ntheme: auto\n") || !strings.Contains(out, "  deals.new: [n]\n") {
		t.Errorf("config without a file: exit %d, stderr %q\n%s", code, errOut, out)
	}
	writeConfig(t, dir, "# mine\nlang: pl\nactor: Priya\ntheme: light\ncolors:\n  accent: \"#0055aa\"\nmouse: false\nkeys:\n  deals.new: [N]\n")
	code, out, errOut = handoff(t, "config")
	for _, line := range []string{"(wczytany)", "\nlang: pl\n", "\nactor: Priya\n", "\ntheme: light\n", "  accent: '#0055aa'\n",
		"\nmouse: false\n", "  deals.new: [N]\n", filepath.Join(dir, "state", "handoff", "debug.log")} {
		if code != 0 || errOut != "" || !strings.Contains(out, line) {
			t.Errorf("config: exit %d, stderr %q; want %q in\n%s", code, errOut, line, out)
		}
	}
	// The language is the file's unless the flag or HANDOFF_LANG says
	// otherwise; the actor is the file's unless --actor or HANDOFF_ACTOR.
	if _, out, _ := handoff(t, "help"); !strings.Contains(out, "Polecenia:") {
		t.Errorf("lang: pl in the config file, help:\n%s", out)
	}
	t.Setenv("HANDOFF_LANG", "de")
	if _, out, _ := handoff(t, "help"); !strings.Contains(out, "Befehle:") {
		t.Errorf("HANDOFF_LANG=de over the config file, help:\n%s", out)
	}
	if _, out, _ := handoff(t, "--actor", "Lukas", "config"); !strings.Contains(out, "\nactor: Lukas\n") {
		t.Errorf("--actor over the config file:\n%s", out)
	}
}

// A bad file is named with its line and problem, and the defaults apply.
func TestConfigBad(t *testing.T) {
	dir := isolate(t)
	for text, want := range map[string]string{
		"lang: pl\ntheme: blue\n":                  `line 2: theme is auto, dark or light, not "blue"`,
		"lang: pl\nmouse: perhaps\n":               "line 2: cannot unmarshal",
		"lang: pl\n\nfoo: 1\n":                     "line 3: no setting is called foo",
		"lang: pl\nkeys:\n  deals.nwe: [N]\n":      "line 3: keys: deals.nwe: no such binding",
		"lang: pl\nkeys:\n  deals.new: [e]\n":      `line 3: keys: deals.new: "e" is already deals.edit`,
		"lang: pl\ncolors:\n  accent: red\n":       `line 3: accent: "red" is no colour; write it as #rrggbb`,
		"lang: pl\ncolors:\n  sparkle: \"#fff\"\n": `line 3: no colour is called "sparkle"`,
		"lang: tlh\n":                              `line 1: unknown language "tlh"`,
		"keys: [\n":                                "did not find expected node content",
	} {
		path := writeConfig(t, dir, text)
		code, out, errOut := handoff(t, "config")
		if code != 0 || !strings.HasPrefix(errOut, "handoff: warning: "+path+": ") || !strings.Contains(errOut, want) ||
			!strings.HasSuffix(errOut, "; the defaults apply.\n") {
			t.Errorf("%q: exit %d, stderr %q; want %q", text, code, errOut, want)
		}
		if !strings.Contains(out, "(not used: the defaults apply)") || !strings.Contains(out, "\nlang: en\n") {
			t.Errorf("%q: the defaults do not apply:\n%s", text, out)
		}
	}
	path := writeConfig(t, dir, "theme: blue\n")
	w := globals{getenv: os.Getenv}
	w.readConfig()
	w.chooseLang("")
	if w.configPath != path || !strings.Contains(w.configWarning(), "line 1") {
		t.Errorf("the app's status line would say %q", w.configWarning())
	}
}

// --debug writes a log in the state folder and nothing on the terminal.
func TestDebugLog(t *testing.T) {
	dir := isolate(t)
	db := filepath.Join(dir, "x.db")
	code, out, errOut := handoff(t, "--debug", "--db", db, "sample")
	if code != 0 || errOut != "" || strings.Count(out, "\n") != 1 {
		t.Fatalf("sample --debug: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	handoff(t, "--db", db, "check", "--debug", "--deal", "nothing like it")
	log, err := os.ReadFile(filepath.Join(dir, "state", "handoff", "debug.log"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(log)
	for _, want := range []string{"msg=start", "name=sample", "msg=end exit=0", "command=check", "exit=2", "no deal matches"} {
		if !strings.Contains(text, want) {
			t.Errorf("the log lacks %q:\n%s", want, text)
		}
	}
	if st, _ := os.Stat(filepath.Join(dir, "state", "handoff", "debug.log")); st.Mode().Perm() != 0o600 {
		t.Errorf("the log is %v", st.Mode().Perm())
	}
	before := len(log)
	handoff(t, "--db", db, "check")
	if after, _ := os.ReadFile(filepath.Join(dir, "state", "handoff", "debug.log")); len(after) != before {
		t.Error("a run without --debug wrote to the log")
	}
}

// The mouse is on by default; "mouse: false" in the config file or
// --no-mouse turns it off, in the app and in what handoff config prints.
func TestConfigMouse(t *testing.T) {
	dir := isolate(t)
	options := func(args ...string) (noMouse bool) {
		t.Helper()
		g := globals{getenv: os.Getenv}
		g.readConfig()
		fs := newFlags("", &g)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		return g.appOptions("").NoMouse
	}
	if options() {
		t.Error("without a config file the mouse is off")
	}
	if !options("--no-mouse") {
		t.Error("--no-mouse leaves the mouse on")
	}
	if _, out, _ := handoff(t, "--no-mouse", "config"); !strings.Contains(out, "\nmouse: false\n") {
		t.Errorf("config --no-mouse:\n%s", out)
	}
	if _, out, _ := handoff(t, "config"); !strings.Contains(out, "\nmouse: true\n") {
		t.Errorf("config without a file:\n%s", out)
	}
	writeConfig(t, dir, "mouse: false\n")
	if !options() {
		t.Error("mouse: false in the config file leaves the mouse on")
	}
	writeConfig(t, dir, "mouse: true\n")
	if options() || !options("--no-mouse") {
		t.Error("mouse: true in the config file: the mouse is not on, or --no-mouse does not win")
	}
}
