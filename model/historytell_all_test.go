package model

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"handoff/internal/i18n"
)

// TestTellEveryField: a change to any field of any row the history records
// reads as words in every language — never a Go value, JSON or a field's
// JSON name.
func TestTellEveryField(t *testing.T) {
	people := map[int64]string{2: "Lukas Brandt"}
	for entity, typ := range eventRows {
		zero := reflect.New(typ).Elem()
		before, _ := json.Marshal(zero.Interface())
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "" || name == "-" || name == "id" || name == "version" {
				continue
			}
			v := reflect.New(typ).Elem()
			if !sample(v.Field(i)) {
				t.Errorf("%s.%s: no sample value for a %s", entity, name, f.Type)
				continue
			}
			after, _ := json.Marshal(v.Interface())
			e := Event{Entity: entity, EntityID: 1, Action: "update", Before: string(before), After: string(after)}
			for _, l := range i18n.All() {
				n := Narrator{Lang: l, Person: func(id int64) string { return people[id] }}
				got := n.Tell(e)
				if l == i18n.PL && testing.Verbose() {
					t.Log(entity, name, got)
				}
				if len(got) == 0 {
					t.Errorf("%s %s.%s: no sentence", l, entity, name)
				}
				for _, s := range got {
					for _, raw := range []string{"map[", "{", "}", "%!", name + ":", "<nil>"} {
						if strings.Contains(s, raw) && (raw != name+":" || strings.Contains(name, "_")) {
							t.Errorf("%s %s.%s: %q shows %q", l, entity, name, s, raw)
						}
					}
					if strings.HasSuffix(s, ": ") || strings.HasSuffix(s, "→ ") {
						t.Errorf("%s %s.%s: %q ends without its value", l, entity, name, s)
					}
					if strings.Contains(name, "_") && strings.Contains(s, name) {
						t.Errorf("%s %s.%s: %q names the field as stored", l, entity, name, s)
					}
				}
			}
		}
	}
}

// sample sets v to a value that is not its zero.
func sample(v reflect.Value) bool {
	switch x := v.Addr().Interface().(type) {
	case *Date:
		*x = MustDate("2027-03-01")
	case *time.Time:
		*x = time.Date(2027, 3, 1, 9, 30, 0, 0, time.UTC)
	case *Money:
		*x = Money{Minor: 1234500, Currency: "EUR"}
	case *Owners:
		*x = Owners{Delivery: 2}
	case *Difference:
		*x = Difference{Promise: "Sync", DaysLate: 3}
	case *BaselineSnapshot:
		*x = BaselineSnapshot{Promises: []BaselinePromise{{ID: 1, Title: "Sync"}}}
	case *Equivalent:
		*x = Equivalent{Lang: "de", Text: "Echtzeit"}
	default:
		switch v.Kind() {
		case reflect.String:
			v.SetString("in_progress")
		case reflect.Int, reflect.Int64:
			v.SetInt(2)
		case reflect.Float64:
			v.SetFloat(2.5)
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Slice:
			s := reflect.MakeSlice(v.Type(), 1, 1)
			if !sample(s.Index(0)) {
				return false
			}
			v.Set(s)
		case reflect.Map:
			m := reflect.MakeMap(v.Type())
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			if !sample(k) || !sample(e) {
				return false
			}
			m.SetMapIndex(k, e)
			v.Set(m)
		default:
			return false
		}
	}
	return true
}
