package model_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"handoff/internal/i18n"
	"handoff/model"
)

// narrator knows Priya (1), Lukas (2) and Anna (3); promise 10 is P3 and
// gap 20 is G4, as the reports number them.
func narrator(l i18n.Lang) model.Narrator {
	people := map[int64]string{1: "Priya Raman", 2: "Lukas Brandt", 3: "Anna Nowak"}
	return model.Narrator{Lang: l, Person: func(id int64) string { return people[id] },
		Promises: map[int64]string{10: "P3"}, Gaps: map[int64]string{20: "G4"}}
}

func upd(entity string, id int64, before, after any) model.Event {
	return model.Event{Entity: entity, EntityID: id, Action: "update", Before: js(before), After: js(after)}
}

var (
	histGap = model.Gap{ID: 20, DealID: 1, PromiseID: 10, Kind: model.KindScope, Title: "Shift reports",
		Severity: model.SeverityHigh, Status: model.GapOpen, Origin: model.OriginManual, Version: 1}
	histPromise = model.Promise{ID: 10, DealID: 1, Title: "Real-time sync", Priority: model.PriorityMust,
		BudgetDays: 60, Revision: 1, Version: 1}
	histDeal = model.Deal{ID: 1, Name: "SAP", Stage: model.StageProposal,
		Value: model.Money{Minor: 124000000, Currency: "EUR"}, Owners: model.Owners{Sales: 1, Presales: 3}, Version: 1}
	histTerm = model.Term{ID: 5, DealID: 1, Term: "real-time", Status: model.TermDraft, AgreedBy: []int64{3}}
)

