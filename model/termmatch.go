package model

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Matcher finds watched words and glossary terms in promise text, and
// reports where they occur so the UI can highlight them and the rules can
// tell which terms a deal uses. Build one per deal with NewMatcher from the
// entries (WatchWords, the glossary's terms) and call Find per promise. Find
// is safe for concurrent use.
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
//     (punctuation, symbols, control characters) stands alone, so "SLA" is
//     found in "SLA-backed" and "SLA's". Invisible format characters (soft
//     hyphen, zero-width space, bidi marks) are ignored. Escape sequences are
//     not interpreted: in "\x1b[31mreal-time" the word is "31mreal".
//   - Entries with punctuation match as written: "24/7" in "24/7 support",
//     "go-live" in "Go-Live by May". "real-time", "realtime" and
//     "real time" are different entries; the built-in lists carry the
//     variants.
//   - Where an entry has whitespace, the text may have any run of whitespace,
//     line breaks included: "out of the box" finds "out of\nthe  box". Where
//     an entry has none, the text must have none either.
//   - Han, Hiragana, Katakana and Hangul text is matched as substrings, since
//     those scripts do not separate words: "实时" is found in "实时集成".
//     Between such a character and a Latin word a space is optional: the
//     entry "SAP集成" finds "SAP 集成" in a text, and the other way round.
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
// finds "dependencies"), in every language, since elsewhere the endings
// are harmless. That is the only inflection applied without a star, and it
// never stretches a word into another ("support" does not find
// "supportive"). The built-in lists use stems for Polish, German, Swedish
// and Italian, and list English forms such as "integrate" and "integrated"
// one by one so that the reported words read well.
//
// Where entries overlap, the leftmost match wins, and of the matches starting
// there the longest; equally long matches go to the entry listed first. So
// "wsparcie 24/7" wins over "wsparcie" and "24/7", and "实时集成" gives both
// "实时" and "集成".
type Matcher struct {
	entries []termEntry
	// exact holds the entries whose first word is not a stem, by that word
	// folded; plural forms of a one-word entry are keys too.
	exact map[string][]int32
	// stems holds the entries whose first word is a stem, by the first
	// stemKey bytes of the folded stem (or all of it, when shorter).
	stems map[string][]int32
	// short[n] reports whether a stem of n < stemKey bytes exists.
	short [stemKey]bool
	// exactKeys and stemKeys rule out most map lookups that would miss.
	exactKeys, stemKeys termFilter
	// scratch holds *termScratch buffers for Find.
	scratch sync.Pool
}

// Match is one watched word or glossary term found in a text.
type Match struct {
	// Word is the entry as listed ("real-time", a glossary term as the user
	// wrote it), trimmed of surrounding spaces and without the stars of a
	// stemmed entry.
	Word string
	// Start is the byte offset of the match in the text.
	Start int
	// End is the byte offset just past the match.
	End int
}

// termScratch is the working memory of one Find call, reused across calls.
type termScratch struct {
	fold    []byte
	toks    []textTok
	matches []Match
}

// termFilter is a set of hashes that may have false positives but no false
// negatives: a cheap test before a map lookup.
type termFilter [64]uint64

func (f *termFilter) add(h uint32)      { f[h>>6] |= 1 << (h & 63) }
func (f *termFilter) has(h uint32) bool { return f[h>>6]&(1<<(h&63)) != 0 }

// wordHash hashes a non-empty folded word by its length and its first and
// last bytes, into 12 bits.
func wordHash(w []byte) uint32 {
	return (uint32(w[0])<<16 | uint32(w[len(w)-1])<<8 | uint32(len(w)&0xff)) * 2654435761 >> 20
}

// prefixHash hashes a folded stem or word prefix, into 12 bits. Callers
// walking prefixes of growing length keep h, the running hash of the prefix
// without its last byte, to add one byte at a time; h starts at 0.
func prefixHash(h uint32, w []byte) (running, hash uint32) {
	running = h*31 + uint32(w[len(w)-1])
	return running, (running ^ uint32(len(w))<<24) * 2654435761 >> 20
}

// stemKey is how many leading bytes of a stem index it.
const stemKey = 4

// termEntry is one entry of a Matcher, split into tokens.
type termEntry struct {
	word string
	toks []entryTok
}

// entryTok is one token of an entry: a word, a CJK character or a single
// other character.
type entryTok struct {
	text  string // folded
	class termClass
	// gap reports whitespace between this token and the one before.
	gap bool
	// stem marks a word written with a "*" after it; plural marks the last
	// word of an entry, when it may take a plural ending.
	stem, plural bool
}

