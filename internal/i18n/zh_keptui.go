package i18n

// The keyboard workflows after the handoff: change requests, their
// decision, outcomes with a note, in meeting mode too.
func init() {
	Register(ZH, map[string]string{
		"Accepting needs someone from sales or presales and someone from delivery present; the roles whose sections change then sign again.": "接受需要销售或售前中至少一人和交付中至少一人在场；之后由其部分发生变化的角色重新签字确认。",
		"After the sign-off":       "签字确认之后",
		"Asked by at the customer": "客户方提出人",
		"Asked for after the sign-off. It starts as only heard; delivery answers it like any promise, then R accepts, rejects or defers it.": "签字确认后提出。它从“口头”开始；交付像评估任何承诺一样评估它，然后用 R 接受、拒绝或推迟。",
		"Change request “%s” recorded, relayed by %s.":                                       "已记录变更请求“%s”，转达人：%s。",
		"Change request “%s”: %s.":                                                           "变更请求“%s”：%s。",
		"Change requests come after every role has signed off; until then n adds a promise.": "所有角色签字确认后才有变更请求；在此之前用 n 添加承诺。",
		"Decide the change request “%s”":                                                     "决定变更请求“%s”",
		"It joins the scope: B shows who must sign again.":                                   "它已纳入范围：B 显示谁必须重新签字确认。",
		"New change request":                                                                 "新变更请求",
		"No change request of this deal is open.":                                            "此交易没有待决定的变更请求。",
		"Note": "备注",
		"On (the day it was kept, changed, dropped or broken)": "日期（兑现、变更、撤回或未兑现的那一天）",
		"Outcome":        "结果",
		"Outcome: %s":    "结果：%s",
		"People present": "在场人员",
		"Relayed by":     "转达人",
		"This gap is about the deal as a whole: it has no promise to record an outcome for.": "这个缺口关乎整个交易：没有可记录结果的承诺。",
		"change request (after sign-off)":                              "变更请求（签字确认后）",
		"decide a change request":                                      "决定变更请求",
		"decide a change request (this gap's, or the first open one)":  "决定变更请求（此缺口的，或第一个待决定的）",
		"optional: what happened":                                      "可选：发生了什么",
		"outcome of this gap's promise (in delivery)":                  "此缺口所涉承诺的结果（交付中）",
		"the decision on “%s”":                                         "对“%s”的决定",
		"the outcome of “%s”":                                          "“%s”的结果",
		"what the customer asks for, in their words":                   "客户要求什么，用他们的话",
		"who asked for it, e.g. their project lead":                    "谁提出的，例如他们的项目负责人",
		"“%s” is no change request: N records one after the sign-off.": "“%s”不是变更请求：签字确认后用 N 记录。",
		"%s kept":                "兑现率 %s",
		"CR":                     "变更",
		"Change request: %s":     "变更请求：%s",
		"%s, after the sign-off": "%s（签字确认之后）",
	}, nil)
}
