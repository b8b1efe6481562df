package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// column is one column of an itemList: a header, a width (0 takes what is
// left) and the cell of a row.
type column[T any] struct {
	header string
	width  int
	cell   func(T) string
}

// itemList is a titled table of rows with a cursor and, under it, the
// selected row in full: the shape of the people and decisions screens.
type itemList[T any] struct {
	sh      *shared
	rows    []T
	cur     cursor
	columns []column[T]
	id      func(T) int64
	detail  func(T, int) []string
	width   int
	height  int
}

// setRows takes fresh rows, keeping the cursor on the same one (or on
// pending, when set, which is then cleared).
func (l *itemList[T]) setRows(rows []T, pending *int64) {
	keep := int64(0)
	if r, ok := l.selected(); ok {
		keep = l.id(r)
	}
	if pending != nil && *pending != 0 {
		keep, *pending = *pending, 0
	}
	l.rows = rows
	l.cur.setLen(len(rows))
	for i, r := range rows {
		if l.id(r) == keep {
			l.cur.to(i)
		}
	}
}

func (l *itemList[T]) SetSize(w, h int) {
	l.width, l.height = w, h
	l.cur.setHeight(max(h*3/5-2, 3))
}

func (l itemList[T]) selected() (T, bool) {
	var zero T
	if l.cur.pos >= len(l.rows) || len(l.rows) == 0 {
		return zero, false
	}
	return l.rows[l.cur.pos], true
}

// navigate moves the cursor for a key and reports whether it was one.
func (l *itemList[T]) navigate(msg tea.Msg) bool {
	press, ok := msg.(tea.KeyPressMsg)
	return ok && l.cur.navigate(press, l.sh.keys)
}

// view draws the heading, the table and the selected row's detail.
func (l itemList[T]) view(heading, empty string) string {
	sty := l.sh.styles
	w := l.width
	out := []string{cut(heading, w)}
	if len(l.rows) == 0 {
		out = append(out, "", sty.Muted.Render(empty))
		return strings.Join(out, "\n")
	}
	// A fixed column is never narrower than its header in the reader's
	// language; the flexible one takes what is left.
	widths := make([]int, len(l.columns))
	flex := w - gutter
	for i, c := range l.columns {
		if c.width > 0 {
			widths[i] = max(c.width, textWidth(c.header))
		}
		flex -= widths[i] + 1
	}
	for i, c := range l.columns {
		if c.width == 0 {
			widths[i] = max(flex, 8)
		}
	}
	row := func(cells []string) string {
		var b strings.Builder
		for i, c := range cells {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(fit(c, widths[i]))
		}
		return fit(b.String(), w-gutter)
	}
	headers := make([]string, len(l.columns))
	for i, c := range l.columns {
		headers[i] = c.header
	}
	out = append(out, listRow(sty, sty.Header.Render(row(headers)), w, false))
	start, end := l.cur.visible()
	for i := start; i < end; i++ {
		cells := make([]string, len(l.columns))
		for j, c := range l.columns {
			cells[j] = c.cell(l.rows[i])
		}
		out = append(out, listRow(sty, row(cells), w, i == l.cur.pos))
	}
	out = pad(out, l.cur.height+2)
	if r, ok := l.selected(); ok && l.detail != nil {
		out = append(out, sty.Muted.Render(strings.Repeat("─", w)))
		out = append(out, l.detail(r, w)...)
	}
	return strings.Join(pad(out, l.height), "\n")
}
