package model

import "regexp"

// soldPattern finds the figures that tell how much effort was sold, as
// handoff writes them: "12 person-days sold", "12 d sold", "(sold 12)",
// "60 sold: 25 over", and in an effort gap's title "…person-days, 60 were
// sold (1.4×)". A line cut short ("person-days, 6…", "(1.…") is still
// caught: the figure comes right after words that say it is a sold one.
var soldPattern = regexp.MustCompile(`(?m)` +
	`\d[\d.,]*[ \x{a0}]+(?:person-days?[ \x{a0}]+|d[ \x{a0}]+)?(?:were[ \x{a0}]+)?sold(?::[ \x{a0}]+\d[\d.,]*[ \x{a0}]+over)?` +
	`|person-days,[ \x{a0}]+\d[\d.,]*(?:…|[ \x{a0}]+w|$)` +
	`|\(\d[\d.,]*(?:×|…)` +
	`|\bsold[ \x{a0}]+\d[\d.,]*` +
	`|·[ \x{a0}]+\d[\d.,]*[ \x{a0}]+d\b`)

// SoldFigures returns the byte spans of s that state sold effort (see
// HideSold), for a screen that must keep each span on one line.
func SoldFigures(s string) [][]int { return soldPattern.FindAllStringIndex(s, -1) }

// HideSold puts "•" for every digit of a sold figure in s, one for one so
// a layout does not move: what was sold is as commercially sensitive as
// the price, and a shared screen shows neither.
func HideSold(s string) string {
	return soldPattern.ReplaceAllStringFunc(s, func(m string) string {
		b := []rune(m)
		for i, r := range b {
			if r >= '0' && r <= '9' {
				b[i] = '•'
			}
		}
		return string(b)
	})
}
