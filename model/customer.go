package model

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"handoff/internal/i18n"
	"handoff/internal/prose"
)

// The customer copy: what the customer is asked to check and confirm, made
// from the same dossier as the internal report but never from what stays in
// the house — no value or other amount (not even one typed into a
// promise), no effort sold, no internal notes, no internal decision or gap,
// no gap the rules closed, no readiness or blockers. Every text a person
// typed goes through WithoutAmounts and then the same escaping as the
// internal report, so it renders inert raw, in cmark-gfm and in pandoc.

// Audience is who a report is written for.
type Audience string

// Audiences.
const (
	// AudienceInternal is the handoff report, for the team.
	AudienceInternal Audience = "internal"
	// AudienceCustomer is the customer's copy.
	AudienceCustomer Audience = "customer"
)

// Audiences lists every Audience.
var Audiences = []Audience{AudienceInternal, AudienceCustomer}

// CustomerCopy renders the deal's customer copy; generatedAt is the only
// time in it that is not part of the data.
func CustomerCopy(d *Dossier, generatedAt time.Time) string {
	return CustomerCopyIn(i18n.EN, d, generatedAt)
}

// CustomerCopyIn is CustomerCopy in the customer's language l.
func CustomerCopyIn(l i18n.Lang, d *Dossier, generatedAt time.Time) string {
	r := newReport(d)
	r.l = l
	c := &customerCopy{report: r, terms: r.d.NumberedTerms()}
	var b strings.Builder
	b.Grow(2048 + 900*len(r.promises))
	c.head(&b, generatedAt)
	c.problem(&b)
	c.deliver(&b)
	c.definitions(&b)
	c.notIncluded(&b)
	c.dependsOn(&b)
	c.agreed(&b)
	c.questions(&b)
	c.confirmation(&b)
	return b.String()
}

// RenderReport renders the report for an audience.
func RenderReport(a Audience, d *Dossier, generatedAt time.Time) string {
	return RenderReportIn(i18n.EN, a, d, generatedAt)
}

// RenderReportIn renders the report for an audience in the language l.
func RenderReportIn(l i18n.Lang, a Audience, d *Dossier, generatedAt time.Time) string {
	if a == AudienceCustomer {
		return CustomerCopyIn(l, d, generatedAt)
	}
	return ReportIn(l, d, generatedAt)
}

type customerCopy struct {
	*report
	terms []Term // the glossary entries, numbered T1… in this order
}

// text is what a person typed, fit for the customer: amounts left out,
// escaped for a paragraph or list item.
func customerText(s string) string { return EscapeText(WithoutAmounts(s)) }

// cell is text for a table cell.
func customerCell(s string) string { return EscapeCell(WithoutAmounts(s)) }

// NumberedTerms are the deal's glossary entries in the order the customer
// copy numbers them, T1 first: by term, whatever the case.
func (d *Dossier) NumberedTerms() []Term {
	terms := slices.Clone(d.Terms)
	slices.SortStableFunc(terms, func(a, c Term) int {
		if x := strings.Compare(strings.ToLower(a.Term), strings.ToLower(c.Term)); x != 0 {
			return x
		}
		if x := strings.Compare(a.Term, c.Term); x != 0 {
			return x
		}
		return cmp.Compare(a.ID, c.ID)
	})
	return terms
}

// PromiseRefs are the deal's promises in scope in the order the reports
// number them, P1 first (a change request not accepted has no number).
func (d *Dossier) PromiseRefs() []Promise {
	return sortedBy(d.ScopePromises(), func(a, b Promise) int { return cmp.Compare(a.ID, b.ID) })
}

// PromiseRef finds a promise by its number in the reports: "P3" (or "p3",
// "3").
func (d *Dossier) PromiseRef(ref string) (Promise, bool) {
	n, ok := refNumber(ref, 'P')
	ps := d.PromiseRefs()
	if !ok || n > len(ps) {
		return Promise{}, false
	}
	return ps[n-1], true
}

// TermRef finds a glossary entry by its number in the customer copy: "T2".
func (d *Dossier) TermRef(ref string) (Term, bool) {
	n, ok := refNumber(ref, 'T')
	terms := d.NumberedTerms()
	if !ok || n > len(terms) {
		return Term{}, false
	}
	return terms[n-1], true
}

