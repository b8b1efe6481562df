package model

import (
	"handoff/internal/i18n"
)

// The limits every way in holds a value to — a form, a spreadsheet, a JSON
// import — so no path can store what another would refuse.
const (
	// MinYear and MaxYear bound the dates handoff takes: anything outside is
	// a typing slip (0202 for 2026, 20266 for 2026), not a plan.
	MinYear, MaxYear = 1900, 2199
	// MaxDays is the most person-days an effort or a budget may hold.
	MaxDays = 1e6
	// MaxMinor is the largest amount of money, in minor units (cents): ten
	// trillion in major units, beyond any deal and far from overflow.
	MaxMinor int64 = 1e15
)

// inRange returns d, or an error when its year is outside MinYear–MaxYear.
func inRange(d Date) (Date, error) {
	if y := d.t.Year(); y < MinYear || y > MaxYear {
		return Date{}, i18n.Msg("%s is outside the years %d–%d", d.String(), MinYear, MaxYear)
	}
	return d, nil
}

// checkDays records a problem when a number of person-days is out of range.
func checkDays(p *problems, field string, v float64) {
	switch {
	case v < 0:
		p.add(field, i18n.M("cannot be negative"))
	case v > MaxDays:
		p.addMsg(field, i18n.Msg("is more than %s person-days", FormatDays(MaxDays)))
	}
}
