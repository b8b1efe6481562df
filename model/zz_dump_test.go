package model_test

import (
	"fmt"
	"testing"

	"handoff/model"
)

func TestZZDump(t *testing.T) {
	a := model.SampleArchive()
	for _, d := range a.Deals {
		fmt.Println("==", d.Deal.Name)
		for _, g := range d.Gaps {
			fmt.Printf("%2d p%-2d %-15s %-8s %-11s o%d %s | %s\n", g.ID, g.PromiseID, g.Kind, g.Severity, g.Status, g.Owner, g.Due, g.Title)
		}
		f := model.Facts{Deal: d.Deal, Promises: d.Promises, Assessments: d.Assessments, Terms: d.Terms, Watch: model.WatchWords(nil)}
		r := model.Assess(f, d.Gaps)
		fmt.Println(r)
		for _, b := range r.Blockers {
			fmt.Println("  -", b)
		}
	}
}
