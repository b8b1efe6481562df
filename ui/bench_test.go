package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/model"
)

// The benchmarks of README "Speed" run on the large generated database
// (db.BenchSpec; HANDOFF_BENCH=10 for the ten-times one, db.BenchSpec10).
// It is generated once and kept in the temp folder, named for the schema
// version and spec, so later runs start at once.

var benchOnce sync.Once
var benchPath string
var benchErr error

func benchDB(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		spec := benchSpec()
		benchPath = filepath.Join(os.TempDir(), fmt.Sprintf("handoff-bench-g2-s%d-%d-%d-%d-%d.db",
			db.SchemaVersion(), spec.Deals, spec.Promises, spec.Big, spec.Medium))
		if _, err := os.Stat(benchPath); err == nil {
			return
		}
		tmp := benchPath + ".tmp"
		os.Remove(tmp)
		ctx := context.Background()
		s, err := db.Open(ctx, tmp)
		if err != nil {
			benchErr = err
			return
		}
		start := time.Now()
		if err := s.Generate(ctx, spec); err != nil {
			benchErr = err
			return
		}
		s.Close()
		fmt.Fprintf(os.Stderr, "generated %s in %s\n", benchPath, time.Since(start).Round(time.Millisecond))
		benchErr = os.Rename(tmp, benchPath)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath
}

// benchSpec is the spec the benchmarks run on: db.BenchSpec, or
// db.BenchSpec10 when HANDOFF_BENCH is 10.
func benchSpec() db.GenerateSpec {
	if os.Getenv("HANDOFF_BENCH") == "10" {
		return db.BenchSpec10
	}
	return db.BenchSpec
}

// drain runs a command and every command its messages lead to through the
// app, as the Bubble Tea loop would, but synchronously. Ticks are dropped.
func drain(a *App, cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		switch m := msg.(type) {
		case tea.BatchMsg:
			queue = append(queue, m...)
			continue
		case pollMsg, nil:
			continue
		}
		if fmt.Sprintf("%T", msg) == "tea.sequenceMsg" {
			continue
		}
		_, next := a.Update(msg)
		queue = append(queue, next)
	}
}

// BenchmarkStartToFirstFrame: open the file, load people and the deal
// list's first screen, lay out and render it. The rest of the list is read
// after this frame (BenchmarkDealListRest).
func BenchmarkStartToFirstFrame(b *testing.B) {
	path := benchDB(b)
	ctx := context.Background()
	b.ResetTimer()
	cpu := cpuTime()
	defer func() { reportCPU(b, cpu) }()
	for b.Loop() {
		s, err := db.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		a := New(ctx, s, Options{NoColor: true})
		a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		drain(a, loadPeopleCmd(a.sh))
		a.Update(loadFirstDealsCmd(a.sh)()) // what it asks next comes after the frame
		if n := len(a.deals().all); n != min(firstScreenDeals, benchSpec().Deals) {
			b.Fatalf("%d deals", n)
		}
		_ = a.View()
		s.Close()
	}
}

// BenchmarkDealListRest: read every deal's summary and take them into the
// deal list, as after its first frame.
func BenchmarkDealListRest(b *testing.B) {
	a, done := benchApp(b)
	defer done()
	b.ResetTimer()
	cpu := cpuTime()
	defer func() { reportCPU(b, cpu) }()
	for b.Loop() {
		drain(a, loadDealsCmd(a.sh))
		if len(a.deals().all) != benchSpec().Deals {
			b.Fatalf("%d deals", len(a.deals().all))
		}
		_ = a.View()
	}
}

