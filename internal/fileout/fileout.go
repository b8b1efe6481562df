// Package fileout writes the files handoff hands out — reports and JSON
// exports — the way a careful tool does: whole or not at all, with the
// umask honoured, never over a file it was not told to replace, and with
// errors that name the file asked for, never a temporary one.
package fileout

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrExists: the file is there already, and was not to be replaced.
var ErrExists = errors.New("the file exists")

// Write writes data to path through a temporary file in the same folder,
// so path holds the old content or the new, never a part. The file is
// made with perm less the umask. Unless replace is set, an existing path
// is left alone and the error is ErrExists — checked as the file is put in
// place, so a file that appears meanwhile is not overwritten either. A
// file replaced keeps permissions as narrow as it had.
func Write(path string, data []byte, perm fs.FileMode, replace bool) error {
	return WriteFrom(path, func(w io.Writer) error { _, err := w.Write(data); return err }, perm, replace)
}

// WriteFrom is Write with the content written by fill, as it is made, so
// it need not be held whole; an error from fill leaves path as it was.
func WriteFrom(path string, fill func(io.Writer) error, perm fs.FileMode, replace bool) error {
	if st, err := os.Stat(path); err == nil && replace && st.Mode().IsRegular() {
		perm &= st.Mode().Perm() // a file replaced stays as private as it was
	}
	tmp, err := writeTemp(path, fill, perm)
	if err != nil {
		return Error(path, err)
	}
	defer os.Remove(tmp) // gone already once in place
	if replace {
		if err := os.Rename(tmp, path); err != nil {
			return Error(path, err)
		}
		return nil
	}
	return Error(path, linkNew(tmp, path))
}

// WriteBeside writes data to the first free name of "name-2.ext",
// "name-3.ext" …, for keeping both an existing file and a new one, and
// returns the name it used.
func WriteBeside(path string, data []byte, perm fs.FileMode) (string, error) {
	tmp, err := writeTemp(path, func(w io.Writer) error { _, err := w.Write(data); return err }, perm)
	if err != nil {
		return "", Error(path, err)
	}
	defer os.Remove(tmp)
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for n := 2; n < 10000; n++ {
		name := stem + "-" + strconv.Itoa(n) + ext
		err := linkNew(tmp, name)
		if !errors.Is(err, ErrExists) {
			return name, Error(name, err)
		}
	}
	return "", Error(path, ErrExists)
}

// writeTemp writes what fill writes, synced, to a new temporary file beside
// path.
func writeTemp(path string, fill func(io.Writer) error, perm fs.FileMode) (string, error) {
	var f *os.File
	var err error
	for range 100 {
		name := filepath.Join(filepath.Dir(path), fmt.Sprintf(".%s.%d.tmp", filepath.Base(path), rand.Uint32()))
		f, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return "", err
	}
	err = fill(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// linkNew puts tmp in place at path only if nothing is there: a hard
// link fails when path exists. Where links are not supported, it looks
// first and renames.
func linkNew(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil || errors.Is(err, fs.ErrExist) {
		if err != nil {
			return ErrExists
		}
		return nil
	}
	if _, serr := os.Lstat(path); serr == nil {
		return ErrExists
	}
	return os.Rename(tmp, path)
}

// Error is the sentence for a file that could not be written, naming the
// file asked for, never a temporary one; nil stays nil.
func Error(path string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, ErrExists) {
		return fmt.Errorf("%s exists already: %w", path, ErrExists)
	}
	err = Cause(err)
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("could not write %s: the folder %s does not exist", path, filepath.Dir(path))
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("could not write %s: the folder %s is not writable for you", path, filepath.Dir(path))
	}
	return fmt.Errorf("could not write %s: %v", path, err)
}

// Cause is err less the operation and path that a *fs.PathError puts
// before it ("open /a/b: permission denied" becomes "permission denied"),
// for a message that names the file itself.
func Cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ExpandHome turns a leading "~" or "~/" into the home folder, as a shell
// would for a path typed in the app.
func ExpandHome(path string) string {
	if path != "~" && !strings.HasPrefix(path, "~/") {
		return path
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return path
	}
	return filepath.Join(home, strings.TrimPrefix(path, "~"))
}