func refNumber(ref string, letter byte) (int, bool) {
	ref = strings.TrimSpace(ref)
	if ref != "" && (ref[0] == letter || ref[0] == letter+'a'-'A') {
		ref = ref[1:]
	}
	n, err := strconv.Atoi(ref)
	return n, err == nil && n > 0
}

func (c *customerCopy) termRef(i int) string { return "T" + strconv.Itoa(i+1) }

func (c *customerCopy) head(b *strings.Builder, generatedAt time.Time) {
	deal := c.d.Deal
	b.WriteString("# " + c.l.T("%s: what we will deliver", prose.OrDash(escapeHeading(WithoutAmounts(deal.Name)))) + "\n\n")
	b.WriteString("- " + boldLabel(c.l, c.l.T("For")) + prose.Or(customerCell(deal.Customer), c.l.T("not recorded")) + "\n")
	b.WriteString("- " + boldLabel(c.l, c.l.T("Prepared")) + c.when(generatedAt) + "\n\n")
	b.WriteString(c.l.T("This is our understanding of what you asked for and what we will deliver. "+
		"Please check each point and tell us, in the confirmation section at the end, "+
		"whether it is right as written or what you want instead.") + "\n")
}

func (c *customerCopy) problem(b *strings.Builder) {
	b.WriteString("\n## " + c.l.T("The problem we understood you want solved") + "\n\n")
	b.WriteString(prose.Or(customerText(c.d.Deal.WhyBuy), c.l.T("We have not written it down yet: please tell us.")) + "\n")
}

// answer is delivery's answer to a promise in plain words.
func (c *customerCopy) answer(a Assessment, ok bool) string {
	l := c.l
	if !ok {
		return l.T("not answered yet: our delivery team has still to answer this.")
	}
	canDo := customerText(strings.TrimRight(firstLine(a.CanDo), "."))
	switch a.Fit {
	case FitFull:
		return l.T("yes, fully, as written.")
	case FitPartial:
		return l.T("partly. What we will deliver instead: %s.", prose.Or(canDo, l.T("still to be described")))
	case FitWorkaround:
		return l.T("with a workaround: %s.", prose.Or(canDo, l.T("still to be described")))
	case FitNone:
		if canDo != "" {
			return l.T("no, we cannot deliver this.") + " " + canDo + "."
		}
		return l.T("no, we cannot deliver this.")
	}
	return l.T("not answered yet: our delivery team does not know yet whether it can be built.")
}

// commitDate is the date we can commit to: the later of the date asked for
// and delivery's earliest.
func (c *customerCopy) commitDate(p Promise, a Assessment, ok bool) string {
	l := c.l
	if ok && a.Fit == FitNone {
		return l.T("none, as we cannot deliver it")
	}
	if !ok || a.Earliest.IsZero() {
		if p.Due.IsZero() {
			return l.T("not yet given")
		}
		return l.T("not yet given") + aside(l, l.T("you asked for %s", c.date(p.Due)))
	}
	date := a.Earliest
	if p.Due.After(date) {
		date = p.Due
	}
	s := c.date(date)
	if !p.Due.IsZero() && a.Earliest.After(p.Due) {
		s += aside(l, l.T("you asked for %s", c.date(p.Due))+colon(l)+l.N("%d days later", a.Earliest.DaysAfter(p.Due)))
	}
	return s
}

// confirmedBy says what the customer answered last, "" when nothing.
func (c *customerCopy) confirmedBy(cf Confirmation, ok bool) string {
	if !ok {
		return ""
	}
	s := c.l.T("%s by %s on %s", c.answerLabel(cf.Answer), c.name(cf.By), c.date(cf.On)) + aside(c.l, prose.OrDash(customerCell(cf.Reference)))
	if cf.Answer == AnswerNotAsWritten {
		s += ": " + prose.OrDash(customerCell(cf.Wrote))
	}
	return s
}

