package i18n

// The report language of a deal, a term's forms in other languages, and
// the words one English word stands for in two senses.
func init() {
	Register(ZH, map[string]string{
		"[person] Name":                                 "姓名",
		"Report language":                               "报告语言",
		"not set: the language handoff runs in":         "未设置：使用 handoff 当前的界面语言",
		"In other languages, one a line (de: Echtzeit)": "其他语言的说法，每行一个（de: Echtzeit）",
		"In other languages":                            "其他语言",
		"line %d: write the language, a colon and the term, e.g. de: Echtzeit": "第 %d 行：请写语言代码、冒号和术语，例如 de: Echtzeit",
		"line %d: %s is not a language handoff speaks (%s)":                    "第 %d 行：%s 不是 handoff 支持的语言（%s）",
		"line %d: %s is given twice":                                           "第 %d 行：%s 重复出现",
	}, nil)
}
