package i18n

// The deal screen's header on a narrow screen in German.
func init() {
	Register(DE, map[string]string{
		"must sign again (B: who)": "erneute Freigabe nötig (B: wer)",
	}, nil)
}