func (c *customerCopy) deliver(b *strings.Builder) {
	b.WriteString("\n## " + c.l.T("What we will deliver") + "\n")
	if len(c.promises) == 0 {
		b.WriteString("\n" + c.l.T("Nothing is written down yet.") + "\n")
	}
	for _, p := range c.promises {
		b.WriteString("\n### " + c.ref(p.ID) + " · " + prose.OrDash(escapeHeading(WithoutAmounts(p.Title))) + "\n\n")
		if d := customerText(p.Detail); d != "" {
			labelItem(b, c.l, c.l.T("As agreed"), d)
		}
		if pr := customerText(p.Problem); pr != "" {
			labelItem(b, c.l, c.l.T("Your need behind it"), pr)
		}
		labelItem(b, c.l, c.l.T("Priority"), EscapeCell(c.word("priority", string(p.Priority))))
		a, ok := c.answers[p.ID]
		labelItem(b, c.l, c.l.T("Our answer"), c.answer(a, ok))
		labelItem(b, c.l, c.l.T("Date we can commit to"), c.commitDate(p, a, ok))
		status := c.l.T("not yet confirmed by you")
		if p.Verification.AtLeast(VerificationConfirmed) {
			status = c.l.T("confirmed by you")
			if p.Verification == VerificationContracted {
				status = c.l.T("in the contract")
			}
		}
		if s := c.confirmedBy(c.d.LatestConfirmation(p.ID, true)); s != "" {
			status += "; " + s
		}
		labelItem(b, c.l, c.l.T("Your confirmation"), status)
	}
}

func (c *customerCopy) definitions(b *strings.Builder) {
	b.WriteString("\n## " + c.l.T("Definitions") + "\n\n")
	b.WriteString("### " + c.l.T("Agreed terms") + "\n\n")
	var t *table
	for i, term := range c.terms {
		if term.Status != TermAgreed {
			continue
		}
		if t == nil {
			t = newTable(b, "#", c.l.T("Term"), c.l.T("What it means"))
		}
		t.row(c.termRef(i), prose.OrDash(customerCell(term.Term)), prose.OrDash(customerCell(term.Definition)))
	}
	if t == nil {
		b.WriteString(c.l.T("No term is agreed yet.") + "\n")
	}
	b.WriteString("\n### " + c.l.T("Terms still open") + "\n\n")
	n := 0
	for i, term := range c.terms {
		if term.Status == TermAgreed {
			continue
		}
		n++
		q := boldLabel(c.l, c.termRef(i)+" · "+prose.OrDash(customerCell(term.Term))) + c.l.T("what do you mean by it?")
		if def := customerCell(term.Definition); def != "" {
			q += " " + c.l.T("We understand:") + " " + def
		}
		listItem(b, q)
	}
	for _, w := range c.unlistedWords() {
		n++
		listItem(b, boldLabel(c.l, prose.OrDash(customerCell(w)))+c.l.T("what do you mean by it?")+" "+c.l.T("We have no definition yet."))
	}
	if n == 0 {
		b.WriteString(c.l.T("None: every term is agreed.") + "\n")
	}
}

// unlistedWords are the watched words the promises use that have no
// glossary entry.
func (c *customerCopy) unlistedWords() []string {
	var out []string
	seen := map[string]bool{}
	gl := c.d.Glossary()
	for _, p := range c.promises {
		for _, s := range gl.Scan(p.Text()) {
			if s.TermID != 0 || s.Agreed {
				continue
			}
			if key := TermKey(s.Term); !seen[key] {
				seen[key] = true
				out = append(out, s.Term)
			}
		}
	}
	return out
}

func (c *customerCopy) notIncluded(b *strings.Builder) {
	b.WriteString("\n## " + c.l.T("Not included") + "\n\n")
	n := 0
	for _, s := range c.d.Deal.NotSold {
		if e := customerText(s); e != "" {
			listItem(b, e)
			n++
		}
	}
	if n == 0 {
		b.WriteString(c.l.T("Nothing is recorded as excluded.") + "\n")
	}
}

func (c *customerCopy) dependsOn(b *strings.Builder) {
	b.WriteString("\n## " + c.l.T("What depends on you") + "\n\n")
	n := 0
	for _, k := range c.d.Constraints {
		if e := customerText(k.Text); e != "" && k.Shared {
			listItem(b, e)
			n++
		}
	}
	if n == 0 {
		b.WriteString(c.l.T("Nothing beyond what is written above.") + "\n")
	}
}

// sharedGaps are the open points the team chose to share, less those the
// rules closed themselves and those about effort (they say what was sold).
func (c *customerCopy) sharedGaps() []Gap {
	var out []Gap
	for _, g := range c.gaps {
		if g.Shared && !g.AutoResolved && g.Kind != KindEffort {
			out = append(out, g)
		}
	}
	return out
}

