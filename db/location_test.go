package db

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestLocationWarning(t *testing.T) {
	if w := LocationWarning(filepath.Join(t.TempDir(), "h.db")); w != "" {
		t.Errorf("a temp folder on a local disk was warned about: %s", w)
	}
	w := LocationWarning(filepath.Join(string(filepath.Separator)+"home", "anna", "Dropbox", "deals", "h.db"))
	if !strings.Contains(w, "Dropbox") {
		t.Errorf("a Dropbox folder was not warned about: %q", w)
	}
}
