package main

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"handoff/internal/i18n"
)

// cmdCompletion prints a completion script for bash, zsh or fish: the
// commands and each one's flags, read from the usage text, the values a
// flag takes (--format, --audience, --lang), and deal names for --deal,
// which the script asks handoff for as it completes (handoff __complete
// deals, reading the database --db names).
func cmdCompletion(g *globals, args []string, stdout io.Writer) error {
	fs := newFlags("completion", g)
	rest, ok, err := g.parseFlags(fs, args, argsAnywhere, stdout)
	if !ok {
		return err
	}
	if len(rest) != 1 {
		return fail(2, i18n.Msg("completion: name the shell: bash, zsh or fish"))
	}
	var script string
	switch rest[0] {
	case "bash":
		script = bashCompletion()
	case "zsh":
		script = "#compdef handoff\n# zsh runs the bash completion through bashcompinit.\nautoload -U +X bashcompinit && bashcompinit\n" + bashCompletion()
	case "fish":
		script = fishCompletion()
	default:
		return fail(2, i18n.Msg("completion: %q is no shell handoff completes for; use bash, zsh or fish", rest[0]))
	}
	_, err = io.WriteString(data(stdout), script)
	return err
}

// cmdComplete answers a completion script's question: the names of the
// deals not archived, one a line, read from the database without
// changing it. Nothing is printed when there is no database.
func cmdComplete(ctx context.Context, g *globals, args []string, stdout io.Writer) error {
	fs := newFlags("__complete", g)
	rest, ok, err := g.parseFlags(fs, args, argsAnywhere, stdout)
	if !ok {
		return err
	}
	if len(rest) != 1 || rest[0] != "deals" {
		return fail(2, i18n.Msg("unexpected argument %q", strings.Join(rest, " ")))
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	list, err := s.Deals(ctx)
	if err != nil {
		return err
	}
	for _, d := range list {
		if !d.Archived {
			fmt.Fprintln(stdout, strings.Join(strings.Fields(d.Name), " "))
		}
	}
	return nil
}

var (
	flagName   = regexp.MustCompile(`(?:^|[\s(;,])(--?[a-z][a-z-]*)`)
	flagValues = regexp.MustCompile(`(--[a-z][a-z-]*) ([a-z]+(?:\|[a-z]+)+)`)
)

// globalFlags are the flags every command takes, from the usage text.
func globalFlags() []string {
	return flagsIn(usageBlock(usage(i18n.EN), "Global flags:"))
}

// commandFlags are the flags a command's usage entry names, and the
// global ones.
func commandFlags(name string) []string {
	flags := flagsIn(commandEntry(i18n.EN, name))
	for _, f := range globalFlags() {
		if !slices.Contains(flags, f) && f != "--version" {
			flags = append(flags, f)
		}
	}
	return flags
}

func flagsIn(text string) []string {
	var flags []string
	for _, m := range flagName.FindAllStringSubmatch(text, -1) {
		if !slices.Contains(flags, m[1]) {
			flags = append(flags, m[1])
		}
	}
	return flags
}

// flagChoices are the values the usage text lists for flags that take one
// of a few ("--format text|json"), by flag, per command; "--lang" takes the
// languages.
func flagChoices(name string) map[string]string {
	choices := map[string]string{"--lang": strings.ReplaceAll(i18n.Codes(), ",", "")}
	for _, m := range flagValues.FindAllStringSubmatch(commandEntry(i18n.EN, name), -1) {
		choices[m[1]] = strings.ReplaceAll(m[2], "|", " ")
	}
	return choices
}

// valueFlags are the flags that take a value: the word after them is no
// command.
var valueFlags = []string{"--actor", "--lang", "--deal", "--format", "--audience", "-o", "--owner",
	"--within", "--by", "--ref", "--on", "--not-as-written"}

func bashCompletion() string {
	var b strings.Builder
	b.WriteString("# bash completion for handoff: source <(handoff completion bash)\n_handoff() {\n")
	b.WriteString("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= db=() i\n")
	fmt.Fprintf(&b, "  for ((i = 1; i < COMP_CWORD; i++)); do\n    case ${COMP_WORDS[i]} in\n")
	b.WriteString("      --db) db=(--db \"${COMP_WORDS[i+1]}\"); ((i++)) ;;\n")
	fmt.Fprintf(&b, "      %s) ((i++)) ;;\n", strings.Join(valueFlags, "|"))
	b.WriteString("      -*) ;;\n      *) [[ -z $cmd ]] && cmd=${COMP_WORDS[i]} ;;\n    esac\n  done\n")
	b.WriteString("  case $prev in\n")
	b.WriteString("    --deal) local IFS=$'\\n'; COMPREPLY=($(compgen -W \"$(handoff \"${db[@]}\" __complete deals 2>/dev/null)\" -- \"$cur\")); return ;;\n")
	b.WriteString("    --db|-o) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n")
	fmt.Fprintf(&b, "    --lang) COMPREPLY=($(compgen -W %q -- \"$cur\")); return ;;\n", flagChoices("")["--lang"])
	b.WriteString("  esac\n  case $cmd in\n")
	fmt.Fprintf(&b, "    '') COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n",
		strings.Join(append(commandNames(), globalFlags()...), " "))
	for _, name := range commandNames() {
		fmt.Fprintf(&b, "    %s)\n      case $prev in\n", name)
		for flag, values := range sortedChoices(name) {
			fmt.Fprintf(&b, "        %s) COMPREPLY=($(compgen -W %q -- \"$cur\")); return ;;\n", flag, values)
		}
		b.WriteString("      esac\n")
		words := strings.Join(commandFlags(name), " ")
		switch name {
		case "completion":
			words += " bash zsh fish"
		case "words":
			words += " add remove"
		case "outcome":
			words += " kept late changed dropped broken"
		}
		fmt.Fprintf(&b, "      COMPREPLY=($(compgen -W %q -- \"$cur\")) ;;\n", words)
	}
	b.WriteString("  esac\n}\ncomplete -o default -F _handoff handoff\n")
	return b.String()
}

func fishCompletion() string {
	var b strings.Builder
	b.WriteString("# fish completion for handoff: handoff completion fish | source\n")
	b.WriteString("complete -c handoff -f\n")
	fmt.Fprintf(&b, "complete -c handoff -n __fish_use_subcommand -a %q\n", strings.Join(commandNames(), " "))
	for _, f := range globalFlags() {
		if l, ok := strings.CutPrefix(f, "--"); ok {
			fmt.Fprintf(&b, "complete -c handoff -l %s\n", l)
		}
	}
	fmt.Fprintf(&b, "complete -c handoff -l lang -x -a %q\n", flagChoices("")["--lang"])
	b.WriteString("complete -c handoff -l db -r -F\n")
	for _, name := range commandNames() {
		cond := "__fish_seen_subcommand_from " + name
		for _, f := range flagsIn(commandEntry(i18n.EN, name)) {
			if l, ok := strings.CutPrefix(f, "--"); ok {
				fmt.Fprintf(&b, "complete -c handoff -n %q -l %s\n", cond, l)
			} else {
				fmt.Fprintf(&b, "complete -c handoff -n %q -s %s -r -F\n", cond, strings.TrimPrefix(f, "-"))
			}
		}
		for flag, values := range sortedChoices(name) {
			fmt.Fprintf(&b, "complete -c handoff -n %q -l %s -x -a %q\n", cond, strings.TrimPrefix(flag, "--"), values)
		}
		if slices.Contains(flagsIn(commandEntry(i18n.EN, name)), "--deal") {
			fmt.Fprintf(&b, "complete -c handoff -n %q -l deal -x -a '(handoff __complete deals 2>/dev/null)'\n", cond)
		}
	}
	b.WriteString("complete -c handoff -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'\n")
	b.WriteString("complete -c handoff -n '__fish_seen_subcommand_from words' -a 'add remove'\n")
	b.WriteString("complete -c handoff -n '__fish_seen_subcommand_from outcome' -a 'kept late changed dropped broken'\n")
	return b.String()
}

// sortedChoices is flagChoices of a command without --lang (handled for
// every command), in the order of a range over a sorted slice.
func sortedChoices(name string) func(yield func(string, string) bool) {
	c := flagChoices(name)
	delete(c, "--lang")
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return func(yield func(string, string) bool) {
		for _, k := range keys {
			if !yield(k, c[k]) {
				return
			}
		}
	}
}
