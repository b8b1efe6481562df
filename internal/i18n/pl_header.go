package i18n

// The deal screen's header on a narrow screen in Polish.
func init() {
	Register(PL, map[string]string{
		"must sign again (B: who)": "ponowna akceptacja potrzebna (B: kto)",
	}, nil)
}
