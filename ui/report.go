package ui

import (
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/fileout"
	"handoff/internal/i18n"
	"handoff/model"
)

// reportScreen previews a deal's markdown report, laid out for the
// terminal as a reader shows the file (reportview.go), and writes it to a
// file.
type reportScreen struct {
	screenBase
	// crumb is the deal's place in the title line.
	crumb    string
	dealName string
	dealID   int64
	// sameName is set when another deal's name makes the same file name,
	// so the default file name carries the deal's id.
	sameName bool
	// markdown is what is written, packed: it is read only to write it.
	markdown *packedLines
	// d is the deal as the preview was opened, for rendering it again for
	// the other audience.
	d        *model.Dossier
	audience model.Audience
	rendered bool
	err      error
	written  string // the path last written
	// page is the preview as laid out. The viewport holds only the lines
	// about the view, from the page's line base (window): a viewport holds
	// a string per line and measures them all whenever it is given them.
	page   *laidOut
	base   int
	view   viewport.Model
	width  int
	height int
	// find is the "/" search, and searched the text last searched for.
	find     finder
	searched string
}

// newReportScreen previews a deal's report as it is now; the rendering
// follows in a command.
func newReportScreen(sh *shared, d *model.Dossier) *reportScreen {
	r := &reportScreen{screenBase: newScreenBase(sh), view: viewport.New(),
		crumb: sh.lang.T("Deals") + " › " + model.Shorten(line(d.Deal.Name), 40), dealName: d.Deal.Name, dealID: d.Deal.ID,
		sameName: sameSlug(sh.deals, d.Deal), d: d, audience: model.AudienceInternal, find: newFinder(sh)}
	// The preview is laid out for the body's width before the screen is
	// on the stack.
	r.SetSize(sh.bodyW, sh.bodyH)
	return r
}

// openReport shows the report of d over the current screen.
func openReport(sh *shared, d *model.Dossier) tea.Cmd {
	r := newReportScreen(sh, d)
	sh.push(r)
	return r.renderCmd(d, sh.now().In(sh.loc))
}

// reportRenderedMsg carries the report and its rendered preview.
type reportRenderedMsg struct {
	// audience is who it was rendered for: a render for the audience the
	// screen has just left is dropped.
	audience model.Audience
	markdown *packedLines
	page     *laidOut
	err      error
}

// pageFoldedMsg carries the page laid out, folded for the search.
type pageFoldedMsg struct{ folded *foldedPage }

// foldCmd folds the page laid out for the search while it is read, so the
// first key of a search need not (a 10,000-promise preview takes some 0.2
// s). The fold reads the page through a reader of its own: the screen
// reads it meanwhile.
func (r *reportScreen) foldCmd() tea.Cmd {
	page := r.page
	if page == nil {
		return nil
	}
	return ownedCmd(r.oid, func() tea.Msg { return pageFoldedMsg{foldPage(page)} })
}

// reportWrittenMsg reports the file written.
type reportWrittenMsg struct {
	path string
	err  error
}

// renderCmd renders a deal's report for the screen's audience, for a
// preview of the given width. When presenting, the internal preview leaves
// the money out; the file keeps it. The customer copy has none to hide.
func (r *reportScreen) renderCmd(d *model.Dossier, now time.Time) tea.Cmd {
	width, sty, presenting, audience := r.width-2, r.sh.styles, r.sh.presenting, r.audience
	lang := reportLang(d.Deal, r.sh.lang)
	return ownedCmd(r.oid, func() tea.Msg {
		markdown := model.RenderReportIn(lang, audience, d, now)
		preview := markdown
		if presenting && audience == model.AudienceInternal {
			preview = model.PresentingReportIn(lang, d, now)
		}
		// A margin of one cell each side, as a reader's page has.
		page := layOutReport(preview, width, sty, " ")
		return reportRenderedMsg{audience: audience, markdown: packText(markdown), page: page}
	})
}

func (r *reportScreen) setRendered(msg reportRenderedMsg) {
	r.rendered, r.err, r.markdown, r.page = true, msg.err, msg.markdown, msg.page
	r.find.hits, r.find.at = nil, 0
	r.frame(0)
	if r.find.pattern() != "" {
		r.showHits() // the other audience's copy: the same search in it
	}
}

// dropPage forgets the preview laid out, as when it is rendered again: the
// old one need not be held while the new one is made.
func (r *reportScreen) dropPage() {
	r.rendered, r.markdown, r.page, r.base = false, nil, nil, 0
	r.find.hits, r.find.at = nil, 0
	r.view.SetContentLines(nil)
}

// top is the page's line at the top of the view.
func (r *reportScreen) top() int { return r.base + r.view.YOffset() }

// window is how many heights of the view the viewport holds above it and
// below it; keepRoom gives it new lines before a key could take the view
// within two heights of either end (a key moves it one height at most).
const window = 3

