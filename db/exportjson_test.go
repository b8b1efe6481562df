package db

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"handoff/internal/safe"
	"handoff/model"
)

// hostileRunes are what the escaping of a JSON string has to get right:
// quotes, backslashes, every kind of control, HTML's characters (left as
// they are), DEL, C1, bidi overrides, zero-width characters, the line
// separators, a rune above U+FFFF that is a format character, emoji, and
// bytes that are not UTF-8.
var hostileRunes = []string{"a", "Z", " ", "\"", "\\", "/", "<", ">", "&", "\x00", "\x01", "\b", "\f", "\n", "\r", "\t", "\x1b",
	"\x1f", "\x7f", "\u0080", "\u0085", "\u009f", "\u00a0", "é", "\u00ad", "\u200b", "\u200d", "\u202e", "\u2028", "\u2029",
	"\u2066", "\ufeff", "\ufe0f", "\ufffd", "\U000e0001", "\U0001f680", "\xff", "\xc3", "中"}

// fill sets v, and everything in it, to random values: strings of
// hostile runes, numbers big and small, lists empty, missing and full.
func fill(r *rand.Rand, v reflect.Value, depth int) {
	switch v.Type() {
	case reflect.TypeFor[time.Time]():
		zones := []*time.Location{time.UTC, time.FixedZone("", 2*3600), time.FixedZone("", -(9*3600 + 30*60))}
		t := time.Date(1900+r.IntN(300), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60),
			[]int{0, 5e8, 123456789, 1000}[r.IntN(4)], zones[r.IntN(len(zones))])
		if r.IntN(5) == 0 {
			t = time.Time{}
		}
		v.Set(reflect.ValueOf(t))
		return
	case reflect.TypeFor[model.Date]():
		if r.IntN(3) > 0 {
			v.Set(reflect.ValueOf(model.NewDate(1950+r.IntN(200), time.Month(1+r.IntN(12)), 1+r.IntN(28))))
		}
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := []int64{0, 1, -1, r.Int64N(1000), math.MaxInt32, -r.Int64N(1 << 40)}[r.IntN(6)]
		if v.OverflowInt(n) {
			n = 7
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(r.IntN(300)) % 200)
	case reflect.Float32, reflect.Float64:
		v.SetFloat([]float64{0, 0.5, 1, 1.25, 0.1, 1e-7, 2.5e-9, 1e21, 123456789.125, -3.75, 1e20, 1.0 / 3, math.Copysign(0, -1)}[r.IntN(13)])
	case reflect.String:
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(hostileRunes[r.IntN(len(hostileRunes))])
		}
		v.SetString(b.String())
	case reflect.Slice:
		if depth > 4 {
			return
		}
		switch r.IntN(4) {
		case 0:
			return // nil
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			s := reflect.MakeSlice(v.Type(), 1+r.IntN(3), 3)
			for i := range s.Len() {
				fill(r, s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Pointer:
		if depth > 4 || r.IntN(3) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem(), depth+1)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i), depth+1)
			}
		}
	}
}

// TestDealEncoderSameBytes: the export's own encoder writes random deals,
// every field of every kind filled with hostile text and awkward numbers,
// as json.Encoder with the archive's indentation and safe.JSON write them.
func TestDealEncoderSameBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		var d model.Dossier
		fill(r, reflect.ValueOf(&d).Elem(), 0)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("    ", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(&d); err != nil {
			t.Fatal(err)
		}
		wantBytes := safe.JSON(bytes.TrimSuffix(want.Bytes(), []byte("\n")))
		var got bytes.Buffer
		if err := newDealEncoder(&got).writeDeal(&d, "    "); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), wantBytes) {
			g, w := got.Bytes(), wantBytes
			n := 0
			for n < len(g) && n < len(w) && g[n] == w[n] {
				n++
			}
			t.Fatalf("deal %d differs at byte %d:\n got …%q…\nwant …%q…", i, n, g[max(0, n-80):min(len(g), n+80)], w[max(0, n-80):min(len(w), n+80)])
		}
	}
}

// TestDealEncoderErrors: what encoding/json refuses the encoder refuses.
func TestDealEncoderErrors(t *testing.T) {
	for name, d := range map[string]model.Dossier{
		"NaN":        {Promises: []model.Promise{{BudgetDays: math.NaN()}}},
		"year 10000": {Assessments: []model.Assessment{{AssessedAt: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}}},
	} {
		if _, err := json.Marshal(&d); err == nil {
			t.Fatalf("%s: encoding/json takes it", name)
		}
		if err := newDealEncoder(new(bytes.Buffer)).writeDeal(&d, "    "); err == nil {
			t.Errorf("%s: the export's encoder wrote it", name)
		}
	}
}