// TestTellEvents: one sentence per kind of event, in English.
func TestTellEvents(t *testing.T) {
	owned := with(histGap, func(g *model.Gap) { g.Owner = 2 })
	due := with(owned, func(g *model.Gap) { g.Due = date("2027-03-01"); g.Status = model.GapInProgress })
	for _, c := range []struct {
		name string
		e    model.Event
		want []string
	}{
		{"owner set", upd("gap", 20, histGap, owned), []string{"set the owner of gap G4 to Lukas Brandt"}},
		{"owner changed", upd("gap", 20, owned, with(owned, func(g *model.Gap) { g.Owner = 3 })),
			[]string{"changed the owner of gap G4 from Lukas Brandt to Anna Nowak"}},
		{"owner cleared", upd("gap", 20, owned, histGap), []string{"cleared the owner of gap G4 (was Lukas Brandt)"}},
		{"two fields", upd("gap", 20, owned, due), []string{
			"set the due date of gap G4 to 2027-03-01", "changed the status of gap G4 from open to in progress"}},
		{"severity word", upd("gap", 20, histGap, with(histGap, func(g *model.Gap) { g.Severity, g.SeveritySet = model.SeverityCritical, true })),
			[]string{"changed the severity of gap G4 from high to critical"}},
		{"shared", upd("gap", 20, histGap, with(histGap, func(g *model.Gap) { g.Shared = true })),
			[]string{"shared gap G4 with the customer"}},
		{"promise title, revision quiet", upd("promise", 10, histPromise, with(histPromise, func(p *model.Promise) { p.Title, p.Revision = "Sync", 2 })),
			[]string{"changed the title of promise P3 from “Real-time sync” to “Sync”"}},
		{"budget", upd("promise", 10, histPromise, with(histPromise, func(p *model.Promise) { p.BudgetDays = 72.5 })),
			[]string{"changed the budget (person-days) of promise P3 from 60 to 72.5"}},
		{"deal owners, not a map", upd("deal", 1, histDeal, with(histDeal, func(d *model.Deal) { d.Owners.Delivery = 2; d.Owners.Presales = 0 })),
			[]string{"cleared the presales owner of the deal (was Anna Nowak)", "set the delivery owner of the deal to Lukas Brandt"}},
		{"deal stage and value", upd("deal", 1, histDeal, with(histDeal, func(d *model.Deal) {
			d.Stage, d.Value.Minor = model.StageNegotiation, 150000000
		})), []string{"changed the stage of the deal from proposal to negotiation",
			"changed the value of the deal from EUR 1,240,000.00 to EUR 1,500,000.00"}},
		{"archived", upd("deal", 1, histDeal, with(histDeal, func(d *model.Deal) { d.Archived = true })), []string{"archived the deal"}},
		{"agreed", upd("term", 5, histTerm, with(histTerm, func(x *model.Term) { x.AgreedBy = []int64{3, 2} })),
			[]string{"recorded that Lukas Brandt agreed to the definition of term “real-time”"}},
		{"promise made", model.Event{Entity: "promise", EntityID: 10, Action: "create", After: js(histPromise)},
			[]string{"added promise P3 “Real-time sync”"}},
		{"promise gone", model.Event{Entity: "promise", EntityID: 11, Action: "delete", Before: js(with(histPromise, func(p *model.Promise) { p.ID = 11 }))},
			[]string{"deleted promise “Real-time sync”"}},
		{"restored", model.Event{Entity: "gap", EntityID: 20, Action: "restore", After: js(histGap)}, []string{"restored gap G4"}},
		{"gap raised", model.Event{Entity: "gap", EntityID: 20, Action: "create", After: js(histGap)}, []string{"raised gap G4 “Shift reports”"}},
		{"answer", model.Event{Entity: "assessment", EntityID: 7, Action: "create", After: js(model.Assessment{ID: 7, PromiseID: 10, Fit: model.FitPartial})},
			[]string{"answered P3 for delivery: partial"}},
		{"answer changed", upd("assessment", 7, model.Assessment{ID: 7, PromiseID: 10, Fit: model.FitPartial, Earliest: date("2027-03-01")},
			model.Assessment{ID: 7, PromiseID: 10, Fit: model.FitFull, Earliest: date("2027-03-01"), AssessedAt: time.Now()}),
			[]string{"changed the fit of the delivery answer to P3 from partial to full"}},
		{"decision", model.Event{Entity: "decision", EntityID: 6, Action: "create", After: js(model.Decision{ID: 6, GapID: 20, Text: "ship later", DecidedBy: 2})},
			[]string{"recorded a decision on gap G4: “ship later”"}},
		{"term", model.Event{Entity: "term", EntityID: 5, Action: "create", After: js(histTerm)}, []string{"added term “real-time” to the glossary"}},
		{"constraint", model.Event{Entity: "constraint", EntityID: 4, Action: "create", After: js(model.Constraint{ID: 4, Text: "No Event Mesh"})},
			[]string{"added the delivery constraint “No Event Mesh”"}},
		{"confirmation", model.Event{Entity: "confirmation", EntityID: 9, Action: "create", After: js(model.Confirmation{ID: 9, PromiseID: 10, Answer: model.AnswerNotAsWritten})},
			[]string{"recorded the customer's answer on P3: not as written"}},
		{"sign-off", model.Event{Entity: "signoff", EntityID: 3, Action: "create", After: js(model.SignOff{ID: 3, PersonID: 2, Role: model.RoleDelivery,
			Sections: map[string]string{"promises": "ab12"}})}, []string{"recorded the sign-off of Lukas Brandt for delivery"}},
		{"sign-off withdrawn", model.Event{Entity: "signoff", EntityID: 3, Action: "delete", Before: js(model.SignOff{ID: 3, PersonID: 2})},
			[]string{"withdrew the sign-off by Lukas Brandt"}},
		{"dismissed", model.Event{Entity: "dismissed_word", EntityID: 2, Action: "create", After: js(model.DismissedWord{ID: 2, Word: "integration"})},
			[]string{"dismissed “integration”: no term in this deal"}},
		{"nothing visible", upd("promise", 10, histPromise, with(histPromise, func(p *model.Promise) { p.Version = 2 })),
			[]string{"saved promise P3 without a visible change"}},
		{"unknown field of a known row", model.Event{Entity: "promise", EntityID: 10, Action: "update",
			Before: `{"id":10,"title":"A","kept":"not yet"}`, After: `{"id":10,"title":"A","kept":"kept"}`},
			[]string{"changed the kept of promise P3 from “not yet” to “kept”"}},
		{"unknown row with a record", model.Event{Entity: "change_request", EntityID: 4, Action: "update",
			Before: `{"id":4,"split":{"delivery":6,"presales":1}}`, After: `{"id":4,"split":{"delivery":5,"presales":2,"owner":2}}`},
			[]string{"changed the split of change request #4 from delivery: 6, presales: 1 to delivery: 5, owner: Lukas Brandt, presales: 2"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := narrator(i18n.EN).Tell(c.e)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("\n got %q\nwant %q", got, c.want)
			}
			for _, s := range got {
				if strings.Contains(s, "map[") || strings.Contains(s, "{") {
					t.Errorf("raw value in %q", s)
				}
			}
		})
	}
}

