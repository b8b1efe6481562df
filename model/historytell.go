package model

import (
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"handoff/internal/i18n"
	"handoff/internal/prose"
)

// The history told in sentences: "set the owner of gap G4 to Lukas Brandt",
// in the reader's language, with people by name, promises and gaps by the
// numbers the reports give them (P3, G4) and terms by name; values in the
// reader's words and forms, never a Go value or JSON.
//
// A sentence is what happened, told beside the person who did it (the
// history screen has a "who" column; Sentence puts the two together).
// Each field change is one clause of three shapes — set (it had no value),
// changed (from, to) and cleared — built from the field's label and the
// entity "of" phrase ("of gap G4"), so a field added later reads well
// without new code:
//
//   - a field's label comes from the "history field" words of the reader's
//     language, else from the "field" words (the form and error labels),
//     else from its JSON name with spaces. To give a new field a label, add
//     it to the "history field" words in internal/i18n/<lang>_history.go
//     (English too, where the JSON name does not read well), or to the
//     "field" words in <lang>_model.go when forms should use it as well.
//   - a new kind of row reads by its name in the "history entity" words
//     ("change request #4"); add a line there, and its own phrases in
//     subject and ofPhrase below when it has a ref or a name to show.

// HistoryEntry is one change as the history shows it: the event a person's
// write made, and the gap changes that same write caused (new gaps, gaps
// closed or reopened by the rules, new titles), folded under it.
type HistoryEntry struct {
	Event  Event
	Caused []Event
}

// Derived reports whether the event is one the gap rules made as a
// consequence of another write: a derived gap raised, refreshed, closed or
// reopened.
func (e Event) Derived() bool {
	if e.Entity != "gap" {
		return false
	}
	switch e.Action {
	case "refresh", "resolve", "reopen":
		return true
	case "create":
		// The row is JSON as this program wrote it: compact, one key each.
		return strings.Contains(e.After, `"origin":"`+string(OriginDerived)+`"`)
	}
	return false
}

// promiseOf is the promise an event's row is about (0 for none): what a
// derived gap is folded under.
func (e Event) promiseOf() int64 {
	if e.Entity == "promise" {
		return e.EntityID
	}
	var row struct {
		PromiseID int64 `json:"promise_id"`
	}
	text := e.After
	if text == "" {
		text = e.Before
	}
	_ = json.Unmarshal([]byte(text), &row)
	return row.PromiseID
}

// FoldHistory groups a history (newest first, as the store lists it) into
// entries, newest first. The events of one write share its moment and
// actor and follow each other; a derived gap event is folded under the
// latest event of its write about the same promise, else under the latest
// event of the write. Derived events with no event of a person before them
// (a write elsewhere refreshed this deal) stand as entries of their own.
func FoldHistory(events []Event) []HistoryEntry {
	var out []HistoryEntry
	start := 0 // the first entry of the current write
	for i := len(events) - 1; i >= 0; i-- {
		e := events[i]
		if len(out) > 0 {
			last := out[len(out)-1].Event
			if !last.At.Equal(e.At) || last.Actor != e.Actor {
				start = len(out)
			}
		} else {
			start = 0
		}
		if !e.Derived() || start == len(out) {
			out = append(out, HistoryEntry{Event: e})
			continue
		}
		at := len(out) - 1
		p := e.promiseOf()
		for j := len(out) - 1; j >= start; j-- {
			if p != 0 && !out[j].Event.Derived() && out[j].Event.promiseOf() == p {
				at = j
				break
			}
		}
		out[at].Caused = append(out[at].Caused, e)
	}
	slices.Reverse(out)
	return out
}

// Narrator tells events in one reader's language, naming what they speak of.
type Narrator struct {
	Lang i18n.Lang
	// Person is a person's name by number ("" for nobody).
	Person func(int64) string
	// Promises and Gaps are the refs of the deal's rows by id: "P3", "G4".
	// A row not in them (deleted since) is named by its title.
	Promises, Gaps map[int64]string
	// Presenting leaves out the deal's money, internal notes and the effort
	// sold, as the shared screen does.
	Presenting bool
}

