//go:build unix

package main

// End-to-end tests: the real binary, built once per run, driven in tmux the
// way a person drives it — keys sent with send-keys, the screen read with
// capture-pane. Every test runs its own tmux server (tmux -L) with a fresh
// home, so tests run in parallel and never touch the user's tmux, home or
// database.
//
// Without tmux on PATH the tests skip, unless HANDOFF_E2E=require (as in
// CI), which makes them fail instead. -short skips them too.

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

const (
	// waitTimeout is how long the screen may take to show what a step
	// expects. Polling returns as soon as it does, so this only matters
	// when something is wrong — or when the machine is very busy.
	waitTimeout = 10 * time.Second
	// syncTimeout is how long a change made by one instance may take to
	// show in another that is not touched (the app looks for changes once a second).
	syncTimeout = 3 * time.Second
	pollEvery   = 50 * time.Millisecond
)

// e2e is what the whole run shares: a folder for the binary and the tmux
// sockets (made and removed by TestMain), the binary (built by the first
// test that needs it), and tmux's widths of the characters seen so far.
var e2e struct {
	dir      string
	build    sync.Once
	bin      string
	buildErr error
	servers  atomic.Int64

	widthMu sync.Mutex
	widths  map[rune]int
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hoe2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(2)
	}
	e2e.dir = dir
	e2e.widths = map[rune]int{}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// e2eBinary is the handoff binary, built from this module once per run; a
// test that calls it first skips when tmux is missing (or fails under
// HANDOFF_E2E=require).
func e2eBinary(t testing.TB) string {
	t.Helper()
	required := os.Getenv("HANDOFF_E2E") == "require"
	if _, err := exec.LookPath("tmux"); err != nil {
		if required {
			t.Fatalf("HANDOFF_E2E=require, but tmux is not on PATH: %v", err)
		}
		t.Skip("tmux is not on PATH: install tmux to run the end-to-end tests")
	}
	if testing.Short() && !required {
		t.Skip("end-to-end tests are skipped with -short")
	}
	e2e.build.Do(func() {
		bin := filepath.Join(e2e.dir, "handoff")
		cmd := exec.Command("go", "build", "-o", bin, ".")
		out, err := cmd.CombinedOutput()
		if err != nil {
			e2e.buildErr = fmt.Errorf("go build: %v\n%s", err, out)
			return
		}
		e2e.bin = bin
	})
	if e2e.buildErr != nil {
		t.Fatal(e2e.buildErr)
	}
	return e2e.bin
}

// server is one private tmux server for one test, with its own home.
type server struct {
	t    *testing.T
	bin  string
	sock string
	env  []string
	pids []int
}

// newServer starts nothing yet: the tmux server comes with its first
// session. It is killed when the test ends.
func newServer(t *testing.T) *server {
	t.Helper()
	bin := e2eBinary(t)
	t.Parallel()
	home := t.TempDir()
	for _, d := range []string{"data", "config", "cache", "state", "tmp"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	s := &server{t: t, bin: bin, sock: fmt.Sprintf("s%d", e2e.servers.Add(1))}
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "HANDOFF_"), strings.HasPrefix(name, "TMUX"), strings.HasPrefix(name, "XDG_"),
			strings.HasPrefix(name, "LC_"), name == "HOME", name == "TERM", name == "LANG", name == "TMPDIR",
			name == "NO_COLOR", name == "COLORTERM", name == "COLUMNS", name == "LINES":
			continue
		}
		s.env = append(s.env, kv)
	}
	s.env = append(s.env,
		"HOME="+home,
		"XDG_DATA_HOME="+filepath.Join(home, "data"),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"XDG_STATE_HOME="+filepath.Join(home, "state"),
		"TMPDIR="+filepath.Join(home, "tmp"), // where "handoff demo" puts its throwaway file
		"TMUX_TMPDIR="+e2e.dir,
		"LANG=C.UTF-8",
		"LC_ALL=C.UTF-8",
		"TERM=xterm-256color",
		"HANDOFF_ACTOR=e2e",
	)
	t.Cleanup(s.kill)
	return s
}

// kill stops the tmux server and waits until the apps it ran are gone, so
// that nothing still writes in the test's folders when they are removed.
func (s *server) kill() {
	_, _ = s.tmux("kill-server")
	deadline := time.Now().Add(5 * time.Second)
	for _, pid := range s.pids {
		for time.Now().Before(deadline) && alive(pid) {
			time.Sleep(pollEvery)
		}
	}
}

// alive reports whether a process runs (a zombie waiting to be reaped
// does not count).
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true // no /proc: trust kill
	}
	_, after, _ := strings.Cut(string(stat), ") ")
	return !strings.HasPrefix(after, "Z")
}

// tmux runs one tmux command (or several, separated by ";") on this
// server and returns its output.
func (s *server) tmux(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-u", "-f", "/dev/null", "-L", s.sock}, args...)...)
	cmd.Env = s.env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}

