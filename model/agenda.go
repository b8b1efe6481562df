package model

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"handoff/internal/i18n"
)

// AgendaKind is why an item is on a person's agenda.
type AgendaKind string

// The kinds of agenda item.
const (
	// AgendaGap is an open gap the person owns.
	AgendaGap AgendaKind = "gap"
	// AgendaAnswer is a promise waiting for delivery's answer, on a deal
	// the person is the delivery owner of.
	AgendaAnswer AgendaKind = "answer"
	// AgendaTerm is a promise using terms not agreed, on a deal the person
	// owns for sales or presales.
	AgendaTerm AgendaKind = "term"
	// AgendaSignOff is a deal at handoff the person owns a role on and has
	// not signed off.
	AgendaSignOff AgendaKind = "signoff"
)

// Label is the kind in a few words, as a list shows it, in English.
func (k AgendaKind) Label() string { return k.In(i18n.EN) }

// In is the kind in a few words in the reader's language: the agenda
// screen's and the command line's lists both show it.
func (k AgendaKind) In(l i18n.Lang) string {
	switch k {
	case AgendaAnswer:
		return l.T("answer awaited")
	case AgendaTerm:
		return l.T("term to agree")
	case AgendaSignOff:
		return l.T("sign-off")
	}
	return l.T("gap")
}

// AgendaSource is what the agenda of one person is worked out from, as the
// store reads it: the deals not archived that the person owns a role on or
// owns a gap in, the open gaps that are theirs by owner or by role, the
// titles of those gaps' promises, and the sign-offs of their deals at
// handoff.
type AgendaSource struct {
	Person   Person
	Deals    []Deal
	Gaps     []Gap
	Promises map[int64]string
	// PromiseNumbers are the gaps' promises' numbers in their deal's
	// reports (3 for P3), by promise id.
	PromiseNumbers map[int64]int
	SignOffs       []SignOff
}

// AgendaItem is one thing a person has to do: a gap to close, an answer to
// give, a term to agree, a report to sign.
type AgendaItem struct {
	// Key names the item for as long as it exists: "gap-12" for anything a
	// gap stands for, "signoff-3-sales" for a sign-off. A calendar's UID is
	// made from it.
	Key      string
	Kind     AgendaKind
	DealID   int64
	Deal     string
	Customer string
	// PromiseID and Promise are the promise the item is about (0 and ""
	// for a gap about the whole deal and for a sign-off).
	PromiseID int64
	Promise   string
	// PromiseRef is the promise's number in its deal's reports, "P3" (""
	// when there is no promise).
	PromiseRef string
	// GapID is the gap behind the item; 0 for a sign-off.
	GapID int64
	// Title says what is to be done: the gap's difference, or the role to
	// sign for.
	Title    string
	GapKind  GapKind
	Severity Severity
	Status   GapStatus
	// Role is the person's role on the deal that puts the item on their
	// agenda; "" for a gap they own.
	Role Role
	Due  Date
	// Version changes whenever the gap behind the item changes, so a
	// calendar can tell a newer copy of the same item.
	Version int64
	// diff is a derived gap's difference, for TitleIn.
	diff Difference
}

// TitleIn is Title in the reader's language: a derived gap's difference
// rendered in it, a sign-off's role named in it; what a person wrote
// stays as written.
func (it AgendaItem) TitleIn(l i18n.Lang) string {
	switch {
	case it.Kind == AgendaSignOff:
		return l.T("sign off the handoff report as %s", it.Role.In(l))
	case !it.diff.IsZero():
		return it.diff.TextIn(it.GapKind, l)
	}
	return it.Title
}

// Overdue reports whether the item is past its due date on today, and by
// how many days.
func (it AgendaItem) Overdue(today Date) (int, bool) { return Overdue(it.Due, today) }

