package model_test

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"handoff/model"
)

// hostileStrings are values a person could type (or paste) that would
// break a naive report: every markdown construct, raw HTML, links,
// autolinks, terminal escapes, bidi overrides, CJK and emoji.
var hostileStrings = []string{
	"a | b || c \\| d |",
	"line one\nline two\r\nline three\rline four",
	"<script>alert(1)</script>",
	"<img src=x onerror=alert(1)>",
	"[x](http://evil)",
	"![i](http://evil/i.png)",
	"http://evil.example/path?q=1 and HTTPS://EVIL.EXAMPLE",
	"www.evil.example and WWW.Evil.Example",
	"write to evil@evil.example or mailto:a@b.example, xmpp:a@b.example",
	"`code` ``double`` ```triple```",
	"**bold** __bold__ *em* _em_ ~~strike~~ ~single~",
	"# heading",
	"> quote",
	"- item",
	"+ item",
	"* item",
	"1. item",
	"2) item",
	"\x1b]0;title\x07OSC \x1b[2J\x1b[31mred\x1b[0m CSI \x1b(B",
	"\u202eevil\u202c \u2066isolate\u2069 \u200eLRM \u200bzero-width \ufeffBOM",
	"实时集成 上线 定制",
	"emoji 👩‍💻 🚀 🇵🇱",
	"<http://evil.example>",
	"[ref]: http://evil.example",
	"footnote[^1]\n\n[^1]: evil",
	"- [ ] task\n- [x] done",
	"---",
	"***",
	"___",
	"&lt;script&gt; &#60;b&#62; &amp; R&D AT&T",
	"$x$ math $$y$$",
	"    indented code",
	"\tTab indented",
	"```\nfence\n```",
	"~~~\nfence\n~~~",
	"title\n===",
	"title\n---",
	"a\n:--",
	"a | b\n--|--",
	"trailing backslash \\",
	"<!-- comment --> <?php ?> <![CDATA[x]]>",
	"\x00nul \x07bel \x7fdel \u0085nel \u2028ls \u2029ps \v\f",
	"snake_case_word _leading trailing_ __init__",
	"foo*bar*baz",
	"<div>\n\nblock\n\n</div>",
	"\\*not em\\* \\\\",
	"[link][ref] [collapsed][] [shortcut]",
	"<a href=\"javascript:alert(1)\">x</a>",
	"Example.com:8080//path www.example.com/a_b_c",
	"@mention #123 :smile:",
	"  leading and trailing spaces  ",
	"\xff\xfe invalid UTF-8 \xc3",
	"\u009b31mC1 CSI\u009d0;t\u009c",
}

// cmarkGFM renders markdown the way GitHub does (cmark-gfm with GitHub's
// extensions), with raw HTML let through so that any that slips into the
// report shows. A missing cmark-gfm fails the test: the report's safety is
// checked against the real renderer, not skipped.
func cmarkGFM(t testing.TB, md string) string {
	t.Helper()
	bin, err := exec.LookPath("cmark-gfm")
	if err != nil {
		t.Fatalf("cmark-gfm is not installed; the report tests render through it: install it (Debian/Ubuntu: apt-get install -y cmark-gfm)")
	}
	cmd := exec.Command(bin, "--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough",
		"-e", "tagfilter", "-e", "footnotes", "-e", "tasklist")
	cmd.Stdin = strings.NewReader(md)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cmark-gfm: %v\n%s", err, stderr.String())
	}
	return string(out)
}

var (
	trRE   = regexp.MustCompile(`(?s)<tr>\n(.*?)</tr>`)
	cellRE = regexp.MustCompile(`(?s)<t[dh][^>]*>(.*?)</t[dh]>`)
	liRE   = regexp.MustCompile(`(?s)<li>(.*?)</li>`)
)

// tableRows parses the rows of the tables in cmark-gfm's HTML: the cells
// of each row, as cmark wrote them (HTML).
func tableRows(htmlOut string) [][]string {
	var rows [][]string
	for _, m := range trRE.FindAllStringSubmatch(htmlOut, -1) {
		var cells []string
		for _, c := range cellRE.FindAllStringSubmatch(m[1], -1) {
			cells = append(cells, c[1])
		}
		rows = append(rows, cells)
	}
	return rows
}

// cellText is the text of a rendered cell, or an error when the cell holds
// any markup at all: a user value must render as text only.
func cellText(cell string) (string, error) {
	if strings.ContainsAny(cell, "<>") {
		return "", fmt.Errorf("markup in %q", cell)
	}
	return html.UnescapeString(cell), nil
}

