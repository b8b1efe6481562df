package model

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"handoff/internal/i18n"
	"handoff/internal/prose"
)

// The handoff report (README "The report"): GitHub-flavoured markdown that a PM can
// send as it is. Every value a person typed goes through EscapeCell,
// EscapeText or escapeHeading (see escape.go). The report sorts what it
// shows itself, so the same dossier gives the same bytes whatever order
// its lists come in; the generated-at line is the only line that varies.
// Internal notes (Deal.Notes) are never read here.

// Report renders the deal's handoff report; generatedAt is the only time in
// it that is not part of the data. Its day, in generatedAt's own zone, is
// the day an open gap past its due date is marked overdue on: pass the time
// in the zone the reader's calendar is in.
func Report(d *Dossier, generatedAt time.Time) string {
	return ReportIn(i18n.EN, d, generatedAt)
}

// ReportIn is Report in the reader's language l: headings, labels and
// stored words in it, money and dates in its form; what people typed
// stays as they typed it.
func ReportIn(l i18n.Lang, d *Dossier, generatedAt time.Time) string {
	r := newReport(d)
	r.l = l
	return renderReport(r, generatedAt)
}

// PresentingReport is Report for a shared screen: the deal's value reads
// "hidden while presenting", the effort sold shows as "•", and internal
// decisions and the resolutions of internal gaps are left out. It is for
// showing, never for the file.
func PresentingReport(d *Dossier, generatedAt time.Time) string {
	return PresentingReportIn(i18n.EN, d, generatedAt)
}

// PresentingReportIn is PresentingReport in the reader's language l.
func PresentingReportIn(l i18n.Lang, d *Dossier, generatedAt time.Time) string {
	r := newReport(d)
	r.l = l
	r.hideMoney, r.hideInternal = true, true
	return HideSold(renderReport(r, generatedAt))
}

