package db

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/crypto/ssh"

	"handoff/internal/i18n"
	"handoff/model"
)

// PersonKey is one SSH public key a person signs in to the server with.
type PersonKey struct {
	ID       int64
	PersonID int64
	// Person is the key owner's name.
	Person string
	// Fingerprint is the key's SHA256 fingerprint, as ssh-keygen -l shows it.
	Fingerprint string
	// Key is the key in authorized_keys form, without its comment.
	Key     string
	Comment string
}

// ErrUnknownKey: no person in the directory owns the key.
var ErrUnknownKey = errors.New("unknown key")

// ParseKey reads one public key as authorized_keys and .pub files write
// it ("ssh-ed25519 AAAA… comment") and returns it with its fingerprint.
func ParseKey(line string) (key ssh.PublicKey, comment string, err error) {
	key, comment, _, _, err = ssh.ParseAuthorizedKey([]byte(strings.TrimSpace(line)))
	if err != nil {
		return nil, "", i18n.Msg("not an SSH public key (%s)", err.Error())
	}
	return key, comment, nil
}

// AddKey gives a person a public key to sign in with. A key may belong to
// one person only.
func (s *Store) AddKey(ctx context.Context, personID int64, line string) (PersonKey, error) {
	key, comment, err := ParseKey(line)
	if err != nil {
		return PersonKey{}, err
	}
	k := PersonKey{PersonID: personID, Fingerprint: ssh.FingerprintSHA256(key),
		Key: strings.TrimSpace(string(ssh.MarshalAuthorizedKey(key))), Comment: comment}
	err = s.write(ctx, func(t *txn) error {
		p, err := people.get(ctx, t.tx, personID)
		if err != nil {
			return err
		}
		k.Person = p.Name
		var owner string
		switch err := t.queryRow(`SELECT p.name FROM person_keys k JOIN people p ON p.id = k.person_id
			WHERE k.fingerprint = ?`, k.Fingerprint).Scan(&owner); {
		case err == nil:
			return i18n.Msg("the key %s belongs to %s already", k.Fingerprint, owner)
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		res, err := t.exec(`INSERT INTO person_keys (person_id, fingerprint, public_key, comment, added_at)
			VALUES (?, ?, ?, ?, ?)`, personID, k.Fingerprint, k.Key, k.Comment, formatTime(t.now))
		if err != nil {
			return err
		}
		if k.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return t.event(0, "key", k.ID, "create", nil, keyRecord(k))
	})
	return k, err
}

// keyRecord is a key as the history keeps it: whose, and which.
func keyRecord(k PersonKey) map[string]any {
	return map[string]any{"person": k.Person, "fingerprint": k.Fingerprint, "comment": k.Comment}
}

// Keys lists every key, by owner's name and fingerprint.
func (s *Store) Keys(ctx context.Context) ([]PersonKey, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT k.id, k.person_id, p.name, k.fingerprint, k.public_key, k.comment
		FROM person_keys k JOIN people p ON p.id = k.person_id ORDER BY p.name COLLATE NOCASE, k.fingerprint`)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []PersonKey
	for rows.Next() {
		var k PersonKey
		if err := rows.Scan(&k.ID, &k.PersonID, &k.Person, &k.Fingerprint, &k.Key, &k.Comment); err != nil {
			return nil, mapErr(err)
		}
		out = append(out, k)
	}
	return out, mapErr(rows.Err())
}

// KeyOwner is the person, still in the directory, who owns the key with
// this fingerprint; ErrUnknownKey when nobody does.
func (s *Store) KeyOwner(ctx context.Context, fingerprint string) (model.Person, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT k.person_id FROM person_keys k JOIN people p ON p.id = k.person_id
		WHERE k.fingerprint = ? AND p.deleted = 0`, fingerprint).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Person{}, ErrUnknownKey
	}
	if err != nil {
		return model.Person{}, mapErr(err)
	}
	return s.Person(ctx, id)
}

// RemoveKey takes away the key with this fingerprint (or the only key
// whose fingerprint ends with it): it no longer signs anyone in.
func (s *Store) RemoveKey(ctx context.Context, fingerprint string) (PersonKey, error) {
	all, err := s.Keys(ctx)
	if err != nil {
		return PersonKey{}, err
	}
	var found []PersonKey
	for _, k := range all {
		if k.Fingerprint == fingerprint || strings.TrimPrefix(k.Fingerprint, "SHA256:") == fingerprint {
			found = []PersonKey{k}
			break
		}
		if len(fingerprint) >= 8 && strings.HasSuffix(k.Fingerprint, fingerprint) {
			found = append(found, k)
		}
	}
	switch len(found) {
	case 0:
		return PersonKey{}, i18n.Msg("no key has the fingerprint %s", fingerprint)
	case 1:
	default:
		return PersonKey{}, i18n.Msg("%s ends more than one key's fingerprint; give the whole fingerprint", fingerprint)
	}
	k := found[0]
	err = s.write(ctx, func(t *txn) error {
		if _, err := t.exec("DELETE FROM person_keys WHERE id = ?", k.ID); err != nil {
			return err
		}
		return t.event(0, "key", k.ID, "delete", keyRecord(k), nil)
	})
	return k, err
}

// BackupTo writes a consistent copy of the database to path, 0600, while
// others may be writing: VACUUM INTO reads one snapshot. The copy is made
// beside path and moved into place when complete, so path holds either
// the old file or the whole new copy.
func (s *Store) BackupTo(ctx context.Context, path string) error {
	path, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if path == s.path {
		return i18n.Msg("%s is the database itself; name another file for the copy", path)
	}
	tmpPath, err := newTempBeside(path)
	if err != nil {
		return err
	}
	defer os.Remove(tmpPath)
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", tmpPath); err != nil {
		return mapErr(err)
	}
	if f, err := os.Open(tmpPath); err == nil {
		err = f.Sync()
		f.Close()
		if err != nil {
			return err
		}
	}
	return os.Rename(tmpPath, path)
}
