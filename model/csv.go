package model

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"handoff/internal/prose"
)

// Promises from a spreadsheet (handoff import FILE.csv): a CSV file with a header row
// naming any of PromiseColumns in any order. Only "title" is required.
// The file is read the way Excel, LibreOffice and Google Sheets write it:
// quoted fields with line breaks, CRLF line ends, a UTF-8 byte order mark,
// and a semicolon or a tab instead of the comma where the header uses one.
// A file with any bad row is refused whole: ParsePromiseCSV returns every
// problem (up to maxCSVProblems) by line and column, and no rows.

// PromiseColumns lists the columns a promise spreadsheet may have.
func PromiseColumns() []string {
	return []string{"title", "detail", "category", "priority", "promised_by", "source", "source_ref",
		"made_on", "due", "verification", "problem", "budget_days"}
}

// PromiseRow is one promise read from a spreadsheet, checked and ready to
// import.
type PromiseRow struct {
	// Line is the line of the file the row starts on; the header is line 1.
	Line int
	// Promise is the promise as read, with the defaults of NewPromise for
	// blank columns. Its deal and PromisedBy are set when it is imported.
	Promise Promise
	// PromisedBy is the name of the person who made the promise, "" for
	// nobody.
	PromisedBy string
}

// CSVProblem is one thing wrong with a spreadsheet: where and what.
type CSVProblem struct {
	Line int
	// Column is the column's name, "" when the problem is the whole line.
	Column  string
	Message string
}

func (p CSVProblem) String() string {
	if p.Column == "" {
		return fmt.Sprintf("line %d: %s", p.Line, p.Message)
	}
	return fmt.Sprintf("line %d, column %q: %s", p.Line, p.Column, p.Message)
}

// CSVError is every problem found in a spreadsheet. It matches ErrInvalid
// with errors.Is.
type CSVError struct {
	Problems []CSVProblem
	// More is true when there were more problems than Problems holds.
	More bool
}

// Error is the problems, one a line.
func (e *CSVError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	if e.More {
		lines = append(lines, "and more")
	}
	return strings.Join(lines, "\n")
}

// Is makes errors.Is(err, ErrInvalid) true.
func (e *CSVError) Is(target error) bool { return target == ErrInvalid }

// maxCSVProblems is how many problems a refusal lists before it stops.
const maxCSVProblems = 20

// promiseFieldColumns maps the fields PromiseFields.Parse names in its
// errors to the spreadsheet's columns.
var promiseFieldColumns = map[string]string{
	"title": "title", "detail": "detail", "category": "category", "priority": "priority",
	"source": "source", "source reference": "source_ref", "made on": "made_on", "due date": "due",
	"verification": "verification", "problem": "problem", "budget": "budget_days",
}

// ParsePromiseCSV reads a promise spreadsheet. It returns the rows, in file
// order, when every row is good; otherwise a *CSVError and no rows. Rows
// whose fields are all blank are skipped.
func ParsePromiseCSV(r io.Reader) ([]PromiseRow, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sniffDelimiter(data)
	cr.FieldsPerRecord = -1

	var e CSVError
	add := func(line int, column, msg string) bool {
		if len(e.Problems) == maxCSVProblems {
			e.More = true
			return false
		}
		e.Problems = append(e.Problems, CSVProblem{line, column, msg})
		return true
	}

	header, err := cr.Read()
	if err == io.EOF {
		add(1, "", "the file is empty; it needs a header row naming the columns ("+strings.Join(PromiseColumns(), ", ")+")")
		return nil, &e
	}
	if err != nil {
		add(csvErrLine(err, 1), "", csvErrMessage(err))
		return nil, &e
	}
	headerLine, _ := cr.FieldPos(0)
	cols := make([]string, len(header))
	index := map[string]int{}
	for i, h := range header {
		name := normalColumn(h)
		cols[i] = name
		switch {
		case !utf8.ValidString(h):
			add(headerLine, "", "the header is not UTF-8 text; save the file as CSV UTF-8")
		case name == "":
			add(headerLine, "", fmt.Sprintf("column %d has no name", i+1))
		case !slices.Contains(PromiseColumns(), name):
			add(headerLine, "", fmt.Sprintf("unknown column %q (the columns are %s)", strings.TrimSpace(h),
				strings.Join(PromiseColumns(), ", ")))
		case index[name] != 0:
			add(headerLine, "", fmt.Sprintf("column %q appears twice", name))
		default:
			index[name] = i + 1 // 0 means absent
		}
	}
	if index["title"] == 0 && len(e.Problems) == 0 {
		add(headerLine, "", `there is no "title" column; it is required`)
	}
	if len(e.Problems) > 0 {
		return nil, &e
	}

	var rows []PromiseRow
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			add(csvErrLine(err, 0), "", csvErrMessage(err))
			break // the reader cannot be trusted past a quoting error
		}
		line, _ := cr.FieldPos(0)
		if blankRecord(rec) {
			continue
		}
		if len(rec) != len(cols) {
			if !add(line, "", fmt.Sprintf("%s, but the header has %s", prose.Plural(len(rec), "field"), prose.Plural(len(cols), "column"))) {
				break
			}
			continue
		}
		row, problems := parsePromiseRecord(line, rec, cols, index)
		for _, p := range problems {
			if !add(p.Line, p.Column, p.Message) {
				break
			}
		}
		if e.More {
			break
		}
		if len(problems) == 0 {
			rows = append(rows, row)
		}
	}
	if len(e.Problems) > 0 {
		return nil, &e
	}
	return rows, nil
}

