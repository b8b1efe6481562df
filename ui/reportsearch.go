package ui

// Searching the report preview: "/" asks for a text, every place it is
// found is marked, n and N go from one to the next, and the foot says
// which of how many is shown. The search folds case and accents as the
// list filters do (fold): "lodz" finds "Łódź".

import (
	"sort"
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
	hits   []hit
	at     int // the hit shown
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

// find finds the pattern in every line of the page.
func (f *finder) find(page *laidOut) {
	f.hits, f.at = nil, 0
	p := fold(f.pattern())
	if p == "" {
		return
	}
	letters := map[rune]string{}
	for n := range page.lines() {
		plain := page.line(n)
		if !isPrintableASCII(plain) {
			plain = ansi.Strip(plain)
		}
		folded, from := foldMap(plain, letters)
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
			f.hits = append(f.hits, hit{line: n, start: textWidth(plain[:start]), end: textWidth(plain[:last+size])})
			i = j + len(p)
		}
	}
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
	var b strings.Builder
	b.Grow(len(s))
	from := make([]int, 0, len(s))
	for i, r := range s {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(unicode.ToLower(r)))
			from = append(from, i)
			continue
		}
		f, ok := folded[r]
		if !ok {
			f = fold(string(r))
			folded[r] = f
		}
		b.WriteString(f)
		for range len(f) {
			from = append(from, i)
		}
	}
	return b.String(), from
}

// mark marks every hit in lines, the page's lines from line first on, the
// one shown more strongly.
func (f finder) mark(lines []string, first int, sty Styles) {
	i := sort.Search(len(f.hits), func(i int) bool { return f.hits[i].line >= first })
	other := sty.Accent.Underline(true)
	for i < len(f.hits) && f.hits[i].line < first+len(lines) {
		n := f.hits[i].line
		var ranges []lipgloss.Range
		for ; i < len(f.hits) && f.hits[i].line == n; i++ {
			style := other
			if i == f.at {
				style = sty.Selected
			}
			ranges = append(ranges, lipgloss.NewRange(f.hits[i].start, f.hits[i].end, style))
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
		for i, hit := range f.hits {
			if hit.line >= r.top() {
				f.at = i
				break
			}
		}
	}
	top := min(r.top(), max(r.page.lines()-h, 0))
	if len(f.hits) > 0 {
		if line := f.hits[f.at].line; line < top || line >= top+h {
			top = line - h/3
		}
	}
	r.frame(top)
}