// NewNarrator is a narrator for the history of the deal in d.
func NewNarrator(l i18n.Lang, d *Dossier, person func(int64) string) Narrator {
	n := Narrator{Lang: l, Person: person, Promises: map[int64]string{}, Gaps: map[int64]string{}}
	if d != nil {
		for i, p := range d.PromiseRefs() {
			n.Promises[p.ID] = "P" + strconv.Itoa(i+1)
		}
		for i, g := range d.GapRefs() {
			n.Gaps[g.ID] = "G" + strconv.Itoa(i+1)
		}
	}
	return n
}

// SecretField reports the fields presenting mode keeps off a shared screen.
func SecretField(field string) bool {
	return field == "value" || field == "notes" || field == "budget_days"
}

// Line is the entry on one line: its event's sentence, and how many gap
// changes it caused.
func (n Narrator) Line(h HistoryEntry) string {
	s := n.Join(n.Tell(h.Event))
	if len(h.Caused) > 0 {
		s += " " + n.Lang.N("(+%d gap changes)", len(h.Caused))
	}
	return s
}

// Sentence is the event told with who did it: "Priya set the owner of gap
// G4 to Lukas Brandt".
func (n Narrator) Sentence(e Event) string {
	return n.Lang.T("%[1]s %[2]s", e.Actor, n.Join(n.Tell(e)))
}

// Join puts clauses on one line, with a full-width semicolon in Chinese.
func (n Narrator) Join(clauses []string) string {
	if n.Lang == i18n.ZH {
		return strings.Join(clauses, "；")
	}
	return strings.Join(clauses, "; ")
}

// Tell is what the event did, a clause for each thing it changed.
func (n Narrator) Tell(e Event) []string {
	if r, ok := e.Record(); ok {
		return n.imported(r)
	}
	if e.Derived() {
		return []string{n.derived(e)}
	}
	r := n.rowsOf(e)
	switch e.Action {
	case "create":
		return []string{n.created(e, r)}
	case "delete":
		return []string{n.deleted(e, r)}
	case "restore":
		return []string{n.Lang.T("restored %s", n.subject(e, r))}
	}
	var out []string
	for _, c := range e.Changes() {
		if n.Presenting && SecretField(c.Field) || quietFields[c.Field] {
			continue
		}
		out = append(out, n.changed(e, r, c)...)
	}
	if len(out) == 0 {
		return []string{n.Lang.T("saved %s without a visible change", n.subject(e, r))}
	}
	return out
}

// quietFields move with other changes and say nothing of their own: a
// promise's revision moves with its title, an answer's time with the answer.
var quietFields = map[string]bool{
	"revision": true, "promise_revision": true, "assessed_at": true, "severity_set": true,
	"auto_resolved": true, "difference": true, "signed_at": true, "report_hash": true, "sections": true,
	"deal_id": true, // a row never moves to another deal
}

// rows is what a sentence names of an event's row (as it is after the
// event, or was before it when it is gone): read once per event.
type rows struct {
	Title     string `json:"title"`
	Term      string `json:"term"`
	Text      string `json:"text"`
	Word      string `json:"word"`
	Name      string `json:"name"`
	PromiseID int64  `json:"promise_id"`
	TermID    int64  `json:"term_id"`
	PersonID  int64  `json:"person_id"`
	GapID     int64  `json:"gap_id"`
	Shared    bool   `json:"shared"`
	// heading is a gap's difference in the reader's words ("" for another row).
	heading string
}

func (n Narrator) rowsOf(e Event) rows {
	side := e.After
	if side == "" {
		side = e.Before
	}
	var r rows
	_ = json.Unmarshal([]byte(side), &r)
	if e.Entity == "gap" {
		var g Gap
		_ = json.Unmarshal([]byte(side), &g)
		r.heading = g.DifferenceIn(n.Lang)
	}
	return r
}

// gapOf is the event's gap row (after, else before).
func gapOf(e Event) (Gap, Gap) {
	var b, a Gap
	_ = json.Unmarshal([]byte(e.Before), &b)
	_ = json.Unmarshal([]byte(e.After), &a)
	if e.After == "" {
		a = b
	}
	if e.Before == "" {
		b = a
	}
	return b, a
}

