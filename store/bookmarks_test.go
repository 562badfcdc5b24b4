package store_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// TestRoutingURIWritesAndReadsWithBookmarks reaches the test server the
// way a cluster or Aura is reached, through neo4j:// (routing: the driver
// asks the server for its routing table and sends reads to readers,
// writes to the leader; a standalone server names itself for both), and
// carries one client's bookmarks from a write to a read.
func TestRoutingURIWritesAndReadsWithBookmarks(t *testing.T) {
	neo4jtest.Store(t) // migrated and empty
	uri := neo4jtest.URI(t)
	if !strings.HasPrefix(uri, "bolt://") {
		t.Fatalf("NEO4J_URI %q: this test derives the neo4j:// URI from a bolt:// one", uri)
	}
	ctx := context.Background()
	s, err := store.Open(ctx, store.Config{URI: "neo4j://" + strings.TrimPrefix(uri, "bolt://"),
		User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)

	wctx, wrote := store.WithBookmarks(ctx, nil)
	if _, err := s.WriteFacts(wctx, summitFacts("https://example.test/routed")); err != nil {
		t.Fatalf("write through neo4j://: %v", err)
	}
	bm := wrote.Current(ctx)
	if !wrote.Wrote() || len(bm) != 1 {
		t.Fatalf("after a write: wrote %v, bookmarks %q; want one bookmark", wrote.Wrote(), bm)
	}

	// Another request, perhaps on another replica, with the client's bookmark.
	rctx, read := store.WithBookmarks(ctx, bm)
	a, err := s.Actor(rctx, "ana-ferreira")
	if err != nil || a.Name != "Ana Ferreira" {
		t.Fatalf("read with the bookmark through neo4j://: %+v, %v", a, err)
	}
	if read.Wrote() {
		t.Error("a read marked its bookmarks as written")
	}
}

func TestAForgedBookmarkIsTheClientsError(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx, _ := store.WithBookmarks(context.Background(), []string{"FB:kcwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA=="})
	_, err := s.Actor(ctx, "anyone")
	if domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), "bookmark") {
		t.Fatalf("read with a forged bookmark: %v; want BAD_USER_INPUT about the bookmark", err)
	}
}
