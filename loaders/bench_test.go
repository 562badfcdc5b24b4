package loaders_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/source"
	"github.com/eventgraph/eventgraph/store"
)

// writeFolder makes n distinct articles from the test articles: each copy
// gets its own URL, a later publication date and a closing line of its own,
// so every one is new content for the graph.
func writeFolder(b *testing.B, dir string, n int) {
	b.Helper()
	base, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(base) == 0 {
		b.Fatalf("no test articles: %v", err)
	}
	for i := 0; i < n; i++ {
		src := base[i%len(base)]
		text, err := os.ReadFile(src)
		if err != nil {
			b.Fatal(err)
		}
		var meta map[string]any
		metaBytes, _ := os.ReadFile(strings.TrimSuffix(src, ".txt") + ".json")
		json.Unmarshal(metaBytes, &meta)
		meta["url"] = fmt.Sprintf("https://example.test/bench/%d", i)
		meta["publishedAt"] = time.Date(2020, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format(time.RFC3339)
		name := filepath.Join(dir, fmt.Sprintf("a%04d", i))
		body := string(text) + fmt.Sprintf("\n\nThis is dispatch number %d.\n", i)
		if err := os.WriteFile(name+".txt", []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
		out, _ := json.Marshal(meta)
		os.WriteFile(name+".json", out, 0o644)
	}
}

// BenchmarkIngestFolder ingests a folder of 1,000 articles into the local
// Neo4j, end to end (read, clean, extract, resolve, write), and reports
// articles per second and the process's peak resident memory.
func BenchmarkIngestFolder(b *testing.B) {
	const n = 1000
	s := neo4jtest.Store(b)
	dir := b.TempDir()
	writeFolder(b, dir, n)
	ctx := context.Background()
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		b.StopTimer()
		if err := s.DeleteEverything(ctx); err != nil {
			b.Fatal(err)
		}
		in := loaders.NewIngester(s, rules.New())
		b.StartTimer()
		start := time.Now()
		items, err := source.ReadDir(dir, source.Options{})
		if err != nil {
			b.Fatal(err)
		}
		arts := make([]domain.Article, len(items))
		for i, item := range items {
			if item.Err != nil {
				b.Fatalf("%s: %v", item.Origin, item.Err)
			}
			arts[i] = item.Article
		}
		in.IngestAll(ctx, arts, 4, func(r loaders.Result) {
			if r.Err != nil {
				b.Errorf("%s: %v", items[r.Index].Origin, r.Err)
			}
		})
		b.ReportMetric(float64(len(items))/time.Since(start).Seconds(), "articles/s")
	}
	b.ReportMetric(peakRSSMB(), "peak-RSS-MB")
}

// peakRSSMB reads the process's high-water resident set from /proc.
func peakRSSMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.Sys) / (1 << 20)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:")), "%f", &kb)
			return kb / 1024
		}
	}
	return 0
}

