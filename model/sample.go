package model

import (
	"fmt"
	"time"
)

// The sample deals are what a new user sees first ("handoff demo") and what
// "handoff sample" adds to a database: three realistic deals that, between
// them, show every feature — promises in Polish, German and Chinese, every
// gap rule firing, owned and accepted gaps, agreed and disputed terms,
// decisions, constraints, and deals that are not yet ready for handoff and
// say why.

// The ids of the sample people; the archive refers to them by these.
const (
	sampleAnna   int64 = iota + 1 // presales
	sampleJonas                   // sales
	sampleMarta                   // sales, Poland
	sampleSofia                   // presales
	sampleWei                     // delivery: solution architect
	samplePriya                   // delivery: project manager
	sampleLukas                   // delivery: SAP integration lead
	sampleTomasz                  // customer: Bałtyk Cargo
	sampleKatrin                  // customer: Hessler
	sampleChen                    // customer: Vantaro Suzhou
)

// SampleArchive returns the sample deals as an archive to import: a
// process and AI-readiness assessment for a Polish logistics company (in
// negotiation, PLN), an SAP S/4HANA ↔ MES integration for a German
// manufacturer (at handoff, EUR), and managed IT services for a group with a
// plant in Suzhou (won, USD). Gaps are what the rules derive, some of them
// owned, dated, in progress or accepted, plus a few a person wrote. There
// are no sign-offs: a sign-off holds the hash of a report. The result is the
// same on every call.
func SampleArchive() Archive {
	a := NewArchive()
	a.People = samplePeople()
	var b sampleBuilder
	a.Deals = []Dossier{b.consulting(), b.integration(), b.services()}
	return a
}

func samplePeople() []Person {
	return []Person{
		{ID: sampleAnna, Name: "Anna Kowalska", Role: RolePresales, Email: "anna.kowalska@brightbridge.example"},
		{ID: sampleJonas, Name: "Jonas Becker", Role: RoleSales, Email: "jonas.becker@brightbridge.example"},
		{ID: sampleMarta, Name: "Marta Nowak", Role: RoleSales, Email: "marta.nowak@brightbridge.example"},
		{ID: sampleSofia, Name: "Sofia Rossi", Role: RolePresales, Email: "sofia.rossi@brightbridge.example"},
		{ID: sampleWei, Name: "Wei Zhang", Role: RoleDelivery, Email: "wei.zhang@brightbridge.example"},
		{ID: samplePriya, Name: "Priya Nair", Role: RoleDelivery, Email: "priya.nair@brightbridge.example"},
		{ID: sampleLukas, Name: "Lukas Hoffmann", Role: RoleDelivery, Email: "lukas.hoffmann@brightbridge.example"},
		{ID: sampleTomasz, Name: "Tomasz Wiśniewski", Role: RoleCustomer, Email: "t.wisniewski@baltyk-cargo.example"},
		{ID: sampleKatrin, Name: "Katrin Vogel", Role: RoleCustomer, Email: "katrin.vogel@hessler-praezision.example"},
		{ID: sampleChen, Name: "Chen Jing 陈静", Role: RoleCustomer, Email: "jing.chen@vantaro.example"},
	}
}

// sampleBuilder hands out the ids that run across deals.
type sampleBuilder struct {
	gap, assessment, constraint, term, decision int64
}

func (b *sampleBuilder) next(n *int64) int64 {
	*n++
	return *n
}

// answer is delivery's answer to a promise, with the next assessment id.
func (b *sampleBuilder) answer(a Assessment) Assessment {
	a.ID = b.next(&b.assessment)
	if a.PromiseRevision == 0 {
		a.PromiseRevision = 1
	}
	return a
}

func (b *sampleBuilder) constraints(deal int64, texts ...string) []Constraint {
	out := make([]Constraint, len(texts))
	for i, s := range texts {
		out[i] = Constraint{ID: b.next(&b.constraint), DealID: deal, Text: s}
	}
	return out
}

func (b *sampleBuilder) terms(deal int64, ts ...Term) []Term {
	for i := range ts {
		ts[i].ID, ts[i].DealID = b.next(&b.term), deal
		if ts[i].AgreedBy == nil {
			ts[i].AgreedBy = []int64{}
		}
	}
	return ts
}

// derive sets the deal's gaps to what the rules find now, all open and
// unowned, as the store would make them.
func (b *sampleBuilder) derive(d *Dossier) {
	f := Facts{Deal: d.Deal, Promises: d.Promises, Assessments: d.Assessments, Terms: d.Terms,
		Watch: WatchWords(nil)}
	for _, fd := range Derive(f) {
		d.Gaps = append(d.Gaps, Gap{ID: b.next(&b.gap), DealID: d.Deal.ID, PromiseID: fd.PromiseID,
			Kind: fd.Kind, Title: fd.Title, Diff: fd.Diff, Severity: fd.Severity, Status: GapOpen, Origin: OriginDerived})
	}
}

