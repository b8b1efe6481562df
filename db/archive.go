package db

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"handoff/internal/i18n"
	"handoff/internal/safe"
	"handoff/model"
)

// Export reads the full data of the given deals (all live deals, archived
// ones too, when ids is empty) with the whole people directory and the
// team's watch words. A person who was removed from the directory but is
// still named in an exported deal (as an owner, the one who promised,
// answered, owns, agreed, decided or signed) is exported too, so the file
// holds everyone it refers to; an import brings them back as people.
func (s *Store) Export(ctx context.Context, ids ...int64) (model.Archive, error) {
	a := model.NewArchive()
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return a, mapErr(err)
	}
	defer tx.Rollback()
	if a.People, err = people.list(ctx, tx, "", "id"); err != nil {
		return a, err
	}
	if a.WatchWords, err = watchWords.list(ctx, tx, "", "id"); err != nil {
		return a, err
	}
	if len(ids) == 0 {
		all, err := deals.list(ctx, tx, "", "id")
		if err != nil {
			return a, err
		}
		for _, d := range all {
			ids = append(ids, d.ID)
		}
	}
	var lost []int64
	for _, id := range ids {
		d, err := loadDossier(ctx, tx, id, true)
		if errors.Is(mapErr(err), ErrDamaged) {
			lost = append(lost, id) // save what can be read: the other deals
			continue
		}
		if err != nil {
			return a, err
		}
		dropOrphans(d)
		a.Deals = append(a.Deals, *d)
	}
	if err := addRemovedPeople(ctx, tx, &a); err != nil {
		return a, err
	}
	nonNil(&a)
	if len(lost) > 0 {
		return a, &PartialExport{Lost: lost}
	}
	return a, nil
}

// PartialExport is Export's error when the file is damaged where some
// deals are kept: the archive returned holds every other deal.
type PartialExport struct {
	// Lost are the ids of the deals that could not be read.
	Lost []int64
}

func (e *PartialExport) Error() string {
	ids := make([]string, len(e.Lost))
	for i, id := range e.Lost {
		ids[i] = strconv.FormatInt(id, 10)
	}
	if len(ids) == 1 {
		return "the database file is damaged where deal " + ids[0] + " is kept, so the export leaves it out"
	}
	return "the database file is damaged where deals " + strings.Join(ids, ", ") + " are kept, so the export leaves them out"
}

func (e *PartialExport) Unwrap() error { return ErrDamaged }