// bbcArticles reads the BBC politics corpus (../shared/corpora/bbc-politics),
// each article dated a day apart so that its relative dates resolve: new
// actors and events, not repeats of one another.
func bbcArticles(tb testing.TB) []domain.Article {
	tb.Helper()
	dir := filepath.Join(neo4jtest.SharedDir(), "corpora", "bbc-politics")
	items, err := source.ReadDir(dir, source.Options{})
	if err != nil {
		tb.Skipf("no BBC corpus: %v", err)
	}
	var arts []domain.Article
	for i, it := range items {
		if it.Err != nil {
			tb.Fatalf("%s: %v", it.Origin, it.Err)
		}
		a := it.Article
		a.ID, a.PublishedAt = "", time.Date(2005, 1, 3, 9, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		if err := a.Seal(); err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

// writeClock sums the time the store's write transactions take.
type writeClock struct{ nanos, n atomic.Int64 }

func (w *writeClock) StartQuery(ctx context.Context, q store.Query) (context.Context, func(error)) {
	if !q.Write {
		return ctx, func(error) {}
	}
	start := time.Now()
	return ctx, func(error) { w.nanos.Add(int64(time.Since(start))); w.n.Add(1) }
}

// BenchmarkIngestBBC ingests the 400 BBC politics articles into an empty
// graph, end to end, with 1 and 4 workers, and reports articles and events
// per second, the mean write transaction and the share of the wall time
// the committer spent in them (the rest is extraction it waited for,
// resolution and look-ups), and how long after one more article's ingest
// returned its events were on the timeline. When both run, workers=4
// reports same-graph: 1 when it left the graph workers=1 left (the
// store.DumpGraph digests of the 399 articles' graph agree), else 0.
func BenchmarkIngestBBC(b *testing.B) {
	arts := bbcArticles(b)
	// The last article is kept back: the one whose events are looked for
	// on the timeline once its ingest returns.
	arts, last := arts[:len(arts)-1], arts[len(arts)-1]
	s := neo4jtest.Store(b)
	clock := &writeClock{}
	s.Observe(clock)
	ctx := context.Background()
	digests := map[int]string{} // the graph each number of workers left
	for _, workers := range []int{1, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			for it := 0; it < b.N; it++ {
				b.StopTimer()
				if err := s.DeleteEverything(ctx); err != nil {
					b.Fatal(err)
				}
				in := loaders.NewIngester(s, rules.New())
				clock.nanos.Store(0)
				clock.n.Store(0)
				events, refused := 0, 0
				b.StartTimer()
				start := time.Now()
				in.IngestAll(ctx, arts, workers, func(r loaders.Result) {
					if r.Err != nil {
						refused++ // an extraction the graph cannot take: reported, not failed
						return
					}
					events += r.Report.Created
				})
				took := time.Since(start)
				b.StopTimer()
				writeNanos, writes := clock.nanos.Load(), clock.n.Load()
				if workers == 1 || digests[1] != "" {
					d, err := s.DumpGraph(ctx, 1_000_000)
					if err != nil {
						b.Fatal(err)
					}
					digests[workers] = d.Digest
					if workers == 4 {
						same := 0.0
						if d.Digest == digests[1] {
							same = 1
						}
						b.ReportMetric(same, "same-graph")
					}
				}
				// Visibility: the last article, dated alone in 2030, then its
				// events on the timeline (every event of the graph from 2030 on).
				extra := last
				extra.ID, extra.PublishedAt = "", time.Date(2030, 6, 3, 9, 0, 0, 0, time.UTC)
				if err := extra.Seal(); err != nil {
					b.Fatal(err)
				}
				rep, err := in.Ingest(ctx, extra)
				returned := time.Now()
				if err != nil || rep.Created == 0 {
					b.Fatalf("visibility article: %+v, %v", rep, err)
				}
				from := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
				for {
					page, err := s.Timeline(ctx, store.TimelineFilter{From: &from}, store.TimelinePage{First: 1000})
					if err != nil {
						b.Fatal(err)
					}
					if len(page.Events) >= rep.Created {
						toTimeline := time.Since(returned)
						b.ReportMetric(float64(toTimeline.Microseconds())/1000, "ms-to-timeline")
						break
					}
					if time.Since(returned) > 5*time.Second {
						b.Fatalf("%d of %d events on the timeline 5 s after the ingest returned", len(page.Events), rep.Created)
					}
					time.Sleep(time.Millisecond)
				}
				b.ReportMetric(float64(refused), "refused")
				b.ReportMetric(float64(len(arts))/took.Seconds(), "articles/s")
				b.ReportMetric(float64(events)/took.Seconds(), "events/s")
				b.ReportMetric(float64(writeNanos)/float64(max(1, writes))/1e6, "ms/write")
				b.ReportMetric(float64(writeNanos)/float64(took), "write-share")
			}
		})
	}
}
