package ui

// Searching the report preview: "/" asks for a text, every place it is
// found is marked, n and N go from one to the next, and the foot says
// which of how many is shown. The search folds case and accents as the
// list filters do (fold): "lodz" finds "Łódź".

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// finder is the preview's search: the input line and where the text was
// found.
type finder struct {
	input  textinput.Model
	active bool // typing into the input line
	// hits is the line of each place the text is found, in order, a line
	// as often as it is found on it; the cells each covers are worked out
	// for the lines drawn (cells).
	hits []int32
	at   int // the hit shown
	// folded is the page as the search reads it, made once the page is
	// shown (foldCmd) or by the first search that finds it missing; sought
	// is the pattern as last searched for, folded.
	folded *foldedPage
	sought string
}

// hit is one place the text is found: a line, and the cells it covers.
type hit struct{ line, start, end int }

func newFinder(sh *shared) finder {
	in := textinput.New()
	in.SetStyles(sh.inputStyles())
	in.Prompt = "/"
	in.Placeholder = sh.lang.T("search: enter keeps it, esc clears it")
	return finder{input: in}
}

// isPrintableASCII reports whether s is printable ASCII alone: no styles
// to strip.
func isPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// pattern is the text searched for.
func (f finder) pattern() string { return strings.TrimSpace(f.input.Value()) }

// find finds the pattern in every line of the page: it looks in the page
// folded (foldedPage) and notes the lines. A word on every promise of a
// 10,000-promise preview is found some 70,000 times; the cells of a hit are
// worked out when its line is drawn.
func (f *finder) find(page *laidOut) {
	f.hits, f.at = nil, 0
	f.sought = fold(f.pattern())
	if f.sought == "" || page == nil { // nil: being laid out again
		return
	}
	if f.folded == nil || f.folded.of != page {
		f.folded = foldPage(page)
	}
	p := []byte(f.sought)
	var buf bytes.Buffer
	for c := range f.folded.lines.chunkCount() {
		text := f.folded.lines.raw(c, &buf)
		n := c * chunkLines
		for {
			// The pattern has no line break: the breaks passed count the
			// lines, and the next search starts after this hit, as cells
			// looks along one line.
			j := bytes.Index(text, p)
			if j < 0 {
				break
			}
			n += bytes.Count(text[:j], newline)
			f.hits = append(f.hits, int32(n))
			text = text[j+len(p):]
		}
	}
}

var newline = []byte{'\n'}

// cells is where the pattern searched for is found in line n of the page,
// given as the page has it: the cells each place covers, in order.
func (f *finder) cells(line string, n int) []hit {
	var out []hit
	p := f.sought
	plain := plainLine(line)
	folded, from := foldMap(plain, f.folded.letters)
	for i := 0; ; {
		j := strings.Index(folded[i:], p)
		if j < 0 {
			break
		}
		j += i
		start, last := j, j+len(p)-1
		if from != nil {
			start, last = from[start], from[last]
		}
		_, size := utf8.DecodeRuneInString(plain[last:])
		out = append(out, hit{line: n, start: textWidth(plain[:start]), end: textWidth(plain[:last+size])})
		i = j + len(p)
	}
	return out
}

// plainLine is a line of the page without its styles.
func plainLine(s string) string {
	if isPrintableASCII(s) {
		return s
	}
	return ansi.Strip(s)
}

// foldedPage is a page's lines as the search reads them, without their
// styles and folded, packed as the page is (packed.go): a key typed into
// the search of a 10,000-promise preview then inflates about 1 MB into the
// text it searches, where stripping and folding the 9.6 MB of the page
// again took a quarter of a second and allocated over 100 MB.
type foldedPage struct {
	of    *laidOut
	lines *packedLines
	// letters is the letters other than ASCII, folded (see foldMap).
	letters map[rune]string
}

// foldPage folds page, reading it through a reader of its own: it may run
// while the screen reads the page.
func foldPage(page *laidOut) *foldedPage {
	f := &foldedPage{of: page, letters: map[rune]string{}}
	pk := newPacker()
	var line []byte
	in := page.reader()
	for n := range in.lines() {
		line = appendFolded(line[:0], plainLine(in.line(n)), f.letters, nil)
		pk.addBytes(line)
	}
	f.lines = pk.done()
	return f
}

