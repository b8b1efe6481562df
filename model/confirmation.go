package model

import (
	"strings"

	"handoff/internal/i18n"
)

// Answer is what the customer said about a promise or a definition put to
// them in the customer copy.
type Answer string

// Answers.
const (
	// AnswerConfirmed: the customer confirmed it as written.
	AnswerConfirmed Answer = "confirmed"
	// AnswerNotAsWritten: the customer said it is not what they want, and
	// wrote what instead.
	AnswerNotAsWritten Answer = "not_as_written"
)

// Answers lists every Answer.
var Answers = []Answer{AnswerConfirmed, AnswerNotAsWritten}

// Label is the answer in words: "confirmed", "not as written".
func (a Answer) Label() string { return strings.ReplaceAll(string(a), "_", " ") }

// Confirmation is the customer's written answer to one promise or one
// definition of the customer copy: who at the customer, on which day, by
// which reference (an email, a signed letter) and, when it is not as
// written, what they wrote instead.
type Confirmation struct {
	ID     int64 `json:"id"`
	DealID int64 `json:"deal_id"`
	// PromiseID or TermID is what was answered; exactly one is set.
	PromiseID int64  `json:"promise_id,omitempty"`
	TermID    int64  `json:"term_id,omitempty"`
	Answer    Answer `json:"answer"`
	// By is the person at the customer who answered.
	By int64 `json:"by"`
	// On is the day the customer answered.
	On Date `json:"on"`
	// Reference is where the answer can be found: "email 2026-12-10".
	Reference string `json:"reference"`
	// Wrote is what the customer wrote instead, for "not as written".
	Wrote string `json:"wrote,omitempty"`
	// GapID is the gap raised for a "not as written" answer.
	GapID   int64 `json:"gap_id,omitempty"`
	Version int64 `json:"version"`
}

// Validate checks the confirmation's fields. That By is a customer person
// needs the directory: the store checks it.
func (c Confirmation) Validate() error {
	var p problems
	if (c.PromiseID == 0) == (c.TermID == 0) {
		p.add("what", i18n.M("a confirmation answers one promise or one term"))
	}
	checkEnum(&p, "answer", "answer", c.Answer, Answers)
	if c.By <= 0 {
		p.add("by", i18n.M("is required: who at the customer answered"))
	}
	requireText(&p, "reference", c.Reference, maxTitle)
	if c.On.IsZero() {
		p.add("on", i18n.M("is required"))
	}
	limitText(&p, "wrote", c.Wrote, maxText)
	if c.Answer == AnswerNotAsWritten && strings.TrimSpace(c.Wrote) == "" {
		p.add("wrote", i18n.M("is required for \"not as written\": what the customer wants instead"))
	}
	checkRef(&p, "gap", c.GapID)
	if c.DealID <= 0 {
		p.add("deal", i18n.M("is required"))
	}
	return p.err()
}

// NotAsWrittenGap is the gap a "not as written" answer raises: a manual
// gap, because only a person can tell when the promise and what the
// customer wrote agree again (editing the promise does not mean the
// customer accepts it). A must promise makes it high, others medium.
func NotAsWrittenGap(p Promise, wrote string) Gap {
	sev := SeverityMedium
	if p.Priority == PriorityMust {
		sev = SeverityHigh
	}
	return Gap{DealID: p.DealID, PromiseID: p.ID, Kind: KindScope, Severity: sev, Status: GapOpen, Origin: OriginManual,
		Title: "The customer says " + Quote(p.Title) + " is not as written; they wrote: " + Shorten(firstLine(wrote), 200), Shared: true}
}

// LatestConfirmation returns the customer's latest answer to a promise
// (promise true) or term, if any.
func (d *Dossier) LatestConfirmation(id int64, promise bool) (Confirmation, bool) {
	var out Confirmation
	found := false
	for _, c := range d.Confirmations {
		if (promise && c.PromiseID == id) || (!promise && c.TermID == id) {
			if !found || c.On.After(out.On) || (c.On == out.On && c.ID > out.ID) {
				out, found = c, true
			}
		}
	}
	return out, found
}