// parsePromiseRecord checks one row; its problems come in column order.
func parsePromiseRecord(line int, rec, cols []string, index map[string]int) (PromiseRow, []CSVProblem) {
	var problems []CSVProblem
	for i, v := range rec {
		if !utf8.ValidString(v) {
			problems = append(problems, CSVProblem{line, cols[i], "is not UTF-8 text; save the file as CSV UTF-8"})
		}
	}
	if len(problems) > 0 {
		return PromiseRow{}, problems
	}
	get := func(col string) string {
		if i := index[col]; i > 0 {
			return rec[i-1]
		}
		return ""
	}
	f := PromiseFields{
		Title: get("title"), Detail: get("detail"), Category: get("category"), Priority: get("priority"),
		Source: get("source"), SourceRef: get("source_ref"), MadeOn: get("made_on"), Due: get("due"),
		Verification: get("verification"), Problem: get("problem"), BudgetDays: get("budget_days"),
	}
	row := PromiseRow{Line: line, PromisedBy: strings.Join(strings.Fields(get("promised_by")), " ")}
	p, err := f.Parse(NewPromise(0))
	var ve *ValidationError
	if errors.As(err, &ve) {
		for _, fe := range ve.Fields {
			if fe.Field == "deal" {
				continue // the rows belong to no deal until they are imported
			}
			problems = append(problems, CSVProblem{line, promiseFieldColumns[fe.Field], fe.Message})
		}
	} else if err != nil {
		problems = append(problems, CSVProblem{line, "", err.Error()})
	}
	if row.PromisedBy != "" {
		if err := (Person{Name: row.PromisedBy, Role: RoleSales}).Validate(); err != nil {
			var pe *ValidationError
			if errors.As(err, &pe) && pe.For("name") != "" {
				problems = append(problems, CSVProblem{line, "promised_by", pe.For("name")})
			}
		}
	}
	slices.SortStableFunc(problems, func(a, b CSVProblem) int { return index[a.Column] - index[b.Column] })
	row.Promise = p
	return row, problems
}

// normalColumn is a header cell as a column name: "Promised by" and
// "promised-by" are "promised_by".
func normalColumn(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	return strings.Join(strings.FieldsFunc(h, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "_")
}

// sniffDelimiter picks the comma, semicolon or tab, whichever the first
// line (the header, whose names hold none of them) uses most.
func sniffDelimiter(data []byte) rune {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	best, most := ',', bytes.Count(first, []byte(","))
	for _, d := range []rune{';', '\t'} {
		if n := bytes.Count(first, []byte(string(d))); n > most {
			best, most = d, n
		}
	}
	return best
}

func blankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// csvErrLine is the line of a reading error, or fallback.
func csvErrLine(err error, fallback int) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.StartLine
	}
	return fallback
}

// csvErrMessage says what a reading error means, in the words of someone
// who edits the file in a spreadsheet or a text editor.
func csvErrMessage(err error) string {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return err.Error()
	}
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return `a " inside a field that does not start with one (put the field in quotes and double the ", as in "say ""yes""")`
	case errors.Is(pe.Err, csv.ErrQuote):
		where := ""
		if pe.Line != pe.StartLine {
			where = " (the field runs on to line " + strconv.Itoa(pe.Line) + ")"
		}
		return `a quoted field is not closed, or has a stray " after its closing quote` + where
	}
	return pe.Err.Error()
}
