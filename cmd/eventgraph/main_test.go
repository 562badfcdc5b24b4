package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"os/exec"
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

// TestMain lets a test run the real binary's main in a child process (the
// test binary itself, with EVENTGRAPH_RUN_MAIN=1), to check exit codes.
func TestMain(m *testing.M) {
	if os.Getenv("EVENTGRAPH_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runMain runs main in a child process and returns its exit code and
// standard output and error.
func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "EVENTGRAPH_RUN_MAIN=1", "EVENTGRAPH_LOG_LEVEL=error")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

func TestEverySubcommandAnswersHelpAndTheVersionWithExitZero(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		wants []string // in the help
	}{
		{[]string{"--help"}, []string{"eventgraph serve", "eventgraph extract", "Available Commands:"}},
		{[]string{"help"}, []string{"Available Commands:"}},
		{[]string{"serve", "--help"}, []string{"eventgraph serve", "--addr", "--sample-if-empty", "--gqlgen-only", "--neo4j-uri"}},
		{[]string{"migrate", "--help"}, []string{"eventgraph migrate", "--neo4j-uri", "--neo4j-database"}},
		{[]string{"import", "--help"}, []string{"eventgraph import FILE|-", "--neo4j-user"}},
		{[]string{"ingest", "--help"}, []string{"eventgraph ingest PATH|URL|-", "--feed", "--every", "--workers", "--meta", "--published", "--extractor"}},
		{[]string{"extract", "--help"}, []string{"eventgraph extract PATH|URL|-", "--meta", "--published", "--url", "--title", "--publisher"}},
		{[]string{"gen", "--help"}, []string{"eventgraph gen", "--events", "--actors", "--seed", "--reset", "--writers", "--batch"}},
		{[]string{"help", "ingest"}, []string{"--feed"}},
		{[]string{"extract", "-h"}, []string{"--published"}},
	} {
		code, out, errOut := runMain(t, tc.args...)
		if code != 0 {
			t.Errorf("%v: exit %d, want 0; stderr %s", tc.args, code, errOut)
		}
		for _, w := range append(tc.wants, "Usage:") {
			if !strings.Contains(out, w) {
				t.Errorf("%v: the help lacks %q:\n%s", tc.args, w, out)
			}
		}
	}
	code, out, _ := runMain(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "eventgraph version ") || len(strings.TrimSpace(out)) <= len("eventgraph version") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestUsageMistakesExitTwoAndNameWhatIsWrong(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"extract"}, "PATH: extract takes one PATH"},
		{[]string{"extract", "a.txt", "b.txt"}, "PATH: extract takes one PATH"},
		{[]string{"extract", "--nope", "a.txt"}, "flags: unknown flag: --nope"},
		{[]string{"extract", "--published", "someday", "a.txt"}, `--published: "someday" is not a date`},
		{[]string{"ingest"}, "PATH: ingest takes one PATH, URL or -, or --feed URL"},
		{[]string{"ingest", "--workers", "many", "a.txt"}, "flags: invalid argument \"many\" for \"--workers\""},
		{[]string{"import"}, "FILE: import takes one FILE"},
		{[]string{"migrate", "extra"}, "arguments: migrate takes no arguments"},
		{[]string{"extract", "/no/such/file.txt"}, "PATH: stat /no/such/file.txt"},
	} {
		code, out, errOut := runMain(t, tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q (stdout %q)", tc.args, code, errOut, tc.want, out)
		}
	}
}

// story is an article whose only date is relative: it resolves against the
// publication date when there is one.
const tuesdayStory = "Ports deal signed\n\n\"We are ready,\" Peruvian Trade Minister Lucia Campos told reporters on Tuesday.\n"

func TestFlagsGoBeforeOrAfterThePath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(path, []byte(tuesdayStory), 0o644); err != nil {
		t.Fatal(err)
	}
	var outs []string
	for _, args := range [][]string{
		{"extract", path, "--published", "2025-09-24"}, // as the README shows it
		{"extract", "--published", "2025-09-24", path},
		{"extract", "--published=2025-09-24", path},
		{"extract", "-published", "2025-09-24", path}, // the standard library's form, which scripts used
	} {
		out, err := runCLI(t, "", args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		var fs domain.FactSet
		if err := json.Unmarshal([]byte(out), &fs); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		if fs.Article == nil || fs.Article.PublishedAt.Format("2006-01-02") != "2025-09-24" || len(fs.Statements) != 1 ||
			fs.Statements[0].When == nil || fs.Statements[0].When.String() != "2025-09-23" {
			t.Fatalf("%v: the publication date was not applied: %s", args, out)
		}
		outs = append(outs, out)
	}
	for _, o := range outs[1:] {
		if o != outs[0] {
			t.Fatalf("the same flags in other places gave other facts:\n%s\n%s", outs[0], o)
		}
	}
}

func TestAnUndatedArticleIsIngestedWithAWarningFromTheCommandLine(t *testing.T) {
	s := neo4jtest.Store(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	bbc := filepath.Join("..", "..", "loaders", "testdata", "real", "dev", "bbc-253.txt")
	out, err := runCLI(t, "", "ingest", bbc, "--workers", "1")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out, "events created") || !strings.Contains(out, "warning: the article has no publication date") {
		t.Fatalf("ingest output:\n%s", out)
	}
	if n, _ := s.CountActors(context.Background()); n == 0 {
		t.Fatal("nothing was written")
	}
}

func TestBadInputWritesNothing(t *testing.T) {
	s := neo4jtest.Store(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	os.WriteFile(article, []byte(tuesdayStory), 0o644)
	badMeta := filepath.Join(dir, "meta.json")
	os.WriteFile(badMeta, []byte(`{"publishedAt": "last Tuesday"}`), 0o644)
	badFacts := filepath.Join(dir, "facts.json")
	os.WriteFile(badFacts, []byte(`{"actors": [{"name": "Lucia Campos", "kind": "PRESIDENT"}], "statements": []}`), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"ingest", article, "--meta", badMeta}, `--meta publishedAt: ` + badMeta + `: "last Tuesday" is not a date`},
		{[]string{"ingest", article, "--extractor", "oracle"}, `--extractor: "oracle" is not rules, llm or hybrid`},
		{[]string{"ingest", article, "--workers", "0"}, "--workers: must be at least 1"},
		{[]string{"import", badFacts}, "actors[0].kind"},
		{[]string{"import", filepath.Join(dir, "missing.json")}, "FILE: open " + filepath.Join(dir, "missing.json")},
	} {
		_, err := runCLI(t, "", tc.args...)
		if domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want a usage error naming %q", tc.args, err, tc.want)
		}
	}
	if n, _ := s.CountActors(context.Background()); n != 0 {
		t.Fatalf("bad input wrote %d actors", n)
	}
}
