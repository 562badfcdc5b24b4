package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// TestModelIngestOfAFolderCarriesOnPastABadAnswer: with --extractor llm, an
// article the model answers badly fails with the endpoint and its answer
// named, nothing of it is written, and the rest of the folder goes in.
func TestModelIngestOfAFolderCarriesOnPastABadAnswer(t *testing.T) {
	s := neo4jtest.Store(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Messages []struct{ Content string } `json:"messages"`
		}
		json.NewDecoder(r.Body).Decode(&req)
		content := `{"actors": [{"name": "Lucia Campos", "kind": "PERSON"}, {"name": "Andres Vidal", "kind": "PERSON"}],
			"meetings": [{"participants": ["Lucia Campos", "Andres Vidal"], "place": "Lima",
			"evidence": "Peruvian Trade Minister Lucia Campos met Chilean Foreign Minister Andres Vidal in Lima on Monday."}]}`
		if strings.Contains(req.Messages[0].Content, "Harbour") {
			content = "I cannot help with that."
		}
		b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"message": map[string]any{"content": content}, "finish_reason": "stop"}}})
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
	}))
	defer srv.Close()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Ports deal signed\n\nPeruvian Trade Minister Lucia Campos met Chilean Foreign Minister Andres Vidal in Lima on Monday.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("Harbour fees\n\nHarbour Master Ines Duarte raised the fees on Monday.\n"), 0o644)

	out, err := runCLI(t, "", "ingest", dir, "--published", "2024-04-03", "--workers", "1",
		"--extractor", "llm", "--llm-url", srv.URL, "--llm-model", "fake", "--llm-timeout", "5s")
	if err == nil {
		t.Fatalf("a folder with a failed article must exit non-zero:\n%s", out)
	}
	for _, want := range []string{"ingested 1 articles", "1 failed", "bad.txt", srv.URL, "not JSON", "I cannot help"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	n, _ := s.CountActors(context.Background())
	if n != 2 {
		t.Fatalf("%d actors in the graph, want the good article's two and nothing of the bad one", n)
	}
}
