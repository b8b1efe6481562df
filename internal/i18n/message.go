package i18n

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/feature/plural"
)

// Forms is a message's plural forms, by the CLDR categories. A language
// fills the ones its rules use: English One and Other; Polish One, Few,
// Many and Other (fractions); Chinese Other alone. An empty form falls
// back to Other.
type Forms struct {
	Zero, One, Two, Few, Many, Other string
}

// catalogue is one language's messages.
type catalogue struct {
	texts   map[string]string
	plurals map[string]Forms
	// words is the model's enumerations in words, by kind ("stage",
	// "severity") and stored value ("in_progress").
	words map[string]map[string]string
}

var catalogues = map[Lang]*catalogue{}

// clashes is the keys two areas registered with different wordings.
var clashes []string

// Register adds messages to a language's catalogue; each area's file
// calls it from init. A key registered twice is a mistake and panics.
// A key registered twice with the same wording is fine (two areas share
// it); with different wordings the first stays and the clash is kept for
// the catalogue test to name.
func Register(l Lang, texts map[string]string, plurals map[string]Forms) {
	c := catalogueOf(l)
	for k, v := range texts {
		if old, dup := c.texts[k]; dup {
			if old != v {
				clashes = append(clashes, fmt.Sprintf("%s message %q registered as %q and %q", l, k, old, v))
			}
			continue
		}
		c.texts[k] = v
	}
	for k, v := range plurals {
		if old, dup := c.plurals[k]; dup {
			if old != v {
				clashes = append(clashes, fmt.Sprintf("%s plural %q registered as %+v and %+v", l, k, old, v))
			}
			continue
		}
		c.plurals[k] = v
	}
}

// RegisterWords adds the words for stored values of one kind ("stage":
// "in_progress" → "w toku") to a language.
func RegisterWords(l Lang, kind string, words map[string]string) {
	c := catalogueOf(l)
	if c.words[kind] == nil {
		c.words[kind] = map[string]string{}
	}
	for k, v := range words {
		if old, dup := c.words[kind][k]; dup {
			if old != v {
				clashes = append(clashes, fmt.Sprintf("%s word %s/%s registered as %q and %q", l, kind, k, old, v))
			}
			continue
		}
		c.words[kind][k] = v
	}
}

func catalogueOf(l Lang) *catalogue {
	c := catalogues[l]
	if c == nil {
		c = &catalogue{texts: map[string]string{}, plurals: map[string]Forms{}, words: map[string]map[string]string{}}
		catalogues[l] = c
	}
	return c
}

// Word is a stored value of one kind in words: PL.Word("gap status",
// "in_progress") is "w toku". English words are registered too; a value
// no catalogue has reads with its underscores as spaces.
func (l Lang) Word(kind, value string) string {
	if w, ok := catalogues[l].word(kind, value); ok {
		return w
	}
	if l != EN {
		missing.Store(l.Code()+": "+kind+"/"+value, true)
	}
	if w, ok := catalogues[EN].word(kind, value); ok {
		return w
	}
	return strings.ReplaceAll(value, "_", " ")
}

// HasWord reports whether the language has a word for the value; tests
// check every value of every kind.
func (l Lang) HasWord(kind, value string) bool {
	_, ok := catalogues[l].word(kind, value)
	return ok
}

func (c *catalogue) word(kind, value string) (string, bool) {
	if c == nil {
		return "", false
	}
	w, ok := c.words[kind][value]
	return w, ok
}

// missing records keys looked up and not found, for tests that render a
// screen in each language and want none left in English.
var missing sync.Map

// Missing is the keys looked up in a language that lacks them, as
// "pl: %d gaps", sorted; tests call it after rendering.
func Missing() []string {
	var out []string
	missing.Range(func(k, _ any) bool {
		out = append(out, k.(string))
		return true
	})
	slices.Sort(out)
	return out
}

// T is the message in the language, formatted with args like fmt.Sprintf
// (no args: the text as it is). Args that are Messages are put in the
// language first.
func (l Lang) T(key string, args ...any) string {
	text := withoutContext(key)
	if l != EN {
		if t, ok := catalogues[l].text(key); ok {
			text = t
		} else {
			missing.Store(l.Code()+": "+key, true)
		}
	}
	if len(args) == 0 {
		return text
	}
	return fmt.Sprintf(text, l.args(args)...)
}

