package ui

import (
	"fmt"
	"math"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// dealPane is pane 1: the deal's own fields, its owners, why the customer
// buys, what was not sold, and its readiness with every blocker. It
// scrolls by line.
type dealPane struct {
	sh     *shared
	d      *model.Dossier
	ready  model.Readiness
	signed map[int64][]string // what changed since each sign-off
	since  signOffLine
	offset int
	width  int
	height int
	// text is the pane's lines, made when the data, the width or
	// presenting change — not on every frame — and its blockers wrapped
	// only as far down as the pane is shown: a big deal has thousands.
	text *dealText
}

// dealText is the deal pane's lines: the lines above the blockers, the
// blockers wrapped as far as asked, then the lines below them.
type dealText struct {
	head, tail []string
	blockers   []string // the sentences, wrapped from next on when asked
	next       int
	body       []string // the blockers before next, wrapped
	width      int
}

// upTo wraps blockers until n lines are known or all are, and returns how
// many lines are known.
func (t *dealText) upTo(n int) int {
	if t == nil {
		return 0
	}
	for len(t.head)+len(t.body) < n && t.next < len(t.blockers) {
		for i, ln := range wrap(line(t.blockers[t.next]), t.width-2) {
			if i == 0 {
				t.body = append(t.body, "• "+ln)
			} else {
				t.body = append(t.body, "  "+ln)
			}
		}
		t.next++
	}
	n = len(t.head) + len(t.body)
	if t.next == len(t.blockers) {
		n += len(t.tail)
	}
	return n
}

// length is how many lines the pane has, every blocker wrapped.
func (t *dealText) length() int { return t.upTo(math.MaxInt) }

// lines is the pane's lines from offset, at most h of them.
func (t *dealText) lines(offset, h int) []string {
	end := min(t.upTo(offset+h), offset+h)
	var out []string
	for i := offset; i < end; i++ {
		switch {
		case i < len(t.head):
			out = append(out, t.head[i])
		case i < len(t.head)+len(t.body):
			out = append(out, t.body[i-len(t.head)])
		default:
			out = append(out, t.tail[i-len(t.head)-len(t.body)])
		}
	}
	return out
}

func newDealPane(sh *shared) dealPane { return dealPane{sh: sh} }

func (p *dealPane) setData(d *model.Dossier, r model.Readiness, signed map[int64][]string, since signOffLine) {
	p.d, p.ready, p.signed, p.since = d, r, signed, since
	p.text = p.lines()
}

func (p *dealPane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.text = p.lines()
}

// refresh renders the text again (after presenting was switched).
func (p *dealPane) refresh() { p.text = p.lines() }

func (p dealPane) Update(msg tea.Msg) (dealPane, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil
	}
	k := p.sh.keys
	switch {
	case key.Matches(press, k.List.Down):
		p.scroll(1)
	case key.Matches(press, k.List.Up):
		p.scroll(-1)
	case key.Matches(press, k.List.PageDown):
		p.scroll(p.height)
	case key.Matches(press, k.List.PageUp):
		p.scroll(-p.height)
	case key.Matches(press, k.List.Top):
		p.offset = 0
	case key.Matches(press, k.List.Bottom):
		p.offset = max(p.text.length()-p.height, 0)
	}
	return p, nil
}

// scroll moves the deal pane's text by n lines, within its length.
func (p *dealPane) scroll(n int) {
	p.offset = max(min(p.offset+n, p.text.upTo(p.offset+n+p.height)-p.height), 0)
}

// View is the visible window of the deal's lines.
func (p dealPane) View() []string {
	if p.text == nil {
		return nil
	}
	return p.text.lines(p.offset, p.height)
}

// lines is the pane's text at its width, its blockers not yet wrapped.
func (p dealPane) lines() *dealText {
	sty := p.sh.styles
	if p.d == nil {
		return nil
	}
	t := &dealText{width: p.width}
	d := p.d.Deal
	w := p.width
	l := p.sh.lang
	lw := max(widest(l.T("Customer"), l.T("Stage"), l.T("Value"), l.T("Close"), l.T("Sales"), l.T("Presales"), l.T("Delivery")), 9) + 1
	var out []string
	add := func(label, value string) { out = append(out, labelled(sty, label, lw, cut(value, w-lw-1))) }
	nobody := sty.NotReady.Render("— " + l.T("nobody"))
	add(l.T("Customer"), line(d.Customer))
	add(l.T("Stage"), d.Stage.In(l))
	if p.sh.presenting {
		add(l.T("Value"), sty.Muted.Render(l.T("hidden while presenting")))
	} else if d.Value.IsZero() {
		add(l.T("Value"), sty.Muted.Render(d.Value.DisplayIn(l)))
	} else {
		add(l.T("Value"), d.Value.DisplayIn(l))
	}
	if !d.CloseDate.IsZero() {
		add(l.T("Close"), d.CloseDate.StringIn(l))
	}
	add(l.T("Sales"), p.sh.nameOr(d.Owners.Sales, nobody))
	add(l.T("Presales"), p.sh.nameOr(d.Owners.Presales, nobody))
	add(l.T("Delivery"), p.sh.nameOr(d.Owners.Delivery, nobody))
	out = append(out, "")
	out = append(out, p.sinceSignOff(w)...)
	if p.ready.Ready() {
		out = append(out, sty.Ready.Render("✓ "+l.T("Ready for handoff")))
	} else {
		out = append(out, sty.NotReady.Render(l.T("✗ Not ready: %d%%, %s", p.ready.Percent, l.N("%d blockers", len(p.ready.Blockers)))))
		t.blockers = p.ready.BlockersIn(l)
	}
	t.head, out = out, nil
	section := func(title string) { out = append(out, "", sty.Header.Render(title)) }
	if d.WhyBuy != "" {
		section(l.T("Why they buy"))
		out = append(out, wrap(clean(d.WhyBuy), w)...)
	}
	section(l.T("Not sold (%d)", len(d.NotSold)))
	if len(d.NotSold) == 0 {
		out = append(out, sty.Muted.Render(l.T("nothing excluded yet · n adds")))
	}
	for _, n := range d.NotSold {
		for i, ln := range wrap(line(n), w-2) {
			if i == 0 {
				out = append(out, "✗ "+ln)
			} else {
				out = append(out, "  "+ln)
			}
		}
	}
	if d.Notes != "" && !p.sh.presenting {
		section(l.T("Internal notes"))
		out = append(out, wrap(clean(d.Notes), w)...)
	}
	if len(p.d.SignOffs) > 0 {
		section(l.T("Signed off"))
		for _, s := range p.d.SignOffs {
			out = append(out, cut(fmt.Sprintf("%s (%s) %s", p.sh.name(s.PersonID), s.Role.In(l), p.sh.when(s.SignedAt)[:10]), w))
			if s.RecordedBy != "" {
				out = append(out, sty.Muted.Render(cut("  "+l.T("recorded by %s", line(s.RecordedBy)), w)))
			}
			if nr := s.NotReady(); nr != "" {
				out = append(out, wrap(sty.NotReady.Render("  ⚠ "+nr), w)...)
			}
			if changed := p.signed[s.ID]; len(changed) > 0 {
				out = append(out, wrap(sty.StatusErr.Render("  ⚠ "+l.T("changed since: %s", strings.Join(changed, l.T(", ")))), w)...)
			} else {
				out = append(out, sty.Ready.Render("  ✓ "+l.T("unchanged since")))
			}
		}
	} else {
		section(l.T("Sign-off"))
		out = append(out, sty.Muted.Render(l.T("nobody has signed yet · S signs off")))
	}
	t.tail = out
	return t
}

