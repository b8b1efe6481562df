package model

import (
	"slices"
	"strings"

	"handoff/internal/i18n"
)

// Term is one entry of a deal's glossary: a word both sides must mean the
// same by.
type Term struct {
	ID         int64      `json:"id"`
	DealID     int64      `json:"deal_id"`
	Term       string     `json:"term"`
	Definition string     `json:"definition"`
	Status     TermStatus `json:"status"`
	// AgreedBy lists the people who agreed to the definition.
	AgreedBy []int64 `json:"agreed_by"`
	// Equivalents are the same term in other languages ("de: Echtzeit"):
	// agreeing the term covers each of them.
	Equivalents []Equivalent `json:"equivalents,omitempty"`
	Version     int64        `json:"version"`
}

// Equivalent is a term's form in one language.
type Equivalent struct {
	Lang string `json:"lang"`
	Text string `json:"text"`
}

// Validate checks the term's own fields. Whether the people who agreed cover
// both sides needs their roles: see CheckAgreement.
func (t Term) Validate() error {
	var p problems
	requireText(&p, "term", t.Term, maxTitle)
	checkEnum(&p, "status", "term status", t.Status, TermStatuses)
	limitText(&p, "definition", t.Definition, maxText)
	for _, e := range t.Equivalents {
		if l, ok := i18n.Parse(e.Lang); !ok || l.Code() != e.Lang {
			p.add("equivalents", i18n.M("is not a language handoff speaks"))
			break
		}
		if strings.TrimSpace(e.Text) == "" || len(e.Text) > maxTitle {
			p.add("equivalents", i18n.M("is required"))
			break
		}
	}
	if t.Status == TermAgreed && len(t.Definition) == 0 {
		p.add("definition", i18n.M("is required for an agreed term"))
	}
	if t.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	return p.err()
}

// CheckAgreement checks that an agreed term was agreed by at least one person
// from the selling side and one from delivery, given the roles of the people
// in AgreedBy.
func CheckAgreement(status TermStatus, roles []Role) error {
	if status != TermAgreed {
		return nil
	}
	selling := slices.ContainsFunc(roles, Role.SellingSide)
	delivery := slices.Contains(roles, RoleDelivery)
	switch {
	case !selling && !delivery:
		return Invalid("agreed by", i18n.M("needs a person from sales or presales and one from delivery"))
	case !selling:
		return Invalid("agreed by", i18n.M("needs a person from sales or presales as well"))
	case !delivery:
		return Invalid("agreed by", i18n.M("needs a person from delivery as well"))
	}
	return nil
}

// WatchWord is a word a team added to the watch list of words that start
// arguments.
type WatchWord struct {
	ID   int64  `json:"id"`
	Word string `json:"word"`
	// Lang is a language tag ("en", "pl", ...) or "" for any.
	Lang    string `json:"lang"`
	Version int64  `json:"version"`
}

// Validate checks the watch word. A word of nothing but "*" would match
// every word of every promise.
func (w WatchWord) Validate() error {
	var p problems
	requireText(&p, "word", w.Word, maxName)
	if strings.TrimSpace(w.Word) != "" && strings.TrimSpace(strings.ReplaceAll(w.Word, "*", "")) == "" {
		p.add("word", i18n.M("cannot be a bare * (it would match every word); write the start of a word before it, like integrat*"))
	}
	return p.err()
}

// DismissedWord is a watched word the deal's people said is no term in
// that deal ("integration" used plainly), so it asks for no definition.
type DismissedWord struct {
	ID      int64  `json:"id"`
	DealID  int64  `json:"deal_id"`
	Word    string `json:"word"`
	Version int64  `json:"version"`
}

// Validate checks the dismissed word.
func (w DismissedWord) Validate() error {
	var p problems
	requireText(&p, "word", w.Word, maxName)
	if w.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	return p.err()
}

// ParseEquivalents reads a term's equivalents as a form shows them, one a
// line: "de: Echtzeit". The language is written as --lang takes it ("de",
// "de-AT", "zh_CN"); the full-width colon "：" serves as well. Blank lines
// are skipped.
func ParseEquivalents(s string) ([]Equivalent, error) {
	var eqs []Equivalent
	seen := map[string]bool{}
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		code, text, ok := strings.Cut(strings.Replace(line, "：", ":", 1), ":")
		code, text = strings.TrimSpace(code), strings.TrimSpace(text)
		if !ok || code == "" || text == "" {
			return nil, i18n.Msg("line %d: write the language, a colon and the term, e.g. de: Echtzeit", n+1)
		}
		l, ok := i18n.Parse(code)
		if !ok {
			return nil, i18n.Msg("line %d: %s is not a language handoff speaks (%s)", n+1, code, i18n.Codes())
		}
		if seen[l.Code()] {
			return nil, i18n.Msg("line %d: %s is given twice", n+1, l.Code())
		}
		seen[l.Code()] = true
		eqs = append(eqs, Equivalent{Lang: l.Code(), Text: text})
	}
	return eqs, nil
}

// EquivalentsText is equivalents as ParseEquivalents reads them.
func EquivalentsText(eqs []Equivalent) string {
	lines := make([]string, len(eqs))
	for i, e := range eqs {
		lines[i] = e.Lang + ": " + e.Text
	}
	return strings.Join(lines, "\n")
}
