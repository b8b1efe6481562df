package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"handoff/internal/prose"
	"handoff/model"
)

// meetingScreen runs the handoff meeting on a shared screen: the open gaps
// as an agenda, one gap a page — large, its promise and delivery's answer
// side by side — with one key each to settle it, and a closing summary.
// Every change is saved at once, so leaving at any moment loses nothing.
type meetingScreen struct {
	app     *shared
	d       *model.Dossier
	agenda  []int64 // gap ids, fixed when the meeting starts
	pos     int     // the gap shown; len(agenda) is the summary
	started time.Time
	// showAgenda lists the whole agenda to jump in it.
	showAgenda bool
	agendaCur  cursor
	events     []model.Event // this deal's history, for the summary
	width      int
	height     int
	onPick     func(id int64) tea.Cmd
}

// meetingEndedMsg says the PM ended the meeting (E): it is not continued
// the next time meeting mode opens on the deal.
type meetingEndedMsg struct {
	dealID int64
	took   string
}

// meetingTickMsg moves the elapsed-time clock.
type meetingTickMsg struct{}

func meetingTick(app *shared) tea.Cmd {
	return app.tick(time.Second, func(time.Time) tea.Msg { return meetingTickMsg{} })
}

func newMeetingScreen(app *shared) meetingScreen { return meetingScreen{app: app} }

// start opens the meeting on a deal: the agenda is its open gaps,
// critical first, then by due date.
func (m *meetingScreen) start(d *model.Dossier, now time.Time) {
	*m = meetingScreen{app: m.app, d: d, started: now, width: m.width, height: m.height}
	for _, i := range sortedGaps(d.Gaps) {
		if g := d.Gaps[i]; g.Open() {
			m.agenda = append(m.agenda, g.ID)
		}
	}
	m.agendaCur.setLen(len(m.agenda))
	m.agendaCur.setHeight(max(m.height-6, 3))
}

// resume continues a paused meeting on fresh data: its start, its place
// and its agenda stay, and gaps that opened while the PM stepped out join
// the end of the agenda.
func (m *meetingScreen) resume(d *model.Dossier) {
	m.d = d
	on := map[int64]bool{}
	for _, id := range m.agenda {
		on[id] = true
	}
	for _, i := range sortedGaps(d.Gaps) {
		if g := d.Gaps[i]; g.Open() && !on[g.ID] {
			m.agenda = append(m.agenda, g.ID)
		}
	}
	m.agendaCur.setLen(len(m.agenda))
}

// setData takes fresh data; the agenda stays as it was.
func (m *meetingScreen) setData(d *model.Dossier) { m.d = d }

func (m *meetingScreen) SetSize(w, h int) {
	m.width, m.height = w, h
	m.agendaCur.setHeight(max(h-6, 3))
}

// gap is the gap on the current page.
func (m meetingScreen) gap() (model.Gap, bool) {
	if m.d == nil || m.pos >= len(m.agenda) {
		return model.Gap{}, false
	}
	return m.d.GapByID(m.agenda[m.pos])
}

// inSummary reports whether the closing summary is showing.
func (m meetingScreen) inSummary() bool { return m.pos >= len(m.agenda) }