// frame gives the viewport the page's lines about line top, the hits of
// the search marked in them, and shows top first — moved, as the viewport
// moves it, so that the view stays on the page.
func (r *reportScreen) frame(top int) {
	h, n := max(r.view.Height(), 1), r.page.lines()
	from, to := max(top-window*h, 0), min(top+(window+1)*h, n)
	if from > to {
		from = max(to-(window+1)*h, 0)
	}
	lines := make([]string, 0, to-from)
	for i := from; i < to; i++ {
		lines = append(lines, r.page.line(i))
	}
	r.find.mark(lines, from, r.sh.styles)
	r.base = from
	r.view.SetContentLines(lines)
	r.view.SetYOffset(top - from)
}

// keepRoom frames the view again when it is within two heights of an end of
// the lines the viewport holds that is not an end of the page.
func (r *reportScreen) keepRoom() {
	if !r.rendered {
		return
	}
	h, top, end := r.view.Height(), r.top(), r.base+r.view.TotalLineCount()
	if (r.base > 0 && top-r.base < 2*h) || (end < r.page.lines() && end-(top+h) < 2*h) {
		r.frame(top)
	}
}

// gotoTop and gotoBottom move the view to either end of the page.
func (r *reportScreen) gotoTop() { r.frame(0) }

func (r *reportScreen) gotoBottom() { r.frame(r.page.lines()) }

// Crumb is the deal and the report; the report belongs to the deal
// whether opened from the deal screen or from a meeting.
func (r *reportScreen) Crumb(string) string { return r.crumb + " › " + r.sh.lang.T("Report") }

// Name is "report", in the app's language.
func (r *reportScreen) Name() string { return r.sh.lang.T("report") }

func (r *reportScreen) SetSize(w, h int) {
	r.width, r.height = w, h
	r.view.SetWidth(w)
	r.view.SetHeight(max(h-2, 1))
	if r.rendered {
		// The lines held are about the old height; a view grown at the
		// end of the page shows the last lines, not rows under them.
		r.frame(r.top())
	}
}

// defaultPath is "<deal-slug>-handoff-<date>.md" in the current folder;
// the slug ends in the deal's id when another deal's name gives the same.
func (r reportScreen) defaultPath() string {
	name := slug(r.dealName)
	if r.sameName {
		name += "-" + strconv.FormatInt(r.dealID, 10)
	}
	kind := "-handoff-"
	if r.audience == model.AudienceCustomer {
		kind = "-customer-"
	}
	return name + kind + r.sh.now().Format("2006-01-02") + ".md"
}

// sameSlug reports whether another deal's name gives d's file name.
func sameSlug(list []model.DealSummary, d model.Deal) bool {
	s := slug(d.Name)
	for _, o := range list {
		if o.Deal.ID != d.ID && slug(o.Deal.Name) == s {
			return true
		}
	}
	return false
}

// slug makes a file name part from a deal name: lower-case letters and
// digits, other runs as one hyphen.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(name) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
			continue
		}
		dash = true
	}
	s := b.String()
	if r := []rune(s); len(r) > 60 {
		s = strings.TrimRight(string(r[:60]), "-")
	}
	if s == "" {
		s = "deal"
	}
	return s
}

// writeReportCmd writes the report to path whole or not at all (a
// typed "~" is the home folder). An existing file is replaced only when
// replace is set; otherwise the answer is a reportExistsMsg, so the app
// can ask.
func writeReportCmd(path, markdown string, replace bool) tea.Cmd {
	return func() tea.Msg {
		abs, err := filepath.Abs(fileout.ExpandHome(path))
		if err != nil {
			return reportWrittenMsg{err: err}
		}
		err = fileout.Write(abs, []byte(markdown), 0o644, replace)
		if errors.Is(err, fileout.ErrExists) {
			return reportExistsMsg{path: abs, markdown: markdown}
		}
		return reportWrittenMsg{path: abs, err: err}
	}
}

// writeBesideCmd writes the report next to an existing file of that name,
// numbered: report-2.md.
func writeBesideCmd(path, markdown string) tea.Cmd {
	return func() tea.Msg {
		name, err := fileout.WriteBeside(path, []byte(markdown), 0o644)
		return reportWrittenMsg{path: name, err: err}
	}
}

// pathForm asks where to write the report.
func pathForm(sh *shared, path, markdown string) *form {
	f := newForm(sh, sh.lang.T("Write the report to"))
	f.note = sh.lang.T("A path relative to the folder handoff was started in, or absolute; ~ is your home folder.")
	f.text("path", sh.lang.T("File"), path, sh.lang.T("e.g. reports/handoff.md"))
	f.submit = func(f *form) (tea.Cmd, error) {
		p := strings.TrimSpace(f.value("path"))
		if p == "" {
			return nil, model.Invalid("path", "is required")
		}
		return writeReportCmd(p, markdown, false), nil
	}
	return f
}

