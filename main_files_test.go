//go:build unix

package main

import (
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"handoff/db"
)

// exportTo runs an export into a file and fails the test unless it works.
func exportTo(t *testing.T, args ...string) {
	t.Helper()
	if code, _, errOut := handoff(t, args...); code != 0 {
		t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
	}
}

// withUmask runs the test under a umask, restoring the old one after.
func withUmask(t *testing.T, mask int) {
	t.Helper()
	old := syscall.Umask(mask)
	t.Cleanup(func() { syscall.Umask(old) })
}

// TestExportOntoSpecialFiles: -o writes into a pipe and into /dev/stdout
// rather than replacing them, refuses a folder in one sentence, and never
// names a temporary file.
func TestExportOntoSpecialFiles(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	dir := t.TempDir()

	t.Run("FIFO", func(t *testing.T) {
		fifo := filepath.Join(dir, "pipe")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Fatal(err)
		}
		got := make(chan string, 1)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- err.Error()
				return
			}
			defer f.Close()
			b, _ := io.ReadAll(f)
			got <- string(b)
		}()
		code, _, errOut := handoff(t, "--db", path, "export", "--deal", "SAP", "-o", fifo)
		if code != 0 {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		select {
		case b := <-got:
			if !strings.HasPrefix(b, "# Handoff: SAP") {
				t.Errorf("the pipe read %q", b[:min(len(b), 80)])
			}
		case <-time.After(10 * time.Second):
			t.Fatal("nothing came through the pipe")
		}
		if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("the pipe was replaced: %v %v", st.Mode(), err)
		}
	})

	t.Run("DevStdout", func(t *testing.T) {
		// /dev/stdout names whatever fd 1 is; point it at a file for the
		// length of the command. The command is given a link to it in a
		// folder of the test's, so that a version that replaces the name
		// replaces only that link.
		link := filepath.Join(dir, "stdout-link")
		if err := os.Symlink("/dev/stdout", link); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "stdout.txt")
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		saved, err := syscall.Dup(1)
		if err != nil {
			t.Fatal(err)
		}
		syscall.Dup2(int(f.Fd()), 1)
		code, _, errOut := handoff(t, "--db", path, "export", "--deal", "SAP", "-o", link)
		syscall.Dup2(saved, 1)
		syscall.Close(saved)
		f.Close()
		if code != 0 {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
		if b, _ := os.ReadFile(out); !strings.HasPrefix(string(b), "# Handoff: SAP") {
			t.Errorf("fd 1 got %q", string(b)[:min(len(b), 80)])
		}
	})

	t.Run("Folder", func(t *testing.T) {
		code, out, errOut := handoff(t, "--db", path, "export", "-o", dir)
		if code != 2 || out != "" || errOut != "handoff: could not write "+dir+": it is a folder; name a file in it\n" {
			t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
		}
	})

	t.Run("NoTempNames", func(t *testing.T) {
		ro := filepath.Join(dir, "ro")
		if err := os.Mkdir(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		if os.Geteuid() == 0 {
			// root writes anywhere; a missing folder still shows the message
			ro = filepath.Join(dir, "missing")
		}
		target := filepath.Join(ro, "r.md")
		code, _, errOut := handoff(t, "--db", path, "export", "-o", target)
		if code != 2 || strings.Contains(errOut, ".tmp") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, target) {
			t.Errorf("exit %d, stderr %q; want one sentence naming %s and no temporary file", code, errOut, target)
		}
	})
}

// TestExportModes: a report honours the umask and is never wider than
// 0644, a JSON export is 0600, and replacing a file keeps it as narrow as
// it was.
func TestExportModes(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	dir := t.TempDir()
	withUmask(t, 0o077)
	md := filepath.Join(dir, "r.md")
	exportTo(t, "--db", path, "export", "--deal", "SAP", "-o", md)
	if st, _ := os.Stat(md); st.Mode().Perm() != 0o600 {
		t.Errorf("under umask 077 the report is %04o, want 0600", st.Mode().Perm())
	}
	syscall.Umask(0)
	wide := filepath.Join(dir, "wide.md")
	exportTo(t, "--db", path, "export", "--deal", "SAP", "-o", wide)
	if st, _ := os.Stat(wide); st.Mode().Perm() != 0o644 {
		t.Errorf("under umask 0 the report is %04o, want 0644", st.Mode().Perm())
	}
	js := filepath.Join(dir, "x.json")
	exportTo(t, "--db", path, "export", "--format", "json", "-o", js)
	if st, _ := os.Stat(js); st.Mode().Perm() != 0o600 {
		t.Errorf("under umask 0 the JSON export is %04o, want 0600", st.Mode().Perm())
	}
	if err := os.Chmod(wide, 0o640); err != nil {
		t.Fatal(err)
	}
	exportTo(t, "--db", path, "export", "--deal", "SAP", "-o", wide)
	if st, _ := os.Stat(wide); st.Mode().Perm() != 0o640 {
		t.Errorf("a 0640 report replaced is %04o, want 0640", st.Mode().Perm())
	}
	// The database and its companions stay 0600 whatever the umask.
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() && info.Mode().Perm() != 0o600 {
			t.Errorf("%s is %04o, want 0600", e.Name(), info.Mode().Perm())
		}
	}
}

// damageTable overwrites the middle of the last page of a table, leaving
// the rest of the file as it was, and returns how many pages the table has.
func damageTable(t *testing.T, path, table string) {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	var page, size int64
	err = raw.QueryRow(`SELECT max(pageno), max(pgsize) FROM dbstat WHERE name = ? AND pagetype = 'leaf'`, table).Scan(&page, &size)
	raw.Close()
	if err != nil || page == 0 {
		t.Fatalf("no leaf page of %s: %v", table, err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt([]byte(strings.Repeat("\xff\x00\x13", int(size)/3-100)), (page-1)*size+150); err != nil {
		t.Fatal(err)
	}
}

// Commands that write check the file first and refuse a damaged one,
// offering the JSON export of what can be read — which then holds every
// deal it can read and names the ones it cannot.
func TestWritesRefusedOnDamagedFile(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	damageTable(t, path, "promises")
	csv := writeFile(t, "p.csv", "title\nA promise\n")
	for _, args := range [][]string{{"sample"}, {"words", "add", "x"}, {"words", "remove", "x"}, {"import", csv, "--deal", "SAP"}} {
		code, _, errOut := handoff(t, append([]string{"--db", path}, args...)...)
		if code != 2 || errOut != "handoff: "+path+" is damaged, so handoff will not write to it; save what can still be read with: handoff --db "+path+" export --format json -o rescue.json\n" {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
		}
	}
	rescue := filepath.Join(t.TempDir(), "rescue.json")
	code, _, errOut := handoff(t, "--db", path, "export", "--format", "json", "-o", rescue)
	if code != 2 || !strings.Contains(errOut, "so the export leaves") || strings.Contains(errOut, "malformed") {
		t.Errorf("the rescue export: exit %d, stderr %q; want 2 and the deals left out named", code, errOut)
	}
	b, err := os.ReadFile(rescue)
	if err != nil {
		t.Fatalf("the rescue export was not written: %v", err)
	}
	a, err := db.UnmarshalArchive(b)
	if err != nil || len(a.People) == 0 || len(a.Deals) == 0 || len(a.Deals) == 3 {
		t.Errorf("the rescue holds %d people and %d of the 3 deals (%v); want the people and the deals that can be read", len(a.People), len(a.Deals), err)
	}
}
