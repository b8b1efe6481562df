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
	screenBase
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

// meetingTickMsg moves the elapsed-time clock.
type meetingTickMsg struct{}

func meetingTick(sh *shared) tea.Cmd {
	return sh.tick(time.Second, func(time.Time) tea.Msg { return meetingTickMsg{} })
}

// openMeeting starts meeting mode on a deal over the current screen, or
// continues the meeting paused on it.
func openMeeting(sh *shared, d *model.Dossier) tea.Cmd {
	if m, ok := sh.paused[d.Deal.ID]; ok {
		delete(sh.paused, d.Deal.ID)
		m.SetSize(sh.bodyW, sh.bodyH)
		m.resume(d)
		sh.push(m)
		return tea.Batch(status("The meeting continues."), m.tick(), reloadCmd)
	}
	m := &meetingScreen{screenBase: newScreenBase(sh)}
	m.SetSize(sh.bodyW, sh.bodyH)
	m.start(d, sh.now())
	sh.push(m)
	if len(m.agenda) == 0 {
		return tea.Batch(status("No open gaps: there is nothing to walk through. Here is the summary."), m.loadHistory())
	}
	return m.tick()
}

// tick moves the meeting's clock in a second, whatever dialog is open
// meanwhile; a meeting stepped out of hears no more ticks.
func (m *meetingScreen) tick() tea.Cmd { return ownedCmd(m.oid, meetingTick(m.sh)) }

// start opens the meeting on a deal: the agenda is its open gaps,
// critical first, then by due date.
func (m *meetingScreen) start(d *model.Dossier, now time.Time) {
	*m = meetingScreen{screenBase: m.screenBase, d: d, started: now, width: m.width, height: m.height}
	for _, i := range sortedGaps(d.Gaps) {
		if g := d.Gaps[i]; g.Open() {
			m.agenda = append(m.agenda, g.ID)
		}
	}
	m.agendaCur.setLen(len(m.agenda))
	m.agendaCur.setHeight(max(m.height-6, 3))
}

// loadHistory reads the deal's history for the summary.
func (m *meetingScreen) loadHistory() tea.Cmd {
	return ownedCmd(m.oid, loadHistoryCmd(m.sh, m.d.Deal.ID))
}

// Crumb is the deal's crumb and the meeting.
func (m *meetingScreen) Crumb(below string) string { return below + " › Meeting" }

// Name is "meeting".
func (m *meetingScreen) Name() string { return "meeting" }

// Reload reads the history again while the summary shows it.
func (m *meetingScreen) Reload() tea.Cmd {
	if m.inSummary() {
		return m.loadHistory()
	}
	return nil
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

func (m *meetingScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case dossierLoadedMsg:
		if msg.err == nil && msg.dealID == m.d.Deal.ID {
			m.setData(msg.d)
		}
		return m, nil
	case historyLoadedMsg:
		if msg.err == nil {
			m.events = msg.events
		}
		return m, nil
	case meetingTickMsg:
		return m, m.tick()
	case pickedMsg:
		if !msg.failed && m.onPick != nil {
			return m, m.onPick(msg.id)
		}
		return m, nil
	}
	press, ok := msg.(tea.KeyPressMsg)
	if !ok || m.d == nil {
		return m, nil
	}
	k := m.sh.keys
	switch {
	case key.Matches(press, k.Global.Back) && !m.showAgenda:
		// Stepping out pauses the meeting; only E ends it.
		m.sh.paused[m.d.Deal.ID] = m
		m.sh.pop()
		return m, tea.Batch(status("Meeting paused: m continues it, E in the meeting ends it."), loadDossierCmd(m.sh, m.d.Deal.ID))
	case key.Matches(press, k.Meeting.Export):
		return m, openReport(m.sh, m.d)
	}
	if m.showAgenda {
		switch {
		case key.Matches(press, k.List.Open):
			m.pos, m.showAgenda = m.agendaCur.pos, false
		case key.Matches(press, k.Meeting.Agenda), key.Matches(press, k.Global.Back):
			m.showAgenda = false
		default:
			m.agendaCur.navigate(press, k)
		}
		return m, nil
	}
	if cmd, handled := m.walk(press); handled {
		return m, cmd
	}
	if key.Matches(press, k.Meeting.EndMeeting) {
		if !m.inSummary() {
			m.pos = len(m.agenda)
			return m, tea.Batch(m.loadHistory(), status("The summary: E again ends the meeting."))
		}
		// An ended meeting is not continued the next time meeting mode
		// opens on the deal.
		delete(m.sh.paused, m.d.Deal.ID)
		m.sh.pop()
		return m, tea.Batch(status("Meeting ended after "+m.elapsed()+"."), loadDossierCmd(m.sh, m.d.Deal.ID))
	}
	if m.inSummary() {
		if key.Matches(press, k.Meeting.SignOff) {
			return m, m.sh.open(signOffForm(m.sh, m.d))
		}
		return m, nil
	}
	g, ok := m.gap()
	if !ok {
		return m, nil
	}
	return m, m.settle(press, g)
}