// foldMap is s folded as fold does, with for each byte of the folded text
// the byte of s where the letter it comes from starts — nil when that is
// the same byte, as for ASCII: a map of every byte of the preview of a big
// deal, made on every key typed into the search, was 8 bytes for each of
// its 9.6 million.
// The letters other than ASCII are folded once each and kept in folded,
// for folding one costs some allocations of its own.
func foldMap(s string, folded map[rune]string) (string, []int) {
	if isASCII(s) {
		return strings.ToLower(s), nil
	}
	from := make([]int, 0, len(s))
	b := appendFolded(make([]byte, 0, len(s)), s, folded, &from)
	return string(b), from
}

// appendFolded appends s folded to b, as foldMap folds it, and to from,
// when it is not nil, the byte of s each byte appended comes from.
func appendFolded(b []byte, s string, folded map[rune]string, from *[]int) []byte {
	for i, r := range s {
		if r < utf8.RuneSelf {
			b = append(b, byte(unicode.ToLower(r)))
			if from != nil {
				*from = append(*from, i)
			}
			continue
		}
		f, ok := folded[r]
		if !ok {
			f = fold(string(r))
			folded[r] = f
		}
		b = append(b, f...)
		if from != nil {
			for range len(f) {
				*from = append(*from, i)
			}
		}
	}
	return b
}

// mark marks every hit in lines, the page's lines from line first on, the
// one shown more strongly.
func (f finder) mark(lines []string, first int, sty Styles) {
	i, _ := slices.BinarySearch(f.hits, int32(first))
	other := sty.Accent.Underline(true)
	for i < len(f.hits) && int(f.hits[i]) < first+len(lines) {
		n := int(f.hits[i])
		var ranges []lipgloss.Range
		for _, c := range f.cells(lines[n-first], n) {
			style := other
			if i == f.at {
				style = sty.Selected
			}
			ranges = append(ranges, lipgloss.NewRange(c.start, c.end, style))
			i++
		}
		for i < len(f.hits) && int(f.hits[i]) == n {
			i++ // not found on the line drawn: cannot be, but never loop on it
		}
		lines[n-first] = lipgloss.StyleRanges(lines[n-first], ranges...)
	}
}

// count is "2 of 5", or that nothing was found.
func (f finder) count(r *reportScreen) string {
	l := r.sh.lang
	if len(f.hits) == 0 {
		return l.T("not found")
	}
	return l.T("%d of %d", f.at+1, len(f.hits))
}

// Typing reports whether the search line takes the keys.
func (r *reportScreen) Typing() bool { return r.find.active }

// searchKey handles the keys of the search and of moving to the top and
// the bottom; it reports whether it took the key.
func (r *reportScreen) searchKey(press tea.KeyPressMsg) (tea.Cmd, bool) {
	k := r.sh.keys
	f := &r.find
	if f.active {
		switch {
		case key.Matches(press, k.Typing.FilterDone):
			f.active = false
			f.input.Blur()
		case key.Matches(press, k.Typing.FilterClear):
			f.active = false
			f.input.Blur()
			f.input.SetValue("")
			r.showHits()
		default:
			var cmd tea.Cmd
			f.input, cmd = f.input.Update(press)
			r.showHits()
			return cmd, true
		}
		return nil, true
	}
	switch {
	case key.Matches(press, k.Preview.Search):
		f.active = true
		return f.input.Focus(), true
	case key.Matches(press, k.Preview.NextMatch) && len(f.hits) > 0:
		f.at = (f.at + 1) % len(f.hits)
		r.showHits()
	case key.Matches(press, k.Preview.PrevMatch) && len(f.hits) > 0:
		f.at = (f.at + len(f.hits) - 1) % len(f.hits)
		r.showHits()
	case key.Matches(press, k.List.Top):
		r.gotoTop()
	case key.Matches(press, k.List.Bottom):
		r.gotoBottom()
	default:
		return nil, false
	}
	return nil, true
}

// showHits finds the pattern again, marks the hits and scrolls to the one
// shown: the first at or below the top of the view for a new pattern.
func (r *reportScreen) showHits() {
	f := &r.find
	at, pattern := f.at, f.pattern()
	f.find(r.page)
	h := r.view.Height()
	if pattern == r.searched {
		f.at = min(at, max(len(f.hits)-1, 0))
	} else {
		r.searched = pattern
		// The first hit at or below the top of the view, if any.
		f.at, _ = slices.BinarySearch(f.hits, int32(r.top()))
		if f.at == len(f.hits) {
			f.at = 0
		}
	}
	top := min(r.top(), max(r.page.lines()-h, 0))
	if len(f.hits) > 0 {
		if line := int(f.hits[f.at]); line < top || line >= top+h {
			top = line - h/3
		}
	}
	r.frame(top)
}
