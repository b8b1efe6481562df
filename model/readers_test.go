package model_test

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// markdownReader is a program people render the report with.
type markdownReader struct {
	name string
	bin  string
	args []string
}

// markdownReaders are the readers the report must stay inert in: GitHub's
// cmark-gfm with its extensions (raw HTML let through, so that any that
// slips into the report shows), pandoc's own markdown (what
// `pandoc report.md -o report.html` uses), commonmark_x and gfm. pandoc writes HTML unwrapped so that text compares exactly.
var markdownReaders = []markdownReader{
	{"cmark-gfm", "cmark-gfm", []string{"--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough",
		"-e", "tagfilter", "-e", "footnotes", "-e", "tasklist"}},
	{"pandoc markdown", "pandoc", []string{"-f", "markdown", "-t", "html", "--wrap=none"}},
	{"pandoc commonmark_x", "pandoc", []string{"-f", "commonmark_x", "-t", "html", "--wrap=none"}},
	{"pandoc gfm", "pandoc", []string{"-f", "gfm", "-t", "html", "--wrap=none"}},
}

// requireReaders is true where every reader must be installed (CI sets
// HANDOFF_E2E=require): a missing one fails the test there instead of
// skipping it.
func requireReaders() bool { return os.Getenv("HANDOFF_E2E") == "require" }

// installed reports whether the reader's program is on PATH; when it is
// not, the test is skipped, or failed where readers are required.
func (r markdownReader) installed(t testing.TB) bool {
	t.Helper()
	if _, err := exec.LookPath(r.bin); err != nil {
		if requireReaders() {
			t.Fatalf("%s is not installed (Debian/Ubuntu: apt-get install -y %s)", r.bin, r.bin)
		}
		t.Skipf("%s is not installed", r.bin)
		return false
	}
	return true
}

// render runs the reader on md and parses the HTML it writes.
func (r markdownReader) render(t testing.TB, md string) *html.Node {
	t.Helper()
	cmd := exec.Command(r.bin, r.args...)
	cmd.Stdin = strings.NewReader(md)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", r.name, err, stderr.String())
	}
	root, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("%s: parsing its HTML: %v", r.name, err)
	}
	return root
}

// forEachReader runs f as a subtest for every reader, skipping (or, where
// required, failing) those not installed.
func forEachReader(t *testing.T, f func(t *testing.T, r markdownReader)) {
	for _, r := range markdownReaders {
		t.Run(strings.ReplaceAll(r.name, " ", "_"), func(t *testing.T) {
			if r.installed(t) {
				f(t, r)
			}
		})
	}
}

// elements lists the elements under n named name, in document order.
func elements(n *html.Node, name string) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.Data == name {
			out = append(out, c)
		}
	}
	return out
}

// children lists n's element children.
func children(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := range n.ChildNodes() {
		if c.Type == html.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

// textOf is the text under n, a <br> read as a line break (the newline a
// writer puts after one is layout, not text).
func textOf(n *html.Node) string {
	var b strings.Builder
	afterBreak := false
	for c := range n.Descendants() {
		switch {
		case c.Type == html.ElementNode && c.Data == "br":
			b.WriteByte('\n')
			afterBreak = true
		case c.Type == html.TextNode:
			s := c.Data
			if afterBreak {
				s = strings.TrimPrefix(s, "\n")
			}
			b.WriteString(s)
			afterBreak = false
		}
	}
	return b.String()
}

// onlyText reports the first element under n other than a <br>, if any:
// user text must render as text and line breaks only.
func onlyText(n *html.Node) (string, bool) {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.Data != "br" {
			return render(c), false
		}
	}
	return "", true
}

// render is a node as HTML, for messages.
func render(n *html.Node) string {
	var b bytes.Buffer
	html.Render(&b, n)
	return b.String()
}
