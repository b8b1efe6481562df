package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
)

// Change is one field an event changed, with its values in the row's own
// types: text and enums as strings, numbers, Money, Date, time.Time, lists,
// and people as PersonRef (one), []PersonRef (several) or Owners (see Narrator.Value). Before is
// nil when the row did not exist before the event, After when it no longer
// exists after it.
type Change struct {
	// Field is the field's name as the row's JSON has it ("budget_days").
	Field         string
	Before, After any
}

// PersonRef is a person named by a row, by number; RenderValue shows the name.
type PersonRef int64

// Label is the field's name in words: "budget days".
func (c Change) Label() string { return strings.ReplaceAll(c.Field, "_", " ") }

// personFields are the fields that hold a person's number.
var personFields = map[string]bool{
	"owner": true, "promised_by": true, "assessed_by": true, "decided_by": true, "person_id": true, "by": true,
	"relayed_by": true,
}

// eventRows are the row types of the history's entities, to read an
// event's JSON back into.
var eventRows = map[string]reflect.Type{
	"assessment":     reflect.TypeFor[Assessment](),
	"baseline":       reflect.TypeFor[Baseline](),
	"change_request": reflect.TypeFor[ChangeRequest](),
	"outcome":        reflect.TypeFor[Outcome](),
	"confirmation":   reflect.TypeFor[Confirmation](),
	"constraint":     reflect.TypeFor[Constraint](),
	"deal":           reflect.TypeFor[Deal](),
	"decision":       reflect.TypeFor[Decision](),
	"signoff":        reflect.TypeFor[SignOff](),
	"dismissed_word": reflect.TypeFor[DismissedWord](),
	"gap":            reflect.TypeFor[Gap](),
	"person":         reflect.TypeFor[Person](),
	"promise":        reflect.TypeFor[Promise](),
	"term":           reflect.TypeFor[Term](),
	"watch_word":     reflect.TypeFor[WatchWord](),
}

// hidden reports the fields that are never a change of their own: the
// version moves with every write, and a gap's difference is what its title
// already says.
func (e Event) hidden(field string) bool {
	return field == "version" || e.Entity == "gap" && field == "difference"
}

// Changes lists what the event changed, field by field in name order: for
// an update every field whose value differs, for a create, restore or
// delete every field the row has (but its id), on the side that exists.
func (e Event) Changes() []Change {
	before, bOK := e.fields(e.Before)
	after, aOK := e.fields(e.After)
	if !bOK || !aOK {
		side, isAfter := before, false
		if e.Before == "" {
			side, isAfter = after, true
		}
		out := make([]Change, 0, len(side))
		for _, name := range sortedNames(side) {
			if name == "id" || e.hidden(name) {
				continue
			}
			c := Change{Field: name}
			if isAfter {
				c.After = side[name].value
			} else {
				c.Before = side[name].value
			}
			out = append(out, c)
		}
		return out
	}
	var out []Change
	for _, name := range sortedNames(after) {
		if e.hidden(name) {
			continue
		}
		a, b := after[name], before[name]
		if !bytes.Equal(a.raw, b.raw) {
			out = append(out, Change{Field: name, Before: b.value, After: a.value})
		}
	}
	return out
}

// field is one field of an event's row: its value typed, and as JSON to
// compare by.
type field struct {
	value any
	raw   []byte
}

// fields reads one side of an event into its fields by JSON name, typed by
// the entity's row (generic JSON values for an entity it does not know).
// It reports false for a side that is empty: no row.
func (e Event) fields(text string) (map[string]field, bool) {
	if text == "" {
		return nil, false
	}
	var present map[string]json.RawMessage
	if json.Unmarshal([]byte(text), &present) != nil {
		return map[string]field{}, true
	}
	out := make(map[string]field, len(present))
	t, known := eventRows[e.Entity]
	if !known {
		for name, raw := range present {
			var v any
			_ = json.Unmarshal(raw, &v)
			out[name] = field{v, raw}
		}
		return out, true
	}
	row := reflect.New(t)
	_ = json.Unmarshal([]byte(text), row.Interface())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if _, ok := present[name]; !ok || !f.IsExported() || name == "" || name == "-" {
			continue
		}
		v := row.Elem().Field(i).Interface()
		raw, _ := json.Marshal(v)
		out[name] = field{people(name, v), raw}
	}
	// A field this version's row lacks (written by a newer one) is kept
	// as plain JSON values, so its change is still told.
	for name, raw := range present {
		if _, ok := out[name]; !ok {
			var v any
			_ = json.Unmarshal(raw, &v)
			out[name] = field{v, raw}
		}
	}
	return out, true
}

// people marks the values that name people, so they render as names.
func people(name string, v any) any {
	switch x := v.(type) {
	case int64:
		if personFields[name] {
			return PersonRef(x)
		}
	case []int64:
		if name == "agreed_by" || name == "present" {
			refs := make([]PersonRef, len(x))
			for i, id := range x {
				refs[i] = PersonRef(id)
			}
			return refs
		}
	}
	return v
}

func sortedNames(m map[string]field) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// DifferentFields names, by their JSON names in order, the fields in which
// two values of one row type differ, leaving out those in ignore. Values
// of different or non-record types differ as a whole ("value").
func DifferentFields(a, b any, ignore ...string) []string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Kind() != reflect.Struct || va.Type() != vb.Type() {
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if bytes.Equal(ja, jb) {
			return nil
		}
		return []string{"value"}
	}
	skip := map[string]bool{}
	for _, n := range ignore {
		skip[n] = true
	}
	var out []string
	t := va.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" || skip[name] {
			continue
		}
		if name == "" {
			name = f.Name
		}
		ja, _ := json.Marshal(va.Field(i).Interface())
		jb, _ := json.Marshal(vb.Field(i).Interface())
		if !bytes.Equal(ja, jb) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}