// manual adds a gap a person wrote and returns its id.
func (b *sampleBuilder) manual(d *Dossier, g Gap) int64 {
	g.ID, g.DealID, g.Kind, g.Origin = b.next(&b.gap), d.Deal.ID, KindOther, OriginManual
	if g.Status == "" {
		g.Status = GapOpen
	}
	d.Gaps = append(d.Gaps, g)
	return g.ID
}

// decide records a decision.
func (b *sampleBuilder) decide(d *Dossier, gap, by int64, at time.Time, text string) {
	d.Decisions = append(d.Decisions, Decision{ID: b.next(&b.decision), DealID: d.Deal.ID, GapID: gap,
		Text: text, DecidedBy: by, DecidedAt: at})
}

// sampleGap is the derived gap of a promise and kind, to give it an owner or
// a status. The sample data is fixed, so a missing gap is a mistake in it.
func sampleGap(d *Dossier, promise int64, kind GapKind) *Gap {
	for i := range d.Gaps {
		if g := &d.Gaps[i]; g.Origin == OriginDerived && g.PromiseID == promise && g.Kind == kind {
			return g
		}
	}
	panic(fmt.Sprintf("sample deal %q: no %s gap for promise %d", d.Deal.Name, kind, promise))
}

// sampleOwn gives a gap an owner and a due date.
func sampleOwn(g *Gap, owner int64, due string) *Gap {
	g.Owner, g.Due = owner, MustDate(due)
	return g
}

// sampleAt is a moment in November 2026, when delivery answered and the
// meetings took place.
func sampleAt(day, hour, minute int) time.Time {
	return time.Date(2026, time.November, day, hour, minute, 0, 0, time.UTC)
}

