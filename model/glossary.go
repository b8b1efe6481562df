package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TermSpan is a watched word or glossary term found in a promise's text.
type TermSpan struct {
	// Term is the word as it should be defined: the glossary entry when the
	// deal has one; otherwise the watch-list entry as listed when the text
	// writes that entry ("SLA" for "sla", "go-live" for "Go-Live"), or the
	// words as written, in lower case, for an inflected form ("wdrożenia").
	Term string
	// Start and End are byte offsets into the text.
	Start, End int
	// Agreed is true when the deal's glossary has the term as agreed.
	Agreed bool
	// TermID is the glossary entry, 0 when there is none.
	TermID int64
}

// Glossary tells, for one deal, which of the words that start arguments a
// text uses and whether each is agreed. A term counts as defined only when
// it is agreed in that deal's glossary.
type Glossary struct {
	matcher *Matcher
	terms   map[string]Term // by TermKey
}

// NewGlossary builds the detector for a deal from its glossary and the watch
// list entries (see WatchWords). Glossary terms are watched too, so a term
// the team added is found even when no watch list has it.
func NewGlossary(terms []Term, watch []string) *Glossary {
	g := &Glossary{terms: make(map[string]Term, len(terms))}
	own := make([]string, 0, len(terms))
	for _, t := range terms {
		k := TermKey(t.Term)
		if k == "" {
			continue
		}
		if prev, ok := g.terms[k]; !ok || (t.Status == TermAgreed && prev.Status != TermAgreed) {
			g.terms[k] = t
		}
		own = append(own, t.Term)
	}
	g.matcher = NewMatcher(own, watch)
	return g
}

// Scan finds every watched word and glossary term in text.
func (g *Glossary) Scan(text string) []TermSpan {
	matches := g.matcher.Find(text)
	if len(matches) == 0 {
		return nil
	}
	out := make([]TermSpan, 0, len(matches))
	for _, m := range matches {
		written := normalSpace(strings.ToLower(text[m.Start:m.End]))
		span := TermSpan{Term: written, Start: m.Start, End: m.End}
		if t, ok := g.lookup(m.Word, written, &span); ok {
			span.Term, span.TermID, span.Agreed = t.Term, t.ID, t.Status == TermAgreed
		}
		out = append(out, span)
	}
	return out
}

// lookup finds the glossary entry for a match by the entry it matched or by
// the words as written. With no entry, a text that writes the watched entry
// itself (in another case or spelling) takes the entry's name in span:
// "SLA", not "sla".
func (g *Glossary) lookup(word, written string, span *TermSpan) (Term, bool) {
	wordKey := TermKey(word)
	if t, ok := g.terms[wordKey]; ok {
		return t, true
	}
	writtenKey := TermKey(written)
	if t, ok := g.terms[writtenKey]; ok {
		return t, true
	}
	// An inflected form found by a stem ("wdroż*" in "wdrożenia") is covered
	// by a glossary entry for any form of the same stem ("wdrożenie").
	if wordKey != writtenKey && strings.HasPrefix(writtenKey, wordKey) && utf8.RuneCountInString(wordKey) >= 3 {
		var found Term
		ok := false
		for k, t := range g.terms {
			if strings.HasPrefix(k, wordKey) && (!ok || (t.Status == TermAgreed && found.Status != TermAgreed) ||
				(t.Status == found.Status && t.ID < found.ID)) {
				found, ok = t, true
			}
		}
		if ok {
			return found, true
		}
	}
	if wordKey == writtenKey {
		span.Term = word
	}
	return Term{}, false
}

// Undefined lists the distinct terms in text that are not agreed, in the
// order they first appear.
func (g *Glossary) Undefined(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range g.Scan(text) {
		k := TermKey(s.Term)
		if s.Agreed || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s.Term)
	}
	return out
}

// TermKey is how terms are compared: case-folded, with spaces, hyphens and
// other punctuation dropped, so "Real-time", "real time" and "realtime" are
// one term.
func TermKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	if b.Len() == 0 {
		return strings.TrimSpace(s) // "24/7" keeps something to compare
	}
	return b.String()
}

// normalSpace collapses runs of white space to one space.
func normalSpace(s string) string {
	single := true // already one ASCII space between words, none at the ends
	for i := 0; i < len(s) && single; i++ {
		switch c := s[i]; {
		case c == ' ':
			single = i > 0 && i < len(s)-1 && s[i-1] != ' '
		case c < ' ' || c >= utf8.RuneSelf:
			single = false // maybe other white space: take the long way
		}
	}
	if single {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
