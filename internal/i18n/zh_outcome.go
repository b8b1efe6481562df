package i18n

// Refusing "kept late" for a promise that was not late.
func init() {
	Register(ZH, map[string]string{
		"cannot be late: the promise has no due date; record it as kept":  "不能记为延迟兑现：该承诺没有截止日期；请记为已兑现",
		"cannot be late on %s: the promise was due %s; record it as kept": "不能记为 %s 延迟兑现：该承诺的截止日期为 %s；请记为已兑现",
	}, nil)
}
