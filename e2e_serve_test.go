//go:build unix

package main

// End-to-end tests of handoff serve: the real binary serving, the real
// OpenSSH client signing in with keys made for the test, in tmux when a
// terminal is asked for.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// sshClient is the OpenSSH client; without it the serve tests skip, unless
// HANDOFF_E2E=require.
func sshClient(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("ssh")
	if err == nil {
		_, err = exec.LookPath("ssh-keygen")
	}
	if err != nil {
		if os.Getenv("HANDOFF_E2E") == "require" {
			t.Fatalf("HANDOFF_E2E=require, but the OpenSSH client is not on PATH: %v", err)
		}
		t.Skip("ssh is not on PATH: install openssh-client to run the serve tests")
	}
	return path
}

// sshKey makes a key pair in the test's folder and returns the private
// key's path (the public one is beside it, .pub).
func sshKey(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	return path
}

// serveProc is one handoff serve, its log read as it writes.
type serveProc struct {
	t    *testing.T
	cmd  *exec.Cmd
	addr string
	port string
	mu   sync.Mutex
	log  strings.Builder
	done chan error
}

// serve starts handoff serve on the database, on a free port of 127.0.0.1,
// and waits until it listens.
func (s *server) serve(path string, args ...string) *serveProc {
	s.t.Helper()
	cmd := exec.Command(s.bin, append([]string{"--db", path, "serve", "--listen", "127.0.0.1:0"}, args...)...)
	cmd.Env = s.env
	stderr, err := cmd.StderrPipe()
	if err != nil {
		s.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	p := &serveProc{t: s.t, cmd: cmd, done: make(chan error, 1)}
	listening := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			p.log.WriteString(line + "\n")
			p.mu.Unlock()
			if m := regexp.MustCompile(`msg=listening addr=(\S+)`).FindStringSubmatch(line); m != nil {
				listening <- m[1]
			}
		}
		io.Copy(io.Discard, stderr)
		p.done <- cmd.Wait()
	}()
	s.t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	select {
	case p.addr = <-listening:
	case <-time.After(waitTimeout):
		s.t.Fatalf("handoff serve did not listen; its log:\n%s", p.logText())
	}
	p.port = p.addr[strings.LastIndex(p.addr, ":")+1:]
	return p
}

func (p *serveProc) logText() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.String()
}

// wait waits for the server to exit and returns its error.
func (p *serveProc) wait() error {
	p.t.Helper()
	select {
	case err := <-p.done:
		return err
	case <-time.After(20 * time.Second):
		p.t.Fatalf("handoff serve did not stop; its log:\n%s", p.logText())
	}
	return nil
}

// sshArgs are the client's options: this key only, no agent, no known
// hosts kept, never a question.
func (p *serveProc) sshArgs(key string, extra ...string) []string {
	args := []string{"-F", "/dev/null", "-p", p.port, "-i", key, "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
		"-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"}
	return append(append(args, extra...), "127.0.0.1")
}

// remote runs a command over SSH with no terminal and returns its output
// and exit status.
func (s *server) remote(p *serveProc, key string, command ...string) (stdout, stderr string, code int) {
	s.t.Helper()
	words := []string{"--"}
	for _, c := range command {
		words = append(words, shellQuote(c)) // the server reads the command as a shell would
	}
	cmd := exec.Command("ssh", append(p.sshArgs(key, "-T"), words...)...)
	cmd.Env = s.env
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code = cmd.ProcessState.ExitCode()
	if err != nil && code < 0 {
		s.t.Fatalf("ssh %v: %v", command, err)
	}
	return out.String(), errOut.String(), code
}