// TestTellInEveryLanguage: the same changes in the reader's words and
// forms: dates, money and stored words in the language, people by name.
func TestTellInEveryLanguage(t *testing.T) {
	owned := with(histGap, func(g *model.Gap) { g.Owner = 2 })
	valued := with(histDeal, func(d *model.Deal) { d.Value.Minor = 150000000 })
	dated := with(owned, func(g *model.Gap) { g.Due = date("2027-03-01"); g.Status = model.GapInProgress })
	events := []model.Event{
		upd("gap", 20, histGap, owned),
		upd("deal", 1, histDeal, valued),
		upd("gap", 20, owned, dated),
		upd("deal", 1, histDeal, with(histDeal, func(d *model.Deal) { d.Owners.Delivery = 2 })),
		{Entity: "promise", EntityID: 10, Action: "create", After: js(histPromise)},
	}
	want := map[i18n.Lang][]string{
		i18n.EN: {
			"set the owner of gap G4 to Lukas Brandt",
			"changed the value of the deal from EUR 1,240,000.00 to EUR 1,500,000.00",
			"set the due date of gap G4 to 2027-03-01; changed the status of gap G4 from open to in progress",
			"set the delivery owner of the deal to Lukas Brandt",
			"added promise P3 “Real-time sync”",
		},
		i18n.PL: {
			"odpowiedzialny luki G4: Lukas Brandt",
			"wartość szansy: 1\u00a0240\u00a0000,00\u00a0€ → 1\u00a0500\u00a0000,00\u00a0€",
			"termin luki G4: 01.03.2027; status luki G4: otwarta → w toku",
			"odpowiedzialny za wdrożenie szansy: Lukas Brandt",
			"dodano obietnicę P3 „Real-time sync”",
		},
		i18n.DE: {
			"Verantwortliche(r) der Lücke G4 auf Lukas Brandt gesetzt",
			"Wert des Deals von 1.240.000,00\u00a0€ auf 1.500.000,00\u00a0€ geändert",
			"Fälligkeit der Lücke G4 auf 01.03.2027 gesetzt; Status der Lücke G4 von offen auf in Arbeit geändert",
			"Verantwortliche(r) Umsetzung des Deals auf Lukas Brandt gesetzt",
			"neue Zusage P3 „Real-time sync“",
		},
		i18n.SV: {
			"satte ansvarig för glapp G4 till Lukas Brandt",
			"ändrade värde för affären från 1\u00a0240\u00a0000,00\u00a0€ till 1\u00a0500\u00a0000,00\u00a0€",
			"satte klart senast-datum för glapp G4 till 2027-03-01; ändrade status för glapp G4 från öppen till pågår",
			"satte ansvarig leverans för affären till Lukas Brandt",
			"lade till löfte P3 ”Real-time sync”",
		},
		i18n.IT: {
			"ha impostato il campo «responsabile» dello scostamento G4 a Lukas Brandt",
			"ha cambiato il campo «valore» della trattativa da 1.240.000,00\u00a0€ a 1.500.000,00\u00a0€",
			"ha impostato il campo «scadenza» dello scostamento G4 a 01/03/2027; ha cambiato il campo «stato» dello scostamento G4 da aperta a in corso",
			"ha impostato il campo «responsabile produzione» della trattativa a Lukas Brandt",
			"ha aggiunto la promessa P3 «Real-time sync»",
		},
		i18n.ZH: {
			"将差距 G4 的负责人设为Lukas Brandt",
			"将商机的金额从€1,240,000.00改为€1,500,000.00",
			"将差距 G4 的截止日期设为2027-03-01；将差距 G4 的状态从待处理改为进行中",
			"将商机的实施负责人设为Lukas Brandt",
			"添加了承诺 P3 “Real-time sync”",
		},
	}
	for _, l := range i18n.All() {
		n := narrator(l)
		var got []string
		for _, e := range events {
			got = append(got, n.Line(model.HistoryEntry{Event: e}))
		}
		if !reflect.DeepEqual(got, want[l]) {
			t.Errorf("%s:\n got %q\nwant %q", l, got, want[l])
		}
	}
}