func (s *server) mustTmux(args ...string) string {
	s.t.Helper()
	out, err := s.tmux(args...)
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

// cli runs the binary as a plain command (sample, import, export) with the
// test's environment, and fails the test unless it exits 0.
func (s *server) cli(args ...string) string {
	s.t.Helper()
	cmd := exec.Command(s.bin, args...)
	cmd.Env = s.env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		s.t.Fatalf("handoff %s: %v\nstderr: %s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// tui is the app running in one tmux session.
type tui struct {
	s    *server
	t    *testing.T
	name string
	pane string // tmux pane id, e.g. %0
}

// start runs handoff with args in a new session of w×h cells. A shell
// waits in the pane after the app exits, so the terminal the app left can
// be read; then the pane stays (remain-on-exit) with the app's exit status.
func (s *server) start(name string, w, h int, args ...string) *tui {
	s.t.Helper()
	return s.startEnv(name, w, h, nil, args...)
}

// startEnv is start with the app's environment changed: env is words for
// env(1) before the command, e.g. "-u", "LC_ALL", "LANG=pl_PL.UTF-8".
func (s *server) startEnv(name string, w, h int, env []string, args ...string) *tui {
	s.t.Helper()
	var words []string
	if len(env) > 0 {
		words = append(words, "env")
		for _, e := range env {
			words = append(words, shellQuote(e))
		}
	}
	return s.run(name, w, h, words, s.bin, args...)
}

// startProgram is start with another program than handoff (ssh, to a
// handoff serve), its exit reported the same way.
func (s *server) startProgram(name string, w, h int, prog string, args ...string) *tui {
	s.t.Helper()
	return s.run(name, w, h, nil, prog, args...)
}

// run starts prog after the words before it (env and its settings) in a
// new session of w×h cells.
func (s *server) run(name string, w, h int, before []string, prog string, args ...string) *tui {
	s.t.Helper()
	words := append(before, shellQuote(prog))
	for _, a := range args {
		words = append(words, shellQuote(a))
	}
	script := strings.Join(words, " ") + `; s=$?; printf '\n[handoff exited %d]\n' "$s"; read _; exit "$s"`
	out := s.mustTmux(
		"set-option", "-g", "remain-on-exit", "on", ";",
		"set-option", "-g", "default-terminal", "xterm-256color", ";",
		"set-option", "-g", "default-shell", "/bin/sh", ";",
		"set-option", "-g", "status", "off", ";",
		"new-session", "-d", "-s", name, "-x", strconv.Itoa(w), "-y", strconv.Itoa(h),
		"-P", "-F", "#{pane_id} #{pane_pid}", script)
	var p tui
	var pid int
	if _, err := fmt.Sscan(out, &p.pane, &pid); err != nil {
		s.t.Fatalf("new-session said %q: %v", out, err)
	}
	s.pids = append(s.pids, pid)
	p.s, p.t, p.name = s, s.t, name
	return &p
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// screen is what the pane shows now, one string a row.
func (p *tui) screen() string {
	p.t.Helper()
	return p.s.mustTmux("capture-pane", "-p", "-t", p.pane)
}

// bodyOf is a screen without its last two rows, the status line and the
// short help, which repeat what was just done.
func bodyOf(scr string) string {
	rows := strings.Split(strings.TrimRight(scr, "\n"), "\n")
	if len(rows) > 2 {
		rows = rows[:len(rows)-2]
	}
	return strings.Join(rows, "\n")
}

// format reads a tmux format about the pane, e.g. #{pane_title}.
func (p *tui) format(f string) string {
	p.t.Helper()
	return strings.TrimSpace(p.s.mustTmux("display-message", "-p", "-t", p.pane, f))
}

// keys sends keys by tmux name: "Enter", "Tab", "BTab", "Escape", "Right",
// "C-s", or single characters.
func (p *tui) keys(keys ...string) {
	p.t.Helper()
	p.s.mustTmux(append([]string{"send-keys", "-t", p.pane}, keys...)...)
}

// typeText types text as a person would, character by character.
func (p *tui) typeText(text string) {
	p.t.Helper()
	if strings.HasSuffix(text, ";") { // tmux reads a final ";" as "next command"
		text = strings.TrimSuffix(text, ";") + `\;`
	}
	p.s.mustTmux("send-keys", "-t", p.pane, "-l", "--", text)
}

// waitUntil polls the screen until ok holds, and fails the test with the
// last screen when it does not within timeout.
func (p *tui) waitUntil(what string, timeout time.Duration, ok func(screen string) bool) string {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		scr := p.screen()
		if ok(scr) {
			return scr
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s: waited %v for %s; the screen shows:\n%s", p.name, timeout, what, frame(scr))
		}
		time.Sleep(pollEvery)
	}
}

// waitFor waits until the screen shows every one of texts.
func (p *tui) waitFor(texts ...string) string {
	p.t.Helper()
	return p.waitUntil(fmt.Sprintf("%q", texts), waitTimeout, func(scr string) bool {
		for _, s := range texts {
			if !strings.Contains(scr, s) {
				return false
			}
		}
		return true
	})
}

// waitGone waits until the screen no longer shows text.
func (p *tui) waitGone(text string) string {
	p.t.Helper()
	return p.waitUntil(fmt.Sprintf("%q to go", text), waitTimeout, func(scr string) bool {
		return !strings.Contains(scr, text)
	})
}

// waitChange waits until the screen differs from before.
func (p *tui) waitChange(what, before string) string {
	p.t.Helper()
	return p.waitUntil(what, waitTimeout, func(scr string) bool { return scr != before })
}

// waitMatch waits until the screen matches re and returns the match.
func (p *tui) waitMatch(re *regexp.Regexp) []string {
	p.t.Helper()
	var m []string
	p.waitUntil("/"+re.String()+"/", waitTimeout, func(scr string) bool {
		m = re.FindStringSubmatch(scr)
		return m != nil
	})
	return m
}

// frame draws a screen with a ruler so a failure shows where things are.
func frame(scr string) string {
	var b strings.Builder
	for i, l := range strings.Split(strings.TrimRight(scr, "\n"), "\n") {
		fmt.Fprintf(&b, "%2d|%s\n", i, l)
	}
	return b.String()
}

// choiceRe is the focused choice of a form or picker: ◂ value ▸.
var choiceRe = regexp.MustCompile(`◂ (.+?) ▸`)

// choose presses → until the focused choice shows want.
func (p *tui) choose(want string) {
	p.t.Helper()
	for range 12 {
		m := choiceRe.FindStringSubmatch(p.screen())
		if m == nil {
			p.t.Fatalf("%s: no choice has the focus:\n%s", p.name, frame(p.screen()))
		}
		cur := m[1]
		if cur == want {
			return
		}
		p.keys("Right")
		p.waitUntil(fmt.Sprintf("the choice to move on from %q", cur), waitTimeout, func(scr string) bool {
			m := choiceRe.FindStringSubmatch(scr)
			return m != nil && m[1] != cur
		})
	}
	p.t.Fatalf("%s: → never reached %q:\n%s", p.name, want, frame(p.screen()))
}

// nextField presses tab and waits for the field labelled label to have the
// focus.
func (p *tui) nextField(label string) {
	p.t.Helper()
	p.keys("Tab")
	p.waitFor("▸ " + label)
}

// enterText types text and waits until it shows.
func (p *tui) enterText(text string) {
	p.t.Helper()
	p.typeText(text)
	p.waitFor(text)
}

// pickNewPerson, with a person field focused, types a name nobody has,
// takes the picker's offer to add it, and gives the new person role.
func (p *tui) pickNewPerson(name, role string) {
	p.t.Helper()
	p.typeText(name)
	offer := "＋ add “" + name + "” as a new person"
	p.waitFor(offer)
	for i := 0; ; i++ {
		scr := p.screen()
		if strings.Contains(scr, "▸ "+offer) {
			break
		}
		if i == 10 {
			p.t.Fatalf("%s: the picker never selected %q:\n%s", p.name, offer, frame(scr))
		}
		p.keys("Down")
		p.waitChange("the picker's cursor to move", scr)
	}
	p.keys("Enter")
	p.waitFor("Add “" + name + "” as a new person.")
	p.choose(role)
	p.keys("Enter")
	p.waitFor("Added " + name + " (" + role + ").")
}

// pickPerson, with a picker open, types part of a name and chooses the
// person it selects.
func (p *tui) pickPerson(typed, name string) {
	p.t.Helper()
	p.typeText(typed)
	p.waitFor("▸ " + name)
	p.keys("Enter")
}

// openDeal filters the deal list to one deal and opens it.
func (p *tui) openDeal(filter, name string) {
	p.t.Helper()
	p.keys("/")
	p.waitMatch(regexp.MustCompile(`\d+ of \d+`))
	p.typeText(filter)
	p.waitMatch(regexp.MustCompile(`\s1 of \d+`))
	p.keys("Enter", "Enter") // the first ends the filter, the second opens
	p.waitFor("Deals › "+name, "2 Promises (")
}

// createNew answers yes when the app asks to create the database that
// --db names but that does not exist yet.
func (p *tui) createNew() {
	p.waitFor("create a new one there? [y/N]")
	p.keys("y", "Enter")
}

// quit presses q and checks that the app exits 0 and restores the
// terminal.
func (p *tui) quit() {
	p.t.Helper()
	p.keys("q")
	p.waitExit(0)
}

// exitedRe is what the shell around the app prints when the app ends.
var exitedRe = regexp.MustCompile(`\[handoff exited (\d+)\]`)

// waitExit waits for the app to end, checks the terminal it leaves — off
// the alternate screen, the cursor shown, no mouse or keypad modes, no UI
// left on the screen — and then its exit status as tmux reports it.
func (p *tui) waitExit(want int) {
	p.t.Helper()
	scr := p.waitUntil("the app to exit", waitTimeout, exitedRe.MatchString)
	if strings.Contains(scr, "handoff  Deals") || strings.ContainsAny(scr, "╭╮╰╯┏┓┗┛│┃") {
		p.t.Errorf("%s: the app left its UI on the screen:\n%s", p.name, frame(scr))
	}
	modes := p.format("#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_button_flag} #{keypad_flag} #{keypad_cursor_flag}")
	if modes != "0 1 0 0 0 0" {
		p.t.Errorf("%s: after exit the terminal is not restored: alternate screen, cursor shown, mouse, mouse buttons, keypad, cursor keys = %s, want 0 1 0 0 0 0",
			p.name, modes)
	}
	p.keys("Enter") // the shell exits with the app's status
	deadline := time.Now().Add(waitTimeout)
	for {
		f := strings.Split(p.format("#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}"), ":")
		dead, status, signal := f[0], f[1], f[2]
		if dead == "1" && status != "" {
			if status != strconv.Itoa(want) {
				p.t.Errorf("%s: exit status %s, want %d", p.name, status, want)
			}
			return
		}
		if dead == "1" && signal != "" {
			p.t.Fatalf("%s: killed by signal %s", p.name, signal)
		}
		if dead == "1" {
			// tmux 3.3 now and then misses the SIGCHLD of a pane's
			// process and leaves it a zombie with no status; the next
			// child it reaps (this one) makes it reap that one too.
			p.s.mustTmux("run-shell", "true")
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s: the pane did not report an exit status (dead %q):\n%s", p.name, dead, frame(p.screen()))
		}
		time.Sleep(pollEvery)
	}
}

// paneTitles are the four pane titles of the deal screen.
var paneTitles = []string{"1 Deal", "2 Promises (", "3 Delivery reality", "4 Gaps ("}

// cellWidths returns tmux's width of each rune, asking tmux (#{w:…}) for
// the ones not seen yet: what counts is where the terminal puts a
// character, not what a Go library thinks.
func (s *server) cellWidths(text string) map[rune]int {
	s.t.Helper()
	e2e.widthMu.Lock()
	defer e2e.widthMu.Unlock()
	var missing []rune
	seen := map[rune]bool{}
	for _, r := range text {
		if r < 0x80 || seen[r] {
			continue
		}
		seen[r] = true
		if _, ok := e2e.widths[r]; !ok {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		var args, formats []string
		for i, r := range missing {
			args = append(args, "set-option", "-g", fmt.Sprintf("@w%d", i), string(r), ";")
			formats = append(formats, fmt.Sprintf("#{w:@w%d}", i))
		}
		args = append(args, "display-message", "-p", strings.Join(formats, " "))
		out := strings.Fields(s.mustTmux(args...))
		if len(out) != len(missing) {
			s.t.Fatalf("tmux gave %d widths for %d characters: %q", len(out), len(missing), out)
		}
		for i, r := range missing {
			w, err := strconv.Atoi(out[i])
			if err != nil {
				s.t.Fatalf("tmux width of %q: %q", r, out[i])
			}
			e2e.widths[r] = w
		}
	}
	widths := make(map[rune]int, len(seen))
	for r := range seen {
		widths[r] = e2e.widths[r]
	}
	return widths
}

// cells lays each row out in terminal cells as tmux draws it: a wide
// character fills its first cell and leaves 0 in the next.
func (s *server) cells(scr string) [][]rune {
	s.t.Helper()
	widths := s.cellWidths(scr)
	var grid [][]rune
	for _, row := range strings.Split(strings.TrimRight(scr, "\n"), "\n") {
		var cells []rune
		for _, r := range row {
			w := 1
			if r >= 0x80 {
				w = widths[r]
			}
			if w == 0 {
				continue
			}
			cells = append(cells, r)
			for i := 1; i < w; i++ {
				cells = append(cells, 0)
			}
		}
		grid = append(grid, cells)
	}
	return grid
}

func isVertical(r rune) bool { return r == '│' || r == '┃' }

// checkBoxes checks every box on the screen the way a person sees it: its
// corners line up, and on every row between them the side borders sit in
// the corners' columns — whatever CJK, emoji or escape sequences the text
// inside holds. It returns how many boxes it found.
func (p *tui) checkBoxes(scr string) int {
	p.t.Helper()
	grid := p.s.cells(scr)
	at := func(r, c int) rune {
		if r < len(grid) && c < len(grid[r]) {
			return grid[r][c]
		}
		return ' '
	}
	boxes := 0
	for r, row := range grid {
		for c, ch := range row {
			if ch != '╭' && ch != '┏' {
				continue
			}
			boxes++
			right := -1
			for x := c + 1; x < len(row); x++ {
				if row[x] == '╮' || row[x] == '┓' {
					right = x
					break
				}
			}
			if right < 0 {
				p.t.Errorf("%s: the box at row %d, column %d has no top-right corner:\n%s", p.name, r, c, frame(scr))
				continue
			}
			bottom := -1
			for y := r + 1; y < len(grid); y++ {
				if ch := at(y, c); ch == '╰' || ch == '┗' {
					bottom = y
					break
				} else if !isVertical(ch) {
					p.t.Errorf("%s: row %d has %q where the left border of the box at column %d should be:\n%s", p.name, y, ch, c, frame(scr))
					break
				}
			}
			if bottom < 0 {
				continue
			}
			for y := r + 1; y < bottom; y++ {
				if ch := at(y, right); !isVertical(ch) {
					p.t.Errorf("%s: row %d has %q where the right border of the box at column %d should be (the row is %d cells wide):\n%s",
						p.name, y, ch, right, len(grid[y]), frame(scr))
					break
				}
			}
			if ch := at(bottom, right); ch != '╯' && ch != '┛' {
				p.t.Errorf("%s: the box at row %d, column %d has %q for its bottom-right corner:\n%s", p.name, r, c, ch, frame(scr))
			}
		}
	}
	return boxes
}

// sqliteDB opens a database file directly, beside the app.
func sqliteDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	d, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// checkIntegrity runs SQLite's own consistency check on a file.
func checkIntegrity(t *testing.T, path string) {
	t.Helper()
	d := sqliteDB(t, path)
	var res string
	if err := d.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil {
		t.Fatal(err)
	}
	if res != "ok" {
		t.Errorf("PRAGMA integrity_check: %s", res)
	}
	d.Close()
}

// between is the rows of a screen from the one holding from to the one
// holding to.
func between(scr, from, to string) string {
	rows := strings.Split(scr, "\n")
	start, end := -1, len(rows)
	for i, r := range rows {
		if start < 0 && strings.Contains(r, from) {
			start = i
		}
		if start >= 0 && strings.Contains(r, to) {
			end = i + 1
			break
		}
	}
	if start < 0 {
		return ""
	}
	return strings.Join(rows[start:end], "\n")
}

// countBoxStarts counts the boxes on a screen by their top-left corners.
func countBoxStarts(scr string) int {
	return strings.Count(scr, "╭") + strings.Count(scr, "┏")
}

// writeCSV writes promises for "handoff import … --create".
func writeCSV(t *testing.T, dir string, rows ...string) string {
	t.Helper()
	path := filepath.Join(dir, "promises.csv")
	content := "title,priority,category\n" + strings.Join(rows, "\n") + "\n"
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Journey 1: a new user tries the demo on a normal terminal, looks at a
// deal, reads the help and quits.
func TestE2EDemoFirstLook(t *testing.T) {
	s := newServer(t)
	p := s.start("demo", 120, 35, "demo")
	p.waitFor("handoff  Deals", "Managed IT services", "Process & AI-readiness", "SAP S/4HANA", "3 deals")

	p.keys("Enter")
	p.waitFor("Deals › Managed IT services")
	p.waitFor(paneTitles...)
	scr := p.waitFor("Customer", "Pri    Promise", "Fit", "Severity    Gap")
	if n := p.checkBoxes(scr); n != 4 {
		t.Errorf("the deal screen shows %d boxes, want the four panes:\n%s", n, frame(scr))
	}

	p.keys("?")
	help := between(p.waitFor("Keys — deal", "closes this help"), "Keys — deal", "closes this help")
	// At 35 rows the help is taller than the screen: it scrolls with ↓,
	// and the rest of it is read there.
	if strings.Contains(help, "scroll") {
		for range 20 {
			p.keys("Down")
		}
		// Read once the scrolling reached the end, where quit is listed
		// (the screen may show the word elsewhere before it gets there).
		end := p.waitUntil("the end of the help", 10*time.Second, func(scr string) bool {
			return strings.Contains(between(scr, "Keys — deal", "closes this help"), "quit")
		})
		help += between(end, "Keys — deal", "closes this help")
	}
	for _, want := range []string{"tab", "assign owner", "define a term", "meeting mode", "export report", "undo", "redo",
		"presenting", "delivery answer", "glossary", "history", "quit"} {
		if !strings.Contains(help, want) {
			t.Errorf("the help does not list %q:\n%s", want, frame(help))
		}
	}
	p.keys("z") // any key closes the help, and does nothing else
	p.waitGone("Keys — deal")
	p.waitFor(paneTitles...)

	p.quit()
}

// Journey 2: the deal screen on a small terminal shows one pane at a time
// with tabs, and below 80×24 says the terminal is too small.
func TestE2ESmallTerminal(t *testing.T) {
	s := newServer(t)
	p := s.start("small", 80, 24, "demo")
	p.waitFor("3 deals")
	p.keys("Enter")
	scr := p.waitFor("tab/1-4", "┏━ 2 Promises (", "Pri    Promise")
	if n := countBoxStarts(scr); n != 1 {
		t.Errorf("at 80×24 the deal screen shows %d panes, want 1:\n%s", n, frame(scr))
	}
	p.checkBoxes(scr)

	p.keys("Tab")
	scr = p.waitFor("┏━ 3 Delivery reality")
	if strings.Contains(scr, "2 Promises (") || countBoxStarts(scr) != 1 {
		t.Errorf("after tab, want only the delivery reality pane:\n%s", frame(scr))
	}
	p.keys("Tab")
	scr = p.waitFor("┏━ 4 Gaps (")
	p.checkBoxes(scr)
	p.keys("BTab")
	p.waitFor("┏━ 3 Delivery reality")
	p.keys("1")
	p.waitFor("┏━ 1 Deal")

	p.s.mustTmux("resize-window", "-t", p.name, "-x", "70", "-y", "20")
	p.waitFor("The terminal is too small", "70×20")
	p.s.mustTmux("resize-window", "-t", p.name, "-x", "80", "-y", "24")
	p.waitFor("┏━ 1 Deal", "tab/1-4")
	p.quit()
}

// Journey 3: the core workflow on a new database file, then the same file
// opened again.
func TestE2ECoreWorkflow(t *testing.T) {
	s := newServer(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	p := s.start("core", 120, 35, "--db", path)
	// The question names the path whole (the terminal wraps a long one);
	// the status line shortens it in the middle when it is too long.
	if scr := p.waitFor("create a new one there? [y/N]"); !strings.Contains(strings.ReplaceAll(scr, "\n", ""), "no database at "+path) {
		t.Errorf("the question does not name the path %s:\n%s", path, frame(scr))
	}
	p.keys("y", "Enter")
	scr := p.waitFor("Welcome to handoff.", "Created a new database at ", filepath.Base(path)+".")
	for _, re := range []string{`\bn\s+create your first deal`, `\bL\s+load the sample deals`} {
		if !regexp.MustCompile(re).MatchString(scr) {
			t.Errorf("the welcome does not offer /%s/:\n%s", re, frame(scr))
		}
	}

	// A deal.
	p.keys("n")
	p.waitFor("New deal", "▸ Name")
	p.enterText("Acme rollout")
	p.keys("C-s")
	p.waitFor("Added deal “Acme rollout”.")
	p.keys("Enter")
	p.waitFor("Deals › Acme rollout", "No promises yet.")

	// Two promises; the second uses watch-list words.
	p.keys("2")
	p.keys("n")
	p.waitFor("New promise", "▸ Promise")
	p.enterText("Nightly stock report export")
	p.keys("C-s")
	p.waitFor("Added promise “Nightly stock report export”.", "2 Promises (1)")
	p.keys("n")
	p.waitFor("New promise", "▸ Promise")
	p.enterText("Real-time sync with SAP, go-live by 2027-01-15")
	p.keys("C-s")
	p.waitFor("Added promise “Real-time sync", "2 Promises (2)")

	// Delivery answers the second one.
	p.keys("G")
	p.waitFor("▸ To: Real-time sync with SAP")
	p.keys("a")
	p.waitFor("Delivery's answer", "To: Real-time sync with SAP")
	p.choose("partial")
	p.nextField("What delivery can actually do")
	p.enterText("Hourly IDoc batches, no events")
	p.nextField("Effort (person-days)")
	p.nextField("Earliest date")
	p.enterText("2027-03-01")
	p.keys("C-s")
	p.waitFor("Added answer “partial”.", "◐ partial")

	// A term from that promise, agreed by one person from each side, both
	// new and added through the picker.
	p.keys("G") // the promise again, wherever saving left the cursor
	p.waitFor("▸ To: Real-time sync with SAP")
	p.keys("t")
	scr = p.waitUntil("the term form or a choice of terms", waitTimeout, func(scr string) bool {
		return strings.Contains(scr, "Which term to define?") || strings.Contains(scr, "Define a term")
	})
	if strings.Contains(scr, "Which term to define?") {
		p.choose("real-time")
		p.keys("Enter")
	}
	p.waitFor("Define a term", "▸ Term", "real-time")
	p.nextField("Definition both sides agree on")
	p.enterText("Changes reach SAP within 60 seconds")
	p.nextField("Status")
	p.choose("agreed")
	p.nextField("Agreed by")
	p.pickNewPerson("Sam Seller", "sales")
	p.waitFor("▸ Agreed by", "Sam Seller")
	p.pickNewPerson("Dana Delivery", "delivery")
	p.waitFor("Sam Seller, Dana Delivery")
	p.keys("C-s")
	p.waitFor("Added term “real-time”.")

	// An owner for a gap: the second one.
	p.keys("4")
	scr = p.waitFor("┏━ 4 Gaps (")
	p.keys("j")
	p.waitChange("the gap selection to move", scr)
	p.keys("o")
	p.waitFor("Choose: owner of this gap")
	p.pickPerson("Dana", "Dana Delivery")
	p.waitFor("Saved gap")
	ownedRe := regexp.MustCompile(`(P\d+ · [a-z ]+ · [^│┃]*?)\s+Dana Delivery`)
	owned := p.waitMatch(ownedRe)[1]

	p.quit()

	// The same file again: everything is there.
	p = s.start("again", 120, 35, "--db", path)
	p.waitFor("Acme rollout", "1 deal")
	p.keys("Enter")
	scr = p.waitFor("Deals › Acme rollout", "2 Promises (2)", "Nightly stock report export", "Real-time sync with SAP", "◐ partial")
	if m := ownedRe.FindStringSubmatch(scr); m == nil || m[1] != owned {
		t.Errorf("after reopening, want the gap %q owned by Dana Delivery:\n%s", owned, frame(scr))
	}
	p.keys("T")
	scr = p.waitFor("Glossary of “Acme rollout”")
	if !regexp.MustCompile(`real-time\s+✓ agreed\s+Sam Seller, Dana Delivery`).MatchString(scr) {
		t.Errorf("the glossary does not show real-time as agreed by both:\n%s", frame(scr))
	}
	p.waitFor("Changes reach SAP within 60 seconds")
	p.quit()

	checkIntegrity(t, path)
}

// Journey 4: a deleted promise comes back with u and goes again with
// ctrl+r.
func TestE2EUndoRedo(t *testing.T) {
	s := newServer(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "handoff.db")
	s.cli("--db", path, "import", writeCSV(t, dir, "Alpha nightly export,must,scope", "Beta audit trail,should,scope"),
		"--deal", "Undo deal", "--create")
	p := s.start("undo", 120, 35, "--db", path)
	p.waitFor("Undo deal")
	p.keys("Enter")
	p.waitFor("2 Promises (2)", "Alpha nightly export", "Beta audit trail")

	p.keys("g")
	p.waitFor("▸ To: Alpha nightly export")
	p.keys("d")
	p.waitFor("Delete promise “Alpha nightly export”?")
	p.keys("y")
	// A promise's row: priority, then title.
	alphaRow := regexp.MustCompile(`(must|should|could)\s+Alpha nightly export`)
	betaRow := regexp.MustCompile(`(must|should|could)\s+Beta audit trail`)
	scr := p.waitFor("2 Promises (1)", "Deleted promise")
	if alphaRow.MatchString(scr) || !betaRow.MatchString(scr) {
		t.Errorf("after delete, want only Beta's row:\n%s", frame(scr))
	}

	p.keys("u")
	scr = p.waitFor("2 Promises (2)", "Undone:")
	if !alphaRow.MatchString(scr) || !betaRow.MatchString(scr) {
		t.Errorf("after undo, want both rows:\n%s", frame(scr))
	}

	p.keys("C-r")
	scr = p.waitFor("2 Promises (1)", "Redone:")
	if alphaRow.MatchString(scr) || !betaRow.MatchString(scr) {
		t.Errorf("after redo, want only Beta's row:\n%s", frame(scr))
	}
	p.quit()
}

// Journey 5: a promise title full of escape sequences, a bidi override,
// CJK and emoji shows as plain text and leaves the layout straight.
func TestE2EHostileText(t *testing.T) {
	s := newServer(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	s.cli("--db", path, "sample")
	hostile := "Hostile \x1b]0;PWNED\x07 clear\x1b[2J \u202eevil 实时集成 🚀 👩\u200d💻 🇵🇱 done"
	d := sqliteDB(t, path)
	res, err := d.Exec(`UPDATE promises SET title = ? WHERE id =
		(SELECT p.id FROM promises p JOIN deals d ON d.id = p.deal_id WHERE d.name LIKE 'SAP%' ORDER BY p.id LIMIT 1)`, hostile)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("updated %d promises, want 1", n)
	}
	d.Close()

	p := s.start("hostile", 120, 35, "--db", path)
	p.waitFor("3 deals")
	p.openDeal("SAP S/4HANA", "SAP S/4HANA")
	scr := p.waitFor("Hostile", "实时集成 🚀", "done")
	if title := p.format("#{pane_title}"); strings.Contains(title, "PWNED") {
		t.Errorf("the promise set the terminal title to %q", title)
	}
	rows := strings.Split(scr, "\n")
	if !strings.HasPrefix(rows[0], "handoff  Deals › SAP") {
		t.Errorf("the title line is gone (was the screen cleared?):\n%s", frame(scr))
	}
	for _, want := range slices.Concat(paneTitles, []string{"Pri    Promise", "Severity    Gap"}) {
		if !strings.Contains(scr, want) {
			t.Errorf("%q is missing (was the screen cleared?):\n%s", want, frame(scr))
		}
	}
	for _, bad := range []string{"\u202e", "\x1b", "\x07"} {
		if strings.Contains(scr, bad) {
			t.Errorf("the screen holds %q", bad)
		}
	}
	if n := p.checkBoxes(scr); n != 4 {
		t.Errorf("found %d boxes, want the four panes:\n%s", n, frame(scr))
	}

	// One pane at a time, the promises pane as wide as the terminal.
	p.s.mustTmux("resize-window", "-t", p.name, "-x", "80", "-y", "24")
	scr = p.waitFor("tab/1-4", "┏━ 2 Promises (", "Hostile")
	if n := p.checkBoxes(scr); n != 1 {
		t.Errorf("found %d boxes at 80×24, want one pane:\n%s", n, frame(scr))
	}
	if title := p.format("#{pane_title}"); strings.Contains(title, "PWNED") {
		t.Errorf("the promise set the terminal title to %q", title)
	}
	p.quit()
}

// Journey 6: two instances on one file see each other's changes, and a
// save on a stale version asks whether to reload or overwrite.
func TestE2ETwoInstances(t *testing.T) {
	s := newServer(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "handoff.db")
	s.cli("--db", path, "import", writeCSV(t, dir, "Alpha nightly export,must,scope", "Beta audit trail,should,scope"),
		"--deal", "Shared deal", "--create")
	a := s.start("a", 120, 35, "--db", path)
	b := s.start("b", 120, 35, "--db", path)
	for _, p := range []*tui{a, b} {
		p.waitFor("Shared deal")
		p.keys("Enter")
		p.waitFor("2 Promises (2)", "Alpha nightly export")
	}

	// A adds a promise; B shows it without a key pressed.
	a.keys("n")
	a.waitFor("New promise", "▸ Promise")
	a.enterText("Gamma live dashboard")
	a.keys("C-s")
	a.waitFor("Added promise “Gamma live dashboard”.")
	start := time.Now()
	b.waitUntil("A's new promise", syncTimeout, func(scr string) bool {
		return strings.Contains(scr, "2 Promises (3)") && strings.Contains(scr, "Gamma live dashboard")
	})
	t.Logf("B showed A's new promise %v after A saved it", time.Since(start).Round(10*time.Millisecond))

	// editBoth opens the edit form of Alpha's row in both.
	editBoth := func(current string) {
		for _, p := range []*tui{a, b} {
			p.keys("g")
			p.waitFor("▸ To: " + current)
			p.keys("Enter")
			p.waitFor("Edit promise", "▸ Promise", current)
		}
	}
	// retitle replaces the title in the open form and saves.
	retitle := func(p *tui, title string) {
		p.keys("C-u")
		p.waitFor("what the customer was told") // the empty field's hint
		p.enterText(title)
		p.keys("C-s")
	}

	// Overwrite: B's title wins, and A shows it on its own.
	editBoth("Alpha nightly export")
	retitle(a, "Alpha from A")
	a.waitFor("Saved promise “Alpha from A”.")
	retitle(b, "Alpha from B")
	scr := b.waitFor("Changed underneath you", "reload", "overwrite")
	if !regexp.MustCompile(`\br\s+reload`).MatchString(scr) || !regexp.MustCompile(`\bo\s+overwrite`).MatchString(scr) {
		t.Errorf("the conflict dialog does not offer r reload and o overwrite:\n%s", frame(scr))
	}
	if !strings.Contains(scr, "title") {
		t.Errorf("the conflict dialog does not say the title changed:\n%s", frame(scr))
	}
	b.keys("o")
	b.waitFor("Saved promise “Alpha from B”.")
	b.waitGone("Changed underneath you")
	start = time.Now()
	a.waitUntil("B's title", syncTimeout, func(scr string) bool {
		body := bodyOf(scr)
		return strings.Contains(body, "Alpha from B") && !strings.Contains(body, "Alpha from A")
	})
	t.Logf("A showed B's overwrite %v after B saved it", time.Since(start).Round(10*time.Millisecond))

	// Reload: B's form takes A's title.
	editBoth("Alpha from B")
	retitle(a, "Alpha second round A")
	a.waitFor("Saved promise “Alpha second round A”.")
	retitle(b, "Alpha second round B")
	b.waitFor("Changed underneath you")
	b.keys("r")
	b.waitGone("Changed underneath you")
	scr = b.waitFor("Edit promise", "Alpha second round A")
	if strings.Contains(bodyOf(scr), "Alpha second round B") {
		t.Errorf("after reload, B's form still holds B's title:\n%s", frame(scr))
	}
	b.keys("Escape")
	b.waitGone("Edit promise")
	b.waitFor("Alpha second round A")

	// Overwrite after a rename: B's one-field form (verification), opened
	// before A renamed the promise, saves only what B changed.
	b.keys("g")
	b.waitFor("▸ To: Alpha second round A")
	b.keys("s")
	b.waitFor("Verification of “Alpha second round A”")
	a.keys("g")
	a.waitFor("▸ To: Alpha second round A")
	a.keys("Enter")
	a.waitFor("Edit promise", "▸ Promise")
	retitle(a, "Alpha renamed by A")
	a.waitFor("Saved promise “Alpha renamed by A”.")
	b.keys("Right")
	b.keys("C-s")
	b.waitFor("Changed underneath you", "They changed: title", "You changed: verification")
	b.keys("o")
	b.waitGone("Changed underneath you")
	b.waitFor("Alpha renamed by A")

	a.quit()
	b.quit()
	var title, verification string
	d := sqliteDB(t, path)
	if err := d.QueryRow(`SELECT title, verification FROM promises WHERE title LIKE 'Alpha%'`).Scan(&title, &verification); err != nil {
		t.Fatal(err)
	}
	if title != "Alpha renamed by A" || verification != "written" {
		t.Errorf("stored title %q and verification %q, want A's title and B's verification (written)", title, verification)
	}
	d.Close()
	checkIntegrity(t, path)
}

// moneyRe is an amount of money as the app shows it.
var moneyRe = regexp.MustCompile(`\b(EUR|PLN|USD) [0-9][0-9,]*\.[0-9]{2}`)

// Journey 7: presenting hides money and internal notes on the deal list
// and the deal screen, and p brings them back.
func TestE2EPresenting(t *testing.T) {
	s := newServer(t)
	p := s.start("present", 120, 35, "demo")
	scr := p.waitFor("3 deals")
	if !moneyRe.MatchString(scr) {
		t.Fatalf("the deal list shows no amounts to hide:\n%s", frame(scr))
	}
	hidden := func(where string) {
		t.Helper()
		scr := p.waitFor("PRESENTING")
		if m := moneyRe.FindString(scr); m != "" {
			t.Errorf("%s while presenting shows %q:\n%s", where, m, frame(scr))
		}
		if strings.Contains(scr, "Internal notes") {
			t.Errorf("%s while presenting shows the internal notes:\n%s", where, frame(scr))
		}
	}

	p.keys("p")
	hidden("the deal list")
	p.keys("p")
	p.waitGone("PRESENTING")
	p.waitMatch(moneyRe)
	p.keys("p")
	hidden("the deal list")

	p.keys("Enter")
	p.waitFor("hidden while presenting")
	hidden("the deal screen")
	p.keys("1", "G") // the deal pane, scrolled to its end, where the notes are
	p.waitFor("┏━ 1 Deal", "Sign-off")
	hidden("the deal screen's end")

	p.keys("p")
	p.waitGone("PRESENTING")
	p.keys("G")
	p.waitFor("Internal notes")
	p.keys("g")
	p.waitMatch(moneyRe)
	p.waitGone("hidden while presenting")

	p.keys("p")
	hidden("the deal screen")
	p.waitFor("hidden while presenting")
	p.keys("G")
	p.waitFor("Sign-off")
	hidden("the deal screen's end")
	p.quit()
}

// Journey 8: a short handoff meeting, then the report.
func TestE2EMeeting(t *testing.T) {
	s := newServer(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	s.cli("--db", path, "sample")
	p := s.start("meeting", 120, 35, "--db", path)
	p.waitFor("3 deals")
	p.openDeal("SAP S/4HANA", "SAP S/4HANA")

	p.keys("m")
	p.waitFor("MEETING")
	total := p.waitMatch(regexp.MustCompile(`gap 1 of (\d+)`))[1]

	p.keys("o")
	p.waitFor("Choose: owner of this gap")
	p.pickPerson("Lukas", "Lukas Hoffmann")
	p.waitMatch(regexp.MustCompile(`OWNER\s+Lukas Hoffmann`))

	decision := "Go-live moves to 1 March 2027"
	p.keys("r")
	p.waitFor("Record a decision", "▸ Decision")
	p.enterText(decision)
	p.keys("C-s")
	p.waitGone("Record a decision")
	p.waitMatch(regexp.MustCompile(`Decided\s+` + regexp.QuoteMeta(decision)))

	resolution := "Hessler accepts the March date"
	p.keys("s")
	p.waitFor("Gap: status", "▸ Status")
	p.choose("accepted")
	p.nextField("Resolution")
	p.enterText(resolution)
	p.keys("C-s")
	p.waitGone("Gap: status")
	p.waitFor("✓ accepted", resolution)

	p.keys("l")
	p.waitFor("gap 2 of " + total)
	p.keys("Escape")
	p.waitGone("MEETING")
	p.waitFor("Deals › SAP S/4HANA", "2 Promises (")
	p.quit()

	report := s.cli("--db", path, "export", "--deal", "SAP S/4HANA")
	gaps, decisions := section(report, "## Gaps"), section(report, "## Decisions")
	var row string
	for _, l := range strings.Split(gaps, "\n") {
		if strings.Contains(l, resolution) {
			row = l
		}
	}
	if row == "" || !strings.Contains(row, "| accepted |") || !strings.Contains(row, "Lukas Hoffmann") {
		t.Errorf("the report's gaps do not show the gap as accepted by Lukas with %q; the row is %q:\n%s", resolution, row, gaps)
	}
	if !strings.Contains(decisions, decision) {
		t.Errorf("the report's decisions do not hold %q:\n%s", decision, decisions)
	}
	checkIntegrity(t, path)
}

// section is a markdown section from its heading to the next heading of
// the same level.
func section(doc, heading string) string {
	i := strings.Index(doc, "\n"+heading+"\n")
	if i < 0 {
		return ""
	}
	rest := doc[i+1:]
	if j := strings.Index(rest[len(heading):], "\n## "); j >= 0 {
		return rest[:len(heading)+j]
	}
	return rest
}

// TestE2EPolishAmounts: a presales engineer types a PLN amount the way the
// Polish proposal writes it, sees what it was read as, and a date as +2w.
func TestE2EPolishAmounts(t *testing.T) {
	s := newServer(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	p := s.start("polish", 120, 35, "--db", path)
	p.createNew()
	p.waitFor("Welcome to handoff.")
	p.keys("n")
	p.waitFor("New deal", "▸ Name")
	p.enterText("Wdrożenie MES")
	p.nextField("Customer")
	p.enterText("Bałtyk Cargo")
	p.nextField("Stage")
	p.nextField("Value")
	p.typeText("1,250")
	p.waitFor("could mean 1250 (thousands) or 1.25 (decimals)")
	for range 5 {
		p.keys("BSpace")
	}
	p.typeText("486 000,00")
	p.waitFor("→ 486,000.00 EUR")
	p.nextField("Currency")
	p.keys("BSpace", "BSpace", "BSpace")
	p.enterText("PLN")
	p.nextField("Expected close")
	p.typeText("+2w")
	p.waitFor("→ ")
	p.keys("C-s")
	p.waitFor("Added deal “Wdrożenie MES”.", "PLN 486,000.00")
	p.keys("n")
	p.waitFor("New deal", "▸ Name")
	p.enterText("Unpriced")
	p.keys("C-s")
	p.waitFor("Added deal “Unpriced”.")
	// The status line can come a frame before the list shows the new row.
	p.waitMatch(regexp.MustCompile(`Unpriced .* not set `))
	if scr := p.screen(); strings.Contains(scr, "EUR 0.00") {
		t.Errorf("a deal without a value shows an amount:\n%s", frame(scr))
	}
	p.quit()
}

// Journey: a Polish presales engineer on a fresh install types the value
// the way the proposal writes it, types the owners in one after the other
// without waiting (they land as new people with their field's role), and
// moves the deal on to delivery, which asks first because it is not ready.
func TestE2EPolishPresales(t *testing.T) {
	s := newServer(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	p := s.start("owners", 120, 35, "--db", path)
	p.createNew()
	p.waitFor("Welcome to handoff.")
	p.keys("n")
	p.waitFor("New deal", "▸ Name")
	p.enterText("Bałtyk Cargo WMS")
	p.nextField("Customer")
	p.nextField("Stage")
	p.nextField("Value")
	p.typeText("486 000,00")
	p.nextField("Currency")
	p.keys("BSpace", "BSpace", "BSpace")
	p.enterText("PLN")
	p.keys("C-s")
	p.waitFor("Added deal “Bałtyk Cargo WMS”.")
	p.keys("Enter")
	p.waitFor("Deals › Bałtyk Cargo WMS")
	p.keys("1", "o")
	p.waitFor("Owners of", "▸ Sales owner")
	// All in one go: the key after each name is never lost.
	p.keys("Tab")
	p.typeText("Anna Nowak")
	p.keys("Tab")
	p.typeText("Piotr Zieliński")
	p.keys("C-s")
	p.waitGone("Owners of")
	p.waitMatch(regexp.MustCompile(`Presales\s+Anna Nowak`))
	if scr := p.screen(); !regexp.MustCompile(`Delivery\s+Piotr Zieliński`).MatchString(scr) {
		t.Errorf("the delivery owner is not Piotr Zieliński:\n%s", frame(scr))
	}
	p.keys("P")
	scr := p.waitFor("People")
	for _, re := range []string{`Anna Nowak\s+presales`, `Piotr Zieliński\s+delivery`} {
		if !regexp.MustCompile(re).MatchString(scr) {
			t.Errorf("the directory does not show /%s/:\n%s", re, frame(scr))
		}
	}
	p.keys("Escape")
	p.waitFor("Deals › Bałtyk Cargo WMS", "PLN 486,000.00")
	p.keys("s")
	p.waitFor("Stage of")
	for range 6 { // lead → delivery
		p.keys("Right")
	}
	p.keys("C-s")
	p.waitFor("is not ready: 2 blockers.", "delivery anyway?")
	p.keys("y")
	p.waitMatch(regexp.MustCompile(`Stage\s+delivery`))
	p.quit()

	conn := sqliteDB(t, path)
	var minor int64
	var currency, stage string
	if err := conn.QueryRow(`SELECT value_minor, currency, stage FROM deals`).Scan(&minor, &currency, &stage); err != nil {
		t.Fatal(err)
	}
	if minor != 48_600_000 || currency != "PLN" || stage != "delivery" {
		t.Errorf("stored value %d %s at %s, want 48600000 PLN (486 000,00) at delivery", minor, currency, stage)
	}
	checkIntegrity(t, path)
}

// TestE2EAgenda: from the deal list to Lukas Hoffmann's agenda (the app
// runs as him), open his overdue gap, give it a new due date, and see it
// leave the overdue group when the agenda is back.
func TestE2EAgenda(t *testing.T) {
	s := newServer(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	s.cli("--db", path, "sample")
	// His unanswered promise's gap is five days late, whatever day the
	// test runs; his other gaps are a month away.
	d := sqliteDB(t, path)
	for _, q := range []string{
		`UPDATE gaps SET due = date('now', '-5 days') WHERE kind = 'unassessed' AND owner = (SELECT id FROM people WHERE name = 'Lukas Hoffmann')`,
		`UPDATE gaps SET due = date('now', '+30 days') WHERE kind <> 'unassessed' AND owner = (SELECT id FROM people WHERE name = 'Lukas Hoffmann')`,
	} {
		if _, err := d.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	d.Close()
	newDue := time.Now().AddDate(0, 0, 20).Format("2006-01-02")

	p := s.start("agenda", 120, 35, "--db", path, "--actor", "Lukas Hoffmann")
	p.waitFor("3 deals")
	p.keys("a")
	scr := p.waitFor("Agenda of Lukas Hoffmann (delivery) — 4 items, 1 overdue", "Overdue (1)", "Coming up (3)", "5 days overdue")
	if strings.Index(scr, "Overdue (1)") > strings.Index(scr, "Coming up (3)") {
		t.Errorf("the overdue are not first:\n%s", frame(scr))
	}

	// The first item is the overdue one: enter opens its deal on it.
	p.keys("Enter")
	p.waitFor("Agenda of Lukas Hoffmann › SAP S/4HANA", "4 Gaps (")
	p.keys("e")
	p.waitFor("▸ Severity", "Schulung für 40 Schichtleiter")
	p.nextField("Owner")
	p.nextField("Due date")
	p.keys(strings.Split(strings.Repeat("BSpace ", 12), " ")[:12]...)
	p.enterText(newDue)
	p.keys("C-s")
	p.waitFor("Saved gap")

	p.keys("Escape")
	scr = p.waitFor("Agenda of Lukas Hoffmann (delivery) — 4 items, 0 overdue", "Coming up (4)")
	if strings.Contains(scr, "Overdue (") || !strings.Contains(scr, newDue) {
		t.Errorf("the gap did not leave the overdue group for %s:\n%s", newDue, frame(scr))
	}
	p.quit()
	checkIntegrity(t, path)
}
