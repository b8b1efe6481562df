package i18n

// The deal screen's header on a narrow screen in Swedish.
func init() {
	Register(SV, map[string]string{
		"must sign again (B: who)": "måste godkännas igen (B: vem)",
	}, nil)
}
