package i18n

// The deal screen's header on a narrow screen in Italian.
func init() {
	Register(IT, map[string]string{
		"must sign again (B: who)": "da approvare di nuovo (B: chi)",
	}, nil)
}
