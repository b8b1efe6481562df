package db

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"handoff/model"
)

// checkArchive refuses, before anything is written, a file whose rows
// cannot all be told apart: every row needs an id of its own within its
// kind (two promises with id 14 would leave every reference to 14
// ambiguous) and a version of at least 1 (0, or none, for a row
// never saved: it gets 1). The error names the JSON path.
func checkArchive(a model.Archive) error {
	seen := map[string]map[int64]string{}
	row := func(kind, path string, id, version int64) error {
		if id < 1 {
			return fmt.Errorf("%s.id: %d is not an id (ids start at 1)", path, id)
		}
		// A version of 0 (or none) is a row never saved: it starts at 1.
		if version < 0 {
			return fmt.Errorf("%s.version: %d is not a version (versions start at 1)", path, version)
		}
		if seen[kind] == nil {
			seen[kind] = map[int64]string{}
		}
		if first, ok := seen[kind][id]; ok {
			return fmt.Errorf("%s.id: %s %d appears twice in the file (also at %s), so references to it are ambiguous", path, kind, id, first)
		}
		seen[kind][id] = path
		return nil
	}
	for i, p := range a.People {
		if err := row("person", fmt.Sprintf("people[%d]", i), p.ID, p.Version); err != nil {
			return err
		}
	}
	for i, w := range a.WatchWords {
		if err := row("watch word", fmt.Sprintf("watch_words[%d]", i), w.ID, w.Version); err != nil {
			return err
		}
	}
	for i, d := range a.Deals {
		at := fmt.Sprintf("deals[%d]", i)
		if err := row("deal", at+".deal", d.Deal.ID, d.Deal.Version); err != nil {
			return err
		}
		for j, p := range d.Promises {
			if err := row("promise", fmt.Sprintf("%s.promises[%d]", at, j), p.ID, p.Version); err != nil {
				return err
			}
		}
		for j, x := range d.Assessments {
			if err := row("answer", fmt.Sprintf("%s.assessments[%d]", at, j), x.ID, x.Version); err != nil {
				return err
			}
		}
		for j, c := range d.Constraints {
			if err := row("constraint", fmt.Sprintf("%s.constraints[%d]", at, j), c.ID, c.Version); err != nil {
				return err
			}
		}
		for j, g := range d.Gaps {
			if err := row("gap", fmt.Sprintf("%s.gaps[%d]", at, j), g.ID, g.Version); err != nil {
				return err
			}
		}
		for j, t := range d.Terms {
			if err := row("term", fmt.Sprintf("%s.terms[%d]", at, j), t.ID, t.Version); err != nil {
				return err
			}
		}
		for j, x := range d.Decisions {
			if err := row("decision", fmt.Sprintf("%s.decisions[%d]", at, j), x.ID, x.Version); err != nil {
				return err
			}
		}
		for j, s := range d.SignOffs {
			if err := row("sign-off", fmt.Sprintf("%s.signoffs[%d]", at, j), s.ID, s.Version); err != nil {
				return err
			}
		}
		for j, c := range d.Confirmations {
			if err := row("confirmation", fmt.Sprintf("%s.confirmations[%d]", at, j), c.ID, c.Version); err != nil {
				return err
			}
		}
		if b := d.Baseline; b != nil {
			if err := row("baseline", at+".baseline", b.ID, b.Version); err != nil {
				return err
			}
		}
		for j, c := range d.ChangeRequests {
			if err := row("change request", fmt.Sprintf("%s.change_requests[%d]", at, j), c.ID, c.Version); err != nil {
				return err
			}
		}
		for j, o := range d.Outcomes {
			if err := row("outcome", fmt.Sprintf("%s.outcomes[%d]", at, j), o.ID, o.Version); err != nil {
				return err
			}
		}
	}
	return nil
}

// invalidAt names the fields of a validation error by their JSON path in
// the file ("deals[1].promises[0].budget_days"), not by the form's words
// ("budget"), and says which row by its name, when it has one.
func invalidAt(path string, v any, name string, err error) error {
	var ve *model.ValidationError
	if !errors.As(err, &ve) {
		return fmt.Errorf("%s: %w", path, err)
	}
	out := &model.ValidationError{}
	for i, fe := range ve.Fields {
		msg := fe.Message
		if i == 0 && name != "" {
			msg += fmt.Sprintf(" (in %q)", name)
		}
		out.Fields = append(out.Fields, model.FieldError{Field: path + "." + jsonField(reflect.TypeOf(v), fe.Field), Message: msg})
	}
	return out
}

// formWords maps the words a validation error uses for a field onto the
// field's JSON name, where the two differ.
var formWords = map[string]string{
	"budget": "budget_days", "due date": "due", "source reference": "source_ref", "effort": "effort_days",
	"what delivery can do": "can_do", "value": "value.minor", "currency": "value.currency",
	"why they buy": "why_buy", "close date": "close_date", "sales owner": "owners.sales",
	"presales owner": "owners.presales", "delivery owner": "owners.delivery", "decision": "text",
	"constraint": "text", "person": "person_id", "deal": "deal_id", "promise": "promise_id",
}

// jsonField is the JSON name of the field a validation error calls field.
func jsonField(t reflect.Type, field string) string {
	if n, ok := strings.CutPrefix(field, "not sold "); ok {
		if i, err := strconv.Atoi(n); err == nil {
			return fmt.Sprintf("not_sold[%d]", i-1)
		}
	}
	want := strings.ReplaceAll(field, " ", "_")
	if w, ok := formWords[field]; ok {
		want = w
	}
	head, _, _ := strings.Cut(want, ".")
	for i := range t.NumField() {
		if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); tag == head {
			return want
		}
	}
	return field // not a field of its own (a rule across fields): the words say it
}
