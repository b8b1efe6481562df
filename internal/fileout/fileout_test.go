package fileout

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.md")
	if err := Write(path, []byte("one"), 0o644, false); err != nil {
		t.Fatal(err)
	}
	err := Write(path, []byte("two"), 0o644, false)
	if !errors.Is(err, ErrExists) || err.Error() != path+" exists already: the file exists" {
		t.Errorf("a second write without replace: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "one" {
		t.Errorf("the file holds %q", b)
	}
	if err := Write(path, []byte("three"), 0o644, true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "three" {
		t.Errorf("after replacing the file holds %q", b)
	}
	for _, want := range []string{"r-2.md", "r-3.md"} {
		name, err := WriteBeside(path, []byte("beside"), 0o644)
		if err != nil || name != filepath.Join(dir, want) {
			t.Errorf("WriteBeside: %q, %v; want %s", name, err, want)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("the folder holds %d files, want 3 (no temporary ones)", len(entries))
	}
	missing := filepath.Join(dir, "no", "r.md")
	err = Write(missing, nil, 0o644, false)
	if err == nil || strings.Contains(err.Error(), ".tmp") || err.Error() != "could not write "+missing+": the folder "+filepath.Dir(missing)+" does not exist" {
		t.Errorf("into a missing folder: %v", err)
	}
}

func TestExpandHome(t *testing.T) {
	t.Setenv("HOME", "/home/ada")
	for in, want := range map[string]string{"~": "/home/ada", "~/r.md": "/home/ada/r.md", "~bob/r.md": "~bob/r.md", "a/~/b": "a/~/b"} {
		if got := ExpandHome(in); got != want {
			t.Errorf("ExpandHome(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCause(t *testing.T) {
	_, err := os.Open(filepath.Join(t.TempDir(), "missing"))
	if got := Cause(err); got.Error() != "no such file or directory" {
		t.Errorf("Cause(%v) = %q, want the reason alone", err, got)
	}
	plain := errors.New("plain")
	if got := Cause(plain); got != plain {
		t.Errorf("Cause(plain) = %v, want it unchanged", got)
	}
	if Cause(nil) != nil {
		t.Error("Cause(nil) is not nil")
	}
}