// consulting is deal 1: a process and AI-readiness assessment for a Polish
// logistics company, still in negotiation. It shows unverified promises,
// effort over budget, a promise nobody owns, one left unanswered, a disputed
// Polish term and a deal with no delivery owner yet.
func (b *sampleBuilder) consulting() Dossier {
	const deal = 1
	d := Dossier{Deal: Deal{
		ID: deal, Name: "Process & AI-readiness assessment", Customer: "Bałtyk Cargo Sp. z o.o.",
		Stage: StageNegotiation, Value: Money{Minor: 48_600_000, Currency: "PLN"},
		CloseDate: MustDate("2026-12-18"),
		Owners:    Owners{Sales: sampleMarta, Presales: sampleAnna},
		WhyBuy: "Dispatchers in four depots re-key orders from e-mail and Excel into the TMS and spend a third " +
			"of their day on status calls from customers. The board must decide the 2027 automation budget in " +
			"March and wants to know where process changes and AI would actually pay off — and where they would not.",
		Notes: "Margin target 38%; we gave 12% discount to beat the Big Four bid. The CFO (Piotr Zieliński) is " +
			"skeptical of anything called AI: keep the report sober, numbers first. Delivery owner not named " +
			"yet — Wei answered the promises but is booked on Vantaro until February.",
		NotSold: []string{
			"Implementing any tool or model the assessment recommends",
			"TMS replacement or vendor selection",
			"Data warehouse or BI platform build",
			"Change management beyond the two workshops in the proposal",
		},
	}}
	d.Promises = []Promise{
		{ID: 1, DealID: deal, Title: "Raport w czasie rzeczywistym z obłożenia floty i statusu zleceń",
			Detail: "Prototyp dashboardu pokazany na demo: obłożenie 140 ciągników i status zleceń " +
				"w czasie rzeczywistym, dla dyspozytorów we wszystkich czterech oddziałach.",
			Category: CategoryPerformance, Priority: PriorityShould, PromisedBy: sampleAnna,
			Source: SourceDemo, SourceRef: "Demo 2026-10-08, Power BI mock-up", MadeOn: MustDate("2026-10-08"),
			Due: MustDate("2027-02-26"), BudgetDays: 8, Verification: VerificationHeard,
			Problem: "Dispatchers phone drivers to find out where a truck is; customers then phone the dispatchers for the same answer."},
		{ID: 2, DealID: deal, Title: "Ocena 6 kluczowych procesów i mapa drogowa AI — wdrożenie w 6 tygodni",
			Detail: "Order intake, dispatching, billing, claims, driver settlement and customer service, each " +
				"with a target process and a business case. On the call Marta said „wdrożenie w 6 tygodni”, " +
				"meaning the whole engagement from kick-off to the board presentation.",
			Category: CategoryTimeline, Priority: PriorityMust, PromisedBy: sampleMarta,
			Source: SourceProposal, SourceRef: "Oferta v3 §4.2", MadeOn: MustDate("2026-10-21"),
			Due: MustDate("2027-03-12"), BudgetDays: 40, Verification: VerificationWritten,
			Problem: "The board meets on 15 March 2027 and will not approve a budget without the assessment."},
		{ID: 3, DealID: deal, Title: "Shortlist of AI use cases with a business case for each",
			Detail:   "At least five use cases with cost, benefit, payback and risk; the top two with a proof-of-concept plan.",
			Category: CategoryScope, Priority: PriorityShould, PromisedBy: sampleAnna,
			Source: SourceProposal, SourceRef: "Oferta v3 §5.1", MadeOn: MustDate("2026-10-21"),
			Due: MustDate("2027-03-12"), BudgetDays: 10, Verification: VerificationWritten,
			Problem: "The CFO has seen AI pitches with no numbers; he wants payback in months."},
		{ID: 4, DealID: deal, Title: "Wywiady z dyspozytorami we wszystkich 4 oddziałach",
			Detail:   "On site in Gdańsk, Poznań, Łódź and Wrocław, one day each, including the night shift in Gdańsk.",
			Category: CategoryScope, Priority: PriorityCould,
			Source: SourceCall, SourceRef: "Call with T. Wiśniewski, 2026-10-15", MadeOn: MustDate("2026-10-15"),
			Due: MustDate("2027-01-29"), Verification: VerificationHeard,
			Problem: "Head office does not know how the depots, and the night shift above all, really work."},
		{ID: 5, DealID: deal, Title: "Przegląd jakości danych z TMS i WMS",
			Detail:   "Kompletność i spójność danych zleceń i magazynu z ostatnich 12 miesięcy, z listą błędów do poprawy.",
			Category: CategoryScope, Priority: PriorityShould, PromisedBy: sampleMarta,
			Source: SourceEmail, SourceRef: "E-mail M. Nowak, 2026-11-03", MadeOn: MustDate("2026-11-03"),
			Due: MustDate("2027-02-12"), Verification: VerificationWritten,
			Problem: "Nobody trusts the delivery-time figures in the monthly report."},
		{ID: 6, DealID: deal, Title: "Prezentacja końcowa dla zarządu po polsku",
			Detail:   "Dwie godziny, slajdy i raport po polsku, streszczenie po angielsku dla rady nadzorczej.",
			Category: CategoryOther, Priority: PriorityShould, PromisedBy: sampleMarta,
			Source: SourceProposal, SourceRef: "Oferta v3 §7", MadeOn: MustDate("2026-10-21"),
			Due: MustDate("2027-03-12"), BudgetDays: 2, Verification: VerificationConfirmed,
			Problem: "Two board members do not work in English."},
	}
	for i := range d.Promises {
		d.Promises[i].Revision = 1
	}
	d.Assessments = []Assessment{
		b.answer(Assessment{PromiseID: 1, Fit: FitWorkaround,
			CanDo: "A prototype on the nightly TMS export, refreshed hourly from a staging copy. A live feed " +
				"needs API access to the TMS, which its vendor sells only as a change request (4–6 weeks).",
			EffortDays: 11, Earliest: MustDate("2027-02-19"), Confidence: ConfidenceMedium,
			AssessedBy: sampleWei, AssessedAt: sampleAt(12, 10, 30)}),
		b.answer(Assessment{PromiseID: 2, Fit: FitFull,
			CanDo: "All six processes, but in 8 weeks with two consultants. Six weeks only if the customer " +
				"names the process owners before kick-off and the interviews run in parallel.",
			EffortDays: 46, Earliest: MustDate("2027-03-26"), Confidence: ConfidenceMedium,
			AssessedBy: sampleWei, AssessedAt: sampleAt(12, 11, 0)}),
		b.answer(Assessment{PromiseID: 3, Fit: FitFull,
			CanDo: "Yes. Business cases need 12 months of cost data per depot from controlling; without it " +
				"payback is a range, not a number.",
			EffortDays: 16, Earliest: MustDate("2027-03-05"), Confidence: ConfidenceHigh,
			AssessedBy: sampleWei, AssessedAt: sampleAt(12, 11, 20)}),
		b.answer(Assessment{PromiseID: 4, Fit: FitPartial,
			CanDo:      "Gdańsk and Poznań on site, Łódź and Wrocław by video; the night shift only in Gdańsk.",
			EffortDays: 6, Earliest: MustDate("2027-01-29"), Confidence: ConfidenceHigh,
			AssessedBy: sampleWei, AssessedAt: sampleAt(12, 11, 40)}),
		b.answer(Assessment{PromiseID: 6, Fit: FitFull,
			CanDo:      "Yes; Anna presents, Wei answers the technical questions.",
			EffortDays: 2, Earliest: MustDate("2027-03-12"), Confidence: ConfidenceHigh,
			AssessedBy: sampleWei, AssessedAt: sampleAt(12, 11, 45)}),
	}
	d.Constraints = b.constraints(deal,
		"Only one AI consultant (Wei Zhang) is free in Q1 2027; the depots are assessed one after another, not in parallel.",
		"The TMS vendor grants API access only through a paid change request with 4–6 weeks' lead time.",
	)
	d.Terms = b.terms(deal,
		Term{Term: "AI", Status: TermAgreed, AgreedBy: []int64{sampleAnna, sampleWei, sampleTomasz},
			Definition: "Machine learning or a language model that makes or supports a decision in a process " +
				"step, with a KPI to measure it by. Rules-based automation (RPA, scripts) is not AI in this deal."},
		Term{Term: "w czasie rzeczywistym", Status: TermDisputed,
			Definition: "Sprzedaż (demo): dane odświeżane na bieżąco, najwyżej kilka sekund opóźnienia. " +
				"Delivery: w ramach oceny tylko eksport z TMS raz na dobę, prototyp odświeżany co godzinę."},
		Term{Term: "wdrożenie", Status: TermDraft,
			Definition: "Sales used it for the assessment itself (kick-off to board presentation); delivery and " +
				"the customer's COO read it as putting the recommendations into production. To settle before signing."},
		Term{Term: "mapa drogowa", Status: TermAgreed, AgreedBy: []int64{sampleMarta, sampleWei},
			Definition: "A list of initiatives for 2027–2028 in order, each with an owner, a cost range and the " +
				"quarter it starts. Not a project plan and not a commitment to implement."},
	)
	b.derive(&d)

	sampleOwn(sampleGap(&d, 1, KindScope), sampleAnna, "2026-12-04").Status = GapInProgress
	sampleOwn(sampleGap(&d, 2, KindSchedule), sampleWei, "2026-12-04")
	sampleOwn(sampleGap(&d, 2, KindUnverified), sampleMarta, "2026-12-08")
	sampleOwn(sampleGap(&d, 4, KindUnownedPromise), sampleMarta, "2026-12-08")
	rodo := b.manual(&d, Gap{Title: "No data-processing agreement (RODO) yet for the drivers' GPS and personal data " +
		"the interviews and the dashboard will need", Severity: SeverityHigh,
		Owner: sampleMarta, Due: MustDate("2026-12-10")})

	b.decide(&d, sampleGap(&d, 1, KindScope).ID, sampleAnna, sampleAt(18, 14, 0),
		"The dashboard prototype runs on the nightly TMS export, refreshed hourly. A live TMS feed goes into "+
			"the roadmap as a recommendation; it is not part of the assessment. Waiting for Tomasz's written OK.")
	b.decide(&d, sampleGap(&d, 4, KindScope).ID, sampleTomasz, sampleAt(18, 14, 20),
		"Łódź and Wrocław are interviewed by video; Gdańsk with its night shift and Poznań on site.")
	b.decide(&d, rodo, sampleMarta, sampleAt(19, 9, 0),
		"Our standard DPA goes to Bałtyk Cargo's legal team with the contract; no data leaves their systems before it is signed.")
	return d
}

