package model

import (
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// TestMoneyFastPath: text the quick look says holds no currency is text the
// pattern finds no amount in.
func TestMoneyFastPath(t *testing.T) {
	pieces := []string{"1", "20", "000", " ", "\u00a0", ",", ".", "'", "k", "m", "million", "EUR", "eur", "Eu", "R",
		"pln", "zł", "z", "ł", "€", "$", "£", "¥", "₹", "元", "USD", "sd", "a", "day", "Tsd.", "mln", "-", "é", "x"}
	rapid.Check(t, func(t *rapid.T) {
		parts := rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 12).Draw(t, "parts")
		s := ""
		for _, p := range parts {
			s += p
		}
		want := moneyPattern.FindAllStringIndex(s, -1)
		got := MoneyFigures(s)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("MoneyFigures(%q) = %v, the pattern finds %v", s, got, want)
		}
	})
}
