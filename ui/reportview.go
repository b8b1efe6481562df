package ui

import (
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// The report preview lays out the markdown model.Report writes the way a
// markdown reader shows the file: headings, paragraphs and list items
// wrapped on spaces, the report's bold labels bold, the escapes undone, and
// tables whose columns are never narrower than their header or their
// longest word — a table that cannot fit so shows one block per row
// instead. It reads only that markdown, a small subset it knows whole:
// every value a person typed arrives escaped (model/escape.go), so "**",
// "|", "#" and "- " outside an escape are the report's own.

// painted renders short texts in a style, remembering each: the report
// repeats its labels on every promise, and styling costs more than the
// rest of the layout.
type painted struct {
	style lipgloss.Style
	memo  map[string]string
}

func paint(style lipgloss.Style) *painted { return &painted{style: style, memo: map[string]string{}} }

func (p *painted) render(s string) string {
	out, ok := p.memo[s]
	if !ok {
		out = p.style.Render(s)
		p.memo[s] = out
	}
	return out
}

// reportPreview renders the report's markdown for a terminal width cells
// wide, as one text.
func reportPreview(md string, width int, sty Styles) string {
	return layOutReport(md, width, sty, "").text()
}

// laidOut is the preview as laid out, packed (packed.go). The report of a
// deal with 10,000 promises is 200,000 lines; a string each, held by the
// screen and its search, cost their headers twice over beside the text,
// and joining, splitting and indenting them copied the text four times on
// the way.
type laidOut = packedLines

// lineWriter writes the preview's lines, each after the margin.
type lineWriter struct {
	margin string
	p      *packer
	empty  bool // the last line is empty (its margin aside)
}

func newLineWriter(margin string) *lineWriter { return &lineWriter{margin: margin, p: newPacker()} }

// add writes a line; one with line breaks in it writes each of its lines.
func (w *lineWriter) add(s string) {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			break
		}
		w.add(s[:i])
		s = s[i+1:]
	}
	w.p.add(w.margin, s)
	w.empty = s == ""
}

// addAll writes lines.
func (w *lineWriter) addAll(lines []string) {
	for _, l := range lines {
		w.add(l)
	}
}

// blank writes an empty line unless the last one is empty, or there is none.
func (w *lineWriter) blank() {
	if w.p.out.n > 0 && !w.empty {
		w.add("")
	}
}

// done is what was written.
func (w *lineWriter) done() *laidOut { return w.p.done() }

// layOutReport lays out the report's markdown for a terminal width cells
// wide, every line after margin.
func layOutReport(md string, width int, sty Styles, margin string) *laidOut {
	width = max(width, 20)
	bold, muted := paint(sty.Bold), paint(sty.Muted)
	out := newLineWriter(margin)
	lines := strings.Split(strings.TrimRight(md, "\n"), "\n")
	for i := 0; i < len(lines); {
		l := lines[i]
		switch {
		case l == "":
			out.blank()
			i++
		case strings.HasPrefix(l, "#"):
			level := len(l) - len(strings.TrimLeft(l, "#"))
			text := plainInline(strings.TrimSpace(l[level:]))
			style := sty.Bold
			if level == 1 {
				style = sty.Title
			}
			out.blank()
			for _, w := range wrapWords(text, width) {
				out.add(style.Render(w))
			}
			if level <= 2 {
				out.add(sty.Muted.Render(strings.Repeat("─", min(textWidth(text), width))))
			}
			out.add("")
			i++
		case strings.HasPrefix(l, "|"):
			var rows [][]string
			for ; i < len(lines) && strings.HasPrefix(lines[i], "|"); i++ {
				if len(rows) == 1 && strings.HasPrefix(lines[i], "|---") {
					continue // the delimiter row
				}
				rows = append(rows, tableCells(lines[i]))
			}
			tablePreview(out, rows, width, bold, muted)
		case strings.HasPrefix(l, "- "):
			// An item and its continuation lines, indented by two.
			text := l[2:]
			for i++; i < len(lines) && strings.HasPrefix(lines[i], "  "); i++ {
				text += "\n" + lines[i][2:]
			}
			for j, w := range wrapWords(inline(text, bold), width-2) {
				if j == 0 {
					out.add("• " + w)
				} else {
					out.add("  " + w)
				}
			}
		default:
			text := l
			for i++; i < len(lines) && lines[i] != "" && !strings.HasPrefix(lines[i], "#") &&
				!strings.HasPrefix(lines[i], "|") && !strings.HasPrefix(lines[i], "- "); i++ {
				text += "\n" + lines[i]
			}
			out.addAll(wrapWords(inline(text, bold), width))
		}
	}
	if out.p.out.n == 0 && margin != "" {
		out.add("") // the margin alone, as the empty preview always showed
	}
	return out.done()
}

