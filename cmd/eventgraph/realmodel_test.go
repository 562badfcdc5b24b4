//go:build realmodel

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/sampledata"
)

// The real model server tests drive `extract --extractor llm|hybrid` through
// a real llama.cpp OpenAI-compatible server with a small model (Gemma 3
// 270M), installed and started by scripts/llama-server; `make test-llm`
// (the last step of `make test` and of CI) starts it, sets
// EVENTGRAPH_TEST_LLM_URL and builds them with the
// realmodel tag; without the URL they fail. The figures they hold are the
// extractor's promises, not the model's quality: exit 0 with schema-valid
// answers, quotes verbatim, passages merged, a clear "cut off", a timeout
// that returns and leaves the server idle.
const envTestLLMURL = "EVENTGRAPH_TEST_LLM_URL"

func realModelURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv(envTestLLMURL)
	if u == "" {
		// make test-llm sets it (and fails if the server does not start).
		t.Fatalf("%s is not set: run `make test-llm` (or scripts/llama-server start and set it to $(scripts/llama-server url))", envTestLLMURL)
	}
	return u
}

// realArticle is an article file the CLI reads, with its sidecar when it has one.
type realArticle struct{ name, txt, meta string }

func realArticles(t *testing.T) []realArticle {
	t.Helper()
	dir := t.TempDir()
	var seed struct{ Article json.RawMessage }
	if err := json.Unmarshal(sampledata.Seed, &seed); err != nil {
		t.Fatal(err)
	}
	var a struct {
		Text string `json:"text"`
	}
	json.Unmarshal(seed.Article, &a)
	seedTxt, seedMeta := filepath.Join(dir, "seed.txt"), filepath.Join(dir, "seed.json")
	os.WriteFile(seedTxt, []byte(a.Text), 0o644)
	os.WriteFile(seedMeta, seed.Article, 0o644)
	dev := filepath.Join("..", "..", "loaders", "testdata", "real", "dev")
	return []realArticle{
		{"seed", seedTxt, seedMeta},
		{"intl-aljaz-afghan-chinook", filepath.Join(dev, "intl-aljaz-afghan-chinook.txt"), filepath.Join(dev, "intl-aljaz-afghan-chinook.json")},
		{"bbc-269", filepath.Join(dev, "bbc-269.txt"), ""},
	}
}

// extractWith runs the CLI's extract and decodes the facts it prints.
func extractWith(t *testing.T, a realArticle, args ...string) ([]domain.FactSet, error) {
	t.Helper()
	full := []string{"extract", a.txt}
	if a.meta != "" {
		full = append(full, "--meta", a.meta)
	}
	out, err := runCLI(t, "", append(full, args...)...)
	var sets []domain.FactSet
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var fs domain.FactSet
		if derr := dec.Decode(&fs); errors.Is(derr, io.EOF) {
			break
		} else if derr != nil {
			t.Fatalf("extract printed what is not facts (%v):\n%s", derr, out)
		}
		sets = append(sets, fs)
	}
	return sets, err
}

func modelArgs(url string, more ...string) []string {
	return append([]string{"--llm-url", url, "--llm-model", "gemma3-270m", "--llm-timeout", "3m"}, more...)
}

func TestRealModelServerExtractsTheSeedAndRealArticles(t *testing.T) {
	url := realModelURL(t)
	for _, extractor := range []string{"llm", "hybrid"} {
		for _, a := range realArticles(t) {
			start := time.Now()
			sets, err := extractWith(t, a, modelArgs(url, "--extractor", extractor)...)
			if err != nil || len(sets) != 1 {
				t.Errorf("%s %s: %v (%d fact sets)", extractor, a.name, err, len(sets))
				continue
			}
			fs := sets[0]
			for _, st := range fs.Statements {
				if st.Quote != "" && !strings.Contains(fs.Article.Text, st.Quote) {
					t.Errorf("%s %s: quote not verbatim in the article: %q", extractor, a.name, st.Quote)
				}
			}
			t.Logf("%s %s in %s: %d actors, %d statements, %d meetings, %d interactions, %d shifts; warnings: %q",
				extractor, a.name, time.Since(start).Round(time.Millisecond), len(fs.Actors), len(fs.Statements),
				len(fs.Meetings), len(fs.Interactions), len(fs.PolicyShifts), fs.Warnings)
		}
	}
}

