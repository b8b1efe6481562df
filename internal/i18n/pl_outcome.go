package i18n

// Refusing "kept late" for a promise that was not late.
func init() {
	Register(PL, map[string]string{
		"cannot be late: the promise has no due date; record it as kept":  "nie może być z opóźnieniem: obietnica nie ma terminu; zapisz ją jako dotrzymaną",
		"cannot be late on %s: the promise was due %s; record it as kept": "nie może być z opóźnieniem %s: termin obietnicy to %s; zapisz ją jako dotrzymaną",
	}, nil)
}
