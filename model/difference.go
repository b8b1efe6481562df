package model

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"handoff/internal/i18n"
	"handoff/internal/prose"
)

// Difference is what the rules found for a derived gap, as data: the
// figures and dates that make it a gap, with the promise it is about. The
// gap's kind says which fields it uses. The English title is rendered from
// it (Text, Heading), so a screen or a later language renders its own words
// instead of cutting the stored title apart. A manual gap has none.
type Difference struct {
	// Promise is the promise's title when the rules last looked.
	Promise string `json:"promise,omitempty"`
	// Fit is delivery's answer for scope, and for unassessed "unknown"
	// (delivery answered it does not know) or "" (no answer yet).
	Fit Fit `json:"fit,omitempty"`
	// CanDo is the first line of what delivery said it can do (scope).
	CanDo string `json:"can_do,omitempty"`
	// Due, Earliest and DaysLate are the schedule: the date promised, the
	// earliest delivery can make it, and how many days later that is.
	Due      Date `json:"due,omitzero"`
	Earliest Date `json:"earliest,omitzero"`
	DaysLate int  `json:"days_late,omitempty"`
	// EffortDays and BudgetDays are the effort: what delivery needs and
	// what was sold, in person-days.
	EffortDays float64 `json:"effort_days,omitempty"`
	BudgetDays float64 `json:"budget_days,omitempty"`
	// Verification and Stage are why an unverified promise is a gap.
	Verification Verification `json:"verification,omitempty"`
	Stage        Stage        `json:"stage,omitempty"`
	// Terms are the words nobody has agreed a meaning for (undefined_term).
	Terms []string `json:"terms,omitempty"`
}

// IsZero reports whether nothing is recorded: a manual gap, or a derived
// gap from before differences were stored that the rules have not looked
// at since.
func (d Difference) IsZero() bool { return reflect.ValueOf(d).IsZero() }

// check adds a problem for each value no rule could have found, as an
// edited export may hold.
func (d Difference) check(p *problems) {
	limitText(p, "difference.promise", d.Promise, maxText)
	limitText(p, "difference.can_do", d.CanDo, maxText)
	if d.Fit != "" {
		checkEnum(p, "difference.fit", "fit", d.Fit, Fits)
	}
	if d.Verification != "" {
		checkEnum(p, "difference.verification", "verification", d.Verification, Verifications)
	}
	if d.Stage != "" {
		checkEnum(p, "difference.stage", "stage", d.Stage, Stages)
	}
	checkDays(p, "difference.effort_days", d.EffortDays)
	checkDays(p, "difference.budget_days", d.BudgetDays)
	if d.DaysLate < 0 {
		p.add("difference.days_late", i18n.M("cannot be negative"))
	}
	for _, t := range d.Terms {
		limitText(p, "difference.terms", t, maxText)
	}
}

// Equal reports whether two differences hold the same facts.
func (d Difference) Equal(o Difference) bool {
	return d.Promise == o.Promise && d.Fit == o.Fit && d.CanDo == o.CanDo && d.Due == o.Due &&
		d.Earliest == o.Earliest && d.DaysLate == o.DaysLate && d.EffortDays == o.EffortDays &&
		d.BudgetDays == o.BudgetDays && d.Verification == o.Verification && d.Stage == o.Stage &&
		slices.Equal(d.Terms, o.Terms)
}

// Text is the difference in English, without the promise: "due 2027-01-15,
// delivery earliest 2027-03-01: 45 days late". One renderer per kind.
func (d Difference) Text(k GapKind) string {
	if r, ok := englishDifference[k]; ok {
		return r(d)
	}
	return ""
}

// Heading is the English title of a derived gap: the promise in quotes,
// then the difference.
func (d Difference) Heading(k GapKind) string {
	return Quote(d.Promise) + " — " + d.Text(k)
}