func TestRealModelServerSplitsALongArticleAndMergesActors(t *testing.T) {
	url := realModelURL(t)
	dev := filepath.Join("..", "..", "loaders", "testdata", "real", "dev")
	a := realArticle{"taipeitimes", filepath.Join(dev, "intl-taipeitimes-war-games.txt"), filepath.Join(dev, "intl-taipeitimes-war-games.json")}
	sets, err := extractWith(t, a, modelArgs(url, "--extractor", "llm", "--llm-context", "2048", "--llm-max-tokens", "512")...)
	if err != nil || len(sets) != 1 {
		t.Fatalf("%v (%d fact sets)", err, len(sets))
	}
	fs := sets[0]
	if !strings.Contains(strings.Join(fs.Warnings, "\n"), "passages") {
		t.Fatalf("the article was not split: warnings %q", fs.Warnings)
	}
	seen := map[string]string{}
	for _, act := range fs.Actors {
		k := domain.NormalizeName(act.Name)
		if prev, dup := seen[k]; dup {
			t.Errorf("two actors for one name: %q and %q", prev, act.Name)
		}
		seen[k] = act.Name
	}
	for _, act := range fs.Actors {
		if act.Kind != domain.KindPerson || strings.Contains(act.Name, " ") {
			continue
		}
		for _, other := range fs.Actors {
			if other.Kind == domain.KindPerson && strings.HasSuffix(domain.NormalizeName(other.Name), " "+domain.NormalizeName(act.Name)) {
				t.Errorf("person %q kept apart from %q across passages", act.Name, other.Name)
			}
		}
	}
	t.Logf("%d actors, %d statements; warnings %q", len(fs.Actors), len(fs.Statements), fs.Warnings)
}

func TestRealModelServerCutOffIsSaid(t *testing.T) {
	url := realModelURL(t)
	a := realArticles(t)[0]
	_, err := extractWith(t, a, modelArgs(url, "--extractor", "llm", "--llm-max-tokens", "8")...)
	if err == nil || !strings.Contains(err.Error(), "cut off") || strings.Contains(err.Error(), "not JSON") {
		t.Fatalf("err = %v, want the answer said to be cut off", err)
	}
}

// TestRealModelServerTimeoutReturnsAndTheServerStops: a 2 s timeout on an
// answer that takes longer returns within 10 s, and the server, whose
// request was closed, answers a one-token question within 5 s after (it
// serves one request at a time: still generating, it would not).
func TestRealModelServerTimeoutReturnsAndTheServerStops(t *testing.T) {
	url := realModelURL(t)
	dev := filepath.Join("..", "..", "loaders", "testdata", "real", "dev")
	a := realArticle{"bbc-293", filepath.Join(dev, "bbc-293.txt"), ""}
	start := time.Now()
	_, err := extractWith(t, a, "--extractor", "llm", "--llm-url", url, "--llm-model", "gemma3-270m",
		"--llm-timeout", "2s", "--llm-max-tokens", "2048")
	took := time.Since(start)
	if err == nil {
		t.Fatalf("a 2 s timeout did not fire (took %s): the answer came too fast to test it", took)
	}
	if took > 10*time.Second {
		t.Errorf("the extraction returned after %s, want within 10 s", took)
	}
	probeStart := time.Now()
	body := `{"model":"gemma3-270m","messages":[{"role":"user","content":"Say yes."}],"max_tokens":1}`
	client := &http.Client{Timeout: 5 * time.Second}
	resp, perr := client.Post(strings.TrimRight(url, "/")+"/chat/completions", "application/json", bytes.NewReader([]byte(body)))
	if perr != nil {
		t.Fatalf("the server did not answer within 5 s after the timeout (still generating the abandoned answer?): %v", perr)
	}
	resp.Body.Close()
	t.Logf("timed out after %s; the server answered a new question %s later", took.Round(time.Millisecond), time.Since(probeStart).Round(time.Millisecond))
}
