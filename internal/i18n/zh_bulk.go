package i18n

// Chinese: bulk work and the order of lists (see docs/terms.md).
func init() {
	Register(ZH, map[string]string{
		"mark / unmark":   "标记 / 取消标记",
		"Nothing marked.": "没有已标记项。",
		"%s · “%s”":       "%s ·“%s”",
		"(now)":           "（当前）",
		"Only a term with a glossary entry can be marked; enter defines “%s” first.": "只有在术语表中已有条目的术语才能标记；请先按 enter 定义“%s”。",
		"Only what you set here changes; the rest stays as each gap has it.":         "只更改这里设置的内容；其余保持各差距原样。",
		"Sort %s by": "%s 排序方式",
		"as added":   "按添加顺序",
		"as each is": "保持不变",
		"s agrees them with the same people, esc unmarks": "s 由相同人员一并达成一致，esc 取消标记",
		"someone changed one of these rows meanwhile (another window or person), so nothing was saved; look again and repeat the change": "有人在此期间修改了其中一行（另一个窗口或其他人），因此没有保存任何内容；请重新查看后再改一次",
		"sort by…":            "排序方式…",
		"u undoes all of it.": "u 可全部撤销。",
		"↑ is the earliest date, A to Z, the lowest first; ↓ the other way. Ties keep the pane's own order.": "↑ 表示最早的日期、A 到 Z、最低的在前；↓ 相反。相同的保持窗格原有顺序。",
	}, map[string]Forms{
		"%d marked: %s act on all of them at once; esc unmarks.": {Other: "已标记 %d 项：%s 将一次作用于全部；esc 取消标记。"},
		"%d marked":                       {Other: "已标记 %d 项"},
		"%d gaps now owned by %s.":        {Other: "%d 个差距的负责人现为 %s。"},
		"%d promises now promised by %s.": {Other: "%d 项承诺现记为由 %s 作出。"},
		"Agree %d terms":                  {Other: "就 %d 个术语达成一致"},
		"Agreed %d terms.":                {Other: "已就 %d 个术语达成一致。"},
		"Change %d gaps":                  {Other: "修改 %d 个差距"},
		"Changed %d gaps.":                {Other: "已修改 %d 个差距。"},
		"Changed %d promises.":            {Other: "已修改 %d 项承诺。"},
		"Verification of %d promises":     {Other: "%d 项承诺的核实程度"},
		"agree %d terms":                  {Other: "就 %d 个术语达成一致"},
		"change %d gaps":                  {Other: "修改 %d 个差距"},
		"change %d promises":              {Other: "修改 %d 项承诺"},
		"owner of %d gaps":                {Other: "%d 个差距的负责人"},
		"who promised %d promises":        {Other: "%d 项承诺的承诺人"},
	})
}