// benchApp is the app on the benchmark database at 120×40, its
// integrity check left to BenchmarkQuickCheck; done closes the store.
func benchApp(b *testing.B) (a *App, done func()) {
	s, err := db.Open(context.Background(), benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	a = New(context.Background(), s, Options{NoColor: true})
	a.checkStarted = true
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return a, func() { s.Close() }
}

// openDeal opens the app on the benchmark deal numbered which.
func openDeal(b *testing.B, which int) (*App, func()) {
	a, done := benchApp(b)
	drain(a, tea.Batch(loadPeopleCmd(a.sh), loadDealsCmd(a.sh)))
	var id int64
	for _, d := range a.deals().all {
		if d.Deal.Name == fmt.Sprintf("Deal %04d", which) {
			id = d.Deal.ID
		}
	}
	drain(a, a.openDeal(id))
	return a, done
}

// BenchmarkKeyPress10k: one key press (down, then up at the end) in the
// promise list of the deal with 10,000 promises, update and view; it
// reports the median and 99th percentile too.
func BenchmarkKeyPress10k(b *testing.B) {
	a, done := openDeal(b, 1)
	defer done()
	benchKeyPress(b, a)
}

// BenchmarkKeyPress10kAfterEdit is BenchmarkKeyPress10k after one save on
// that deal, on a copy of the database, and the screen brought up to date
// after it: the store then keeps the deal's rows for the next write, as in
// the app, and the screen shares them. It reports the live heap and the
// collections per thousand presses; run it with GOMEMLIMIT=40MiB for the
// app's soft limit (and GOGC to compare the collector's settings).
func BenchmarkKeyPress10kAfterEdit(b *testing.B) {
	// as the app, which samples no allocations (see cmd_tui.go)
	defer func(rate int) { runtime.MemProfileRate = rate }(runtime.MemProfileRate)
	runtime.MemProfileRate = 0
	path := filepath.Join(b.TempDir(), "edit.db")
	if err := copyFile(benchDB(b), path); err != nil {
		b.Fatal(err)
	}
	s, err := db.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	a := New(context.Background(), s, Options{NoColor: true})
	a.checkStarted = true
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	drain(a, tea.Batch(loadPeopleCmd(a.sh), loadDealsCmd(a.sh)))
	drain(a, a.openDeal(1))
	p := a.deal().d.Promises[0]
	p.Title += " (edited)"
	if err := s.UpdatePromise(context.Background(), &p); err != nil {
		b.Fatal(err)
	}
	drain(a, a.refreshDeal(a.deal().id)) // as the app does after its own save
	if got := a.deal().d.Promises[0].Title; got != p.Title {
		b.Fatalf("title %q after the save, want %q", got, p.Title)
	}
	live, _ := liveHeap()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	benchKeyPress(b, a)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.NumGC-before.NumGC)*1000/float64(b.N), "gc/1000")
	b.ReportMetric(live, "live-MB")
}

// copyFile copies a file a piece at a time: read whole, the 1 GB
// database would leave the heap's bookkeeping of a gigabyte behind, which
// counts against the soft memory limit as the app's does not.
func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

// benchKeyPress presses down (then up at the end) in the open deal's
// promise list, update and view, and reports the median and 99th
// percentile.
func benchKeyPress(b *testing.B, a *App) {
	if n := len(a.deal().d.Promises); n < 10000 {
		b.Fatalf("%d promises", n)
	}
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	up := tea.KeyPressMsg{Code: tea.KeyUp}
	var times []time.Duration
	b.ResetTimer()
	cpu := cpuTime()
	i := 0
	for b.Loop() {
		start := time.Now()
		k := down
		if (i/9000)%2 == 1 {
			k = up
		}
		a.Update(k)
		_ = a.View()
		times = append(times, time.Since(start))
		i++
	}
	b.StopTimer()
	reportCPU(b, cpu)
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds()), "median-µs")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkOpenDeal1000: open the deal with 1,000 promises as Enter on the
// deal list does: read its first screen, lay it out, render it. The rest
// of the deal is read after this frame (BenchmarkReadDeal1000).
func BenchmarkOpenDeal1000(b *testing.B) { benchOpen(b, 2, 1000, false) }

// BenchmarkOpenDeal10000: the same for the deal with 10,000 promises.
func BenchmarkOpenDeal10000(b *testing.B) { benchOpen(b, 1, 10000, false) }

// BenchmarkReadDeal1000: read the deal with 1,000 promises whole, lay it
// out, render it: what follows the first frame, and every reload.
func BenchmarkReadDeal1000(b *testing.B) { benchOpen(b, 2, 1000, true) }

// BenchmarkReadDeal10000: the same for the deal with 10,000 promises.
func BenchmarkReadDeal10000(b *testing.B) { benchOpen(b, 1, 10000, true) }

// BenchmarkReloadDeal10000: after a save changed one promise of the deal
// with 10,000 promises, bring the screen's copy up to date as the reload
// does (the rows the history names since it was read), lay it out, render
// it. The save itself is not timed; reading the deal whole again is
// BenchmarkReadDeal10000.
func BenchmarkReloadDeal10000(b *testing.B) {
	a, done := openDeal(b, 1)
	defer done()
	ctx, id := context.Background(), a.deal().id
	title := a.deal().d.Promises[0].Title
	save := func(t string) {
		p := a.deal().d.Promises[0]
		p.Title = t
		if err := a.sh.store.UpdatePromise(ctx, &p); err != nil {
			b.Fatal(err)
		}
	}
	defer func() { save(title) }()
	var cpu time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		want := fmt.Sprintf("%s (%d)", title, i)
		save(want)
		b.StartTimer()
		start := cpuTime()
		drain(a, a.refreshDeal(id))
		_ = a.View()
		cpu += cpuTime() - start
		if got := a.deal().d.Promises[0].Title; got != want {
			b.Fatalf("title %q after the reload, want %q", got, want)
		}
	}
	b.ReportMetric(float64(cpu)/float64(b.N)/1e6, "cpu-ms/op")
}

