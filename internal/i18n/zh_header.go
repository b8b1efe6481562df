package i18n

// The deal screen's header on a narrow screen in Chinese.
func init() {
	Register(ZH, map[string]string{
		"must sign again (B: who)": "需重新签字确认（B 查看谁）",
	}, nil)
}
