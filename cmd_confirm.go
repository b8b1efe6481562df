package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// cmdConfirm records the customer's written answer to the customer copy:
// the promises (P1 …) and definitions (T1 …) it names, or --all of them,
// confirmed as written, or with --not-as-written what the customer wants
// instead.
func cmdConfirm(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("confirm", g)
	ref := fs.String("deal", "", "deal id or name")
	by := fs.String("by", "", "the person at the customer who answered")
	reference := fs.String("ref", "", "where the answer is: \"email 2026-12-10\"")
	on := fs.String("on", "", "the day the customer answered, YYYY-MM-DD (default today)")
	all := fs.Bool("all", false, "every promise and every definition")
	instead := fs.String("not-as-written", "", "what the customer wrote instead")
	items, ok, err := g.parseFlags(fs, args, argsAnywhere, stdout)
	if !ok {
		return err
	}
	switch {
	case *ref == "":
		return fail(2, i18n.Msg("confirm: --deal names the deal"))
	case strings.TrimSpace(*by) == "":
		return fail(2, i18n.Msg("confirm: --by names the person at the customer who answered"))
	case strings.TrimSpace(*reference) == "":
		return fail(2, i18n.Msg("confirm: --ref says where the answer is (\"email 2026-12-10\")"))
	case *all && len(items) > 0:
		return fail(2, i18n.Msg("confirm: name the points (P1 T2 …) or --all, not both"))
	case !*all && len(items) == 0:
		return fail(2, i18n.Msg("confirm: name the points the customer answered (P1 T2 …), or --all"))
	case *all && *instead != "":
		return fail(2, i18n.Msg("confirm: --not-as-written answers the points it names, not --all"))
	}
	var day model.Date
	if *on != "" {
		if day, err = model.ParseDate(*on); err != nil {
			return fail(2, i18n.Msg("confirm: --on %q is not a date (YYYY-MM-DD)", *on))
		}
	}
	s, err := g.open(ctx, mustExist)
	if err != nil {
		return err
	}
	defer s.Close()
	deal, err := findDeal(ctx, g.lang, s, *ref)
	if err != nil {
		return err
	}
	d, err := s.Dossier(ctx, deal.ID)
	if err != nil {
		return err
	}
	answer := model.AnswerConfirmed
	if *instead != "" {
		answer = model.AnswerNotAsWritten
	}
	base := model.Confirmation{DealID: deal.ID, Answer: answer, On: day, Reference: *reference, Wrote: *instead}
	var cs []model.Confirmation
	var names []string
	if *all {
		for i, p := range d.PromiseRefs() {
			c := base
			c.PromiseID = p.ID
			cs, names = append(cs, c), append(names, fmt.Sprintf("P%d %s", i+1, p.Title))
		}
		for i, t := range d.NumberedTerms() {
			c := base
			c.TermID = t.ID
			cs, names = append(cs, c), append(names, fmt.Sprintf("T%d %s", i+1, t.Term))
		}
	}
	for _, item := range items {
		c := base
		if p, ok := d.PromiseRef(item); ok && !strings.HasPrefix(strings.ToUpper(item), "T") {
			c.PromiseID = p.ID
			names = append(names, strings.ToUpper(item)+" "+p.Title)
		} else if t, ok := d.TermRef(item); ok && strings.HasPrefix(strings.ToUpper(item), "T") {
			c.TermID = t.ID
			names = append(names, strings.ToUpper(item)+" "+t.Term)
		} else {
			return fail(2, i18n.Msg("confirm: %q is no promise (P1 …) or definition (T1 …) of %s", item, deal.Name))
		}
		cs = append(cs, c)
	}
	// The person is looked up (or added) once every point is known to be
	// on the deal, so a mistyped point adds nobody.
	person, err := customerPerson(ctx, g.lang, s, *by)
	if err != nil {
		return err
	}
	for i := range cs {
		cs[i].By = person.ID
	}
	if err := s.Confirm(ctx, cs); err != nil {
		return err
	}
	for i, c := range cs {
		answer := g.lang.T("confirmed")
		if c.Answer == model.AnswerNotAsWritten {
			answer = g.lang.T("not as written")
		}
		fmt.Fprintln(stdout, g.lang.T("%s: %s by %s on %s (%s)", model.PlainCell(names[i]), answer,
			model.PlainCell(person.Name), c.On, model.PlainCell(c.Reference)))
	}
	return nil
}

// customerPerson finds the person at the customer a name means, or adds
// them to the directory as a customer person; a name that belongs to
// someone on the selling or delivery side is refused.
func customerPerson(ctx context.Context, lang i18n.Lang, s *db.Store, name string) (model.Person, error) {
	people, err := s.People(ctx)
	if err != nil {
		return model.Person{}, err
	}
	var match []model.Person
	for _, p := range people {
		if strings.EqualFold(strings.TrimSpace(p.Name), strings.TrimSpace(name)) {
			match = append(match, p)
		}
	}
	for _, p := range match {
		if p.Role == model.RoleCustomer {
			return p, nil
		}
	}
	if len(match) > 0 {
		return model.Person{}, fail(2, i18n.Msg("confirm: %s is %s, not a person at the customer", model.PlainCell(match[0].Name), match[0].Role.In(lang)))
	}
	p := model.Person{Name: strings.TrimSpace(name), Role: model.RoleCustomer}
	if err := s.CreatePerson(ctx, &p); err != nil {
		return model.Person{}, err
	}
	return p, nil
}
