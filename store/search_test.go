package store_test

import (
	"context"
	"testing"

	"github.com/eventgraph/eventgraph/store"
)

// Statements are searched in event_text by their quote and paraphrase
// alone: a word of a statement's title (its speaker's name) or of another
// event's title is no statement hit, and the graph keeps no index of
// statements of its own.
func TestStatementSearchReadsQuoteAndParaphraseOnly(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/statement-search")
	find := func(text string) int {
		t.Helper()
		h, err := s.Search(ctx, text, []store.SearchKind{store.SearchStatement}, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range h {
			if x.Kind != store.SearchStatement || x.Statement == nil || x.Statement.Quote != "We will answer," {
				t.Fatalf("%q: hit %+v, want the one statement", text, x)
			}
		}
		return len(h)
	}
	if n := find("answer"); n != 1 {
		t.Fatalf("answer: %d statements, want 1", n)
	}
	// "Lobo" is in the statement's title, "Sato" in the meeting's and the
	// accusation's: none is a quote.
	for _, w := range []string{"Lobo", "Sato", "Geneva"} {
		if n := find(w); n != 0 {
			t.Fatalf("%s: %d statements, want none", w, n)
		}
	}
	if n := find("lobo answer"); n != 1 {
		t.Fatalf("lobo answer: %d statements, want 1", n)
	}
	if names := fullTextIndexes(t, s, ctx); names["statement_text"] || !names["event_text"] {
		t.Fatalf("full-text indexes after Migrate: %v", names)
	}
}

func TestStatementQueryAsksEachWordOfBothFields(t *testing.T) {
	for in, want := range map[string]string{
		"answer":          "(quote:answer paraphrase:answer)",
		`We AND "answer"`: "(quote:we paraphrase:we) (quote:and paraphrase:and) (quote:answer paraphrase:answer)",
		"&& ||":           "",
	} {
		if got := store.StatementQuery(in); got != want {
			t.Errorf("StatementQuery(%q) = %q, want %q", in, got, want)
		}
	}
}

func fullTextIndexes(t *testing.T, s *store.Store, ctx context.Context) map[string]bool {
	t.Helper()
	names, err := s.FullTextIndexesForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, n := range names {
		out[n] = true
	}
	return out
}
