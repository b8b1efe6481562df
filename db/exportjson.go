package db

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"handoff/internal/safe"
	"handoff/model"
)

// dealEncoder writes deals as MarshalArchive lays them out inside the
// archive: the bytes of json.Encoder with SetIndent and
// SetEscapeHTML(false), then safe.JSON. It writes them directly, indented
// as it goes and each string escaped once, into a buffer it reuses and
// hands to w every 32 KiB, so no deal is ever held as JSON; marshalling
// whole deals and indenting them after was a third of the export's time,
// and the JSON of the largest deal most of its memory.
// TestWriteExportSameBytes and TestDealEncoderSameBytes compare the bytes.
//
// It knows the parts of encoding/json the model uses: structs with named
// fields (omitempty, omitzero), strings, numbers, booleans, slices,
// arrays, pointers, and types that marshal themselves (time.Time,
// model.Date). Anything else (maps, interfaces, embedded structs, the
// string option) is marshalled by encoding/json and indented in place.
type dealEncoder struct {
	w      io.Writer
	out    []byte // what is gathered for w
	prefix string // the indentation of the value's own line
	lines  string // a newline, prefix and spaces enough for most depths
	err    error
}

func newDealEncoder(w io.Writer) *dealEncoder { return &dealEncoder{w: w} }

// flushAt is how much the encoder gathers before it writes.
const flushAt = 32 << 10

// writeDeal writes d as an element of the archive's deals: its first
// brace at the current position, its lines indented under prefix.
func (e *dealEncoder) writeDeal(d *model.Dossier, prefix string) error {
	if prefix != e.prefix || e.lines == "" {
		e.prefix = prefix
		e.lines = "\n" + prefix + strings.Repeat("  ", 16)
	}
	e.err = nil
	encoderOf(reflect.TypeFor[model.Dossier]())(e, reflect.ValueOf(d).Elem(), 0)
	if e.err != nil {
		e.out = e.out[:0]
		return e.err
	}
	return e.flush()
}

// flush writes what has gathered.
func (e *dealEncoder) flush() error {
	if len(e.out) == 0 {
		return nil
	}
	_, err := e.w.Write(e.out)
	e.out = e.out[:0]
	return err
}

// newline starts a line at depth levels under the prefix.
func (e *dealEncoder) newline(depth int) {
	if n := 1 + len(e.prefix) + 2*depth; n <= len(e.lines) {
		e.out = append(e.out, e.lines[:n]...)
		return
	}
	e.out = append(e.out, e.lines...)
	for range depth - 16 {
		e.out = append(e.out, ' ', ' ')
	}
}

