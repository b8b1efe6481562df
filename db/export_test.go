package db

import (
	"database/sql"
	"io/fs"
)

// Test hooks: only the tests of this package see these.

// WithMigrations opens with the migrations in fsys (a "migrations" folder of
// NNNN_name.sql files) instead of the embedded ones, so a test can play an
// older or a newer version of the app.
func WithMigrations(fsys fs.FS) Option { return func(o *options) { o.migrations = fsys } }

// EmbeddedMigrations is the app's own migrations, for tests that build a
// newer schema on top of them.
func EmbeddedMigrations() fs.FS { return embeddedMigrations }

// Pool is the store's connection pool, for tests that check what each
// pooled connection was opened with.
func Pool(s *Store) *sql.DB { return s.db }