// textTok is one token of a text being searched. Offsets are int32: a
// promise is far below 2 GiB.
type textTok struct {
	// start and end are byte offsets into the text; fs and fe into its
	// folded form.
	start, end, fs, fe int32
	class              termClass
	// gap reports whitespace between this token and the one before.
	gap bool
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
	m := &Matcher{exact: map[string][]int32{}, stems: map[string][]int32{}}
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
	first := e.toks[0].text
	if e.toks[0].stem {
		if len(first) < stemKey {
			m.short[len(first)] = true
		} else {
			first = first[:stemKey]
		}
		var h, hash uint32
		for n := 1; n <= len(first); n++ {
			h, hash = prefixHash(h, []byte(first[:n]))
		}
		m.stemKeys.add(hash)
		m.stems[first] = append(m.stems[first], i)
		return
	}
	keys := []string{first}
	if e.toks[0].plural {
		keys = append(keys, pluralForms(first)...)
	}
	for _, k := range keys {
		m.exact[k] = append(m.exact[k], i)
		m.exactKeys.add(wordHash([]byte(k)))
	}
}

// parseTermEntry splits an entry into tokens, marks its stems and plural,
// and returns the word to report and a key that is equal for entries that
// are the same case-insensitively.
func parseTermEntry(w string) (e termEntry, key string, ok bool) {
	w = strings.TrimSpace(w)
	fold, toks := tokenizeTerms(w, nil, nil)
	var word, k strings.Builder
	last := 0 // end of the part of w copied to word
	out := make([]entryTok, 0, len(toks))
	for i, t := range toks {
		if t.class == classInvalid {
			return termEntry{}, "", false
		}
		et := entryTok{text: string(fold[t.fs:t.fe]), class: t.class, gap: t.gap}
		if et.text == "*" && len(out) > 0 && !t.gap && toks[i-1].end == t.start &&
			(i == len(toks)-1 || toks[i+1].gap) {
			prev := &out[len(out)-1]
			r, _ := utf8.DecodeLastRuneInString(prev.text)
			if !prev.stem && (prev.class == classCJK || unicode.IsLetter(r) || unicode.IsMark(r)) {
				prev.stem = true
				word.WriteString(w[last:t.start])
				last = int(t.end)
				continue
			}
		}
		out = append(out, et)
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
		if i > 0 && t.gap && gapMatters(out[i-1].class, t.class) {
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
	sc, _ := m.scratch.Get().(*termScratch)
	if sc == nil {
		sc = &termScratch{}
	}
	defer m.scratch.Put(sc)
	sc.fold = slices.Grow(sc.fold[:0], len(text))
	sc.toks = slices.Grow(sc.toks[:0], len(text)/3+1)
	sc.fold, sc.toks = tokenizeTerms(text, sc.fold, sc.toks)
	fold, toks := sc.fold, sc.toks
	found := sc.matches[:0]
	for i := 0; i < len(toks); {
		t := &toks[i]
		w := fold[t.fs:t.fe]
		best, bestEnd := int32(-1), -1
		if len(w) > 0 && m.exactKeys.has(wordHash(w)) {
			// Entries found by their first word need only the rest checked.
			for _, c := range m.exact[string(w)] {
				if end := m.entries[c].matchFrom(fold, toks, i, 1); end > bestEnd {
					best, bestEnd = c, end
				}
			}
		}
		if t.class == classWord || t.class == classCJK {
			var h, hash uint32
			for n := 1; n <= stemKey && n <= len(w); n++ {
				if h, hash = prefixHash(h, w[:n]); n < stemKey && !m.short[n] || !m.stemKeys.has(hash) {
					continue
				}
				for _, c := range m.stems[string(w[:n])] {
					end := m.entries[c].matchFrom(fold, toks, i, 0)
					if end > bestEnd || end == bestEnd && end >= 0 && c < best {
						best, bestEnd = c, end
					}
				}
			}
		}
		if best < 0 {
			i++
			continue
		}
		found = append(found, Match{
			Word:  m.entries[best].word,
			Start: int(t.start),
			End:   int(toks[bestEnd].end),
		})
		i = bestEnd + 1
	}
	sc.matches = found
	if len(found) == 0 {
		return nil
	}
	return slices.Clone(found)
}

// matchFrom reports the index of the text token that ends e when e matches
// the tokens from i on, or -1. Tokens of e before from are taken as matched.
func (e *termEntry) matchFrom(fold []byte, toks []textTok, i, from int) int {
	if i+len(e.toks) > len(toks) {
		return -1
	}
	for k := from; k < len(e.toks); k++ {
		et, tt := &e.toks[k], &toks[i+k]
		if k > 0 && et.gap != tt.gap && gapMatters(e.toks[k-1].class, et.class) {
			return -1
		}
		if !et.matches(fold[tt.fs:tt.fe]) {
			return -1
		}
	}
	return i + len(e.toks) - 1
}

// matches reports whether the folded text token s matches et.
func (et *entryTok) matches(s []byte) bool {
	w := et.text
	switch {
	case et.stem:
		return len(s) >= len(w) && string(s[:len(w)]) == w && allLetters(s[len(w):])
	case string(s) == w:
		return true
	case !et.plural || len(s) <= len(w):
		return false
	case string(s[:len(w)]) == w:
		rest := string(s[len(w):])
		return rest == "s" || rest == "es"
	}
	return len(s) == len(w)+2 && w[len(w)-1] == 'y' &&
		string(s[:len(w)-1]) == w[:len(w)-1] && string(s[len(w)-1:]) == "ies"
}

// gapMatters reports whether whitespace between tokens of classes a and b
// must be matched as written. Between a CJK character and anything else it
// is optional, since writers differ on spacing there.
func gapMatters(a, b termClass) bool {
	return (a == classCJK) == (b == classCJK)
}

// allLetters reports whether s is made of letters and combining marks only.
func allLetters(s []byte) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			return false
		}
		s = s[size:]
	}
	return true
}

