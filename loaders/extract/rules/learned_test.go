package rules_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rank"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/source"
)

// TestCandidatesCarryNoNames: every candidate feature the extractor builds
// keeps a capitalised word as its shape, never its text.
func TestCandidatesCarryNoNames(t *testing.T) {
	a := domain.Article{Text: "Talks in Geneva\n\nPresident Emre Kaya met Foreign Minister Omar Fathi in Cairo on Monday for talks.\n\n" +
		"Nairobi dropped its opposition to the levy, reversing years of resistance.",
		PublishedAt: time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)}
	if err := a.Seal(); err != nil {
		t.Fatal(err)
	}
	cs, err := rules.Candidates(context.Background(), a, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	var kinds = map[rank.Kind]int{}
	for _, c := range cs {
		kinds[c.Kind]++
		for _, f := range c.Features {
			for _, name := range []string{"kaya", "emre", "fathi", "omar", "cairo", "geneva", "nairobi", "talks_<cap>"} {
				if strings.Contains(strings.ToLower(f), name) && !strings.HasPrefix(f, "cue") {
					t.Errorf("feature %q holds %q", f, name)
				}
			}
			if strings.ContainsAny(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				t.Errorf("feature %q has a capital letter", f)
			}
		}
	}
	if kinds[rank.Meeting] == 0 || kinds[rank.Shift] == 0 {
		t.Errorf("candidates by kind %v, want meetings and shifts", kinds)
	}
}

// TestSelectingModelReadsAMeeting: a model that keeps every candidate
// reads the meeting of a plain sentence, and a model that keeps none
// reads none (the rules' own reading is a candidate like the others).
func TestSelectingModelReadsAMeeting(t *testing.T) {
	a := domain.Article{Text: "Leaders meet\n\nPresident Emre Kaya met Foreign Minister Omar Fathi in Cairo on Monday.",
		PublishedAt: time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)}
	if err := a.Seal(); err != nil {
		t.Fatal(err)
	}
	all := &rank.Model{Kinds: map[rank.Kind]*rank.Weights{rank.Meeting: {Bias: 5, Threshold: 0.5}}}
	none := &rank.Model{Kinds: map[rank.Kind]*rank.Weights{rank.Meeting: {Bias: -5, Threshold: 0.5}}}
	fs, err := rules.WithModel(all).Extract(context.Background(), a, extract.Gazetteer{})
	if err != nil || len(fs.Meetings) != 1 || len(fs.Meetings[0].Participants) != 2 {
		t.Fatalf("keep-all model: %v %+v", err, fs.Meetings)
	}
	if fs, _ = rules.WithModel(none).Extract(context.Background(), a, extract.Gazetteer{}); len(fs.Meetings) != 0 {
		t.Errorf("keep-none model read %+v", fs.Meetings)
	}
	if fs, _ = rules.WithModel(nil).Extract(context.Background(), a, extract.Gazetteer{}); len(fs.Meetings) != 1 {
		t.Errorf("rules alone read %+v", fs.Meetings)
	}
}

// BenchmarkExtractRealDev extracts the real development articles on the
// calling goroutine and reports articles per second (run with -cpu 1).
func BenchmarkExtractRealDev(b *testing.B) {
	for _, c := range []struct {
		name string
		x    *rules.Extractor
	}{{"shipped", rules.New()}, {"rulesAlone", rules.WithModel(nil)}} {
		b.Run(c.name, func(b *testing.B) {
			files, _ := filepath.Glob(filepath.Join(realDevDir, "*.txt"))
			var arts []domain.Article
			for _, f := range files {
				items, err := source.ReadFile(f, source.Options{})
				if err == nil && len(items) == 1 && items[0].Err == nil {
					arts = append(arts, items[0].Article)
				}
			}
			n := 0
			start := time.Now()
			for b.Loop() {
				for _, a := range arts {
					if _, err := c.x.Extract(context.Background(), a, extract.Gazetteer{}); err != nil {
						b.Fatal(err)
					}
					n++
				}
			}
			b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
		})
	}
}