func (m meetingScreen) Update(msg tea.Msg) (meetingScreen, tea.Cmd) {
	if picked, ok := msg.(pickedMsg); ok && picked.field == pickAction && m.onPick != nil {
		return m, m.onPick(picked.id)
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok || m.d == nil {
		return m, nil
	}
	k := m.app.keys
	if m.showAgenda {
		switch {
		case key.Matches(press, k.Open):
			m.pos, m.showAgenda = m.agendaCur.pos, false
		case key.Matches(press, k.Agenda), key.Matches(press, k.Back):
			m.showAgenda = false
		default:
			m.agendaCur.navigate(press, k)
		}
		return m, nil
	}
	switch {
	case key.Matches(press, k.NextGap):
		if m.pos < len(m.agenda) {
			m.pos++
		}
		if m.inSummary() {
			return m, loadHistoryCmd(m.app, m.d.Deal.ID)
		}
		return m, nil
	case key.Matches(press, k.PrevGap):
		if m.pos > 0 {
			m.pos--
		}
		return m, nil
	case key.Matches(press, k.Bottom):
		m.pos = len(m.agenda)
		return m, loadHistoryCmd(m.app, m.d.Deal.ID)
	case key.Matches(press, k.Agenda):
		m.showAgenda = true
		m.agendaCur.to(min(m.pos, len(m.agenda)-1))
		return m, nil
	case key.Matches(press, k.Skip) && !m.inSummary():
		// Leave this gap for the end of the agenda.
		id := m.agenda[m.pos]
		m.agenda = append(append(m.agenda[:m.pos:m.pos], m.agenda[m.pos+1:]...), id)
		if m.pos == len(m.agenda)-1 {
			return m, status("That was the last gap left; it stays for the end.")
		}
		return m, status("Skipped: it comes back at the end of the agenda.")
	}
	if key.Matches(press, k.EndMeeting) {
		if !m.inSummary() {
			m.pos = len(m.agenda)
			return m, tea.Batch(loadHistoryCmd(m.app, m.d.Deal.ID), status("The summary: E again ends the meeting."))
		}
		dealID, took := m.d.Deal.ID, m.elapsed()
		return m, func() tea.Msg { return meetingEndedMsg{dealID: dealID, took: took} }
	}
	if m.inSummary() {
		if key.Matches(press, k.SignOff) {
			return m, m.app.open(signOffForm(m.app, m.d))
		}
		return m, nil
	}
	g, ok := m.gap()
	if !ok {
		return m, nil
	}
	return m, m.settle(press, g)
}

// settle runs the one-key workflows on the current gap.
func (m *meetingScreen) settle(press tea.KeyPressMsg, g model.Gap) tea.Cmd {
	k := m.app.keys
	app := m.app
	switch {
	case key.Matches(press, k.Owner):
		m.onPick = func(id int64) tea.Cmd {
			next := g
			next.Owner = id
			return quickSaveCmd(app, gapEntity, next, g)
		}
		return openPicker(app, "owner of this gap", pickAction, model.RoleOther, true, "")
	case key.Matches(press, k.DueDate):
		return app.open(gapFieldForm(app, g, "due"))
	case key.Matches(press, k.Status):
		return app.open(gapFieldForm(app, g, "status"))
	case key.Matches(press, k.Severity):
		return app.open(gapFieldForm(app, g, "severity"))
	case key.Matches(press, k.Decision):
		return app.open(decisionForm(app, model.Decision{DealID: m.d.Deal.ID, GapID: g.ID,
			DecidedBy: m.d.Deal.Owners.Delivery}, g.Heading()))
	case key.Matches(press, k.Edit), key.Matches(press, k.Open):
		return app.open(gapForm(app, g))
	}
	return nil
}

// gapFieldForm asks for one thing about a gap: its due date, its status
// (with the resolution) or its severity.
func gapFieldForm(app *shared, g model.Gap, what string) *form {
	f := newForm(app, "Gap: "+what)
	f.note = g.Heading()
	switch what {
	case "due":
		f.dateText("due", "Due date", g.Due)
	case "status":
		choiceField(f, "status", "Status", model.GapStatuses, g.Status)
		f.area("resolution", "Resolution (what was decided, or why the risk is accepted)", g.Resolution)
	case "severity":
		choiceField(f, "severity", "Severity", model.Severities, g.Severity)
	}
	reopen := func(app *shared, g model.Gap) *form { return gapFieldForm(app, g, what) }
	return bindForm(app, f, gapEntity, g, func(f *form, g *model.Gap) error {
		var e fieldErrs
		switch what {
		case "due":
			g.Due = e.date(f, "due")
		case "status":
			g.Status = enumOf[model.GapStatus](f, "status")
			g.Resolution = strings.TrimSpace(f.value("resolution"))
		case "severity":
			g.Severity = enumOf[model.Severity](f, "severity")
		}
		return e.err()
	}, model.Gap.ValidateChange, reopen)
}

// elapsed is the meeting's running time as m:ss or h:mm:ss.
func (m meetingScreen) elapsed() string {
	d := m.app.now().Sub(m.started).Round(time.Second)
	if d < 0 {
		d = 0
	}
	h, mnt, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, mnt, s)
	}
	return fmt.Sprintf("%d:%02d", mnt, s)
}

