package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// use is one key the code asks for, and where.
type use struct {
	key    string
	plural bool
	at     string
}

// usedKeys finds every message key in the module's code: the first
// argument of .T and .N calls and of M and Msg, when it is a constant
// string.
func usedKeys(t *testing.T) []use {
	t.Helper()
	root := filepath.Join("..", "..")
	var uses []use
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			var name string
			switch fun := call.Fun.(type) {
			case *ast.SelectorExpr:
				name = fun.Sel.Name
			case *ast.Ident:
				name = fun.Name
			}
			var plural bool
			switch name {
			case "T", "M", "Msg":
			case "N":
				plural = true
			default:
				return true
			}
			key, ok := constString(call.Args[0])
			if !ok {
				return true
			}
			uses = append(uses, use{key: key, plural: plural, at: fset.Position(call.Pos()).String()})
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return uses
}

func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := constString(e.X)
		b, ok2 := constString(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*(\d+|\*)?(\.(\d+|\*))?[a-zA-Z%]`)

// placeholders is a format's arguments: argument number → verb.
func placeholders(format string) map[int]string {
	out := map[int]string{}
	arg := 0
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		if strings.HasSuffix(m[0], "%") {
			continue
		}
		if m[1] != "" {
			arg, _ = strconv.Atoi(strings.Trim(m[1], "[]"))
		} else {
			arg++
		}
		out[arg] = m[0][len(m[0])-1:]
	}
	return out
}

// TestCatalogues fails when any language lacks a message the code asks
// for, when a translation's placeholders differ from the English, and
// when a catalogue keeps a message nothing asks for.
func TestCatalogues(t *testing.T) {
	for _, c := range clashes {
		t.Errorf("two areas disagree: %s", c)
	}
	uses := usedKeys(t)
	texts, plurals := map[string]string{}, map[string]string{}
	for _, u := range uses {
		if u.plural {
			plurals[u.key] = u.at
		} else {
			texts[u.key] = u.at
		}
	}
	for key, at := range plurals {
		if _, ok := catalogues[EN].plural(key); !ok {
			t.Errorf("%s: plural %q has no English forms", at, key)
		}
	}
	for _, l := range All() {
		c := catalogues[l]
		if c == nil {
			c = &catalogue{}
		}
		if l != EN {
			for _, key := range slices.Sorted(maps.Keys(texts)) {
				tr, ok := c.texts[key]
				if !ok {
					t.Errorf("%s: %s lacks %q", texts[key], l, key)
					continue
				}
				samePlaceholders(t, l, key, key, tr)
			}
			for key := range c.texts {
				if _, ok := texts[key]; !ok {
					t.Errorf("%s keeps %q, which nothing asks for", l, key)
				}
			}
		}
		for _, key := range slices.Sorted(maps.Keys(plurals)) {
			forms, ok := c.plurals[key]
			if !ok {
				t.Errorf("%s: %s lacks plural %q", plurals[key], l, key)
				continue
			}
			if forms.Other == "" {
				t.Errorf("%s: plural %q has no Other form", l, key)
			}
			for _, form := range []string{forms.Zero, forms.One, forms.Two, forms.Few, forms.Many, forms.Other} {
				if form != "" {
					samePlaceholders(t, l, key, key, form)
				}
			}
		}
		for key := range c.plurals {
			if _, ok := plurals[key]; !ok {
				t.Errorf("%s keeps plural %q, which nothing asks for", l, key)
			}
		}
	}
}

func samePlaceholders(t *testing.T, l Lang, key, english, translated string) {
	t.Helper()
	want, got := placeholders(english), placeholders(translated)
	if !maps.Equal(want, got) {
		t.Errorf("%s %q: placeholders %v, English has %v (%q)", l, key, got, want, translated)
	}
}
