package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"handoff/internal/i18n"
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
	refs    map[int64]string // the promises' numbers, "P3", by id
	agenda  []int64          // gap ids, fixed when the meeting starts
	pos     int              // the gap shown; len(agenda) is the summary
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
		return tea.Batch(status(sh.lang.T("The meeting continues.")), m.tick(), reloadCmd)
	}
	m := &meetingScreen{screenBase: newScreenBase(sh)}
	m.SetSize(sh.bodyW, sh.bodyH)
	m.start(d, sh.now())
	sh.push(m)
	if len(m.agenda) == 0 {
		return tea.Batch(status(sh.lang.T("No open gaps: there is nothing to walk through. Here is the summary.")), m.loadHistory())
	}
	return m.tick()
}

// tick moves the meeting's clock in a second, whatever dialog is open
// meanwhile; a meeting stepped out of hears no more ticks.
func (m *meetingScreen) tick() tea.Cmd { return ownedCmd(m.oid, meetingTick(m.sh)) }

// start opens the meeting on a deal: the agenda is its open gaps,
// critical first, then by due date.
func (m *meetingScreen) start(d *model.Dossier, now time.Time) {
	*m = meetingScreen{screenBase: m.screenBase, d: d, refs: promiseRefs(d), started: now, width: m.width, height: m.height}
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
func (m *meetingScreen) Crumb(below string) string { return below + " › " + m.sh.lang.T("Meeting") }

// Name is "meeting".
func (m *meetingScreen) Name() string { return m.sh.lang.T("meeting") }

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
	m.d, m.refs = d, promiseRefs(d)
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
func (m *meetingScreen) setData(d *model.Dossier) { m.d, m.refs = d, promiseRefs(d) }

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
		if msg.err == nil && msg.part == nil && msg.dealID == m.d.Deal.ID {
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
		return m, tea.Batch(status(m.sh.lang.T("Meeting paused: m continues it, E in the meeting ends it.")), refreshDealCmd(m.d.Deal.ID))
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
			return m, tea.Batch(m.loadHistory(), status(m.sh.lang.T("The summary: E again ends the meeting.")))
		}
		// An ended meeting is not continued the next time meeting mode
		// opens on the deal.
		delete(m.sh.paused, m.d.Deal.ID)
		m.sh.pop()
		return m, tea.Batch(status(m.sh.lang.T("Meeting ended after %s.", m.elapsed())), refreshDealCmd(m.d.Deal.ID))
	}
	if m.inSummary() {
		switch {
		case key.Matches(press, k.Meeting.SignOff):
			return m, m.sh.open(signOffForm(m.sh, m.d))
		case key.Matches(press, k.Meeting.Decide):
			return m, m.decide(0)
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
			return status(m.sh.lang.T("That was the last gap left; it stays for the end.")), true
		}
		return status(m.sh.lang.T("Skipped: it comes back at the end of the agenda.")), true
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
		return openPicker(sh, sh.lang.T("owner of this gap"), m.oid, "", model.RoleOther, true, "")
	case key.Matches(press, k.Meeting.DueDate):
		return sh.open(gapFieldForm(sh, g, "due"))
	case key.Matches(press, k.Meeting.Status):
		return sh.open(gapFieldForm(sh, g, "status"))
	case key.Matches(press, k.Meeting.Severity):
		return sh.open(gapFieldForm(sh, g, "severity"))
	case key.Matches(press, k.Meeting.Decision):
		return sh.open(decisionForm(sh, model.Decision{DealID: m.d.Deal.ID, GapID: g.ID,
			DecidedBy: m.d.Deal.Owners.Delivery}, g.HeadingIn(sh.lang)))
	case key.Matches(press, k.Meeting.Edit), key.Matches(press, k.List.Open):
		return sh.open(gapForm(sh, g))
	case key.Matches(press, k.Meeting.Confirm):
		// The customer in the room answers the promise behind the gap (an
		// unverified one closes when they confirm it).
		if p, ok := m.d.PromiseByID(g.PromiseID); ok {
			return sh.open(confirmForm(sh, m.d.Deal.ID, p))
		}
		return status(sh.lang.T("This gap is about the deal as a whole: there is no promise for the customer to confirm."))
	case key.Matches(press, k.Meeting.Outcome):
		if p, ok := m.d.PromiseByID(g.PromiseID); ok {
			return outcomeForm(sh, m.d, p)
		}
		return status(sh.lang.T("This gap is about the deal as a whole: it has no promise to record an outcome for."))
	case key.Matches(press, k.Meeting.Decide):
		return m.decide(g.PromiseID)
	}
	return nil
}

