package loaders_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/source"
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