// integration is deal 2: SAP S/4HANA ↔ MES for a German manufacturer, at
// handoff. It shows the classic real-time promise answered "partial" with a
// go-live weeks late (critical), a promise delivery cannot build, a promise
// edited after it was answered (suspect), an accepted overrun and German
// terms.
func (b *sampleBuilder) integration() Dossier {
	const deal = 2
	d := Dossier{Deal: Deal{
		ID: deal, Name: "SAP S/4HANA ↔ MES integration", Customer: "Hessler Präzisionstechnik GmbH",
		Stage: StageHandoff, Value: Money{Minor: 124_000_000, Currency: "EUR"},
		CloseDate: MustDate("2026-11-20"),
		Owners:    Owners{Sales: sampleJonas, Presales: sampleAnna, Delivery: samplePriya},
		WhyBuy: "Production orders are typed twice, once in SAP and once in the MES, and stock in SAP is a day " +
			"behind the shop floor. Planners over-order material to be safe, and the year-end inventory " +
			"count takes a week. An automotive customer audits batch traceability in Q2 2027.",
		Notes: "Fixed price; margin is 22% after the discount, so every change request must be charged. " +
			"Katrin Vogel is on our side; the plant manager prefers the incumbent integrator. Penalty: 0.5% of " +
			"the contract value per week of go-live delay, capped at 5%.",
		NotSold: []string{
			"SAP Basis operations, upgrades or an SAP Event Mesh licence",
			"Configuration changes in the MES on the shop floor",
			"Cleansing of the material master",
			"Hypercare beyond four weeks after go-live",
		},
	}}
	d.Promises = []Promise{
		{ID: 7, DealID: deal, Title: "Real-time sync with SAP, go-live by 2027-01-15",
			Detail: "Echtzeit-Schnittstelle zwischen SAP S/4HANA und dem MES: Fertigungsaufträge, Rückmeldungen " +
				"und Bestände. In the steering call Jonas also said „Go-live vor Weihnachten“; the contract says 15 January 2027.",
			Category: CategoryIntegration, Priority: PriorityMust, PromisedBy: sampleJonas,
			Source: SourceProposal, SourceRef: "Proposal v3 §4.2", MadeOn: MustDate("2026-09-17"),
			Due: MustDate("2027-01-15"), BudgetDays: 60, Verification: VerificationContracted,
			Problem: "Stock in SAP lags the shop floor by a day, so planners over-order and orders are typed twice."},
		{ID: 8, DealID: deal, Title: "Chargenrückverfolgung vom Fertigteil bis zur Rohmaterialcharge",
			Detail: "Batch traceability from every finished part back to the raw-material batch, visible in SAP, " +
				"for the IATF 16949 audit.",
			Category: CategoryScope, Priority: PriorityShould, PromisedBy: sampleAnna,
			Source: SourceRFP, SourceRef: "Lastenheft Kap. 5.3", MadeOn: MustDate("2026-08-28"),
			Due: MustDate("2027-03-31"), Verification: VerificationConfirmed,
			Problem: "An automotive customer audits traceability in Q2 2027; today it takes two days of paper search."},
		{ID: 9, DealID: deal, Title: "Übernahme der offenen Fertigungsaufträge beim Cut-over",
			Detail: "All open production orders move to the new interface on the cut-over weekend, and — since " +
				"Katrin Vogel's e-mail of 19 November — three years of closed orders for the audit trail as well.",
			Category: CategoryScope, Priority: PriorityMust, PromisedBy: sampleJonas,
			Source: SourceEmail, SourceRef: "E-mail K. Vogel, 2026-11-19", MadeOn: MustDate("2026-10-02"),
			Due: MustDate("2027-01-15"), BudgetDays: 10, Verification: VerificationConfirmed,
			Problem:  "Orders running over the cut-over must not be lost or booked twice.",
			Revision: 2},
		{ID: 10, DealID: deal, Title: "Schulung für 40 Schichtleiter vor dem Go-live",
			Detail:   "Two half-day sessions per shift, on site in Schweinfurt, in German.",
			Category: CategorySupport, Priority: PriorityShould, PromisedBy: sampleAnna,
			Source: SourceCall, SourceRef: "Kick-off prep call, 2026-11-05", MadeOn: MustDate("2026-11-05"),
			Due: MustDate("2027-01-08"), Verification: VerificationHeard,
			Problem: "Shift leaders confirm orders in the MES; if they get it wrong, SAP stock is wrong."},
		{ID: 11, DealID: deal, Title: "Hypercare: four weeks of on-site support after go-live",
			Detail:   "Named consultants in the plant from go-live day; issues fixed within the working day.",
			Category: CategorySupport, Priority: PriorityCould, PromisedBy: sampleJonas,
			Source: SourceProposal, SourceRef: "Proposal v3 §6", MadeOn: MustDate("2026-09-17"),
			Due: MustDate("2027-02-12"), BudgetDays: 20, Verification: VerificationContracted,
			Problem: "The last SAP project left the plant alone the day after go-live."},
	}
	for i := range d.Promises {
		if d.Promises[i].Revision == 0 {
			d.Promises[i].Revision = 1
		}
	}
	d.Assessments = []Assessment{
		b.answer(Assessment{PromiseID: 7, Fit: FitPartial,
			CanDo: "Standard IDoc interface in 15-minute batches, stock corrections in a nightly batch. " +
				"Event-driven sync in seconds needs SAP Event Mesh, which Hessler has not licensed.",
			EffortDays: 85, Earliest: MustDate("2027-03-01"), Confidence: ConfidenceMedium,
			AssessedBy: sampleLukas, AssessedAt: sampleAt(10, 9, 15)}),
		b.answer(Assessment{PromiseID: 8, Fit: FitNone,
			CanDo: "The MES does not record the raw-material batch at the machine, and no interface can send " +
				"what is never captured. It needs a scan step on the line: an MES change, not sold.",
			Confidence: ConfidenceHigh, AssessedBy: sampleLukas, AssessedAt: sampleAt(10, 9, 40)}),
		b.answer(Assessment{PromiseID: 9, Fit: FitFull, PromiseRevision: 1,
			CanDo:      "Open orders by LSMW load on the cut-over weekend, rehearsed twice in the quality system.",
			EffortDays: 8, Earliest: MustDate("2027-01-08"), Confidence: ConfidenceHigh,
			AssessedBy: sampleLukas, AssessedAt: sampleAt(10, 10, 5)}),
		b.answer(Assessment{PromiseID: 11, Fit: FitFull,
			CanDo:      "First week two consultants on site, then one on site three days a week until week four.",
			EffortDays: 20, Earliest: MustDate("2027-01-15"), Confidence: ConfidenceHigh,
			AssessedBy: samplePriya, AssessedAt: sampleAt(11, 16, 0)}),
	}
	d.Constraints = b.constraints(deal,
		"No SAP Basis team free before March 2027 (Hessler's own team; confirmed by Katrin Vogel on 2026-11-12).",
		"Production freeze in the plant from 2026-12-18 to 2027-01-06: no interface tests on the shop floor.",
		"SAP Event Mesh is not licensed; anything event-driven needs it or a custom RFC bridge.",
	)
	d.Terms = b.terms(deal,
		Term{Term: "Go-live", Status: TermAgreed, AgreedBy: []int64{sampleJonas, sampleLukas, sampleKatrin},
			Definition: "The first production order confirmed through the interface in the Schweinfurt plant, " +
				"in production. Hypercare starts that day."},
		Term{Term: "real-time", Status: TermDisputed,
			Definition: "Sales: a change shows in the other system within seconds. Delivery: IDoc batches every " +
				"15 minutes; seconds need SAP Event Mesh, which is not licensed."},
		Term{Term: "Echtzeit", Status: TermDisputed,
			Definition: "Wie „real-time“: der Vertrieb meint Sekunden, die Umsetzung 15-Minuten-Batches."},
		Term{Term: "Schnittstelle", Status: TermAgreed, AgreedBy: []int64{sampleAnna, sampleLukas},
			Definition: "Der Datenaustausch zwischen SAP S/4HANA und dem MES über IDocs: Fertigungsaufträge " +
				"hin, Rückmeldungen und Bestände zurück. Keine Anbindung des Lagerverwaltungssystems."},
		Term{Term: "Schulung", Status: TermDraft,
			Definition: "Train-the-trainer for six key users, or every shift leader? Not settled."},
	)
	b.derive(&d)

	sched := sampleOwn(sampleGap(&d, 7, KindSchedule), samplePriya, "2026-12-04")
	sched.Status = GapInProgress
	scope := sampleOwn(sampleGap(&d, 7, KindScope), sampleLukas, "2026-12-11")
	effort := sampleOwn(sampleGap(&d, 7, KindEffort), samplePriya, "2026-11-26")
	effort.Status = GapAccepted
	effort.Resolution = "Risk accepted by Jonas Becker and Priya Nair: the 25 extra days come out of the " +
		"project contingency; no change request to the customer."
	sampleOwn(sampleGap(&d, 8, KindScope), sampleAnna, "2026-12-11")
	sampleOwn(sampleGap(&d, 9, KindSuspect), sampleLukas, "2026-12-02")
	sampleOwn(sampleGap(&d, 10, KindUnassessed), sampleLukas, "2026-11-30")
	reports := b.manual(&d, Gap{Title: "The plant manager expects the 12 existing MES shift reports to keep " +
		"working after go-live; nobody has listed them", Severity: SeverityHigh,
		Owner: sampleLukas, Due: MustDate("2026-12-11")})

	b.decide(&d, sched.ID, samplePriya, sampleAt(25, 15, 0),
		"Go-live stays 15 January in the contract for now. Priya asks Hessler's SAP Basis team for a slot "+
			"in January and takes it to the steering committee on 4 December if there is none.")
	b.decide(&d, scope.ID, sampleKatrin, sampleAt(26, 10, 30),
		"Phase 1 runs on 15-minute IDoc batches. Event-driven sync (SAP Event Mesh) is phase 2 and needs a change request.")
	b.decide(&d, effort.ID, sampleJonas, sampleAt(26, 11, 0),
		"The 25 extra person-days on the interface are absorbed by the contingency, not charged.")
	b.decide(&d, reports, sampleLukas, sampleAt(26, 11, 30),
		"Katrin sends the list of shift reports by 2 December; Lukas estimates them before the kick-off.")
	return d
}

