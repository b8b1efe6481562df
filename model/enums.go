package model

import (
	"slices"
	"strings"

	"handoff/internal/i18n"
)

// The enumerations of the domain are strings: they read the same in the
// database, in JSON and on screen, and a stray value is easy to spot.

// Role is what a person does on a deal.
type Role string

// Roles.
const (
	RoleSales    Role = "sales"
	RolePresales Role = "presales"
	RoleDelivery Role = "delivery"
	RoleCustomer Role = "customer"
	RoleOther    Role = "other"
)

// Roles lists every Role in display order.
var Roles = []Role{RoleSales, RolePresales, RoleDelivery, RoleCustomer, RoleOther}

// SellingSide reports whether the role sits on the selling side of a deal.
func (r Role) SellingSide() bool { return r == RoleSales || r == RolePresales }

// Stage is where a deal is in the sales cycle.
type Stage string

// Stages.
const (
	StageLead        Stage = "lead"
	StageQualified   Stage = "qualified"
	StageProposal    Stage = "proposal"
	StageNegotiation Stage = "negotiation"
	StageWon         Stage = "won"
	StageHandoff     Stage = "handoff"
	StageDelivery    Stage = "delivery"
	StageLost        Stage = "lost"
)

// Stages lists every Stage in the order a deal moves through them.
var Stages = []Stage{StageLead, StageQualified, StageProposal, StageNegotiation,
	StageWon, StageHandoff, StageDelivery, StageLost}

// AtLeast reports whether the deal has reached stage o. A lost deal has
// reached nothing: it is out of the cycle.
func (s Stage) AtLeast(o Stage) bool {
	if s == StageLost {
		return false
	}
	return slices.Index(Stages, s) >= slices.Index(Stages, o)
}

// Category is what a promise is about.
type Category string

// Categories.
const (
	CategoryScope       Category = "scope"
	CategoryIntegration Category = "integration"
	CategoryTimeline    Category = "timeline"
	CategoryPerformance Category = "performance"
	CategorySupport     Category = "support"
	CategoryCommercial  Category = "commercial"
	CategoryOther       Category = "other"
)

// Categories lists every Category.
var Categories = []Category{CategoryScope, CategoryIntegration, CategoryTimeline,
	CategoryPerformance, CategorySupport, CategoryCommercial, CategoryOther}

// Priority is how much the customer needs a promise.
type Priority string

// Priorities.
const (
	PriorityMust   Priority = "must"
	PriorityShould Priority = "should"
	PriorityCould  Priority = "could"
)

// Priorities lists every Priority, most important first.
var Priorities = []Priority{PriorityMust, PriorityShould, PriorityCould}

// Source is where a promise was made.
type Source string

// Sources.
const (
	SourceProposal Source = "proposal"
	SourceRFP      Source = "rfp"
	SourceEmail    Source = "email"
	SourceCall     Source = "call"
	SourceDemo     Source = "demo"
	SourceContract Source = "contract"
	SourceOther    Source = "other"
)

// Sources lists every Source.
var Sources = []Source{SourceProposal, SourceRFP, SourceEmail, SourceCall,
	SourceDemo, SourceContract, SourceOther}

// Verification is how firmly a promise is known to be what the customer wants.
type Verification string

// Verification levels, weakest first.
const (
	VerificationHeard      Verification = "heard"
	VerificationWritten    Verification = "written"
	VerificationConfirmed  Verification = "confirmed"
	VerificationContracted Verification = "contracted"
)

// Verifications lists every level, weakest first.
var Verifications = []Verification{VerificationHeard, VerificationWritten,
	VerificationConfirmed, VerificationContracted}

// AtLeast reports whether v is as firm as o or firmer.
func (v Verification) AtLeast(o Verification) bool {
	return slices.Index(Verifications, v) >= slices.Index(Verifications, o)
}

// Fit is delivery's verdict on a promise.
type Fit string

// Fits.
const (
	FitFull       Fit = "full"
	FitPartial    Fit = "partial"
	FitWorkaround Fit = "workaround"
	FitNone       Fit = "none"
	FitUnknown    Fit = "unknown"
)

// Fits lists every Fit, best first.
var Fits = []Fit{FitFull, FitPartial, FitWorkaround, FitNone, FitUnknown}

// Confidence is how sure delivery is of its answer.
type Confidence string

// Confidence levels.
const (
	ConfidenceHigh   Confidence = "high"
	ConfidenceMedium Confidence = "medium"
	ConfidenceLow    Confidence = "low"
)

// Confidences lists every level, surest first.
var Confidences = []Confidence{ConfidenceHigh, ConfidenceMedium, ConfidenceLow}

// Severity is how much a gap hurts.
type Severity string

// Severities, worst first.
const (
	SeverityCritical Severity = "critical"
	SeverityHigh     Severity = "high"
	SeverityMedium   Severity = "medium"
	SeverityLow      Severity = "low"
)

// Severities lists every Severity, worst first.
var Severities = []Severity{SeverityCritical, SeverityHigh, SeverityMedium, SeverityLow}

