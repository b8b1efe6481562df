package i18n

// Refusing "kept late" for a promise that was not late.
func init() {
	Register(DE, map[string]string{
		"cannot be late: the promise has no due date; record it as kept":  "kann nicht verspätet sein: die Zusage hat keinen Termin; als eingehalten erfassen",
		"cannot be late on %s: the promise was due %s; record it as kept": "kann am %s nicht verspätet sein: die Zusage war am %s fällig; als eingehalten erfassen",
	}, nil)
}
