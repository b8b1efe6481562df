package model

import (
	"errors"
	"strings"

	"handoff/internal/i18n"
)

// The errors every layer speaks. The store maps driver errors onto these so
// the command line and the UI can answer in words without knowing SQL.
var (
	// ErrNotFound: the row asked for does not exist (or was deleted).
	ErrNotFound = errors.New("not found")
	// ErrConflict: the row changed since it was read; the change was not made.
	ErrConflict = errors.New("changed by someone else since it was read")
	// ErrInvalid: a value broke a rule; wrapped by *ValidationError.
	ErrInvalid = errors.New("invalid")
	// ErrNotHandoffDB: the file is not a handoff database.
	ErrNotHandoffDB = errors.New("not a handoff database")
	// ErrTooNew: the file was written by a newer version of handoff.
	ErrTooNew = errors.New("created by a newer version of handoff")
)

// FieldError is one rule broken by one field, in words a user reads:
// "due date: 2027-13-45 is not a date", "title is required".
type FieldError struct {
	Field   string
	Message string
	// Msg is Message waiting for its reader's language, when the rule
	// gave one (MessageIn); nil for a message that is only English.
	Msg *i18n.Message
}

func (e FieldError) Error() string { return Phrase(e.Field, e.Message) }

// FieldErrorOf is the problem err for field, keeping the message inside
// err, when it has one, for its reader's language.
func FieldErrorOf(field string, err error) FieldError {
	fe := FieldError{Field: field, Message: err.Error()}
	var m i18n.Message
	if errors.As(err, &m) && m.Error() == fe.Message {
		fe.Msg = &m
	}
	return fe
}

// MessageIn is the message in the reader's language (as written when the
// rule gave only English).
func (e FieldError) MessageIn(l i18n.Lang) string {
	if e.Msg == nil || l == i18n.EN {
		return e.Message
	}
	return e.Msg.In(l)
}

// In is the problem in the reader's language: the field's name in their
// words, then the message ("tytuł: wymagane"); English is Error.
func (e FieldError) In(l i18n.Lang) string {
	if l == i18n.EN {
		return e.Error()
	}
	field := e.Field
	if k := strings.ReplaceAll(field, " ", "_"); l.HasWord("field", k) {
		field = l.Word("field", k)
	}
	if field == "" {
		return e.MessageIn(l)
	}
	return field + l.T(": ") + e.MessageIn(l)
}

// Phrase names the field in its message, so a message never stands alone
// where nobody can tell which field it is about: "title is required" when
// the message goes on from the name, "due date: 2027-13-45 is not a date"
// when it is a sentence of its own.
func Phrase(field, msg string) string {
	switch {
	case field == "":
		return msg
	case msg == "":
		return field
	}
	verb, _, _ := strings.Cut(msg, " ")
	switch verb {
	case "is", "are", "was", "cannot", "can", "must", "needs", "need", "has", "have", "does",
		"refers", "points", "answers", "settles", "hash":
		return field + " " + msg
	}
	return field + ": " + msg
}

// ValidationError collects every FieldError of one value, so a form can show
// each beside its field. It matches ErrInvalid with errors.Is.
type ValidationError struct {
	Fields []FieldError
}

func (e *ValidationError) Error() string { return e.In(i18n.EN) }

// In is every problem in the reader's language, so lang.Error(err) says
// a store's refusal in the reader's words.
func (e *ValidationError) In(l i18n.Lang) string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.In(l)
	}
	return strings.Join(parts, l.T("; "))
}

// ForIn is For in the reader's language.
func (e *ValidationError) ForIn(field string, l i18n.Lang) string {
	for _, f := range e.Fields {
		if f.Field == field {
			return f.MessageIn(l)
		}
	}
	return ""
}

// Is makes errors.Is(err, ErrInvalid) true for every ValidationError.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }

// For returns the message for one field, or "" when the field is fine.
func (e *ValidationError) For(field string) string {
	for _, f := range e.Fields {
		if f.Field == field {
			return f.Message
		}
	}
	return ""
}

// problems gathers field errors while a value is validated.
type problems []FieldError

// add records a problem; msg is a catalogue key (written i18n.M("…")
// where it is a constant) or, when it is built from values, English only.
func (p *problems) add(field, msg string) {
	m := i18n.Msg(msg)
	*p = append(*p, FieldError{Field: field, Message: msg, Msg: &m})
}

// addMsg records a problem as a message with values.
func (p *problems) addMsg(field string, m i18n.Message) {
	*p = append(*p, FieldError{Field: field, Message: m.Error(), Msg: &m})
}

// addErr records err under field when it is not nil.
func (p *problems) addErr(field string, err error) {
	if err != nil {
		*p = append(*p, FieldErrorOf(field, err))
	}
}

// err returns nil when nothing was wrong.
func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return &ValidationError{Fields: p}
}

// Invalid builds a ValidationError for one field; the store uses it for rules
// that need the database to check (a person that does not exist, say).
func Invalid(field, msg string) error {
	m := i18n.Msg(msg)
	return &ValidationError{Fields: []FieldError{{Field: field, Message: msg, Msg: &m}}}
}

// InvalidMsg is Invalid with a message that has values.
func InvalidMsg(field string, m i18n.Message) error {
	return &ValidationError{Fields: []FieldError{{Field: field, Message: m.Error(), Msg: &m}}}
}
