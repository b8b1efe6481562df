//go:build unix

package main

import (
	"bufio"
	"crypto/ed25519"
	"crypto/rand"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"
)

// BenchmarkServeTenSessions is ten people on one deal through handoff
// serve for a minute (HANDOFF_BENCH_SECONDS to change it), each adding
// promises as fast as the screen follows: it reports the latency from a
// key press to the first bytes of the screen's answer over loopback
// (median, p99), the bytes sent per key press (median), and checks that
// every save is in the file (no lost update).
//
//	go test -run '^$' -bench ServeTenSessions -benchtime 1x .
func BenchmarkServeTenSessions(b *testing.B) {
	bin := e2eBinary(b)
	seconds := 60
	if v, err := strconv.Atoi(os.Getenv("HANDOFF_BENCH_SECONDS")); err == nil && v > 0 {
		seconds = v
	}
	sessions := 10
	if v, err := strconv.Atoi(os.Getenv("HANDOFF_BENCH_SESSIONS")); err == nil && v > 0 {
		sessions = v
	}
	for range b.N {
		benchServe(b, bin, sessions, time.Duration(seconds)*time.Second)
	}
}

// benchSession is one scripted SSH session: its key presses and what the
// server sent back after each.
type benchSession struct {
	in        io.Writer
	chunks    chan []byte
	latencies []time.Duration
	bytes     []int
	saves     int
}

func benchServe(b *testing.B, bin string, n int, d time.Duration) {
	dir := b.TempDir()
	path := filepath.Join(dir, "handoff.db")
	env := append(os.Environ(), "HANDOFF_DB="+path, "HANDOFF_ACTOR=bench")
	run := func(args ...string) {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("handoff %v: %v\n%s", args, err, out)
		}
	}
	csv := "title,promised_by\n"
	for i := range n {
		csv += fmt.Sprintf("first promise %d,Person %d\n", i, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "p.csv"), []byte(csv), 0o600); err != nil {
		b.Fatal(err)
	}
	run("import", filepath.Join(dir, "p.csv"), "--deal", "Bench deal", "--create")
	signers := make([]ssh.Signer, n)
	for i := range n {
		pub, priv, _ := ed25519.GenerateKey(rand.Reader)
		sshPub, _ := ssh.NewPublicKey(pub)
		signers[i], _ = ssh.NewSignerFromKey(priv)
		run("keys", "add", fmt.Sprintf("Person %d", i), strings.TrimSpace(string(ssh.MarshalAuthorizedKey(sshPub))))
	}
	srv := exec.Command(bin, "serve", "--listen", "127.0.0.1:0")
	srv.Env = env
	stderr, _ := srv.StderrPipe()
	if err := srv.Start(); err != nil {
		b.Fatal(err)
	}
	defer srv.Process.Kill()
	sc := bufio.NewScanner(stderr)
	addr := ""
	for addr == "" && sc.Scan() {
		if m := regexp.MustCompile(`msg=listening addr=(\S+)`).FindStringSubmatch(sc.Text()); m != nil {
			addr = m[1]
		}
	}
	go io.Copy(io.Discard, stderr)

	file := sqliteDB(b, path)
	b.ResetTimer()
	sessions := make([]*benchSession, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sessions[i] = benchOne(b, addr, signers[i], i, d, file)
		}()
	}
	wg.Wait()
	b.StopTimer()

	var lat []time.Duration
	var bytes []int
	saves := 0
	for _, s := range sessions {
		lat = append(lat, s.latencies...)
		bytes = append(bytes, s.bytes...)
		saves += s.saves
	}
	slices.Sort(lat)
	slices.Sort(bytes)
	time.Sleep(500 * time.Millisecond) // the last saves commit
	out, err := exec.Command(bin, "--db", path, "export", "--format", "json").Output()
	if err != nil {
		b.Fatal(err)
	}
	stored := len(regexp.MustCompile(`"title": "S\d+n\d+"`).FindAllIndex(out, -1))
	if stored != saves {
		b.Errorf("%d saves were sent, the file holds %d of their promises", saves, stored)
	}
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "ms-p99")
	b.ReportMetric(float64(bytes[len(bytes)/2]), "bytes/key")
	b.ReportMetric(float64(saves), "saves")
	b.ReportMetric(float64(len(lat)), "keys")
	b.Logf("%d sessions, %v: %d key presses, %d saves (all in the file: %v); key to screen median %v, p99 %v; bytes per key press median %d, p99 %d",
		n, d, len(lat), saves, stored == saves, lat[len(lat)/2], lat[len(lat)*99/100], bytes[len(bytes)/2], bytes[len(bytes)*99/100])
}

