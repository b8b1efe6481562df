package main

import (
	"slices"
	"strings"
	"testing"

	"handoff/internal/i18n"
)

func TestLangHelp(t *testing.T) {
	isolate(t)
	code, out, errOut := handoff(t, "--lang", "pl", "help")
	if code != 0 || errOut != "" || !strings.Contains(out, "Użycie:") || !strings.Contains(out, "\nPolecenia:\n") ||
		!strings.Contains(out, "\nFlagi globalne:\n") || strings.Contains(out, "Commands:") {
		t.Errorf("--lang pl help: exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	t.Setenv("LANG", "de_DE.UTF-8")
	code, out, errOut = handoff(t, "export", "--help")
	if code != 0 || errOut != "" || !strings.Contains(out, "handoff [--db PFAD] export [Flags]") ||
		!strings.Contains(out, "Übergabebericht") || !strings.Contains(out, "Globale Flags:") {
		t.Errorf("LANG=de export --help: exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	for _, other := range commandNames() {
		if other != "export" && strings.Contains(out, "\n  "+other+" ") {
			t.Errorf("export --help in German shows %s too:\n%s", other, out)
		}
	}
	// HANDOFF_LANG wins over LANG, and --lang over both.
	t.Setenv("HANDOFF_LANG", "sv")
	if _, out, _ := handoff(t, "help"); !strings.Contains(out, "Kommandon:") {
		t.Errorf("HANDOFF_LANG=sv help:\n%s", out)
	}
	if _, out, _ := handoff(t, "check", "--help", "--lang", "it"); !strings.Contains(out, "Flag globali:") {
		t.Errorf("check --help --lang it:\n%s", out)
	}
}

// Every language's usage lists the same commands, and each command's help
// cut from it is its own entry alone.
func TestLangCommandHelp(t *testing.T) {
	for _, l := range i18n.All() {
		var names []string
		for _, line := range commandLines(l) {
			if name, ok := commandAt(line); ok {
				names = append(names, name)
			}
		}
		if !slices.Equal(names, commandNames()) {
			t.Errorf("%s: the usage lists %v, English %v", l, names, commandNames())
		}
		for _, name := range commandNames() {
			help := commandUsage(l, name)
			if !strings.Contains(help, "\n  "+name+" ") || strings.Count(help, "\n\n") != 2 {
				t.Errorf("%s %s --help:\n%s", l, name, help)
			}
			if !strings.Contains(help, "--lang") {
				t.Errorf("%s %s --help lacks the global flags:\n%s", l, name, help)
			}
		}
	}
}

func TestLangErrors(t *testing.T) {
	isolate(t)
	cases := []struct {
		env  string
		args []string
		msg  string
	}{
		{"sv", []string{"export", "--dael", "x"}, "handoff: export: okänd flagga --dael; menade du --deal?"},
		{"", []string{"--lang", "sv", "export", "--dael", "x"}, "handoff: export: okänd flagga --dael; menade du --deal?"},
		{"", []string{"export", "--dael", "x", "--lang=sv"}, "handoff: export: okänd flagga --dael; menade du --deal?"},
		{"de", []string{"check", "--deal"}, "handoff: check: --deal braucht einen Wert"},
		{"pl", []string{"exprt"}, `handoff: nieznane polecenie "exprt"; czy chodziło o export? (handoff --help wymienia wszystkie polecenia)`},
		{"zh", []string{"--no-such-flag"}, "handoff: 未知参数 --no-such-flag"},
		{"", []string{"--lang", "xx", "help"}, `handoff: unknown language "xx"; handoff speaks en, pl, de, sv, it, zh`},
		{"pl", []string{"--lang", "tlh", "check"}, `handoff: nieznany język "tlh"; handoff obsługuje: en, pl, de, sv, it, zh`},
		{"it", []string{"words", "list", "x"}, "handoff: words: usa words, words add PAROLA… o words remove PAROLA…"},
	}
	for _, c := range cases {
		t.Setenv("HANDOFF_LANG", c.env)
		code, out, errOut := handoff(t, c.args...)
		if code != 2 || out != "" || !strings.HasSuffix(errOut, c.msg+"\n") {
			t.Errorf("HANDOFF_LANG=%s %q: exit %d, stdout %q, stderr %q; want 2 and %q", c.env, c.args, code, out, errOut, c.msg)
		}
	}
}

func TestLangOutput(t *testing.T) {
	dir := isolate(t)
	db := dir + "/x.db"
	code, out, errOut := handoff(t, "--db", db, "--lang", "pl", "sample")
	if code != 0 || !strings.HasPrefix(out, "dodano 3 przykładowe szanse do ") {
		t.Errorf("sample in Polish: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	_, out, _ = handoff(t, "--db", db, "--lang", "de", "check")
	if !strings.Contains(out, "Hindernis") {
		t.Errorf("check in German:\n%s", out)
	}
	code, _, errOut = handoff(t, "--db", db, "--lang", "zh", "check", "--deal", "nothing like it")
	if code != 2 || errOut != "handoff: 没有与 \"nothing like it\" 匹配的商机\n" {
		t.Errorf("check --deal in Chinese: exit %d, stderr %q", code, errOut)
	}
	// The store's refusals are in the reader's language too.
	missing := dir + "/none.db"
	code, _, errOut = handoff(t, "--db", missing, "--lang", "de", "check")
	if code != 2 || errOut != "handoff: keine Datenbank unter "+missing+"\n" {
		t.Errorf("check on no database in German: exit %d, stderr %q", code, errOut)
	}
	// English stays English.
	_, out, _ = handoff(t, "--db", db, "check")
	if !strings.Contains(out, "blocker") {
		t.Errorf("check in English:\n%s", out)
	}
}
