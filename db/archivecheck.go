package db

import (
	"fmt"

	"handoff/model"
)

// checkArchive refuses, before anything is written, a file whose rows
// cannot all be told apart: every row needs an id of its own within its
// kind (two promises with id 14 would leave every reference to 14
// ambiguous) and a version of at least 1 (0, or none, for a row
// never saved: it gets 1). The error names the JSON path.
func checkArchive(a model.Archive) error {
	seen := map[string]map[int64]string{}
	row := func(kind, path string, id, version int64) error {
		if id < 1 {
			return fmt.Errorf("%s.id: %d is not an id (ids start at 1)", path, id)
		}
		// A version of 0 (or none) is a row never saved: it starts at 1.
		if version < 0 {
			return fmt.Errorf("%s.version: %d is not a version (versions start at 1)", path, version)
		}
		if seen[kind] == nil {
			seen[kind] = map[int64]string{}
		}
		if first, ok := seen[kind][id]; ok {
			return fmt.Errorf("%s.id: %s %d appears twice in the file (also at %s), so references to it are ambiguous", path, kind, id, first)
		}
		seen[kind][id] = path
		return nil
	}
	for i, p := range a.People {
		if err := row("person", fmt.Sprintf("people[%d]", i), p.ID, p.Version); err != nil {
			return err
		}
	}
	for i, w := range a.WatchWords {
		if err := row("watch word", fmt.Sprintf("watch_words[%d]", i), w.ID, w.Version); err != nil {
			return err
		}
	}
	for i, d := range a.Deals {
		at := fmt.Sprintf("deals[%d]", i)
		if err := row("deal", at+".deal", d.Deal.ID, d.Deal.Version); err != nil {
			return err
		}
		for j, p := range d.Promises {
			if err := row("promise", fmt.Sprintf("%s.promises[%d]", at, j), p.ID, p.Version); err != nil {
				return err
			}
		}
		for j, x := range d.Assessments {
			if err := row("answer", fmt.Sprintf("%s.assessments[%d]", at, j), x.ID, x.Version); err != nil {
				return err
			}
		}
		for j, c := range d.Constraints {
			if err := row("constraint", fmt.Sprintf("%s.constraints[%d]", at, j), c.ID, c.Version); err != nil {
				return err
			}
		}
		for j, g := range d.Gaps {
			if err := row("gap", fmt.Sprintf("%s.gaps[%d]", at, j), g.ID, g.Version); err != nil {
				return err
			}
		}
		for j, t := range d.Terms {
			if err := row("term", fmt.Sprintf("%s.terms[%d]", at, j), t.ID, t.Version); err != nil {
				return err
			}
		}
		for j, x := range d.Decisions {
			if err := row("decision", fmt.Sprintf("%s.decisions[%d]", at, j), x.ID, x.Version); err != nil {
				return err
			}
		}
		for j, s := range d.SignOffs {
			if err := row("sign-off", fmt.Sprintf("%s.signoffs[%d]", at, j), s.ID, s.Version); err != nil {
				return err
			}
		}
	}
	return nil
}