// addRemovedPeople adds to the archive the removed people its deals still
// name, keeping the list in id order.
func addRemovedPeople(ctx context.Context, q querier, a *model.Archive) error {
	have := make(map[int64]bool, len(a.People))
	for _, p := range a.People {
		have[p.ID] = true
	}
	var missing []int64
	need := func(id int64) {
		if id != 0 && !have[id] {
			have[id] = true
			missing = append(missing, id)
		}
	}
	for _, d := range a.Deals {
		need(d.Deal.Owners.Sales)
		need(d.Deal.Owners.Presales)
		need(d.Deal.Owners.Delivery)
		for _, p := range d.Promises {
			need(p.PromisedBy)
		}
		for _, x := range d.Assessments {
			need(x.AssessedBy)
		}
		for _, g := range d.Gaps {
			need(g.Owner)
		}
		for _, t := range d.Terms {
			for _, id := range t.AgreedBy {
				need(id)
			}
		}
		for _, dec := range d.Decisions {
			need(dec.DecidedBy)
		}
		for _, so := range d.SignOffs {
			need(so.PersonID)
		}
		for _, c := range d.Confirmations {
			need(c.By)
		}
		for _, id := range keptPeople(d) {
			need(id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	for _, id := range missing {
		p, err := people.scan(q.QueryRowContext(ctx, people.selectSQL()+" WHERE id = ?", id))
		if err != nil {
			return mapErr(err)
		}
		a.People = append(a.People, p)
	}
	slices.SortFunc(a.People, func(x, y model.Person) int { return cmp.Compare(x.ID, y.ID) })
	return nil
}

// dropOrphans leaves out the derived gaps of deleted promises (the rules
// closed them when the promise went), unlinks a manual gap from a deleted
// promise (the gap stays, about the deal as a whole), and unlinks decisions
// from gaps the export does not hold, so an export only refers to what it
// holds.
func dropOrphans(d *model.Dossier) {
	live := map[int64]bool{}
	for _, p := range d.Promises {
		live[p.ID] = true
	}
	kept := d.Gaps[:0]
	exported := map[int64]bool{}
	for _, g := range d.Gaps {
		if g.PromiseID != 0 && !live[g.PromiseID] {
			if g.Origin == model.OriginDerived {
				continue
			}
			g.PromiseID = 0
		}
		exported[g.ID] = true
		kept = append(kept, g)
	}
	d.Gaps = kept
	for i := range d.Decisions {
		if !exported[d.Decisions[i].GapID] {
			d.Decisions[i].GapID = 0
		}
	}
	// An answer about a deleted promise or term goes with it.
	liveTerm := map[int64]bool{}
	for _, t := range d.Terms {
		liveTerm[t.ID] = true
	}
	answers := d.Confirmations[:0]
	for _, c := range d.Confirmations {
		if (c.PromiseID != 0 && !live[c.PromiseID]) || (c.TermID != 0 && !liveTerm[c.TermID]) {
			continue
		}
		if !exported[c.GapID] {
			c.GapID = 0
		}
		answers = append(answers, c)
	}
	d.Confirmations = answers
	dropKeptOrphans(d, live, liveTerm)
}

// nonNil makes every list of an archive non-nil, so JSON says [] not null
// whatever the source.
func nonNil(a *model.Archive) {
	fix := func(p *[]int64) {
		if *p == nil {
			*p = []int64{}
		}
	}
	for i := range a.Deals {
		d := &a.Deals[i]
		if d.Deal.NotSold == nil {
			d.Deal.NotSold = []string{}
		}
		for j := range d.Terms {
			fix(&d.Terms[j].AgreedBy)
		}
		if d.Promises == nil {
			d.Promises = []model.Promise{}
		}
		if d.Assessments == nil {
			d.Assessments = []model.Assessment{}
		}
		if d.Constraints == nil {
			d.Constraints = []model.Constraint{}
		}
		if d.Gaps == nil {
			d.Gaps = []model.Gap{}
		}
		if d.Terms == nil {
			d.Terms = []model.Term{}
		}
		if d.Decisions == nil {
			d.Decisions = []model.Decision{}
		}
		if d.SignOffs == nil {
			d.SignOffs = []model.SignOff{}
		}
	}
	if a.People == nil {
		a.People = []model.Person{}
	}
	if a.WatchWords == nil {
		a.WatchWords = []model.WatchWord{}
	}
	if a.Deals == nil {
		a.Deals = []model.Dossier{}
	}
}

// ImportResult says what an import did.
type ImportResult struct {
	// KeptIDs is true when the database was empty and every id was kept.
	KeptIDs bool
	People  int
	Deals   []int64 // the ids of the imported deals, in the archive's order
}

// Import adds an archive to the database in one transaction: all of it or,
// on any error, nothing. Into an empty database every id and version is
// kept, so exporting again gives the same bytes; otherwise everything gets
// new ids and references are mapped to them. People are matched by name
// and role, so importing the same people twice does not duplicate them
// (only when ids are not kept).
//
// A file whose ids repeat within a kind, or whose rows refer to what the
// file does not hold, is refused whole. A deal already in the database (see
// sameDeal) is refused too, with a *DuplicateError that counts them, unless
// the options allow duplicates.
func (s *Store) Import(ctx context.Context, a model.Archive, opts ...ImportOptions) (ImportResult, error) {
	var res ImportResult
	if a.Format != model.ArchiveFormat {
		return res, model.InvalidMsg("format", i18n.Msg("%q is not a handoff export", a.Format))
	}
	if a.Version > model.ArchiveVersion {
		return res, model.InvalidMsg("version", i18n.Msg("export version %d is newer than this handoff reads (%d)", a.Version, model.ArchiveVersion))
	}
	if err := checkArchive(a); err != nil {
		return res, err
	}
	var o ImportOptions
	for _, x := range opts {
		o.AllowDuplicates = o.AllowDuplicates || x.AllowDuplicates
		o.File = cmp.Or(x.File, o.File)
	}
	err := s.write(ctx, func(t *txn) error {
		empty, err := t.empty()
		if err != nil {
			return err
		}
		var dup error
		if !empty && !o.AllowDuplicates {
			if dup = t.duplicateDeals(a); dup != nil && !errors.As(dup, new(*DuplicateError)) {
				return dup
			}
		}
		im := &importer{t: t, keep: empty, ids: map[string]map[int64]int64{}, file: o.File}
		if res, err = im.run(a); err != nil {
			return err
		}
		// Counted before the import, refused after it: a file that is wrong
		// says so first, whether or not its deals are here already.
		return dup
	})
	return res, err
}

// ImportOptions change how an import treats what the database already
// holds.
type ImportOptions struct {
	// AllowDuplicates adds what looks like rows already stored (the same
	// deal, the same promise) instead of refusing the import.
	AllowDuplicates bool
	// File is the file the rows come from, named by the import's line of
	// history ("" for none).
	File string
}

// DuplicateError refuses an import that would add again what the database
// already holds: N of Of rows (deals, or promises) are there already.
type DuplicateError struct {
	N, Of int
	// Noun is what is counted, in the plural: "deals", "promises".
	Noun string
	// In is where they already are: "this database", or a deal's name.
	In string
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("%d of %d %s already exist in %s", e.N, e.Of, e.Noun, e.In)
}

// dealKey is what makes two deals the same for an import: the same name
// for the same customer, whatever the case and spacing. Ids cannot tell:
// an import into a database that holds anything gives new ids.
func dealKey(name, customer string) string {
	return personKey(name) + "\x00" + personKey(customer)
}

// duplicateDeals refuses an archive holding deals the database already
// has (live ones; a deleted deal does not count).
func (t *txn) duplicateDeals(a model.Archive) error {
	live, err := deals.list(t.ctx, t.tx, "", "id")
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for _, d := range live {
		have[dealKey(d.Name, d.Customer)] = true
	}
	n := 0
	for _, d := range a.Deals {
		if have[dealKey(d.Deal.Name, d.Deal.Customer)] {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return &DuplicateError{N: n, Of: len(a.Deals), Noun: "deals", In: "this database"}
}

// empty reports whether the database holds no rows a user made.
func (t *txn) empty() (bool, error) {
	var n int
	err := t.queryRow(`SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM deals) +
		(SELECT count(*) FROM watch_words)`).Scan(&n)
	return n == 0, err
}

// importer inserts an archive's rows, mapping ids when it cannot keep them.
type importer struct {
	t    *txn
	keep bool
	ids  map[string]map[int64]int64 // entity → old id → new id
	file string                     // the export's file, for the history
}

// prepare readies a row for insert: with ids kept it keeps id and version;
// otherwise it clears them (new id, version 1), remembering the old id.
func (im *importer) prepare(id, version *int64) int64 {
	old := *id
	if !im.keep {
		*id, *version = 0, 0
	}
	return old
}

func (im *importer) remember(entity string, old, now int64) {
	if im.ids[entity] == nil {
		im.ids[entity] = map[int64]int64{}
	}
	im.ids[entity][old] = now
}

// ref maps a reference to its new id; 0 stays 0. A reference to a row the
// archive does not hold is an error.
func (im *importer) ref(entity string, old int64, where string) (int64, error) {
	if old == 0 {
		return 0, nil
	}
	if now, ok := im.ids[entity][old]; ok {
		return now, nil
	}
	return 0, fmt.Errorf("%s: refers to %s %d, which the file does not contain", where, entity, old)
}

func (im *importer) run(a model.Archive) (ImportResult, error) {
	res := ImportResult{KeptIDs: im.keep}
	for i, p := range a.People {
		if err := p.Validate(); err != nil {
			return res, invalidAt(fmt.Sprintf("people[%d]", i), p, p.Name, err)
		}
		old := im.prepare(&p.ID, &p.Version)
		if !im.keep {
			if id, ok, err := im.t.findPerson(p); err != nil {
				return res, err
			} else if ok {
				im.remember("person", old, id)
				continue
			}
		}
		if err := people.insert(im.t, &p); err != nil {
			return res, err
		}
		im.remember("person", old, p.ID)
		res.People++
	}
	for i, w := range a.WatchWords {
		if err := w.Validate(); err != nil {
			return res, invalidAt(fmt.Sprintf("watch_words[%d]", i), w, w.Word, err)
		}
		im.prepare(&w.ID, &w.Version)
		if err := watchWords.insert(im.t, &w); err != nil {
			return res, err
		}
	}
	if len(a.WatchWords) > 0 {
		if err := im.t.touchAll(); err != nil {
			return res, err
		}
	}
	for i, d := range a.Deals {
		id, err := im.deal(fmt.Sprintf("deals[%d]", i), d)
		if err != nil {
			return res, err
		}
		res.Deals = append(res.Deals, id)
	}
	return res, nil
}

// findPerson finds a live person with the same name and role.
func (t *txn) findPerson(p model.Person) (int64, bool, error) {
	var id int64
	err := t.queryRow("SELECT id FROM people WHERE deleted = 0 AND name = ? AND role = ? ORDER BY id LIMIT 1", p.Name, p.Role).Scan(&id)
	if err == sql.ErrNoRows {
		return 0, false, nil
	}
	return id, err == nil, err
}

// deal inserts one deal with all its rows.
// at is the deal's JSON path ("deals[2]"), for the errors.
func (im *importer) deal(at string, d model.Dossier) (int64, error) {
	var err error
	deal := d.Deal
	if err := deal.Validate(); err != nil {
		return 0, invalidAt(at+".deal", deal, deal.Name, err)
	}
	old := im.prepare(&deal.ID, &deal.Version)
	o := &deal.Owners
	for _, r := range []struct {
		id   *int64
		name string
	}{{&o.Sales, "sales"}, {&o.Presales, "presales"}, {&o.Delivery, "delivery"}} {
		if *r.id, err = im.ref("person", *r.id, at+".deal.owners."+r.name); err != nil {
			return 0, err
		}
	}
	// The deal and all its rows are one line of history: restored.
	if err := im.t.importNew(deal.Name, im.file, true); err != nil {
		return 0, err
	}
	if err := deals.insert(im.t, &deal); err != nil {
		return 0, err
	}
	im.remember("deal", old, deal.ID)

	// What the deal's own rows may refer to: its promises and its gaps,
	// not another deal's.
	own := ownRows{promises: map[int64]bool{}, terms: map[int64]bool{}, decisions: map[int64]bool{}}
	ownPromise, ownGap, ownTerm := own.promises, map[int64]bool{}, own.terms
	// Checked first, then stored many rows a statement, as are the gaps.
	ps, olds := make([]model.Promise, 0, len(d.Promises)), make([]int64, 0, len(d.Promises))
	for i, p := range d.Promises {
		path := fmt.Sprintf("%s.promises[%d]", at, i)
		p.DealID = deal.ID
		if p.PromisedBy, err = im.ref("person", p.PromisedBy, path+".promised_by"); err != nil {
			return 0, err
		}
		if err := p.Validate(); err != nil {
			return 0, invalidAt(path, p, p.Title, err)
		}
		olds = append(olds, im.prepare(&p.ID, &p.Version))
		ps = append(ps, p)
	}
	if err := promises.insertAll(im.t, ps); err != nil {
		return 0, err
	}
	for i, p := range ps {
		im.remember("promise", olds[i], p.ID)
		ownPromise[p.ID] = true
	}
	im.t.hold(deal.ID, ps)
	for i, a := range d.Assessments {
		path := fmt.Sprintf("%s.assessments[%d]", at, i)
		if a.PromiseID, err = im.ref("promise", a.PromiseID, path+".promise_id"); err != nil {
			return 0, err
		}
		if !ownPromise[a.PromiseID] {
			return 0, fmt.Errorf("%s.promise_id: answers a promise of another deal", path)
		}
		if a.AssessedBy, err = im.ref("person", a.AssessedBy, path+".assessed_by"); err != nil {
			return 0, err
		}
		if err := a.Validate(); err != nil {
			return 0, invalidAt(path, a, "", err)
		}
		im.prepare(&a.ID, &a.Version)
		if err := assessments.insert(im.t, &a); err != nil {
			return 0, err
		}
	}
	for i, c := range d.Constraints {
		c.DealID = deal.ID
		if err := c.Validate(); err != nil {
			return 0, invalidAt(fmt.Sprintf("%s.constraints[%d]", at, i), c, "", err)
		}
		im.prepare(&c.ID, &c.Version)
		if err := constraints.insert(im.t, &c); err != nil {
			return 0, err
		}
	}
	gs := make([]model.Gap, 0, len(d.Gaps))
	olds = olds[:0]
	for i, g := range d.Gaps {
		path := fmt.Sprintf("%s.gaps[%d]", at, i)
		g.DealID = deal.ID
		if g.PromiseID, err = im.ref("promise", g.PromiseID, path+".promise_id"); err != nil {
			return 0, err
		}
		if g.PromiseID != 0 && !ownPromise[g.PromiseID] {
			return 0, fmt.Errorf("%s.promise_id: %q is about a promise of another deal", path, g.Title)
		}
		if g.Owner, err = im.ref("person", g.Owner, path+".owner"); err != nil {
			return 0, err
		}
		if err := g.Validate(); err != nil {
			return 0, invalidAt(path, g, g.Title, err)
		}
		olds = append(olds, im.prepare(&g.ID, &g.Version))
		gs = append(gs, g)
	}
	// A deal whose rows the refresh reads are all in by now (no terms,
	// dismissed words or change requests come after the gaps) is worked
	// out on another core while SQLite stores its gaps.
	early := len(gs) >= overlapFrom && len(d.Terms) == 0 && len(d.Dismissed) == 0 && len(d.ChangeRequests) == 0
	if early {
		if err := gaps.assignIDs(im.t, gs); err != nil {
			return 0, err
		}
		im.t.holdGaps(deal.ID, gs)
		if err := im.t.planAhead(deal.ID, true); err != nil {
			return 0, err
		}
	}
	if err := gaps.insertAll(im.t, gs); err != nil {
		return 0, err
	}
	for i, g := range gs {
		im.remember("gap", olds[i], g.ID)
		ownGap[g.ID] = true
	}
	if !early {
		im.t.holdGaps(deal.ID, gs)
	}
	for j, term := range d.Terms {
		path := fmt.Sprintf("%s.terms[%d]", at, j)
		term.DealID = deal.ID
		for i, id := range term.AgreedBy {
			if term.AgreedBy[i], err = im.ref("person", id, fmt.Sprintf("%s.agreed_by[%d]", path, i)); err != nil {
				return 0, err
			}
		}
		if err := term.Validate(); err != nil {
			return 0, invalidAt(path, term, term.Term, err)
		}
		if err := im.t.checkTerm(&term); err != nil {
			return 0, fmt.Errorf("%s (%q): %w", path, term.Term, err)
		}
		oldTerm := im.prepare(&term.ID, &term.Version)
		if err := terms.insert(im.t, &term); err != nil {
			return 0, err
		}
		im.remember("term", oldTerm, term.ID)
		ownTerm[term.ID] = true
	}
	for _, w := range d.Dismissed {
		w.DealID = deal.ID
		if err := w.Validate(); err != nil {
			return 0, fmt.Errorf("dismissed word %q: %w", w.Word, err)
		}
		if err := im.t.checkDismissal(w); err != nil {
			return 0, err
		}
		im.prepare(&w.ID, &w.Version)
		if err := dismissedWords.insert(im.t, &w); err != nil {
			return 0, err
		}
	}
	for i, dec := range d.Decisions {
		path := fmt.Sprintf("%s.decisions[%d]", at, i)
		dec.DealID = deal.ID
		if dec.GapID, err = im.ref("gap", dec.GapID, path+".gap_id"); err != nil {
			return 0, err
		}
		if dec.GapID != 0 && !ownGap[dec.GapID] {
			return 0, fmt.Errorf("%s.gap_id: settles a gap of another deal", path)
		}
		if dec.DecidedBy, err = im.ref("person", dec.DecidedBy, path+".decided_by"); err != nil {
			return 0, err
		}
		if err := dec.Validate(); err != nil {
			return 0, invalidAt(path, dec, "", err)
		}
		oldDec := im.prepare(&dec.ID, &dec.Version)
		if err := decisions.insert(im.t, &dec); err != nil {
			return 0, err
		}
		im.remember("decision", oldDec, dec.ID)
		own.decisions[dec.ID] = true
	}
	for i, so := range d.SignOffs {
		path := fmt.Sprintf("%s.signoffs[%d]", at, i)
		so.DealID = deal.ID
		if so.PersonID, err = im.ref("person", so.PersonID, path+".person_id"); err != nil {
			return 0, err
		}
		if err := so.Validate(); err != nil {
			return 0, invalidAt(path, so, "", err)
		}
		im.prepare(&so.ID, &so.Version)
		if err := signOffs.insert(im.t, &so); err != nil {
			return 0, err
		}
	}
	for i, c := range d.Confirmations {
		path := fmt.Sprintf("%s.confirmations[%d]", at, i)
		c.DealID = deal.ID
		if c.PromiseID, err = im.ref("promise", c.PromiseID, path+".promise_id"); err != nil {
			return 0, err
		}
		if c.PromiseID != 0 && !ownPromise[c.PromiseID] {
			return 0, fmt.Errorf("%s.promise_id: answers a promise of another deal", path)
		}
		if c.TermID, err = im.ref("term", c.TermID, path+".term_id"); err != nil {
			return 0, err
		}
		if c.TermID != 0 && !ownTerm[c.TermID] {
			return 0, fmt.Errorf("%s.term_id: answers a term of another deal", path)
		}
		if c.GapID, err = im.ref("gap", c.GapID, path+".gap_id"); err != nil {
			return 0, err
		}
		if c.GapID != 0 && !ownGap[c.GapID] {
			return 0, fmt.Errorf("%s.gap_id: names a gap of another deal", path)
		}
		if c.By, err = im.ref("person", c.By, path+".by"); err != nil {
			return 0, err
		}
		if err := c.Validate(); err != nil {
			return 0, invalidAt(path, c, "", err)
		}
		im.prepare(&c.ID, &c.Version)
		if err := confirmations.insert(im.t, &c); err != nil {
			return 0, err
		}
	}
	if err := im.kept(at, d, deal.ID, own); err != nil {
		return 0, err
	}
	return deal.ID, nil
}

// MarshalArchive writes an archive as the export file holds it: indented
// JSON, keys in the order of the fields, ending in a newline, with the
// characters a terminal would act on written as \u escapes. The same
// archive gives the same bytes.
func MarshalArchive(a model.Archive) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	return safe.JSON(b.Bytes()), nil
}

// UnmarshalArchive reads an export file. A file that is not JSON (or has
// anything after the export), that is not a handoff export, that comes from
// a newer version of handoff or has a field this version does not know is
// refused with a sentence saying so, and where for broken JSON.
func UnmarshalArchive(data []byte) (model.Archive, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if a, ok := quickArchive(data); ok {
		return a, nil
	}
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	// json.Unmarshal checks the syntax of the whole file first, anything
	// after the export included, so the decoding below meets valid JSON.
	if err := json.Unmarshal(data, &head); err != nil {
		return model.Archive{}, jsonError(data, err)
	}
	if head.Format != model.ArchiveFormat {
		return model.Archive{}, errors.New("the file is not a handoff export (no \"format\": \"" + model.ArchiveFormat + "\")")
	}
	if head.Version > model.ArchiveVersion {
		return model.Archive{}, fmt.Errorf("the file is export version %d, from a newer version of handoff; this one reads version %d",
			head.Version, model.ArchiveVersion)
	}
	var a model.Archive
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		// Read again field by field (eight times slower, so only now) to name
		// the bad value by its path.
		var b model.Archive
		if perr := decodeAt("", data, &b); perr != nil {
			return model.Archive{}, perr
		}
		return model.Archive{}, jsonError(data, err)
	}
	return a, nil
}

// quickArchive reads an export file that is all well: valid JSON with
// nothing after the export, of this format and a version this handoff
// reads, with no field it does not know. It reads the file once, where
// UnmarshalArchive's careful way reads it three times (its syntax whole,
// its head, then the export) to say what is wrong in the right order; any
// file quickArchive does not take goes that way.
func quickArchive(data []byte) (model.Archive, bool) {
	var a model.Archive
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if dec.Decode(&a) != nil || a.Format != model.ArchiveFormat || a.Version > model.ArchiveVersion {
		return model.Archive{}, false
	}
	if len(bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n")) > 0 {
		return model.Archive{}, false // something after the export
	}
	return a, true
}

// jsonError says what is wrong with an export file, with the line for a
// syntax or type error.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("the file is not valid JSON: line %d: %v", lineAt(data, se.Offset), se)
	case errors.As(err, &te):
		return fmt.Errorf("the file does not match the export format: line %d: %s should be %s, not %s",
			lineAt(data, te.Offset), te.Field, kindWords(te.Type), te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return errors.New("the file is not valid JSON: it ends too early")
	}
	return fmt.Errorf("the file does not match the export format: %v", err)
}

// lineAt is the line number of a byte offset.
func lineAt(data []byte, offset int64) int {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	return bytes.Count(data[:offset], []byte("\n")) + 1
}
