package model

import "testing"

func TestParseFormDateReadsDayWordsInEveryLanguage(t *testing.T) {
	today := MustDate("2026-12-02") // a Wednesday
	for in, want := range map[string]string{
		"dzisiaj": "2026-12-02", "Heute": "2026-12-02", "idag": "2026-12-02", "oggi": "2026-12-02", "今天": "2026-12-02",
		"jutro": "2026-12-03", "morgen": "2026-12-03", "imorgon": "2026-12-03", "domani": "2026-12-03", "明天": "2026-12-03",
		"piątek": "2026-12-04", "Freitag": "2026-12-04", "fredag": "2026-12-04", "venerdì": "2026-12-04", "星期五": "2026-12-04",
		"środa": "2026-12-09", "周三": "2026-12-09", "venerdi": "2026-12-04",
		"heute+2w": "2026-12-16", " oggi ": "2026-12-02",
		"today": "2026-12-02", "2026-12-24": "2026-12-24",
	} {
		got, err := ParseFormDate(in, today)
		if err != nil || got.String() != want {
			t.Errorf("ParseFormDate(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	if _, err := ParseFormDate("übermorgen", today); err == nil {
		t.Error("übermorgen reads as a date")
	}
}
