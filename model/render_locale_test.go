package model

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"handoff/internal/i18n"
)

// sampleDifferences is one difference of every kind the rules find.
func sampleDifferences() map[GapKind][]Difference {
	p := "Real-time sync with SAP"
	return map[GapKind][]Difference{
		KindUnassessed: {{Promise: p}, {Promise: p, Fit: FitUnknown}},
		KindScope: {{Promise: p, Fit: FitPartial, CanDo: "IDoc batches every 15 minutes."},
			{Promise: p, Fit: FitNone}, {Promise: p, Fit: FitWorkaround}, {Promise: p, Fit: FitPartial}},
		KindSchedule:       {{Promise: p, Due: MustDate("2027-01-15"), Earliest: MustDate("2027-03-01"), DaysLate: 45}, {Promise: p, Due: MustDate("2027-01-15"), Earliest: MustDate("2027-01-16"), DaysLate: 1}},
		KindEffort:         {{Promise: p, EffortDays: 85, BudgetDays: 60}, {Promise: p, EffortDays: 12.5, BudgetDays: 10}, {Promise: p, EffortDays: 1250, BudgetDays: 1000}},
		KindSuspect:        {{Promise: p}},
		KindUnverified:     {{Promise: p, Verification: VerificationHeard, Stage: StageNegotiation}},
		KindUndefinedTerm:  {{Promise: p, Terms: []string{"real-time", "24/7"}}},
		KindUnownedPromise: {{Promise: p}},
	}
}

// The catalogue's English keys say what Text says: the two renderings are
// one text, so a translation translates what English readers see.
func TestDifferenceTextInEnglishIsText(t *testing.T) {
	for k, ds := range sampleDifferences() {
		for _, d := range ds {
			if got, want := d.localText(k, i18n.EN), d.Text(k); got != want {
				t.Errorf("%s: catalogue English %q, Text %q", k, got, want)
			}
		}
	}
}

// Every language renders every kind, in its own words and number forms.
func TestDifferenceTextIn(t *testing.T) {
	for k, ds := range sampleDifferences() {
		for _, d := range ds {
			for _, l := range i18n.All()[1:] {
				if got := d.TextIn(k, l); got == "" || got == d.Text(k) {
					t.Errorf("%s %s: %q is not in the language", l, k, got)
				}
			}
		}
	}
	sched := sampleDifferences()[KindSchedule][0]
	effort := sampleDifferences()[KindEffort][1]
	for _, c := range []struct {
		l                i18n.Lang
		schedule, effort string
	}{
		{i18n.PL, "termin 15.01.2027, wdrożenie najwcześniej 01.03.2027: 45 dni opóźnienia",
			"wdrożenie potrzebuje 12,5 osobodni, sprzedano 10 (1,2×)"},
		{i18n.DE, "fällig 15.01.2027, Umsetzung frühestens 01.03.2027: 45 Tage zu spät",
			"die Umsetzung braucht 12,5 Personentage, verkauft wurden 10 (1,2×)"},
		{i18n.SV, "klart senast 2027-01-15, leveransen tidigast 2027-03-01: 45 dagar för sent",
			"leveransen behöver 12,5 persondagar, 10 såldes (1,2×)"},
		{i18n.IT, "scadenza 15/01/2027, produzione non prima del 01/03/2027: 45 giorni di ritardo",
			"la produzione stima 12,5 giorni/uomo, ne sono stati venduti 10 (1,2×)"},
		{i18n.ZH, "截止日期 2027-01-15，实施最早 2027-03-01：晚 45 天",
			"实施需要 12.5 人天，售出 10 人天（1.2 倍）"},
	} {
		if got := sched.TextIn(KindSchedule, c.l); got != c.schedule {
			t.Errorf("%s schedule: %q, want %q", c.l, got, c.schedule)
		}
		if got := effort.TextIn(KindEffort, c.l); got != c.effort {
			t.Errorf("%s effort: %q, want %q", c.l, got, c.effort)
		}
	}
	if got := sampleDifferences()[KindSchedule][1].TextIn(KindSchedule, i18n.PL); !strings.HasSuffix(got, ": 1 dzień opóźnienia") {
		t.Errorf("pl one day late: %q", got)
	}
	if got := sampleDifferences()[KindUndefinedTerm][0].TextIn(KindUndefinedTerm, i18n.ZH); got != "未达成一致：real-time、24/7" {
		t.Errorf("zh terms: %q", got)
	}
	if got := sampleDifferences()[KindEffort][2].TextIn(KindEffort, i18n.DE); got != "die Umsetzung braucht 1.250 Personentage, verkauft wurden 1.000 (1,2×)" {
		t.Errorf("de thousands: %q", got)
	}
}

