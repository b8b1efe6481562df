package model

import (
	"encoding/json"
	"testing"

	"handoff/internal/i18n"
)

// TestImportLineTold tells an import's one line of history in every
// language: a spreadsheet into a deal, into a deal it made, and a deal
// restored from an export, with the promises by their numbers.
func TestImportLineTold(t *testing.T) {
	line := func(r ImportRecord) Event {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return Event{DealID: 4, Actor: "Anna", Entity: ImportEntity, EntityID: 4, Action: ImportAction, After: string(b)}
	}
	n := Narrator{Person: func(int64) string { return "" }, Promises: map[int64]string{101: "P1", 20100: "P20000", 7: "P3"}}
	csv := line(ImportRecord{Promises: 20000, First: 101, Last: 20100, Gaps: 18432, Rows: 38432, File: "acme.csv"})
	made := line(ImportRecord{Promises: 1, First: 7, Last: 7, Rows: 2, NewDeal: "Acme"})
	restored := line(ImportRecord{Promises: 20000, First: 101, Last: 20100, Answers: 12000, Gaps: 3, Rows: 32004, File: "acme.json", NewDeal: "Acme", Restored: true})
	gone := line(ImportRecord{Promises: 2, First: 99, Last: 7, Gaps: 2, Rows: 4})
	one := line(ImportRecord{Promises: 1, First: 7, Last: 7, Answers: 1, Gaps: 1, Rows: 4, NewDeal: "Acme", Restored: true})
	for _, c := range []struct {
		l                              i18n.Lang
		csv, made, restored, gone, one string
	}{
		{i18n.EN, "imported 20,000 promises (P1–P20000) from acme.csv; the rules found 18,432 gaps",
			"created the deal “Acme”; imported 1 promise (P3); the rules found no gaps",
			"restored the deal “Acme” from acme.json: 20,000 promises (P1–P20000), 12,000 delivery answers, 3 gaps",
			"imported 2 promises (#99–P3); the rules found 2 gaps",
			"restored the deal “Acme”: 1 promise (P3), 1 delivery answer, 1 gap"},
		{i18n.PL, "zaimportowano 20\u00a0000 obietnic (P1–P20000) z pliku acme.csv; reguły wykryły 18\u00a0432 luki",
			"utworzono szansę „Acme”; zaimportowano 1 obietnicę (P3); reguły nie wykryły żadnych luk",
			"przywrócono szansę „Acme” z pliku acme.json: 20\u00a0000 obietnic (P1–P20000), 12\u00a0000 ocen wdrożenia, 3 luki",
			"zaimportowano 2 obietnice (#99–P3); reguły wykryły 2 luki",
			"przywrócono szansę „Acme”: 1 obietnica (P3), 1 ocena wdrożenia, 1 luka"},
		{i18n.DE, "20.000 Zusagen (P1–P20000) aus acme.csv importiert; die Regeln fanden 18.432 Lücken",
			"Deal „Acme“ angelegt; 1 Zusage (P3) importiert; die Regeln fanden keine Lücken",
			"Deal „Acme“ aus acme.json wiederhergestellt: 20.000 Zusagen (P1–P20000), 12.000 Einschätzungen der Umsetzung, 3 Lücken",
			"2 Zusagen (#99–P3) importiert; die Regeln fanden 2 Lücken",
			"Deal „Acme“ wiederhergestellt: 1 Zusage (P3), 1 Einschätzung der Umsetzung, 1 Lücke"},
		{i18n.SV, "importerade 20\u00a0000 löften (P1–P20000) från acme.csv; reglerna hittade 18\u00a0432 glapp",
			"skapade affären ”Acme”; importerade 1 löfte (P3); reglerna hittade inga glapp",
			"återställde affären ”Acme” från acme.json: 20\u00a0000 löften (P1–P20000), 12\u00a0000 bedömningar från leveransen, 3 glapp",
			"importerade 2 löften (#99–P3); reglerna hittade 2 glapp",
			"återställde affären ”Acme”: 1 löfte (P3), 1 bedömning från leveransen, 1 glapp"},
		{i18n.IT, "ha importato 20.000 promesse (P1–P20000) da acme.csv; le regole hanno trovato 18.432 scostamenti",
			"ha creato la trattativa «Acme»; ha importato 1 promessa (P3); le regole non hanno trovato scostamenti",
			"ha ripristinato la trattativa «Acme» da acme.json: 20.000 promesse (P1–P20000), 12.000 valutazioni della produzione, 3 scostamenti",
			"ha importato 2 promesse (#99–P3); le regole hanno trovato 2 scostamenti",
			"ha ripristinato la trattativa «Acme»: 1 promessa (P3), 1 valutazione della produzione, 1 scostamento"},
		{i18n.ZH, "从 acme.csv 导入了 20,000 项承诺（P1–P20000）；规则发现了 18,432 个差距",
			"创建了商机“Acme”；导入了 1 项承诺（P3）；规则未发现差距",
			"从 acme.json 恢复了商机“Acme”：20,000 项承诺（P1–P20000），12,000 项交付评估，3 个差距",
			"导入了 2 项承诺（#99–P3）；规则发现了 2 个差距",
			"恢复了商机“Acme”：1 项承诺（P3），1 项交付评估，1 个差距"},
	} {
		n.Lang = c.l
		for _, x := range []struct {
			e    Event
			want string
		}{{csv, c.csv}, {made, c.made}, {restored, c.restored}, {gone, c.gone}, {one, c.one}} {
			if got := n.Join(n.Tell(x.e)); got != x.want {
				t.Errorf("%s: told %q, want %q", c.l, got, x.want)
			}
		}
	}
	// An import's line is a person's change: the rules' changes of the same
	// write fold under it.
	if csv.Derived() {
		t.Error("an import's line is taken for the rules' change")
	}
}
