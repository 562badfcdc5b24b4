package server_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/sampledata"
	"github.com/eventgraph/eventgraph/web"
)

// explorerTestArticle is ingested through the explorer's form: an article
// made up for the test (no real outlet), in the plain news English the
// rules read.
const explorerTestArticle = `Finland and Estonia agree to deepen energy cooperation

Finnish President Alexander Stubb met Estonian Prime Minister Kristen Michal in Helsinki on 3 October 2025 to discuss energy security in the Baltic Sea region.

"We will build the new undersea cable together," Stubb said after the meeting.

Michal praised Finland for its support of the Baltic grid.
`

// TestExplorerInABrowser walks the explorer in headless Chromium
// (web/e2e/explorer.mjs) against this server: the start page of an empty
// graph, then, with the sample data loaded: search,
// an actor's timeline and histogram, filters, a deep link, back and
// forward, an event with its source sentence highlighted, the
// neighbourhood graph, a path, a stance history, a dyad, and an article
// ingested through the form with a writer's key. It needs the explorer's
// bundle built into the binary (make explorer; make test does it): without
// it the test fails, saying so.
func TestExplorerInABrowser(t *testing.T) {
	if !web.ExplorerBuilt() {
		t.Fatal("the explorer's bundle is not built into this test binary: make test builds it (make explorer)")
	}
	root := neo4jtest.RepoRoot()
	s := neo4jtest.Store(t)
	const key = "explorer-writer-key-0123456789"
	srv := browserServer(t, s, key)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	// First the empty graph's start page, then the walk over the sample.
	empty := exec.CommandContext(ctx, "node", "explorer.mjs", srv.URL+"/")
	empty.Dir = filepath.Join(root, "web", "e2e")
	empty.Env = append(os.Environ(), "EXPECT_EMPTY=1")
	if out, err := empty.CombinedOutput(); err != nil {
		t.Fatalf("browser test of the empty graph failed: %v\n%s", err, out)
	}
	if _, err := loaders.ImportJSON(context.Background(), s, sampledata.Seed); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, "node", "explorer.mjs", srv.URL+"/")
	cmd.Dir = filepath.Join(root, "web", "e2e")
	cmd.Env = append(os.Environ(), "AUTHORIZATION="+key,
		"ARTICLE_TEXT="+explorerTestArticle, "ARTICLE_TITLE=Finland and Estonia agree to deepen energy cooperation",
		"ARTICLE_PUBLISHED=2025-10-03", "EXPECT_EVENT=Stubb")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("browser test failed after %s: %v\n%s", time.Since(start).Round(time.Millisecond), err, out)
	}
	t.Logf("browser walk took %s\n%s", time.Since(start).Round(time.Millisecond), out)
	found, err := s.ActorsByNames(context.Background(), []string{"Alexander Stubb"})
	if err != nil || len(found) == 0 {
		t.Errorf("the article ingested through the explorer wrote no actor Alexander Stubb: %v %v", found, err)
	}
}