// fail keeps the first error; the encoding goes on but is thrown away.
func (e *dealEncoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// encodeFunc appends v, whose line is depth levels under the prefix.
type encodeFunc func(e *dealEncoder, v reflect.Value, depth int)

var encoders sync.Map // reflect.Type → encodeFunc

// encoderOf is the encoder for values of t, made on first use. A type
// that holds itself meets, while its encoder is made, a stand-in that
// waits for it, as in encoding/json.
func encoderOf(t reflect.Type) encodeFunc {
	if f, ok := encoders.Load(t); ok {
		return f.(encodeFunc)
	}
	var wg sync.WaitGroup
	var f encodeFunc
	wg.Add(1)
	stand := encodeFunc(func(e *dealEncoder, v reflect.Value, depth int) {
		wg.Wait()
		f(e, v, depth)
	})
	if got, loaded := encoders.LoadOrStore(t, stand); loaded {
		return got.(encodeFunc)
	}
	f = makeEncoder(t)
	wg.Done()
	encoders.Store(t, f)
	return f
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	timeType          = reflect.TypeFor[time.Time]()
)

// makeEncoder follows encoding/json's choice of encoder for t: a type's
// own MarshalJSON first, then MarshalText, then its kind.
func makeEncoder(t reflect.Type) encodeFunc {
	switch {
	case t == timeType:
		return encodeTime
	case t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType):
		return encodeMarshaler
	case t.Implements(textMarshalerType) || reflect.PointerTo(t).Implements(textMarshalerType):
		return encodeTextMarshaler
	}
	switch t.Kind() {
	case reflect.Bool:
		return func(e *dealEncoder, v reflect.Value, _ int) { e.out = strconv.AppendBool(e.out, v.Bool()) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(e *dealEncoder, v reflect.Value, _ int) { e.out = strconv.AppendInt(e.out, v.Int(), 10) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(e *dealEncoder, v reflect.Value, _ int) { e.out = strconv.AppendUint(e.out, v.Uint(), 10) }
	case reflect.Float32:
		return func(e *dealEncoder, v reflect.Value, _ int) { e.appendFloat(v.Float(), 32) }
	case reflect.Float64:
		return func(e *dealEncoder, v reflect.Value, _ int) { e.appendFloat(v.Float(), 64) }
	case reflect.String:
		return func(e *dealEncoder, v reflect.Value, _ int) { e.out = appendJSONString(e.out, v.String()) }
	case reflect.Struct:
		return makeStructEncoder(t)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return encodeByJSON // bytes are base64
		}
		elem := encoderOf(t.Elem())
		return func(e *dealEncoder, v reflect.Value, depth int) {
			if v.IsNil() {
				e.out = append(e.out, "null"...)
				return
			}
			e.appendList(v, elem, depth)
		}
	case reflect.Array:
		elem := encoderOf(t.Elem())
		return func(e *dealEncoder, v reflect.Value, depth int) { e.appendList(v, elem, depth) }
	case reflect.Pointer:
		elem := encoderOf(t.Elem())
		return func(e *dealEncoder, v reflect.Value, depth int) {
			if v.IsNil() {
				e.out = append(e.out, "null"...)
				return
			}
			elem(e, v.Elem(), depth)
		}
	}
	return encodeByJSON
}

// appendList appends an array or slice: "[]" when empty, else one element
// a line. The gathered bytes are written out between elements.
func (e *dealEncoder) appendList(v reflect.Value, elem encodeFunc, depth int) {
	n := v.Len()
	if n == 0 {
		e.out = append(e.out, '[', ']')
		return
	}
	e.out = append(e.out, '[')
	for i := range n {
		if i > 0 {
			e.out = append(e.out, ',')
		}
		e.newline(depth + 1)
		elem(e, v.Index(i), depth+1)
		if len(e.out) >= flushAt && e.err == nil {
			if err := e.flush(); err != nil {
				e.fail(err)
			}
		}
	}
	e.newline(depth)
	e.out = append(e.out, ']')
}

// structField is one field as encoding/json writes it.
type structField struct {
	index     int
	key       string // `"name": `
	omitEmpty bool
	omitZero  func(v reflect.Value) bool // nil: not omitzero
	encode    encodeFunc
}

// makeStructEncoder writes the exported fields in order, each on its
// line; a struct with none is "{}". A struct this encoder does not lay
// out as encoding/json would (embedded fields, the string option, a name
// not plain) is left to encoding/json.
func makeStructEncoder(t reflect.Type) encodeFunc {
	var fields []structField
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return encodeByJSON
		}
		if !f.IsExported() {
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
		if !plainName(name) {
			return encodeByJSON
		}
		sf := structField{index: i, key: `"` + name + `": `, encode: encoderOf(f.Type)}
		for o := range strings.SplitSeq(opts, ",") {
			switch o {
			case "omitempty":
				sf.omitEmpty = true
			case "omitzero":
				sf.omitZero = zeroTest(f.Type)
			case "string":
				return encodeByJSON
			}
		}
		fields = append(fields, sf)
	}
	return func(e *dealEncoder, v reflect.Value, depth int) {
		e.out = append(e.out, '{')
		first := true
		for i := range fields {
			f := &fields[i]
			fv := v.Field(f.index)
			if (f.omitEmpty && isEmptyValue(fv)) || (f.omitZero != nil && f.omitZero(fv)) {
				continue
			}
			if !first {
				e.out = append(e.out, ',')
			}
			first = false
			e.newline(depth + 1)
			e.out = append(e.out, f.key...)
			f.encode(e, fv, depth+1)
		}
		if first {
			e.out = append(e.out, '}')
			return
		}
		e.newline(depth)
		e.out = append(e.out, '}')
	}
}

// plainName is a field name that needs no escaping and that encoding/json
// takes as it is.
func plainName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

type isZeroer interface{ IsZero() bool }

var isZeroerType = reflect.TypeFor[isZeroer]()

