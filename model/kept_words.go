package model

import (
	"strings"

	"handoff/internal/i18n"
)

// The baseline diff in the reader's words, for the screens and check.

// FieldLabelIn is a diff field's name: "earliest" → "najwcześniej".
func (c FieldChange) FieldLabelIn(l i18n.Lang) string {
	field := c.Field
	if field == "effort" {
		field = "effort_days"
	}
	return FieldLabel(l, field)
}

// DiffValueIn is one side of the change in the reader's forms; "—" for none.
func DiffValueIn(v any, l i18n.Lang) string {
	s := ""
	switch v := v.(type) {
	case string:
		s = v
	case Date:
		s = v.StringIn(l)
	case Fit:
		if v == "" {
			return l.T("not answered")
		}
		s = l.Word("fit", string(v))
	case float64:
		if v != 0 {
			s = l.T("%s person-days", FormatDaysIn(v, l))
		}
	}
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// DeltaIn is "+22 days", "−3 person-days"; "" for a change with no number.
func (c FieldChange) DeltaIn(l i18n.Lang) string {
	if c.Delta == 0 {
		return ""
	}
	sign, n := "+", c.Delta
	if n < 0 {
		sign, n = "−", -n
	}
	if c.Field == "effort" {
		return sign + l.T("%s person-days", FormatDaysIn(n, l))
	}
	return sign + l.N("%d days", int(n))
}

// In is "earliest: 10.01.2027 → 01.02.2027 (+22 dni)".
func (c FieldChange) In(l i18n.Lang) string {
	s := l.T("%s: %s → %s", c.FieldLabelIn(l), DiffValueIn(c.Before, l), DiffValueIn(c.After, l))
	if d := c.DeltaIn(l); d != "" {
		s += " (" + d + ")"
	}
	return s
}

// KindIn is "added", "removed" or "changed" in words.
func (c PromiseChange) KindIn(l i18n.Lang) string {
	switch c.Kind {
	case "added":
		return l.T("added since sign-off")
	case "removed":
		return l.T("removed since sign-off")
	}
	return l.T("changed since sign-off")
}

// RolesIn is "sales, delivery" in words.
func RolesIn(roles []Role, l i18n.Lang) string {
	out := make([]string, len(roles))
	for i, r := range roles {
		out[i] = r.In(l)
	}
	return strings.Join(out, l.T(", "))
}
