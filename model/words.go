package model

import "handoff/internal/i18n"

// The enumerations in words, in the reader's language. Each kind's words
// are in the i18n catalogues under the kind's name; TestWords checks that
// every language has a word for every value.

// In is the role in words.
func (r Role) In(l i18n.Lang) string { return l.Word("role", string(r)) }

// In is the stage in words.
func (s Stage) In(l i18n.Lang) string { return l.Word("stage", string(s)) }

// In is the category in words.
func (c Category) In(l i18n.Lang) string { return l.Word("category", string(c)) }

// In is the priority in words.
func (p Priority) In(l i18n.Lang) string { return l.Word("priority", string(p)) }

// In is the source in words.
func (s Source) In(l i18n.Lang) string { return l.Word("source", string(s)) }

// In is the verification level in words.
func (v Verification) In(l i18n.Lang) string { return l.Word("verification", string(v)) }

// In is delivery's fit in words.
func (f Fit) In(l i18n.Lang) string { return l.Word("fit", string(f)) }

// In is the confidence in words.
func (c Confidence) In(l i18n.Lang) string { return l.Word("confidence", string(c)) }

// In is the severity in words.
func (s Severity) In(l i18n.Lang) string { return l.Word("severity", string(s)) }

// In is the gap kind in words ("undefined term", "suspect answer").
func (k GapKind) In(l i18n.Lang) string { return l.Word("gap kind", string(k)) }

// In is the gap status in words.
func (s GapStatus) In(l i18n.Lang) string { return l.Word("gap status", string(s)) }

// In is the origin in words.
func (o Origin) In(l i18n.Lang) string { return l.Word("origin", string(o)) }

// In is the term status in words.
func (s TermStatus) In(l i18n.Lang) string { return l.Word("term status", string(s)) }

// wordKinds is every kind with its values, for the test that every
// language has them all.
func wordKinds() map[string][]string {
	return map[string][]string{
		"role":         strs(Roles),
		"stage":        strs(Stages),
		"category":     strs(Categories),
		"priority":     strs(Priorities),
		"source":       strs(Sources),
		"verification": strs(Verifications),
		"fit":          strs(Fits),
		"confidence":   strs(Confidences),
		"severity":     strs(Severities),
		"gap kind":     strs(GapKinds),
		"gap status":   strs(GapStatuses),
		"origin":       strs(Origins),
		"term status":  strs(TermStatuses),
	}
}

func strs[T ~string](all []T) []string {
	out := make([]string, len(all))
	for i, v := range all {
		out[i] = string(v)
	}
	return out
}
