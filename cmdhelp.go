package main

import (
	"io"
	"strings"

	"handoff/internal/i18n"
)

// The help of one command is cut from the usage text, so the two can never
// say different things.

// commandNames are the commands the usage text lists, in its order (the
// same in every language: commands are not translated).
func commandNames() []string {
	var names []string
	for _, l := range commandLines(i18n.EN) {
		if name, ok := commandAt(l); ok {
			names = append(names, name)
		}
	}
	return names
}

// commandLines are the lines of the usage text's "Commands:" block.
func commandLines(l i18n.Lang) []string {
	return strings.Split(usageBlock(usage(l), l.T("Commands:")), "\n")
}

// usageBlock is the block of a usage text under a heading, up to the
// next empty line.
func usageBlock(text, heading string) string {
	_, block, _ := strings.Cut(text, "\n"+heading+"\n")
	block, _, _ = strings.Cut(block, "\n\n")
	return block
}

// commandAt reads the name a line of the commands block starts, if any:
// "  export     write…" starts export; continuation lines are indented
// further.
func commandAt(line string) (string, bool) {
	if !strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "   ") {
		return "", false
	}
	name, _, _ := strings.Cut(strings.TrimSpace(line), " ")
	if name == "" || strings.HasPrefix(name, "(") {
		return "", false
	}
	return name, true
}

// commandEntry is a command's entry of the usage text's commands block.
func commandEntry(l i18n.Lang, name string) string {
	var entry []string
	in := false
	for _, line := range commandLines(l) {
		if n, ok := commandAt(line); ok {
			in = n == name
		}
		if in {
			entry = append(entry, line)
		}
	}
	return strings.Join(entry, "\n")
}

// commandUsage is the help of one command: its entry of the usage text,
// and the global flags.
func commandUsage(l i18n.Lang, name string) string {
	return l.T("Usage:\n  handoff [--db PATH] %s [flags]\n\n%s\n\nGlobal flags:\n%s\n", name,
		commandEntry(l, name), usageBlock(usage(l), l.T("Global flags:")))
}

// printUsage writes the help a flag set's -h asks for: its command's, or
// the whole usage for the top level.
func printUsage(w io.Writer, l i18n.Lang, command string) {
	if command == "" {
		io.WriteString(w, usage(l))
		return
	}
	io.WriteString(w, commandUsage(l, command))
}

// unknownCommand says a command does not exist, and which one was likely
// meant.
func unknownCommand(cmd string) error {
	if guess := closest(cmd, commandNames()); guess != "" {
		return fail(2, i18n.Msg("unknown command %q; did you mean %s? (handoff --help lists every command)", cmd, guess))
	}
	return fail(2, i18n.Msg("unknown command %q (handoff --help lists every command)", cmd))
}

// closest is the name nearest to s in edits, when it is near enough to be
// a typo (at most a third of its letters, and at least one, off), or a
// name s begins.
func closest(s string, names []string) string {
	best, bestDist := "", len(s)/3+1
	for _, n := range names {
		if len(s) >= 2 && strings.HasPrefix(n, s) {
			return n
		}
		if d := editDistance(s, n); d <= bestDist && (best == "" || d < editDistance(s, best)) {
			best, bestDist = n, d
		}
	}
	return best
}

// editDistance counts the letters to insert, delete, change or swap with
// their neighbour to turn a into b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
