package i18n

// Refusing "kept late" for a promise that was not late.
func init() {
	Register(IT, map[string]string{
		"cannot be late: the promise has no due date; record it as kept":  "non può essere in ritardo: la promessa non ha scadenza; registrala come mantenuta",
		"cannot be late on %s: the promise was due %s; record it as kept": "non può essere in ritardo il %s: la promessa scadeva il %s; registrala come mantenuta",
	}, nil)
}
