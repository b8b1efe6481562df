package i18n

import (
	"errors"
	"fmt"
	"testing"
)

func TestParse(t *testing.T) {
	for in, want := range map[string]Lang{
		"pl": PL, "pl_PL.UTF-8": PL, "de-AT": DE, "de_CH.utf8": DE, "sv_SE@euro": SV,
		"it_IT": IT, "zh_CN.UTF-8": ZH, "zh-Hans": ZH, "zh": ZH, "en_GB": EN, "EN": EN,
	} {
		got, ok := Parse(in)
		if !ok || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "C", "POSIX", "C.UTF-8", "fr_FR.UTF-8", "zh_TW.UTF-8", "zh-Hant", "xx-?"} {
		if l, ok := Parse(in); ok {
			t.Errorf("Parse(%q) = %v; want not spoken", in, l)
		}
	}
}

func TestFromEnv(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	cases := []struct {
		flag string
		vars map[string]string
		want Lang
	}{
		{"de", map[string]string{"HANDOFF_LANG": "pl", "LANG": "sv_SE.UTF-8"}, DE},
		{"", map[string]string{"HANDOFF_LANG": "pl", "LANG": "sv_SE.UTF-8"}, PL},
		{"", map[string]string{"HANDOFF_LANG": "fr", "LANG": "sv_SE.UTF-8"}, SV},
		{"", map[string]string{"LC_ALL": "it_IT.UTF-8", "LC_MESSAGES": "de_DE", "LANG": "pl_PL"}, IT},
		{"", map[string]string{"LC_MESSAGES": "de_DE", "LANG": "pl_PL"}, DE},
		// The first of LC_ALL, LC_MESSAGES, LANG that is set decides,
		// even when it names a language handoff does not speak.
		{"", map[string]string{"LC_ALL": "C", "LANG": "pl_PL"}, EN},
		{"", map[string]string{"LANG": "zh_CN.UTF-8"}, ZH},
		{"", map[string]string{}, EN},
	}
	for _, c := range cases {
		got, err := FromEnv(c.flag, env(c.vars))
		if err != nil || got != c.want {
			t.Errorf("FromEnv(%q, %v) = %v, %v; want %v", c.flag, c.vars, got, err, c.want)
		}
	}
	if _, err := FromEnv("klingon", env(nil)); err == nil {
		t.Error("an unknown --lang was taken")
	}
}

func TestPluralRules(t *testing.T) {
	gaps := Forms{One: "%d luka", Few: "%d luki", Many: "%d luk", Other: "%d luki"}
	for n, want := range map[int]string{1: "%d luka", 2: "%d luki", 4: "%d luki", 5: "%d luk", 12: "%d luk", 22: "%d luki", 25: "%d luk", 0: "%d luk", 101: "%d luk"} {
		if got := gaps.For(PL, n); got != want {
			t.Errorf("Polish %d: %q, want %q", n, got, want)
		}
	}
	en := Forms{One: "%d gap", Other: "%d gaps"}
	if en.For(EN, 1) != "%d gap" || en.For(EN, 0) != "%d gaps" || en.For(EN, 2) != "%d gaps" {
		t.Error("English plural forms")
	}
	if got := en.For(ZH, 1); got != "%d gaps" {
		t.Errorf("Chinese has one form, Other: got %q", got)
	}
}

func TestPlaceholders(t *testing.T) {
	got := placeholders("%[2]s hat %[1]d Lücken (100%%)")
	if len(got) != 2 || got[1] != "d" || got[2] != "s" {
		t.Errorf("placeholders: %v", got)
	}
	if got := placeholders("%d gaps in %s"); len(got) != 2 || got[1] != "d" || got[2] != "s" {
		t.Errorf("placeholders: %v", got)
	}
}

func TestErrorInLanguage(t *testing.T) {
	m := Msg("unknown language %q; handoff speaks %s", "xx", Codes())
	wrapped := fmt.Errorf("--lang: %w", m)
	if got := EN.Error(wrapped); got != `--lang: unknown language "xx"; handoff speaks en, pl, de, sv, it, zh` {
		t.Errorf("EN.Error: %q", got)
	}
	var back Message
	if !errors.As(wrapped, &back) || back.Key != m.Key {
		t.Error("a wrapped Message is not found")
	}
	if got := PL.Error(errors.New("plain")); got != "plain" {
		t.Errorf("a plain error changed: %q", got)
	}
}
