package model

import (
	"strconv"
	"strings"

	"handoff/internal/i18n"
)

// Promise is one thing sales or presales told the customer they would get.
type Promise struct {
	ID       int64    `json:"id"`
	DealID   int64    `json:"deal_id"`
	Title    string   `json:"title"`
	Detail   string   `json:"detail"`
	Category Category `json:"category"`
	Priority Priority `json:"priority"`
	// PromisedBy is the person who made the promise; 0 when nobody owns it.
	PromisedBy int64  `json:"promised_by"`
	Source     Source `json:"source"`
	// SourceRef points into the source: "Proposal v3 §4.2".
	SourceRef string `json:"source_ref"`
	MadeOn    Date   `json:"made_on"`
	// Due is the date the customer expects it.
	Due Date `json:"due"`
	// Problem is the customer's problem behind the promise.
	Problem string `json:"problem"`
	// BudgetDays is the effort sold, in person-days; 0 when none was set.
	BudgetDays   float64      `json:"budget_days"`
	Verification Verification `json:"verification"`
	// Revision counts edits to what was promised; an assessment records the
	// revision it answered, so a later edit makes the answer suspect.
	Revision int   `json:"revision"`
	Version  int64 `json:"version"`
}

// Overdue reports whether the customer's due date has passed on today, and
// by how many days. Nothing here records a promise as delivered (that
// happens after the handoff), so every promise past its date counts.
func (p Promise) Overdue(today Date) (days int, ok bool) {
	return Overdue(p.Due, today)
}

// Validate checks the promise's fields.
func (p Promise) Validate() error {
	var pr problems
	requireText(&pr, "title", p.Title, maxTitle)
	limitText(&pr, "detail", p.Detail, maxText)
	checkEnum(&pr, "category", "category", p.Category, Categories)
	checkEnum(&pr, "priority", "priority", p.Priority, Priorities)
	checkEnum(&pr, "source", "source", p.Source, Sources)
	checkEnum(&pr, "verification", "verification level", p.Verification, Verifications)
	limitText(&pr, "source reference", p.SourceRef, maxTitle)
	limitText(&pr, "problem", p.Problem, maxText)
	checkRef(&pr, "promised by", p.PromisedBy)
	checkDays(&pr, "budget", p.BudgetDays)
	if p.DealID <= 0 {
		pr.add("deal", i18n.M("is required"))
	}
	return pr.err()
}

// Text is everything the promise says, for term detection.
func (p Promise) Text() string {
	return p.Title + "\n" + p.Detail
}

// SameContent reports whether p and o promise the same thing: a change to
// anything delivery would weigh in its answer is a new revision.
func (p Promise) SameContent(o Promise) bool {
	return p.Title == o.Title && p.Detail == o.Detail && p.Category == o.Category &&
		p.Due == o.Due && p.BudgetDays == o.BudgetDays && p.Problem == o.Problem
}

// NewPromise returns a promise with the defaults a new one starts with.
func NewPromise(dealID int64) Promise {
	return Promise{
		DealID:       dealID,
		Category:     CategoryScope,
		Priority:     PriorityShould,
		Source:       SourceCall,
		Verification: VerificationHeard,
		Revision:     1,
	}
}

// PromiseFields is a promise as text, the way a form or a spreadsheet holds
// it. Parse turns it into a Promise with every problem named by field.
type PromiseFields struct {
	Title, Detail, Category, Priority, Source, SourceRef string
	MadeOn, Due, Verification, Problem, BudgetDays       string
	// Today, when set, lets the dates be written the ways a form takes
	// ("tomorrow", "+2w", "friday"; see ParseFormDate). A spreadsheet
	// leaves it unset: its dates are ISO only.
	Today Date
	// Lang is the language the form is in: with a Today, its dates may be
	// written the way the form shows them (15.01.2027 in German).
	Lang i18n.Lang
}

// Parse reads the fields into base (which supplies the deal and anything
// blank) and validates the result. Blank enum fields keep base's value.
func (f PromiseFields) Parse(base Promise) (Promise, error) {
	p := base
	var pr problems
	p.Title = strings.TrimSpace(f.Title)
	p.Detail = strings.TrimSpace(f.Detail)
	p.SourceRef = strings.TrimSpace(f.SourceRef)
	p.Problem = strings.TrimSpace(f.Problem)
	parseInto(&pr, "category", f.Category, &p.Category, ParseCategory)
	parseInto(&pr, "priority", f.Priority, &p.Priority, ParsePriority)
	parseInto(&pr, "source", f.Source, &p.Source, ParseSource)
	parseInto(&pr, "verification", f.Verification, &p.Verification, ParseVerification)
	parseDateInto(&pr, "made on", f.MadeOn, f.Today, f.Lang, &p.MadeOn)
	parseDateInto(&pr, "due date", f.Due, f.Today, f.Lang, &p.Due)
	if d, err := ParseDays(f.BudgetDays); err != nil {
		pr.addErr("budget", err)
	} else {
		p.BudgetDays = d
	}
	if err := p.Validate(); err != nil {
		for _, fe := range err.(*ValidationError).Fields {
			if pr.has(fe.Field) {
				continue
			}
			pr = append(pr, fe)
		}
	}
	return p, pr.err()
}

// parseInto parses a non-blank word into *dst, recording a problem if it fails.
func parseInto[T any](p *problems, field, s string, dst *T, parse func(string) (T, error)) {
	if strings.TrimSpace(s) == "" {
		return
	}
	v, err := parse(s)
	if err != nil {
		p.addErr(field, err)
		return
	}
	*dst = v
}

// parseDateInto parses a date field into *dst; blank clears it. With a
// today, the relative forms a person may type in the language l are read
// too, and the dates in l's form.
func parseDateInto(p *problems, field, s string, today Date, l i18n.Lang, dst *Date) {
	d, err := ParseDate(s)
	if !today.IsZero() {
		d, err = ParseFormDateIn(s, today, l)
	}
	if err != nil {
		p.addErr(field, err)
		return
	}
	*dst = d
}

// ParseDays reads a number of person-days: "", "3", "2.5" (blank is 0).
func ParseDays(s string) (float64, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
	if s == "" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != v || v > 1e6 || v < -1e6 {
		return 0, i18n.Msg("%s is not a number of days", s)
	}
	if v < 0 {
		return 0, i18n.Msg("%s is negative", s)
	}
	return v, nil
}

// FormatDays writes person-days without trailing zeros: "2.5", "10"; "" for 0.
func FormatDays(d float64) string {
	if d == 0 {
		return ""
	}
	return strconv.FormatFloat(d, 'f', -1, 64)
}

// has reports whether a problem is already recorded for field.
func (p problems) has(field string) bool {
	for _, f := range p {
		if f.Field == field {
			return true
		}
	}
	return false
}
