package server_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/sampledata"
)

// TestPlaygroundInABrowser opens the playground in headless Chromium
// (scripts/ensure-browser provides it), fails on any request that leaves
// loopback, runs the default query and waits for the sample's answer, then
// pastes a writer's key into the key bar, as the README says, runs a
// mutation with it, and checks the key is kept in the tab's sessionStorage
// only, shared with the explorer page, and forgotten on Forget.
func TestPlaygroundInABrowser(t *testing.T) {
	root := neo4jtest.RepoRoot()
	s := neo4jtest.Store(t)
	if _, err := loaders.ImportJSON(context.Background(), s, sampledata.Seed); err != nil {
		t.Fatal(err)
	}
	const key = "playground-writer-key-0123456789"
	srv := browserServer(t, s, key)
	cmd := exec.Command("node", "playground.mjs", srv.URL+"/playground/")
	cmd.Dir = filepath.Join(root, "web", "e2e")
	cmd.Env = append(os.Environ(), "EXPECT=Marco Rubio", "AUTHORIZATION=Bearer "+key,
		`MUTATION=mutation { upsertActor(input: {name: "Iris Vale", kind: PERSON}) { name kind } }`, "EXPECT_MUTATION=Iris Vale")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("browser check failed: %v\n%s", err, out)
	}
	t.Logf("%s", out)
	found, err := s.ActorsByNames(context.Background(), []string{"Iris Vale"})
	if err != nil || len(found) == 0 {
		t.Errorf("the playground's mutation wrote no actor: %v %v", found, err)
	}
}
