package model

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"handoff/internal/safe"
)

// AgendaICS is an agenda as an iCalendar file (RFC 5545): one all-day
// event per item with a due date, named by the deal and the promise. Each
// event's UID is the item's key at domain, so a calendar importing a later
// file updates its events instead of adding them again; its SEQUENCE is
// the gap's version, so the later copy wins. Nothing in it is an amount:
// the deal's value and the effort sold stay out (an effort gap is named by
// its kind only). stamp is the DTSTAMP, the moment the file is made.
func AgendaICS(owner Person, items []AgendaItem, today Date, stamp time.Time, domain string) string {
	var b icsWriter
	b.line("BEGIN:VCALENDAR")
	b.line("VERSION:2.0")
	b.line("PRODID:-//handoff//agenda//EN")
	b.line("CALSCALE:GREGORIAN")
	b.line("METHOD:PUBLISH")
	b.prop("X-WR-CALNAME", "handoff: "+owner.Name)
	dtstamp := stamp.UTC().Format("20060102T150405Z")
	for _, it := range items {
		if it.Due.IsZero() {
			continue
		}
		b.line("BEGIN:VEVENT")
		b.line("UID:" + icsText(it.Key+"@"+domain))
		b.line("DTSTAMP:" + dtstamp)
		b.line("DTSTART;VALUE=DATE:" + it.Due.t.Format("20060102"))
		b.line("DTEND;VALUE=DATE:" + it.Due.AddDays(1).t.Format("20060102"))
		b.line("SEQUENCE:" + strconv.FormatInt(max(it.Version, 0), 10))
		b.prop("SUMMARY", icsSummary(it, today))
		b.prop("DESCRIPTION", icsDescription(it, today))
		b.prop("CATEGORIES", it.Kind.Label())
		b.line("TRANSP:TRANSPARENT")
		b.line("END:VEVENT")
	}
	b.line("END:VCALENDAR")
	return b.String()
}

// icsSummary is "Deal — Promise: what" with "Overdue:" in front when late.
func icsSummary(it AgendaItem, today Date) string {
	s := it.Deal
	if it.Promise != "" {
		s += " — " + it.Promise
	}
	s += ": " + icsWhat(it)
	if _, late := it.Overdue(today); late {
		s = "Overdue: " + s
	}
	return s
}

// icsWhat is the item's own text, without amounts.
func icsWhat(it AgendaItem) string {
	switch {
	case it.Kind == AgendaSignOff:
		return it.Title
	case it.GapKind == KindEffort:
		return "effort over what was sold"
	case it.Kind == AgendaAnswer:
		return "delivery's answer awaited"
	}
	return it.Title
}

// icsDescription says what the item is, its state and how late it is.
func icsDescription(it AgendaItem, today Date) string {
	parts := []string{it.Kind.Label()}
	if it.GapKind != "" {
		parts = append(parts, it.GapKind.Label()+" gap", string(it.Severity), strings.ReplaceAll(string(it.Status), "_", " "))
	}
	if it.Customer != "" {
		parts = append(parts, "customer: "+it.Customer)
	}
	text := strings.Join(parts, " · ")
	if late := OverdueText(it.Due, today); late != "" {
		text += "\n" + late + " on " + today.String()
	}
	return text
}

// icsWriter builds the file: CRLF after every line, lines folded at 75
// octets without splitting a character.
type icsWriter struct{ strings.Builder }

// prop writes a property whose value is text, escaped.
func (w *icsWriter) prop(name, value string) { w.line(name + ":" + icsText(value)) }

func (w *icsWriter) line(s string) {
	const limit = 75
	for first := true; ; first = false {
		room := limit
		if !first {
			room-- // the space that continues a folded line counts
			w.WriteString(" ")
		}
		if len(s) <= room {
			w.WriteString(s + "\r\n")
			return
		}
		cut := room
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut] + "\r\n")
		s = s[cut:]
	}
}

// icsText escapes a TEXT value: backslash, semicolon, comma and newlines;
// control characters and escape sequences are dropped first.
func icsText(s string) string {
	s = safe.Text(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case ';':
			b.WriteString(`\;`)
		case ',':
			b.WriteString(`\,`)
		case '\n':
			b.WriteString(`\n`)
		case '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