// TestFoldHistory: the gap changes a write caused are folded under the
// change of that write that concerns their promise; another write at the
// same moment stays its own entry.
func TestFoldHistory(t *testing.T) {
	at := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	derived := func(id, promise int64, action string) model.Event {
		g := model.Gap{ID: id, PromiseID: promise, Kind: model.KindUnassessed, Origin: model.OriginDerived, Status: model.GapOpen,
			Diff: model.Difference{Promise: "Sync"}}
		e := model.Event{ID: id * 100, Actor: "priya", At: at, Entity: "gap", EntityID: id, Action: action, After: js(g)}
		if action != "create" {
			e.Before = e.After
		}
		return e
	}
	ev := func(id int64, entity string, entityID int64, after any, when time.Time, actor string) model.Event {
		return model.Event{ID: id, Actor: actor, At: when, Entity: entity, EntityID: entityID, Action: "create", After: js(after)}
	}
	// oldest first, as written; the store lists them newest first.
	written := []model.Event{
		ev(1, "promise", 10, model.Promise{ID: 10, Title: "Sync"}, at, "priya"),
		ev(2, "promise", 11, model.Promise{ID: 11, Title: "Training"}, at, "priya"),
		derived(30, 10, "create"),
		derived(31, 11, "create"),
		derived(32, 10, "refresh"),
		ev(3, "gap", 40, model.Gap{ID: 40, Origin: model.OriginManual, Title: "by hand"}, at, "priya"), // a person's gap: its own entry
		derived(33, 11, "resolve"),
		ev(4, "term", 5, model.Term{ID: 5, Term: "real-time"}, at.Add(time.Second), "priya"),
		derived(34, 10, "refresh"), // another write refreshed the deal: no cause in its write
	}
	written[8].At = at.Add(2 * time.Second)
	listed := slices.Clone(written)
	slices.Reverse(listed)
	got := model.FoldHistory(listed)
	type entry struct {
		id     int64
		caused []int64
	}
	var summary []entry
	for _, h := range got {
		en := entry{id: h.Event.ID}
		for _, c := range h.Caused {
			en.caused = append(en.caused, c.ID)
		}
		summary = append(summary, en)
	}
	want := []entry{{3400, nil}, {4, nil}, {3, nil}, {2, []int64{3100, 3300}}, {1, []int64{3000, 3200}}}
	if !reflect.DeepEqual(summary, want) {
		t.Errorf("folded %v, want %v", summary, want)
	}
	n := narrator(i18n.EN)
	n.Promises = map[int64]string{10: "P1", 11: "P2"}
	n.Gaps = map[int64]string{30: "G1", 31: "G2"}
	if line := n.Line(got[4]); line != "added promise P1 “Sync” (+2 gap changes)" {
		t.Errorf("line %q", line)
	}
	if line := narrator(i18n.PL).Line(got[4]); !strings.HasSuffix(line, "(+2 zmiany luk)") {
		t.Errorf("Polish line %q", line)
	}
	five := model.HistoryEntry{Event: got[4].Event, Caused: make([]model.Event, 5)}
	for i := range five.Caused {
		five.Caused[i] = derived(int64(50+i), 10, "refresh")
	}
	if line := narrator(i18n.PL).Line(five); !strings.HasSuffix(line, "(+5 zmian luk)") {
		t.Errorf("Polish line for five %q", line)
	}
	if s := n.Tell(got[4].Caused[0]); !reflect.DeepEqual(s, []string{"new gap G1: no answer from delivery yet"}) {
		t.Errorf("caused %q", s)
	}
}

