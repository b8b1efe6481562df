package i18n

// Chinese: an import's one line of history (see model.ImportRecord).
func init() {
	Register(ZH, map[string]string{
		"restored the deal %s":               "恢复了商机%s",
		"restored the deal %[1]s from %[2]s": "从 %[2]s 恢复了商机%[1]s",
		"%[1]s: %[2]s, %[3]s":                "%[1]s：%[2]s，%[3]s",
		"%[1]s: %[2]s, %[3]s, %[4]s":         "%[1]s：%[2]s，%[3]s，%[4]s",
		"the rules found no gaps":            "规则未发现差距",
		"%[1]s–%[2]s":                        "%[1]s–%[2]s",
	}, map[string]Forms{
		"%[2]s promises (%[3]s)":                     {Other: "%[2]s 项承诺（%[3]s）"},
		"%[2]s gaps":                                 {Other: "%[2]s 个差距"},
		"%[2]s delivery answers":                     {Other: "%[2]s 项交付评估"},
		"imported %[2]s promises (%[3]s) from %[4]s": {Other: "从 %[4]s 导入了 %[2]s 项承诺（%[3]s）"},
		"imported %[2]s promises (%[3]s)":            {Other: "导入了 %[2]s 项承诺（%[3]s）"},
		"the rules found %[2]s gaps":                 {Other: "规则发现了 %[2]s 个差距"},
	})
}
