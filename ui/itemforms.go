package ui

import (
	"errors"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/internal/prose"
	"handoff/model"
)

// The forms for every item, and how each binds to its entity.

// conflictMsg carries the dialog to show when a save met a newer version.
type conflictMsg struct{ dialog *conflictDialog }

// staleCmd loads what is stored now after a write of mine (made from base)
// was refused as stale, and returns the dialog that offers to take theirs
// (reload, given the stored value) or to save the fields mine changed over
// it. owner is the form that asked, nil for a quick action.
func staleCmd[T any](sh *shared, e entity[T], base, mine T, readErr error, owner *form,
	reload func(cur T) tea.Msg) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		id, _ := e.ids(&base)
		cur, err := e.get(s, ctx, *id)
		if err != nil {
			return owner.tag(savedMsg{err: err})
		}
		d := &conflictDialog{
			sh:      sh,
			what:    prose.Capitalise(e.label(sh.lang, base)),
			changed: changedFields(sh.lang, base, cur),
			mine:    changedFields(sh.lang, base, mine),
			noForm:  owner == nil,
			reload:  func() tea.Msg { return reload(cur) },
			overwrite: func() tea.Msg {
				if readErr != nil {
					return owner.tag(savedMsg{err: readErr})
				}
				msg := saveCmd(sh, e, mergeMine(base, mine, cur), cur)().(savedMsg)
				if errors.Is(msg.err, model.ErrConflict) && owner == nil {
					// Changed again meanwhile: ask again, against the newer value.
					return staleCmd(sh, e, base, mine, nil, nil, reload)()
				}
				return owner.tag(msg)
			},
		}
		return conflictMsg{d}
	}
}

// quickSaveCmd saves a change made by one key or a pick (no form), from
// before. A stale write offers the same choice as a form: reload (keep
// theirs, drop mine) or overwrite the fields this change made.
func quickSaveCmd[T any](sh *shared, e entity[T], next, before T) tea.Cmd {
	save := saveCmd(sh, e, next, before)
	return func() tea.Msg {
		msg := save().(savedMsg)
		if !errors.Is(msg.err, model.ErrConflict) {
			return msg
		}
		reload := func(T) tea.Msg {
			return savedMsg{status: sh.lang.T("Reloaded: %s shows their change; yours was not saved.", e.label(sh.lang, before))}
		}
		return staleCmd(sh, e, before, next, nil, nil, reload)()
	}
}

// replaceFormMsg swaps the form on top for a fresh one (after "reload").
// The form is built in Update, where the shared state may be read.
type replaceFormMsg struct{ build func() *form }

// bindForm makes f save a value of an entity: read turns the fields into
// the value, the type's own Validate checks it, and the store saves it.
// A save refused as stale offers to reload theirs or overwrite with mine,
// naming the fields they changed; reopen rebuilds the form on their value.
// Overwrite saves only the fields this form changed (see mergeMine).
func bindForm[T any](sh *shared, f *form, e entity[T], v T, read func(f *form, v *T) error,
	validate func(T) error, reopen func(*shared, T) *form) *form {
	collect := func(f *form, version int64) (T, error) {
		next := v
		if err := read(f, &next); err != nil {
			return next, err
		}
		if version != 0 {
			_, ver := e.ids(&next)
			*ver = version
		}
		return next, validate(next)
	}
	f.submit = func(f *form) (tea.Cmd, error) {
		next, err := collect(f, 0)
		if err != nil {
			return nil, err
		}
		return saveCmd(sh, e, next, v), nil
	}
	f.onConflict = func(f *form) tea.Cmd {
		mine, readErr := collect(f, 0)
		reload := func(cur T) tea.Msg {
			return replaceFormMsg{func() *form { return reopen(sh, cur) }}
		}
		return staleCmd(sh, e, v, mine, readErr, f, reload)
	}
	return f
}

// fieldErrs collects the problems found while reading a form, by field.
type fieldErrs []model.FieldError

func (e *fieldErrs) add(field string, err error) {
	if err != nil {
		*e = append(*e, model.FieldErrorOf(field, err))
	}
}

func (e fieldErrs) err() error {
	if len(e) == 0 {
		return nil
	}
	return &model.ValidationError{Fields: e}
}

func (e *fieldErrs) date(f *form, name string) model.Date {
	d, err := model.ParseFormDateIn(f.value(name), f.sh.today(), f.sh.lang)
	e.add(name, err)
	return d
}

func (e *fieldErrs) days(f *form, name string) float64 {
	d, err := model.ParseDays(f.value(name))
	e.add(name, err)
	return d
}

