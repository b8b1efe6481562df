package model

import (
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"handoff/internal/prose"
)

// Facts is everything the gap rules read about one deal.
type Facts struct {
	Deal        Deal
	Promises    []Promise
	Assessments []Assessment
	Terms       []Term
	// Watch is the watch list as matcher entries: WatchWords(user words).
	Watch []string
	// Dismissed are the watched words the deal's people said are no terms
	// in this deal: they raise no undefined_term gap.
	Dismissed []string
	// Gloss, when set, is the term detector for these facts, built once and
	// shared by the rules and the readiness (see Dossier.Facts); otherwise
	// each builds its own.
	Gloss *Glossary
}

// glossary is the facts' term detector.
func (f Facts) glossary() *Glossary {
	if f.Gloss != nil {
		return f.Gloss
	}
	return NewGlossary(f.Terms, f.Watch).Dismiss(f.Dismissed)
}

// Finding is a gap the rules say exists now, identified by promise and kind.
type Finding struct {
	PromiseID int64
	Kind      GapKind
	Title     string
	Severity  Severity
}

// Derive applies the gap rules (README "How gaps are found") to a deal. It is pure: the
// same facts always give the same findings, in promise order.
func Derive(f Facts) []Finding {
	answers := make(map[int64]int, len(f.Assessments)) // promise → its answer's index
	for i, a := range f.Assessments {
		answers[a.PromiseID] = i
	}
	gl := f.glossary()
	derive := func(ps []Promise, gl *Glossary) []Finding {
		out := make([]Finding, 0, 2*len(ps))
		for _, p := range ps {
			var a Assessment
			i, answered := answers[p.ID]
			if answered {
				a = f.Assessments[i]
			}
			out = promiseFindings(out, f.Deal, p, a, answered, gl)
		}
		return out
	}
	workers := min(runtime.GOMAXPROCS(0), 4)
	if len(f.Promises) < parallelFrom || workers < 2 {
		return derive(f.Promises, gl)
	}
	// A big deal is split in runs of promises, one per core, each with a
	// glossary of its own that shares the matcher; the runs are joined in
	// promise order, so the result is the same as one pass.
	parts := make([][]Finding, workers)
	forks := make([]*Glossary, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(f.Promises)*w/workers, len(f.Promises)*(w+1)/workers
		forks[w] = gl.fork()
		wg.Go(func() { parts[w] = derive(f.Promises[lo:hi], forks[w]) })
	}
	wg.Wait()
	out := make([]Finding, 0, 2*len(f.Promises))
	for w, part := range parts {
		out = append(out, part...)
		gl.absorb(forks[w])
	}
	return out
}

// parallelFrom is the number of promises from which Derive uses every core.
const parallelFrom = 200

// promiseFindings appends to out every rule applied to one promise.
func promiseFindings(out []Finding, d Deal, p Promise, a Assessment, answered bool, gl *Glossary) []Finding {
	quoted := "" // the promise's title in quotes, made once it is needed
	// Titles are joined by hand, not with fmt: a big deal has thousands.
	add := func(k GapKind, sev Severity, parts ...string) {
		if quoted == "" {
			quoted = Quote(p.Title) + " — "
		}
		out = append(out, Finding{p.ID, k, quoted + strings.Join(parts, ""), sev})
	}
	must := p.Priority == PriorityMust

	switch {
	case !answered:
		add(KindUnassessed, byPriority(p.Priority), "no answer from delivery yet")
	case a.Fit == FitUnknown:
		add(KindUnassessed, byPriority(p.Priority), "delivery does not know yet whether it can be built")
	}

	if answered {
		switch a.Fit {
		case FitPartial, FitWorkaround, FitNone:
			sev := SeverityMedium
			if a.Fit == FitNone {
				sev = SeverityHigh
				if must {
					sev = SeverityCritical
				}
			}
			add(KindScope, sev, "fit ", string(a.Fit), ": ", canDo(a))
		}

		if !p.Due.IsZero() && !a.Earliest.IsZero() && a.Earliest.After(p.Due) {
			late := a.Earliest.DaysAfter(p.Due)
			sev := SeverityMedium
			if must {
				sev = SeverityHigh
				if late > 30 {
					sev = SeverityCritical
				}
			}
			add(KindSchedule, sev, "due ", p.Due.String(), ", delivery earliest ", a.Earliest.String(), ": ", prose.Plural(late, "day"), " late")
		}

		if p.BudgetDays > 0 && a.EffortDays > p.BudgetDays {
			sev := SeverityMedium
			if a.EffortDays > 1.5*p.BudgetDays {
				sev = SeverityHigh
			}
			add(KindEffort, sev, "delivery needs ", FormatDays(a.EffortDays), " person-days, ", FormatDays(p.BudgetDays),
				" were sold (", strconv.FormatFloat(a.EffortDays/p.BudgetDays, 'f', 1, 64), "×)")
		}

		if a.PromiseRevision < p.Revision {
			add(KindSuspect, SeverityHigh, "changed after delivery answered it; needs a fresh answer")
		}
	}

	if !p.Verification.AtLeast(VerificationConfirmed) && d.Stage.AtLeast(StageNegotiation) {
		sev := SeverityMedium
		if must {
			sev = SeverityHigh
		}
		add(KindUnverified, sev, "only ", string(p.Verification), ", not confirmed with the customer, and the deal is at ", string(d.Stage))
	}

	if words := gl.InPromise(p); len(words) > 0 {
		add(KindUndefinedTerm, SeverityMedium, "not agreed: ", strings.Join(words, ", "))
	}

	if p.PromisedBy == 0 {
		add(KindUnownedPromise, SeverityLow, "nobody is named as having promised it")
	}
	return out
}

// byPriority is the default severity that follows a promise's priority.
func byPriority(p Priority) Severity {
	switch p {
	case PriorityMust:
		return SeverityHigh
	case PriorityCould:
		return SeverityLow
	}
	return SeverityMedium
}

// canDo is delivery's own words, first line, or a plain fallback.
func canDo(a Assessment) string {
	line, _, _ := strings.Cut(strings.TrimSpace(a.CanDo), "\n")
	if line == "" {
		switch a.Fit {
		case FitNone:
			return "delivery cannot build it"
		case FitWorkaround:
			return "only with a workaround, not described"
		}
		return "only in part, not described"
	}
	return Shorten(line, 100)
}

// Quote puts a promise title in quotes, shortened for a gap title.
func Quote(title string) string {
	return "“" + Shorten(normalSpace(title), 70) + "”"
}

// Shorten cuts s to at most n characters, marking the cut with "…".
func Shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, runes := 0, 0
	for i := range s {
		if runes == n-1 {
			cut = i
			break
		}
		runes++
	}
	return strings.TrimSpace(s[:cut]) + "…"
}