func TestEscapeCellExamples(t *testing.T) {
	wj := "\u2060"
	cases := []struct{ in, want string }{
		{"plain text, 24/7 support (99.9%)!", "plain text, 24/7 support (99.9%)!"},
		{"a|b", `a\|b`},
		{"x\ny\r\nz", "x ⏎ y ⏎ z"},
		{"  two\n\n\nparagraphs  ", "two ⏎ paragraphs"},
		{"<script>", "&lt;script>"},
		{"[x](http://evil)", `\[x\](http\://evil)`},
		{"![i](y)", `!\[i\](y)`},
		{"www.evil.example", `www\.evil.example`},
		{"ask evil@evil.example", "ask evil" + wj + `\@evil.example`},
		{"`code` **b** _e_ ~s~ $m$", "\\`code\\` \\*\\*b\\*\\* \\_e\\_ \\~s\\~ \\$m\\$"},
		{"snake_case_word", "snake_case_word"},
		{"# not a heading > - 1.", "# not a heading > - 1."},
		{`back\slash`, `back\\slash`},
		{"R&D &amp; &#64;", `R&D \&amp; \&#64;`},
		{"\x1b]0;t\x07hi\x1b[2J there\x07", "hi there"},
		{"\u202eevil\u202c", "evil"},
		{"实时集成 👩‍💻", "实时集成 👩‍💻"},
		{"\x00\x01\x7f\u0080\u009f", ""},
		{"a\tb", "a b"},
	}
	for _, c := range cases {
		if got := model.EscapeCell(c.in); got != c.want {
			t.Errorf("EscapeCell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEscapeTextExamples(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain", "plain"},
		{"one\ntwo", "one\\\ntwo"},
		{"# h\n> q\n- l\n+ l\n= u\n: d\n12. o\n3) o\n1.5 days", "\\# h\\\n\\> q\\\n\\- l\\\n\\+ l\\\n\\= u\\\n\\: d\\\n12\\. o\\\n3\\) o\\\n1\\.5 days"},
		{"    code\n\n\n  more  ", "code\\\nmore"},
		{"ends with \\", "ends with \\\\"},
		{"a | b", `a \| b`},
		{"mid > and # and - stay", "mid > and # and - stay"},
	}
	for _, c := range cases {
		if got := model.EscapeText(c.in); got != c.want {
			t.Errorf("EscapeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// checkCell checks, without a renderer, what EscapeCell promises: one line,
// no "<", every markdown special escaped, no autolink, and — undoing the
// escapes the way CommonMark does — the text PlainCell says it shows.
func checkCell(s, cell string) error {
	if !utf8.ValidString(cell) {
		return fmt.Errorf("invalid UTF-8")
	}
	var plain strings.Builder
	prev := rune(-1)
	for i := 0; i < len(cell); {
		r, size := utf8.DecodeRuneInString(cell[i:])
		rest := cell[i+size:]
		switch {
		case r == '\\':
			if rest == "" || rest[0] >= utf8.RuneSelf || !unicode.IsPunct(rune(rest[0])) && !unicode.IsSymbol(rune(rest[0])) {
				return fmt.Errorf("lone backslash at %d", i)
			}
			if rest[0] == '@' && prev != '\u2060' {
				return fmt.Errorf("@ without a word joiner at %d", i)
			}
			plain.WriteByte(rest[0])
			prev = rune(rest[0])
			i += 2
			continue
		case r == '\n' || r == '\r':
			return fmt.Errorf("line break at %d", i)
		case r == '<':
			return fmt.Errorf("raw < at %d", i)
		case strings.ContainsRune("|[]`*~$", r):
			return fmt.Errorf("unescaped %q at %d", r, i)
		case r == '_':
			next, _ := utf8.DecodeRuneInString(rest)
			if !isWord(prev) || rest == "" || !isWord(next) {
				return fmt.Errorf("unescaped _ at %d outside a word", i)
			}
		case r == '&':
			if strings.HasPrefix(rest, "lt;") {
				plain.WriteByte('<')
				i += 4
				prev = '<'
				continue
			}
			if regexp.MustCompile(`^[#A-Za-z0-9]+;`).MatchString(rest) {
				return fmt.Errorf("unescaped entity at %d", i)
			}
		case r == ':' && strings.HasPrefix(rest, "//"):
			return fmt.Errorf("unescaped :// at %d", i)
		case r == '.' && strings.HasSuffix(strings.ToLower(plain.String()), "www"):
			return fmt.Errorf("unescaped www. at %d", i)
		case r == '@':
			return fmt.Errorf("unescaped @ at %d", i)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return fmt.Errorf("control %U at %d", r, i)
		case unicode.Is(unicode.Cf, r) && r != '\u200d' && !(r == '\u2060' && strings.HasPrefix(rest, "\\@")):
			return fmt.Errorf("format character %U at %d", r, i)
		}
		plain.WriteRune(r)
		prev = r
		i += size
	}
	if want := model.PlainCell(s); plain.String() != want {
		return fmt.Errorf("reads as %q, want %q", plain.String(), want)
	}
	return nil
}

func isWord(r rune) bool { return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// checkCellsCmark renders each value as the middle cell of a three-column
// row and checks, through cmark-gfm, that every row has its three cells and
// the middle one is the value's text and nothing else.
func checkCellsCmark(t testing.TB, values []string) {
	t.Helper()
	var md strings.Builder
	md.WriteString("| left | value | right |\n|---|---|---|\n")
	for _, s := range values {
		md.WriteString("| L | " + model.EscapeCell(s) + " | R |\n")
	}
	rows := tableRows(cmarkGFM(t, md.String()))
	if len(rows) != len(values)+1 {
		t.Fatalf("%d rows rendered, want %d", len(rows), len(values)+1)
	}
	for i, s := range values {
		cells := rows[i+1]
		if len(cells) != 3 || cells[0] != "L" || cells[2] != "R" {
			t.Errorf("%q: row rendered as %q, want three cells L, value, R", s, cells)
			continue
		}
		got, err := cellText(cells[1])
		if err != nil {
			t.Errorf("%q: %v", s, err)
		} else if want := model.PlainCell(s); got != want {
			t.Errorf("%q: cell shows %q, want %q", s, got, want)
		}
	}
}

func TestEscapeCellRules(t *testing.T) {
	for _, s := range hostileStrings {
		if err := checkCell(s, model.EscapeCell(s)); err != nil {
			t.Errorf("EscapeCell(%q) = %q: %v", s, model.EscapeCell(s), err)
		}
	}
}

// TestEscapeCellCmark renders every hostile string and every input the
// fuzzer kept as a table cell through cmark-gfm, in one document.
func TestEscapeCellCmark(t *testing.T) {
	values := append([]string{}, hostileStrings...)
	values = append(values, fuzzCorpus(t, "FuzzEscapeCell")...)
	checkCellsCmark(t, values)
}

// TestEscapeTextCmark renders every hostile string as a list item through
// cmark-gfm: each must show its lines as text, joined by line breaks, and
// nothing else — no heading, quote, list, code, table, link or HTML.
func TestEscapeTextCmark(t *testing.T) {
	var md strings.Builder
	for _, s := range hostileStrings {
		md.WriteString("- " + strings.ReplaceAll(model.EscapeText(s), "\n", "\n  ") + "\n")
	}
	out := cmarkGFM(t, md.String())
	items := liRE.FindAllStringSubmatch(out, -1)
	if len(items) != len(hostileStrings) || strings.Count(out, "<ul>") != 1 || strings.Count(out, "<li>") != len(hostileStrings) {
		t.Fatalf("rendered %d list items, want %d in one list:\n%s", len(items), len(hostileStrings), out)
	}
	for i, s := range hostileStrings {
		text := strings.ReplaceAll(items[i][1], "<br />\n", "\n")
		got, err := cellText(text)
		want := model.PlainCell(s)
		if want != "" {
			want = strings.ReplaceAll(want, " ⏎ ", "\n")
		}
		if err != nil {
			t.Errorf("%q: %v", s, err)
		} else if got != want {
			t.Errorf("%q: item shows %q, want %q", s, got, want)
		}
	}
}

// FuzzEscapeCell puts any string in a table cell: the escaped cell must
// pass checkCell. With HANDOFF_FUZZ_CMARK=1 each input is also rendered
// through cmark-gfm (slow: a process per input). TestEscapeCellCmark
// renders the inputs the fuzzer kept in testdata on every run.
func FuzzEscapeCell(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	withCmark := os.Getenv("HANDOFF_FUZZ_CMARK") == "1"
	f.Fuzz(func(t *testing.T, s string) {
		cell := model.EscapeCell(s)
		if err := checkCell(s, cell); err != nil {
			t.Fatalf("EscapeCell(%q) = %q: %v", s, cell, err)
		}
		if withCmark {
			checkCellsCmark(t, []string{s})
		}
	})
}

// fuzzCorpus reads the string inputs the fuzzer kept for target.
func fuzzCorpus(t *testing.T, target string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", target, "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if !strings.HasPrefix(line, "string(") {
				continue
			}
			v, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(line, "string("), ")"))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out = append(out, v)
		}
		f.Close()
	}
	return out
}