func (c *customerCopy) agreed(b *strings.Builder) {
	var decs []Decision
	for _, d := range c.d.Decisions {
		if d.Shared {
			decs = append(decs, d)
		}
	}
	gaps := c.sharedGaps()
	if len(decs) == 0 && len(gaps) == 0 {
		return
	}
	b.WriteString("\n## " + c.l.T("Points we are settling with you") + "\n\n")
	for _, g := range gaps {
		heading, status, res := g.Heading(), strings.ReplaceAll(string(g.Status), "_", " "), g.Resolution
		if !c.en() {
			heading, status, res = g.HeadingIn(c.l), g.Status.In(c.l), g.ResolutionIn(c.l)
		}
		s := prose.OrDash(customerText(heading)) + " — " + status
		if g.Status.Closed() && strings.TrimSpace(res) != "" {
			s += ": " + customerText(res)
		}
		listItem(b, s)
	}
	for _, d := range decs {
		listItem(b, boldLabel(c.l, c.l.T("Agreed on %s", c.day(d.DecidedAt)))+prose.OrDash(customerText(d.Text)))
	}
}

func (c *customerCopy) questions(b *strings.Builder) {
	b.WriteString("\n## " + c.l.T("Open questions") + "\n\n")
	n := 0
	q := func(s string) { listItem(b, s); n++ }
	for _, p := range c.promises {
		title := prose.OrDash(customerText(p.Title))
		if !p.Verification.AtLeast(VerificationConfirmed) {
			q(c.ref(p.ID) + " " + title + ": " + c.l.T("is it right as written? You have not confirmed it yet."))
		}
		// A promise we cannot deliver has no date to give.
		if a, ok := c.answers[p.ID]; !ok || (a.Earliest.IsZero() && a.Fit != FitNone) {
			q(c.ref(p.ID) + " " + title + ": " + c.l.T("we have not given a date yet."))
		}
	}
	for i, term := range c.terms {
		if term.Status != TermAgreed {
			q(c.termRef(i) + " " + prose.OrDash(customerText(term.Term)) + ": " + c.l.T("the meaning is not agreed yet."))
		}
	}
	if n == 0 {
		b.WriteString(c.l.T("None.") + "\n")
	}
}

func (c *customerCopy) confirmation(b *strings.Builder) {
	b.WriteString("\n## " + c.l.T("Confirmation") + "\n\n")
	b.WriteString(c.l.T("For each point, mark it confirmed, or write what you want instead. "+
		"Please quote the numbers (P1, T1) in your answer.") + "\n\n")
	t := newTable(b, "#", c.l.T("Point"), c.l.T("Confirmed"), c.l.T("Not as written — what instead"))
	for _, p := range c.promises {
		mark, instead := "☐", ""
		if p.Verification.AtLeast(VerificationConfirmed) {
			mark = "☑ " + c.l.T("already confirmed")
		}
		if cf, ok := c.d.LatestConfirmation(p.ID, true); ok {
			mark, instead = c.answered(cf)
		}
		t.row(c.ref(p.ID), prose.OrDash(customerCell(p.Title)), mark, instead)
	}
	for i, term := range c.terms {
		mark, instead := "☐", ""
		if cf, ok := c.d.LatestConfirmation(term.ID, false); ok {
			mark, instead = c.answered(cf)
		}
		t.row(c.termRef(i), c.l.T("Definition of %s", prose.OrDash(customerCell(term.Term))), mark, instead)
	}
	b.WriteString("\n" + c.l.T("Confirmed for %s by:", prose.Or(customerCell(c.d.Deal.Customer), c.l.T("the customer"))) + "\n\n")
	for _, label := range []string{c.l.T("[person] Name"), c.l.T("Role"), c.l.T("Date")} {
		b.WriteString("- " + strings.TrimSpace(boldLabel(c.l, label)) + "\n")
	}
}

// answered is a confirmation table's two cells for an answer on record.
func (c *customerCopy) answered(cf Confirmation) (mark, instead string) {
	who := c.name(cf.By) + ", " + c.date(cf.On) + ", " + prose.OrDash(customerCell(cf.Reference))

	if cf.Answer == AnswerConfirmed {
		return "☑ " + who, ""
	}
	return "☐", prose.OrDash(customerCell(cf.Wrote)) + aside(c.l, who)
}