// A gap stored with an English title reads in the reader's language from
// its data; one stored before differences were kept (no data yet) reads as
// its title, in every language, until the rules record its data.
func TestGapHeadingIn(t *testing.T) {
	d := sampleDifferences()[KindScope][0]
	g := Gap{Kind: KindScope, Origin: OriginDerived, Title: d.Heading(KindScope), Diff: d}
	for l, want := range map[i18n.Lang]string{
		i18n.EN: "“Real-time sync with SAP” — fit partial: IDoc batches every 15 minutes.",
		i18n.PL: "„Real-time sync with SAP” — pokrycie (częściowe): IDoc batches every 15 minutes.",
		i18n.DE: "„Real-time sync with SAP“ — Abdeckung (teilweise): IDoc batches every 15 minutes.",
		i18n.SV: "”Real-time sync with SAP” — täckning (delvis): IDoc batches every 15 minutes.",
		i18n.IT: "«Real-time sync with SAP» — copertura (parziale): IDoc batches every 15 minutes.",
		i18n.ZH: "“Real-time sync with SAP” — 满足程度（部分满足）：IDoc batches every 15 minutes.",
	} {
		if got := g.HeadingIn(l); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
	old := Gap{Kind: KindScope, Origin: OriginDerived, Title: "“SSO” — fit partial: SAML only"}
	manual := Gap{Kind: KindOther, Origin: OriginManual, Title: "Training plan"}
	for _, l := range i18n.All() {
		if got := old.HeadingIn(l); got != old.Title {
			t.Errorf("%s: old gap reads %q", l, got)
		}
		if got := old.DifferenceIn(l); got != old.Title {
			t.Errorf("%s: old gap's difference reads %q", l, got)
		}
		if got := manual.HeadingIn(l); got != "Training plan" {
			t.Errorf("%s: manual gap reads %q", l, got)
		}
	}
}

// The rules' closing notes, as any version stored them, read in the
// reader's language; a person's own words stay as written.
func TestAutoNoteIn(t *testing.T) {
	stored := []Gap{{ID: 1, DealID: 1, PromiseID: 7, Kind: KindSchedule, Status: GapOpen, Origin: OriginDerived,
		Resolution: "Moved the go-live"}}
	plan := Reconcile(1, stored, nil, map[int64]bool{7: true})
	note := plan.Change[0].After.Resolution
	if note != "Closed automatically: delivery's earliest date now meets the due date. Earlier note: Moved the go-live" {
		t.Fatalf("English note %q", note)
	}
	for l, want := range map[i18n.Lang]string{
		i18n.EN: note,
		i18n.PL: "Zamknięta automatycznie: najwcześniejsza data wdrożenia mieści się teraz w terminie. Wcześniejsza notatka: Moved the go-live",
		i18n.DE: "Automatisch geschlossen: der früheste Termin der Umsetzung hält die Fälligkeit jetzt ein. Frühere Notiz: Moved the go-live",
		i18n.ZH: "已自动关闭：实施最早完成日期现已满足截止日期。此前备注：Moved the go-live",
	} {
		if got := plan.Change[0].After.ResolutionIn(l); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
	for _, k := range GapKinds {
		for _, live := range []bool{true, false} {
			n := autoPrefix + whyGone(k, live) + "."
			for _, l := range i18n.All()[1:] {
				if got := AutoNoteIn(n, l); got == n || strings.Contains(got, "automatically") {
					t.Errorf("%s: %q not rendered: %q", l, n, got)
				}
			}
		}
	}
	for _, own := range []string{"Closed automatically: we said so.", "Risk accepted by Jonas", ""} {
		if got := AutoNoteIn(own, i18n.PL); got != own {
			t.Errorf("a person's note %q became %q", own, got)
		}
	}
}

// Each blocker reads in every language from its data, and in English as
// Assess has always written it.
func TestBlockersIn(t *testing.T) {
	d := sampleDifferences()[KindSchedule][0]
	gap := Blocker{Kind: BlockGap, Severity: SeverityCritical, GapKind: KindSchedule, NoOwner: true, NoDue: true,
		Title: d.Heading(KindSchedule), Diff: d}
	for _, c := range []struct {
		b    Blocker
		want map[i18n.Lang]string
	}{
		{Blocker{Kind: BlockUnanswered, Promise: "SSO"}, map[i18n.Lang]string{
			i18n.EN: "Promise “SSO” has no answer from delivery.",
			i18n.PL: "Obietnica „SSO” nie ma oceny wdrożenia.",
			i18n.DE: "Die Zusage „SSO“ hat keine Einschätzung der Umsetzung.",
			i18n.SV: "Löftet ”SSO” saknar leveransens bedömning.",
			i18n.IT: "La promessa «SSO» non ha una valutazione della produzione.",
			i18n.ZH: "承诺“SSO”尚无交付评估。",
		}},
		{Blocker{Kind: BlockTerm, Term: "real-time", Promise: "SSO", Uses: 22}, map[i18n.Lang]string{
			i18n.EN: "Term “real-time” is used in 22 promises but not agreed.",
			i18n.PL: "Pojęcie „real-time” występuje w 22 obietnicach, ale nie jest uzgodnione.",
			i18n.DE: "Der Begriff „real-time“ wird in 22 Zusagen verwendet, ist aber nicht abgestimmt.",
			i18n.ZH: "术语“real-time”在 22 项承诺中使用，但尚未达成一致。",
		}},
		{gap, map[i18n.Lang]string{
			i18n.EN: "Critical schedule gap has no owner and no due date: “Real-time sync with SAP” — due 2027-01-15, delivery earliest 2027-03-01: 45 days late.",
			i18n.PL: "Luka krytyczna (termin) nie ma odpowiedzialnego ani terminu: „Real-time sync with SAP” — termin 15.01.2027, wdrożenie najwcześniej 01.03.2027: 45 dni opóźnienia.",
			i18n.DE: "Lücke (Termin, kritisch) hat keinen Verantwortlichen und keine Fälligkeit: „Real-time sync with SAP“ — fällig 15.01.2027, Umsetzung frühestens 01.03.2027: 45 Tage zu spät.",
			i18n.ZH: "差距（进度，严重程度：严重）没有负责人，也没有截止日期：“Real-time sync with SAP” — 截止日期 2027-01-15，实施最早 2027-03-01：晚 45 天。",
		}},
		{Blocker{Kind: BlockOwner, Role: RoleDelivery}, map[i18n.Lang]string{
			i18n.EN: "The deal has no delivery owner.",
			i18n.SV: "Affären saknar ansvarig för leverans.",
			i18n.ZH: "该商机没有实施负责人。",
		}},
	} {
		for l, want := range c.want {
			if got := c.b.In(l); got != want {
				t.Errorf("%s: %q, want %q", l, got, want)
			}
		}
	}
	// Every kind reads in every language.
	for _, b := range []Blocker{{Kind: BlockNoPromises}, {Kind: BlockUnanswered, Promise: "A"},
		{Kind: BlockTerm, Term: "t", Promise: "A", Uses: 1}, {Kind: BlockSuspect, Promise: "A"}, gap,
		{Kind: BlockGap, Severity: SeverityHigh, GapKind: KindOther, NoDue: true, Title: "Training"},
		{Kind: BlockGap, Severity: SeverityHigh, GapKind: KindOther, NoOwner: true, Title: "Training"},
		{Kind: BlockOwner, Role: RoleSales}} {
		for _, l := range i18n.All()[1:] {
			if got := b.In(l); got == "" || got == b.String() {
				t.Errorf("%s: %+v reads %q", l, b, got)
			}
		}
	}
	r := NewReadiness(50, []Blocker{gap, {Kind: BlockNoPromises}})
	if got := r.BlockersIn(i18n.IT); len(got) != 2 || got[1] != "Non è ancora registrata nessuna promessa." {
		t.Errorf("it blockers %q", got)
	}
	if got := (Readiness{Percent: 50, Blockers: []string{"as an old export said it"}}).BlockersIn(i18n.PL); got[0] != "as an old export said it" {
		t.Errorf("sentences without data: %q", got)
	}
}

// Every field a history entry can name has a label in every language, and
// the values read in the reader's forms and words.
func TestHistoryIn(t *testing.T) {
	for entity, row := range eventRows {
		for i := range row.NumField() {
			name, _, _ := strings.Cut(row.Field(i).Tag.Get("json"), ",")
			if name == "" || name == "-" || !row.Field(i).IsExported() {
				continue
			}
			for _, l := range i18n.All()[1:] {
				if !l.HasWord("field", name) {
					t.Errorf("%s: %s field %s has no label", l, entity, name)
				}
			}
		}
	}
	if got := FieldLabel(i18n.PL, "budget_days"); got != "budżet (osobodni)" {
		t.Errorf("pl label %q", got)
	}
	if got := FieldLabel(i18n.EN, "budget_days"); got != "budget (person-days)" {
		t.Errorf("en label %q", got)
	}
	if got := FieldLabel(i18n.DE, "kept_on"); got != "kept on" {
		t.Errorf("a field no table names: %q", got)
	}
	names := func(id int64) string { return map[int64]string{3: "Anna Nowak"}[id] }
	for _, c := range []struct {
		v    any
		l    i18n.Lang
		want string
	}{
		{Money{Minor: 48_600_000, Currency: "PLN"}, i18n.PL, "486 000,00 zł"},
		{Money{Minor: 48_600_000, Currency: "PLN"}, i18n.EN, "PLN 486,000.00"},
		{MustDate("2026-12-09"), i18n.DE, "09.12.2026"},
		{12.5, i18n.IT, "12,5"},
		{StageNegotiation, i18n.PL, "negocjacje"},
		{GapInProgress, i18n.EN, "in progress"},
		{Owners{Delivery: 3}, i18n.SV, "leverans: Anna Nowak"},
		{"as written", i18n.ZH, "“as written”"},
		{map[string]any{"delivery": 6.0, "presales": 1.0}, i18n.DE, "Umsetzung: 6, Presales: 1"},
		{true, i18n.PL, "tak"},
	} {
		if got := nb(Narrator{Lang: c.l, Person: names}.Value(c.v)); got != c.want {
			t.Errorf("%s: %v renders %q, want %q", c.l, c.v, got, c.want)
		}
	}
}

// A refusal reaches the reader in their language: each field in their
// words, each rule's message translated, whatever wraps the error.
func TestValidationErrorsIn(t *testing.T) {
	g := Gap{DealID: 1, Kind: KindOther, Title: "Training", Severity: SeverityCritical, Status: GapResolved, Origin: OriginManual}
	err := g.ValidateChange()
	if err == nil || err.Error() != "resolution is required to set a critical gap to resolved: write the decision that closes it" {
		t.Fatalf("English: %v", err)
	}
	wrapped := fmt.Errorf("saving the gap: %w", err)
	for l, want := range map[i18n.Lang]string{
		i18n.EN: "saving the gap: resolution is required to set a critical gap to resolved: write the decision that closes it",
		i18n.PL: "saving the gap: rozstrzygnięcie: jest wymagane, aby ustawić lukę o wadze krytyczna na status rozwiązana: wpisz decyzję, która ją zamyka",
		i18n.ZH: "saving the gap: 处理结果：将严重级差距设为“已解决”时必填：请写下关闭它的决定",
	} {
		if got := l.Error(wrapped); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
	d := Deal{Stage: StageLead, Value: Money{Minor: 5, Currency: "eur"}}
	var ve *ValidationError
	if !errors.As(d.Validate(), &ve) {
		t.Fatal("no validation error")
	}
	if got := i18n.DE.Error(ve); got != `Name: Pflichtfeld; Währung: "eur" ist kein Währungscode: bitte einen ISO-4217-Code in Großbuchstaben angeben, etwa EUR` {
		t.Errorf("de: %q", got)
	}
	if got := ve.ForIn("name", i18n.SV); got != "måste anges" {
		t.Errorf("sv name: %q", got)
	}
	if got := ve.For("name"); got != "is required" {
		t.Errorf("en name: %q", got)
	}
	_, err = ParseMoneyIn("12,5", "JPY", i18n.IT)
	fe := FieldErrorOf("value", err)
	if got := fe.MessageIn(i18n.IT); got != "12,5 ha 1 decimale; JPY: nessun decimale" {
		t.Errorf("it: %q", got)
	}
}