func benchOpen(b *testing.B, which, n int, whole bool) {
	a, done := openDeal(b, which)
	defer done()
	id := a.deal().id
	b.ResetTimer()
	cpu := cpuTime()
	defer func() { reportCPU(b, cpu) }()
	for b.Loop() {
		a.sh.store.ForgetReads() // each a first read of the deal, as on opening it after start
		a.stack = append(a.stack[:1], newDealScreen(a.sh, id))
		if whole {
			drain(a, loadDossierCmd(a.sh, id))
		} else {
			a.Update(openDossierCmd(a.sh, id)()) // what it asks next comes after the frame
		}
		if got := a.deal().promiseCount(); got != n {
			b.Fatalf("%d promises", got)
		}
		_ = a.View()
	}
}

// BenchmarkReportPreview1000: lay out the report preview of the deal with
// 1,000 promises at 120 columns (what x does before the preview shows).
func BenchmarkReportPreview1000(b *testing.B) {
	a, done := openDeal(b, 2)
	defer done()
	md := model.Report(a.deal().d, time.Now())
	b.ResetTimer()
	for b.Loop() {
		_ = reportPreview(md, 118, a.sh.styles)
	}
}

// BenchmarkQuickCheck: SQLite's quick check over the whole large file, which
// the app runs after its first frame.
func BenchmarkQuickCheck(b *testing.B) {
	path := benchDB(b)
	ctx := context.Background()
	s, err := db.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	for b.Loop() {
		if err := s.QuickCheck(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU reports the processor time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkDealListReload: read the deal list again after the last fifty
// history events, as after a save: the deals they name, put into the list.
func BenchmarkDealListReload(b *testing.B) {
	a, done := benchApp(b)
	defer done()
	drain(a, loadDealsCmd(a.sh))
	seen := a.sh.dealsSeen
	b.ResetTimer()
	cpu := cpuTime()
	defer func() { reportCPU(b, cpu) }()
	for b.Loop() {
		a.sh.dealsSeen = seen - 50
		drain(a, reloadDealsCmd(a.sh))
		if len(a.deals().all) != benchSpec().Deals {
			b.Fatalf("%d deals", len(a.deals().all))
		}
		_ = a.View()
	}
}

// BenchmarkReportPreview10000: open the report preview of the deal with
// 10,000 promises in colour, as in a terminal, and lay it out; then leave
// it. It reports the live heap the open preview holds beyond the deal
// screen (preview-MB) and what is left of it once left (left-MB), each after
// a collection, and the memory allocated on the way (alloc-MB).
func BenchmarkReportPreview10000(b *testing.B) { benchPreview10000(b, false) }

// BenchmarkPreviewSearch10000: search that preview for a word found on
// every promise, as a key typed into the search does; it reports the memory
// allocated a search (alloc-MB).
func BenchmarkPreviewSearch10000(b *testing.B) { benchPreview10000(b, true) }

func benchPreview10000(b *testing.B, search bool) {
	s, err := db.Open(context.Background(), benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	a := New(context.Background(), s, Options{})
	a.checkStarted = true
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	drain(a, tea.Batch(loadPeopleCmd(a.sh), loadDealsCmd(a.sh)))
	var id int64
	for _, d := range a.deals().all {
		if d.Deal.Name == "Deal 0001" {
			id = d.Deal.ID
		}
	}
	drain(a, a.openDeal(id))
	if n := len(a.deal().d.Promises); n < 10000 {
		b.Fatalf("%d promises", n)
	}
	var held, left, alloc float64
	if search {
		_, cmd := a.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
		drain(a, cmd)
		r := a.top().(*reportScreen)
		b.ResetTimer()
		cpu := cpuTime()
		for i := 0; b.Loop(); i++ {
			_, total := liveHeap()
			r.find.input.SetValue([]string{"promise", "Promise"}[i%2])
			r.showHits()
			_, after := liveHeap()
			alloc += after - total
		}
		if len(r.find.hits) < 10000 {
			b.Fatalf("%d hits", len(r.find.hits))
		}
		reportCPU(b, cpu)
		b.ReportMetric(alloc/float64(b.N), "alloc-MB")
		return
	}
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		base, total := liveHeap()
		_, cmd := a.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
		drain(a, cmd)
		r, ok := a.top().(*reportScreen)
		if !ok || !r.rendered {
			b.Fatal("no preview")
		}
		_, cmd = a.Update(tea.KeyPressMsg{Code: tea.KeyEnd})
		drain(a, cmd)
		_ = a.View()
		in, after := liveHeap()
		held += in - base
		alloc += after - total
		a.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
		out, _ := liveHeap()
		left += out - base
	}
	reportCPU(b, cpu)
	n := float64(b.N)
	b.ReportMetric(held/n, "preview-MB")
	b.ReportMetric(left/n, "left-MB")
	b.ReportMetric(alloc/n, "alloc-MB")
}

// liveHeap is the live heap after a collection and the bytes allocated so
// far, in MB.
func liveHeap() (live, total float64) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / 1e6, float64(m.TotalAlloc) / 1e6
}
