package model

import (
	"encoding/json"
	"strconv"
)

// An import — the rows of a spreadsheet, or a deal restored from a JSON
// export — writes one line of history for each deal it fills, not one for
// every promise, gap and answer it adds: at 20,000 rows those lines cost
// more than the rows themselves and would bury every later change on the
// history screen. The line (entity ImportEntity, action ImportAction, the
// deal's id) holds an ImportRecord as its After. It tells the rows that
// come by the thousand (the deal, promises, delivery answers, gaps); a
// restored deal's terms, constraints, decisions and the like keep their own
// lines, as later changes to any row do.
const (
	ImportEntity = "import"
	ImportAction = "import"
)

// ImportRecord is what an import's one line of history says.
type ImportRecord struct {
	// Promises is how many promises the import added; First and Last are
	// the ids of the lowest and highest of them (0 for none).
	Promises int   `json:"promises"`
	First    int64 `json:"first"`
	Last     int64 `json:"last"`
	// Answers is how many delivery answers a restored deal brought.
	Answers int `json:"answers,omitempty"`
	// Gaps is how many gaps the import added: those the rules found for a
	// spreadsheet's rows; for a restored deal, the file's gaps the rules
	// derived and any they found besides (a gap a person raised has its own
	// line).
	Gaps int `json:"gaps"`
	// Rows is how many rows the line tells in all: the deal's own when the
	// import made it, the promises, answers and gaps.
	Rows int `json:"rows"`
	// File is the base name of the file imported from ("" when not known).
	File string `json:"file,omitempty"`
	// NewDeal is the name of the deal when the import made it too ("" when
	// it added to a deal that was there).
	NewDeal string `json:"new_deal,omitempty"`
	// Restored is true for a deal restored whole from a JSON export.
	Restored bool `json:"restored,omitempty"`
}

// Record reads an import line's record; ok is false for any other line.
func (e Event) Record() (ImportRecord, bool) {
	var r ImportRecord
	if e.Entity != ImportEntity || e.Action != ImportAction {
		return r, false
	}
	_ = json.Unmarshal([]byte(e.After), &r)
	return r, true
}

// imported tells an import's line: "imported 20,000 promises (P1–P20000)
// from acme.csv; the rules found 18,432 gaps", or, for a deal restored from
// an export, "restored the deal “Acme” from acme.json: 20,000 promises
// (P1–P20000), 12,000 delivery answers, 20,000 gaps".
func (n Narrator) imported(r ImportRecord) []string {
	l := n.Lang
	num := func(v int) string { return NumberIn(l, float64(v)) }
	span := n.promiseRange(r)
	if r.Restored {
		out := l.T("restored the deal %s", QuoteIn(r.NewDeal, l))
		if r.File != "" {
			out = l.T("restored the deal %[1]s from %[2]s", QuoteIn(r.NewDeal, l), r.File)
		}
		if r.Promises == 0 && r.Gaps == 0 {
			return []string{out}
		}
		promises := l.N("%[2]s promises (%[3]s)", r.Promises, num(r.Promises), span)
		gaps := l.N("%[2]s gaps", r.Gaps, num(r.Gaps))
		if r.Answers == 0 {
			return []string{l.T("%[1]s: %[2]s, %[3]s", out, promises, gaps)}
		}
		return []string{l.T("%[1]s: %[2]s, %[3]s, %[4]s", out, promises,
			l.N("%[2]s delivery answers", r.Answers, num(r.Answers)), gaps)}
	}
	var out []string
	if r.NewDeal != "" {
		out = append(out, l.T("created the deal %s", QuoteIn(r.NewDeal, l)))
	}
	if r.File != "" {
		out = append(out, l.N("imported %[2]s promises (%[3]s) from %[4]s", r.Promises, num(r.Promises), span, r.File))
	} else {
		out = append(out, l.N("imported %[2]s promises (%[3]s)", r.Promises, num(r.Promises), span))
	}
	if r.Gaps == 0 {
		return append(out, l.T("the rules found no gaps"))
	}
	return append(out, l.N("the rules found %[2]s gaps", r.Gaps, num(r.Gaps)))
}

// promiseRange is the numbers of an import's first and last promise as the
// reports give them now ("P1–P20000"), a promise deleted since by its id.
func (n Narrator) promiseRange(r ImportRecord) string {
	ref := func(id int64) string {
		if s := n.Promises[id]; s != "" {
			return s
		}
		return "#" + strconv.FormatInt(id, 10)
	}
	switch {
	case r.Promises == 0:
		return "—"
	case r.First == r.Last:
		return ref(r.First)
	}
	return n.Lang.T("%[1]s–%[2]s", ref(r.First), ref(r.Last))
}
