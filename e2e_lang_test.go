package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// englishUI is words of the app's own English that a screen in another
// language must not show: pane titles, table headers, the help's words.
// The sample deals' own texts are English and German; they stay as
// written.
var englishUI = []string{"Deals", "Promises", "Delivery reality", "Gaps (", "Customer", "Severity", "Readiness",
	"Keys —", "closes this help", "assign owner", "define a term", "meeting mode", "export report", "undo", "redo",
	"quit", "help", "next pane", "sorted by", "blockers"}

// noEnglish fails for every English word of the app's on the screen. The
// status line is left out: the demo's banner there is the command line's
// to translate.
func noEnglish(t *testing.T, where, scr string) {
	t.Helper()
	rows := strings.Split(strings.TrimRight(scr, "\n"), "\n")
	for i, r := range rows {
		if strings.HasPrefix(r, "Demo: ") && i >= len(rows)-2 {
			rows = append(rows[:i:i], rows[i+1:]...)
			break
		}
	}
	scr = strings.Join(rows, "\n")
	for _, w := range englishUI {
		if strings.Contains(scr, w) {
			t.Errorf("%s shows %q in English:\n%s", where, w, frame(scr))
		}
	}
}

// Issue 12: LANG=pl_PL.UTF-8 handoff demo speaks Polish throughout — the
// deal list, the deal screen's four panes, the help, meeting mode.
func TestE2EPolishDemo(t *testing.T) {
	s := newServer(t)
	p := s.startEnv("pl", 120, 35, []string{"-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=pl_PL.UTF-8"}, "demo")
	scr := p.waitFor("handoff  Szanse", "Szansa", "Etap", "Gotowość", "3 szanse · posortowane według nazwy")
	noEnglish(t, "the deal list", bodyOf(scr))

	p.keys("/")
	p.typeText("SAP")
	p.keys("Enter", "Enter")
	scr = p.waitFor("1 Szansa", "2 Obietnice (", "3 Ocena wdrożenia", "4 Luki (", "przeszkód")
	if n := p.checkBoxes(scr); n != 4 {
		t.Errorf("the deal screen shows %d boxes, want the four panes:\n%s", n, frame(scr))
	}
	noEnglish(t, "the deal screen", scr)

	p.keys("?")
	scr = p.waitFor("Klawisze — szansa", "zamyka pomoc")
	help := between(scr, "Klawisze — szansa", "zamyka pomoc")
	for _, want := range []string{"przypisz odpowiedzialnego", "zdefiniuj pojęcie", "tryb spotkania", "cofnij", "ponów", "panel szansy"} {
		if !strings.Contains(help, want) {
			t.Errorf("the help does not list %q:\n%s", want, frame(help))
		}
	}
	noEnglish(t, "the help", help)
	p.keys("z")
	p.waitGone("Klawisze — szansa")

	p.keys("m")
	scr = p.waitFor("SPOTKANIE", "luka 1 z", "OBIECANO", "OCENA WDROŻENIA", "ODPOWIEDZIALNY")
	noEnglish(t, "meeting mode", scr)
	p.keys("Escape")
	p.waitFor("Spotkanie wstrzymane")

	// The history in sentences: no action or entity names, no raw values.
	// The sample deal came in as one import: one line for its promises,
	// answers and gaps, and a line for each term, constraint, decision and
	// gap a person raised, in Polish forms.
	p.keys("H")
	scr = p.waitFor("Historia: „", "Kiedy", "Kto", "— 14 zmian, od najnowszych",
		"Dodano pojęcie „Echtzeit” do słownika", "Zapisano decyzję w sprawie luki G3",
		"Przywrócono szansę „SAP S/4HANA ↔ MES integration”")
	noEnglish(t, "the history", scr)
	for _, raw := range []string{"create ", "update ", "refresh ", "map[", "deal_id"} {
		if strings.Contains(scr, raw) {
			t.Errorf("the history shows %q:\n%s", raw, frame(scr))
		}
	}
	p.quit()
}

// The same in Chinese on the smallest terminal: every box still closes
// where tmux puts its cells (CJK text is two cells a character).
func TestE2EChineseDemoSmall(t *testing.T) {
	s := newServer(t)
	p := s.startEnv("zh", 80, 24, []string{"-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=zh_CN.UTF-8"}, "demo")
	scr := p.waitFor("handoff  商机", "阶段", "交接就绪度", "3 个商机 · 按名称排序")
	noEnglish(t, "the deal list", bodyOf(scr))

	p.keys("/")
	p.typeText("SAP")
	p.keys("Enter", "Enter")
	scr = p.waitFor("tab/1-4", "┏━ 2 承诺 (", "优先级")
	if n := p.checkBoxes(scr); n != 1 {
		t.Errorf("at 80×24 the deal screen shows %d panes, want 1:\n%s", n, frame(scr))
	}
	noEnglish(t, "the deal screen", scr)
	p.keys("4")
	scr = p.waitFor("┏━ 4 差距（", "严重程度", "负责人")
	p.checkBoxes(scr)
	noEnglish(t, "the gaps pane", scr)

	p.keys("?")
	scr = p.waitFor("按键 — 商机", "关闭帮助")
	p.checkBoxes(scr)
	noEnglish(t, "the help", between(scr, "按键 — 商机", "关闭帮助"))
	p.keys("z")
	p.waitGone("按键 — 商机")

	p.keys("m")
	scr = p.waitFor("会议", "差距 1 /", "承诺内容", "交付评估", "负责人")
	noEnglish(t, "meeting mode", scr)
	p.quit()
}

