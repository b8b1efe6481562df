package i18n

// handoff serve, SSH keys and backups.
func init() {
	Register(ZH, map[string]string{
		"%s does not run over SSH; these do: %s":                                                        "%s 不能通过 SSH 运行；可以运行的有：%s",
		"%s ends more than one key's fingerprint; give the whole fingerprint":                           "不止一个密钥指纹以 %s 结尾；请给出完整指纹",
		"%s is the database itself; name another file for the copy":                                     "%s 就是数据库本身；请为副本指定另一个文件",
		"%s no longer signs in with %s":                                                                 "%s 不再使用 %s 登录",
		"%s signs in with %s":                                                                           "%s 使用 %s 登录",
		"Over SSH nothing is written on the server; get the report with: ssh … export --deal %d > FILE": "通过 SSH 不会在服务器上写入任何文件；获取报告请用：ssh … export --deal %d > 文件",
		"handoff: the server is full or stopping; try again in a moment":                                "handoff：服务器已满或正在停止；请稍后再试",
		"Permission denied": "拒绝访问",
		"SSH keys":          "SSH 密钥",
		"The server is stopping; what you saved is kept. Connect again when it is back.": "服务器正在停止；已保存的内容都会保留。服务器恢复后请重新连接。",
		"backup: %s": "backup：%s",
		"backup: name the file to write: handoff backup PATH":                                      "backup：请指定要写入的文件：handoff backup 路径",
		"export: -o writes on the server; over SSH the export comes to you: ssh … export > FILE":   "export：-o 会写在服务器上；通过 SSH 导出内容会直接发给你：ssh … export > 文件",
		"handoff: something went wrong on the server; this session ends, nothing else is affected": "handoff：服务器出错；本会话结束，其他不受影响",
		"keys: %q is nobody in the directory":                                                      "keys：通讯录中没有 %q",
		"keys: %s is neither a public key nor a file one is in":                                    "keys：%s 既不是公钥，也不是含公钥的文件",
		"keys: %s": "keys：%s",
		"keys: use keys, keys add PERSON KEY|FILE, or keys remove FINGERPRINT":         "keys：用法为 keys、keys add 人员 密钥|文件 或 keys remove 指纹",
		"no key has the fingerprint %s":                                                "没有指纹为 %s 的密钥",
		"no keys; add one with: handoff keys add PERSON KEY|FILE":                      "没有密钥；添加方法：handoff keys add 人员 密钥|文件",
		"no terminal: ask for one (ssh -t) or give a command: %s":                      "没有终端：请申请终端（ssh -t）或给出命令：%s",
		"not an SSH public key (%s)":                                                   "不是 SSH 公钥（%s）",
		"not over SSH: the server chooses the database, and your key says who you are": "不能通过 SSH 使用：数据库由服务器决定，你的身份由密钥决定",
		"serve: %s": "serve：%s",
		"serve: --max-sessions must be 1 or more":   "serve：--max-sessions 至少为 1",
		"serve: cannot listen on %s: %s":            "serve：无法在 %s 上监听：%s",
		"serve: cannot make the host key %s: %s":    "serve：无法创建主机密钥 %s：%s",
		"the database is closed; nothing was saved": "数据库已关闭；未保存任何内容",
		"the key %s belongs to %s already":          "密钥 %s 已属于 %s",
		"wrote %s, a copy of %s":                    "已写入 %s，即 %s 的副本",
	}, map[string]Forms{
		"%d keys: %s …": {Other: "%d 个密钥：%s …"},
	})
}