// englishDifference renders each kind of difference in English. Strings are
// joined by hand, not with fmt: a big deal has thousands.
var englishDifference = map[GapKind]func(Difference) string{
	KindUnassessed: func(d Difference) string {
		if d.Fit == FitUnknown {
			return "delivery does not know yet whether it can be built"
		}
		return "no answer from delivery yet"
	},
	KindScope: func(d Difference) string {
		return "fit " + string(d.Fit) + ": " + canDoText(d.Fit, d.CanDo)
	},
	KindSchedule: func(d Difference) string {
		return "due " + d.Due.String() + ", delivery earliest " + d.Earliest.String() + ": " + prose.Plural(d.DaysLate, "day") + " late"
	},
	KindEffort: func(d Difference) string {
		return "delivery needs " + FormatDays(d.EffortDays) + " person-days, " + FormatDays(d.BudgetDays) +
			" were sold (" + strconv.FormatFloat(d.EffortDays/d.BudgetDays, 'f', 1, 64) + "×)"
	},
	KindSuspect: func(Difference) string {
		return "changed after delivery answered it; needs a fresh answer"
	},
	KindUnverified: func(d Difference) string {
		return "only " + string(d.Verification) + ", not confirmed with the customer, and the deal is at " + string(d.Stage)
	},
	KindUndefinedTerm: func(d Difference) string {
		return "not agreed: " + strings.Join(d.Terms, ", ")
	},
	KindUnownedPromise: func(Difference) string {
		return "nobody is named as having promised it"
	},
}

// canDoText is delivery's own words, shortened, or a plain fallback.
func canDoText(fit Fit, canDo string) string {
	if canDo == "" {
		switch fit {
		case FitNone:
			return "delivery cannot build it"
		case FitWorkaround:
			return "only with a workaround, not described"
		}
		return "only in part, not described"
	}
	return Shorten(canDo, 100)
}

// TextIn is the difference in the reader's language, without the promise:
// "termin 15.01.2027, wdrożenie najwcześniej 01.03.2027: 45 dni opóźnienia".
// English is Text.
func (d Difference) TextIn(k GapKind, l i18n.Lang) string {
	if l == i18n.EN {
		return d.Text(k)
	}
	return d.localText(k, l)
}

// HeadingIn is the title of a derived gap in the reader's language: the
// promise in the language's quotes, then the difference.
func (d Difference) HeadingIn(k GapKind, l i18n.Lang) string {
	if l == i18n.EN {
		return d.Heading(k)
	}
	return QuoteIn(d.Promise, l) + " — " + d.TextIn(k, l)
}

// localText renders the difference through the catalogue; in English it
// reads as Text does (a test holds them together).
func (d Difference) localText(k GapKind, l i18n.Lang) string {
	switch k {
	case KindUnassessed:
		if d.Fit == FitUnknown {
			return l.T("delivery does not know yet whether it can be built")
		}
		return l.T("no answer from delivery yet")
	case KindScope:
		return l.T("fit %s: %s", d.Fit.In(l), canDoTextIn(d.Fit, d.CanDo, l))
	case KindSchedule:
		return l.T("due %s, delivery earliest %s: %s", d.Due.StringIn(l), d.Earliest.StringIn(l), l.N("%d days late", d.DaysLate))
	case KindEffort:
		ratio := strconv.FormatFloat(d.EffortDays/d.BudgetDays, 'f', 1, 64)
		if commaDecimal(l) {
			ratio = strings.Replace(ratio, ".", ",", 1)
		}
		return l.T("delivery needs %s person-days, %s were sold (%s×)", FormatDaysIn(d.EffortDays, l),
			FormatDaysIn(d.BudgetDays, l), ratio)
	case KindSuspect:
		return l.T("changed after delivery answered it; needs a fresh answer")
	case KindUnverified:
		return l.T("only %s, not confirmed with the customer, and the deal is at %s", d.Verification.In(l), d.Stage.In(l))
	case KindUndefinedTerm:
		return l.T("not agreed: %s", strings.Join(d.Terms, l.T(", ")))
	case KindUnownedPromise:
		return l.T("nobody is named as having promised it")
	}
	return ""
}

// canDoTextIn is canDoText in the reader's language; delivery's own words
// stay as they wrote them.
func canDoTextIn(fit Fit, canDo string, l i18n.Lang) string {
	if canDo == "" {
		switch fit {
		case FitNone:
			return l.T("delivery cannot build it")
		case FitWorkaround:
			return l.T("only with a workaround, not described")
		}
		return l.T("only in part, not described")
	}
	return Shorten(canDo, 100)
}

// QuoteIn is Quote with the reader's quotation marks: “…” in English and
// Chinese, „…” in Polish, „…“ in German, ”…” in Swedish, «…» in Italian.
func QuoteIn(title string, l i18n.Lang) string {
	open, close := "“", "”"
	switch l {
	case i18n.PL:
		open = "„"
	case i18n.DE:
		open, close = "„", "“"
	case i18n.SV:
		open = "”"
	case i18n.IT:
		open, close = "«", "»"
	}
	return open + Shorten(normalSpace(title), 70) + close
}
