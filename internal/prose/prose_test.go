package prose

import "testing"

func TestCount(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{Plural(0, "gap"), "0 gaps"},
		{Plural(1, "gap"), "1 gap"},
		{Plural(2, "gap"), "2 gaps"},
		{Count(1, "person", "people"), "1 person"},
		{Count(3, "person", "people"), "3 people"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestCapitalise(t *testing.T) {
	for in, want := range map[string]string{
		"":         "",
		"critical": "Critical",
		"Already":  "Already",
		"łódź":     "Łódź",
		"ßa":       "ßa", // no single capital: left as it is
		"3 gaps":   "3 gaps",
		"\xffx":    "\xffx",
	} {
		if got := Capitalise(in); got != want {
			t.Errorf("Capitalise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOrDash(t *testing.T) {
	if got := OrDash(""); got != "—" {
		t.Errorf("OrDash(\"\") = %q", got)
	}
	if got := OrDash("x"); got != "x" {
		t.Errorf("OrDash(\"x\") = %q", got)
	}
	if got := Or("", "not set"); got != "not set" {
		t.Errorf("Or = %q", got)
	}
}