// teamDeal makes a database with one deal whose two promises each have a
// gap nobody owns, and two people, each with a key of their own.
func teamDeal(t *testing.T, s *server, dir string) (path, annaKey, benKey string) {
	path = filepath.Join(dir, "handoff.db")
	csv := filepath.Join(dir, "promises.csv")
	body := "title,priority,promised_by\nAlpha nightly export,must,Anna Seller\nBeta audit trail,should,Ben Builder\n"
	if err := os.WriteFile(csv, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	s.cli("--db", path, "import", csv, "--deal", "Shared deal", "--create")
	annaKey, benKey = sshKey(t, dir, "anna"), sshKey(t, dir, "ben")
	s.cli("--db", path, "keys", "add", "Anna Seller", annaKey+".pub")
	s.cli("--db", path, "keys", "add", "Ben Builder", benKey+".pub")
	return path, annaKey, benKey
}

// ownedBy matches a gap row owned by name in the gaps pane.
func ownedBy(name string) *regexp.Regexp {
	return regexp.MustCompile(`P\d+ · [a-z ]+ · [^│┃\n]*?\s+` + regexp.QuoteMeta(name))
}

// Two people, each with their own key, on one deal: what one saves the
// other's screen shows within a second; the history names each with the
// key's fingerprint; an unknown key is refused; a session without a
// terminal runs the command line and returns its exit status; SIGTERM
// tells the sessions and loses nothing saved.
func TestE2EServe(t *testing.T) {
	s := newServer(t)
	sshClient(t)
	dir := t.TempDir()
	path, annaKey, benKey := teamDeal(t, s, dir)
	srv := s.serve(path)
	if st, err := os.Stat(filepath.Join(dir, "handoff_host_ed25519_key")); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("host key beside the database: %v %v, want mode 0600", st, err)
	}

	a := s.startProgram("anna", 120, 35, "ssh", srv.sshArgs(annaKey, "-t")...)
	b := s.startProgram("ben", 120, 35, "ssh", srv.sshArgs(benKey, "-t")...)
	for _, p := range []*tui{a, b} {
		p.waitFor("Shared deal")
		p.keys("Enter")
		p.waitFor("Deals › Shared deal", "4 Gaps (")
		p.keys("4")
		p.waitFor("┏━ 4 Gaps (")
	}
	if ownedBy("Ben Builder").MatchString(b.screen()) {
		t.Fatalf("a gap is Ben's before anyone gave it him:\n%s", frame(b.screen()))
	}

	// Anna gives Ben a gap; Ben's screen shows it without a key pressed.
	a.keys("o")
	a.waitFor("Choose: owner of this gap")
	a.pickPerson("Ben", "Ben Builder")
	a.waitFor("Saved gap")
	start := time.Now()
	b.waitUntil("the gap Anna gave Ben", syncTimeout, ownedBy("Ben Builder").MatchString)
	if took := time.Since(start); took > time.Second {
		t.Errorf("Ben's screen showed Anna's change %v after she saved it, want within a second", took)
	} else {
		t.Logf("Ben's screen showed Anna's change %v after she saved it", took.Round(10*time.Millisecond))
	}

	// Ben gives Anna the other gap.
	scr := b.screen()
	b.keys("j")
	b.waitChange("the gap selection to move", scr)
	b.keys("o")
	b.waitFor("Choose: owner of this gap")
	b.pickPerson("Anna", "Anna Seller")
	b.waitFor("Saved gap")
	a.waitUntil("the gap Ben gave Anna", syncTimeout, ownedBy("Anna Seller").MatchString)

	// The history names each person, with their key.
	fp := map[string]string{}
	for who, key := range map[string]string{"Anna Seller": annaKey, "Ben Builder": benKey} {
		out, err := exec.Command("ssh-keygen", "-l", "-f", key+".pub").Output()
		if err != nil {
			t.Fatal(err)
		}
		fp[who] = strings.Fields(string(out))[1]
	}
	d := sqliteDB(t, path)
	for who, f := range fp {
		var n int
		if err := d.QueryRow(`SELECT count(*) FROM events WHERE entity = 'gap' AND actor = ?`, who+" ("+f+")").Scan(&n); err != nil || n == 0 {
			t.Errorf("no gap event by %q (%s): %d %v", who, f, n, err)
		}
	}
	d.Close()

	// A key nobody owns is refused; the user name counts for nothing.
	stranger := sshKey(t, dir, "stranger")
	cmd := exec.Command("ssh", append(srv.sshArgs(stranger, "-T", "-l", "Anna Seller"), "check")...)
	cmd.Env = s.env
	out, _ := cmd.CombinedOutput()
	if !strings.Contains(string(out), "Permission denied") || cmd.ProcessState.ExitCode() != 255 {
		t.Errorf("an unknown key: exit %d, %q; want Permission denied", cmd.ProcessState.ExitCode(), out)
	}

	// Without a terminal, the command line: check's status reaches the client.
	stdout, stderr, code := s.remote(srv, annaKey, "check", "--deal", "Shared deal")
	if code != 1 || !strings.HasPrefix(stdout, "Shared deal: ") {
		t.Errorf("check over SSH: exit %d, stdout %q, stderr %q; want 1 and the deal's readiness", code, stdout, stderr)
	}
	stdout, _, code = s.remote(srv, benKey, "export", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"Alpha nightly export"`) {
		t.Errorf("export over SSH: exit %d, %.200q", code, stdout)
	}
	for _, refused := range [][]string{{"--db", path, "check"}, {"check", "--actor", "someone"}, {"import", path}, {"export", "-o", filepath.Join(dir, "x.md")}} {
		if _, stderr, code := s.remote(srv, annaKey, refused...); code != 2 || stderr == "" {
			t.Errorf("%v over SSH: exit %d, stderr %q; want 2 and why", refused, code, stderr)
		}
	}

	// SIGTERM while Anna has a form open and Ben has just saved: both are
	// told, the server closes the file, and what was saved is there.
	a.keys("n")
	a.waitFor("New gap", "▸ What is the gap")
	a.enterText("Unsaved in a form")
	b.keys("2")
	b.waitFor("┏━ 2 Promises (")
	b.keys("n")
	b.waitFor("New promise", "▸ Promise")
	b.enterText("Gamma saved before the stop")
	b.keys("C-s")
	b.waitFor("Added promise “Gamma saved before the stop”.")
	srv.cmd.Process.Signal(syscall.SIGTERM)
	for _, p := range []*tui{a, b} {
		p.waitFor("The server is stopping")
	}
	if err := srv.wait(); err != nil {
		t.Errorf("handoff serve after SIGTERM: %v; its log:\n%s", err, srv.logText())
	}
	log := srv.logText()
	for _, want := range []string{"msg=connect person=\"Anna Seller\"", "msg=disconnect person=\"Ben Builder\"", "msg=refused", "msg=stopped"} {
		if !strings.Contains(log, want) {
			t.Errorf("the server's log lacks %q:\n%s", want, log)
		}
	}
	for _, f := range []string{"-wal", "-shm"} {
		if st, err := os.Stat(path + f); err == nil && st.Size() > 0 && f == "-wal" {
			t.Errorf("the WAL holds %d bytes after a clean stop", st.Size())
		}
	}
	d = sqliteDB(t, path)
	var n int
	if err := d.QueryRow(`SELECT count(*) FROM promises WHERE title = 'Gamma saved before the stop' AND deleted = 0`).Scan(&n); err != nil || n != 1 {
		t.Errorf("the promise saved before SIGTERM: %d %v", n, err)
	}
	d.Close()
	checkIntegrity(t, path)
}

// kill -9 of the server while three sessions write as fast as they can:
// the file is whole, and every change a session was told was saved is in
// it.
func TestE2EServeKill9(t *testing.T) {
	s := newServer(t)
	sshClient(t)
	dir := t.TempDir()
	path, annaKey, benKey := teamDeal(t, s, dir)
	third := sshKey(t, dir, "third")
	s.cli("--db", path, "keys", "add", "Anna Seller", third+".pub")
	srv := s.serve(path)

	var mu sync.Mutex
	var saved []string
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w, key := range []string{annaKey, benKey, third} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				word := fmt.Sprintf("burst%dx%d", w, i)
				cmd := exec.Command("ssh", append(srv.sshArgs(key, "-T"), "words", "add", word)...)
				cmd.Env = s.env
				out, err := cmd.Output()
				if err == nil && strings.Contains(string(out), `watching "`+word+`"`) {
					mu.Lock()
					saved = append(saved, word)
					mu.Unlock()
				}
			}
		}()
	}
	time.Sleep(3 * time.Second)
	srv.cmd.Process.Kill()
	srv.wait()
	close(stop)
	wg.Wait()
	if len(saved) < 3 {
		t.Fatalf("only %d writes were told saved before the kill; the log:\n%s", len(saved), srv.logText())
	}
	checkIntegrity(t, path)
	d := sqliteDB(t, path)
	defer d.Close()
	for _, w := range saved {
		var n int
		if err := d.QueryRow(`SELECT count(*) FROM watch_words WHERE word = ? AND deleted = 0`, w).Scan(&n); err != nil || n != 1 {
			t.Errorf("%s was told saved, but the file has it %d times (%v)", w, n, err)
		}
	}
	t.Logf("%d writes told saved before kill -9, all of them in the file", len(saved))
}