// promiseName is "P3", or the promise's title in quotes when it has no
// number any more; "" when neither is known.
func (n Narrator) promiseName(id int64, title string) string {
	if ref := n.Promises[id]; ref != "" {
		return ref
	}
	if title != "" {
		return QuoteIn(title, n.Lang)
	}
	return ""
}

// gapName is "G4", or the gap's heading in quotes.
func (n Narrator) gapName(id int64, heading string) string {
	if ref := n.Gaps[id]; ref != "" {
		return ref
	}
	return QuoteIn(heading, n.Lang)
}

// subject names the event's row as a sentence's subject or object:
// "gap G4", "promise P3", "the deal".
func (n Narrator) subject(e Event, r rows) string {
	p := n.rowPhrase(e, r)
	return n.Lang.T(p.subject, p.args...)
}

// ofPhrase is the row as the owner of a field: "of gap G4".
func (n Narrator) ofPhrase(e Event, r rows) string {
	p := n.rowPhrase(e, r)
	return n.Lang.T(p.of, p.args...)
}

// phrase is a row named two ways, with the same arguments: as a subject
// ("gap %s") and as the owner of a field ("of gap %s"). They are two
// messages because many languages decline the noun (luka G4, luki G4).
type phrase struct {
	subject, of string
	args        []any
}

// rowPhrase is how the event's row is named.
func (n Narrator) rowPhrase(e Event, r rows) phrase {
	l := n.Lang
	switch e.Entity {
	case "deal":
		return phrase{i18n.M("the deal"), i18n.M("of the deal"), nil}
	case "promise":
		return phrase{i18n.M("promise %s"), i18n.M("of promise %s"), []any{n.promiseName(e.EntityID, r.Title)}}
	case "gap":
		return phrase{i18n.M("gap %s"), i18n.M("of gap %s"), []any{n.gapName(e.EntityID, r.heading)}}
	case "assessment":
		if p := n.promiseName(r.PromiseID, ""); p != "" {
			return phrase{i18n.M("the delivery answer to %s"), i18n.M("of the delivery answer to %s"), []any{p}}
		}
		return phrase{i18n.M("a delivery answer"), i18n.M("of a delivery answer"), nil}
	case "term":
		return phrase{i18n.M("term %s"), i18n.M("of term %s"), []any{QuoteIn(r.Term, l)}}
	case "decision":
		return phrase{i18n.M("decision %s"), i18n.M("of decision %s"), []any{n.internal(r, QuoteIn(r.Text, l))}}
	case "constraint":
		return phrase{i18n.M("constraint %s"), i18n.M("of constraint %s"), []any{QuoteIn(r.Text, l)}}
	case "confirmation":
		return phrase{i18n.M("the customer's answer on %s"), i18n.M("of the customer's answer on %s"), []any{n.confirmed(r)}}
	case "signoff":
		return phrase{i18n.M("the sign-off by %s"), i18n.M("of the sign-off by %s"), []any{prose.OrDash(n.Person(r.PersonID))}}
	case "dismissed_word", "watch_word":
		return phrase{i18n.M("word %s"), i18n.M("of word %s"), []any{QuoteIn(r.Word, l)}}
	case "person":
		return phrase{i18n.M("person %s"), i18n.M("of person %s"), []any{prose.OrDash(r.Name)}}
	}
	return phrase{i18n.M("%s #%d"), i18n.M("of %s #%d"), []any{entityWord(l, e.Entity), e.EntityID}}
}

// confirmed is what a customer's answer answered: a promise's ref or a term.
func (n Narrator) confirmed(r rows) string {
	if p := n.promiseName(r.PromiseID, ""); p != "" {
		return p
	}
	if id := r.TermID; id != 0 {
		return n.Lang.T("term #%d", id)
	}
	return prose.Dash
}

// entityWord is a kind of row in words; one no table names reads as its
// name with spaces.
func entityWord(l i18n.Lang, entity string) string { return l.Word("history entity", entity) }