// decide opens the decision on the change request behind the promise, or
// else on the deal's first open change request: the room decides what
// was relayed, whichever gap is on screen.
func (m *meetingScreen) decide(promiseID int64) tea.Cmd {
	if c, ok := m.d.ChangeRequestFor(promiseID); ok {
		return m.sh.open(decideForm(m.sh, m.d, c))
	}
	for _, c := range m.d.ChangeRequests {
		if c.Status == model.ChangeOpen {
			return m.sh.open(decideForm(m.sh, m.d, c))
		}
	}
	return status(m.sh.lang.T("No change request of this deal is open."))
}

// gapFieldForm asks for one thing about a gap: its due date, its status
// (with the resolution) or its severity.
func gapFieldForm(sh *shared, g model.Gap, what string) *form {
	l := sh.lang
	titles := map[string]string{"due": l.T("Gap: due"), "status": l.T("Gap: status"), "severity": l.T("Gap: severity")}
	f := newForm(sh, titles[what])
	f.note = g.HeadingIn(l)
	switch what {
	case "due":
		f.dateText("due", l.T("Due date"), g.Due)
	case "status":
		choiceField(f, "status", l.T("Status"), model.GapStatuses, g.Status)
		f.area("resolution", l.T("Resolution (what was decided, or why the risk is accepted)"), g.Resolution)
	case "severity":
		choiceField(f, "severity", l.T("Severity"), model.Severities, g.Severity)
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
		return sty.Muted.Render(m.sh.lang.T("Loading…"))
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
	l := m.sh.lang
	progress := l.T("summary")
	if !m.inSummary() {
		progress = l.T("gap %d of %d", m.pos+1, len(m.agenda))
	}
	right := sty.Bold.Render(progress) + "   ⏱ " + sty.Bold.Render(m.elapsed())
	badge := sty.Presenting.Render(" " + l.T("MEETING") + " ")
	// The deal's name gives way to the progress and the clock.
	name := cut(line(m.d.Deal.Name), max(m.width-lipgloss.Width(badge)-lipgloss.Width(right)-2, 1))
	head := badge + " " + sty.Bold.Render(name)
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
		return []string{sty.Muted.Render(m.sh.lang.T("This gap is no longer there (deleted elsewhere). → goes on."))}
	}
	l := m.sh.lang
	roomy := h >= 30
	var head []string
	sev := sty.Severity(g.Severity).Reverse(true).Bold(true).Render(" " + strings.ToUpper(sevMarkIn(l, g.Severity)) + " ")
	head = append(head, sev+"  "+sty.Bold.Render(l.T("%s gap", g.Kind.In(l)))+statusBadge(l, sty, g))
	if roomy {
		head = append(head, "")
	}
	for _, ln := range wrap(line(g.DifferenceIn(m.sh.lang)), w-2) {
		head = append(head, sty.Big.Render(ln))
	}
	head = append(head, "")

	var foot []string
	foot = append(foot, sty.Muted.Render(strings.Repeat("─", w)))
	owner := m.sh.nameOr(g.Owner, "— "+l.T("nobody"))
	today := m.sh.today()
	_, late := g.Overdue(today)
	due := dueDetail(l, sty, g.Due, late, today)
	status := g.Status.In(l)
	ownerL, dueL, statusL := l.T("OWNER"), l.T("DUE"), l.T("STATUS")
	if roomy {
		third := w / 3
		foot = append(foot, strings.Split(besides(besides(
			box(sty, ownerL, []string{sty.Big.Render(owner)}, third, 3, g.Owner == 0),
			box(sty, dueL, []string{sty.Big.Render(due)}, third, 3, g.Due.IsZero())),
			box(sty, statusL, []string{sty.Big.Render(status)}, w-2*third, 3, false)), "\n")...)
	} else {
		foot = append(foot, cut(labelled(sty, ownerL, textWidth(ownerL)+1, sty.Big.Render(owner))+"    "+labelled(sty, dueL, textWidth(dueL)+1, sty.Big.Render(due))+
			"    "+labelled(sty, statusL, textWidth(statusL)+1, sty.Big.Render(status)), w))
	}
	lw := max(widest(l.T("Resolution"), l.T("Decided")), 10) + 1
	if res := m.sh.resolution(g); res != "" {
		foot = append(foot, wrapLabelled(sty, l.T("Resolution"), lw, line(res), w)...)
	}
	for _, dec := range m.d.Decisions {
		if dec.GapID != g.ID {
			continue
		}
		text := line(m.sh.decisionText(dec)) + sty.Muted.Render(" — "+m.sh.nameOr(dec.DecidedBy, "?"))
		if roomy {
			foot = append(foot, wrapLabelled(sty, l.T("Decided"), lw, text, w)...)
		} else {
			foot = append(foot, cut(labelled(sty, l.T("Decided"), lw, text), w))
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
	sty, l := m.sh.styles, m.sh.lang
	left = []string{sty.Header.Render(l.T("PROMISED"))}
	right = []string{sty.Header.Render(l.T("DELIVERY SAYS"))}
	p, ok := m.d.PromiseByID(g.PromiseID)
	if !ok {
		left = append(left, wrap(l.T("A gap recorded by hand, about the deal as a whole."), w)...)
		return left, append(right, sty.Muted.Render("—"))
	}
	left = append(left, wrap(sty.Bold.Render(line(p.Title)), w)...)
	lw := max(widest(l.T("Priority"), l.T("Due"), l.T("Verified"), l.T("By"), l.T("Source")), 8) + 1
	left = append(left,
		cut(labelled(sty, l.T("Priority"), lw, p.Priority.In(l)+" · "+p.Category.In(l)), w),
		cut(labelled(sty, l.T("Due"), lw, m.promiseDue(p)), w),
		cut(labelled(sty, l.T("Verified"), lw, p.Verification.In(l)), w),
		cut(labelled(sty, l.T("By"), lw, m.sh.nameOr(p.PromisedBy, l.T("nobody named"))), w),
		labelled(sty, l.T("Source"), lw, cut(p.Source.In(l)+" "+line(p.SourceRef), w-lw-1)))
	if p.Detail != "" {
		left = append(left, "")
		left = append(left, wrap(clean(p.Detail), w)...)
	}
	a, answered := m.d.Answer(p.ID)
	if !answered {
		return left, append(right, sty.NotReady.Render(l.T("No answer from delivery yet.")))
	}
	effort := prose.OrDash(model.FormatDays(a.EffortDays))
	if a.EffortDays > 0 {
		effort = l.T("%s person-days", effort)
	}
	if p.BudgetDays > 0 && a.EffortDays > 0 {
		effort = l.T("%s (sold %s)", effort, model.FormatDays(p.BudgetDays))
	}
	rw := max(widest(l.T("Earliest"), l.T("Effort"), l.T("Confidence"), l.T("Answered")), 10) + 1
	right = append(right, sty.Bold.Render(fitMark(l, a.Fit, true)),
		cut(labelled(sty, l.T("Earliest"), rw, prose.OrDash(a.Earliest.StringIn(l))), w))
	// The effort may run long in other languages: it wraps, not cut.
	right = append(right, wrapLabelled(sty, l.T("Effort"), rw, effort, w)...)
	right = append(right,
		cut(labelled(sty, l.T("Confidence"), rw, a.Confidence.In(l)), w),
		cut(labelled(sty, l.T("Answered"), rw, m.sh.nameOr(a.AssessedBy, l.T("someone"))), w))
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
	return dueDetail(m.sh.lang, m.sh.styles, p.Due, late, today)
}

// lateMark is "overdue · " before an open gap's title in the agenda when
// its due date has passed; unstyled on a selected row, whose reverse video
// a style inside would end.
func lateMark(l i18n.Lang, sty Styles, g model.Gap, today model.Date, styled bool) string {
	_, late := g.Overdue(today)
	switch {
	case !late:
		return ""
	case styled:
		return sty.Overdue.Render(l.T("overdue")) + " · "
	}
	return l.T("overdue") + " · "
}

// statusBadge marks a gap closed during the meeting.
func statusBadge(l i18n.Lang, sty Styles, g model.Gap) string {
	if g.Open() {
		return ""
	}
	return "  " + sty.Ready.Render("✓ "+g.Status.In(l))
}

// sidebarFrom is the width from which meeting mode shows the agenda beside
// the gap.
const sidebarFrom = 150

// sidebar is the agenda in a narrow column: one line a gap.
func (m meetingScreen) sidebar(w int) []string {
	sty, l := m.sh.styles, m.sh.lang
	out := []string{sty.Header.Render(l.T("AGENDA")), ""}
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
		row := fmt.Sprintf("%s %2d %s %s%s", mark, i+1, sevShortIn(l, g.Severity), lateMark(l, sty, g, today, i != m.pos), gapLabel(l, g, m.refs))
		if i == m.pos {
			out = append(out, sty.Selected.Render(fit("▶"+row[len(mark):], w)))
			continue
		}
		if g.Owner == 0 && g.Open() {
			row += " " + l.T("(no owner)")
		}
		out = append(out, fit(row, w))
	}
	return out
}

// agendaView lists every gap of the agenda.
func (m meetingScreen) agendaView() []string {
	sty, l := m.sh.styles, m.sh.lang
	out := []string{cut(sty.Bold.Render(l.T("Agenda"))+sty.Muted.Render(" — "+l.T("enter jumps to a gap, g or esc goes back")), m.width)}
	sevW := sevMarkWidth(l)
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
		// Padded in cells, not runes: names and words may be wide.
		row := fmt.Sprintf("%s %2d  %s %s %s%s", mark, i+1, fit(sevMarkIn(l, g.Severity), sevW), fit(m.sh.nameOr(g.Owner, "— "+l.T("nobody")), 14),
			lateMark(l, sty, g, today, i != m.agendaCur.pos), gapLabel(l, g, m.refs))
		row = fit(row, m.width)
		if i == m.agendaCur.pos {
			row = sty.Selected.Render(row)
		}
		out = append(out, row)
	}
	return out
}

