package model

// Finding watched words and glossary terms in promise text.
//
// A Matcher is built from entries (watch words, glossary terms) and reports
// where they occur in a text, so the UI can highlight them and the rules can
// tell which terms a deal uses.
//
// How text is compared:
//
//   - Case-insensitively, with Unicode simple case folding: "WDROŻENIE" finds
//     "wdrożenie", "ECHTZEIT" finds "Echtzeit", "ẞ" finds "ß". Folding is
//     rune by rune, so "STRASSE" does not find "Straße". Typographic
//     apostrophes (’) count as ', and the Unicode hyphens ‐ ‑ ‒ – as -.
//     Text is not normalised: a word typed with combining accents (NFD) does
//     not match the same word typed precomposed (NFC).
//   - In languages written with spaces, whole words only: "support" is not
//     found in "supportive", "24/7" not in "124/7". A word is a run of
//     letters, digits and combining marks; every other character
//     (punctuation, symbols) stands alone, so "SLA" is found in "SLA-backed"
//     and "SLA's". Invisible format characters (soft hyphen, zero-width
//     space, bidi marks) are ignored.
//   - Entries with punctuation match as written: "24/7" in "24/7 support",
//     "go-live" in "Go-Live by May". "real-time", "realtime" and
//     "real time" are different entries; the built-in lists carry the
//     variants.
//   - Where an entry has whitespace, the text may have any run of whitespace,
//     line breaks included: "out of the box" finds "out of\nthe  box". Where
//     an entry has none, the text must have none either.
//   - Han, Hiragana, Katakana and Hangul text is matched as substrings, since
//     those scripts do not separate words: "实时" is found in "实时集成".
//     Between such a character and a Latin word, a space is optional on
//     both sides: "SAP集成" finds "SAP 集成" and the other way round.
//
// Plurals and inflections: an entry word followed directly by "*" is a stem
// and matches itself followed by any letters — "wdroż*" finds "wdrożenie",
// "wdrożenia", "wdrożeniem", "Schnittstelle*" finds "Schnittstellen", and
// "faz* 2" finds "fazie 2". The star is allowed on any word of an entry
// (after a letter, before a space or the end); anywhere else it is an
// ordinary character ("7*24"). The Word reported for a stemmed entry is the
// entry without its stars. An entry without a star matches an optional
// plural on its last word: "s", "es", or "ies" for a word ending in "y"
// ("integration" finds "integrations", "SLA" finds "SLAs", "dependency"
// finds "dependencies"); this is the only inflection applied without a star,
// and it never stretches a word into another ("support" does not find
// "supportive"). The built-in lists use stems for Polish, German, Swedish
// and Italian, and list English forms such as "integrate" and "integrated"
// one by one so that the reported words read well.
//
// Where entries overlap, the leftmost match wins, and of the matches starting
// there the longest; equally long matches go to the entry listed first. So
// "wsparcie 24/7" wins over "wsparcie" and "24/7", and "实时集成" gives both
// "实时" and "集成".

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Match is one watched word or glossary term found in a text.
type Match struct {
	// Word is the entry as listed ("real-time", a glossary term as the user
	// wrote it), without the stars of a stemmed entry.
	Word string
	// Start is the byte offset of the match in the text.
	Start int
	// End is the byte offset just past the match.
	End int
}

// Matcher finds words in text. Build one per deal with NewMatcher and call
// Find per promise. A Matcher is not changed by Find and is safe for
// concurrent use.
type Matcher struct {
	entries []termEntry
	// exact holds the entries by their folded first word, plural forms
	// included.
	exact map[string][]int32
	// stems holds the entries whose first word is a stem, by its first rune.
	stems map[rune][]int32
}

// termEntry is one entry of a Matcher, split into tokens.
type termEntry struct {
	word string
	toks []termTok
}

// termTok is one token of an entry or a text: a word, a CJK character or a
// single other character.
type termTok struct {
	// text is the folded token; for a text token, fold[start:end] is kept in
	// fs and fe instead.
	text string
	// start and end are byte offsets into the original text.
	start, end int32
	// fs and fe are byte offsets into the folded text.
	fs, fe int32
	class  termClass
	// gap reports whitespace between this token and the one before.
	gap bool
	// stem marks an entry word ending in "*"; plural marks the last word of
	// an entry that may take a plural ending.
	stem, plural bool
}

// termClass sorts characters for tokenising.
type termClass uint8

const (
	classSpace   termClass = iota // whitespace: separates tokens
	classWord                     // letters, digits, marks: runs form one token
	classCJK                      // Han, kana, Hangul: one token per character
	classIgnore                   // format characters: skipped
	classOther                    // punctuation, symbols, controls: one token each
	classInvalid                  // a byte that is not UTF-8: never matches
)