// zeroTest is encoding/json's test for omitzero: the type's IsZero when it
// has one, else the zero value of the type.
func zeroTest(t reflect.Type) func(v reflect.Value) bool {
	switch {
	case t.Kind() == reflect.Pointer && t.Implements(isZeroerType):
		return func(v reflect.Value) bool { return v.IsNil() || v.Interface().(isZeroer).IsZero() }
	case t.Implements(isZeroerType):
		return func(v reflect.Value) bool { return v.Interface().(isZeroer).IsZero() }
	case reflect.PointerTo(t).Implements(isZeroerType):
		return func(v reflect.Value) bool {
			if !v.CanAddr() {
				return v.IsZero()
			}
			return v.Addr().Interface().(isZeroer).IsZero()
		}
	}
	return reflect.Value.IsZero
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

// method is v's MarshalJSON or MarshalText method as encoding/json
// would call it: through its address when only the pointer has it.
func method[M any](v reflect.Value) (M, bool) {
	if m, ok := v.Interface().(M); ok {
		return m, true
	}
	if v.CanAddr() {
		m, ok := v.Addr().Interface().(M)
		return m, ok
	}
	var zero M
	return zero, false
}

// encodeMarshaler writes what the value's MarshalJSON gives, compact, as
// encoding/json does, then indented where it stands.
func encodeMarshaler(e *dealEncoder, v reflect.Value, depth int) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.out = append(e.out, "null"...)
		return
	}
	m, ok := method[json.Marshaler](v)
	if !ok {
		encodeByJSON(e, v, depth)
		return
	}
	b, err := m.MarshalJSON()
	if err != nil {
		e.fail(&json.MarshalerError{Type: v.Type(), Err: err})
		return
	}
	var c bytes.Buffer
	if err := json.Compact(&c, b); err != nil {
		e.fail(&json.MarshalerError{Type: v.Type(), Err: err})
		return
	}
	e.appendFragment(c.Bytes(), depth)
}

// encodeTime writes a time as its MarshalJSON does, without the
// allocation: RFC 3339 with the nanoseconds, quoted.
func encodeTime(e *dealEncoder, v reflect.Value, _ int) {
	t := v.Interface().(time.Time)
	b, err := t.AppendText(append(e.out, '"'))
	if err != nil {
		e.fail(&json.MarshalerError{Type: timeType, Err: errors.New("Time.MarshalJSON: " + strings.TrimPrefix(err.Error(), "Time.AppendText: "))})
		return
	}
	e.out = append(b, '"')
}

// encodeTextMarshaler writes what the value's MarshalText gives as a JSON
// string.
func encodeTextMarshaler(e *dealEncoder, v reflect.Value, depth int) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.out = append(e.out, "null"...)
		return
	}
	m, ok := method[encoding.TextMarshaler](v)
	if !ok {
		encodeByJSON(e, v, depth)
		return
	}
	b, err := m.MarshalText()
	if err != nil {
		e.fail(&json.MarshalerError{Type: v.Type(), Err: err})
		return
	}
	e.out = appendJSONString(e.out, string(b))
}

// encodeByJSON leaves v to encoding/json and indents what it gives in
// place.
func encodeByJSON(e *dealEncoder, v reflect.Value, depth int) {
	var c bytes.Buffer
	enc := json.NewEncoder(&c)
	enc.SetEscapeHTML(false)
	var err error
	if v.CanAddr() {
		err = enc.Encode(v.Addr().Interface())
	} else {
		err = enc.Encode(v.Interface())
	}
	if err != nil {
		e.fail(err)
		return
	}
	e.appendFragment(bytes.TrimSuffix(c.Bytes(), []byte("\n")), depth)
}

// appendFragment appends compact JSON indented at depth and made safe for
// a terminal.
func (e *dealEncoder) appendFragment(b []byte, depth int) {
	prefix := e.prefix + strings.Repeat("  ", depth)
	e.out = append(e.out, safe.JSON(appendIndented(nil, b, prefix))...)
}

// appendFloat is encoding/json's number: as ES6 writes it, exponents
// unpadded.
func (e *dealEncoder) appendFloat(f float64, bits int) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(&json.UnsupportedValueError{Str: strconv.FormatFloat(f, 'g', -1, bits)})
		return
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b := strconv.AppendFloat(e.out, f, format, -1, bits)
	if format == 'e' {
		// e-09 becomes e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.out = b
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes it without
// HTML escaping, with what safe.JSON escapes after it escaped too: DEL, C1
// controls and invisible format characters as \u escapes (a pair of them
// above U+FFFF).
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != 0x7f {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default: // the other C0 controls, and DEL
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case safe.JSONEscapes(c):
			dst = append(dst, s[start:i]...)
			if c > 0xffff {
				hi, lo := utf16.EncodeRune(c)
				dst = appendU(dst, hi)
				dst = appendU(dst, lo)
			} else {
				dst = appendU(dst, c)
			}
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendU appends the \u escape of r, at most U+FFFF, in lower case.
func appendU(dst []byte, r rune) []byte {
	return append(dst, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
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