// benchOne signs in as one person, opens the deal, and adds promises
// until the time is up, typing each title a key at a time.
func benchOne(b *testing.B, addr string, signer ssh.Signer, i int, d time.Duration, file *sql.DB) *benchSession {
	conn, err := ssh.Dial("tcp", addr, &ssh.ClientConfig{User: "bench", Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: ssh.InsecureIgnoreHostKey()})
	if err != nil {
		b.Error(err)
		return &benchSession{}
	}
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		b.Error(err)
		return &benchSession{}
	}
	if err := sess.RequestPty("xterm-256color", 40, 120, ssh.TerminalModes{}); err != nil {
		b.Error(err)
		return &benchSession{}
	}
	in, _ := sess.StdinPipe()
	out, _ := sess.StdoutPipe()
	s := &benchSession{in: in, chunks: make(chan []byte, 1024)}
	go func() {
		for {
			buf := make([]byte, 32<<10)
			n, err := out.Read(buf)
			if n > 0 {
				s.chunks <- buf[:n]
			}
			if err != nil {
				close(s.chunks)
				return
			}
		}
	}()
	if err := sess.Shell(); err != nil {
		b.Error(err)
		return s
	}
	s.quiet(500 * time.Millisecond)
	s.press("\r", false) // open the deal
	s.quiet(300 * time.Millisecond)
	end := time.Now().Add(d)
	for k := 0; time.Now().Before(end); k++ {
		s.press("n", false)
		if !s.waitFor("told") { // the title field's hint: the form is open
			b.Logf("session %d: no new promise form seen in 15 s; the session stops there", i)
			return s
		}
		s.quiet(20 * time.Millisecond)
		title := fmt.Sprintf("S%dn%d", i, k)
		for _, c := range title {
			s.press(string(c), true)
		}
		s.press("\x13", false) // ctrl+s
		s.saves++
		if !savedIn(file, title) {
			b.Errorf("session %d: %s was not saved within 15 s", i, title)
			return s
		}
		s.quiet(30 * time.Millisecond)
	}
	return s
}

// savedIn waits until the file holds the promise (15 s at most): the
// screen, drawn as changes to what it showed, says it less surely.
func savedIn(file *sql.DB, title string) bool {
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(25 * time.Millisecond) {
		var n int
		if file.QueryRow("SELECT count(*) FROM promises WHERE title = ?", title).Scan(&n) == nil && n == 1 {
			return true
		}
	}
	return false
}

// waitFor reads what comes until text is in it (15 s at most).
func (s *benchSession) waitFor(text string) bool {
	var seen []byte
	t := time.NewTimer(15 * time.Second)
	defer t.Stop()
	for {
		select {
		case c, ok := <-s.chunks:
			if !ok {
				return false
			}
			seen = append(seen, c...)
			if strings.Contains(string(seen), text) {
				return true
			}
		case <-t.C:
			return false
		}
	}
}

// press sends one key; measured, it times the first bytes of the answer
// and counts the bytes until the screen is quiet.
func (s *benchSession) press(key string, measured bool) {
	for drained := false; !drained; {
		select {
		case <-s.chunks:
		default:
			drained = true
		}
	}
	start := time.Now()
	io.WriteString(s.in, key)
	if !measured {
		return
	}
	c, ok := <-s.chunks
	if !ok {
		return
	}
	s.latencies = append(s.latencies, time.Since(start))
	s.bytes = append(s.bytes, len(c)+s.quiet(15*time.Millisecond))
}

// quiet waits until nothing has come for d, and returns the bytes that came.
func (s *benchSession) quiet(d time.Duration) int {
	total := 0
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case c, ok := <-s.chunks:
			if !ok {
				return total
			}
			total += len(c)
			t.Reset(d)
		case <-t.C:
			return total
		}
	}
}