// NewMatcher builds a Matcher from lists of entries. Blank entries are
// skipped; entries that are the same case-insensitively collapse to the
// first.
func NewMatcher(words ...[]string) *Matcher {
	m := &Matcher{exact: map[string][]int32{}, stems: map[rune][]int32{}}
	seen := map[string]bool{}
	for _, list := range words {
		for _, w := range list {
			e, key, ok := parseTermEntry(w)
			if !ok || seen[key] {
				continue
			}
			seen[key] = true
			m.add(e)
		}
	}
	return m
}

// add indexes e by its first token.
func (m *Matcher) add(e termEntry) {
	i := int32(len(m.entries))
	m.entries = append(m.entries, e)
	first := e.toks[0]
	if first.stem {
		r, _ := utf8.DecodeRuneInString(first.text)
		m.stems[r] = append(m.stems[r], i)
		return
	}
	m.exact[first.text] = append(m.exact[first.text], i)
	if first.plural {
		for _, p := range pluralForms(first.text) {
			m.exact[p] = append(m.exact[p], i)
		}
	}
}

// parseTermEntry splits an entry into tokens, marks its stems and plural,
// and returns the word to report and a key that is equal for entries that
// are the same case-insensitively.
func parseTermEntry(w string) (e termEntry, key string, ok bool) {
	w = strings.TrimSpace(w)
	fold, toks := tokenizeTerms(w, nil)
	var word, k strings.Builder
	last := 0 // end of the part of w copied to word
	out := make([]termTok, 0, len(toks))
	for i, t := range toks {
		if t.class == classInvalid {
			return termEntry{}, "", false
		}
		t.text = fold[t.fs:t.fe]
		if t.text == "*" && len(out) > 0 && !t.gap && (i == len(toks)-1 || toks[i+1].gap) {
			prev := &out[len(out)-1]
			r, _ := utf8.DecodeLastRuneInString(prev.text)
			if !prev.stem && prev.end == t.start && (prev.class == classCJK || unicode.IsLetter(r) || unicode.IsMark(r)) {
				prev.stem = true
				word.WriteString(w[last:t.start])
				last = int(t.end)
				continue
			}
		}
		out = append(out, t)
	}
	word.WriteString(w[last:])
	if len(out) == 0 {
		return termEntry{}, "", false
	}
	lastTok := &out[len(out)-1]
	if lastTok.class == classWord && !lastTok.stem {
		r, _ := utf8.DecodeLastRuneInString(lastTok.text)
		lastTok.plural = unicode.IsLetter(r)
	}
	for i, t := range out {
		if i > 0 && gapMatters(out[i-1], t) && t.gap {
			k.WriteByte(' ')
		}
		k.WriteString(t.text)
		if t.stem {
			k.WriteByte('*')
		}
		k.WriteByte(0) // ends the token
	}
	return termEntry{word: word.String(), toks: out}, k.String(), true
}

// pluralForms returns the plural endings a word may take without a star.
func pluralForms(w string) []string {
	forms := []string{w + "s", w + "es"}
	if strings.HasSuffix(w, "y") {
		forms = append(forms, w[:len(w)-1]+"ies")
	}
	return forms
}

// Find returns the entries found in text, sorted by Start and not
// overlapping.
func (m *Matcher) Find(text string) []Match {
	if m == nil || len(m.entries) == 0 || text == "" {
		return nil
	}
	fold, toks := tokenizeTerms(text, make([]termTok, 0, len(text)/4+1))
	var out []Match
	for i := 0; i < len(toks); {
		t := toks[i]
		ft := fold[t.fs:t.fe]
		best, bestEnd := int32(-1), -1
		try := func(cands []int32) {
			for _, c := range cands {
				end := m.entries[c].matchAt(fold, toks, i)
				if end > bestEnd || end == bestEnd && end >= 0 && c < best {
					best, bestEnd = c, end
				}
			}
		}
		try(m.exact[ft])
		if len(m.stems) > 0 && (t.class == classWord || t.class == classCJK) {
			r, _ := utf8.DecodeRuneInString(ft)
			try(m.stems[r])
		}
		if best < 0 {
			i++
			continue
		}
		out = append(out, Match{
			Word:  m.entries[best].word,
			Start: int(t.start),
			End:   int(toks[bestEnd].end),
		})
		i = bestEnd + 1
	}
	return out
}

// matchAt reports the index of the last text token of e when e matches the
// tokens from i on, or -1.
func (e *termEntry) matchAt(fold string, toks []termTok, i int) int {
	if i+len(e.toks) > len(toks) {
		return -1
	}
	for k := range e.toks {
		et, tt := &e.toks[k], &toks[i+k]
		if k > 0 && et.gap != tt.gap && gapMatters(e.toks[k-1], *et) {
			return -1
		}
		if !et.matches(fold[tt.fs:tt.fe]) {
			return -1
		}
	}
	return i + len(e.toks) - 1
}

