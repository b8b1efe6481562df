package i18n

// The mouse, the pane keys and the report preview's search in Chinese.
func init() {
	Register(ZH, map[string]string{
		"search":                                "搜索",
		"next match":                            "下一处",
		"previous match":                        "上一处",
		"search: enter keeps it, esc clears it": "搜索：回车保留，esc 清除",
		"not found":                             "未找到",
		"next, previous":                        "下一处、上一处",
		"Search":                                "搜索",
		"Mouse: the wheel scrolls, a click selects. To select text and copy it, hold shift while dragging (in most terminals; option in iTerm2).": "鼠标：滚轮滚动，单击选中。要选中并复制文字，请按住 shift 拖动（大多数终端如此；iTerm2 中为 option）。",
		"sign off the handoff report as %s": "以%s身份签字确认交接报告",
	}, nil)
}
