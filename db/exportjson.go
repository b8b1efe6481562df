package db

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"

	"handoff/internal/safe"
	"handoff/model"
)

// dealEncoder writes deals as MarshalArchive lays them out inside the
// archive, one element of a list at a time: each element is marshalled
// compact and indented as it is copied out, so no more than one promise
// (or one gap, one term…) is held as JSON, not the whole deal, and the
// indentation is one pass over the bytes instead of encoding/json's
// scanner. The bytes are those of json.Encoder with SetIndent and
// SetEscapeHTML(false), then safe.JSON, as TestWriteExportSameBytes checks.
type dealEncoder struct {
	w       io.Writer
	compact bytes.Buffer
	enc     *json.Encoder
	out     []byte // the indented element, reused
}

func newDealEncoder(w io.Writer) *dealEncoder {
	e := &dealEncoder{w: w}
	e.enc = json.NewEncoder(&e.compact)
	e.enc.SetEscapeHTML(false)
	return e
}

// dossierField is how one field of model.Dossier is written: its JSON
// name, whether it is left out when empty, and whether it is a list whose
// elements are written one by one.
type dossierField struct {
	index     int
	key       string // `"name": `
	omitEmpty bool
	omitZero  bool
	list      bool
}

// dossierFields are the exported fields of model.Dossier in the order
// encoding/json writes them, read from the struct once.
var dossierFields = func() []dossierField {
	t := reflect.TypeFor[model.Dossier]()
	var out []dossierField
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || f.Anonymous {
			if f.Anonymous {
				panic("export: an embedded field in model.Dossier is not laid out by dealEncoder")
			}
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		key, _ := json.Marshal(name)
		df := dossierField{index: i, key: string(key) + ": ", list: f.Type.Kind() == reflect.Slice}
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "omitempty":
				df.omitEmpty = true
			case "omitzero":
				df.omitZero = true
			case "string":
				panic("export: the string option in model.Dossier is not laid out by dealEncoder")
			}
		}
		out = append(out, df)
	}
	return out
}()

// writeDeal writes d as an element of the archive's deals: its first
// brace at the current position, its lines indented under prefix.
func (e *dealEncoder) writeDeal(d *model.Dossier, prefix string) error {
	v := reflect.ValueOf(d).Elem()
	inner := prefix + "  "
	e.out = append(e.out[:0], '{')
	first := true
	for _, f := range dossierFields {
		fv := v.Field(f.index)
		if (f.omitEmpty && isEmptyValue(fv)) || (f.omitZero && isZeroValue(fv)) {
			continue
		}
		if !first {
			e.out = append(e.out, ',')
		}
		first = false
		e.out = append(e.out, '\n')
		e.out = append(e.out, inner...)
		e.out = append(e.out, f.key...)
		if !f.list || fv.IsNil() || fv.Len() == 0 {
			if err := e.element(fv.Addr().Interface(), inner); err != nil {
				return err
			}
			continue
		}
		e.out = append(e.out, '[')
		item := inner + "  "
		for j := range fv.Len() {
			if j > 0 {
				e.out = append(e.out, ',')
			}
			e.out = append(e.out, '\n')
			e.out = append(e.out, item...)
			if err := e.element(fv.Index(j).Addr().Interface(), item); err != nil {
				return err
			}
		}
		e.out = append(e.out, '\n')
		e.out = append(e.out, inner...)
		e.out = append(e.out, ']')
	}
	e.out = append(e.out, '\n')
	e.out = append(e.out, prefix...)
	e.out = append(e.out, '}')
	return e.flush()
}

// element appends v marshalled and indented under prefix, and writes
// what has gathered once it is large.
func (e *dealEncoder) element(v any, prefix string) error {
	e.compact.Reset()
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	src := e.compact.Bytes()
	src = src[:len(src)-1] // Encode ends the value with a newline
	e.out = appendIndented(e.out, src, prefix)
	if len(e.out) >= 32<<10 {
		return e.flush()
	}
	return nil
}

// flush writes what has gathered, made safe for a terminal.
func (e *dealEncoder) flush() error {
	if len(e.out) == 0 {
		return nil
	}
	_, err := e.w.Write(safe.JSON(e.out))
	e.out = e.out[:0]
	return err
}

// appendIndented appends src, compact JSON as encoding/json writes it
// (no space outside strings), laid out as json.Indent lays it out with
// the given prefix and an indent of two spaces: a line for each element
// of an object or array but the empty ones, "{}" and "[]", and ": "
// after a key.
func appendIndented(dst, src []byte, prefix string) []byte {
	depth := 0
	newline := func(dst []byte) []byte {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, ' ', ' ')
		}
		return dst
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '"':
			// Copied whole to the closing quote: a quote after a backslash
			// is part of the string.
			j := i + 1
			for j < len(src) {
				if src[j] == '\\' {
					j += 2
					continue
				}
				if src[j] == '"' {
					break
				}
				j++
			}
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			dst = newline(dst)
		case '}', ']':
			depth--
			dst = newline(dst)
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst)
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// isEmptyValue is encoding/json's test for omitempty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// isZeroValue is encoding/json's test for omitzero: the value's own
// IsZero when it has one, else the zero value of its type.
func isZeroValue(v reflect.Value) bool {
	if z, ok := v.Interface().(interface{ IsZero() bool }); ok {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return true
		}
		return z.IsZero()
	}
	return v.IsZero()
}
