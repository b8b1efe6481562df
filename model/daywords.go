package model

import "time"

// The words for today, tomorrow and the weekdays in the other languages
// handoff speaks, as people type them into a date field. They are read in
// every session, beside the English ones: no word of one language means
// another day in another, and a form need not know its reader to read a
// date. Polish, German, Swedish and Italian are also read without their
// accents ("piatek", "venerdi"), as they are often typed.
var (
	localToday    = map[string]bool{"dzisiaj": true, "dziś": true, "dzis": true, "heute": true, "idag": true, "oggi": true, "今天": true}
	localTomorrow = map[string]bool{"jutro": true, "morgen": true, "imorgon": true, "domani": true, "明天": true}
	localWeekdays = map[string]time.Weekday{
		// Polish
		"poniedziałek": time.Monday, "poniedzialek": time.Monday, "wtorek": time.Tuesday, "środa": time.Wednesday,
		"sroda": time.Wednesday, "czwartek": time.Thursday, "piątek": time.Friday, "piatek": time.Friday,
		"sobota": time.Saturday, "niedziela": time.Sunday,
		// German
		"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
		"freitag": time.Friday, "samstag": time.Saturday, "sonntag": time.Sunday,
		// Swedish
		"måndag": time.Monday, "mandag": time.Monday, "tisdag": time.Tuesday, "onsdag": time.Wednesday,
		"torsdag": time.Thursday, "fredag": time.Friday, "lördag": time.Saturday, "lordag": time.Saturday,
		"söndag": time.Sunday, "sondag": time.Sunday,
		// Italian
		"lunedì": time.Monday, "lunedi": time.Monday, "martedì": time.Tuesday, "martedi": time.Tuesday,
		"mercoledì": time.Wednesday, "mercoledi": time.Wednesday, "giovedì": time.Thursday, "giovedi": time.Thursday,
		"venerdì": time.Friday, "venerdi": time.Friday, "sabato": time.Saturday, "domenica": time.Sunday,
		// Chinese
		"星期一": time.Monday, "星期二": time.Tuesday, "星期三": time.Wednesday, "星期四": time.Thursday,
		"星期五": time.Friday, "星期六": time.Saturday, "星期日": time.Sunday, "星期天": time.Sunday,
		"周一": time.Monday, "周二": time.Tuesday, "周三": time.Wednesday, "周四": time.Thursday,
		"周五": time.Friday, "周六": time.Saturday, "周日": time.Sunday,
	}
)

// localDayWord reads w (lower case, trimmed) as one of those words.
func localDayWord(w string, today Date) (Date, bool) {
	switch {
	case localToday[w]:
		return today, true
	case localTomorrow[w]:
		return today.AddDays(1), true
	}
	if wd, ok := localWeekdays[w]; ok {
		return today.AddDays((int(wd)-int(today.Weekday())+6)%7 + 1), true
	}
	return Date{}, false
}
