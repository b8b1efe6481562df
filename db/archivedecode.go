package db

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"
)

// decodeAt reads data into v (a pointer) the way encoding/json would, but
// field by field, so a bad or unknown value is named by its JSON path
// ("deals[2].promises[5].due") and described in words, never by a Go type.
func decodeAt(path string, data []byte, v any) error {
	return decodeValue(path, data, reflect.ValueOf(v).Elem())
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// leaf reports whether values of t are read whole (numbers, text, dates,
// lists of plain values) rather than field by field or element by element;
// a pointer is read as what it points to.
func leaf(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	if p.Implements(jsonUnmarshaler) || p.Implements(textUnmarshaler) {
		return true
	}
	switch t.Kind() {
	case reflect.Struct:
		return false
	case reflect.Slice, reflect.Pointer:
		return leaf(t.Elem())
	}
	return true
}

func decodeValue(path string, data []byte, v reflect.Value) error {
	data = bytes.TrimSpace(data)
	t := v.Type()
	if leaf(t) {
		if err := json.Unmarshal(data, v.Addr().Interface()); err != nil {
			return fmt.Errorf("%s: %s", path, leafProblem(data, t, err))
		}
		return nil
	}
	if string(data) == "null" {
		return nil
	}
	switch t.Kind() {
	case reflect.Pointer: // a deal's baseline: nil when there is none
		p := reflect.New(t.Elem())
		if err := decodeValue(path, data, p.Elem()); err != nil {
			return err
		}
		v.Set(p)
		return nil
	case reflect.Slice:
		var items []json.RawMessage
		if err := json.Unmarshal(data, &items); err != nil {
			return fmt.Errorf("%s: should be a list, not %s", path, jsonKind(data))
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, item := range items {
			if err := decodeValue(fmt.Sprintf("%s[%d]", path, i), item, s.Index(i)); err != nil {
				return err
			}
		}
		v.Set(s)
		return nil
	case reflect.Struct:
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(data, &fields); err != nil {
			return fmt.Errorf("%s: should be an object, not %s", path, jsonKind(data))
		}
		known := map[string]bool{}
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			known[name] = true
			raw, ok := fields[name]
			if !ok {
				continue
			}
			if err := decodeValue(join(path, name), raw, v.Field(i)); err != nil {
				return err
			}
		}
		for _, name := range sortedKeys(fields) {
			if !known[name] {
				return fmt.Errorf("%s: this version of handoff does not know this field", join(path, name))
			}
		}
		return nil
	}
	return fmt.Errorf("%s: cannot be read", path)
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// sortedKeys are m's keys in order, so the same file always names the
// same field first.
func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// leafProblem says in words why a value could not be read as t.
func leafProblem(data []byte, t reflect.Type, err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) || t == reflect.TypeFor[time.Time]() {
		return "should be " + kindWords(t) + ", not " + jsonKind(data)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return "is not valid JSON"
	}
	return err.Error()
}

// kindWords names what a value of t looks like in JSON.
func kindWords(t reflect.Type) string {
	p := reflect.PointerTo(t)
	if p.Implements(textUnmarshaler) && !p.Implements(jsonUnmarshaler) {
		return "text"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number (within range)"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list of " + strings.TrimPrefix(strings.TrimPrefix(kindWords(t.Elem()), "a "), "an ") + " values"
	case reflect.Struct:
		if t == reflect.TypeFor[time.Time]() {
			return "a time like 2026-11-22T10:00:00Z"
		}
		return "an object"
	}
	return "something else"
}

// jsonKind names what a JSON value is: text, a number, a list…
func jsonKind(data []byte) string {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return "nothing"
	}
	switch data[0] {
	case '"':
		return "text"
	case '{':
		return "an object"
	case '[':
		return "a list"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "the number " + string(data)
}