// View draws the current page: a gap, the agenda, or the summary.
func (m meetingScreen) View() string {
	st := m.app.styles
	if m.d == nil {
		return st.Muted.Render("Loading…")
	}
	var body []string
	bodyH := m.height - 3
	switch {
	case m.showAgenda:
		body = m.agendaView()
	case m.inSummary():
		body = m.summaryView()
	case m.width >= sidebarFrom:
		// A wide screen keeps the agenda in sight beside the gap.
		sideW := m.width / 4
		mainW := m.width - sideW - 3
		main := pad(m.gapView(mainW, bodyH), bodyH)
		side := pad(m.sidebar(sideW), bodyH)
		for i := range main {
			body = append(body, fit(main[i], mainW)+" "+st.Muted.Render("│")+" "+side[i])
		}
	default:
		body = m.gapView(m.width, bodyH)
	}
	head := st.Presenting.Render(" MEETING ") + " " + st.Bold.Render(line(m.d.Deal.Name))
	progress := "summary"
	if !m.inSummary() {
		progress = fmt.Sprintf("gap %d of %d", m.pos+1, len(m.agenda))
	}
	right := st.Bold.Render(progress) + "   ⏱ " + st.Bold.Render(m.elapsed())
	headLine := head + spaces(m.width-lipgloss.Width(head)-lipgloss.Width(right)) + right
	return strings.Join(pad(append([]string{headLine, m.progressBar(), ""}, body...), m.height), "\n")
}

// progressBar marks each gap of the agenda: ✓ closed, ▶ current, · open.
func (m meetingScreen) progressBar() string {
	st := m.app.styles
	status := map[int64]bool{}
	for _, g := range m.d.Gaps {
		status[g.ID] = g.Open()
	}
	var b strings.Builder
	for i, id := range m.agenda {
		switch {
		case i == m.pos:
			b.WriteString(st.Accent.Render("▶"))
		case !status[id]:
			b.WriteString(st.Ready.Render("✓"))
		default:
			b.WriteString(st.Muted.Render("·"))
		}
	}
	return cut(b.String(), m.width)
}

// gapView is one gap, large, in an area of w×h: what it is, the promise
// and delivery's answer side by side, and who owns it by when. Taller
// screens get air between the parts and the owner, due date and status in
// boxes; the prose under the facts is what a short screen cuts.
func (m meetingScreen) gapView(w, h int) []string {
	st := m.app.styles
	g, ok := m.gap()
	if !ok {
		return []string{st.Muted.Render("This gap is no longer there (deleted elsewhere). → goes on.")}
	}
	roomy := h >= 30
	var head []string
	sev := st.Severity(g.Severity).Reverse(true).Bold(true).Render(" " + strings.ToUpper(sevMark(g.Severity)) + " ")
	head = append(head, sev+"  "+st.Bold.Render(g.Kind.Label()+" gap")+statusBadge(st, g))
	if roomy {
		head = append(head, "")
	}
	for _, l := range wrap(line(g.Difference()), w-2) {
		head = append(head, st.Big.Render(l))
	}
	head = append(head, "")

	var foot []string
	foot = append(foot, st.Muted.Render(strings.Repeat("─", w)))
	owner := m.app.nameOr(g.Owner, "— nobody")
	today := m.app.today()
	_, late := g.Overdue(today)
	due := dueDetail(st, g.Due, late, today)
	status := strings.ReplaceAll(string(g.Status), "_", " ")
	if roomy {
		third := w / 3
		foot = append(foot, strings.Split(besides(besides(
			box(st, "OWNER", []string{st.Big.Render(owner)}, third, 3, g.Owner == 0),
			box(st, "DUE", []string{st.Big.Render(due)}, third, 3, g.Due.IsZero())),
			box(st, "STATUS", []string{st.Big.Render(status)}, w-2*third, 3, false)), "\n")...)
	} else {
		foot = append(foot, labelled(st, "OWNER", 6, st.Big.Render(owner))+"    "+labelled(st, "DUE", 4, st.Big.Render(due))+
			"    "+labelled(st, "STATUS", 7, st.Big.Render(status)))
	}
	if g.Resolution != "" {
		foot = append(foot, wrapLabelled(st, "Resolution", 11, line(g.Resolution), w)...)
	}
	for _, dec := range m.d.Decisions {
		if dec.GapID != g.ID {
			continue
		}
		text := line(dec.Text) + st.Muted.Render(" — "+m.app.nameOr(dec.DecidedBy, "?"))
		if roomy {
			foot = append(foot, wrapLabelled(st, "Decided", 11, text, w)...)
		} else {
			foot = append(foot, cut(labelled(st, "Decided", 11, text), w))
		}
	}

	colW := (w - 3) / 2
	left, right := m.sides(g, colW)
	rows := max(max(len(left), len(right)), 1)
	room := max(h-len(head)-len(foot), 4)
	rows = min(rows, room)
	left, right = pad(left, rows), pad(right, rows)
	out := head
	for i := range left {
		out = append(out, fit(left[i], colW)+" │ "+fit(right[i], colW))
	}
	if roomy {
		out = append(out, "")
	}
	return append(out, foot...)
}

