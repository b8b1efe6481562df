package db

import "syscall"

// fileSystemWarning names a network or FUSE file system under dir, on which
// SQLite's WAL locking is not safe.
func fileSystemWarning(dir string) string {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return ""
	}
	// Magic numbers of statfs f_type.
	name := ""
	switch int64(st.Type) {
	case 0x6969:
		name = "NFS"
	case 0x517b, 0xfe534d42:
		name = "SMB"
	case 0xff534d42:
		name = "CIFS"
	case 0x65735546:
		name = "FUSE (sshfs, a sync client, …)"
	case 0x01021997:
		name = "9P"
	case 0x6b414653:
		name = "AFS"
	}
	if name == "" {
		return ""
	}
	return "the database is on a " + name + " file system; SQLite needs a local disk to keep it safe, so copy it to one"
}
