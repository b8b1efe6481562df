package safe

import (
	"encoding/json"
	"strings"
	"testing"
)

// hostile holds what can retitle, clear or reorder a terminal.
const hostile = "a\x1b]0;PWNED\x07b\x1b[2Jc\u009b2Jd\u202eevil\u200be\x7f\tf\r\n🚀\U000e0001"

func TestText(t *testing.T) {
	for name, got := range map[string]string{"Text": Text(hostile), "Terminal": Terminal(hostile)} {
		for _, bad := range []string{"\x1b", "\x07", "\u009b", "\u202e", "\u200b", "\x7f", "\r", "\U000e0001"} {
			if strings.Contains(got, bad) {
				t.Errorf("%s kept %q: %q", name, bad, got)
			}
		}
		if !strings.Contains(got, "🚀") || !strings.HasPrefix(got, "ab") {
			t.Errorf("%s lost text: %q", name, got)
		}
	}
	if got := Terminal("1\tAcme\tready"); got != "1\tAcme\tready" {
		t.Errorf("Terminal changed tabs: %q", got)
	}
	if got := Text("1\tx"); got != "1    x" {
		t.Errorf("Text kept a tab: %q", got)
	}
}

func TestJSON(t *testing.T) {
	in, err := json.Marshal(map[string]string{"name": hostile + " \u2066iso\u2069 ok"})
	if err != nil {
		t.Fatal(err)
	}
	out := JSON(in)
	for _, bad := range []string{"\x1b", "\x07", "\u009b", "\u202e", "\u200b", "\x7f", "\u2066", "\U000e0001"} {
		if strings.Contains(string(out), bad) {
			t.Errorf("JSON kept %q: %s", bad, out)
		}
	}
	for _, want := range []string{`\u009b`, `\u202e`, `\u007f`, `\udb40\udc01`, "🚀"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("JSON lacks %s: %s", want, out)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if back["name"] != hostile+" \u2066iso\u2069 ok" {
		t.Errorf("read back %q", back["name"])
	}
	if plain := []byte(`{"a":"b"}`); string(JSON(plain)) != string(plain) {
		t.Error("plain JSON changed")
	}
}
