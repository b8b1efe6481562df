package model

import (
	"testing"

	"handoff/internal/i18n"
)

// TestWords fails when a language lacks the word for a stored value, or
// when two values of one kind read the same in a language (a reader could
// not tell them apart).
func TestWords(t *testing.T) {
	for _, l := range i18n.All() {
		for kind, values := range wordKinds() {
			seen := map[string]string{}
			for _, v := range values {
				if !l.HasWord(kind, v) {
					t.Errorf("%s has no word for %s %q", l, kind, v)
					continue
				}
				w := l.Word(kind, v)
				if other, dup := seen[w]; dup {
					t.Errorf("%s: %s %q and %q both read %q", l, kind, other, v, w)
				}
				seen[w] = v
			}
		}
	}
}

func TestWordsRead(t *testing.T) {
	for _, c := range []struct {
		l    i18n.Lang
		got  string
		want string
	}{
		{i18n.EN, GapInProgress.In(i18n.EN), "in progress"},
		{i18n.EN, KindSuspect.In(i18n.EN), "suspect answer"},
		{i18n.PL, GapInProgress.In(i18n.PL), "w toku"},
		{i18n.DE, SeverityCritical.In(i18n.DE), "kritisch"},
		{i18n.ZH, TermAgreed.In(i18n.ZH), "已达成一致"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.l, c.got, c.want)
		}
	}
}
