package model

import (
	"slices"
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
//
// A Glossary remembers how it resolved each word it has met, so scanning
// many promises that use the same words is cheap; it is for one goroutine
// at a time.
type Glossary struct {
	matcher *Matcher
	terms   map[string]Term // by TermKey
	// dismissed are the watched words (by TermKey) the deal's people said
	// are no terms here: they are found in no text unless the glossary has
	// an entry for them.
	dismissed map[string]bool
	memo      map[matchKey]resolved
	found     map[promiseKey][]string // InPromise by promise
}

// promiseKey identifies a promise's text: its id and revision.
type promiseKey struct {
	id       int64
	revision int
}

// matchKey is a match as the glossary resolves it: the entry that matched
// and the text as written.
type matchKey struct{ word, written string }

// resolved is what a match comes to: the term to define, its key, and the
// glossary entry if there is one.
type resolved struct {
	term   string
	key    string
	id     int64
	agreed bool
}

// NewGlossary builds the detector for a deal from its glossary and the watch
// list entries (see WatchWords). Glossary terms are watched too, so a term
// the team added is found even when no watch list has it.
func NewGlossary(terms []Term, watch []string) *Glossary {
	g := &Glossary{terms: make(map[string]Term, len(terms)), memo: map[matchKey]resolved{}, found: map[promiseKey][]string{}}
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
	// A term's equivalents in other languages are the same entry: agreeing
	// "real-time" covers "Echtzeit" when the entry lists it. An entry of
	// their own comes first.
	for _, t := range terms {
		for _, e := range t.Equivalents {
			k := TermKey(e.Text)
			if k == "" {
				continue
			}
			if prev, ok := g.terms[k]; !ok || (t.Status == TermAgreed && prev.Status != TermAgreed && TermKey(prev.Term) != k) {
				g.terms[k] = t
				own = append(own, e.Text)
			}
		}
	}
	g.matcher = NewMatcher(own, watch)
	return g
}

// Dismiss makes the glossary overlook watched words that the deal's people
// said are no terms in this deal ("integration" used plainly). A word with
// a glossary entry is still found. It returns g, and is for a glossary not
// yet used.
func (g *Glossary) Dismiss(words []string) *Glossary {
	for _, w := range words {
		if g.dismissed == nil {
			g.dismissed = map[string]bool{}
		}
		g.dismissed[TermKey(w)] = true
	}
	return g
}

// overlooked reports whether a resolved match is a dismissed word.
func (g *Glossary) overlooked(r resolved) bool { return r.id == 0 && g.dismissed[r.key] }

// Scan finds every watched word and glossary term in text, less the words
// dismissed for the deal.
func (g *Glossary) Scan(text string) []TermSpan {
	matches := g.matcher.Find(text)
	if len(matches) == 0 {
		return nil
	}
	out := make([]TermSpan, 0, len(matches))
	for _, m := range matches {
		r := g.resolve(m.Word, text[m.Start:m.End])
		if g.overlooked(r) {
			continue
		}
		out = append(out, TermSpan{Term: r.term, Start: m.Start, End: m.End, Agreed: r.agreed, TermID: r.id})
	}
	return out
}

// fork is a glossary for another goroutine: the same matcher and entries
// (only read), memories of its own.
func (g *Glossary) fork() *Glossary {
	return &Glossary{matcher: g.matcher, terms: g.terms, dismissed: g.dismissed, memo: map[matchKey]resolved{},
		found: map[promiseKey][]string{}}
}

// absorb keeps what a fork found, once the fork is done.
func (g *Glossary) absorb(f *Glossary) {
	for k, v := range f.memo {
		g.memo[k] = v
	}
	for k, v := range f.found {
		g.found[k] = v
	}
}

// resolve names a match and finds its glossary entry, once per distinct
// entry and spelling.
func (g *Glossary) resolve(word, raw string) resolved {
	k := matchKey{word, raw}
	if r, ok := g.memo[k]; ok {
		return r
	}
	written := normalSpace(strings.ToLower(raw))
	span := TermSpan{Term: written}
	var r resolved
	if t, ok := g.lookup(word, written, &span); ok {
		r = resolved{term: t.Term, id: t.ID, agreed: t.Status == TermAgreed}
	} else {
		r = resolved{term: span.Term}
	}
	r.key = TermKey(r.term)
	g.memo[k] = r
	return r
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
	out, _ := g.undefined(nil, nil, text)
	return out
}

// InPromise is Undefined for a promise's title and detail, remembered by
// promise and revision: the rules, the readiness and the screens ask for
// the same promises.
func (g *Glossary) InPromise(p Promise) []string {
	k := promiseKey{p.ID, p.Revision}
	if out, ok := g.found[k]; ok && p.ID != 0 {
		return out
	}
	out, keys := g.undefined(nil, nil, p.Title)
	out, _ = g.undefined(out, keys, p.Detail)
	if p.ID != 0 {
		g.found[k] = out
	}
	return out
}

// undefined appends the undefined terms of text not yet in out (whose keys
// are keys).
func (g *Glossary) undefined(out, keys []string, text string) ([]string, []string) {
	for _, m := range g.matcher.Find(text) {
		r := g.resolve(m.Word, text[m.Start:m.End])
		if r.agreed || g.overlooked(r) || slices.Contains(keys, r.key) {
			continue
		}
		keys = append(keys, r.key)
		out = append(out, r.term)
	}
	return out, keys
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