// tokenizeTerms splits s into tokens, appending them to toks, and its
// folded form, appending it to fold, which the tokens' fs and fe point into.
func tokenizeTerms(s string, fold []byte, toks []textTok) ([]byte, []textTok) {
	gap := false
	for i := 0; i < len(s); {
		t := textTok{start: int32(i), fs: int32(len(fold)), gap: gap}
		if b := s[i]; b < utf8.RuneSelf {
			// ASCII, the common case, without decoding.
			switch {
			case b == ' ', '\t' <= b && b <= '\r':
				gap = true
				i++
				continue
			case 'a' <= b && b <= 'z', '0' <= b && b <= '9':
				// Most words are lower case ASCII throughout.
				t.class = classWord
				j := i + 1
				for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || '0' <= s[j] && s[j] <= '9') {
					j++
				}
				fold = append(fold, s[i:j]...)
				if i = j; i < len(s) && (s[i] >= utf8.RuneSelf || 'A' <= s[i] && s[i] <= 'Z') {
					i, fold = scanTermWord(s, i, fold)
				}
			case 'A' <= b && b <= 'Z':
				t.class = classWord
				i, fold = scanTermWord(s, i, fold)
			default:
				t.class = classOther
				fold = append(fold, b)
				i++
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			t.class = classifyTermRune(r, size)
			switch t.class {
			case classSpace:
				gap = true
				i += size
				continue
			case classIgnore:
				i += size
				continue
			case classWord:
				i, fold = scanTermWord(s, i, fold)
			case classCJK:
				fold = append(fold, s[i:i+size]...)
				i += size
			case classOther:
				fold = utf8.AppendRune(fold, foldTermRune(r))
				i += size
			default: // classInvalid: no folded form, so it never matches
				i += size
			}
		}
		t.end, t.fe = int32(i), int32(len(fold))
		toks = append(toks, t)
		gap = false
	}
	return fold, toks
}

// scanTermWord scans the word starting at s[i:], appending it folded, and
// returns where the word ends.
func scanTermWord(s string, i int, fold []byte) (int, []byte) {
	for i < len(s) {
		// Copy a run of lower case ASCII letters and digits at once.
		j := i
		for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || '0' <= s[j] && s[j] <= '9') {
			j++
		}
		fold = append(fold, s[i:j]...)
		if i = j; i == len(s) {
			break
		}
		b := s[i]
		if 'A' <= b && b <= 'Z' {
			fold = append(fold, b+'a'-'A')
			i++
			continue
		}
		if b < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch classifyTermRune(r, size) {
		case classWord:
			fold = utf8.AppendRune(fold, foldTermRune(r))
			i += size
			continue
		case classIgnore:
			// Skip soft hyphens and the like inside a word, but not at
			// its end.
			j := i + size
			c := classIgnore
			for j < len(s) && c == classIgnore {
				r, size = utf8.DecodeRuneInString(s[j:])
				if c = classifyTermRune(r, size); c == classIgnore {
					j += size
				}
			}
			if c == classWord {
				i = j
				continue
			}
		}
		break
	}
	return i, fold
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
	case 0xC0 <= r && r < 0x250 && r != 0xD7 && r != 0xF7:
		return classWord // Latin-1 letters, Latin Extended-A and -B
	case isCJK(r):
		return classCJK
	case unicode.IsSpace(r):
		return classSpace
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
	switch {
	case r < 0x1100:
		return false
	case 0x4E00 <= r && r <= 0x9FFF, 0x3041 <= r && r <= 0x30FF, 0xAC00 <= r && r <= 0xD7A3:
		return true // common Han, kana and Hangul syllables
	}
	switch r {
	case 0x3005, 0x3006, 0x303B, 0x30FC, 0xFF70, 0xFF9E, 0xFF9F: // 々 〆 〻 ー and half-width marks
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// foldTermRune maps every rune of a Unicode simple case-folding orbit
// (k, K, K) to the same rune: the smallest of the orbit, or for ASCII
// letters the lower case one. It also maps typographic apostrophes to '
// and Unicode hyphens to -.
func foldTermRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u02BC':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return '-'
	}
	if 0xE0 <= r && r <= 0xFE && r != 0xF7 {
		return r - 0x20 // Latin-1 lower case: the smallest of its orbit is its upper case
	}
	if r < 0x100 && r != 0xB5 && r != 0xDF && r != 0xFF {
		return r // the rest of Latin-1 folds to itself (µ, ß and ÿ have orbits beyond)
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