// walk moves along the agenda: the next or previous gap, the summary,
// the agenda list, or this gap left for the end.
func (m *meetingScreen) walk(press tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.sh.keys
	switch {
	case key.Matches(press, k.Meeting.NextGap):
		if m.pos < len(m.agenda) {
			m.pos++
		}
		if m.inSummary() {
			return m.loadHistory(), true
		}
		return nil, true
	case key.Matches(press, k.Meeting.PrevGap):
		if m.pos > 0 {
			m.pos--
		}
		return nil, true
	case key.Matches(press, k.Meeting.Last):
		m.pos = len(m.agenda)
		return m.loadHistory(), true
	case key.Matches(press, k.Meeting.Agenda):
		m.showAgenda = true
		m.agendaCur.to(min(m.pos, len(m.agenda)-1))
		return nil, true
	case key.Matches(press, k.Meeting.Skip) && !m.inSummary():
		// Leave this gap for the end of the agenda.
		id := m.agenda[m.pos]
		m.agenda = append(append(m.agenda[:m.pos:m.pos], m.agenda[m.pos+1:]...), id)
		if m.pos == len(m.agenda)-1 {
			return status("That was the last gap left; it stays for the end."), true
		}
		return status("Skipped: it comes back at the end of the agenda."), true
	}
	return nil, false
}

// settle runs the one-key workflows on the current gap.
func (m *meetingScreen) settle(press tea.KeyPressMsg, g model.Gap) tea.Cmd {
	k := m.sh.keys
	sh := m.sh
	switch {
	case key.Matches(press, k.Meeting.Owner):
		m.onPick = func(id int64) tea.Cmd {
			next := g
			next.Owner = id
			return quickSaveCmd(sh, gapEntity, next, g)
		}
		return openPicker(sh, "owner of this gap", m.oid, "", model.RoleOther, true, "")
	case key.Matches(press, k.Meeting.DueDate):
		return sh.open(gapFieldForm(sh, g, "due"))
	case key.Matches(press, k.Meeting.Status):
		return sh.open(gapFieldForm(sh, g, "status"))
	case key.Matches(press, k.Meeting.Severity):
		return sh.open(gapFieldForm(sh, g, "severity"))
	case key.Matches(press, k.Meeting.Decision):
		return sh.open(decisionForm(sh, model.Decision{DealID: m.d.Deal.ID, GapID: g.ID,
			DecidedBy: m.d.Deal.Owners.Delivery}, g.Heading()))
	case key.Matches(press, k.Meeting.Edit), key.Matches(press, k.List.Open):
		return sh.open(gapForm(sh, g))
	case key.Matches(press, k.Meeting.Confirm):
		// The customer in the room answers the promise behind the gap (an
		// unverified one closes when they confirm it).
		if p, ok := m.d.PromiseByID(g.PromiseID); ok {
			return sh.open(confirmForm(sh, m.d.Deal.ID, p))
		}
		return status("This gap is about the deal as a whole: there is no promise for the customer to confirm.")
	}
	return nil
}