func renderReport(r *report, generatedAt time.Time) string {
	// What is hidden while presenting is hidden after hashing: the screen
	// compares the deal with its sign-offs, not the page.
	overall, per := r.canonicalHash()
	parts := r.parts()
	// A sign-off covers what the deal says, not the day it is read: the
	// hashes are over the gaps without overdue marks, the page shows them.
	if !generatedAt.IsZero() {
		r.today = DateOf(generatedAt)
		// Laid out again only where a mark shows (a big deal has thousands
		// of rows).
		if slices.ContainsFunc(r.promises, func(p Promise) bool { _, late := p.Overdue(r.today); return late }) {
			parts.promises = r.promiseTable()
		}
		if slices.ContainsFunc(r.gaps, func(g Gap) bool { _, late := g.Overdue(r.today); return late }) {
			parts.gaps = r.gapTables()
		}
	}
	generated := "- " + boldLabel(r.l, r.l.T("Generated")) + r.when(generatedAt) + "\n"
	signOffs := r.signOffs(newHashes(r.d, overall, per))
	body := []string{parts.summary, parts.definitions, parts.promises, parts.reality,
		parts.gaps, parts.decisions, parts.notSold, signOffs}
	// The customer's answers follow the sign-off, outside what a sign-off
	// hashes: what they changed (a promise confirmed) shows in the sections
	// it changed; a deal without answers reads as before.
	if c := r.confirmations(); c != "" {
		body = append(body, c)
	}
	for _, s := range []string{r.changesSinceSignOff(), r.outcomes()} {
		if s != "" {
			body = append(body, s)
		}
	}
	size := len(parts.head) + len(generated) + len(parts.readiness)
	for _, s := range body {
		size += 1 + len(s)
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(parts.head)
	b.WriteString(generated)
	b.WriteString(parts.readiness)
	for _, s := range body {
		b.WriteByte('\n')
		b.WriteString(s)
	}
	return b.String()
}

// reportParts are the pieces the report is made of, each ending in one
// newline; Report puts a blank line between them.
type reportParts struct {
	// head is the title, customer and stage: a list the generated-at line
	// continues.
	head string
	// readiness is the readiness item of that list, and the blockers.
	readiness                                                         string
	summary, definitions, promises, reality, gaps, decisions, notSold string
}

func (p reportParts) sections() map[string]string {
	return map[string]string{
		"summary":     p.head + "\n" + p.summary,
		"definitions": p.definitions,
		"promises":    p.promises,
		"reality":     p.reality,
		"gaps":        p.gaps,
		"decisions":   p.decisions,
		"not sold":    p.notSold,
		"readiness":   p.readiness,
	}
}

// report is a dossier indexed for rendering.
type report struct {
	d        *Dossier
	people   map[int64]Person
	promises []Promise            // by id
	number   map[int64]int        // promise id → its number in the report, from 1
	answers  map[int64]Assessment // by promise id
	gaps     []Gap                // the deal's gaps, less those of deleted promises
	gapByID  map[int64]Gap
	// hideMoney leaves the deal's value out (presenting on a shared screen).
	hideMoney bool
	// hideInternal leaves internal decisions and the resolutions of
	// internal gaps out (presenting).
	hideInternal bool
	// today marks open gaps past their due date overdue; unset, nothing is.
	today Date
	// l is the reader's language; the zero value is English, the page a
	// legacy sign-off hash was over.
	l i18n.Lang
}

// en reports whether the report is in English, where every word is the
// one it always was.
func (r *report) en() bool { return r.l == i18n.EN }

// word is a stored value in the reader's words.
func (r *report) word(kind, value string) string {
	if r.en() {
		return value
	}
	return r.l.Word(kind, value)
}

// date is a date in the reader's form.
func (r *report) date(d Date) string {
	if r.en() {
		return d.String()
	}
	return d.StringIn(r.l)
}

// when is a moment in UTC to the minute in the reader's form; "" for the
// zero time.
func (r *report) when(t time.Time) string {
	if r.en() || t.IsZero() {
		return formatReportTime(t)
	}
	u := t.UTC()
	return DateOf(u).StringIn(r.l) + " " + u.Format("15:04") + " UTC"
}

// day is the day of a moment in UTC in the reader's form.
func (r *report) day(t time.Time) string {
	if r.en() {
		return t.UTC().Format(dateLayout)
	}
	return DateOf(t.UTC()).StringIn(r.l)
}

// days is a number of person-days in the reader's number form.
func (r *report) days(d float64) string { return FormatDaysIn(d, r.l) }

// gapTitle is a gap's title as the reader reads it: a derived gap's
// rendered from its data in their language.
func (r *report) gapTitle(g Gap) string {
	if r.en() {
		return g.Title
	}
	return g.HeadingIn(r.l)
}

// resolution is a gap's resolution, the rules' notes in the reader's
// language.
func (r *report) resolution(g Gap) string {
	if r.en() {
		return g.Resolution
	}
	return g.ResolutionIn(r.l)
}

// answerLabel is a customer's answer in the reader's words.
func (r *report) answerLabel(a Answer) string {
	switch {
	case r.en():
		return a.Label()
	case a == AnswerConfirmed:
		return r.l.T("confirmed")
	case a == AnswerNotAsWritten:
		return r.l.T("not as written")
	}
	return a.Label()
}

// sectionName is a report section's name in the reader's words, for
// "changed since sign-off: promises, gaps".
func (r *report) sectionName(name string) string {
	switch name {
	case "summary":
		return r.l.T("summary")
	case "definitions":
		return r.l.T("definitions")
	case "promises":
		return r.l.T("promises")
	case "reality":
		return r.l.T("reality")
	case "gaps":
		return r.l.T("gaps")
	case "decisions":
		return r.l.T("decisions")
	case "not sold":
		return r.l.T("not sold")
	case "readiness":
		return r.l.T("readiness")
	case "report":
		return r.l.T("report")
	}
	return name
}

func newReport(d *Dossier) *report {
	d = sortedDossier(d)
	// A change request not accepted is not part of the deal: the report's
	// sections, and the sign-offs' hashes over them, leave it out.
	r := &report{d: d, people: make(map[int64]Person, len(d.People)), promises: d.ScopePromises(),
		number: make(map[int64]int, len(d.Promises)), answers: make(map[int64]Assessment, len(d.Assessments)),
		gapByID: make(map[int64]Gap, len(d.Gaps))}
	for _, p := range d.People {
		r.people[p.ID] = p
	}
	for i, p := range r.promises {
		r.number[p.ID] = i + 1
	}
	for _, a := range d.Assessments {
		if _, ok := r.number[a.PromiseID]; ok {
			r.answers[a.PromiseID] = a
		}
	}
	// A derived gap of a deleted promise was closed by the rules when the
	// promise went; like the export, the report leaves it out.
	for _, g := range d.Gaps {
		if _, live := r.number[g.PromiseID]; g.PromiseID != 0 && !live && g.Origin == OriginDerived {
			continue
		}
		r.gaps = append(r.gaps, g)
		r.gapByID[g.ID] = g
	}
	return r
}

// sortedDossier is a copy of d with its lists in a fixed order — by id,
// decisions and sign-offs by time — so that what is computed from it
// (readiness, the glossary) and the report do not depend on the order the
// lists came in.
func sortedDossier(d *Dossier) *Dossier {
	c := *d
	c.Promises = sortedBy(d.Promises, func(a, b Promise) int { return cmp.Compare(a.ID, b.ID) })
	c.Assessments = sortedBy(d.Assessments, func(a, b Assessment) int { return cmp.Compare(a.ID, b.ID) })
	c.Constraints = sortedBy(d.Constraints, func(a, b Constraint) int { return cmp.Compare(a.ID, b.ID) })
	c.Gaps = sortedBy(d.Gaps, func(a, b Gap) int { return cmp.Compare(a.ID, b.ID) })
	c.Terms = sortedBy(d.Terms, func(a, b Term) int { return cmp.Compare(a.ID, b.ID) })
	c.People = sortedBy(d.People, func(a, b Person) int { return cmp.Compare(a.ID, b.ID) })
	c.Decisions = sortedBy(d.Decisions, func(a, b Decision) int {
		if x := a.DecidedAt.Compare(b.DecidedAt); x != 0 {
			return x
		}
		return cmp.Compare(a.ID, b.ID)
	})
	c.SignOffs = sortedBy(d.SignOffs, func(a, b SignOff) int {
		if x := a.SignedAt.Compare(b.SignedAt); x != 0 {
			return x
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return &c
}

// sortedBy returns s sorted, copying it only when it is not sorted already
// (the store reads most lists in this order).
func sortedBy[T any](s []T, compare func(a, b T) int) []T {
	if slices.IsSortedFunc(s, compare) {
		return s
	}
	return slices.SortedStableFunc(slices.Values(s), compare)
}

// name is a person's name as the report shows it, escaped for a cell or
// text: marked "(removed)" for someone no longer in the directory.
func (r *report) name(id int64) string {
	if p, ok := r.people[id]; ok {
		return EscapeCell(p.DisplayName())
	}
	return r.l.T("(removed)")
}

// ref is "P3", the promise's number in the report.
func (r *report) ref(promiseID int64) string {
	return "P" + strconv.Itoa(r.number[promiseID])
}

func (r *report) parts() reportParts {
	return reportParts{
		head:        r.head(),
		readiness:   r.readiness(),
		summary:     r.summary(),
		definitions: r.definitions(),
		promises:    r.promiseTable(),
		reality:     r.reality(),
		gaps:        r.gapTables(),
		decisions:   r.decisions(),
		notSold:     r.notSold(),
	}
}

func (r *report) head() string {
	deal := r.d.Deal
	var b strings.Builder
	b.WriteString("# " + r.l.T("Handoff") + colon(r.l) + prose.OrDash(escapeHeading(deal.Name)) + "\n\n")
	b.WriteString("- " + boldLabel(r.l, r.l.T("Customer")) + prose.Or(EscapeCell(deal.Customer), r.l.T("not recorded")) + "\n")
	b.WriteString("- " + boldLabel(r.l, r.l.T("Stage")) + EscapeCell(r.word("stage", string(deal.Stage))) + "\n")
	return b.String()
}

func (r *report) readiness() string {
	rd := r.d.Readiness()
	if rd.Ready() {
		return "- " + boldLabel(r.l, r.l.T("Readiness")) + r.l.T("Ready for handoff") + "\n"
	}
	var b strings.Builder
	blockers := rd.Blockers
	if r.en() {
		fmt.Fprintf(&b, "- **Readiness:** Not ready — %d%%\n\n## Blockers\n\n", rd.Percent)
	} else {
		b.WriteString("- " + boldLabel(r.l, r.l.T("Readiness")) + r.l.T("Not ready — %s", PercentIn(r.l, rd.Percent)) +
			"\n\n## " + r.l.T("Blockers") + "\n\n")
		blockers = rd.BlockersIn(r.l)
	}
	for _, s := range blockers {
		listItem(&b, EscapeText(s))
	}
	return b.String()
}

func (r *report) summary() string {
	deal := r.d.Deal
	var b strings.Builder
	b.WriteString("## " + r.l.T("Summary") + "\n\n")
	b.WriteString(boldLabel(r.l, r.l.T("Why they buy")) + prose.Or(EscapeText(deal.WhyBuy), r.l.T("not recorded")) + "\n\n")
	value := deal.Value.Display()
	if !r.en() {
		value = deal.Value.DisplayIn(r.l)
	}
	value = EscapeCell(value)
	if r.hideMoney {
		value = r.l.T("hidden while presenting")
	}
	b.WriteString("- " + boldLabel(r.l, r.l.T("Value")) + value + "\n")
	b.WriteString("- " + boldLabel(r.l, r.l.T("Expected close")) + prose.Or(r.date(deal.CloseDate), r.l.T("not set")) + "\n")
	b.WriteString("\n### " + r.l.T("People") + "\n\n")
	rows := r.involved()
	if len(rows) == 0 {
		b.WriteString(r.l.T("Nobody is named on this deal yet.") + "\n")
		return b.String()
	}
	t := newTable(&b, r.l.T("[person] Name"), r.l.T("Role"), r.l.T("On this deal"))
	for _, row := range rows {
		role := "—"
		if p, ok := r.people[row.id]; ok {
			role = EscapeCell(r.word("role", string(p.Role)))
		}
		t.row(r.name(row.id), role, row.what(r.l))
	}
	return b.String()
}

// involvement is what one person did on the deal.
type involvement struct {
	id                                         int64
	owner                                      []string // "sales owner", ...
	promised, answered, gaps, terms, decisions int
}

// what says it in words: "sales owner, made 3 promises, owns 2 gaps".
func (v *involvement) what(l i18n.Lang) string {
	parts := make([]string, 0, len(v.owner)+5)
	for _, o := range v.owner {
		switch o {
		case "sales owner":
			o = l.T("sales owner")
		case "presales owner":
			o = l.T("presales owner")
		case "delivery owner":
			o = l.T("delivery owner")
		}
		parts = append(parts, o)
	}
	if v.promised > 0 {
		parts = append(parts, l.N("made %d promises", v.promised))
	}
	if v.answered > 0 {
		parts = append(parts, l.N("answered %d promises", v.answered))
	}
	if v.gaps > 0 {
		parts = append(parts, l.N("owns %d gaps", v.gaps))
	}
	if v.terms > 0 {
		parts = append(parts, l.N("agreed %d terms", v.terms))
	}
	if v.decisions > 0 {
		parts = append(parts, l.N("made %d decisions", v.decisions))
	}
	return strings.Join(parts, ", ")
}

// involved lists the deal's owners (sales, presales, delivery) and then, by
// name, everyone else who promised, answered, owns a gap, agreed a term or
// decided. Sign-offs are not counted: signing must not change what the
// sign-off covers.
func (r *report) involved() []*involvement {
	var out []*involvement
	byID := map[int64]*involvement{}
	get := func(id int64) *involvement {
		v, ok := byID[id]
		if !ok {
			v = &involvement{id: id}
			byID[id] = v
			out = append(out, v)
		}
		return v
	}
	owners := r.d.Deal.Owners
	for _, o := range []struct {
		id   int64
		role string
	}{{owners.Sales, "sales owner"}, {owners.Presales, "presales owner"}, {owners.Delivery, "delivery owner"}} {
		if o.id != 0 {
			v := get(o.id)
			v.owner = append(v.owner, o.role)
		}
	}
	for _, p := range r.promises {
		if p.PromisedBy != 0 {
			get(p.PromisedBy).promised++
		}
		if a, ok := r.answers[p.ID]; ok && a.AssessedBy != 0 {
			get(a.AssessedBy).answered++
		}
	}
	for _, g := range r.gaps {
		if g.Owner != 0 {
			get(g.Owner).gaps++
		}
	}
	for _, t := range r.d.Terms {
		if t.Status == TermAgreed {
			for _, id := range t.AgreedBy {
				if id != 0 {
					get(id).terms++
				}
			}
		}
	}
	for _, dec := range r.d.Decisions {
		if dec.DecidedBy != 0 {
			get(dec.DecidedBy).decisions++
		}
	}
	// Owners stay first, in role order; the rest go by name.
	slices.SortStableFunc(out, func(a, b *involvement) int {
		if ao, bo := len(a.owner) > 0, len(b.owner) > 0; ao || bo {
			switch {
			case ao && !bo:
				return -1
			case bo && !ao:
				return 1
			}
			return 0 // both owners: stable, in role order
		}
		if c := strings.Compare(strings.ToLower(r.people[a.id].Name), strings.ToLower(r.people[b.id].Name)); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	return out
}

// termUse is a word from the glossary or the watch list that promises use,
// with the promises that use it.
type termUse struct {
	word  string
	entry *Term // nil for a watched word with no glossary entry
	used  []int64
}

// definitionData is what the Definitions section shows: the agreed
// entries, and the entries and watched words in use but not agreed, with
// the promises using them.
type definitionData struct {
	agreed []Term
	open   []termUse
}

func (r *report) definitionData() definitionData {
	terms := slices.Clone(r.d.Terms)
	slices.SortStableFunc(terms, func(a, c Term) int {
		if x := strings.Compare(strings.ToLower(a.Term), strings.ToLower(c.Term)); x != 0 {
			return x
		}
		if x := strings.Compare(a.Term, c.Term); x != 0 {
			return x
		}
		return cmp.Compare(a.ID, c.ID)
	})

	// Where each glossary entry and each unlisted watched word is used.
	usedEntry := map[int64][]int64{}
	var unlisted []*termUse
	byKey := map[string]*termUse{}
	gl := r.d.Glossary()
	for _, p := range r.promises {
		seen := map[string]bool{}
		for _, s := range gl.Scan(p.Text()) {
			if s.TermID != 0 {
				key := "#" + strconv.FormatInt(s.TermID, 10)
				if !seen[key] {
					seen[key] = true
					usedEntry[s.TermID] = append(usedEntry[s.TermID], p.ID)
				}
				continue
			}
			if s.Agreed {
				continue
			}
			key := TermKey(s.Term)
			if seen[key] {
				continue
			}
			seen[key] = true
			u, ok := byKey[key]
			if !ok {
				u = &termUse{word: s.Term}
				byKey[key] = u
				unlisted = append(unlisted, u)
			}
			u.used = append(u.used, p.ID)
		}
	}
	var out definitionData
	for i := range terms {
		if terms[i].Status == TermAgreed {
			out.agreed = append(out.agreed, terms[i])
		} else {
			out.open = append(out.open, termUse{word: terms[i].Term, entry: &terms[i], used: usedEntry[terms[i].ID]})
		}
	}
	for _, u := range unlisted {
		out.open = append(out.open, *u)
	}
	return out
}

func (r *report) definitions() string {
	var b strings.Builder
	b.WriteString("## " + r.l.T("Definitions") + "\n\n")
	defs := r.definitionData()
	b.WriteString("### " + r.l.T("Agreed terms") + "\n\n")
	agreed := 0
	var t *table
	for _, term := range defs.agreed {
		if t == nil {
			t = newTable(&b, r.l.T("Term"), r.l.T("Definition"), r.l.T("Agreed by"))
		}
		agreed++
		names := make([]string, 0, len(term.AgreedBy))
		for _, id := range term.AgreedBy {
			names = append(names, r.name(id))
		}
		t.row(prose.OrDash(EscapeCell(term.Term))+equivalentsCell(r.l, term.Equivalents), prose.OrDash(EscapeCell(term.Definition)),
			prose.OrDash(strings.Join(names, r.l.T(", "))))
	}
	if agreed == 0 {
		b.WriteString(r.l.T("No term is agreed yet.") + "\n")
	}

	b.WriteString("\n### " + r.l.T("Terms in use but not agreed") + "\n\n")
	open := defs.open
	if len(open) == 0 {
		b.WriteString(r.l.T("Every term the promises use is agreed.") + "\n")
		return b.String()
	}
	t = newTable(&b, r.l.T("Term"), r.l.T("Status"), r.l.T("Definition so far"), r.l.T("Used in"))
	for _, u := range open {
		status, def := r.l.T("no entry"), "—"
		if u.entry != nil {
			status, def = EscapeCell(r.word("term status", string(u.entry.Status))), prose.OrDash(EscapeCell(u.entry.Definition))
		}
		refs := make([]string, len(u.used))
		for i, id := range u.used {
			refs[i] = r.ref(id)
		}
		used := strings.Join(refs, ", ")
		if used == "" {
			used = r.l.T("no promise")
		}
		t.row(prose.OrDash(EscapeCell(u.word)), status, def, used)
	}
	return b.String()
}

// equivalentsCell is a term's equivalents after it in a cell: " (de:
// Echtzeit; pl: w czasie rzeczywistym)"; "" when it lists none.
func equivalentsCell(l i18n.Lang, eqs []Equivalent) string {
	var parts []string
	for _, e := range eqs {
		if text := EscapeCell(e.Text); text != "" {
			parts = append(parts, EscapeCell(e.Lang)+": "+text)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	sep := "; "
	if l == i18n.ZH {
		sep = "；"
	}
	return aside(l, strings.Join(parts, sep))
}

func (r *report) promiseTable() string {
	var b strings.Builder
	b.Grow(256 + 300*len(r.promises))
	b.WriteString("## " + r.l.T("Promises") + "\n\n")
	if len(r.promises) == 0 {
		b.WriteString(r.l.T("No promises are recorded.") + "\n")
		return b.String()
	}
	t := newTable(&b, "#", r.l.T("Priority"), r.l.T("Promise"), r.l.T("Promised by"), r.l.T("Source"), r.l.T("Verification"),
		r.l.T("Delivery fit"), r.l.T("Due / earliest"))
	for _, p := range r.promises {
		by := r.l.T("nobody")
		if p.PromisedBy != 0 {
			by = r.name(p.PromisedBy)
		}
		source := EscapeCell(r.word("source", string(p.Source)))
		if ref := EscapeCell(p.SourceRef); ref != "" {
			source += " — " + ref
		}
		fit := r.l.T("not answered")
		earliest := Date{}
		if a, ok := r.answers[p.ID]; ok {
			fit = EscapeCell(r.word("fit", string(a.Fit)))
			if a.PromiseRevision < p.Revision {
				fit += aside(r.l, r.l.T("out of date"))
			}
			earliest = a.Earliest
		}
		t.row(r.ref(p.ID), EscapeCell(r.word("priority", string(p.Priority))), prose.OrDash(EscapeCell(p.Title)), by, prose.OrDash(source),
			EscapeCell(r.word("verification", string(p.Verification))), fit, r.overdue(r.dueVsEarliest(p.Due, earliest), p.Overdue))
	}
	return b.String()
}

// overdue is cell with " (overdue)" when late says it is late on the
// report's day; without a day, nothing is.
func (r *report) overdue(cell string, late func(Date) (int, bool)) string {
	if r.today.IsZero() {
		return cell
	}
	if _, ok := late(r.today); ok {
		return cell + aside(r.l, r.l.T("overdue"))
	}
	return cell
}

// dueVsEarliest is "2027-01-15 / 2027-03-01 (45 days late)".
func (r *report) dueVsEarliest(due, earliest Date) string {
	s := prose.OrDash(r.date(due)) + " / " + prose.OrDash(r.date(earliest))
	if !due.IsZero() && earliest.After(due) {
		s += aside(r.l, r.l.N("%d days late", earliest.DaysAfter(due)))
	}
	return s
}

func (r *report) reality() string {
	var b strings.Builder
	b.Grow(256 + 1200*len(r.promises))
	b.WriteString("## " + r.l.T("Delivery reality") + "\n")
	if len(r.promises) == 0 {
		b.WriteString("\n" + r.l.T("No promises to answer.") + "\n")
	}
	for _, p := range r.promises {
		fmt.Fprintf(&b, "\n### %s · %s\n\n", r.ref(p.ID), prose.OrDash(escapeHeading(p.Title)))
		item := func(label, text string) {
			if text != "" {
				labelItem(&b, r.l, label, text)
			}
		}
		item(r.l.T("Promised"), EscapeText(p.Detail))
		item(r.l.T("Customer's problem"), EscapeText(p.Problem))
		a, ok := r.answers[p.ID]
		if !ok {
			item(r.l.T("Fit"), r.l.T("not answered yet"))
			continue
		}
		item(r.l.T("Fit"), EscapeCell(r.word("fit", string(a.Fit))))
		item(r.l.T("Delivery can do"), prose.Or(EscapeText(a.CanDo), r.l.T("not described")))
		item(r.l.T("Effort"), r.effort(a.EffortDays, p.BudgetDays))
		earliest := prose.Or(r.date(a.Earliest), r.l.T("not given"))
		if !p.Due.IsZero() {
			earliest += " (" + r.l.T("due %s", r.date(p.Due))
			if a.Earliest.After(p.Due) {
				earliest += ": " + r.l.N("%d days late", a.Earliest.DaysAfter(p.Due))
			}
			earliest += ")"
		}
		item(r.l.T("Earliest"), earliest)
		item(r.l.T("Confidence"), EscapeCell(r.word("confidence", string(a.Confidence))))
		who := r.l.T("unknown")
		if a.AssessedBy != 0 {
			who = r.name(a.AssessedBy)
		}
		if !a.AssessedAt.IsZero() {
			who += " " + r.l.T("on %s", r.day(a.AssessedAt))
		}
		item(r.l.T("Answered by"), who)
		if a.PromiseRevision < p.Revision {
			item(r.l.T("Out of date"), r.l.T("delivery answered revision %d; the promise has changed since (revision %d).",
				a.PromiseRevision, p.Revision))
		}
	}
	b.WriteString("\n### " + r.l.T("Delivery constraints") + "\n\n")
	constraints := r.d.Constraints
	if len(constraints) == 0 {
		b.WriteString(r.l.T("None recorded.") + "\n")
	}
	for _, c := range constraints {
		listItem(&b, prose.OrDash(EscapeText(c.Text)))
	}
	return b.String()
}

// effort is "85 person-days (60 sold: 25 over)".
func (r *report) effort(effort, budget float64) string {
	s := r.l.T("not estimated")
	if effort > 0 {
		s = r.l.T("%s person-days", r.days(effort))
	}
	switch {
	case budget == 0 && effort > 0:
		s += aside(r.l, r.l.T("no budget was sold"))
	case budget > 0 && effort > budget:
		s += aside(r.l, r.l.T("%s sold: %s over", r.days(budget), r.days(effort-budget)))
	case budget > 0:
		s += aside(r.l, r.l.T("%s sold", r.days(budget)))
	}
	return s
}

func (r *report) gapTables() string {
	var b strings.Builder
	b.Grow(512 + 300*len(r.gaps))
	b.WriteString("## " + r.l.T("Gaps") + "\n")
	if len(r.gaps) == 0 {
		b.WriteString("\n" + r.l.T("No gaps.") + "\n")
		return b.String()
	}
	group := make([]Gap, 0, len(r.gaps))
	for _, sev := range Severities {
		group = group[:0]
		open := 0
		for _, g := range r.gaps {
			if g.Severity == sev {
				group = append(group, g)
				if g.Open() {
					open++
				}
			}
		}
		if len(group) == 0 {
			continue
		}
		slices.SortStableFunc(group, func(a, c Gap) int {
			if a.Open() != c.Open() {
				if a.Open() {
					return -1
				}
				return 1
			}
			return cmp.Compare(a.ID, c.ID)
		})
		var counts []string
		if open > 0 {
			counts = append(counts, r.l.N("%d open", open))
		}
		if closed := len(group) - open; closed > 0 {
			counts = append(counts, r.l.N("%d closed", closed))
		}
		fmt.Fprintf(&b, "\n### %s (%s)\n\n", prose.Capitalise(r.word("severity", string(sev))), strings.Join(counts, ", "))
		r.gapTable(&b, group)
	}
	// Gaps whose severity is none of the four (only a damaged file has
	// them) still show.
	var other []Gap
	for _, g := range r.gaps {
		if g.Severity.Rank() < 0 {
			other = append(other, g)
		}
	}
	if len(other) > 0 {
		b.WriteString("\n### " + r.l.T("Other") + "\n\n")
		r.gapTable(&b, other)
	}
	return b.String()
}

func (r *report) gapTable(b *strings.Builder, gaps []Gap) {
	t := newTable(b, r.l.T("Gap"), r.l.T("Kind"), r.l.T("Owner"), r.l.T("Due"), r.l.T("Status"), r.l.T("Resolution"))
	for _, g := range gaps {
		owner := r.l.T("unassigned")
		if g.Owner != 0 {
			owner = r.name(g.Owner)
		}
		due := r.overdue(prose.OrDash(r.date(g.Due)), g.Overdue)
		res := prose.OrDash(EscapeCell(r.resolution(g)))
		if r.hideInternal && !g.Shared && g.Resolution != "" {
			res = r.l.T("internal: hidden while presenting")
		}
		kind, status := g.Kind.Label(), strings.ReplaceAll(string(g.Status), "_", " ")
		if !r.en() {
			kind, status = g.Kind.In(r.l), g.Status.In(r.l)
		}
		t.row(prose.OrDash(EscapeCell(r.gapTitle(g))), EscapeCell(kind), owner, due, EscapeCell(status), res)
	}
}

func (r *report) decisions() string {
	var b strings.Builder
	b.WriteString("## " + r.l.T("Decisions") + "\n\n")
	decs := r.d.Decisions
	hidden := 0
	if r.hideInternal {
		decs = nil
		for _, dec := range r.d.Decisions {
			if dec.Shared {
				decs = append(decs, dec)
			} else {
				hidden++
			}
		}
	}
	if hidden > 0 {
		b.WriteString(r.l.N("%d internal decisions are hidden while presenting.", hidden) + "\n")
		if len(decs) > 0 {
			b.WriteByte('\n')
		}
	}
	if len(decs) == 0 && hidden == 0 {
		b.WriteString(r.l.T("No decisions are recorded.") + "\n")
		return b.String()
	}
	for _, dec := range decs {
		who := r.l.T("unknown")
		if dec.DecidedBy != 0 {
			who = r.name(dec.DecidedBy)
		}
		text := boldLabel(r.l, r.when(dec.DecidedAt)+", "+who) + prose.OrDash(EscapeText(dec.Text))
		if dec.GapID != 0 {
			if g, ok := r.gapByID[dec.GapID]; ok {
				text += "\\\n" + r.l.T("Settles the gap:") + " " + prose.OrDash(EscapeText(r.gapTitle(g)))
			} else {
				text += "\\\n" + r.l.T("Settles a gap that is no longer recorded.")
			}
		}
		listItem(&b, text)
	}
	return b.String()
}

func (r *report) notSold() string {
	var b strings.Builder
	b.WriteString("## " + r.l.T("Not sold") + "\n\n")
	n := 0
	for _, s := range r.d.Deal.NotSold {
		if e := EscapeText(s); e != "" {
			listItem(&b, e)
			n++
		}
	}
	if n == 0 {
		b.WriteString(r.l.T("Nothing is recorded as not sold.") + "\n")
	}
	return b.String()
}

func (r *report) signOffs(h *hashes) string {
	var b strings.Builder
	b.WriteString("## " + r.l.T("Sign-off") + "\n\n")
	signs := r.d.SignOffs
	if len(signs) == 0 {
		b.WriteString(r.l.T("Nobody has signed off yet.") + "\n")
		return b.String()
	}
	t := newTable(&b, r.l.T("[person] Name"), r.l.T("Role"), r.l.T("Signed"), r.l.T("Since then"))
	for _, s := range signs {
		since := r.l.T("unchanged")
		if changed := h.changed(s); changed != nil {
			names := make([]string, len(changed))
			for i, c := range changed {
				names[i] = r.sectionName(c)
			}
			since = r.l.T("changed since sign-off: %s", strings.Join(names, r.l.T(", ")))
		}
		signed := prose.OrDash(r.when(s.SignedAt))
		if s.Blockers > 0 {
			if r.en() {
				signed += ", " + s.NotReady()
			} else {
				signed += ", " + r.l.N("signed while not ready (%d blockers)", s.Blockers)
			}
		}
		t.row(r.name(s.PersonID), EscapeCell(r.word("role", string(s.Role))), signed, since)
	}
	return b.String()
}

// formatReportTime writes a moment in UTC to the minute: "2026-11-25 15:00
// UTC"; "" for the zero time.
func formatReportTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04") + " UTC"
}

// confirmations is who at the customer answered what of the customer copy,
// when and by which reference; "" when nobody has.
func (r *report) confirmations() string {
	if len(r.d.Confirmations) == 0 {
		return ""
	}
	termRef := map[int64]string{}
	for i, t := range r.d.NumberedTerms() {
		termRef[t.ID] = "T" + strconv.Itoa(i+1)
	}
	cs := slices.Clone(r.d.Confirmations)
	slices.SortStableFunc(cs, func(a, b Confirmation) int {
		if x := a.On.t.Compare(b.On.t); x != 0 {
			return x
		}
		return cmp.Compare(a.ID, b.ID)
	})
	var b strings.Builder
	b.WriteString("## " + r.l.T("Customer confirmations") + "\n\n")
	t := newTable(&b, r.l.T("Point"), r.l.T("Answer"), r.l.T("By"), r.l.T("On"), r.l.T("Reference"), r.l.T("What they wrote"))
	for _, c := range cs {
		point := ""
		switch {
		case c.PromiseID != 0:
			if _, ok := r.number[c.PromiseID]; !ok {
				continue // the promise was deleted
			}
			point = r.ref(c.PromiseID)
		default:
			if point = termRef[c.TermID]; point == "" {
				continue
			}
		}
		t.row(point, r.answerLabel(c.Answer), r.name(c.By), prose.OrDash(r.date(c.On)), prose.OrDash(EscapeCell(c.Reference)),

			prose.OrDash(EscapeCell(c.Wrote)))
	}
	return b.String()
}
