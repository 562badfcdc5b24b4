package loaders_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/source"
	"github.com/eventgraph/eventgraph/store"
)

// faultArticles are about 500 distinct real articles: the BBC politics
// corpus, the dated international development texts, the annotated
// development set, and enough of the BBC stories again under URLs of
// their own (so other articles reporting the same events) to make 500.
func faultArticles(t *testing.T) []domain.Article {
	t.Helper()
	var arts []domain.Article
	var bbc []domain.Article
	for _, dir := range []string{
		filepath.Join(neo4jtest.SharedDir(), "corpora", "bbc-politics"),
		filepath.Join(neo4jtest.SharedDir(), "corpora", "dev", "intl"),
		filepath.Join(neo4jtest.RepoRoot(), "loaders", "testdata", "real", "dev"),
	} {
		items, err := source.ReadDir(dir, source.Options{})
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, it := range items {
			if it.Err == nil {
				arts = append(arts, it.Article)
				if len(bbc) < 500 && filepath.Base(dir) == "bbc-politics" {
					bbc = append(bbc, it.Article)
				}
			}
		}
	}
	for i := 0; len(arts) < 500; i++ {
		a := bbc[i]
		a.ID, a.URL = "", fmt.Sprintf("https://repeats.invalid/bbc/%03d", i)
		if err := a.Seal(); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

// TestIngestThroughRestartsEqualsSerial ingests 500 real articles with 4
// workers while Neo4j is stopped and started again twice, then runs the
// same ingest again; the graph must equal that of a clean serial ingest
// (same nodes, relationships, ids and properties: store.DumpGraph), and
// what the ingest reported must be what it committed: every article it
// called ingested is in the graph, every one it called failed is not, and
// the events it reported created are the graph's events.
func TestIngestThroughRestartsEqualsSerial(t *testing.T) {
	arts := faultArticles(t)
	neo := neo4jtest.StartPrivate(t)
	ctx := context.Background()
	s, err := store.Open(ctx, store.Config{URI: neo.URI})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	clean := func() {
		t.Helper()
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteEverything(ctx); err != nil {
			t.Fatal(err)
		}
	}
	const limit = 200000

	clean()
	serial := loaders.NewIngester(s, rules.New())
	failedSerial := 0
	serial.IngestAll(ctx, arts, 1, func(r loaders.Result) {
		if r.Err != nil {
			failedSerial++
			t.Logf("serial: %s: %v", r.Report.ArticleID, r.Err)
		}
	})
	want, err := s.DumpGraph(ctx, limit)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("serial: %d articles, %d failed; %d nodes, %d relationships %v", len(arts), failedSerial, want.Nodes, want.Relationships, want.Labels)

	clean()
	// Two restarts, after the 100th and the 300th article are done, while
	// the ingest goes on: its writes meet the stopped server. They run on a
	// goroutine of their own and report back; one that fails ends the
	// ingest at once (rather than after every article's patience) and the
	// test with the reason.
	faulted, stopIngest := context.WithCancel(ctx)
	defer stopIngest()
	restart := make(chan struct{}, 2)
	type restartResult struct {
		took time.Duration
		err  error
	}
	restarted := make(chan restartResult, 2)
	go func() {
		var failed error
		for i := range 2 {
			_, asked := <-restart
			switch {
			case failed != nil:
				restarted <- restartResult{err: failed}
			case !asked:
				restarted <- restartResult{err: fmt.Errorf("restart %d was never asked for: the ingest ended first", i+1)}
			default:
				start := time.Now()
				if err := restartNeo4j(neo); err != nil {
					failed = fmt.Errorf("restart %d: %w", i+1, err)
					stopIngest()
				}
				restarted <- restartResult{time.Since(start), failed}
			}
		}
	}()
	reported := map[string]bool{} // article id → reported ingested
	created := 0
	run := func(ctx context.Context, name string) (failed int) {
		in := loaders.NewIngester(s, rules.New())
		in.Patience = 5 * time.Minute
		n := 0
		in.IngestAll(ctx, arts, 4, func(r loaders.Result) {
			n++
			if name == "faulted" && (n == 100 || n == 300) {
				restart <- struct{}{}
			}
			if r.Err != nil {
				failed++
				t.Logf("%s: %s failed: %v", name, r.Report.ArticleID, r.Err)
				if _, ok := reported[r.Report.ArticleID]; !ok {
					reported[r.Report.ArticleID] = false
				}
				return
			}
			reported[r.Report.ArticleID] = true
			created += r.Report.Created
		})
		return failed
	}
	failed := run(faulted, "faulted")
	close(restart)
	for i := range 2 {
		select {
		case r := <-restarted:
			if r.err != nil {
				t.Fatal(r.err)
			}
			t.Logf("restart %d: Neo4j stopped and serving again after %v", i+1, r.took.Round(time.Millisecond))
		case <-time.After(5 * time.Minute):
			t.Fatalf("restart %d did not end", i+1)
		}
	}
	t.Logf("with two restarts: %d failed", failed)
	// The report is true: what it called ingested is there, what it called
	// failed is not.
	ids := make([]string, 0, len(reported))
	for id := range reported {
		ids = append(ids, id)
	}
	present, err := s.ArticleHashes(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	for id, ok := range reported {
		if ok != (present[id] != "") {
			t.Errorf("article %s reported ingested=%v, in the graph=%v", id, ok, present[id] != "")
		}
	}
	if again := run(ctx, "again"); again != failedSerial {
		t.Errorf("the second run left %d articles failed, the serial run %d", again, failedSerial)
	}
	got, err := s.DumpGraph(ctx, limit)
	if err != nil {
		t.Fatal(err)
	}
	events := 0
	for l, n := range got.Labels {
		if slices.Contains(strings.Split(l, ":"), "Event") {
			events += n
		}
	}
	if created != events {
		t.Errorf("the ingests reported %d events created; the graph has %d", created, events)
	}
	if got.Digest != want.Digest {
		t.Errorf("the graph after restarts (%d nodes, %d relationships %v) differs from the serial one (%d, %d %v):\n%s",
			got.Nodes, got.Relationships, got.Labels, want.Nodes, want.Relationships, want.Labels, lineDiff(want.Lines, got.Lines, 30))
	}
}

// restartNeo4j stops the private server, waits a second with it down (the
// ingest's writes fail meanwhile), and starts it again.
func restartNeo4j(neo *neo4jtest.Private) error {
	if err := neo.Stop(); err != nil {
		return fmt.Errorf("stop: %w", err)
	}
	time.Sleep(time.Second)
	if err := neo.Start(); err != nil {
		return fmt.Errorf("start: %w", err)
	}
	return nil
}

// lineDiff lists up to n lines only one of two sorted lists has.
func lineDiff(want, got []string, n int) string {
	out := ""
	i, j := 0, 0
	for (i < len(want) || j < len(got)) && n > 0 {
		switch {
		case j >= len(got) || (i < len(want) && want[i] < got[j]):
			out += "- " + want[i] + "\n"
			i++
			n--
		case i >= len(want) || got[j] < want[i]:
			out += "+ " + got[j] + "\n"
			j++
			n--
		default:
			i++
			j++
		}
	}
	return out
}
