package i18n

// The command line: usage, flags, command messages and errors.
func init() {
	Register(ZH, map[string]string{
		cliUsage: `handoff —— 盯住销售承诺与实施能力之间的差距。

用法：
  handoff [--db 路径] [命令]

命令：
  (无)       在数据库上打开终端界面
  demo       在带示例商机的临时数据库上打开终端界面
  sample     将示例商机加入数据库（已存在时拒绝；
             参数：--allow-duplicates 再次加入）
  check      输出交接就绪度和阻碍项；退出码 0 就绪，1 未就绪，2 出错
             参数：--deal ID|名称
                    --format text|json  （json：就绪度数据，见 README）
  export     写出商机的交接报告（markdown），或以 JSON 导出数据
             参数：--deal ID|名称  商机；不指定时，markdown 依次为每个未结商机的
                                    报告，JSON 为全部商机
                    --format markdown|json  （默认 markdown）
                    --audience internal|customer  给团队的 markdown（默认）
                                    或客户版：不含金额、已售工作量、内部备注、
                                    决定和差距
                    -o 文件         写入文件（要么完整写入，要么不写）而非标准输出
  import     导入文件：JSON 导出，全部导入或不导入（导入空数据库时保留 ID，
             因此导出 → 导入 → 导出得到同一文件）；或 CSV 文件中的承诺，
             表头行可包含以下任意列
             title,detail,category,priority,promised_by,source,source_ref,made_on,
             due,verification,problem,budget_days（只有 title 必填；有一行出错
             则整个文件被拒绝；未知的 promised_by 作为销售人员加入）
             参数：--deal ID|名称  CSV 中承诺所属的商机
                    --create        没有同名商机时创建（阶段 lead）
                    --allow-duplicates  加入数据库中已有的商机（名称和客户相同）
                                    或承诺（同一商机中标题和 source_ref 相同）
  confirm    记录客户对客户版的书面答复：所列承诺（P1 …）和定义（T1 …），
             或 --all；被确认的承诺变为已确认，定义计为客户已同意
             参数：--deal ID|名称  商机
                    --by 姓名       客户方答复人（新姓名作为客户加入人员名录）
                    --ref 出处      答复所在之处（“邮件 2026-12-10”）
                    --on 日期       答复日期（默认今天）
                    --all           全部承诺和全部定义
                    --not-as-written 文本  客户改写的内容：承诺保持原核实程度，
                                    并产生一个差距；定义变为有争议
  words      列出团队自己的关注词（内置词之外）；
             words add 词…、words remove 词… 修改它们（“odbiór*”：任意词尾）
             参数：--format text|json  （列表；json 供脚本使用）
  agenda     某人在所有商机中的待办事项，已逾期的在前：其负责的差距、待交付评估
             （实施负责人）、待达成一致的术语（销售和售前负责人）、
             待签字确认（处于交接阶段的商机）
             参数：--owner 姓名    谁的待办（默认：操作人，按姓名）
                    --overdue       只列已逾期事项
                    --within 7d     只列 7 天内到期的事项（2w：14），含已逾期
                    --format text|json|ics  （ics：可导入的 iCalendar 文件）
  outcome    商机进入交付后，记录承诺的结果：
             outcome P1 kept|late|changed|dropped|broken（late 按截止日期计算
             延迟天数；changed 和 dropped 关联相应协议）；商机尚未进入交付时
             拒绝（退出码 2）
             参数：--deal ID|名称   商机
                    --note 文本     结果旁的备注
                    --on 日期       日期（默认今天）
  kept       所有商机中承诺与兑现的对比：已兑现、延迟兑现、协商变更、协商取消、
             未兑现，按商机、类别、来源以及交接时的核实程度和交付匹配度划分
             （从不按人员）
             参数：--since 日期     仅统计该日起记录的结果
                    --format text|json
  keys       列出人员登录 serve 所用的 SSH 密钥；keys add 人员 密钥|文件 为目录中的
             人员添加公钥（.pub 文件或密钥本身），keys remove 指纹 删除一个密钥
  serve      通过 SSH 向目录中持有密钥的人员提供应用和命令，共用这一个数据库文件
             参数：--listen 地址    监听地址（默认 127.0.0.1:23234；其他地址须明确指定）
                    --host-key 路径 服务器密钥，首次启动时生成，0600（默认：数据库旁的
                                    handoff_host_ed25519_key）
                    --idle-timeout 30m  连接空闲这么久即关闭
                    --max-session 12h   连接打开这么久即关闭
                    --max-sessions 32   同时会话数上限；超出的会被拒绝
  backup     backup 路径 写出数据库的一致副本（0600），应用或 serve 正在使用并写入时也可
  config     输出配置文件的位置和当前生效的设置
  completion 输出 shell 补全脚本：completion bash|zsh|fish
  man        输出手册页（roff，供 man -l - 使用）
  version    输出应用版本和数据库结构版本（数据库的版本从其文件读取，
             文件不会被创建或修改）

全局参数：
  --db 路径      数据库文件（默认：$HANDOFF_DB，否则 %s）
  --actor 姓名   变更记录的操作人（默认：$HANDOFF_ACTOR，否则为系统用户）
  --lang 语言    语言：en、pl、de、sv、it 或 zh（默认：$HANDOFF_LANG，
                 否则 $LC_ALL、$LC_MESSAGES 或 $LANG；否则英语）
  --debug        将本次运行的日志写入状态文件夹（位置见 handoff config）
  --no-mouse     鼠标交给终端处理（配置：mouse: false）
  --version      输出应用版本
  -h, --help     显示本帮助

check、export、agenda 和列出关注词只读取：没有数据库时以 2 退出。
其他命令在没有数据库时创建：默认路径连同其文件夹一起创建；
指定的路径只在已存在的文件夹中创建（终端界面会先询问）。

退出码：0 成功，1 未就绪或无事可做，2 用法或数据错误。
`,
		" (ids kept)": "（保留 ID）",
		"%d%% — %s":   "%d%% — %s",
		"%s":          "%s",
		"%s could not be copied aside before upgrading it (%v), so it was left as it was": "升级前无法备份 %s（%v），因此文件保持原样",
		"%s could not be read: %v": "无法读取 %s：%v",
		"%s could not be upgraded to schema %d (%s), so it was left as it was; this version of handoff cannot use it":                           "无法将 %s 升级到结构版本 %d（%s），因此文件保持原样；此版本的 handoff 无法使用它",
		"%s has no promises, only a header: nothing to import":                                                                                  "%s 只有表头，没有承诺：无可导入",
		"%s is a folder, not a handoff database":                                                                                                "%s 是文件夹，不是 handoff 数据库",
		"%s is a link to %s, which does not exist; handoff does not create a database through a link":                                           "%s 是指向 %s 的链接，而目标不存在；handoff 不会通过链接创建数据库",
		"%s is an empty file (0 bytes), not a handoff database yet":                                                                             "%s 是空文件（0 字节），还不是 handoff 数据库",
		"%s is damaged so badly that handoff cannot open it; restore it from a backup":                                                          "%s 损坏严重，handoff 无法打开；请从备份恢复",
		"%s is damaged, so handoff will not write to it; save what can still be read with: handoff --db %s export --format json -o rescue.json": "%s 已损坏，handoff 不会再写入；请用以下命令保存仍可读取的内容：handoff --db %s export --format json -o rescue.json",
		"%s is from an older version of handoff and could not be read (%v)":                                                                     "%s 来自旧版 handoff，无法读取（%v）",
		"%s is marked as a handoff database but holds none of its tables (was it emptied by another program?)":                                  "%s 标记为 handoff 数据库，但没有任何相应的表（是否被其他程序清空？）",
		"%s is not a handoff database": "%s 不是 handoff 数据库",
		"%s is not a handoff database (it is a SQLite file made by another program)":                                          "%s 不是 handoff 数据库（是其他程序创建的 SQLite 文件）",
		"%s is not a handoff database (it is not a SQLite file)":                                                              "%s 不是 handoff 数据库（不是 SQLite 文件）",
		"%s is read-only for you, and handoff needs to write to it":                                                           "%s 对您是只读的，而 handoff 需要写入",
		"%s was created by a newer version of handoff (schema %d; this version knows schema %d); update handoff to open it":   "%s 由更新版本的 handoff 创建（结构版本 %d；此版本支持 %d）；请更新 handoff 后再打开",
		"%s was deleted, moved or replaced while handoff had it open, so nothing more is saved; quit and start handoff again": "%s 在 handoff 打开期间被删除、移动或替换，因此不再保存任何内容；请退出并重新启动 handoff",
		"%s — run again with --allow-duplicates to add them anyway":                                                           "%s —— 如仍要加入，请加 --allow-duplicates 重新运行",
		"%s, %d overdue": "%s，%d 项已逾期",
		"%s: %q is no colour; write it as #rrggbb": "%s：%q 不是颜色；请写成 #rrggbb",
		"%s: %s":                             "%s：%s",
		"%s: %s by %s on %s (%s)":            "%s：%s，由 %s 于 %s（%s）",
		"%s: %v":                             "%s：%v",
		"%s: line %d: %v":                    "%s：第 %d 行：%v",
		"%s; the defaults apply":             "%s；使用默认设置",
		"--%s needs a value":                 "--%s 需要一个值",
		"--%s: %s is not a valid value (%s)": "--%s：%s 不是有效的值（%s）",
		"; due %s, %s":                       "；截止日期 %s，%s",
		"Agenda of %s (%s) on %s: %s":        "%s（%s）的待办，%s：%s",
		"Coming up":                          "即将到期",
		"Commands:":                          "命令：",
		"Created a new database at %s.":      "已在 %s 创建新数据库。",
		"Demo: a throwaway database with sample deals, deleted when you quit. ? lists every key.": "演示：带示例商机的临时数据库，退出时删除。按 ? 查看全部按键。",
		"Global flags:": "全局参数：",
		"No due date":   "无截止日期",
		"Overdue":       "已逾期",
		"Upgraded the database; the old version is kept in %s.":                 "已升级数据库；旧版本保存在 %s。",
		"Usage:\n  handoff [--db PATH] %s [flags]\n\n%s\n\nGlobal flags:\n%s\n": "用法：\n  handoff [--db 路径] %s [参数]\n\n%s\n\n全局参数：\n%s\n",
		"Warning: %s.":                                  "警告：%s。",
		"added to the people as sales: %s":              "已作为销售加入人员：%s",
		"agenda: --format is text, json or ics, not %q": "agenda：--format 只能是 text、json 或 ics，而不是 %q",
		"agenda: --within: %v":                          "agenda：--within：%v",
		"agenda: nobody in the directory is called %q":  "agenda：人员名录中没有名为 %q 的人",
		"agenda: the actor %q is nobody in the directory; name a person with --owner": "agenda：操作人 %q 不在人员名录中；请用 --owner 指定一人",
		"answer awaited": "待交付评估",
		"check: --format is text or json, not %q":                                 "check：--format 只能是 text 或 json，而不是 %q",
		"completion: %q is no shell handoff completes for; use bash, zsh or fish": "completion：handoff 不支持为 %q 补全；请用 bash、zsh 或 fish",
		"completion: name the shell: bash, zsh or fish":                           "completion：请指定 shell：bash、zsh 或 fish",
		"config file: %s (%s)":                                                    "配置文件：%s（%s）",
		"confirm: %q is no promise (P1 …) or definition (T1 …) of %s":             "confirm：%q 不是 %s 的承诺（P1 …）或定义（T1 …）",
		"confirm: %s is %s, not a person at the customer":                         "confirm：%s 是%s，不是客户方人员",
		"confirm: --by names the person at the customer who answered":             "confirm：--by 指定客户方的答复人",
		"confirm: --deal names the deal":                                          "confirm：--deal 指定商机",
		"confirm: --not-as-written answers the points it names, not --all":        "confirm：--not-as-written 只答复所列各项，不能与 --all 同用",
		"confirm: --on %q is not a date (YYYY-MM-DD)":                             "confirm：--on %q 不是日期（YYYY-MM-DD）",
		"confirm: --ref says where the answer is (\"email 2026-12-10\")":          "confirm：--ref 说明答复所在之处（“邮件 2026-12-10”）",
		"confirm: name the points (P1 T2 …) or --all, not both":                   "confirm：请列出各项（P1 T2 …）或用 --all，不能两者都用",
		"confirm: name the points the customer answered (P1 T2 …), or --all":      "confirm：请列出客户答复的各项（P1 T2 …），或用 --all",
		"confirmed":             "已确认",
		"could not read %s: %v": "无法读取 %s：%v",
		"could not write %s: it is a folder; name a file in it":                     "无法写入 %s：这是一个文件夹；请指定其中的文件",
		"database %s (none yet)":                                                    "数据库 %s（尚不存在）",
		"database %s (schema %d)":                                                   "数据库 %s（结构版本 %d）",
		"debug log (--debug): %s":                                                   "调试日志（--debug）：%s",
		"export: --audience is internal or customer, not %q":                        "export：--audience 只能是 internal 或 customer，而不是 %q",
		"export: --format is markdown or json, not %q":                              "export：--format 只能是 markdown 或 json，而不是 %q",
		"export: the customer copy is markdown; the JSON export is the team's data": "export：客户版只有 markdown；JSON 导出是团队内部数据",
		"gap": "差距",
		"import: %s holds promises; name their deal with --deal (and --create to make it)": "import：%s 包含承诺；请用 --deal 指定其商机（用 --create 新建）",
		"import: --deal and --create are for CSV files of promises; %s is a JSON export":   "import：--deal 和 --create 用于承诺的 CSV 文件；%s 是 JSON 导出",
		"import: name one file to import":                                                  "import：请指定一个要导入的文件",
		"imported %s and %s from %s":                                                       "已从 %[3]s 导入 %[1]s 和 %[2]s",
		"imported %s into %q (id %d)":                                                      "已将 %s 导入 %q（ID %d）",
		"imported %s into the new deal %q (id %d)":                                         "已将 %s 导入新商机 %q（ID %d）",
		"keys: %v (handoff config lists every binding)":                                    "keys：%v（handoff config 列出全部按键绑定）",
		"no colour is called %q; the colours are %s":                                       "没有名为 %q 的颜色；可用颜色为 %s",
		"no database at %s":                                                                "%s 处没有数据库",
		"no database at %s, and its folder %s does not exist":                              "%s 处没有数据库，且其文件夹 %s 不存在",
		"no database at %s; create a new one there? [y/N] ":                                "%s 处没有数据库；在那里新建一个吗？[y/N] ",
		"no database at %s; nothing was created":                                           "%s 处没有数据库；未创建任何内容",
		"no deal matches %q":                                                               "没有与 %q 匹配的商机",
		"no deals":                                                                         "没有商机",
		"no longer watching %q":                                                            "不再关注 %q",
		"no words of the team's own; the built-in watch lists are in use":                  "团队没有自己的关注词；使用内置关注词表",
		"none: the defaults apply":                                                         "不存在：使用默认设置",
		"not as written":                                                                   "与书面不符",
		"not used: the defaults apply":                                                     "未使用：使用默认设置",
		"nothing to do":                                                                    "无待办事项",
		"nothing was imported from %s: %v":                                                 "未从 %s 导入任何内容：%v",
		"nothing was imported from %s:%s":                                                  "未从 %s 导入任何内容：%s",
		"overdue: %s (due %s, %s)":                                                         "已逾期：%s（截止日期 %s，%s）",
		"read":                                                                             "已读取",
		"ready":                                                                            "就绪",
		"sign-off":                                                                         "签字确认",
		"term to agree":                                                                    "待达成一致的术语",
		"the database file is damaged where this is kept":                                  "数据库文件中保存此内容的部分已损坏",
		"the sample deals were not added: %v":                                              "未加入示例商机：%v",
		"the terminal UI stopped: %v":                                                      "终端界面已停止：%v",
		"theme is auto, dark or light, not %q":                                             "theme 只能是 auto、dark 或 light，而不是 %q",
		"there are no open deals to export":                                                "没有可导出的未结商机",
		"unexpected argument %q":                                                           "多余的参数 %q",
		"unknown command %q (handoff --help lists every command)":                          "未知命令 %q（handoff --help 列出全部命令）",
		"unknown command %q; did you mean %s? (handoff --help lists every command)": "未知命令 %q；您是指 %s 吗？（handoff --help 列出全部命令）",
		"unknown flag --%s":                                        "未知参数 --%s",
		"unknown flag --%s; did you mean --%s?":                    "未知参数 --%s；您是指 --%s 吗？",
		"unknown language %q; handoff speaks %s":                   "未知语言 %q；handoff 支持 %s",
		"warning: %s.":                                             "警告：%s。",
		"watching %q in every deal":                                "在每个商机中关注 %q",
		"words: %q is not one of the team's words":                 "words：%q 不是团队的关注词",
		"words: %q: %v":                                            "words：%q：%v",
		"words: --format is text or json, not %q":                  "words：--format 只能是 text 或 json，而不是 %q",
		"words: unknown %q; use add or remove":                     "words：未知的 %q；请用 add 或 remove",
		"words: use words, words add WORD…, or words remove WORD…": "words：请用 words、words add 词… 或 words remove 词…",
		"wrote %s": "已写入 %s",
		"y yes":    "是 好",
	}, map[string]Forms{
		"%[2]q matches %[1]d deals; name one by id:%[3]s": {Other: "%[2]q 匹配 %[1]d 个商机；请用 ID 指定一个：%[3]s"},
		"%d blockers":                 {Other: "%d 个阻碍项"},
		"%d deals":                    {Other: "%d 个商机"},
		"%d items":                    {Other: "%d 项"},
		"%d new people":               {Other: "%d 位新人员"},
		"added %d sample deals to %s": {Other: "已将 %d 个示例商机加入 %s"},
		"agenda: %[2]q matches %[1]d people; give the full name:%[3]s": {Other: "agenda：%[2]q 匹配 %[1]d 人；请给出全名：%[3]s"},
	})
}