// Agenda works out a person's agenda from what the store read: every open
// gap they own, then by role — promises waiting for an answer on deals
// they deliver, promises with terms not agreed on deals they sell or
// presell, and deals at handoff they own a role on but have not signed.
// A gap that is theirs both ways is listed once, as theirs. Items come in
// agenda order (SortAgenda).
func Agenda(src AgendaSource, today Date) []AgendaItem {
	p := src.Person.ID
	deals := make(map[int64]Deal, len(src.Deals))
	for _, d := range src.Deals {
		deals[d.ID] = d
	}
	var out []AgendaItem
	for _, g := range src.Gaps {
		d, ok := deals[g.DealID]
		if !ok || !g.Open() {
			continue
		}
		it := AgendaItem{Key: "gap-" + strconv.FormatInt(g.ID, 10), DealID: d.ID, Deal: d.Name, Customer: d.Customer,
			PromiseID: g.PromiseID, Promise: src.Promises[g.PromiseID], GapID: g.ID, Title: g.Difference(),
			GapKind: g.Kind, Severity: g.Severity, Status: g.Status, Due: g.Due, Version: g.Version}
		if g.Origin == OriginDerived {
			it.diff = g.Diff
		}
		if n := src.PromiseNumbers[g.PromiseID]; n > 0 && g.PromiseID != 0 {
			it.PromiseRef = "P" + strconv.Itoa(n)
		}
		switch {
		case g.Owner == p:
			it.Kind = AgendaGap
		case g.Kind == KindUnassessed && d.Owners.Delivery == p:
			it.Kind, it.Role = AgendaAnswer, RoleDelivery
		case g.Kind == KindUndefinedTerm && d.Owners.Presales == p:
			it.Kind, it.Role = AgendaTerm, RolePresales
		case g.Kind == KindUndefinedTerm && d.Owners.Sales == p:
			it.Kind, it.Role = AgendaTerm, RoleSales
		default:
			continue
		}
		out = append(out, it)
	}
	signed := map[[3]int64]bool{}
	for _, s := range src.SignOffs {
		signed[[3]int64{s.DealID, s.PersonID, int64(roleIndex(s.Role))}] = true
	}
	for _, d := range src.Deals {
		if d.Stage != StageHandoff || d.Archived {
			continue
		}
		for _, r := range []Role{RoleSales, RolePresales, RoleDelivery} {
			if d.Owner(r) != p || signed[[3]int64{d.ID, p, int64(roleIndex(r))}] {
				continue
			}
			out = append(out, AgendaItem{Key: "signoff-" + strconv.FormatInt(d.ID, 10) + "-" + string(r),
				Kind: AgendaSignOff, DealID: d.ID, Deal: d.Name, Customer: d.Customer, Role: r,
				Title: "sign off the handoff report as " + string(r)})
		}
	}
	SortAgenda(out, today)
	return out
}

func roleIndex(r Role) int { return slices.Index(Roles, r) }

// SortAgenda puts items in agenda order: the overdue first, then those
// with a due date, then the rest; within each, grouped by deal — the deal
// whose first item is due soonest first — and by due date, severity and
// kind within a deal.
func SortAgenda(items []AgendaItem, today Date) {
	band := func(it AgendaItem) int {
		switch _, late := it.Overdue(today); {
		case late:
			return 0
		case !it.Due.IsZero():
			return 1
		}
		return 2
	}
	// Each deal's place in a band is where its most urgent item falls.
	type bandDeal struct {
		band int
		deal int64
	}
	first := map[bandDeal]AgendaItem{}
	for _, it := range items {
		k := bandDeal{band(it), it.DealID}
		if f, ok := first[k]; !ok || compareItems(it, f) < 0 {
			first[k] = it
		}
	}
	slices.SortStableFunc(items, func(a, b AgendaItem) int {
		ba, bb := band(a), band(b)
		if c := cmp.Compare(ba, bb); c != 0 {
			return c
		}
		if a.DealID != b.DealID {
			if c := compareItems(first[bandDeal{ba, a.DealID}], first[bandDeal{bb, b.DealID}]); c != 0 {
				return c
			}
			if c := strings.Compare(strings.ToLower(a.Deal), strings.ToLower(b.Deal)); c != 0 {
				return c
			}
			return cmp.Compare(a.DealID, b.DealID)
		}
		return compareItems(a, b)
	})
}