// startOnNewFile runs handoff with LANG=locale on a file that does not
// exist yet, answers its question whether to create it with yes, and waits
// for the welcome.
func (s *server) startOnNewFile(name string, w, h int, locale, question, yes, welcome string) (*tui, string) {
	s.t.Helper()
	path := filepath.Join(s.t.TempDir(), "handoff.db")
	p := s.startEnv(name, w, h, []string{"-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=" + locale}, "--db", path)
	p.waitFor(question)
	p.keys(yes, "Enter")
	p.waitFor(welcome)
	return p, path
}

// Issue 12, a Polish presales engineer on a fresh install: the app speaks
// Polish from the first question, "486 000,00" PLN is stored as 48,600,000
// grosze, and the deal's report language set to German makes the report
// German — in the preview of a Polish session and from export.
func TestE2EPolishDealGermanReport(t *testing.T) {
	s := newServer(t)
	p, path := s.startOnNewFile("plnew", 120, 35, "pl_PL.UTF-8", "utworzyć tam nową? [t/N]", "t", "Witaj w handoff.")
	p.keys("n")
	p.waitFor("Nowa szansa sprzedażowa", "▸ Nazwa")
	p.enterText("Wdrożenie WMS")
	p.nextField("Klient")
	p.enterText("Bałtyk Cargo")
	p.nextField("Etap")
	p.nextField("Wartość")
	p.typeText("486 000,00")
	p.nextField("Waluta")
	p.keys("BSpace", "BSpace", "BSpace")
	p.enterText("PLN")
	for _, label := range []string{"Przewidywane zamknięcie", "Dlaczego kupują", "Poza zakresem", "Notatki wewnętrzne", "Język raportu"} {
		p.nextField(label)
	}
	p.waitFor("nie ustawiono")
	p.keys("Right", "Right", "Right")
	p.waitFor("Deutsch")
	p.keys("C-s")
	p.waitFor("Dodano: szansa „Wdrożenie WMS”")
	p.waitMatch(regexp.MustCompile(`486[ \x{a0}]000,00[ \x{a0}]zł`))

	var minor int64
	var currency, lang string
	if err := sqliteDB(t, path).QueryRow(`SELECT value_minor, currency, report_lang FROM deals WHERE name = 'Wdrożenie WMS'`).
		Scan(&minor, &currency, &lang); err != nil {
		t.Fatal(err)
	}
	if minor != 48_600_000 || currency != "PLN" || lang != "de" {
		t.Errorf("stored %d %s, report language %q; want 48600000 PLN, de", minor, currency, lang)
	}

	p.keys("Enter")
	p.waitFor("1 Szansa")
	p.keys("x")
	p.waitFor("Podgląd raportu przekazania", "Übergabe: Wdrożenie WMS", "Kunde")
	p.keys("Escape")
	p.waitGone("Podgląd raportu przekazania")
	p.quit()

	md := s.cli("--db", path, "export", "--deal", "Wdrożenie WMS")
	for _, want := range []string{"# Übergabe: Wdrożenie WMS", "- **Kunde:** Bałtyk Cargo", "## Zusammenfassung"} {
		if !strings.Contains(md, want) {
			t.Errorf("the export does not say %q:\n%s", want, md)
		}
	}
}

// The same in Chinese on the smallest terminal: an amount typed the
// Chinese way is stored to the fen, and the list shows it in yuan.
func TestE2EChineseAmountSmall(t *testing.T) {
	s := newServer(t)
	p, path := s.startOnNewFile("zhnew", 80, 24, "zh_CN.UTF-8", "新建一个吗？[y/N]", "y", "欢迎使用 handoff。")
	p.keys("n")
	p.waitFor("新建商机", "▸ 名称")
	p.enterText("苏州工厂 MES")
	p.nextField("客户")
	p.nextField("阶段")
	p.nextField("金额")
	p.typeText("486,000.50")
	p.nextField("币种")
	p.keys("BSpace", "BSpace", "BSpace")
	p.enterText("CNY")
	p.keys("C-s")
	p.waitFor("苏州工厂 MES", "¥486,000.50")
	p.checkBoxes(p.screen())
	var minor int64
	if err := sqliteDB(t, path).QueryRow(`SELECT value_minor FROM deals WHERE currency = 'CNY'`).Scan(&minor); err != nil {
		t.Fatal(err)
	}
	if minor != 48_600_050 {
		t.Errorf("stored %d fen, want 48600050", minor)
	}
	p.quit()
}
