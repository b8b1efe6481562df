package model

import (
	"errors"
	"strings"
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
}

func (e FieldError) Error() string { return Phrase(e.Field, e.Message) }

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

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Error()
	}
	return strings.Join(parts, "; ")
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

func (p *problems) add(field, msg string) { *p = append(*p, FieldError{field, msg}) }

// addErr records err under field when it is not nil.
func (p *problems) addErr(field string, err error) {
	if err != nil {
		p.add(field, err.Error())
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
	return &ValidationError{Fields: []FieldError{{field, msg}}}
}
