package model

import (
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
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
	// Diff is what the rules found, as data; Title is its English heading.
	Diff Difference
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
		// Room for about as many findings as a busy deal has (four or five
		// a promise), so the findings, which carry their difference, are
		// not copied as the list grows.
		out := make([]Finding, 0, 5*len(ps))
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
	n := 0
	for _, part := range parts {
		n += len(part)
	}
	out := make([]Finding, 0, n)
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
	// The title is Difference.Heading, with the quotes made once per
	// promise: a big deal has thousands.
	add := func(k GapKind, sev Severity, diff Difference) {
		if quoted == "" {
			quoted = Quote(p.Title) + " — "
		}
		diff.Promise = p.Title
		out = append(out, Finding{PromiseID: p.ID, Kind: k, Title: quoted + diff.Text(k), Severity: sev, Diff: diff})
	}
	must := p.Priority == PriorityMust

	switch {
	case !answered:
		add(KindUnassessed, byPriority(p.Priority), Difference{})
	case a.Fit == FitUnknown:
		add(KindUnassessed, byPriority(p.Priority), Difference{Fit: FitUnknown})
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
			add(KindScope, sev, Difference{Fit: a.Fit, CanDo: firstLine(a.CanDo)})
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
			add(KindSchedule, sev, Difference{Due: p.Due, Earliest: a.Earliest, DaysLate: late})
		}

		if p.BudgetDays > 0 && a.EffortDays > p.BudgetDays {
			sev := SeverityMedium
			if a.EffortDays > 1.5*p.BudgetDays {
				sev = SeverityHigh
			}
			add(KindEffort, sev, Difference{EffortDays: a.EffortDays, BudgetDays: p.BudgetDays})
		}

		if a.PromiseRevision < p.Revision {
			add(KindSuspect, SeverityHigh, Difference{})
		}
	}

	if !p.Verification.AtLeast(VerificationConfirmed) && d.Stage.AtLeast(StageNegotiation) {
		sev := SeverityMedium
		if must {
			sev = SeverityHigh
		}
		add(KindUnverified, sev, Difference{Verification: p.Verification, Stage: d.Stage})
	}

	if words := gl.InPromise(p); len(words) > 0 {
		add(KindUndefinedTerm, SeverityMedium, Difference{Terms: words})
	}

	if p.PromisedBy == 0 {
		add(KindUnownedPromise, SeverityLow, Difference{})
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

// firstLine is the first line of delivery's own words.
func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
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
