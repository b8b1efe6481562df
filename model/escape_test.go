package model_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

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
	"^sup^ ~sub~ H~2~O 2^10^ x^[inline note]",
	"[span]{.x onclick=alert(1)} text {onclick=alert(1)} `c`{=html}",
	"# Title {#id .c onclick=alert(1)}",
	"$x$ \\(y\\) $$z$$ \\[w\\] US$5",
	"[^1] [@cite] @cite -@cite [see @a, p. 3]",
	"(@) example\n(@good) two",
	"a. letter\nb) paren\n(c) enclosed\niv. roman\nA.  capital\n#. hash\n7 ) space",
	"| line\n| block",
	"Term\n: definition\n~ def",
	":smile: :+1: 10:30 a:b note: x",
	"\"quoted\" 'single' it's -- --- ... . . . a-b",
	"::: {.warning}\nfenced div\n:::",
	"\\newcommand{\\x}{y} \\textbf{x} \\begin{itemize}",
	"<span onclick=alert(1)>x</span> <b onmouseover=alert(1)>b</b>",
	"&lt; &amp;lt; &copy &copy; &#x3C; &#60 &nbsp;",
	"+---+\n| a |\n+---+",
	"  ----  ---\n  a     b\n  ----  ---",
	"% title\n% author",
	"Table: caption",
	"---\ntitle: x\n---",
	"==mark== ++ins++ {++add++} {--del--}",
	"mailto:a@b.example tel:+1 https://x.example ftp://y.example",
	"\\ nbsp and a hard\\\nbreak",
	"* * *\n- - -\n_ _ _",
	"<!DOCTYPE html> <?xml?> </p> <br/>",
	"[[wiki]] ((double)) {{curly}}",
	">\u0338 composes at a line start, e\u0301 too",
}

func TestEscapeCellExamples(t *testing.T) {
	wj := "\u2060"
	cases := []struct{ in, want string }{
		{"plain text, 24/7 support (99.9%)!", "plain text, 24/7 support (99.9%)!"},
		{"a|b", `a\|b`},
		{"x\ny\r\nz", "x ⏎ y ⏎ z"},
		{"  two\n\n\nparagraphs  ", "two ⏎ paragraphs"},
		{"<script>", `\<script>`},
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
		{"x^2^ H~2~O", `x\^2\^ H\~2\~O`},
		{"[s]{onclick=alert(1)}", `\[s\]\{onclick=alert(1)\}`},
		{`"it's" -- ... . . .`, `\"it\'s\" \-- \.\.\. \. \. .`},
		{"Acme Inc. see p. 3, e.g. this", `Acme Inc\. see p\. 3, e.g\. this`},
		{":smile: 10:30 note: ok", `\:smile: 10\:30 note: ok`},
		{"a-b 1.5", "a-b 1.5"},
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
		{"a. x\niv) y\n(c) z\nNote. w\nø. v", "a\\. x\\\niv\\) y\\\n\\(c) z\\\nNote\\. w\\\nø\\. v"},
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

// checkCell checks, without a reader, what EscapeCell promises: one line,
// every character some reader reads as markup escaped, no autolink, and —
// undoing the escapes the way every reader does — the text PlainCell says
// it shows.
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
		case strings.ContainsRune("\\`*~[]|$^{}<\"'@", r):
			return fmt.Errorf("unescaped %q at %d", r, i)
		case r == '_':
			next, _ := utf8.DecodeRuneInString(rest)
			if !isWord(prev) || rest == "" || !isWord(next) {
				return fmt.Errorf("unescaped _ at %d outside a word", i)
			}
		case r == '&':
			if regexp.MustCompile(`^[#A-Za-z0-9]+;`).MatchString(rest) {
				return fmt.Errorf("unescaped entity at %d", i)
			}
		case r == '-' && strings.HasPrefix(rest, "-"):
			return fmt.Errorf("unescaped -- at %d", i)
		case r == '.' && (strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, " .")):
			return fmt.Errorf("unescaped ellipsis at %d", i)
		case r == ':' && rest != "" && rest[0] != ' ':
			return fmt.Errorf("unescaped %q at %d", ":"+rest[:1], i)
		case r == '.' && strings.HasSuffix(strings.ToLower(plain.String()), "www"):
			return fmt.Errorf("unescaped www. at %d", i)
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

func TestEscapeCellRules(t *testing.T) {
	for _, s := range hostileStrings {
		if err := checkCell(s, model.EscapeCell(s)); err != nil {
			t.Errorf("EscapeCell(%q) = %q: %v", s, model.EscapeCell(s), err)
		}
	}
}

// shownLines are the lines a value shows once rendered: cleaned, trimmed,
// non-blank, with a word joiner before each "@".
func shownLines(s string) []string {
	lines := model.CleanLines(s)
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, "@", "\u2060@")
	}
	return lines
}