// sides are the promise (left) and delivery's answer (right) of a gap, in
// columns of width w: the facts first, the prose after them.
func (m meetingScreen) sides(g model.Gap, w int) (left, right []string) {
	st := m.app.styles
	left = []string{st.Header.Render("PROMISED")}
	right = []string{st.Header.Render("DELIVERY SAYS")}
	p, ok := m.d.PromiseByID(g.PromiseID)
	if !ok {
		left = append(left, wrap("A gap recorded by hand, about the deal as a whole.", w)...)
		return left, append(right, st.Muted.Render("—"))
	}
	left = append(left, wrap(st.Bold.Render(line(p.Title)), w)...)
	left = append(left,
		labelled(st, "Priority", 9, string(p.Priority)+" · "+string(p.Category)),
		labelled(st, "Due", 9, m.promiseDue(p)),
		labelled(st, "Verified", 9, string(p.Verification)),
		labelled(st, "By", 9, m.app.nameOr(p.PromisedBy, "nobody named")),
		labelled(st, "Source", 9, cut(string(p.Source)+" "+line(p.SourceRef), w-10)))
	if p.Detail != "" {
		left = append(left, "")
		left = append(left, wrap(clean(p.Detail), w)...)
	}
	a, answered := m.d.Answer(p.ID)
	if !answered {
		return left, append(right, st.NotReady.Render("No answer from delivery yet."))
	}
	effort := prose.OrDash(model.FormatDays(a.EffortDays))
	if a.EffortDays > 0 {
		effort += " person-days"
	}
	if p.BudgetDays > 0 && a.EffortDays > 0 {
		effort += " (sold " + model.FormatDays(p.BudgetDays) + ")"
	}
	right = append(right, st.Bold.Render(fitMark(a.Fit, true)),
		labelled(st, "Earliest", 11, prose.OrDash(a.Earliest.String())),
		labelled(st, "Effort", 11, effort),
		labelled(st, "Confidence", 11, string(a.Confidence)),
		labelled(st, "Answered", 11, m.app.nameOr(a.AssessedBy, "someone")))
	if a.CanDo != "" {
		right = append(right, "")
		right = append(right, wrap(clean(a.CanDo), w)...)
	}
	return left, right
}

// promiseDue is the customer's due date, and how late it is.
func (m meetingScreen) promiseDue(p model.Promise) string {
	today := m.app.today()
	_, late := p.Overdue(today)
	return dueDetail(m.app.styles, p.Due, late, today)
}

