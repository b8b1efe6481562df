// Package i18n holds the languages handoff speaks: which one a reader
// wants, the messages in each, and plural forms by each language's rules.
//
// A message's key is its English text, a fmt format ("%d gaps", "Deal %s
// saved"). Code asks a Lang for it — l.T("Deal %s saved", name), l.N("%d
// gaps", n) — and gets the reader's wording, or the English when a
// catalogue lacks it (the catalogue test fails first). Keys kept in
// variables are marked with M so that the test finds them too.
//
// Catalogues are Go maps, one file per language and area (pl_ui.go,
// de_report.go…), registered at init. A translation may reorder its
// arguments with explicit indexes (%[2]s … %[1]d); the test checks each
// translation uses the same arguments with the same verbs as the English.
package i18n

import (
	"strings"

	"golang.org/x/text/language"
)

// Lang is one of the languages handoff speaks. The zero value is English.
type Lang struct{ code string }

// The languages, in the order they are offered.
var (
	EN = Lang{}
	PL = Lang{"pl"}
	DE = Lang{"de"}
	SV = Lang{"sv"}
	IT = Lang{"it"}
	ZH = Lang{"zh"}
)

// All is every language, English first.
func All() []Lang { return []Lang{EN, PL, DE, SV, IT, ZH} }

// Code is the language's ISO 639-1 code: "en", "pl", "de", "sv", "it", "zh".
func (l Lang) Code() string {
	if l.code == "" {
		return "en"
	}
	return l.code
}

func (l Lang) String() string { return l.Code() }

// Tag is the language's BCP 47 tag (Simplified Chinese is zh-Hans).
func (l Lang) Tag() language.Tag {
	switch l {
	case PL:
		return language.Polish
	case DE:
		return language.German
	case SV:
		return language.Swedish
	case IT:
		return language.Italian
	case ZH:
		return language.SimplifiedChinese
	}
	return language.English
}

// Name is the language's name in itself, as a language menu shows it.
func (l Lang) Name() string {
	switch l {
	case PL:
		return "polski"
	case DE:
		return "Deutsch"
	case SV:
		return "svenska"
	case IT:
		return "italiano"
	case ZH:
		return "简体中文"
	}
	return "English"
}

// Parse reads a language as users and systems write it: "pl", "de-AT",
// "pl_PL.UTF-8", "sv_SE@euro", "zh_CN", "zh-Hans". It reports false for
// languages handoff does not speak, and for "C" and "POSIX".
func Parse(s string) (Lang, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" || strings.EqualFold(s, "C") || strings.EqualFold(s, "POSIX") {
		return EN, false
	}
	tag, err := language.Parse(s)
	if err != nil {
		return EN, false
	}
	base, _ := tag.Base()
	if base.String() == "zh" {
		// Traditional Chinese is not Simplified Chinese: a zh-TW reader
		// gets English rather than a script they do not read.
		if script, conf := tag.Script(); conf != language.No && script.String() == "Hant" {
			return EN, false
		}
	}
	for _, l := range All() {
		if base.String() == l.Code() {
			return l, true
		}
	}
	return EN, false
}

// FromEnv chooses the language: the flag when given, then HANDOFF_LANG,
// then LC_ALL, LC_MESSAGES and LANG (the first of those set, as POSIX
// reads them); English when none names a language handoff speaks. A flag
// it cannot read is an error.
func FromEnv(flag string, getenv func(string) string) (Lang, error) {
	if flag != "" {
		l, ok := Parse(flag)
		if !ok {
			return EN, Msg("unknown language %q; handoff speaks %s", flag, Codes())
		}
		return l, nil
	}
	if l, ok := Parse(getenv("HANDOFF_LANG")); ok {
		return l, nil
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			l, _ := Parse(v)
			return l, nil
		}
	}
	return EN, nil
}

// Codes lists the languages' codes: "en, pl, de, sv, it, zh".
func Codes() string {
	codes := make([]string, 0, len(All()))
	for _, l := range All() {
		codes = append(codes, l.Code())
	}
	return strings.Join(codes, ", ")
}