// FieldLabel is a field's name in the reader's words: the "history field"
// words, else the "field" words, else its name with spaces.
func FieldLabel(l i18n.Lang, field string) string {
	if l.HasWord("history field", field) {
		return l.Word("history field", field)
	}
	if l.HasWord("field", field) {
		return l.Word("field", field)
	}
	if i18n.EN.HasWord("history field", field) {
		return i18n.EN.Word("history field", field)
	}
	return strings.ReplaceAll(field, "_", " ")
}

func (n Narrator) created(e Event, r rows) string {
	l := n.Lang
	switch e.Entity {
	case "deal":
		return l.T("created the deal %s", QuoteIn(r.Name, l))
	case "promise":
		return l.T("added promise %s", named(n.Promises[e.EntityID], QuoteIn(r.Title, l)))
	case "gap":
		return l.T("raised gap %s", named(n.Gaps[e.EntityID], QuoteIn(r.heading, l)))
	case "assessment":
		var a Assessment
		_ = json.Unmarshal([]byte(e.After), &a)
		return l.T("answered %[1]s for delivery: %[2]s", prose.OrDash(n.promiseName(a.PromiseID, "")), a.Fit.In(l))
	case "term":
		return l.T("added term %s to the glossary", QuoteIn(r.Term, l))
	case "decision":
		if g := r.GapID; g != 0 {
			return l.T("recorded a decision on gap %[1]s: %[2]s", n.gapName(g, ""), n.internal(r, QuoteIn(r.Text, l)))
		}
		return l.T("recorded a decision: %s", n.internal(r, QuoteIn(r.Text, l)))
	case "constraint":
		return l.T("added the delivery constraint %s", QuoteIn(r.Text, l))
	case "confirmation":
		var c Confirmation
		_ = json.Unmarshal([]byte(e.After), &c)
		answer := l.T("confirmed")
		if c.Answer == AnswerNotAsWritten {
			answer = l.T("not as written")
		}
		return l.T("recorded the customer's answer on %[1]s: %[2]s", n.confirmed(r), answer)
	case "signoff":
		var s SignOff
		_ = json.Unmarshal([]byte(e.After), &s)
		return l.T("recorded the sign-off of %[1]s for %[2]s", prose.OrDash(n.Person(s.PersonID)), s.Role.In(l))
	case "dismissed_word":
		return l.T("dismissed %s: no term in this deal", QuoteIn(r.Word, l))
	}
	return l.T("added %s", n.subject(e, r))
}

func (n Narrator) deleted(e Event, r rows) string {
	l := n.Lang
	switch e.Entity {
	case "signoff":
		return l.T("withdrew %s", n.subject(e, r))
	case "dismissed_word":
		return l.T("watched %s again as a term", QuoteIn(r.Word, l))
	}
	return l.T("deleted %s", n.subject(e, r))
}

// derived tells a change the gap rules made.
func (n Narrator) derived(e Event) string {
	l := n.Lang
	b, a := gapOf(e)
	heading := a.DifferenceIn(l)
	name := n.gapName(e.EntityID, heading)
	switch e.Action {
	case "create":
		return l.T("new gap %[1]s: %[2]s", name, heading)
	case "resolve":
		return l.T("gap %[1]s closed automatically: %[2]s", name, autoReason(a.Resolution, l))
	case "reopen":
		return l.T("gap %[1]s reopened: %[2]s", name, heading)
	}
	if b.Severity != a.Severity && b.DifferenceIn(l) == heading {
		return n.clause(l.T("of gap %s", name), "severity", b.Severity.In(l), a.Severity.In(l))
	}
	return l.T("gap %[1]s now reads: %[2]s", name, heading)
}

