package model

import (
	"fmt"
	"strings"

	"handoff/internal/i18n"
)

// The markdown the report is written with: GFM tables and list items whose
// text is already escaped.

// table writes a GFM table whose cells are already escaped.
type table struct {
	b    *strings.Builder
	cols int
}

func newTable(b *strings.Builder, header ...string) *table {
	t := &table{b: b, cols: len(header)}
	t.row(header...)
	b.WriteByte('|')
	for range header {
		b.WriteString("---|")
	}
	b.WriteByte('\n')
	return t
}

func (t *table) row(cells ...string) {
	if len(cells) != t.cols {
		panic(fmt.Sprintf("report table: %d cells in a row of %d", len(cells), t.cols))
	}
	t.b.WriteByte('|')
	for _, c := range cells {
		t.b.WriteByte(' ')
		t.b.WriteString(c)
		t.b.WriteString(" |")
	}
	t.b.WriteByte('\n')
}

// listItem writes "- text", indenting the text's continuation lines so they
// stay in the item.
func listItem(b *strings.Builder, text string) {
	b.WriteString("- ")
	writeIndented(b, text)
}

// labelItem writes "- **label:** text" (in Chinese "- **label**：text").
func labelItem(b *strings.Builder, l i18n.Lang, label, text string) {
	b.WriteString("- ")
	b.WriteString(boldLabel(l, label))
	writeIndented(b, text)
}

// boldLabel is a label in bold before what it labels: "**Customer:** ".
// Chinese writes the full-width colon, which takes no space after it, and
// outside the bold: CommonMark does not close "**" after punctuation that
// a letter follows.
func boldLabel(l i18n.Lang, label string) string {
	if l == i18n.ZH {
		return "**" + label + "**" + colon(l)
	}
	return "**" + label + ":** "
}

// aside is a remark in brackets after what it remarks on: " (overdue)",
// and in Chinese in full-width brackets with no space: "（逾期）".
func aside(l i18n.Lang, s string) string {
	if l == i18n.ZH {
		return "（" + s + "）"
	}
	return " (" + s + ")"
}

// colon is what follows a label or a heading's first part: ": ", and in
// Chinese the full-width "：".
func colon(l i18n.Lang) string {
	if l == i18n.ZH {
		return "："
	}
	return ": "
}

// writeIndented writes text and a newline, indenting every line after the
// first by two spaces.
func writeIndented(b *strings.Builder, text string) {
	for {
		line, rest, more := strings.Cut(text, "\n")
		b.WriteString(line)
		b.WriteByte('\n')
		if !more {
			return
		}
		b.WriteString("  ")
		text = rest
	}
}