// lateMark is "overdue · " before an open gap's title in the agenda when
// its due date has passed; unstyled on a selected row, whose reverse video
// a style inside would end.
func lateMark(st Styles, g model.Gap, today model.Date, styled bool) string {
	_, late := g.Overdue(today)
	switch {
	case !late:
		return ""
	case styled:
		return st.Overdue.Render("overdue") + " · "
	}
	return "overdue · "
}

// statusBadge marks a gap closed during the meeting.
func statusBadge(st Styles, g model.Gap) string {
	if g.Open() {
		return ""
	}
	return "  " + st.Ready.Render("✓ "+strings.ReplaceAll(string(g.Status), "_", " "))
}

// sidebarFrom is the width from which meeting mode shows the agenda beside
// the gap.
const sidebarFrom = 150

// sidebar is the agenda in a narrow column: one line a gap.
func (m meetingScreen) sidebar(w int) []string {
	st := m.app.styles
	out := []string{st.Header.Render("AGENDA"), ""}
	today := m.app.today()
	byID := map[int64]model.Gap{}
	for _, g := range m.d.Gaps {
		byID[g.ID] = g
	}
	for i, id := range m.agenda {
		g := byID[id]
		mark := "·"
		if !g.Open() {
			mark = "✓"
		}
		row := fmt.Sprintf("%s %2d %s %s%s", mark, i+1, sevShort(g.Severity), lateMark(st, g, today, i != m.pos), line(g.Difference()))
		if i == m.pos {
			out = append(out, st.Selected.Render(fit("▶"+row[len(mark):], w)))
			continue
		}
		if g.Owner == 0 && g.Open() {
			row += " (no owner)"
		}
		out = append(out, fit(row, w))
	}
	return out
}

// agendaView lists every gap of the agenda.
func (m meetingScreen) agendaView() []string {
	st := m.app.styles
	out := []string{st.Bold.Render("Agenda") + st.Muted.Render(" — enter jumps to a gap, g or esc goes back")}
	today := m.app.today()
	byID := map[int64]model.Gap{}
	for _, g := range m.d.Gaps {
		byID[g.ID] = g
	}
	start, end := m.agendaCur.visible()
	for i := start; i < end; i++ {
		g := byID[m.agenda[i]]
		mark := "·"
		if !g.Open() {
			mark = "✓"
		}
		if i == m.pos {
			mark = "▶"
		}
		row := fmt.Sprintf("%s %2d  %-11s %-14s %s%s", mark, i+1, sevMark(g.Severity), cut(m.app.nameOr(g.Owner, "— nobody"), 14),
			lateMark(st, g, today, i != m.agendaCur.pos), line(g.Difference()))
		row = fit(row, m.width)
		if i == m.agendaCur.pos {
			row = st.Selected.Render(row)
		}
		out = append(out, row)
	}
	return out
}

func (m meetingScreen) ShortHelp() []key.Binding {
	k := m.app.keys
	if m.inSummary() {
		return []key.Binding{k.EndMeeting, k.Export, k.SignOff, k.PrevGap, k.Agenda, withHelp(k.Back, "step out")}
	}
	return []key.Binding{k.Owner, k.DueDate, k.Status, k.Severity, k.Decision, k.NextGap, k.PrevGap, k.Agenda, withHelp(k.Back, "step out")}
}

func (m meetingScreen) FullHelp() [][]key.Binding { return sectionsOf(m.HelpSections()) }

// HelpSections is the full help of meeting mode.
func (m meetingScreen) HelpSections() []helpSection {
	k := m.app.keys
	return []helpSection{
		{"Walk the agenda", []key.Binding{k.NextGap, k.PrevGap, k.Agenda, k.Skip, withHelp(k.Bottom, "summary")}},
		{"Settle this gap", []key.Binding{k.Owner, k.DueDate, k.Status, k.Severity, k.Decision, withHelp(k.Edit, "edit the whole gap")}},
		{"Close", []key.Binding{k.EndMeeting, withHelp(k.Back, "step out (the meeting goes on)"), k.Export, k.SignOff, k.Presenting}},
		{"Everywhere", globalKeys(k)},
	}
}