// changed tells one field's change as clauses (a deal's owners, one a role).
func (n Narrator) changed(e Event, r rows, c Change) []string {
	l := n.Lang
	switch c.Field {
	case "shared":
		if c.After == true {
			return []string{l.T("shared %s with the customer", n.subject(e, r))}
		}
		return []string{l.T("made %s internal", n.subject(e, r))}
	case "archived":
		if c.After == true {
			return []string{l.T("archived the deal")}
		}
		return []string{l.T("took the deal out of the archive")}
	case "agreed_by":
		before, _ := c.Before.([]PersonRef)
		after, _ := c.After.([]PersonRef)
		var out []string
		if added := n.names(minus(after, before)); added != "" {
			out = append(out, l.T("recorded that %[1]s agreed to the definition %[2]s", added, n.ofPhrase(e, r)))
		}
		if gone := n.names(minus(before, after)); gone != "" {
			out = append(out, l.T("took back the agreement of %[1]s to the definition %[2]s", gone, n.ofPhrase(e, r)))
		}
		return out
	case "owners":
		b, _ := c.Before.(Owners)
		a, _ := c.After.(Owners)
		var out []string
		for _, role := range []Role{RoleSales, RolePresales, RoleDelivery} {
			if b.Of(role) != a.Of(role) {
				out = append(out, n.clause(n.ofPhrase(e, r), string(role)+"_owner", n.Person(b.Of(role)), n.Person(a.Of(role))))
			}
		}
		return out
	}
	before, after := n.Value(c.Before), n.Value(c.After)
	switch c.Field {
	case "promise_id":
		before, after = orNumber(n.Promises, c.Before), orNumber(n.Promises, c.After)
	case "gap_id":
		before, after = orNumber(n.Gaps, c.Before), orNumber(n.Gaps, c.After)
	}
	if e.Entity == "decision" && c.Field == "text" || e.Entity == "gap" && c.Field == "resolution" {
		before, after = n.internal(r, before), n.internal(r, after)
	}
	return []string{n.clause(n.ofPhrase(e, r), c.Field, before, after)}
}

// orNumber is a promise's or gap's ref ("P3"), or its number ("#12")
// once it has none; "" for none.
func orNumber(refs map[int64]string, v any) string {
	var id int64
	switch x := v.(type) {
	case int64:
		id = x
	case float64:
		id = int64(x)
	}
	if ref := refs[id]; ref != "" || id == 0 {
		return ref
	}
	return "#" + strconv.FormatInt(id, 10)
}

// internal is a decision's text or a gap's resolution as a shared screen
// may show it: while presenting, an internal one's words give way to a
// note that they are hidden.
func (n Narrator) internal(r rows, text string) string {
	if n.Presenting && !r.Shared && text != "" {
		return n.Lang.T("(internal: hidden while presenting)")
	}
	return text
}

// clause is one field's change: set, changed or cleared.
func (n Narrator) clause(of, field, before, after string) string {
	l, label := n.Lang, FieldLabel(n.Lang, field)
	switch {
	case before == "":
		return l.T("set the %[1]s %[2]s to %[3]s", label, of, after)
	case after == "":
		return l.T("cleared the %[1]s %[2]s (was %[3]s)", label, of, before)
	}
	return l.T("changed the %[1]s %[2]s from %[3]s to %[4]s", label, of, before, after)
}

// named is "P3 “title”": a row's ref and its words, or its words alone
// when it has no ref any more.
func named(ref, words string) string {
	if ref == "" {
		return words
	}
	return ref + " " + words
}

// autoReason is why the rules closed a gap, from the note they wrote, in
// the reader's words (a note of a person's stays as written).
func autoReason(resolution string, l i18n.Lang) string {
	rest, ok := strings.CutPrefix(resolution, autoPrefix)
	if !ok {
		return resolution
	}
	reason, _, _ := strings.Cut(rest, earlierNote)
	reason = strings.TrimSuffix(reason, ".")
	if autoReasons[reason] {
		return l.T(reason)
	}
	return reason
}

func (n Narrator) names(ids []PersonRef) string {
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		parts = append(parts, prose.OrDash(n.Person(int64(id))))
	}
	return strings.Join(parts, ", ")
}

