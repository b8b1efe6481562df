package i18n

// Refusing "kept late" for a promise that was not late.
func init() {
	Register(SV, map[string]string{
		"cannot be late: the promise has no due date; record it as kept":  "kan inte vara försenat: löftet har inget slutdatum; registrera det som hållet",
		"cannot be late on %s: the promise was due %s; record it as kept": "kan inte vara försenat den %s: löftet skulle vara klart senast %s; registrera det som hållet",
	}, nil)
}
