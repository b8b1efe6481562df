package main

import (
	"fmt"
	"io"
	"strings"

	"handoff/internal/i18n"
)

// manDBPath is the default database as the manual page names it: the
// same on every machine, so that the checked-in page is one file.
const manDBPath = "$XDG_DATA_HOME/handoff/handoff.db"

// cmdMan prints the manual page, made from the usage text.
func cmdMan(g *globals, args []string, stdout io.Writer) error {
	fs := newFlags("man", g)
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	_, err := io.WriteString(data(stdout), manPage(g.lang))
	return err
}

// manPage is the usage text as roff: the title line, the commands, the
// global flags and the notes, in the usage text's own words.
func manPage(l i18n.Lang) string {
	text := usageFor(l, manDBPath)
	title, _, _ := strings.Cut(text, "\n")
	name, summary, _ := strings.Cut(title, " — ")
	var b strings.Builder
	b.WriteString(".TH HANDOFF 1 \"\" \"handoff\" \"User Commands\"\n")
	b.WriteString(".SH NAME\n" + roff(name) + " \\- " + roff(summary) + "\n")
	b.WriteString(".SH SYNOPSIS\n.B handoff\n" + roff("[--db PATH] [command] [flags]") + "\n")
	b.WriteString(".SH " + roff(strings.ToUpper(strings.TrimSuffix(strings.TrimSuffix(l.T("Commands:"), ":"), "："))) + "\n")
	for _, name := range commandNames() {
		entry := strings.Split(commandEntry(l, name), "\n")
		first := strings.TrimSpace(strings.TrimPrefix(entry[0], "  "+name))
		fmt.Fprintf(&b, ".TP\n.B %s\n.nf\n%s\n", roff(name), roff(first))
		for _, line := range entry[1:] {
			b.WriteString(roff(strings.TrimPrefix(line, strings.Repeat(" ", 13))) + "\n")
		}
		b.WriteString(".fi\n")
	}
	global := l.T("Global flags:")
	b.WriteString(".SH " + roff(strings.ToUpper(strings.TrimSuffix(strings.TrimSuffix(global, ":"), "："))) + "\n.nf\n")
	for _, line := range strings.Split(usageBlock(text, global), "\n") {
		b.WriteString(roff(strings.TrimPrefix(line, "  ")) + "\n")
	}
	b.WriteString(".fi\n.SH NOTES\n")
	_, notes, _ := strings.Cut(text, "\n"+global+"\n")
	_, notes, _ = strings.Cut(notes, "\n\n")
	for _, para := range strings.Split(strings.TrimSpace(notes), "\n\n") {
		b.WriteString(".PP\n" + roff(strings.Join(strings.Fields(para), " ")) + "\n")
	}
	return b.String()
}

// roff escapes text for a roff line: backslashes, hyphens (so that flags
// copy as typed) and a leading dot or quote, which would be a request.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}
