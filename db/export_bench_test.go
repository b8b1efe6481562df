package db_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"handoff/db"
)

// benchExportDB is the large generated database of README "Speed"
// (db.BenchSpec), the very file the ui benchmarks generate and keep in
// the temp folder, generated here when they have not made it yet.
func benchExportDB(b *testing.B) string {
	b.Helper()
	spec := db.BenchSpec
	path := filepath.Join(os.TempDir(), fmt.Sprintf("handoff-bench-g2-s%d-%d-%d-%d-%d.db",
		db.SchemaVersion(), spec.Deals, spec.Promises, spec.Big, spec.Medium))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".tmp"
	os.Remove(tmp)
	s, err := db.Open(b.Context(), tmp)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Generate(b.Context(), spec); err != nil {
		b.Fatal(err)
	}
	s.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// countWriter counts what is written and keeps none of it.
type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)

// BenchmarkWriteExport is the JSON export of the whole large database,
// written to nowhere: what `handoff export --format json` does but the
// file, under the soft memory limit the command sets (40 MiB), which
// makes the garbage collector work harder the more the export holds. It
// reports processor time and the bytes of one export.
func BenchmarkWriteExport(b *testing.B) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(40 << 20))
	ctx := b.Context()
	s, err := db.Open(ctx, benchExportDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var w countWriter
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		w.n = 0
		if err := s.WriteExport(ctx, &w); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(w.n), "bytes")
}
