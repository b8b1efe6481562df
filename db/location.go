package db

import (
	"path/filepath"
	"strings"
)

// LocationWarning says, in one sentence, why a database path is a risky
// place — a network or FUSE file system (recognised on Linux), or a folder
// a sync client watches — or "" when it looks like a local disk. The check
// is on the folder, so it works before the file exists.
func LocationWarning(path string) string {
	if w := fileSystemWarning(filepath.Dir(path)); w != "" {
		return w
	}
	for _, name := range []string{"Dropbox", "OneDrive", "Google Drive", "GoogleDrive", "iCloud", "Nextcloud", "ownCloud", "pCloud", "Box Sync"} {
		if strings.Contains(path, string(filepath.Separator)+name) {
			return "the database is in a " + name + " folder; a sync client can copy it while it is written and corrupt it, so keep it outside"
		}
	}
	return ""
}