// compareItems orders two items by due date (dated first), severity, kind,
// role and key.
func compareItems(a, b AgendaItem) int {
	if a.Due != b.Due {
		switch {
		case a.Due.IsZero():
			return 1
		case b.Due.IsZero():
			return -1
		}
		return a.Due.t.Compare(b.Due.t)
	}
	if c := cmp.Compare(sevRank(a), sevRank(b)); c != 0 {
		return c
	}
	if c := cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)); c != 0 {
		return c
	}
	if c := cmp.Compare(roleIndex(a.Role), roleIndex(b.Role)); c != 0 {
		return c
	}
	return strings.Compare(a.Key, b.Key)
}

func sevRank(it AgendaItem) int {
	if it.Severity == "" {
		return len(Severities)
	}
	return it.Severity.Rank()
}

func kindRank(k AgendaKind) int {
	return slices.Index([]AgendaKind{AgendaGap, AgendaAnswer, AgendaTerm, AgendaSignOff}, k)
}

// AgendaFilter narrows an agenda: to the overdue items, to those due
// within a number of days from today (the overdue included), to one deal.
type AgendaFilter struct {
	Overdue bool
	// Within, when above 0, keeps items due on or before today + Within.
	Within int
	// Deal, when not 0, keeps that deal's items.
	Deal int64
}

// Apply keeps the items the filter lets through, in their order.
func (f AgendaFilter) Apply(items []AgendaItem, today Date) []AgendaItem {
	var out []AgendaItem
	for _, it := range items {
		if f.Deal != 0 && it.DealID != f.Deal {
			continue
		}
		if _, late := it.Overdue(today); f.Overdue && !late {
			continue
		}
		if f.Within > 0 && (it.Due.IsZero() || it.Due.After(today.AddDays(f.Within))) {
			continue
		}
		out = append(out, it)
	}
	return out
}

// ParseWithin reads a window of days: "7d", "2w" or a bare number of days.
func ParseWithin(s string) (int, error) {
	s = strings.TrimSpace(s)
	if n, ok := offsetDays("+" + s); ok && n > 0 {
		return n, nil
	}
	if n, ok := number(s); ok && n > 0 && n <= 100_000 {
		return n, nil
	}
	return 0, errors.New(strconv.Quote(s) + " is not a number of days: write 7d, 2w or 14")
}

// FindPerson finds the person meant by name in the directory: an exact
// name, a name in any case, or words contained in exactly one name; people
// removed from the directory are not found. It returns the person when
// exactly one matches, and all candidates at the most specific level that
// matched anything.
func FindPerson(people []Person, name string) (Person, []Person) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Person{}, nil
	}
	levels := []func(Person) bool{
		func(p Person) bool { return p.Name == name },
		func(p Person) bool { return strings.EqualFold(p.Name, name) },
		func(p Person) bool { return strings.Contains(strings.ToLower(p.Name), strings.ToLower(name)) },
	}
	for _, match := range levels {
		var found []Person
		for _, p := range people {
			if !p.Removed && match(p) {
				found = append(found, p)
			}
		}
		if len(found) == 1 {
			return found[0], found
		}
		if len(found) > 1 {
			return Person{}, found
		}
	}
	return Person{}, nil
}

// PersonNamed finds the one person in the directory with that full name,
// in any case: how the person an app runs as is found. A part of a name is
// no match here, so an OS user "jo" is not taken for Jonas.
func PersonNamed(people []Person, name string) (Person, bool) {
	p, found := FindPerson(people, name)
	if len(found) != 1 || !strings.EqualFold(p.Name, strings.TrimSpace(name)) {
		return Person{}, false
	}
	return p, true
}
