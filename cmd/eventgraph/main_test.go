package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// runCLI runs the binary's run with args against the test database.
func runCLI(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	err := run(context.Background(), args, strings.NewReader(stdin), &out, log)
	return out.String(), err
}

func TestIngestFolderCarriesOnAndListsFailures(t *testing.T) {
	s := neo4jtest.Store(t) // a clean database
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	dir := t.TempDir()
	good := "Ports deal signed\n\nPeruvian Trade Minister Lucia Campos met Chilean Foreign Minister Andres Vidal in Lima on Monday.\n\n" +
		"\"This is a good day for both ports,\" Campos said.\n"
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(dir, "good.json"), []byte(`{"url": "https://example.test/ports", "publishedAt": "2024-04-03T09:00:00Z"}`), 0o644)
	os.MkdirAll(filepath.Join(dir, "nested"), 0o755)
	os.WriteFile(filepath.Join(dir, "nested", "binary.txt"), []byte("\x00\x01\x02garbage"), 0o644)
	os.WriteFile(filepath.Join(dir, "nested", "nodate.json"), []byte(`{"text": "Ministers met."}`), 0o644)

	out, err := runCLI(t, "", "ingest", dir)
	if err == nil {
		t.Fatalf("a folder with failures must exit non-zero; output:\n%s", out)
	}
	for _, want := range []string{"ingested 2 articles", "1 failed", "binary.txt", "1 articles have no publication date"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if n, _ := s.CountActors(context.Background()); n < 2 {
		t.Fatalf("the good article was not written: %d actors", n)
	}
}

func TestExtractPrintsFactsWithoutTouchingTheDatabase(t *testing.T) {
	text := "Ports deal signed\n\n\"We are ready,\" Peruvian Trade Minister Lucia Campos told reporters on Monday.\n"
	out, err := runCLI(t, text, "extract", "--published", "2024-04-03", "-")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"speaker": "Lucia Campos"`) || !strings.Contains(out, `"quote": "We are ready,"`) {
		t.Fatalf("extract output:\n%s", out)
	}
	_, err = runCLI(t, "", "extract", "-")
	if domain.CodeOf(err) != domain.EInvalid {
		t.Fatalf("empty input: %v", err)
	}
}

func TestUnknownCommandIsAUsageError(t *testing.T) {
	_, err := runCLI(t, "", "frobnicate")
	if domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), "frobnicate") {
		t.Fatalf("%v", err)
	}
}