// contextsDoc puts every value in each place the report puts user text:
// the middle cell of a three-column table row, a list item, a heading, a
// paragraph after a bold label and a paragraph of its own.
func contextsDoc(values []string) string {
	var b strings.Builder
	b.WriteString("| left | value | right |\n|---|---|---|\n")
	for _, s := range values {
		b.WriteString("| L | " + model.EscapeCell(s) + " | R |\n")
	}
	b.WriteString("\n")
	for _, s := range values {
		b.WriteString("- " + orDash(strings.ReplaceAll(model.EscapeText(s), "\n", "\n  ")) + "\n")
	}
	for _, s := range values {
		b.WriteString("\n### H " + model.EscapeHeading(s) + "\n")
	}
	for _, s := range values {
		b.WriteString("\n**Label:** " + orDash(model.EscapeText(s)) + "\n")
		if text := model.EscapeText(s); text != "" {
			b.WriteString("\n" + text + "\n")
		}
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// allowedMarkup is every element and attribute a reader may write for
// contextsDoc or for the report: the report's own structure. An element or
// attribute not here can only have come from user text.
var allowedMarkup = map[string][]string{
	"html": nil, "head": nil, "body": nil, "h1": {"id"}, "h2": {"id"}, "h3": {"id"}, "p": nil, "ul": nil,
	"li": nil, "strong": nil, "br": nil, "table": {"style"}, "colgroup": nil, "col": {"style"}, "thead": nil,
	"tbody": nil, "tr": {"class"}, "th": nil, "td": nil,
}

// checkMarkup reports every element and attribute in the document that the
// report does not write itself.
func checkMarkup(root *html.Node) []string {
	var bad []string
	for n := range root.Descendants() {
		if n.Type == html.CommentNode || n.Type == html.DoctypeNode {
			bad = append(bad, "a comment or doctype: "+render(n))
			continue
		}
		if n.Type != html.ElementNode {
			continue
		}
		attrs, ok := allowedMarkup[n.Data]
		if !ok {
			bad = append(bad, "element "+render(n))
			continue
		}
		for _, a := range n.Attr {
			if !slices.Contains(attrs, a.Key) || (a.Key == "class" && !slices.Contains([]string{"header", "odd", "even"}, a.Val)) ||
				(n.Data == "table" && a.Val != "width:100%;") {
				bad = append(bad, fmt.Sprintf("attribute %s=%q on <%s>", a.Key, a.Val, n.Data))
			}
		}
	}
	return bad
}

// checkContexts renders contextsDoc(values) through r and checks that each
// value sits, as exactly its own text and nothing else, in each of its
// places, and that no value added any markup.
func checkContexts(t testing.TB, r markdownReader, values []string) {
	t.Helper()
	root := r.render(t, contextsDoc(values))
	for _, b := range checkMarkup(root) {
		t.Errorf("%s: %s", r.name, b)
	}
	tables := elements(root, "table")
	if len(tables) != 1 {
		t.Fatalf("%s: %d tables rendered, want 1", r.name, len(tables))
	}
	rows := elements(tables[0], "tr")
	lists := elements(root, "ul")
	heads := elements(root, "h3")
	paras := elements(root, "p")
	var items []*html.Node
	if len(lists) == 1 {
		items = children(lists[0])
	}
	if len(rows) != len(values)+1 || len(lists) != 1 || len(items) != len(values) || len(heads) != len(values) {
		t.Fatalf("%s: %d rows, %d lists of %d items, %d headings; want %d rows, 1 list of %d, %d headings",
			r.name, len(rows), len(lists), len(items), len(heads), len(values)+1, len(values), len(values))
	}
	pi := 0
	for i, s := range values {
		lines := shownLines(s)
		want := func(where string, n *html.Node, text string) {
			t.Helper()
			if el, ok := onlyText(n); !ok {
				t.Errorf("%s: %s as %s: rendered %s", r.name, short(s), where, el)
			} else if got := textOf(n); !sameText(got, text) {
				t.Errorf("%s: %s as %s shows %q, want %q", r.name, short(s), where, got, text)
			}
		}
		cells := children(rows[i+1])
		if len(cells) != 3 || textOf(cells[0]) != "L" || textOf(cells[2]) != "R" {
			t.Errorf("%s: %q: row rendered as %s", r.name, s, render(rows[i+1]))
		} else {
			want("a cell", cells[1], strings.Join(lines, " ⏎ "))
		}
		want("a list item", items[i], orDash(strings.Join(lines, "\n")))
		want("a heading", heads[i], strings.TrimSpace("H "+strings.Join(lines, " ")))
		if pi >= len(paras) {
			t.Fatalf("%s: %d paragraphs rendered, too few", r.name, len(paras))
		}
		label := paras[pi]
		pi++
		if first := label.FirstChild; first == nil || first.Type != html.ElementNode || first.Data != "strong" || textOf(first) != "Label:" {
			// The paragraphs no longer pair with the values: the value
			// before broke out of its own, or this one merged into it.
			t.Fatalf("%s: %s after a label rendered as %s (the value before: %s)", r.name, short(s), render(label), short(values[max(i-1, 0)]))
		} else {
			label.RemoveChild(first)
			want("text after a label", label, " "+orDash(strings.Join(lines, "\n")))
		}
		if len(lines) > 0 {
			if pi >= len(paras) {
				t.Fatalf("%s: %d paragraphs rendered, too few", r.name, len(paras))
			}
			want("a paragraph", paras[pi], strings.Join(lines, "\n"))
			pi++
		}
	}
	if pi != len(paras) {
		t.Errorf("%s: %d paragraphs rendered, want %d", r.name, len(paras), pi)
	}
}

// sameText compares the text shown with the text typed, as HTML shows it:
// a run of spaces is one space to a browser, and pandoc writes it as one.
func sameText(got, want string) bool { return got == want || oneSpace(got) == oneSpace(want) }

// oneSpace makes every run of spaces in s one space.
func oneSpace(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r != ' ' || i == 0 || s[i-1] != ' ' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// short quotes s for a message, cut to 60 characters.
func short(s string) string {
	if r := []rune(s); len(r) > 60 {
		return strconv.Quote(string(r[:60])) + "…"
	}
	return strconv.Quote(s)
}

// TestEscapeReaders renders every hostile string and every input the
// fuzzer kept in every place user text goes, through every reader, in one
// document per reader.
func TestEscapeReaders(t *testing.T) {
	values := append([]string{}, hostileStrings...)
	values = append(values, fuzzCorpus(t, "FuzzEscapeCell")...)
	forEachReader(t, func(t *testing.T, r markdownReader) { checkContexts(t, r, values) })
}

// FuzzEscapeCell puts any string in a table cell: the escaped cell must
// pass checkCell. While fuzzing (go test -fuzz), each input also goes in
// every place user text goes through every installed reader (a few
// processes per input); TestEscapeReaders renders the inputs the fuzzer
// kept in testdata on every run.
func FuzzEscapeCell(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	var readers []markdownReader
	if fl := flag.Lookup("test.fuzz"); fl != nil && fl.Value.String() != "" {
		for _, r := range markdownReaders {
			if _, err := exec.LookPath(r.bin); err == nil {
				readers = append(readers, r)
			} else if requireReaders() {
				f.Fatalf("%s is not installed", r.bin)
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		cell := model.EscapeCell(s)
		if err := checkCell(s, cell); err != nil {
			t.Fatalf("EscapeCell(%q) = %q: %v", s, cell, err)
		}
		for _, r := range readers {
			checkContexts(t, r, []string{s})
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