// withoutContext is a key's English text. A key may begin with a context
// in brackets where one English word is two in another language: "[person]
// Name" is a person's name (Polish "Imię i nazwisko", Chinese "姓名"), "Name"
// a deal's (Polish "Nazwa", Chinese "名称"). English drops the context.
func withoutContext(key string) string {
	if strings.HasPrefix(key, "[") {
		if i := strings.Index(key, "] "); i > 0 {
			return key[i+2:]
		}
	}
	return key
}

// N is the plural message for n in the language, formatted with n first
// and then args: l.N("%d gaps", 5) is "5 luk" in Polish. The key is the
// English form for many ("%d gaps"); English's own forms are registered
// like any language's.
func (l Lang) N(key string, n int, args ...any) string {
	forms, ok := catalogues[l].plural(key)
	if !ok {
		missing.Store(l.Code()+": "+key, true)
		forms, ok = catalogues[EN].plural(key)
		if !ok {
			forms = Forms{Other: key}
		}
	}
	return fmt.Sprintf(forms.For(l, n), append([]any{n}, l.args(args)...)...)
}

func (l Lang) args(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch x := a.(type) {
		case Message:
			a = x.In(l)
		case StoredWord:
			a = l.Word(x.Kind, x.Value)
		}
		out[i] = a
	}
	return out
}

// StoredWord is a stored value as an argument of a Message, put in the
// reader's words when the message is: Msg("… a %s gap", WordOf("severity",
// "critical")).
type StoredWord struct{ Kind, Value string }

// WordOf makes a StoredWord.
func WordOf(kind, value string) StoredWord { return StoredWord{kind, value} }

// String is the word in English.
func (w StoredWord) String() string { return EN.Word(w.Kind, w.Value) }

func (c *catalogue) text(key string) (string, bool) {
	if c == nil {
		return "", false
	}
	t, ok := c.texts[key]
	return t, ok
}

func (c *catalogue) plural(key string) (Forms, bool) {
	if c == nil {
		return Forms{}, false
	}
	f, ok := c.plurals[key]
	return f, ok
}

// For is the form the language's rules choose for n.
func (f Forms) For(l Lang, n int) string {
	var s string
	switch plural.Cardinal.MatchPlural(l.Tag(), abs(n), 0, 0, 0, 0) {
	case plural.Zero:
		s = f.Zero
	case plural.One:
		s = f.One
	case plural.Two:
		s = f.Two
	case plural.Few:
		s = f.Few
	case plural.Many:
		s = f.Many
	}
	if s == "" {
		s = f.Other
	}
	return s
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// M marks a key kept in a variable or table, so that the catalogue test
// finds it; it returns the key unchanged, to be put in a language later
// with T.
func M(key string) string { return key }

// Message is a sentence waiting for its reader's language: errors and
// notes made where the reader is not known (the model, the store) carry
// one, and the screen or command line puts it in the reader's language.
type Message struct {
	Key  string
	Args []any
}

// Msg makes a Message; as an error it reads in English.
func Msg(key string, args ...any) Message { return Message{Key: key, Args: args} }

// In is the message in the language.
func (m Message) In(l Lang) string { return l.T(m.Key, m.Args...) }

// Error is the message in English.
func (m Message) Error() string { return m.In(EN) }

func (m Message) String() string { return m.In(EN) }

// Error is err in the language: the Message (or other Localized error)
// inside it translated where err wraps one (context added around it stays
// as written), else err's own text.
func (l Lang) Error(err error) string {
	if err == nil {
		return ""
	}
	text := err.Error()
	var m Localized
	if l == EN || !errors.As(err, &m) {
		return text
	}
	return strings.Replace(text, m.Error(), m.In(l), 1)
}

// Localized is an error that can say itself in a language: a Message, or
// a value made of several (a form's field errors).
type Localized interface {
	error
	In(Lang) string
}