func minus(a, b []PersonRef) []PersonRef {
	var out []PersonRef
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// Value is a change's value in the reader's words and forms: people by
// name, money and dates as the reader writes them, stored words (a stage,
// a fit) in the reader's words, text in quotes, lists and records spelt
// out; "" for no value.
func (n Narrator) Value(v any) string {
	l := n.Lang
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		if x == "" {
			return ""
		}
		return QuoteIn(x, l)
	case bool:
		if x {
			return l.T("yes")
		}
		return l.T("no")
	case PersonRef:
		return n.Person(int64(x))
	case Answer:
		if x == AnswerNotAsWritten {
			return l.T("not as written")
		}
		return l.T("confirmed")
	case []PersonRef:
		return n.names(x)
	case Owners:
		var parts []string
		for _, r := range []Role{RoleSales, RolePresales, RoleDelivery} {
			if who := n.Person(x.Of(r)); who != "" {
				parts = append(parts, r.In(l)+": "+who)
			}
		}
		return strings.Join(parts, ", ")
	case Money:
		if x.Minor == 0 && x.Currency == "" {
			return ""
		}
		return x.In(l)
	case Date:
		if x.IsZero() {
			return ""
		}
		return x.StringIn(l)
	case time.Time:
		if x.IsZero() {
			return ""
		}
		return DateOf(x).StringIn(l) + " " + x.Format("15:04")
	case float64:
		if x == 0 {
			return ""
		}
		return NumberIn(l, x)
	case int:
		return NumberIn(l, float64(x))
	case int64:
		if x == 0 {
			return ""
		}
		return NumberIn(l, float64(x))
	case interface{ In(i18n.Lang) string }:
		return x.In(l) // a stored word: a stage, a status, a fit
	case BaselineSnapshot:
		return l.N("%d promises", len(x.Promises)) // what was signed, counted; B on the deal shows it
	case []Equivalent:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, e.Lang+": "+QuoteIn(e.Text, l))
		}
		return strings.Join(parts, "; ")
	case []string:
		parts := make([]string, 0, len(x))
		for _, s := range x {
			parts = append(parts, prose.OrDash(s))
		}
		return strings.Join(parts, ", ")
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, prose.OrDash(n.Value(e)))
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return n.record(len(x), func(yield func(string, any)) {
			for _, k := range sortedKeys(x) {
				yield(k, x[k])
			}
		})
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return rv.String()
	case reflect.Map:
		keys := rv.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		return n.record(len(keys), func(yield func(string, any)) {
			for _, k := range keys {
				yield(k.String(), rv.MapIndex(k).Interface())
			}
		})
	case reflect.Struct:
		t := rv.Type()
		return n.record(t.NumField(), func(yield func(string, any)) {
			for i := range t.NumField() {
				if f := t.Field(i); f.IsExported() {
					name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
					if name == "" {
						name = f.Name
					}
					if name != "-" {
						yield(name, rv.Field(i).Interface())
					}
				}
			}
		})
	case reflect.Slice:
		parts := make([]string, 0, rv.Len())
		for i := range rv.Len() {
			parts = append(parts, prose.OrDash(n.Value(rv.Index(i).Interface())))
		}
		return strings.Join(parts, ", ")
	case reflect.Int, reflect.Int32, reflect.Int16, reflect.Int8, reflect.Uint, reflect.Uint64, reflect.Uint32:
		return NumberIn(l, rv.Convert(reflect.TypeFor[float64]()).Float())
	case reflect.Float32:
		return NumberIn(l, rv.Float())
	}
	return ""
}

// record spells out a record's fields that have a value: "sales: Anna
// Nowak, delivery: Jonas Becker", each field by its label.
func (n Narrator) record(size int, fields func(yield func(string, any))) string {
	parts := make([]string, 0, size)
	fields(func(name string, v any) {
		if f, ok := v.(float64); ok && personFields[name] {
			v = PersonRef(f) // a person's number in a row read as plain JSON
		}
		if s := n.Value(people(name, v)); s != "" {
			label := FieldLabel(n.Lang, name)
			if n.Lang.HasWord("role", name) && !n.Lang.HasWord("field", name) {
				label = n.Lang.Word("role", name) // a record by role: {"delivery": 6}
			}
			parts = append(parts, label+": "+s)
		}
	})
	return strings.Join(parts, ", ")
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
