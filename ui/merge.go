package ui

import (
	"encoding"
	"fmt"
	"reflect"
)

var (
	stringerType      = reflect.TypeFor[fmt.Stringer]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// mergeMine is what "overwrite with mine" saves after a stale write: the
// stored value (theirs) with only the fields this side changed (where mine
// differs from base, the value the form or action started from) taken from
// mine. Everything else keeps the newer value, so a one-field form never
// reverts a colleague's change to another field. Where both sides changed
// the same field, mine wins: that is what overwrite means.
//
// Fields are compared one by one, by reflection, so every entity merges the
// same way without a list to keep up to date. A nested plain record (a
// struct with no methods, such as the deal's owners) merges field by field
// too; a value that prints itself (a date, an amount of money: a Stringer
// or a TextMarshaler) is one field, since its parts mean nothing apart.
// A list of plain values (the not-sold list, who agreed a term) merges as a
// set: what mine added or removed, over their list.
// The id and version are never "changed by mine" (both come from base), so
// they stay theirs and the save goes against the current version.
func mergeMine[T any](base, mine, theirs T) T {
	out := reflect.ValueOf(&theirs).Elem()
	mergeFields(reflect.ValueOf(base), reflect.ValueOf(mine), out)
	return theirs
}

func mergeFields(base, mine, out reflect.Value) {
	for i := range base.NumField() {
		if !base.Type().Field(i).IsExported() {
			continue
		}
		b, m := base.Field(i), mine.Field(i)
		switch {
		case b.Kind() == reflect.Struct && isRecord(b.Type()):
			mergeFields(b, m, out.Field(i))
		case sameValue(b, m):
		case b.Kind() == reflect.Slice && b.Type().Elem().Comparable():
			out.Field(i).Set(mergeList(b, m, out.Field(i)))
		default:
			out.Field(i).Set(m)
		}
	}
}

// mergeList merges a list as a set: theirs, without what mine removed from
// base, with what mine added, so an exclusion added here and another added
// there are both kept.
func mergeList(base, mine, theirs reflect.Value) reflect.Value {
	in := func(list reflect.Value, v any) bool {
		for j := range list.Len() {
			if list.Index(j).Interface() == v {
				return true
			}
		}
		return false
	}
	out := reflect.MakeSlice(theirs.Type(), 0, theirs.Len()+mine.Len())
	for j := range theirs.Len() {
		v := theirs.Index(j)
		if in(base, v.Interface()) && !in(mine, v.Interface()) {
			continue // mine removed it
		}
		out = reflect.Append(out, v)
	}
	for j := range mine.Len() {
		v := mine.Index(j)
		if !in(base, v.Interface()) && !in(out, v.Interface()) {
			out = reflect.Append(out, v)
		}
	}
	return out
}

// isRecord reports whether a struct is a plain record whose fields merge
// one by one, rather than a value that is only meaningful whole.
func isRecord(t reflect.Type) bool {
	for _, whole := range []reflect.Type{stringerType, textMarshalerType} {
		if t.Implements(whole) || reflect.PointerTo(t).Implements(whole) {
			return false
		}
	}
	for i := range t.NumField() {
		if !t.Field(i).IsExported() {
			return false
		}
	}
	return true
}

// sameValue compares two field values; an empty and a nil list are the
// same (a form reads "nothing" as nil whatever the store held).
func sameValue(a, b reflect.Value) bool {
	if a.Kind() == reflect.Slice && a.Len() == 0 && b.Len() == 0 {
		return true
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}