func enumOf[T ~string](f *form, name string) T { return T(f.value(name)) }

// dealForm creates or edits a deal.
func dealForm(sh *shared, d model.Deal) *form {
	title := sh.lang.T("New deal")
	if d.ID != 0 {
		title = sh.lang.T("Edit deal")
	}
	f := newForm(sh, title)
	f.text("name", sh.lang.T("Name"), d.Name, sh.lang.T("what everyone calls this deal"))
	f.text("customer", sh.lang.T("Customer"), d.Customer, "")
	choiceField(f, "stage", sh.lang.T("Stage"), model.Stages, d.Stage)
	amount := ""
	if d.Value.Minor != 0 {
		amount = d.Value.EditTextIn(sh.lang)
	}
	if !sh.presenting {
		f.text("value", sh.lang.T("Value"), amount, sh.lang.T("e.g. 120000, 120 000,50 or 120,000.50")).previewed(func(s string) (string, error) {
			cur, err := model.ParseCurrency(f.value("currency"))
			if err != nil {
				return "", nil // the currency field says what is wrong
			}
			m, err := model.ParseMoneyIn(s, cur, f.sh.lang)
			return m.EchoIn(f.sh.lang), err
		})
		f.text("currency", sh.lang.T("Currency"), d.Value.Currency, sh.lang.T("ISO code, e.g. EUR")).previewed(func(s string) (string, error) {
			_, err := model.ParseCurrency(s)
			return "", err
		})
	}
	f.dateText("close date", sh.lang.T("Expected close"), d.CloseDate)
	f.area("why they buy", sh.lang.T("Why they buy (the customer's problem)"), d.WhyBuy)
	f.area("not sold", sh.lang.T("Not sold (one exclusion a line)"), strings.Join(d.NotSold, "\n"))
	if !sh.presenting {
		f.area("notes", sh.lang.T("Internal notes (hidden when presenting, never in the report)"), d.Notes)
	}
	// The customer's language, which export and x write the report in.
	choiceWords(f, "report_lang", sh.lang.T("Report language"), reportLangs(), d.ReportLang, func(code string) string {
		if l, ok := i18n.Parse(code); ok {
			return l.Name()
		}
		return sh.lang.T("not set: the language handoff runs in")
	})
	bindForm(sh, f, dealEntity, d, func(f *form, d *model.Deal) error {
		var e fieldErrs
		d.Name = strings.TrimSpace(f.value("name"))
		d.Customer = strings.TrimSpace(f.value("customer"))
		d.Stage = enumOf[model.Stage](f, "stage")
		if f.field("value") != nil {
			amount, code := f.value("value"), f.value("currency")
			if cur, err := model.ParseCurrency(code); err != nil {
				if strings.TrimSpace(amount) != "" || strings.TrimSpace(code) != "" {
					e.add("currency", err)
				} else {
					d.Value = model.Money{} // neither typed: no value
				}
			} else if m, err := model.ParseMoneyIn(amount, cur, f.sh.lang); err != nil {
				e.add("value", err)
			} else {
				d.Value = m
			}
			d.Notes = strings.TrimSpace(f.value("notes"))
		}
		d.CloseDate = e.date(f, "close date")
		d.WhyBuy = strings.TrimSpace(f.value("why they buy"))
		d.NotSold = nonEmptyLines(f.value("not sold"))
		d.ReportLang = f.value("report_lang")
		return e.err()
	}, model.Deal.Validate, dealForm)
	f.ask = askBeforeHandoff(sh, d)
	return f
}

// reportLangs are the report languages a deal can have: none, or a
// language handoff speaks.
func reportLangs() []string {
	codes := []string{""}
	for _, l := range i18n.All() {
		codes = append(codes, l.Code())
	}
	return codes
}

