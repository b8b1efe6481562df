package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(ZH, map[string]string{
		"unknown language %q; handoff speaks %s": "未知语言 %q；handoff 支持：%s",
	}, nil)
}