func (r *reportScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case reportRenderedMsg:
		if msg.audience == r.audience {
			r.setRendered(msg)
			return r, r.foldCmd()
		}
		return r, nil
	case pageFoldedMsg:
		if msg.folded.of == r.page { // not a page laid out since
			r.find.folded = msg.folded
		}
		return r, nil
	case reportWrittenMsg:
		r.written = msg.path
		return r, nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	if cmd, handled := r.searchKey(press); handled && r.rendered {
		return r, cmd
	}
	k := r.sh.keys
	switch {
	case key.Matches(press, k.Global.Back):
		r.sh.pop()
		r.dropPage() // nothing else holds it: the memory can go back at once
		return r, nil
	case !r.rendered:
		// Nothing to write before the report is made.
	case key.Matches(press, k.Preview.Audience):
		if r.audience == model.AudienceCustomer {
			r.audience = model.AudienceInternal
		} else {
			r.audience = model.AudienceCustomer
		}
		r.written = ""
		r.dropPage()
		return r, r.renderCmd(r.d, r.sh.now().In(r.sh.loc))
	case r.sh.noFiles && (key.Matches(press, k.Preview.Write) || key.Matches(press, k.Preview.WriteElsewhere)):
		return r, status(r.sh.lang.T("Over SSH nothing is written on the server; get the report with: ssh … export --deal %d > FILE", r.dealID))
	case key.Matches(press, k.Preview.Write):
		return r, writeReportCmd(r.defaultPath(), r.markdown.text(), false)
	case key.Matches(press, k.Preview.WriteElsewhere):
		return r, r.sh.open(pathForm(r.sh, r.defaultPath(), r.markdown.text()))
	}
	var cmd tea.Cmd
	r.keepRoom()
	r.view, cmd = r.view.Update(msg)
	return r, cmd
}

func (r reportScreen) View() string {
	sty, l := r.sh.styles, r.sh.lang
	title := l.T("Report preview")
	if r.audience == model.AudienceCustomer {
		title = l.T("Customer copy")
	}
	head := sty.Bold.Render(title) + sty.Muted.Render(" — "+line(r.dealName))
	if r.audience == model.AudienceCustomer {
		head += sty.Muted.Render(" " + l.T("(no amounts, sold effort, internal notes, decisions or gaps)"))
	} else if r.sh.presenting {
		head += sty.Muted.Render(" " + l.T("(amounts hidden while presenting; the file has them)"))
	}
	var body string
	switch {
	case r.err != nil:
		body = sty.StatusErr.Render(r.sh.sentence(r.err))
	case !r.rendered:
		body = sty.Muted.Render(l.T("Rendering…"))
	default:
		body = r.view.View()
	}
	k := r.sh.keys
	other := l.T("customer copy")
	if r.audience == model.AudienceCustomer {
		other = l.T("internal report")
	}
	back := k.Global.Back.Help().Key + " " + l.T("back")
	foot := sty.Accent.Render(k.Preview.Write.Help().Key) + " " + l.T("writes %s", line(r.defaultPath())) + " · " +
		sty.Accent.Render(k.Preview.WriteElsewhere.Help().Key) + " " + l.T("another path") + " · " +
		sty.Accent.Render(k.Preview.Audience.Help().Key) + " " + other + " · " +
		"↑/↓ " + l.T("scroll") + " · " + back
	if r.written != "" {
		foot = sty.StatusOK.Render("✓ "+l.T("Wrote %s", line(r.written))) + sty.Muted.Render(" · "+back)
	}
	if r.find.active || r.find.pattern() != "" {
		count := r.find.count(&r)
		moves := k.Preview.NextMatch.Help().Key + "/" + k.Preview.PrevMatch.Help().Key + " " + l.T("next, previous")
		r.find.input.SetWidth(max(r.width-textWidth(count)-textWidth(moves)-8, 10))
		foot = r.find.input.View() + sty.Muted.Render("  "+count+" · "+moves)
	}
	return fit(head, r.width) + "\n" + body + "\n" + cut(foot, r.width)
}

func (r reportScreen) ShortHelp() []key.Binding {
	k := r.sh.keys
	return []key.Binding{k.Preview.Write, k.Preview.WriteElsewhere, k.Preview.Audience, k.Preview.Search, k.List.Up, k.List.Down, k.Global.Back}
}

func (r reportScreen) FullHelp() [][]key.Binding { return sectionsOf(r.HelpSections()) }

// HelpSections is the full help of the report preview.
func (r reportScreen) HelpSections() []helpSection {
	k, l := r.sh.keys, r.sh.lang
	return []helpSection{
		{l.T("Report"), []key.Binding{k.Preview.Write, k.Preview.WriteElsewhere, k.Preview.Audience}},
		{l.T("Move"), []key.Binding{k.List.Up, k.List.Down, k.List.PageUp, k.List.PageDown, k.List.Top, k.List.Bottom}},
		{l.T("Search"), []key.Binding{k.Preview.Search, k.Preview.NextMatch, k.Preview.PrevMatch}},
		{l.T("Everywhere"), globalKeys(k)},
	}
}

// reportLang is the language a deal's report is written in: the deal's
// report language (the customer's), else the app's.
func reportLang(deal model.Deal, app i18n.Lang) i18n.Lang {
	if l, ok := i18n.Parse(deal.ReportLang); ok {
		return l
	}
	return app
}
