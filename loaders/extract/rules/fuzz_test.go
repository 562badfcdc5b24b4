package rules_test

import (
	"context"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"unicode"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/fuzzbound"
	"github.com/eventgraph/eventgraph/internal/testpaths"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rank"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
)

// FuzzExtract: no text, dated or not, makes the extractor panic or hang. Seeds: real articles
// (the development set here and the shared corpus) and issue 19's 57-byte
// crash.
func FuzzExtract(f *testing.F) {
	f.Add("Donald Trump spoke.\n\nTrump's shift after months of saying", int64(20355))
	f.Add("", int64(0))
	f.Add("\"Yes,\" he said.", int64(0))
	for _, b := range fuzzbound.Files(filepath.Join(testpaths.RepoRoot(), "loaders", "testdata", "real", "dev", "*.txt"), 20) {
		f.Add(string(b), int64(20000))
	}
	for _, b := range fuzzbound.Files(filepath.Join(testpaths.SharedDir(), "corpora", "bbc-politics", "*.txt"), 10) {
		f.Add(string(b), int64(0))
	}
	x, xl := rules.New(), rules.WithModel(keepAll)
	f.Fuzz(func(t *testing.T, text string, day int64) {
		if len(text) > fuzzbound.MaxInput {
			return
		}
		published := fuzzbound.Day(day)
		a := domain.Article{ID: "fuzz", Text: text, PublishedAt: published}
		fuzzbound.Within(t, []byte(text), func() {
			for _, x := range []*rules.Extractor{x, xl} {
				if _, err := x.Extract(context.Background(), a, extract.Gazetteer{}); err != nil && text != "" && domain.CodeOf(err) != domain.EInvalid {
					t.Fatalf("extract: %v", err)
				}
			}
		})
	})
}

// TestEveryWordAtTheEdges puts every word of the development set first and
// last in a text, alone and around a short sentence: rules that look one
// token behind or ahead of a cue must not step outside the text or the
// sentence (a cue opening an article once indexed token -1).
func TestEveryWordAtTheEdges(t *testing.T) {
	words := map[string]bool{}
	for _, b := range fuzzbound.Files(filepath.Join(testpaths.RepoRoot(), "loaders", "testdata", "real", "dev", "*.txt"), 1000) {
		for _, w := range strings.FieldsFunc(string(b), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
			words[w] = true
			words[strings.ToLower(w)] = true
		}
	}
	if len(words) < 1000 {
		t.Fatalf("only %d words from the development set", len(words))
	}
	seen := map[string]bool{} // one report per place that panics
	for w := range words {
		for _, text := range []string{w, w + " " + w, w + " the minister said.", "The minister said he would " + w,
			"Ministers met. " + w + " talks with France, officials said.", w + ".", "\"" + w + "\" he said.",
			"Mr " + w + " met France.", "On Monday, " + w, "France and Germany " + w + " the deal on Monday."} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						at := panicSite(debug.Stack())
						if !seen[at] {
							seen[at] = true
							t.Errorf("extract %q: panic %v at %s", text, r, at)
						}
					}
				}()
				for _, x := range []*rules.Extractor{rules.New(), rules.WithModel(keepAll)} {
					x.Extract(context.Background(), domain.Article{ID: "edge", Text: text}, extract.Gazetteer{})
				}
			}()
		}
	}
}

// keepAll is a model that keeps every meeting and shift candidate: the
// learned step's code runs on every input whether the shipped weights are
// on or off.
var keepAll = &rank.Model{Kinds: map[rank.Kind]*rank.Weights{rank.Meeting: {Bias: 1}, rank.Shift: {Bias: 1}}}

// panicSite is the first line of this package's code in a panic's stack.
func panicSite(stack []byte) string {
	for _, l := range strings.Split(string(stack), "\n") {
		if strings.Contains(l, "/loaders/extract/rules/") && !strings.Contains(l, "_test.go") {
			return strings.TrimSpace(l)
		}
	}
	return "?"
}
