package loaders_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/source"
	"github.com/eventgraph/eventgraph/store"
)

func seedPath(name string) string {
	return filepath.Join(neo4jtest.SharedDir(), "fixtures", "seed", name)
}

// readSeed reads one of the seed's files with the seed's metadata, the way
// `eventgraph ingest --meta article.json FILE` does.
func readSeed(t *testing.T, name string) domain.Article {
	t.Helper()
	meta := source.Meta{URL: "https://example.test/seed", Title: "Seed", Publisher: "Seed Wire"}
	pub, err := source.ParseDate("2025-09-24T18:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	meta.PublishedAt = pub
	items, err := source.ReadFile(seedPath(name), source.Options{Meta: &meta})
	if err != nil || len(items) != 1 || items[0].Err != nil {
		t.Fatalf("reading %s: %v %+v", name, err, items)
	}
	return items[0].Article
}

func eventsOf(t *testing.T, s *store.Store) []domain.Event {
	t.Helper()
	p, err := s.Timeline(context.Background(), store.TimelineFilter{}, store.TimelinePage{First: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return p.Events
}

func TestIngestSeedIsIdempotentAndCleanOfBoilerplate(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	in := loaders.NewIngester(s, rules.New())

	rep, err := in.Ingest(ctx, readSeed(t, "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Skipped || rep.Created < 20 || rep.Facts.Meetings < 3 || rep.Facts.Statements < 11 {
		t.Fatalf("first ingest: %+v", rep)
	}
	first := eventsOf(t, s)

	again, err := in.Ingest(ctx, readSeed(t, "article.txt"))
	if err != nil || !again.Skipped || again.Created != 0 {
		t.Fatalf("second ingest of the same article: %+v %v", again, err)
	}
	if n := len(eventsOf(t, s)); n != len(first) {
		t.Fatalf("events after re-ingest: %d, want %d", n, len(first))
	}

	// The raw page (banner, newsletter box, donation appeal) under the same
	// URL yields the same facts: its cleaned text equals the article's, so
	// nothing changes.
	raw, err := in.Ingest(ctx, readSeed(t, "article-raw.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !raw.Skipped {
		t.Fatalf("the raw page should clean to the same article: %+v", raw)
	}

	actors, err := s.AllActors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range actors {
		for _, bad := range []string{"Yermakov", "TASS", "Seed Wire", "Prosecutor"} {
			if strings.Contains(a.Name, bad) {
				t.Errorf("actor %q comes from boilerplate or credits", a.Name)
			}
		}
	}
}

func TestAFollowUpArticleLinksToKnownActors(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	in := loaders.NewIngester(s, rules.New())
	pub, _ := source.ParseDate("2024-06-03T08:00:00Z")
	first := domain.Article{URL: "https://example.test/one", PublishedAt: pub, Text: "Trade talks\n\n" +
		`Brazilian Foreign Minister Helena Duarte met Japanese Foreign Minister Kenji Arakawa in Tokyo on Friday. "We found common ground," Duarte said.`}
	second := domain.Article{URL: "https://example.test/two", PublishedAt: pub.AddDate(0, 0, 2), Text: "Follow-up\n\n" +
		`"The door is open," Duarte told reporters on Tuesday, a day after she criticized Arakawa over tariffs.`}
	for _, a := range []domain.Article{first, second} {
		if err := a.Seal(); err != nil {
			t.Fatal(err)
		}
		if _, err := in.Ingest(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	known, err := s.ActorsByNames(ctx, []string{"Duarte", "Helena Duarte"})
	if err != nil {
		t.Fatal(err)
	}
	if len(known["duarte"]) != 1 || len(known["helena duarte"]) != 1 || known["duarte"][0].ID != known["helena duarte"][0].ID {
		t.Fatalf("Duarte and Helena Duarte should be one actor: %+v", known)
	}
	p, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{known["duarte"][0].ID}, Types: []domain.EventType{domain.TypeStatement}},
		store.TimelinePage{First: 10})
	if err != nil || len(p.Events) < 2 {
		t.Fatalf("Duarte's statements across both articles: %+v %v", p.Events, err)
	}
}

func TestBadArticlesAreRefusedAndWriteNothing(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	in := loaders.NewIngester(s, rules.New())
	pub, _ := source.ParseDate("2024-06-03T08:00:00Z")
	empty := domain.Article{PublishedAt: pub, Text: " \n "}
	if err := empty.Seal(); domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), "text") {
		t.Errorf("an article without text was sealed: %v", err)
	}
	if _, err := in.Ingest(ctx, empty); err == nil {
		t.Error("an unsealed article was ingested")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("GIF89a\x00\x01\x02"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"text": "x", "publishedAt": "someday"}`), 0o644)
	items, err := source.ReadDir(dir, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Err == nil {
			t.Errorf("%s: accepted", it.Origin)
		}
	}
	if n, _ := s.CountActors(ctx); n != 0 || len(eventsOf(t, s)) != 0 {
		t.Fatalf("something was written: %d actors", n)
	}
}

func TestImportJSONReadsAStreamAndNamesBadFields(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	doc := `{"actors": [{"name": "Lena Ortiz", "kind": "PERSON"}, {"name": "Omar Haddad", "kind": "PERSON", "aliases": ["Haddad"]}],
	  "meetings": [{"participants": ["Lena Ortiz", "Haddad"], "when": {"start": "2023-05-01T00:00:00Z", "end": "2023-06-01T00:00:00Z", "precision": "MONTH"}}]}
	{"actors": [{"name": "Omar Haddad", "kind": "PERSON"}, {"name": "Chile", "kind": "COUNTRY"}],
	  "interactions": [{"source": "Omar Haddad", "target": "Chile", "kind": "WARN"}]}`
	rep, err := loaders.ImportJSON(ctx, s, []byte(doc))
	if err != nil || rep.EventsCreated != 2 || rep.ActorsCreated != 3 || rep.ActorsMerged != 1 {
		t.Fatalf("import: %+v %v", rep, err)
	}
	for _, tc := range []struct{ doc, field string }{
		{`{"actors": [], "meetingz": []}`, "meetingz"},
		{`{"actors": [{"name": "A", "kind": "PERSON"}], "interactions": [{"source": "A", "target": "Nobody", "kind": "WARN"}]}`, "interactions[0].target"},
		{`{"actors": [{"name": "A", "kind": "PERSON"}, {"name": "B", "kind": "PERSON"}], "interactions": [{"source": "A", "target": "B", "kind": "HUG"}]}`, "interactions[0].kind"},
	} {
		_, err := loaders.ImportJSON(ctx, s, []byte(tc.doc))
		if domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
	if n, _ := s.CountActors(ctx); n != 3 {
		t.Fatalf("actors after rejected documents: %d, want 3", n)
	}
}

// TestIngestSameGraphWhateverTheWorkers ingests the same real articles
// (the BBC politics corpus, new actors and events) into an empty graph
// with one worker and with four: the graphs must be the same
// (store.DumpGraph: nodes, relationships, ids and properties), and the
// articles the write refused (an extraction the graph cannot take) the
// same ones, for the same reason.
func TestIngestSameGraphWhateverTheWorkers(t *testing.T) {
	arts := bbcArticles(t)
	n := 80 // five gazetteer waves
	if testing.Short() {
		n = 2 * loaders.GazetteerLag
	}
	arts = arts[:n]
	s := neo4jtest.Store(t)
	ctx := context.Background()
	dump := func(workers int) (store.GraphDump, []string) {
		t.Helper()
		if err := s.DeleteEverything(ctx); err != nil {
			t.Fatal(err)
		}
		var refused []string
		loaders.NewIngester(s, rules.New()).IngestAll(ctx, arts, workers, func(r loaders.Result) {
			if r.Err != nil {
				refused = append(refused, fmt.Sprintf("%s: %v", r.Report.ArticleID, r.Err))
			}
		})
		d, err := s.DumpGraph(ctx, 200000)
		if err != nil {
			t.Fatal(err)
		}
		return d, refused
	}
	one, refusedOne := dump(1)
	four, refusedFour := dump(4)
	if one.Nodes == 0 {
		t.Fatal("nothing written")
	}
	if len(refusedOne) > 0 {
		t.Logf("%d of %d articles refused with 1 worker: %v", len(refusedOne), len(arts), refusedOne)
	}
	if !slices.Equal(refusedOne, refusedFour) {
		t.Errorf("refused with 1 worker: %v\nwith 4: %v", refusedOne, refusedFour)
	}
	if four.Digest != one.Digest {
		t.Errorf("4 workers wrote another graph (%d nodes, %d relationships %v) than 1 (%d, %d %v):\n%s",
			four.Nodes, four.Relationships, four.Labels, one.Nodes, one.Relationships, one.Labels, lineDiff(one.Lines, four.Lines, 30))
	}
}