// gapFieldForm asks for one thing about a gap: its due date, its status
// (with the resolution) or its severity.
func gapFieldForm(sh *shared, g model.Gap, what string) *form {
	f := newForm(sh, "Gap: "+what)
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
	reopen := func(sh *shared, g model.Gap) *form { return gapFieldForm(sh, g, what) }
	return bindForm(sh, f, gapEntity, g, func(f *form, g *model.Gap) error {
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
	d := m.sh.now().Sub(m.started).Round(time.Second)
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
	sty := m.sh.styles
	if m.d == nil {
		return sty.Muted.Render("Loading…")
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
			body = append(body, fit(main[i], mainW)+" "+sty.Muted.Render("│")+" "+side[i])
		}
	default:
		body = m.gapView(m.width, bodyH)
	}
	head := sty.Presenting.Render(" MEETING ") + " " + sty.Bold.Render(line(m.d.Deal.Name))
	progress := "summary"
	if !m.inSummary() {
		progress = fmt.Sprintf("gap %d of %d", m.pos+1, len(m.agenda))
	}
	right := sty.Bold.Render(progress) + "   ⏱ " + sty.Bold.Render(m.elapsed())
	headLine := head + spaces(m.width-lipgloss.Width(head)-lipgloss.Width(right)) + right
	return strings.Join(pad(append([]string{headLine, m.progressBar(), ""}, body...), m.height), "\n")
}

// progressBar marks each gap of the agenda: ✓ closed, ▶ current, · open.
func (m meetingScreen) progressBar() string {
	sty := m.sh.styles
	status := map[int64]bool{}
	for _, g := range m.d.Gaps {
		status[g.ID] = g.Open()
	}
	var b strings.Builder
	for i, id := range m.agenda {
		switch {
		case i == m.pos:
			b.WriteString(sty.Accent.Render("▶"))
		case !status[id]:
			b.WriteString(sty.Ready.Render("✓"))
		default:
			b.WriteString(sty.Muted.Render("·"))
		}
	}
	return cut(b.String(), m.width)
}

// gapView is one gap, large, in an area of w×h: what it is, the promise
// and delivery's answer side by side, and who owns it by when. Taller
// screens get air between the parts and the owner, due date and status in
// boxes; the prose under the facts is what a short screen cuts.
func (m meetingScreen) gapView(w, h int) []string {
	sty := m.sh.styles
	g, ok := m.gap()
	if !ok {
		return []string{sty.Muted.Render("This gap is no longer there (deleted elsewhere). → goes on.")}
	}
	roomy := h >= 30
	var head []string
	sev := sty.Severity(g.Severity).Reverse(true).Bold(true).Render(" " + strings.ToUpper(sevMark(g.Severity)) + " ")
	head = append(head, sev+"  "+sty.Bold.Render(g.Kind.Label()+" gap")+statusBadge(sty, g))
	if roomy {
		head = append(head, "")
	}
	for _, l := range wrap(line(g.Difference()), w-2) {
		head = append(head, sty.Big.Render(l))
	}
	head = append(head, "")

	var foot []string
	foot = append(foot, sty.Muted.Render(strings.Repeat("─", w)))
	owner := m.sh.nameOr(g.Owner, "— nobody")
	today := m.sh.today()
	_, late := g.Overdue(today)
	due := dueDetail(sty, g.Due, late, today)
	status := strings.ReplaceAll(string(g.Status), "_", " ")
	if roomy {
		third := w / 3
		foot = append(foot, strings.Split(besides(besides(
			box(sty, "OWNER", []string{sty.Big.Render(owner)}, third, 3, g.Owner == 0),
			box(sty, "DUE", []string{sty.Big.Render(due)}, third, 3, g.Due.IsZero())),
			box(sty, "STATUS", []string{sty.Big.Render(status)}, w-2*third, 3, false)), "\n")...)
	} else {
		foot = append(foot, labelled(sty, "OWNER", 6, sty.Big.Render(owner))+"    "+labelled(sty, "DUE", 4, sty.Big.Render(due))+
			"    "+labelled(sty, "STATUS", 7, sty.Big.Render(status)))
	}
	if res := m.sh.resolution(g); res != "" {
		foot = append(foot, wrapLabelled(sty, "Resolution", 11, line(res), w)...)
	}
	for _, dec := range m.d.Decisions {
		if dec.GapID != g.ID {
			continue
		}
		text := line(m.sh.decisionText(dec)) + sty.Muted.Render(" — "+m.sh.nameOr(dec.DecidedBy, "?"))
		if roomy {
			foot = append(foot, wrapLabelled(sty, "Decided", 11, text, w)...)
		} else {
			foot = append(foot, cut(labelled(sty, "Decided", 11, text), w))
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
	sty := m.sh.styles
	left = []string{sty.Header.Render("PROMISED")}
	right = []string{sty.Header.Render("DELIVERY SAYS")}
	p, ok := m.d.PromiseByID(g.PromiseID)
	if !ok {
		left = append(left, wrap("A gap recorded by hand, about the deal as a whole.", w)...)
		return left, append(right, sty.Muted.Render("—"))
	}
	left = append(left, wrap(sty.Bold.Render(line(p.Title)), w)...)
	left = append(left,
		labelled(sty, "Priority", 9, string(p.Priority)+" · "+string(p.Category)),
		labelled(sty, "Due", 9, m.promiseDue(p)),
		labelled(sty, "Verified", 9, string(p.Verification)),
		labelled(sty, "By", 9, m.sh.nameOr(p.PromisedBy, "nobody named")),
		labelled(sty, "Source", 9, cut(string(p.Source)+" "+line(p.SourceRef), w-10)))
	if p.Detail != "" {
		left = append(left, "")
		left = append(left, wrap(clean(p.Detail), w)...)
	}
	a, answered := m.d.Answer(p.ID)
	if !answered {
		return left, append(right, sty.NotReady.Render("No answer from delivery yet."))
	}
	effort := prose.OrDash(model.FormatDays(a.EffortDays))
	if a.EffortDays > 0 {
		effort += " person-days"
	}
	if p.BudgetDays > 0 && a.EffortDays > 0 {
		effort += " (sold " + model.FormatDays(p.BudgetDays) + ")"
	}
	right = append(right, sty.Bold.Render(fitMark(a.Fit, true)),
		labelled(sty, "Earliest", 11, prose.OrDash(a.Earliest.String())),
		labelled(sty, "Effort", 11, effort),
		labelled(sty, "Confidence", 11, string(a.Confidence)),
		labelled(sty, "Answered", 11, m.sh.nameOr(a.AssessedBy, "someone")))
	if a.CanDo != "" {
		right = append(right, "")
		right = append(right, wrap(clean(a.CanDo), w)...)
	}
	return left, right
}

// promiseDue is the customer's due date, and how late it is.
func (m meetingScreen) promiseDue(p model.Promise) string {
	today := m.sh.today()
	_, late := p.Overdue(today)
	return dueDetail(m.sh.styles, p.Due, late, today)
}

// lateMark is "overdue · " before an open gap's title in the agenda when
// its due date has passed; unstyled on a selected row, whose reverse video
// a style inside would end.
func lateMark(sty Styles, g model.Gap, today model.Date, styled bool) string {
	_, late := g.Overdue(today)
	switch {
	case !late:
		return ""
	case styled:
		return sty.Overdue.Render("overdue") + " · "
	}
	return "overdue · "
}

// statusBadge marks a gap closed during the meeting.
func statusBadge(sty Styles, g model.Gap) string {
	if g.Open() {
		return ""
	}
	return "  " + sty.Ready.Render("✓ "+strings.ReplaceAll(string(g.Status), "_", " "))
}

// sidebarFrom is the width from which meeting mode shows the agenda beside
// the gap.
const sidebarFrom = 150

// sidebar is the agenda in a narrow column: one line a gap.
func (m meetingScreen) sidebar(w int) []string {
	sty := m.sh.styles
	out := []string{sty.Header.Render("AGENDA"), ""}
	today := m.sh.today()
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
		row := fmt.Sprintf("%s %2d %s %s%s", mark, i+1, sevShort(g.Severity), lateMark(sty, g, today, i != m.pos), line(g.Difference()))
		if i == m.pos {
			out = append(out, sty.Selected.Render(fit("▶"+row[len(mark):], w)))
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
	sty := m.sh.styles
	out := []string{sty.Bold.Render("Agenda") + sty.Muted.Render(" — enter jumps to a gap, g or esc goes back")}
	today := m.sh.today()
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
		switch {
		case i == m.pos:
			mark = "▶" // the gap on the table
		case i == m.agendaCur.pos:
			mark = "▸" // where the cursor is, also without reverse video
		}
		row := fmt.Sprintf("%s %2d  %s %s %s%s", mark, i+1, fit(sevMark(g.Severity), 11), fit(m.sh.nameOr(g.Owner, "— nobody"), 14),
			lateMark(sty, g, today, i != m.agendaCur.pos), line(g.Difference()))
		row = fit(row, m.width)
		if i == m.agendaCur.pos {
			row = sty.Selected.Render(row)
		}
		out = append(out, row)
	}
	return out
}

func (m meetingScreen) ShortHelp() []key.Binding {
	k := m.sh.keys
	if m.inSummary() {
		return []key.Binding{k.Meeting.EndMeeting, k.Meeting.Export, k.Meeting.SignOff, k.Meeting.PrevGap, k.Meeting.Agenda, withHelp(k.Global.Back, "step out")}
	}
	return []key.Binding{k.Meeting.Owner, k.Meeting.DueDate, k.Meeting.Status, k.Meeting.Severity, k.Meeting.Decision, k.Meeting.NextGap, k.Meeting.PrevGap, k.Meeting.Agenda, withHelp(k.Global.Back, "step out")}
}

func (m meetingScreen) FullHelp() [][]key.Binding { return sectionsOf(m.HelpSections()) }

// HelpSections is the full help of meeting mode.
func (m meetingScreen) HelpSections() []helpSection {
	k := m.sh.keys
	return []helpSection{
		{"Walk the agenda", []key.Binding{k.Meeting.NextGap, k.Meeting.PrevGap, k.Meeting.Agenda, k.Meeting.Skip, withHelp(k.Meeting.Last, "summary")}},
		{"Settle this gap", []key.Binding{k.Meeting.Owner, k.Meeting.DueDate, k.Meeting.Status, k.Meeting.Severity, k.Meeting.Decision, k.Meeting.Confirm, withHelp(k.Meeting.Edit, "edit the whole gap")}},
		{"Close", []key.Binding{k.Meeting.EndMeeting, withHelp(k.Global.Back, "step out (the meeting goes on)"), k.Meeting.Export, k.Meeting.SignOff, k.Global.Presenting}},
		{"Everywhere", globalKeys(k)},
	}
}
