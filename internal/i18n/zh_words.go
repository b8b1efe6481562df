package i18n

// Chinese words for the stored values, by kind (see docs/terms.md).
func init() {
	RegisterWords(ZH, "role", map[string]string{
		"sales":    "销售",
		"presales": "售前",
		"delivery": "实施",
		"customer": "客户",
		"other":    "其他",
	})
	RegisterWords(ZH, "stage", map[string]string{
		"lead":        "线索",
		"qualified":   "已确认需求",
		"proposal":    "方案报价",
		"negotiation": "商务谈判",
		"won":         "赢单",
		"handoff":     "交接",
		"delivery":    "交付",
		"lost":        "丢单",
	})
	RegisterWords(ZH, "category", map[string]string{
		"scope":       "范围",
		"integration": "集成",
		"timeline":    "进度",
		"performance": "性能",
		"support":     "支持",
		"commercial":  "商务",
		"other":       "其他",
	})
	RegisterWords(ZH, "priority", map[string]string{
		"must":   "必须",
		"should": "应该",
		"could":  "可以",
	})
	RegisterWords(ZH, "source", map[string]string{
		"proposal": "方案书",
		"rfp":      "招标文件",
		"email":    "邮件",
		"call":     "电话",
		"demo":     "演示",
		"contract": "合同",
		"other":    "其他",
	})
	RegisterWords(ZH, "verification", map[string]string{
		"heard":      "口头",
		"written":    "书面",
		"confirmed":  "客户已确认",
		"contracted": "已写入合同",
	})
	RegisterWords(ZH, "fit", map[string]string{
		"full":       "完全满足",
		"partial":    "部分满足",
		"workaround": "变通方案",
		"none":       "无法满足",
		"unknown":    "未知",
	})
	RegisterWords(ZH, "confidence", map[string]string{
		"high":   "高",
		"medium": "中",
		"low":    "低",
	})
	RegisterWords(ZH, "severity", map[string]string{
		"critical": "严重",
		"high":     "高",
		"medium":   "中",
		"low":      "低",
	})
	RegisterWords(ZH, "gap kind", map[string]string{
		"unassessed":      "未评估",
		"scope":           "范围",
		"schedule":        "进度",
		"effort":          "工作量",
		"unverified":      "未核实",
		"undefined_term":  "术语未定义",
		"suspect":         "评估存疑",
		"unowned_promise": "承诺无负责人",
		"other":           "手工",
	})
	RegisterWords(ZH, "gap status", map[string]string{
		"open":        "待处理",
		"in_progress": "进行中",
		"resolved":    "已解决",
		"accepted":    "已接受",
	})
	RegisterWords(ZH, "origin", map[string]string{
		"derived": "自动生成",
		"manual":  "手工",
	})
	RegisterWords(ZH, "term status", map[string]string{
		"draft":    "草稿",
		"agreed":   "已达成一致",
		"disputed": "有争议",
	})
}
