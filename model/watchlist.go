package model

// BuiltinWatchList returns the built-in watch list: the words and phrases,
// in English, Polish, German, Swedish, Italian and Chinese, with which
// presales tends to promise more than delivery can give. A word followed by
// "*" is a stem that matches any ending (see Matcher). The list is new on
// every call; the caller may change it.
func BuiltinWatchList() []WatchWord {
	var out []WatchWord
	for _, l := range builtinWatchLists() {
		for _, w := range l.words {
			out = append(out, WatchWord{Word: w, Lang: l.lang})
		}
	}
	return out
}

// langWatchList is the built-in watch list of one language.
type langWatchList struct {
	lang  string
	words []string
}

// builtinWatchLists returns the built-in lists, grouped by the kind of
// promise they tend to start an argument about.
func builtinWatchLists() []langWatchList {
	return []langWatchList{
		{"en", []string{
			// Speed and availability.
			"real-time", "realtime", "real time", "near real-time", "near-real-time",
			"instant", "instantly", "immediate", "sub-second", "live sync",
			"24/7", "24x7", "24/7/365", "round-the-clock", "around the clock",
			"high availability", "highly available", "zero downtime", "no downtime",
			"99.9%", "99.99%", "uptime", "failover", "disaster recovery",
			"SLA", "service level agreement", "guaranteed", "guarantee",
			// Integration and fit.
			"seamless", "seamlessly", "integration", "integrate", "integrated",
			"integrating", "fully integrated", "native integration", "connector",
			"API", "open API",
			"bi-directional", "bidirectional", "two-way sync", "any system",
			"out of the box", "out-of-the-box", "OOTB", "plug and play", "plug-and-play",
			"turnkey", "turn-key", "single sign-on", "SSO", "end-to-end", "end to end",
			// Effort and automation.
			"fully automated", "automated", "automatic", "automatically",
			"zero-touch", "no-code", "low-code", "fully managed", "managed service",
			"maintenance-free", "hands-off", "AI-powered", "AI-driven", "AI",
			"machine learning", "easy", "simple", "trivial", "just configuration",
			"small change", "minor change", "quick win",
			// Scope and scale.
			"unlimited", "unlimited users", "unlimited storage", "scalable",
			"scalability", "at scale", "infinitely scalable", "multi-tenant",
			"multi-language", "secure", "bank-grade", "military-grade",
			"GDPR compliant", "compliant", "encrypted", "custom", "customization",
			"customisation", "customized", "customised", "customizable", "tailored",
			"bespoke", "configurable", "white-label", "on-premise", "on-premises",
			// People and support.
			"support", "dedicated support", "premium support", "priority support",
			"dedicated", "dedicated team", "dedicated account manager", "white-glove",
			"hand-holding", "training", "migration", "data migration", "migrate",
			// Time and money.
			"go-live", "go live", "golive", "ASAP", "immediately", "overnight",
			"in no time", "phase 2", "phase two", "phase II", "later phase",
			"roadmap", "on the roadmap", "coming soon", "next release",
			"future release", "fixed price", "fixed-price", "best effort",
			"best-effort", "no extra cost", "at no extra cost", "free of charge",
			"included",
		}},
		{"pl", []string{
			// Szybkość i dostępność.
			"w czasie rzeczywistym", "czas rzeczywisty", "real-time", "online",
			"na żywo", "natychmiast*", "od ręki", "od razu",
			"24/7", "24h", "całodobow*", "przez całą dobę", "7 dni w tygodniu",
			"wsparcie 24/7", "wysok* dostępnoś*", "niezawodn*", "bez przestojów",
			"zero przestojów", "bez przerw*", "SLA", "gwarancj*", "gwarantuj*",
			"gwarantowan*",
			// Integracja i dopasowanie.
			"integracj*", "integracyjn*", "zintegrowan*", "integrow*", "API",
			"interfejs*", "konektor*", "bezproblemow*", "bezszwow*", "płynn*",
			"z pudełka", "prosto z pudełka", "gotow* rozwiązani*", "pod klucz",
			"plug and play", "out of the box", "kompleksow*", "end-to-end",
			"jednokrotne logowanie", "SSO",
			// Nakład pracy i automatyzacja.
			"bezobsługow*", "w pełni automatyczn*", "automatyczn*",
			"automatyzacj*", "zautomatyzowan*", "sztuczn* inteligencj*", "AI",
			"łatw*", "intuicyjn*", "drobn* zmian*",
			// Zakres i skala.
			"nielimitowan*", "bez limitu", "bez limitów", "bez ograniczeń",
			"nieograniczon*", "skalowaln*", "bezpieczn*", "bezpieczeńst*", "RODO",
			"na miarę", "szyt* na miarę", "indywidualn*", "personalizacj*",
			"dostosow*", "customizacj*", "kastomizacj*", "rozwiązani* dedykowan*",
			// Ludzie i wsparcie.
			"wsparci*", "pomoc* techniczn*", "opiek* powdrożeniow*", "dedykowan*",
			"opiekun*", "szkoleni*", "migracj*", "migrow*", "przeniesieni* danych",
			// Terminy i pieniądze.
			"wdroż*", "uruchomieni*", "start produkcyjny", "go-live",
			"jak najszybciej", "niezwłocznie", "ASAP", "faz* 2", "etap* 2",
			"drugi* etap*", "kolejn* etap*", "w przyszłości", "roadmap*",
			"w planach", "stał* cen*", "ryczałt*", "bez dodatkowych kosztów",
			"bez dodatkowych opłat", "w cenie", "bezpłatn*", "gratis", "za darmo",
		}},
		{"de", []string{
			// Tempo und Verfügbarkeit.
			"Echtzeit*", "in Echtzeit", "Realtime", "Real-Time", "sofort*",
			"unverzüglich*", "24/7", "rund um die Uhr", "24 Stunden",
			"7 Tage die Woche", "Hochverfügbarkeit*", "hochverfügbar*",
			"ausfallsicher*", "Verfügbarkeit*", "ohne Ausfallzeit*",
			"keine Ausfallzeit*", "null Ausfallzeit*", "unterbrechungsfrei*",
			"SLA", "Service Level Agreement*", "Service-Level-Agreement*",
			"garantiert*", "Garantie*",
			// Integration und Passform.
			"nahtlos*", "reibungslos*", "Schnittstelle*", "API", "Integration*",
			"integrier*", "Anbindung*", "anbinden", "Konnektor*",
			"Out of the Box", "Out-of-the-Box", "einsatzbereit*",
			"schlüsselfertig*", "Plug and Play", "Plug-and-Play", "Komplettlösung*",
			"aus einer Hand", "End-to-End", "Ende-zu-Ende", "Single Sign-on", "SSO",
			// Aufwand und Automatisierung.
			"vollautomatisch*", "automatisch*", "automatisiert*",
			"Automatisierung*", "wartungsfrei*", "Managed Service*",
			"Rundum-sorglos*", "KI-gestützt*", "KI-basiert*", "KI",
			"künstlich* Intelligenz", "kinderleicht*", "Kleinigkeit*",
			// Umfang und Skalierung.
			"unbegrenzt*", "unbeschränkt*", "unlimitiert*", "beliebig viel*",
			"skalierbar*", "DSGVO-konform*", "DSGVO*", "verschlüsselt*",
			"Anpassung*", "anpassbar*", "individuell*", "maßgeschneidert*",
			"kundenspezifisch*", "Customizing", "Sonderentwicklung*",
			// Menschen und Betreuung.
			"Support", "Supportvertr*", "Betreuung*", "Wartung*", "Rufbereitschaft*",
			"persönlich* Ansprechpartner*", "dediziert*", "Schulung*",
			"Migration*", "Datenmigration*", "Datenübernahme*", "migrier*",
			// Termine und Geld.
			"Go-live", "Go-Live-Termin*", "Inbetriebnahme*", "Produktivsetzung*",
			"Livegang", "Einführung*", "Rollout*", "Roll-out*", "ASAP",
			"schnellstmöglich*", "umgehend*", "zeitnah*", "kurzfristig*",
			"Phase 2", "zweit* Phase", "spätere* Phase", "Roadmap*",
			"in Planung", "nächst* Release*", "Festpreis*", "pauschal*",
			"kostenlos*", "ohne Aufpreis", "ohne Mehrkosten", "inklusive",
			"im Preis enthalten", "Best Effort",
		}},
		{"sv", []string{
			// Hastighet och tillgänglighet.
			"realtid*", "i realtid", "real-time", "omedelbar*", "omgående",
			"24/7", "dygnet runt", "support dygnet runt",
			"dygnet runt, året runt", "året runt", "hög tillgänglighet",
			"högtillgänglig*", "tillgänglighet*", "driftsäker*", "utan avbrott",
			"noll nertid", "ingen nertid", "ingen driftstörning", "redundan*", "SLA",
			"garanti*", "garanter*",
			// Integration och passform.
			"integration*", "integrer*", "sömlös*", "smidig*", "problemfri*",
			"API", "gränssnitt*", "koppling*", "anslutning*", "out of the box",
			"direkt ur lådan", "nyckelfärdig*", "färdig lösning", "plug and play",
			"helhetslösning*", "heltäckande", "end-to-end", "single sign-on", "SSO",
			// Arbete och automatisering.
			"helautomatisk*", "automatisk*", "automatiser*", "underhållsfri*",
			"AI-driv*", "AI", "maskininlärning*", "enkelt", "användarvänlig*",
			"bara en konfiguration",
			// Omfattning och skala.
			"obegränsa*", "fritt antal", "skalbar*", "säker", "säkert", "säkerhet*",
			"GDPR", "krypter*", "anpassning*", "anpassa*", "kundanpass*", "skräddarsy*",
			"specialutveckl*", "skräddarsydd lösning",
			// Människor och support.
			"support", "supporten", "supportavtal*", "dedikerad*",
			"personlig kontakt*", "kundansvarig*", "utbildning*", "migrering*", "migrer*", "datamigrering*", "konvertering*",
			// Tider och pengar.
			"driftsättning*", "driftsätt*", "driftstart*", "go-live",
			"produktionssättning*", "lansering*", "införande*", "ASAP", "snarast*",
			"så snart som möjligt", "fas 2", "etapp 2", "steg 2",
			"i ett senare skede", "senare skede", "roadmap*", "färdplan*",
			"kommande version*", "fast pris", "fastpris*", "ingen extra kostnad",
			"utan extra kostnad", "ingår", "kostnadsfri*", "gratis", "best effort",
		}},
		{"it", []string{
			// Velocità e disponibilità.
			"tempo reale", "in tempo reale", "real-time", "immediat*",
			"istantane*", "subito", "24/7", "24 ore su 24", "h24",
			"7 giorni su 7", "alta disponibilità", "alta affidabilità",
			"zero downtime", "nessun fermo", "senza fermi",
			"senza interruzion*", "continuità operativa", "SLA",
			"livell* di servizio", "garantit*", "garanzia",
			// Integrazione e adattamento.
			"integrazion*", "integrat*", "integrabil*", "API", "interfacc*",
			"connettor*", "senza soluzione di continuità", "senza problemi",
			"chiavi in mano", "pront* all'uso", "out of the box",
			"plug and play", "plug & play", "soluzione complet*", "a 360 gradi",
			"end-to-end", "single sign-on", "SSO",
			// Impegno e automazione.
			"completamente automatizzat*", "automatizzat*", "automatic*",
			"automazion*", "completamente gestit*", "managed service",
			"intelligenza artificiale", "AI", "intuitiv*", "semplice",
			"piccol* modific*",
			// Ambito e scala.
			"illimitat*", "senza limiti", "scalabil*", "sicurezza", "sicur*",
			"GDPR", "crittografat*", "personalizzazion*", "personalizzat*",
			"personalizzabil*", "su misura", "ad hoc", "custom", "configurabil*",
			// Persone e supporto.
			"supporto", "assistenza", "assistenza dedicata", "team dedicato",
			"dedicat*", "referente dedicato", "formazione", "migrazion*",
			"migrazione dei dati", "porting",
			// Tempi e costi.
			"messa in produzione", "avvio in produzione", "rilascio in produzione",
			"entrata in esercizio", "go-live", "go live", "ASAP", "al più presto",
			"quanto prima", "tempestiv*", "fase 2", "seconda fase",
			"fase successiva", "roadmap", "prossim* release", "prossim* rilasci*",
			"prezzo fisso", "a corpo", "forfait*", "senza costi aggiuntivi",
			"nessun costo aggiuntivo", "incluso", "compreso nel prezzo",
			"gratuit*", "best effort",
		}},
		{"zh", []string{
			// 速度与可用性
			"实时", "实时同步", "即时", "秒级", "毫秒级",
			"7x24", "7×24", "7*24", "7x24小时", "24小时", "全天候", "24/7",
			"高可用", "高可靠", "零停机", "不停机", "零宕机", "容灾", "双活",
			"99.99%", "SLA", "服务等级协议", "保证", "承诺",
			// 集成与适配
			"集成", "无缝", "无缝集成", "无缝对接", "对接", "接口", "打通",
			"互联互通", "API", "开箱即用", "即插即用", "交钥匙", "一键部署", "一键",
			"一站式", "端到端", "全流程", "全链路", "单点登录", "SSO", "完全兼容",
			"兼容",
			// 工作量与自动化
			"全自动", "自动化", "智能化", "无人值守", "免运维", "零代码", "低代码",
			"人工智能", "AI", "大模型", "智能", "简单", "小改动",
			// 范围与规模
			"无限", "不限用户", "不限", "无上限", "弹性扩展", "可扩展", "高并发",
			"海量", "安全", "安全可靠", "等保", "信创", "国产化", "加密", "定制",
			"定制化", "个性化", "二次开发", "按需定制",
			// 人员与支持
			"支持", "技术支持", "驻场", "专属团队", "专人负责", "售后", "运维",
			"培训", "迁移", "数据迁移",
			// 时间与费用
			"上线", "部署", "落地", "实施", "投产", "尽快", "马上", "立即",
			"二期", "第二阶段", "后续版本", "路线图", "规划中", "固定价格", "免费",
			"不额外收费", "包含在内",
		}},
	}
}