// Rank orders severities: 0 for critical, 3 for low.
func (s Severity) Rank() int { return slices.Index(Severities, s) }

// GapKind names the rule that raised a gap, or "other" for a gap a person wrote.
type GapKind string

// Gap kinds; Derive (rules.go) raises each, as README "How gaps are
// found" tells users.
const (
	KindUnassessed     GapKind = "unassessed"
	KindScope          GapKind = "scope"
	KindSchedule       GapKind = "schedule"
	KindEffort         GapKind = "effort"
	KindUnverified     GapKind = "unverified"
	KindUndefinedTerm  GapKind = "undefined_term"
	KindSuspect        GapKind = "suspect"
	KindUnownedPromise GapKind = "unowned_promise"
	KindOther          GapKind = "other"
)

// GapKinds lists every kind.
var GapKinds = []GapKind{KindUnassessed, KindScope, KindSchedule, KindEffort,
	KindUnverified, KindUndefinedTerm, KindSuspect, KindUnownedPromise, KindOther}

// Label is the kind in words: "undefined term", "unowned promise".
func (k GapKind) Label() string {
	switch k {
	case KindSuspect:
		return "suspect answer"
	case KindOther:
		return "manual"
	}
	return strings.ReplaceAll(string(k), "_", " ")
}

// GapStatus is where a gap is in its life.
type GapStatus string

// Gap statuses.
const (
	GapOpen       GapStatus = "open"
	GapInProgress GapStatus = "in_progress"
	GapResolved   GapStatus = "resolved"
	GapAccepted   GapStatus = "accepted"
)

// GapStatuses lists every status.
var GapStatuses = []GapStatus{GapOpen, GapInProgress, GapResolved, GapAccepted}

// Closed reports whether nothing more needs doing on the gap.
func (s GapStatus) Closed() bool { return s == GapResolved || s == GapAccepted }

// Origin says whether the rules or a person made a gap.
type Origin string

// Origins.
const (
	OriginDerived Origin = "derived"
	OriginManual  Origin = "manual"
)

// Origins lists every Origin.
var Origins = []Origin{OriginDerived, OriginManual}

// TermStatus is where a glossary entry stands between the two sides.
type TermStatus string

// Term statuses.
const (
	TermDraft    TermStatus = "draft"
	TermAgreed   TermStatus = "agreed"
	TermDisputed TermStatus = "disputed"
)

// TermStatuses lists every status.
var TermStatuses = []TermStatus{TermDraft, TermAgreed, TermDisputed}

// enum is the shape every enumeration above shares.
type enum interface {
	~string
}

// parseEnum reads a word (any case, surrounding space ignored) as one of all.
func parseEnum[T enum](what, s string, all []T) (T, error) {
	w := strings.ToLower(strings.TrimSpace(s))
	w = strings.ReplaceAll(w, " ", "_")
	for _, v := range all {
		if string(v) == w {
			return v, nil
		}
	}
	words := make([]string, len(all))
	for i, v := range all {
		words[i] = string(v)
	}
	var zero T
	return zero, i18n.Msg("%q is not a %s (one of %s)", s, i18n.WordOf("field", strings.ReplaceAll(what, " ", "_")), strings.Join(words, ", "))
}

// checkEnum records a problem when v is not one of all.
func checkEnum[T enum](p *problems, field, what string, v T, all []T) {
	if !slices.Contains(all, v) {
		_, err := parseEnum(what, string(v), all)
		p.addErr(field, err)
	}
}

// ParseRole reads a Role.
func ParseRole(s string) (Role, error) { return parseEnum("role", s, Roles) }

// ParseStage reads a Stage.
func ParseStage(s string) (Stage, error) { return parseEnum("stage", s, Stages) }

// ParseCategory reads a Category.
func ParseCategory(s string) (Category, error) { return parseEnum("category", s, Categories) }

// ParsePriority reads a Priority.
func ParsePriority(s string) (Priority, error) { return parseEnum("priority", s, Priorities) }

// ParseSource reads a Source.
func ParseSource(s string) (Source, error) { return parseEnum("source", s, Sources) }

// ParseVerification reads a Verification.
func ParseVerification(s string) (Verification, error) {
	return parseEnum("verification level", s, Verifications)
}

// ParseFit reads a Fit.
func ParseFit(s string) (Fit, error) { return parseEnum("fit", s, Fits) }

// ParseConfidence reads a Confidence.
func ParseConfidence(s string) (Confidence, error) {
	return parseEnum("confidence", s, Confidences)
}

// ParseSeverity reads a Severity.
func ParseSeverity(s string) (Severity, error) { return parseEnum("severity", s, Severities) }

// ParseGapKind reads a GapKind.
func ParseGapKind(s string) (GapKind, error) { return parseEnum("gap kind", s, GapKinds) }

// ParseGapStatus reads a GapStatus.
func ParseGapStatus(s string) (GapStatus, error) { return parseEnum("gap status", s, GapStatuses) }

// ParseTermStatus reads a TermStatus.
func ParseTermStatus(s string) (TermStatus, error) {
	return parseEnum("term status", s, TermStatuses)
}