// matches reports whether the folded text token s matches entry token et.
func (et *termTok) matches(s string) bool {
	switch {
	case et.stem:
		return strings.HasPrefix(s, et.text) && allLetters(s[len(et.text):])
	case s == et.text:
		return true
	case et.plural && len(s) > len(et.text):
		w := et.text
		if strings.HasPrefix(s, w) {
			rest := s[len(w):]
			return rest == "s" || rest == "es"
		}
		return len(s) == len(w)+2 && w[len(w)-1] == 'y' &&
			s[:len(w)-1] == w[:len(w)-1] && s[len(w)-1:] == "ies"
	}
	return false
}

// gapMatters reports whether whitespace between two entry tokens must be
// matched as written. Between a CJK character and anything else it is
// optional, since writers differ on spacing there.
func gapMatters(a, b termTok) bool {
	return (a.class == classCJK) == (b.class == classCJK)
}

// allLetters reports whether s is made of letters and combining marks only.
func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// tokenizeTerms splits s into tokens, appending them to toks, and returns
// the folded text the tokens' fs and fe point into.
func tokenizeTerms(s string, toks []termTok) (string, []termTok) {
	var fold strings.Builder
	fold.Grow(len(s))
	gap := false
	for i := 0; i < len(s); {
		r, size := decodeTermRune(s, i)
		c := classifyTermRune(r, size)
		switch c {
		case classSpace:
			gap = true
			i += size
			continue
		case classIgnore:
			i += size
			continue
		}
		t := termTok{start: int32(i), fs: int32(fold.Len()), class: c, gap: gap}
		gap = false
		i += size
		switch c {
		case classWord:
			writeFolded(&fold, r)
			for i < len(s) {
				r, size = decodeTermRune(s, i)
				rc := classifyTermRune(r, size)
				if rc == classIgnore {
					// Skip soft hyphens and the like inside a word, but
					// not at its end.
					j := i + size
					for j < len(s) {
						n, nsize := decodeTermRune(s, j)
						if rc = classifyTermRune(n, nsize); rc != classIgnore {
							break
						}
						j += nsize
					}
					if j == len(s) || rc != classWord {
						break
					}
					i = j
					continue
				}
				if rc != classWord {
					break
				}
				writeFolded(&fold, r)
				i += size
			}
		case classCJK:
			fold.WriteString(s[t.start:i])
		case classOther:
			writeFolded(&fold, r)
		}
		t.end, t.fe = int32(i), int32(fold.Len())
		toks = append(toks, t)
	}
	return fold.String(), toks
}

// decodeTermRune decodes the rune at s[i:], quickly for ASCII.
func decodeTermRune(s string, i int) (rune, int) {
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// classifyTermRune sorts r, decoded from size bytes, for tokenising.
func classifyTermRune(r rune, size int) termClass {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			return classWord
		case r == ' ', '\t' <= r && r <= '\r':
			return classSpace
		}
		return classOther
	}
	switch {
	case r == utf8.RuneError && size == 1:
		return classInvalid
	case unicode.IsSpace(r):
		return classSpace
	case isCJK(r):
		return classCJK
	case unicode.IsLetter(r), unicode.IsNumber(r), unicode.IsMark(r):
		return classWord
	case unicode.Is(unicode.Cf, r):
		return classIgnore
	}
	return classOther
}

// isCJK reports whether r belongs to a script written without spaces
// between words, which is matched as substrings.
func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	switch r {
	case 0x3005, 0x3006, 0x303B, 0x30FC, 0xFF70, 0xFF9E, 0xFF9F: // 々 〆 〻 ー and half-width marks
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// writeFolded writes the case-folded form of r.
func writeFolded(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	b.WriteRune(foldTermRune(r))
}

// foldTermRune maps every rune of a Unicode simple case-folding orbit
// (k, K, K) to the same rune: the smallest of the orbit, or for ASCII
// letters the lower case one.
func foldTermRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u02BC':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return '-'
	}
	low := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		low = min(low, f)
	}
	if 'A' <= low && low <= 'Z' {
		low += 'a' - 'A'
	}
	return low
}

// WatchWords returns the built-in watch words followed by the user's, as
// entries for NewMatcher.
func WatchWords(user []WatchWord) []string {
	builtin := BuiltinWatchList()
	out := make([]string, 0, len(builtin)+len(user))
	for _, w := range builtin {
		out = append(out, w.Word)
	}
	for _, w := range user {
		if strings.TrimSpace(w.Word) != "" {
			out = append(out, w.Word)
		}
	}
	return out
}
