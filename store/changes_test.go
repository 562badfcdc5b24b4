package store_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// dyadFacts is an article at url reporting that ana-ferreira criticised
// kenji-sato on day d, and, when withPortugal, also accused Portugal.
func dyadFacts(url string, d int, withPortugal bool) domain.FactSet {
	text := fmt.Sprintf("Ferreira criticised Sato on day %d. Ferreira accused Portugal.", d)
	fs := domain.FactSet{
		Article: sealed(domain.Article{URL: url, Title: "Dyad " + url, PublishedAt: time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC), Text: text}),
		Actors: []domain.ActorFact{
			{ID: "ana-ferreira", Name: "Ana Ferreira", Kind: domain.KindPerson},
			{ID: "kenji-sato", Name: "Kenji Sato", Kind: domain.KindPerson},
			{ID: "portugal", Name: "Portugal", Kind: domain.KindCountry},
		},
		Interactions: []domain.InteractionFact{{Source: "ana-ferreira", Target: "kenji-sato", Kind: domain.InteractCriticize,
			When: day(2024, 4, d), Evidence: domain.Evidence{Sentence: "Ferreira criticised Sato.", Start: 0, End: 10, Confidence: 1}}},
	}
	if withPortugal {
		fs.Interactions = append(fs.Interactions, domain.InteractionFact{Source: "ana-ferreira", Target: "portugal", Kind: domain.InteractAccuse,
			When: day(2024, 4, d), Evidence: domain.Evidence{Sentence: "Ferreira accused Portugal.", Start: 11, End: 20, Confidence: 1}})
	}
	return fs
}

// kinds maps each changed event's actors ("a,b") to its kind.
func kinds(c domain.Change) map[string]domain.ChangeKind {
	out := map[string]domain.ChangeKind{}
	for _, e := range c.Events {
		key := ""
		for i, a := range e.Actors {
			if i > 0 {
				key += ","
			}
			key += a
		}
		out[key] = e.Kind
	}
	return out
}

func TestEveryWriteOfEventsAppendsOneChangeInCommitOrder(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	head, err := s.ChangeHead(ctx)
	if err != nil || head.Seq != 0 || head.Epoch != "" {
		t.Fatalf("empty graph: head %+v, %v", head, err)
	}
	mustWrite(t, s, dyadFacts("https://example.test/one", 1, true))
	// The same article again changes nothing, and an actor alone is no
	// event change: neither is logged.
	mustWrite(t, s, dyadFacts("https://example.test/one", 1, true))
	mustWrite(t, s, domain.FactSet{Actors: []domain.ActorFact{{ID: "rita-lobo", Name: "Rita Lobo", Kind: domain.KindPerson}}})
	// A second article reporting the same criticism gives it a source.
	mustWrite(t, s, dyadFacts("https://example.test/two", 1, false))
	one := dyadFacts("https://example.test/one", 1, true).Article
	one.Seal()
	if _, err := s.RetractArticle(ctx, one.ID); err != nil {
		t.Fatal(err)
	}
	logHead, changes, err := s.ChangesAfter(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if head, err = s.ChangeHead(ctx); err != nil || head != logHead || head.Epoch == "" {
		t.Fatalf("head %+v, %v; ChangesAfter said %+v", head, err, logHead)
	}
	if head.Seq != 3 || len(changes) != 3 {
		t.Fatalf("head %+v, %d changes; want 3 and 3: %+v", head, len(changes), changes)
	}
	want := []map[string]domain.ChangeKind{
		{"ana-ferreira,kenji-sato": domain.ChangeCreated, "ana-ferreira,portugal": domain.ChangeCreated},
		{"ana-ferreira,kenji-sato": domain.ChangeUpdated},
		// Retracting the first article removes what only it reported.
		{"ana-ferreira,kenji-sato": domain.ChangeUpdated, "ana-ferreira,portugal": domain.ChangeRemoved},
	}
	for i, c := range changes {
		if c.Seq != int64(i+1) || c.At.IsZero() || c.Article == "" {
			t.Errorf("change %d: seq %d at %v article %q", i, c.Seq, c.At, c.Article)
		}
		if got := kinds(c); fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Errorf("change %d: %v, want %v", c.Seq, got, want[i])
		}
		for _, e := range c.Events {
			if e.Type != domain.TypeInteraction || e.ID == "" {
				t.Errorf("change %d: event %+v", c.Seq, e)
			}
		}
	}
	_, after, err := s.ChangesAfter(ctx, 2, 10)
	if err != nil || len(after) != 1 || after[0].Seq != 3 {
		t.Fatalf("after 2: %+v, %v", after, err)
	}
}

func TestReplacingAnArticlesTextLogsWhatItRemovedAndWrote(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	mustWrite(t, s, dyadFacts("https://example.test/r", 1, true))
	// Same URL, new text: the criticism moves to day 2 (a new event), the
	// accusation of day 1 goes.
	mustWrite(t, s, dyadFacts("https://example.test/r", 2, false))
	_, changes, err := s.ChangesAfter(ctx, 1, 10)
	if err != nil || len(changes) != 1 {
		t.Fatalf("%+v, %v", changes, err)
	}
	var created, removed int
	for _, e := range changes[0].Events {
		switch e.Kind {
		case domain.ChangeCreated:
			created++
		case domain.ChangeRemoved:
			removed++
		}
	}
	if created != 1 || removed != 2 || len(changes[0].Events) != 3 {
		t.Fatalf("replacement: %+v; want the new criticism created and both old events removed", changes[0].Events)
	}
}

func TestConcurrentWritersTakeChangeNumbersWithoutGaps(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	const writers = 8
	var work []func() error
	for i := range writers {
		work = append(work, func() error {
			_, err := s.WriteFacts(ctx, dyadFacts(fmt.Sprintf("https://example.test/c%d", i), i+1, true))
			return err
		})
	}
	runAll(t, work...)
	head, changes, err := s.ChangesAfter(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if head.Seq != writers || len(changes) != writers {
		t.Fatalf("head %+v, %d changes; want %d", head, len(changes), writers)
	}
	for i, c := range changes {
		if c.Seq != int64(i+1) {
			t.Fatalf("change %d has seq %d", i, c.Seq)
		}
	}
}

func TestTheChangeLogIsPrunedToItsBound(t *testing.T) {
	neo4jtest.Store(t) // empties the graph
	ctx := context.Background()
	s, err := store.Open(ctx, store.Config{URI: neo4jtest.URI(t), User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), ChangeLogSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	for i := range 6 {
		mustWrite(t, s, dyadFacts(fmt.Sprintf("https://example.test/p%d", i), i+1, false))
	}
	head, changes, err := s.ChangesAfter(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	// Each append removes the oldest changes more than 2 behind the head.
	if head.Seq != 6 || len(changes) != 2 || changes[0].Seq != 5 || changes[1].Seq != 6 {
		t.Fatalf("head %+v, changes %+v; want 5 and 6 kept", head, changes)
	}
}