// askBeforeHandoff asks before a form moves a deal that is not ready to
// handoff or delivery, naming how many blockers it has: moving it says to
// everyone that delivery can start.
func askBeforeHandoff(sh *shared, d model.Deal) func(f *form) (string, string) {
	return func(f *form) (string, string) {
		to := enumOf[model.Stage](f, "stage")
		if to == d.Stage || (to != model.StageHandoff && to != model.StageDelivery) {
			return "", ""
		}
		n := sh.blockersOf(d)
		if n == 0 {
			return "", ""
		}
		name := d.Name
		if f.field("name") != nil {
			name = strings.TrimSpace(f.value("name"))
		}
		return sh.lang.N("“%[2]s” is not ready: %[1]d blockers. Move to %[3]s anyway?", n, line(name), to.In(sh.lang)),
			sh.lang.T("The deal screen lists what blocks it. y moves it anyway; n goes back to the form.")
	}
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// stageForm moves a deal to another stage.
func stageForm(sh *shared, d model.Deal) *form {
	f := newForm(sh, sh.lang.T("Stage of “%s”", line(d.Name)))
	choiceField(f, "stage", sh.lang.T("Stage"), model.Stages, d.Stage)
	bindForm(sh, f, dealEntity, d, func(f *form, d *model.Deal) error {
		d.Stage = enumOf[model.Stage](f, "stage")
		return nil
	}, model.Deal.Validate, stageForm)
	f.ask = askBeforeHandoff(sh, d)
	return f
}

// ownersForm sets a deal's owners by role.
func ownersForm(sh *shared, d model.Deal) *form {
	f := newForm(sh, sh.lang.T("Owners of “%s”", line(d.Name)))
	f.person("sales owner", sh.lang.T("Sales owner"), d.Owners.Sales, model.RoleSales)
	f.person("presales owner", sh.lang.T("Presales owner"), d.Owners.Presales, model.RolePresales)
	f.person("delivery owner", sh.lang.T("Delivery owner"), d.Owners.Delivery, model.RoleDelivery)
	return bindForm(sh, f, dealEntity, d, func(f *form, d *model.Deal) error {
		d.Owners = model.Owners{Sales: f.personID("sales owner"), Presales: f.personID("presales owner"),
			Delivery: f.personID("delivery owner")}
		return nil
	}, model.Deal.Validate, ownersForm)
}

// promiseForm creates or edits a promise.
func promiseForm(sh *shared, p model.Promise) *form {
	title := sh.lang.T("New promise")
	if p.ID != 0 {
		title = sh.lang.T("Edit promise")
	}
	f := newForm(sh, title)
	f.text("title", sh.lang.T("Promise"), p.Title, sh.lang.T("what the customer was told, in their words"))
	f.area("detail", sh.lang.T("Detail"), p.Detail)
	choiceField(f, "priority", sh.lang.T("Priority"), model.Priorities, p.Priority)
	choiceField(f, "category", sh.lang.T("Category"), model.Categories, p.Category)
	f.person("promised by", sh.lang.T("Promised by"), p.PromisedBy, model.RoleSales)
	choiceField(f, "source", sh.lang.T("Source"), model.Sources, p.Source)
	f.text("source reference", sh.lang.T("Source reference"), p.SourceRef, sh.lang.T("e.g. Proposal v3 §4.2"))
	choiceField(f, "verification", sh.lang.T("Verification"), model.Verifications, p.Verification)
	f.dateText("made on", sh.lang.T("Made on"), p.MadeOn)
	f.dateText("due date", sh.lang.T("Customer due date"), p.Due)
	if !sh.presenting {
		// The effort sold is as commercial as the price: not on a shared screen.
		f.text("budget", sh.lang.T("Effort sold (person-days)"), model.FormatDays(p.BudgetDays), sh.lang.T("blank if none was sold"))
	}
	f.area("problem", sh.lang.T("The customer's problem behind it"), p.Problem)
	return bindForm(sh, f, promiseEntity, p, func(f *form, p *model.Promise) error {
		budget := model.FormatDays(p.BudgetDays) // kept as it is when the field is hidden
		if f.field("budget") != nil {
			budget = f.value("budget")
		}
		fields := model.PromiseFields{
			Title: f.value("title"), Detail: f.value("detail"), Category: f.value("category"),
			Priority: f.value("priority"), Source: f.value("source"), SourceRef: f.value("source reference"),
			MadeOn: f.value("made on"), Due: f.value("due date"), Verification: f.value("verification"),
			Problem: f.value("problem"), BudgetDays: budget, Today: sh.today(), Lang: sh.lang,
		}
		next, err := fields.Parse(*p)
		next.PromisedBy = f.personID("promised by")
		*p = next
		return err
	}, model.Promise.Validate, promiseForm)
}

// assessForm records or edits delivery's answer to a promise.
func assessForm(sh *shared, p model.Promise, a model.Assessment) *form {
	f := newForm(sh, sh.lang.T("Delivery's answer"))
	f.note = sh.lang.T("To: %s", line(p.Title))
	if !p.Due.IsZero() {
		f.note += " · " + sh.lang.T("due %s", p.Due.StringIn(sh.lang))
	}
	if p.BudgetDays > 0 {
		f.note += " · " + sh.lang.T("%s person-days sold", model.FormatDays(p.BudgetDays))
	}
	choiceField(f, "fit", sh.lang.T("Fit"), model.Fits, a.Fit)
	f.area("what delivery can do", sh.lang.T("What delivery can actually do"), a.CanDo)
	f.text("effort", sh.lang.T("Effort (person-days)"), model.FormatDays(a.EffortDays), sh.lang.T("delivery's estimate"))
	f.dateText("earliest", sh.lang.T("Earliest date"), a.Earliest)
	choiceField(f, "confidence", sh.lang.T("Confidence"), model.Confidences, a.Confidence)
	f.person("assessed by", sh.lang.T("Assessed by"), a.AssessedBy, model.RoleDelivery)
	reopen := func(sh *shared, a model.Assessment) *form { return assessForm(sh, p, a) }
	return bindForm(sh, f, assessmentEntity, a, func(f *form, a *model.Assessment) error {
		var e fieldErrs
		a.Fit = enumOf[model.Fit](f, "fit")
		a.CanDo = strings.TrimSpace(f.value("what delivery can do"))
		a.EffortDays = e.days(f, "effort")
		a.Earliest = e.date(f, "earliest")
		a.Confidence = enumOf[model.Confidence](f, "confidence")
		a.AssessedBy = f.personID("assessed by")
		return e.err()
	}, model.Assessment.Validate, reopen)
}

// gapForm creates a manual gap or edits any gap. For a derived gap only
// what people decide is offered: owner, due date, status, severity,
// resolution.
func gapForm(sh *shared, g model.Gap) *form {
	title := sh.lang.T("New gap")
	if g.ID != 0 {
		title = sh.lang.T("Gap")
	}
	f := newForm(sh, title)
	if g.Origin == model.OriginDerived {
		f.note = g.HeadingIn(sh.lang) + "\n" + sh.lang.T("(found by the rules: it closes itself when its cause goes)")
	} else {
		f.text("title", sh.lang.T("What is the gap"), g.Title, "")
	}
	choiceField(f, "severity", sh.lang.T("Severity"), model.Severities, g.Severity)
	// A gap may fall to either side or to the customer: "other" until
	// someone says, and the role can be set as the person is added.
	f.person("owner", sh.lang.T("Owner"), g.Owner, model.RoleOther)
	f.dateText("due", sh.lang.T("Due date"), g.Due)
	choiceField(f, "status", sh.lang.T("Status"), model.GapStatuses, g.Status)
	f.area("resolution", sh.lang.T("Resolution or decision"), g.Resolution)
	return bindForm(sh, f, gapEntity, g, func(f *form, g *model.Gap) error {
		var e fieldErrs
		if f.field("title") != nil {
			g.Title = strings.TrimSpace(f.value("title"))
		}
		g.Severity = enumOf[model.Severity](f, "severity")
		g.Owner = f.personID("owner")
		g.Due = e.date(f, "due")
		g.Status = enumOf[model.GapStatus](f, "status")
		g.Resolution = strings.TrimSpace(f.value("resolution"))
		return e.err()
	}, model.Gap.ValidateChange, gapForm)
}

// termForm creates or edits a glossary term.
func termForm(sh *shared, t model.Term) *form {
	title := sh.lang.T("Define a term")
	if t.ID != 0 {
		title = sh.lang.T("Edit term")
	}
	f := newForm(sh, title)
	f.note = sh.lang.T("Agreed needs one person from sales or presales and one from delivery.")
	f.text("term", sh.lang.T("Term"), t.Term, sh.lang.T("the word as both sides use it"))
	f.area("definition", sh.lang.T("Definition both sides agree on"), t.Definition)
	choiceField(f, "status", sh.lang.T("Status"), model.TermStatuses, t.Status)
	f.peopleField("agreed by", sh.lang.T("Agreed by"), t.AgreedBy, agreeRole(sh))
	f.area("equivalents", sh.lang.T("In other languages, one a line (de: Echtzeit)"),
		model.EquivalentsText(t.Equivalents))
	return bindForm(sh, f, termEntity, t, func(f *form, t *model.Term) error {
		var e fieldErrs
		t.Term = strings.TrimSpace(f.value("term"))
		t.Definition = strings.TrimSpace(f.value("definition"))
		t.Status = enumOf[model.TermStatus](f, "status")
		t.AgreedBy = f.peopleIDs("agreed by")
		eqs, err := model.ParseEquivalents(f.value("equivalents"))
		e.add("equivalents", err)
		t.Equivalents = eqs
		return e.err()
	}, model.Term.Validate, termForm)
}

// constraintForm creates or edits a delivery constraint.
func constraintForm(sh *shared, c model.Constraint) *form {
	title := sh.lang.T("New delivery constraint")
	if c.ID != 0 {
		title = sh.lang.T("Edit delivery constraint")
	}
	f := newForm(sh, title)
	f.note = sh.lang.T("Something delivery must live with that belongs to no single promise.")
	f.area("constraint", sh.lang.T("Constraint"), c.Text)
	return bindForm(sh, f, constraintEntity, c, func(f *form, c *model.Constraint) error {
		c.Text = strings.TrimSpace(f.value("constraint"))
		return nil
	}, model.Constraint.Validate, constraintForm)
}

// decisionForm records a decision, optionally about a gap.
func decisionForm(sh *shared, d model.Decision, about string) *form {
	f := newForm(sh, sh.lang.T("Record a decision"))
	if about != "" {
		f.note = sh.lang.T("About: %s", about)
	}
	f.area("decision", sh.lang.T("Decision"), d.Text)
	f.person("decided by", sh.lang.T("Decided by"), d.DecidedBy, model.RoleOther)
	reopen := func(sh *shared, d model.Decision) *form { return decisionForm(sh, d, about) }
	return bindForm(sh, f, decisionEntity, d, func(f *form, d *model.Decision) error {
		d.Text = strings.TrimSpace(f.value("decision"))
		d.DecidedBy = f.personID("decided by")
		return nil
	}, model.Decision.Validate, reopen)
}

// signOffForm records a sign-off on the deal as it stands now.
func signOffForm(sh *shared, d *model.Dossier) *form {
	f := newForm(sh, sh.lang.T("Sign off the handoff"))
	f.note = sh.lang.T("Signing records the report as it is now. If the deal changes later, the deal list, the deal screen and the report say so, and what changed.")
	roles := []model.Role{model.RoleDelivery, model.RoleSales, model.RolePresales}
	owners := d.Deal.Owners
	choiceField(f, "role", sh.lang.T("Signing for"), roles, model.RoleDelivery)
	signer := f.person("person", sh.lang.T("Who signs"), owners.Delivery, model.RoleDelivery).field("person")
	signer.role = func() model.Role { return enumOf[model.Role](f, "role") }
	// Who signs follows the role to that role's owner, until someone else
	// is chosen by hand.
	f.onChoice = func(f *form, fl *field) {
		if fl.name != "role" {
			return
		}
		if who := f.field("person"); who.person == 0 || slices.Contains([]int64{owners.Sales, owners.Presales, owners.Delivery}, who.person) {
			who.person = owners.Of(enumOf[model.Role](f, "role"))
		}
	}
	blockers := len(d.Readiness().Blockers)
	ctx, s, dealID := sh.ctx, sh.store, d.Deal.ID
	f.submit = func(f *form) (tea.Cmd, error) {
		role := enumOf[model.Role](f, "role")
		person := f.personID("person")
		if person == 0 {
			return nil, model.Invalid("person", sh.lang.T("is required"))
		}
		name := sh.name(person)
		sign := func() tea.Msg {
			so, err := s.Sign(ctx, dealID, person, role)
			if err != nil {
				return savedMsg{err: err}
			}
			ch := signOffEntity.createdChange(sh.lang, so)
			return savedMsg{status: sh.lang.T("Signed off by %s for %s.", name, role.In(sh.lang)),
				change: &ch}
		}
		return sign, nil
	}
	// A signature for a role by someone of another role, or on a deal that
	// is not ready, is given only when the user says so.
	f.ask = func(f *form) (question, detail string) {
		role, person := enumOf[model.Role](f, "role"), f.personID("person")
		name := sh.name(person)
		if p, ok := personByID(sh.people, person); ok && p.Role != role {
			question = sh.lang.T("%[1]s is %[2]s, not %[3]s: sign for %[3]s anyway?", name, p.Role.In(sh.lang), role.In(sh.lang))
			if blockers > 0 {
				detail = sh.lang.N("The deal is also not ready: %d blockers. The sign-off will say it was signed while not ready.", blockers)
			}
			return question, detail
		}
		if blockers > 0 {
			return sh.lang.N("Not ready: %d blockers — sign anyway?", blockers),
				sh.lang.N("The sign-off will say it was signed while not ready (%d blockers).", blockers)
		}
		return "", ""
	}
	return f
}
