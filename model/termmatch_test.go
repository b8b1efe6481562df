package model

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// termFound is a match as the tests write it: the entry and the text it covers.
type termFound struct{ word, text string }

func termsFound(t *testing.T, text string, ms []Match) []termFound {
	t.Helper()
	checkTermMatches(t, text, ms)
	var out []termFound
	for _, m := range ms {
		out = append(out, termFound{m.Word, text[m.Start:m.End]})
	}
	return out
}

// checkTermMatches checks what must hold of every result of Find.
func checkTermMatches(t testing.TB, text string, ms []Match) {
	t.Helper()
	for i, m := range ms {
		if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("match %d %+v out of range for %d bytes", i, m, len(text))
		}
		if !utf8.ValidString(text[m.Start:m.End]) {
			t.Fatalf("match %d %+v cuts a character: %q", i, m, text[m.Start:m.End])
		}
		if i > 0 && m.Start < ms[i-1].End {
			t.Fatalf("match %d %+v overlaps or precedes %+v", i, m, ms[i-1])
		}
		if m.Word == "" {
			t.Fatalf("match %d has no word", i)
		}
	}
}

func builtinTermMatcher() *Matcher { return NewMatcher(WatchWords(nil)) }

func TestFindBuiltin(t *testing.T) {
	m := builtinTermMatcher()
	tests := []struct {
		name, text string
		want       []termFound
	}{
		// English.
		{"en/punctuation as written", "We promise real-time sync and 24/7 support.",
			[]termFound{{"real-time", "real-time"}, {"24/7", "24/7"}, {"support", "support"}}},
		{"en/case", "Go-Live by May, SLA agreed, asap", []termFound{{"go-live", "Go-Live"}, {"SLA", "SLA"}, {"ASAP", "asap"}}},
		{"en/not inside a word", "a supportive, supporting customer-centric, insecure team of supporters and customers", nil},
		{"en/plural", "Integrations with SAP, three SLAs", []termFound{{"integration", "Integrations"}, {"SLA", "SLAs"}}},
		{"en/variants", "realtime or real time", []termFound{{"realtime", "realtime"}, {"real time", "real time"}}},
		{"en/longest wins", "near real-time dashboards", []termFound{{"near real-time", "near real-time"}}},
		{"en/phrase across a line break", "works out of\n   the box", []termFound{{"out of the box", "out of\n   the box"}}},
		{"en/hyphenated phrase", "an out-of-the-box, plug-and-play setup",
			[]termFound{{"out-of-the-box", "out-of-the-box"}, {"plug-and-play", "plug-and-play"}}},
		{"en/numbers whole", "24/7/365 or 124/7 or 99.9% uptime or 99.95%",
			[]termFound{{"24/7/365", "24/7/365"}, {"99.9%", "99.9%"}, {"uptime", "uptime"}}},
		{"en/hyphen ends a word", "an SLA-backed phase 2.", []termFound{{"SLA", "SLA"}, {"phase 2", "phase 2"}}},
		{"en/typographic hyphen", "go\u2011live in May", []termFound{{"go-live", "go\u2011live"}}},
		{"en/soft hyphen inside a word", "inte\u00adgration", []termFound{{"integration", "inte\u00adgration"}}},

		// Polish.
		{"pl/capitals", "WDROŻENIE W CZASIE RZECZYWISTYM",
			[]termFound{{"wdroż", "WDROŻENIE"}, {"w czasie rzeczywistym", "W CZASIE RZECZYWISTYM"}}},
		{"pl/inflection", "wdrożenia, po wdrożeniu, z wdrożeniem; integracją i integracji",
			[]termFound{{"wdroż", "wdrożenia"}, {"wdroż", "wdrożeniu"}, {"wdroż", "wdrożeniem"},
				{"integracj", "integracją"}, {"integracj", "integracji"}}},
		{"pl/longest wins", "Zapewniamy wsparcie 24/7.", []termFound{{"wsparcie 24/7", "wsparcie 24/7"}}},
		{"pl/stems in a phrase", "w fazie 2 z wysoką dostępnością",
			[]termFound{{"faz 2", "fazie 2"}, {"wysok dostępnoś", "wysoką dostępnością"}}},
		{"pl/bezobsługowy", "System jest Bezobsługowy.", []termFound{{"bezobsługow", "Bezobsługowy"}}},

		// German.
		{"de/capitals and compounds", "ECHTZEIT-Schnittstellen, nahtlose Integration",
			[]termFound{{"Echtzeit", "ECHTZEIT"}, {"Schnittstelle", "Schnittstellen"},
				{"nahtlos", "nahtlose"}, {"integration", "Integration"}}}, // the English entry comes first,
		{"de/compound start", "Echtzeitdaten nach der Inbetriebnahme rund um die Uhr",
			[]termFound{{"Echtzeit", "Echtzeitdaten"}, {"Inbetriebnahme", "Inbetriebnahme"},
				{"rund um die Uhr", "rund um die Uhr"}}},
		{"de/sharp s", "Maßgeschneiderte Lösung, MAẞGESCHNEIDERT, MASSGESCHNEIDERT, Straße",
			[]termFound{{"maßgeschneidert", "Maßgeschneiderte"}, {"maßgeschneidert", "MAẞGESCHNEIDERT"}}},
		{"de/go-live", "Go-Live-Termin und Go-live", []termFound{{"Go-Live-Termin", "Go-Live-Termin"}, {"go-live", "Go-live"}}},

		// Swedish.
		{"sv", "Driftsättningen sker i realtid med support dygnet runt",
			[]termFound{{"driftsättning", "Driftsättningen"}, {"i realtid", "i realtid"},
				{"support dygnet runt", "support dygnet runt"}}},
		{"sv/compound", "REALTIDSDATA och sömlöst", []termFound{{"realtid", "REALTIDSDATA"}, {"sömlös", "sömlöst"}}},

		// Italian.
		{"it", "Integrazione in tempo reale, chiavi in mano, con alta disponibilità",
			[]termFound{{"integrazion", "Integrazione"}, {"in tempo reale", "in tempo reale"},
				{"chiavi in mano", "chiavi in mano"}, {"alta disponibilità", "alta disponibilità"}}},
		{"it/apostrophe", "Soluzione pronta all’uso e personalizzata",
			[]termFound{{"pront all'uso", "pronta all’uso"}, {"personalizzat", "personalizzata"}}},
		{"it/capitals", "ALTA DISPONIBILITÀ", []termFound{{"alta disponibilità", "ALTA DISPONIBILITÀ"}}},

		// Chinese.
		{"zh/substring", "实时集成", []termFound{{"实时", "实时"}, {"集成", "集成"}}},
		{"zh/sentence", "系统上线后提供7x24小时技术支持。",
			[]termFound{{"上线", "上线"}, {"7x24小时", "7x24小时"}, {"技术支持", "技术支持"}}},
		{"zh/longest wins", "无缝集成，开箱即用", []termFound{{"无缝集成", "无缝集成"}, {"开箱即用", "开箱即用"}}},
		{"zh/literal star", "7*24小时", []termFound{{"7*24", "7*24"}}},

		// Mixed scripts.
		{"mixed", "SAP 实时集成 with real-time sync",
			[]termFound{{"实时", "实时"}, {"集成", "集成"}, {"real-time", "real-time"}}},
		{"mixed/no spaces", "SAP实时集成API接口", []termFound{{"实时", "实时"}, {"集成", "集成"}, {"API", "API"}, {"接口", "接口"}}},
		{"mixed/multibyte before", "Żółć — 漢字 — real-time", []termFound{{"real-time", "real-time"}}},

		// Nothing to find.
		{"empty", "", nil},
		{"spaces", " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := termsFound(t, tt.text, m.Find(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q)\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	m := NewMatcher([]string{"real-time", "实时"})
	text := "Żółć ß 漢 real-time 实时"
	got := m.Find(text)
	want := []Match{
		{"real-time", strings.Index(text, "real-time"), strings.Index(text, "real-time") + len("real-time")},
		{"实时", strings.Index(text, "实时"), len(text)},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("Find(%q) = %v, want %v", text, got, want)
	}
	// Folding changes the byte length of "ẞ" (3 bytes) to "ß" (2 bytes) and
	// of "K" (3 bytes) to "k" (1 byte): offsets must stay in the original.
	m = NewMatcher([]string{"kelvin", "ßx"})
	text = "ẞX \u212Aelvin"
	got = m.Find(text)
	want = []Match{{"ßx", 0, 4}, {"kelvin", 5, len(text)}}
	if !slices.Equal(got, want) {
		t.Fatalf("Find(%q) = %v, want %v", text, got, want)
	}
}

func TestMatcherEntries(t *testing.T) {
	tests := []struct {
		name    string
		entries []string
		text    string
		want    []termFound
	}{
		{"duplicates collapse to the first", []string{"Real-Time", "real-time", "REAL-TIME"},
			"real-time", []termFound{{"Real-Time", "real-time"}}},
		{"longest wins", []string{"support", "24/7", "24/7 support"},
			"24/7 support and support", []termFound{{"24/7 support", "24/7 support"}, {"support", "support"}}},
		{"leftmost wins", []string{"data lake", "lake house"},
			"data lake house", []termFound{{"data lake", "data lake"}}},
		{"equal length goes to the first listed", []string{"wdroż*", "wdrożenie"},
			"wdrożenie", []termFound{{"wdroż", "wdrożenie"}}},
		{"blank entries skipped", []string{"", "  ", "\n", "x"}, "x", []termFound{{"x", "x"}}},
		{"entry spaces trimmed", []string{"  go live \n"}, "go   live", []termFound{{"go live", "go   live"}}},
		{"gap must match", []string{"go live", "24/7"}, "golive 24 / 7", nil},
		{"stem needs letters", []string{"wdroż*"}, "wdroż2 wdroż wdrożony", []termFound{{"wdroż", "wdroż"}, {"wdroż", "wdrożony"}}},
		{"stem before punctuation is literal", []string{"abc*,"}, "abc*, abcd,", []termFound{{"abc*,", "abc*,"}}},
		{"lone star", []string{"*"}, "a * b", []termFound{{"*", "*"}}},
		{"plural y", []string{"dependency"}, "dependencies, dependency, dependencys",
			[]termFound{{"dependency", "dependencies"}, {"dependency", "dependency"}, {"dependency", "dependencys"}}},
		{"plural only at the end", []string{"service level"}, "services level", nil},
		{"no plural after a digit", []string{"phase 2"}, "phase 2s", nil},
		{"optional space at a CJK boundary", []string{"SAP 集成", "数据lake"}, "SAP集成 数据 lake",
			[]termFound{{"SAP 集成", "SAP集成"}, {"数据lake", "数据 lake"}}},
		{"no space inside CJK", []string{"实时"}, "实 时", nil},
		{"CJK stem", []string{"实时*"}, "实时集成", []termFound{{"实时", "实时"}}},
		{"Greek sigma", []string{"σύστημα"}, "ΣΎΣΤΗΜΑ", []termFound{{"σύστημα", "ΣΎΣΤΗΜΑ"}}},
		{"invalid UTF-8 entry ignored", []string{"a\xffb"}, "a\xffb", nil},
		{"invalid UTF-8 text", []string{"ab", "a b"}, "a\xffb ab a\xff b", []termFound{{"ab", "ab"}}},
		{"controls break words", []string{"real-time"}, "\x1b[31m\breal-time\x1b[0m", []termFound{{"real-time", "real-time"}}},
		{"escape sequences are not interpreted", []string{"real-time"}, "\x1b[31mreal-time", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := termsFound(t, tt.text, NewMatcher(tt.entries).Find(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q) with %q\n got %v\nwant %v", tt.text, tt.entries, got, tt.want)
			}
		})
	}
}

func TestFindUserAndGlossaryWords(t *testing.T) {
	user := []WatchWord{{Word: "24/7 support"}, {Word: "Data Lake", Lang: "en"}, {Word: "Real-Time"}}
	glossary := []string{"Phase 2 scope"}
	m := NewMatcher(WatchWords(user), glossary)
	text := "24/7 support for the data lakes, real-time, in Phase 2 scope"
	got := termsFound(t, text, m.Find(text))
	want := []termFound{
		{"24/7 support", "24/7 support"},
		{"Data Lake", "data lakes"},
		{"real-time", "real-time"}, // built-in first: the duplicate collapses to it
		{"Phase 2 scope", "Phase 2 scope"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestFindConcurrent(t *testing.T) {
	m := builtinTermMatcher()
	texts := termPromiseTexts(50)
	want := make([][]Match, len(texts))
	for i, s := range texts {
		want[i] = m.Find(s)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, s := range texts {
				if got := m.Find(s); !slices.Equal(got, want[i]) {
					t.Errorf("concurrent Find(%q) = %v, want %v", s, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

func TestFindControlCharacters(t *testing.T) {
	m := builtinTermMatcher()
	texts := []string{
		"\x1b[31mreal-time\x1b[0m",
		"\x00\x01\x02\x07\b\r\x7f\u0085\u009b",
		"\u202e24/7\u202c \u200b\u200d\ufeff",
		"\xff\xfe\xc3",
		"\u00ad\u00ad",
		"a\u00ad",
		"\u0301\u0301实时\u0301",
		strings.Repeat("\x1b[", 100),
	}
	for _, text := range texts {
		checkTermMatches(t, text, m.Find(text))
	}
	var nilMatcher *Matcher
	if got := nilMatcher.Find("real-time"); got != nil {
		t.Errorf("nil Matcher found %v", got)
	}
	if got := NewMatcher().Find("real-time"); got != nil {
		t.Errorf("empty Matcher found %v", got)
	}
}

// TestFoldTermRune checks the fast paths of folding and classifying
// against the unicode package.
func TestFoldTermRune(t *testing.T) {
	orbitMin := func(r rune) rune {
		low := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			low = min(low, f)
		}
		if 'A' <= low && low <= 'Z' {
			low += 'a' - 'A'
		}
		return low
	}
	for r := rune(0x80); r <= 0x2FFFF; r++ {
		switch r {
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2018', '\u2019', '\u02BC':
			continue
		}
		if got, want := foldTermRune(r), orbitMin(r); got != want {
			t.Errorf("foldTermRune(%U) = %U, want %U", r, got, want)
		}
		c := classifyTermRune(r, utf8.RuneLen(r))
		if (c == classWord) != (!isCJK(r) && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r))) {
			t.Errorf("classifyTermRune(%U) = %d", r, c)
		}
	}
}

func TestBuiltinWatchList(t *testing.T) {
	list := BuiltinWatchList()
	count := map[string]int{}
	for _, w := range list {
		count[w.Lang]++
		if err := w.Validate(); err != nil {
			t.Errorf("%q: %v", w.Word, err)
		}
		if w.Word != strings.TrimSpace(w.Word) {
			t.Errorf("%q has spaces around it", w.Word)
		}
	}
	for _, lang := range []string{"en", "pl", "de", "sv", "it", "zh"} {
		if count[lang] < 40 {
			t.Errorf("%s has %d words, want 40 or more", lang, count[lang])
		}
		t.Logf("%s: %d words", lang, count[lang])
	}
	if len(count) != 6 {
		t.Errorf("languages = %v, want six", count)
	}

	// The list is the caller's to change.
	list[0].Word = "changed"
	if BuiltinWatchList()[0].Word == "changed" {
		t.Error("BuiltinWatchList returned shared storage")
	}
}

// TestWatchListFindsItself checks that every built-in entry, written out
// without its stars, is found whole: a typo such as a stray star or a
// mismatched stem would show here.
func TestWatchListFindsItself(t *testing.T) {
	m := builtinTermMatcher()
	for _, w := range BuiltinWatchList() {
		e, _, ok := parseTermEntry(w.Word)
		if !ok {
			t.Errorf("%s %q is not an entry", w.Lang, w.Word)
			continue
		}
		text := e.word
		got := m.Find(text)
		if len(got) != 1 || got[0].Start != 0 || got[0].End != len(text) {
			t.Errorf("%s %q: Find(%q) = %v, want one match of it all", w.Lang, w.Word, text, got)
		}
	}
}

func TestWatchWords(t *testing.T) {
	builtin := len(BuiltinWatchList())
	got := WatchWords([]WatchWord{{Word: "Data Lake"}, {Word: ""}})
	if len(got) != builtin+1 || got[len(got)-1] != "Data Lake" {
		t.Errorf("WatchWords gave %d words ending %q, want %d ending %q",
			len(got), got[len(got)-1], builtin+1, "Data Lake")
	}
}

// termPromiseTexts makes n promise texts of 200 characters in the six
// languages, with and without watched words.
func termPromiseTexts(n int) []string {
	parts := [][]string{
		{"The customer expects", "We committed to", "Sales promised", "Per the RFP we provide", "Agreed in the call:"},
		{"a real-time integration with SAP S/4HANA", "24/7 support with a 2-hour response",
			"a seamless migration of 12 years of order history", "single sign-on via Azure AD for all users",
			"custom reports for the finance team", "an export of invoices to the data warehouse every night"},
		{"before the go-live in March,", "in phase 2 once the roadmap is agreed,", "at a fixed price,",
			"out of the box and fully automated,", "without extra licences,", "for the pilot site only,"},
		{"Polska: wdrożenie w czasie rzeczywistym, integracja z ERP i wsparcie 24/7.",
			"Deutsch: nahtlose Schnittstelle, Anpassungen und Inbetriebnahme in Echtzeit.",
			"Svenska: driftsättning i realtid med support dygnet runt.",
			"Italiano: integrazione in tempo reale, chiavi in mano, alta disponibilità.",
			"中文：系统实时集成，上线后提供7x24小时技术支持，按需定制。",
			"Notes from the workshop with the customer's IT department follow."},
	}
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for utf8.RuneCountInString(b.String()) < 200 {
			for _, p := range parts {
				b.WriteString(p[r.IntN(len(p))])
				b.WriteByte(' ')
			}
		}
		out[i] = string([]rune(b.String())[:200])
	}
	return out
}

// BenchmarkFind runs Find over 1,000 promises with the full built-in list:
// one op is the 1,000 promises a deal's rules check.
func BenchmarkFind(b *testing.B) {
	m := builtinTermMatcher()
	texts := termPromiseTexts(1000)
	bytes, found := 0, 0
	for _, s := range texts {
		bytes += len(s)
		found += len(m.Find(s))
	}
	b.Logf("%d promises, %d bytes, %d matches, %d entries", len(texts), bytes, found, len(m.entries))
	for b.Loop() {
		for _, s := range texts {
			m.Find(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(texts)), "ns/promise")
}

func BenchmarkNewMatcher(b *testing.B) {
	words := WatchWords(nil)
	for b.Loop() {
		NewMatcher(words)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "real-time", "实时集成", "SAP 实时集成 with real-time sync", "wdrożenie\u00ad", "24/7/365",
		"\x1b[31m\xff\xfe", "ẞ\u212A\u0301", "*0", "go\u2011live", "a\u00ad\u00adb", termPromiseTexts(1)[0],
	} {
		f.Add(s)
	}
	entries := WatchWords([]WatchWord{{Word: "a*"}, {Word: "*"}, {Word: "x y*"}, {Word: "数据 lake"}})
	m := NewMatcher(entries)
	// byWord maps each reported word back to the entries that report it.
	byWord := map[string][]string{}
	for _, e := range entries {
		if p, _, ok := parseTermEntry(e); ok {
			byWord[p.word] = append(byWord[p.word], e)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := m.Find(text)
		checkTermMatches(t, text, ms)
		// What a match covers is found, whole, by its entry alone.
		for _, match := range ms {
			span := text[match.Start:match.End]
			ok := false
			for _, e := range byWord[match.Word] {
				got := NewMatcher([]string{e}).Find(span)
				ok = ok || len(got) == 1 && got[0].Start == 0 && got[0].End == len(span)
			}
			if !ok {
				t.Fatalf("%q found in %q, but none of %q finds it alone", match.Word, span, byWord[match.Word])
			}
		}
	})
}