// signOffLine is how a deal stands against the state every role signed,
// in the app's language: what differs and who must sign again ("" when
// nobody must); empty before there is a baseline. It is worked out where
// the deal is read, not on the screen: it hashes the report.
type signOffLine struct{ changes, sign string }

func newSignOffLine(d *model.Dossier, l i18n.Lang) signOffLine {
	changes, sign, _ := model.SinceSignOff(d, l)
	return signOffLine{changes, sign}
}

// sinceSignOff is, once every role has signed, how the deal differs from
// that state and who must sign again: one line when it fits in w, else
// wrapped, who must sign indented; a blank line after.
func (p dealPane) sinceSignOff(w int) []string {
	changes, sign := p.since.changes, p.since.sign
	if changes == "" {
		return nil
	}
	sty := p.sh.styles
	if sign == "" {
		return append(wrap(sty.Muted.Render(changes), w), "")
	}
	if one := changes + " · " + sign; textWidth(one) <= w {
		return []string{sty.StatusErr.Render(one), ""}
	}
	out := wrap(sty.StatusErr.Render(changes), w)
	for _, ln := range wrap(sign, w-2) {
		out = append(out, "  "+sty.StatusErr.Render(ln))
	}
	return append(out, "")
}

func (p dealPane) ShortHelp() []key.Binding {
	k := p.sh.keys
	return []key.Binding{k.DealPane.Edit, k.DealPane.Owner, k.DealPane.Status, k.DealPane.New}
}

func (p dealPane) FullHelp() [][]key.Binding {
	k, l := p.sh.keys, p.sh.lang
	return [][]key.Binding{{k.DealPane.Edit, k.DealPane.Owner, k.DealPane.Status, withHelp(k.DealPane.New, l.T("add to not sold")), k.Deal.Constraint, withHelp(k.DealPane.Delete, l.T("delete the deal"))}}
}

// action runs the workflows on the deal itself: edit, owners, stage, what
// was not sold, delete.
func (p *dealPane) action(s *dealScreen, press tea.KeyPressMsg) (tea.Cmd, bool) {
	k, sh, deal := p.sh.keys, p.sh, s.d.Deal
	switch {
	case key.Matches(press, k.DealPane.Edit), key.Matches(press, k.List.Open):
		return sh.open(dealForm(sh, deal)), true
	case key.Matches(press, k.DealPane.Owner):
		return sh.open(ownersForm(sh, deal)), true
	case key.Matches(press, k.DealPane.Status):
		return sh.open(stageForm(sh, deal)), true
	case key.Matches(press, k.DealPane.New):
		return sh.open(notSoldForm(sh, deal)), true
	case key.Matches(press, k.DealPane.Delete):
		return askConfirm(sh, sh.lang.T("Delete deal “%s”?", line(deal.Name)),
			sh.lang.T("Its promises, answers, gaps and glossary go with it. You can undo this with u."),
			deleteCmd(sh, dealEntity, deal)), true
	}
	return nil, false
}

// notSoldForm adds one exclusion to the deal's not-sold list.
func notSoldForm(sh *shared, d model.Deal) *form {
	f := newForm(sh, sh.lang.T("Add to “not sold”"))
	f.note = sh.lang.T("Something the customer might expect that was explicitly not sold.")
	f.text("not sold", sh.lang.T("Not sold"), "", sh.lang.T("e.g. data migration of archived orders"))
	return bindForm(sh, f, dealEntity, d, func(f *form, d *model.Deal) error {
		item := strings.TrimSpace(f.value("not sold"))
		if item == "" {
			return model.Invalid("not sold", "is required")
		}
		d.NotSold = append(append([]string(nil), d.NotSold...), item)
		return nil
	}, model.Deal.Validate, notSoldForm)
}