func (m meetingScreen) ShortHelp() []key.Binding {
	k, l := m.sh.keys, m.sh.lang
	if m.inSummary() {
		return []key.Binding{k.Meeting.EndMeeting, k.Meeting.Export, k.Meeting.SignOff, k.Meeting.PrevGap, k.Meeting.Agenda, withHelp(k.Global.Back, l.T("step out"))}
	}
	return []key.Binding{k.Meeting.Owner, k.Meeting.DueDate, k.Meeting.Status, k.Meeting.Severity, k.Meeting.Decision, k.Meeting.NextGap, k.Meeting.PrevGap, k.Meeting.Agenda, withHelp(k.Global.Back, l.T("step out"))}
}

func (m meetingScreen) FullHelp() [][]key.Binding { return sectionsOf(m.HelpSections()) }

// HelpSections is the full help of meeting mode.
func (m meetingScreen) HelpSections() []helpSection {
	k, l := m.sh.keys, m.sh.lang
	return []helpSection{
		{l.T("Walk the agenda"), []key.Binding{k.Meeting.NextGap, k.Meeting.PrevGap, k.Meeting.Agenda, k.Meeting.Skip, withHelp(k.Meeting.Last, l.T("summary"))}},
		{l.T("Settle this gap"), []key.Binding{k.Meeting.Owner, k.Meeting.DueDate, k.Meeting.Status, k.Meeting.Severity, k.Meeting.Decision, k.Meeting.Confirm, withHelp(k.Meeting.Edit, l.T("edit the whole gap"))}},
		{l.T("After the sign-off"), []key.Binding{withHelp(k.Meeting.Decide, l.T("decide a change request (this gap's, or the first open one)")),
			withHelp(k.Meeting.Outcome, l.T("outcome of this gap's promise (in delivery)"))}},
		{l.T("Close"), []key.Binding{k.Meeting.EndMeeting, withHelp(k.Global.Back, l.T("step out (the meeting goes on)")), k.Meeting.Export, k.Meeting.SignOff, k.Global.Presenting}},
		{l.T("Everywhere"), globalKeys(k)},
	}
}
