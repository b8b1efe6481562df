package i18n

// The history told in sentences: English plural forms, and the words for
// fields and rows whose JSON names do not read well in a sentence. A new
// field's label goes in "history field" here and in each language's
// <lang>_history.go (see model/historytell.go).
func init() {
	Register(EN, nil, map[string]Forms{
		"(+%d gap changes)": {One: "(+%d gap change)", Other: "(+%d gap changes)"},
	})
	RegisterWords(EN, "history field", map[string]string{
		"can_do":         "description",
		"why_buy":        "reason for buying",
		"assessed_by":    "assessor",
		"budget_days":    "budget (person-days)",
		"by":             "person who answered",
		"close_date":     "expected close",
		"decided_by":     "person who decided",
		"due":            "due date",
		"earliest":       "earliest date",
		"effort_days":    "effort (person-days)",
		"gap_id":         "gap",
		"made_on":        "date of the promise",
		"not_sold":       "list of what is not sold",
		"on":             "date of the answer",
		"person_id":      "person",
		"promise_id":     "promise",
		"promised_by":    "person who promised",
		"sales_owner":    "sales owner",
		"presales_owner": "presales owner",
		"delivery_owner": "delivery owner",
		"source_ref":     "source reference",
		"wrote":          "customer's wording",
	})
	RegisterWords(EN, "history entity", map[string]string{
		"key": "SSH key",
	})
}