// inline undoes the escapes of one block of markdown text, shows its bold
// labels bold and turns its hard line breaks ("\" at a line end) into line
// breaks; other line breaks are spaces, as in any reader.
func inline(md string, bold *painted) string {
	var b, run strings.Builder
	inBold := false
	flush := func() {
		text := clean(run.String())
		if inBold && bold != nil {
			// Word by word, so that no style runs across a line break.
			words := strings.Split(text, " ")
			for i, w := range words {
				if w != "" {
					words[i] = bold.render(w)
				}
			}
			text = strings.Join(words, " ")
		}
		b.WriteString(text)
		run.Reset()
	}
	for i := 0; i < len(md); i++ {
		c := md[i]
		switch {
		case c == '\\' && i+1 < len(md) && md[i+1] == '\n':
			run.WriteByte('\n')
			i++
		case c == '\\' && i+1 < len(md) && isASCIIPunct(md[i+1]):
			run.WriteByte(md[i+1])
			i++
		case c == '*' && strings.HasPrefix(md[i:], "**"):
			flush()
			inBold = !inBold
			i++
		case c == '\n':
			run.WriteByte(' ')
		default:
			run.WriteByte(c)
		}
	}
	flush()
	return b.String()
}

// plainInline is inline without styles: for headings and table cells,
// which are styled whole.
func plainInline(md string) string { return inline(md, nil) }

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// tableCells splits one table row into its cells' text: on every "|" that
// is not escaped.
func tableCells(row string) []string {
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	var cells []string
	start := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, plainInline(strings.TrimSpace(row[start:i])))
			start = i + 1
		}
	}
	return append(cells, plainInline(strings.TrimSpace(row[start:])))
}

// tableGap is the space between two columns.
const tableGap = 2

// narrowColumn is the width below which a column of text, wrapped, reads as
// a ribbon of single words: a table that would need one shows as blocks.
const narrowColumn = 24

// tablePreview lays a table out in width cells: each column as wide as its
// widest cell when all fit; else at least as wide as its header and its
// longest word, the room left shared out (shareWidth), cells wrapped on
// spaces; else — or when a column of text would be narrower than
// narrowColumn — one block per row, "Header: value" lines under the first
// cell.
func tablePreview(out *lineWriter, rows [][]string, width int, bold, muted *painted) {
	cols := len(rows[0])
	natural, least := make([]int, cols), make([]int, cols)
	for r, row := range rows {
		for c := range cols {
			cell := cellAt(row, c)
			natural[c] = max(natural[c], textWidth(cell))
			if r == 0 {
				least[c] = max(least[c], textWidth(cell))
			}
			for _, w := range strings.Fields(cell) {
				least[c] = max(least[c], textWidth(w))
			}
		}
	}
	gaps := tableGap * (cols - 1)
	sum := func(ws []int) int {
		n := gaps
		for _, w := range ws {
			n += w
		}
		return n
	}
	widths := natural
	if sum(natural) > width {
		if sum(least) > width {
			rowBlocks(out, rows, width, bold, muted)
			return
		}
		widths = shareWidth(least, natural, width-sum(least))
		for c := range cols {
			if widths[c] < min(natural[c], narrowColumn) {
				rowBlocks(out, rows, width, bold, muted) // a column of a word or two a line reads worse
				return
			}
		}
	}
	wrapped := false
	for r, row := range rows {
		cells := make([][]string, cols)
		height := 1
		for c := range cols {
			cells[c] = wrapWords(cellAt(row, c), widths[c])
			height = max(height, len(cells[c]))
		}
		if r > 1 && (height > 1 || wrapped) {
			out.add("")
		}
		wrapped = wrapped || height > 1
		for k := range height {
			var b strings.Builder
			for c := range cols {
				text := ""
				if k < len(cells[c]) {
					text = cells[c][k]
				}
				if c > 0 {
					b.WriteString(strings.Repeat(" ", tableGap))
				}
				if c == cols-1 {
					text = cut(text, widths[c])
				} else {
					text = fit(text, widths[c])
				}
				if r == 0 {
					text = bold.render(text)
				}
				b.WriteString(text)
			}
			out.add(strings.TrimRight(b.String(), " "))
		}
		if r == 0 {
			rule := make([]string, cols)
			for c, w := range widths {
				rule[c] = strings.Repeat("─", w)
			}
			out.add(muted.render(strings.Join(rule, strings.Repeat(" ", tableGap))))
		}
	}
}

