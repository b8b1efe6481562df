package model_test

import (
	"testing"

	"handoff/model"
)

// A field error always names its field, as a sentence that reads.
func TestFieldErrorNamesItsField(t *testing.T) {
	for _, c := range []struct {
		field, msg, want string
	}{
		{"title", "is required", "title is required"},
		{"due date", "2027-13-45 is not a date (use YYYY-MM-DD)", "due date: 2027-13-45 is not a date (use YYYY-MM-DD)"},
		{"effort", "cannot be negative", "effort cannot be negative"},
		{"agreed by", "needs a person from delivery as well", "agreed by needs a person from delivery as well"},
		{"owner", "that person does not exist", "owner: that person does not exist"},
	} {
		if got := (model.FieldError{Field: c.field, Message: c.msg}).Error(); got != c.want {
			t.Errorf("FieldError{%q, %q} = %q, want %q", c.field, c.msg, got, c.want)
		}
	}
	err := model.Promise{DealID: 1}.Validate()
	if err == nil || err.Error() == "" || err.Error()[:len("title is required")] != "title is required" {
		t.Errorf("an empty promise: %v, want it to start with \"title is required\"", err)
	}
}