// TestTellDerived: what the rules did to a gap, in words.
func TestTellDerived(t *testing.T) {
	g := model.Gap{ID: 20, PromiseID: 10, Kind: model.KindUnassessed, Origin: model.OriginDerived, Status: model.GapOpen,
		Severity: model.SeverityHigh, Diff: model.Difference{Promise: "Sync"}}
	closed := with(g, func(x *model.Gap) {
		x.Status, x.AutoResolved, x.Resolution = model.GapResolved, true, "Closed automatically: delivery answered the promise."
	})
	lower := with(g, func(x *model.Gap) { x.Severity = model.SeverityLow })
	for _, c := range []struct {
		l      i18n.Lang
		action string
		e      model.Event
		want   string
	}{
		{i18n.EN, "resolve", upd("gap", 20, g, closed), "gap G4 closed automatically: delivery answered the promise"},
		{i18n.DE, "resolve", upd("gap", 20, g, closed), "Lücke G4 automatisch geschlossen: die Umsetzung hat die Zusage eingeschätzt"},
		{i18n.EN, "reopen", upd("gap", 20, closed, g), "gap G4 reopened: no answer from delivery yet"},
		{i18n.EN, "refresh", upd("gap", 20, g, lower), "changed the severity of gap G4 from high to low"},
	} {
		c.e.Action = c.action
		if got := narrator(c.l).Tell(c.e); !reflect.DeepEqual(got, []string{c.want}) {
			t.Errorf("%s %s: %q, want %q", c.l, c.e.Action, got, c.want)
		}
	}
}

// TestSentence: the change told with who made it.
func TestSentence(t *testing.T) {
	e := upd("gap", 20, histGap, with(histGap, func(g *model.Gap) { g.Owner = 2 }))
	e.Actor = "Priya Raman"
	for l, want := range map[i18n.Lang]string{
		i18n.EN: "Priya Raman set the owner of gap G4 to Lukas Brandt",
		i18n.PL: "Priya Raman — odpowiedzialny luki G4: Lukas Brandt",
		i18n.SV: "Priya Raman satte ansvarig för glapp G4 till Lukas Brandt",
		i18n.ZH: "Priya Raman 将差距 G4 的负责人设为Lukas Brandt",
	} {
		if got := narrator(l).Sentence(e); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}

// TestTellWhilePresenting: a shared screen shows no money, internal notes
// or effort sold, and no internal decision's words.
func TestTellWhilePresenting(t *testing.T) {
	n := narrator(i18n.EN)
	n.Presenting = true
	dec := model.Decision{ID: 6, GapID: 20, Text: "absorb the 25 days"}
	for _, c := range []struct {
		e    model.Event
		want []string
	}{
		{upd("deal", 1, histDeal, with(histDeal, func(d *model.Deal) { d.Value.Minor, d.Stage = 1, model.StageNegotiation })),
			[]string{"changed the stage of the deal from proposal to negotiation"}},
		{upd("deal", 1, histDeal, with(histDeal, func(d *model.Deal) { d.Notes = "margin is thin" })),
			[]string{"saved the deal without a visible change"}},
		{model.Event{Entity: "decision", EntityID: 6, Action: "create", After: js(dec)},
			[]string{"recorded a decision on gap G4: (internal: hidden while presenting)"}},
		{model.Event{Entity: "decision", EntityID: 6, Action: "create", After: js(with(dec, func(d *model.Decision) { d.Shared = true }))},
			[]string{"recorded a decision on gap G4: “absorb the 25 days”"}},
	} {
		if got := n.Tell(c.e); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q, want %q", got, c.want)
		}
	}
}