// shareWidth gives each column its least width, then the extra cells: to
// the columns that lack least first, whole, so short columns (names,
// dates) stay on one line, and what is left to the others in proportion to
// what each lacks.
func shareWidth(least, natural []int, extra int) []int {
	widths := append([]int(nil), least...)
	order := make([]int, len(widths))
	for c := range order {
		order[c] = c
	}
	sort.SliceStable(order, func(i, j int) bool {
		return natural[order[i]]-least[order[i]] < natural[order[j]]-least[order[j]]
	})
	lack := 0
	for _, c := range order {
		if need := natural[c] - widths[c]; need <= extra-lack {
			widths[c] = natural[c]
			extra -= need
		} else {
			lack += need
		}
	}
	if lack == 0 {
		return widths
	}
	given := 0
	var open []int
	for _, c := range order {
		if need := natural[c] - widths[c]; need > 0 {
			add := extra * need / lack
			widths[c] += add
			given += add
			open = append(open, c)
		}
	}
	// What rounding left, one cell each to the columns still short.
	for i := 0; given < extra && len(open) > 0; i++ {
		widths[open[i%len(open)]]++
		given++
	}
	return widths
}

// rowBlocks shows a table too wide for the screen as one block per row:
// the first cell bold, then "Header: value" for the others.
func rowBlocks(out *lineWriter, rows [][]string, width int, bold, muted *painted) {
	header := rows[0]
	for r, row := range rows[1:] {
		if r > 0 {
			out.add("")
		}
		first := cellAt(row, 0)
		if header[0] != "#" {
			first = header[0] + ": " + first
		}
		for _, w := range wrapWords(first, width) {
			out.add(bold.style.Render(w))
		}
		for c := 1; c < len(header); c++ {
			label := header[c] + ": "
			for k, w := range wrapWords(label+cellAt(row, c), width-2) {
				if k == 0 {
					w = muted.render(label) + strings.TrimPrefix(w, label)
				}
				out.add("  " + w)
			}
		}
	}
}

func cellAt(row []string, c int) string {
	if c < len(row) {
		return row[c]
	}
	return ""
}

// wrapWords breaks text into lines of at most width cells at spaces only
// — never after a hyphen, never inside a word — keeping its own line
// breaks; a word wider than the line is the one thing ever broken.
func wrapWords(text string, width int) []string {
	width = max(width, 1)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		if textWidth(para) <= width {
			out = append(out, para)
			continue
		}
		var line strings.Builder
		used := 0
		for _, w := range strings.Split(para, " ") {
			if w == "" {
				continue
			}
			ww := textWidth(w)
			if used > 0 && used+1+ww <= width {
				line.WriteByte(' ')
				line.WriteString(w)
				used += 1 + ww
				continue
			}
			if used > 0 {
				out = append(out, line.String())
				line.Reset()
			}
			if ww > width {
				parts := strings.Split(ansi.Hardwrap(w, width, false), "\n")
				out = append(out, parts[:len(parts)-1]...)
				w = parts[len(parts)-1]
				ww = textWidth(w)
			}
			line.WriteString(w)
			used = ww
		}
		out = append(out, line.String())
	}
	return out
}
