package i18n

// Simplified Chinese: money, numbers and dates, derived gap titles, closing
// notes and blockers (see docs/terms.md).
func init() {
	Register(ZH, map[string]string{
		// Money typed into a form.
		"a currency is required: an ISO 4217 code such as EUR, PLN or USD":                     "必须填写币种：ISO 4217 代码，如 EUR、PLN 或 USD",
		"%s is not a currency code: write an ISO 4217 code such as EUR, PLN or USD":            "%s 不是币种代码：请填写 ISO 4217 代码，如 EUR、PLN 或 USD",
		"%s is not a currency code: ISO 4217 has no %s (write a code such as EUR, PLN or USD)": "%s 不是币种代码：ISO 4217 中没有 %s（请填写 EUR、PLN 或 USD 等代码）",
		"%s has %s; %s has %s": "%s 有 %s；%s：%s",
		"%s is too large":      "%s 太大",
		"no decimals":          "无小数",
		"%s is negative":       "%s 是负数",
		"%s is not an amount: write digits, like 120000 or 120 000,50":                                            "%s 不是金额：请填写数字，如 120000 或 120,000.50",
		"%s mixes separators: group thousands all the same way, like 1 250 000,50 or 1,250,000.50":                "%s 混用了分隔符：千位请统一分隔，如 1,250,000.50",
		"%s uses %q both between thousands and before the decimals: like 1.250.000,50 or 1,250,000.50":            "%s 在千位之间和小数之前都用了 %q：应写作 1,250,000.50",
		"%s is not grouped in thousands: between separators come three digits, like 1 250 000,50 or 1,250,000.50": "%s 未按千位分组：分隔符之间应为三位数字，如 1,250,000.50",
		"%s could mean %s (thousands) or %s (decimals, but %s has %s): write %s or %s.%s for the first":           "%s 可能是 %s（千位分隔）或 %s（小数，但 %s 为%s）：如指前者，请写 %s 或 %s.%s",
		"%s could mean %s (thousands) or %s (decimals): write %s or %s.%s for the first, %s for the second":       "%s 可能是 %s（千位分隔）或 %s（小数）：如指前者，请写 %s 或 %s.%s；如指后者，请写 %s",
		"not set": "未填写",
		// Dates typed into a form.
		"%s is not a date (use YYYY-MM-DD)": "%s 不是日期（请用 YYYY-MM-DD）",
		"%s is not a date (use %s)":         "%s 不是日期（请用 %s）",
		"DD.MM.YYYY or YYYY-MM-DD":          "DD.MM.YYYY 或 YYYY-MM-DD",
		"DD/MM/YYYY or YYYY-MM-DD":          "DD/MM/YYYY 或 YYYY-MM-DD",
		"YYYY-MM-DD":                        "YYYY-MM-DD",
		"%s is not a date: write YYYY-MM-DD, today, tomorrow, +3d, +2w or a weekday": "%s 不是日期：请填写 YYYY-MM-DD、今天、明天、+3d、+2w 或星期几",
		"%s is not a date: write %s, today, tomorrow, +3d, +2w or a weekday":         "%s 不是日期：请填写 %s、今天、明天、+3d、+2w 或星期几",
		// Derived gap titles.
		"delivery does not know yet whether it can be built":              "实施方尚不确定能否实现",
		"no answer from delivery yet":                                     "尚无交付评估",
		"fit %s: %s":                                                      "满足程度（%s）：%s",
		"due %s, delivery earliest %s: %s":                                "截止日期 %s，实施最早 %s：%s",
		"delivery needs %s person-days, %s were sold (%s×)":               "实施需要 %s 人天，售出 %s 人天（%s 倍）",
		"changed after delivery answered it; needs a fresh answer":        "交付评估后已修改，需要重新评估",
		"only %s, not confirmed with the customer, and the deal is at %s": "仅%s，未经客户确认，而商机已处于“%s”阶段",
		"not agreed: %s":                                                  "未达成一致：%s",
		", ":                                                              "、",
		"nobody is named as having promised it":                           "未注明由谁作出该承诺",
		"delivery cannot build it":                                        "实施方无法实现",
		"only with a workaround, not described":                           "只能通过变通方案实现，未说明",
		"only in part, not described":                                     "仅部分满足，未说明",
		// The rules' closing notes.
		"Closed automatically: %s.":                       "已自动关闭：%s。",
		"Earlier note: %s":                                "此前备注：%s",
		"the promise was deleted":                         "该承诺已删除",
		"delivery answered the promise":                   "实施方已评估该承诺",
		"delivery now says it can build it in full":       "实施方现确认可完全满足",
		"delivery's earliest date now meets the due date": "实施最早完成日期现已满足截止日期",
		"delivery's effort is now within the budget sold": "实施工作量现已在售出预算之内",
		"the promise is now confirmed with the customer, or the deal is no longer in negotiation or later": "该承诺现已经客户确认，或商机已不再处于商务谈判及之后阶段",
		"every term it uses is now agreed in the glossary or dismissed as no term in this deal":            "所用术语均已在术语表中达成一致，或已在本商机中排除为非术语",
		"delivery answered the promise as it now stands":                                                   "实施方已按当前内容评估该承诺",
		"a person is now named as having promised it":                                                      "现已注明承诺人",
		"its cause went away": "原因已消除",
		// Readiness.
		"ready":                         "就绪",
		"No promises are recorded yet.": "尚未记录任何承诺。",
		"Promise %s has no answer from delivery.":        "承诺%s尚无交付评估。",
		"Term %s is used in %s but not agreed.":          "术语%s在承诺%s中使用，但尚未达成一致。",
		"Promise %s changed after delivery answered it.": "承诺%s在交付评估后已修改。",
		"%s gap (%s) has no owner and no due date: %s":   "差距（%[2]s，严重程度：%[1]s）没有负责人，也没有截止日期：%[3]s",
		"%s gap (%s) has no owner: %s":                   "差距（%[2]s，严重程度：%[1]s）没有负责人：%[3]s",
		"%s gap (%s) has no due date: %s":                "差距（%[2]s，严重程度：%[1]s）没有截止日期：%[3]s",
		"The deal has no owner for %s.":                  "该商机没有%s负责人。",
	}, map[string]Forms{
		"%d blockers":     {Other: "%d 个阻碍项"},
		"%d days late":    {Other: "晚 %d 天"},
		"%d days overdue": {Other: "已逾期 %d 天"},
		"%d decimals":     {Other: "%d 位小数"},
		"Term %[2]s is used in %[1]d promises but not agreed.": {
			Other: "术语%[2]s在 %[1]d 项承诺中使用，但尚未达成一致。"},
	})
	RegisterWords(ZH, "weekday", map[string]string{
		"mon": "周一", "tue": "周二", "wed": "周三", "thu": "周四", "fri": "周五", "sat": "周六", "sun": "周日",
	})
	RegisterWords(ZH, "typed day", map[string]string{
		"today": "今天, 今日", "tomorrow": "明天, 明日",
		"mon": "周一, 星期一, 礼拜一", "tue": "周二, 星期二, 礼拜二", "wed": "周三, 星期三, 礼拜三",
		"thu": "周四, 星期四, 礼拜四", "fri": "周五, 星期五, 礼拜五", "sat": "周六, 星期六, 礼拜六",
		"sun": "周日, 星期日, 星期天, 礼拜天",
	})
}