// services is deal 3: managed IT services for a group with a plant in
// Suzhou, won. It shows Chinese text, a fit delivery does not know yet, an
// accepted risk on "unlimited tickets", a term with a severity a person
// raised, and a training expectation nobody sold.
func (b *sampleBuilder) services() Dossier {
	const deal = 3
	d := Dossier{Deal: Deal{
		ID: deal, Name: "Managed IT services EU + Suzhou", Customer: "Vantaro Industrial Group B.V.",
		Stage: StageWon, Value: Money{Minor: 39_600_000, Currency: "USD"},
		CloseDate: MustDate("2026-11-06"),
		Owners:    Owners{Sales: sampleJonas, Presales: sampleSofia, Delivery: sampleWei},
		WhyBuy: "When the line in Suzhou stops at night, nobody in Rotterdam is awake and the local IT team is " +
			"two people. Two outages in 2026 cost about USD 40,000 an hour each; the group wants one provider " +
			"for the EU sites and the Suzhou plant, with one number to call.",
		Notes: "Three-year contract, value is per year. Price assumes ~250 tickets a month (today 180). " +
			"The Shanghai partner's day rate is 30% above plan until the contract is signed. Chen Jing was " +
			"promised a Chinese-speaking desk by Jonas at dinner; not in writing.",
		NotSold: []string{
			"Application development or SAP changes",
			"Hardware purchase and replacement",
			"On-site support in Suzhou beyond two visits a year",
		},
	}}
	d.Promises = []Promise{
		{ID: 12, DealID: deal, Title: "7x24小时支持 — 24/7 support for the Suzhou plant",
			Detail: "Phone and ticket support at any hour for the plant's ERP, MES and network, in Chinese " +
				"and English. 苏州工厂全天候中文服务。",
			Category: CategorySupport, Priority: PriorityMust, PromisedBy: sampleJonas,
			Source: SourceProposal, SourceRef: "Proposal v3 §4.2", MadeOn: MustDate("2026-09-24"),
			Due: MustDate("2027-02-01"), Verification: VerificationContracted,
			Problem: "Night-shift outages in Suzhou wait until Rotterdam wakes up."},
		{ID: 13, DealID: deal, Title: "99.9% SLA for the ERP and MES hosts",
			Detail:   "Monthly availability of 99.9% for the ERP and MES servers in Suzhou, with service credits.",
			Category: CategoryPerformance, Priority: PriorityMust, PromisedBy: sampleSofia,
			Source: SourceRFP, SourceRef: "RFP question 17", MadeOn: MustDate("2026-08-30"),
			Due: MustDate("2027-02-01"), Verification: VerificationConfirmed,
			Problem: "Every hour the MES is down costs about USD 40,000 of lost output."},
		{ID: 14, DealID: deal, Title: "Unlimited tickets for a flat monthly fee",
			Detail:   "Jonas in the final negotiation: “no ticket limits, no T&M surprises”.",
			Category: CategoryCommercial, Priority: PriorityShould, PromisedBy: sampleJonas,
			Source: SourceCall, SourceRef: "Negotiation call, 2026-10-29", MadeOn: MustDate("2026-10-29"),
			Due: MustDate("2027-02-01"), Verification: VerificationWritten,
			Problem: "The last provider charged per ticket; the CFO wants a cost he can plan."},
		{ID: 15, DealID: deal, Title: "实时监控 — real-time monitoring of servers and the plant network",
			Detail:   "The Grafana dashboard from the demo, alerts by WeCom and e-mail, 中文界面。",
			Category: CategoryPerformance, Priority: PriorityShould, PromisedBy: sampleSofia,
			Source: SourceDemo, SourceRef: "Demo 2026-09-30 (Grafana)", MadeOn: MustDate("2026-09-30"),
			Due: MustDate("2027-01-15"), BudgetDays: 10, Verification: VerificationWritten,
			Problem: "Problems are found by the operators when the line stops, not before."},
		{ID: 16, DealID: deal, Title: "Service desk 上线 in Suzhou by 2027-01-15",
			Detail:   "服务台于2027年1月15日上线，接管当地IT团队的全部工单。",
			Category: CategoryTimeline, Priority: PriorityMust, PromisedBy: sampleJonas,
			Source: SourceEmail, SourceRef: "E-mail to Chen Jing, 2026-11-02", MadeOn: MustDate("2026-11-02"),
			Due: MustDate("2027-01-15"), Verification: VerificationConfirmed,
			Problem: "The two local IT staff leave on 31 January; one of them is not being replaced."},
		{ID: 17, DealID: deal, Title: "Patch management for all 350 endpoints",
			Detail:   "Monthly patch cycle with a report per site.",
			Category: CategoryScope, Priority: PriorityCould, PromisedBy: sampleSofia,
			Source: SourceProposal, SourceRef: "Proposal v3 §4.4", MadeOn: MustDate("2026-09-24"),
			Due: MustDate("2027-03-01"), BudgetDays: 15, Verification: VerificationContracted,
			Problem: "Half the endpoints in Suzhou are two years behind on patches."},
	}
	for i := range d.Promises {
		d.Promises[i].Revision = 1
	}
	d.Assessments = []Assessment{
		b.answer(Assessment{PromiseID: 12, Fit: FitPartial,
			CanDo: "P1 incidents at any hour by phone (EU/APAC on-call rota); the Chinese-speaking desk works " +
				"08:00–20:00 CST on working days, through our partner in Shanghai.",
			Earliest: MustDate("2027-02-01"), Confidence: ConfidenceMedium,
			AssessedBy: sampleWei, AssessedAt: sampleAt(4, 8, 30)}),
		b.answer(Assessment{PromiseID: 13, Fit: FitWorkaround,
			CanDo: "99.5% on the single server rack in Suzhou. 99.9% only once the hosts move to a second " +
				"site or to Azure China, which the customer has not bought.",
			EffortDays: 6, Earliest: MustDate("2027-02-01"), Confidence: ConfidenceMedium,
			AssessedBy: sampleWei, AssessedAt: sampleAt(4, 9, 0)}),
		b.answer(Assessment{PromiseID: 14, Fit: FitNone,
			CanDo: "The fee pays for about 250 tickets a month; unlimited cannot be staffed at this price. " +
				"We can offer fair use up to 400 a month.",
			Confidence: ConfidenceHigh, AssessedBy: sampleWei, AssessedAt: sampleAt(4, 9, 20)}),
		b.answer(Assessment{PromiseID: 15, Fit: FitFull,
			CanDo:      "Zabbix with Grafana, one-minute polling; WeCom alerts by webhook.",
			EffortDays: 12, Earliest: MustDate("2027-01-22"), Confidence: ConfidenceHigh,
			AssessedBy: sampleWei, AssessedAt: sampleAt(4, 9, 40)}),
		b.answer(Assessment{PromiseID: 16, Fit: FitUnknown,
			CanDo: "Depends on the partner contract in Shanghai (not signed) and on VPN access to the plant, " +
				"which the customer's security team has not approved.",
			Confidence: ConfidenceLow, AssessedBy: sampleWei, AssessedAt: sampleAt(4, 10, 0)}),
		b.answer(Assessment{PromiseID: 17, Fit: FitFull,
			CanDo:      "Intune for the EU sites, the local WSUS server in Suzhou; report per site each month.",
			EffortDays: 15, Earliest: MustDate("2027-02-15"), Confidence: ConfidenceHigh,
			AssessedBy: samplePriya, AssessedAt: sampleAt(4, 10, 30)}),
	}
	d.Constraints = b.constraints(deal,
		"The Chinese-speaking service desk comes from a partner in Shanghai whose contract is not signed yet.",
		"All access to the Suzhou network goes through the customer's VPN; moving logs out of China needs "+
			"the customer's PIPL assessment (数据出境安全评估).",
	)
	d.Terms = b.terms(deal,
		Term{Term: "24/7", Status: TermAgreed, AgreedBy: []int64{sampleJonas, sampleWei, sampleChen},
			Definition: "P1 incidents (a line or a plant stopped) answered by phone within 30 minutes at any " +
				"hour. P2–P4 handled 08:00–20:00 local time on working days."},
		Term{Term: "上线", Status: TermAgreed, AgreedBy: []int64{sampleSofia, sampleWei, sampleChen},
			Definition: "服务台接到并处理第一张来自苏州用户的真实工单 — the desk takes its first real ticket from Suzhou users."},
		Term{Term: "SLA", Status: TermDisputed,
			Definition: "Sales: 99.9% a month, every minute counts. Delivery: planned maintenance windows are " +
				"excluded, and 99.9% needs a second site."},
		Term{Term: "unlimited", Status: TermDraft,
			Definition: "Fair use: up to 400 tickets a month at the flat fee; above that, T&M under §7."},
	)
	b.derive(&d)

	tickets := sampleOwn(sampleGap(&d, 14, KindScope), sampleJonas, "2026-11-09")
	tickets.Status = GapAccepted
	tickets.Resolution = "Risk accepted by Jonas Becker and Wei Zhang: volume is 180 a month today; reviewed " +
		"after six months, and above 400 a month a change request under §7 follows."
	sla := sampleOwn(sampleGap(&d, 13, KindUndefinedTerm), sampleSofia, "2026-12-11")
	sla.Severity, sla.SeveritySet = SeverityHigh, true
	sampleOwn(sampleGap(&d, 16, KindUnassessed), sampleWei, "2026-12-15")
	b.manual(&d, Gap{Title: "Customer expects on-site training in Suzhou for the local key users; not in any proposal",
		Severity: SeverityMedium})

	b.decide(&d, tickets.ID, sampleJonas, sampleAt(9, 13, 0),
		"“Unlimited tickets” stays in the contract; ticket volume is reported monthly and reviewed after six months.")
	b.decide(&d, 0, sampleWei, sampleAt(9, 13, 30),
		"The Chinese-speaking desk comes from the Shanghai partner; the partner contract is to be signed by 15 December.")
	return d
}
