package main

import (
	"context"
	"os/exec"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

func extractArticle(x extract.Extractor, a domain.Article) (domain.FactSet, error) {
	return loaders.ExtractArticle(context.Background(), x, a, extract.Gazetteer{})
}

// scoreReal runs scripts/score-real on facts already written and returns
// its pooled report (never per-article lines or misses).
func scoreReal(facts, set string) string {
	out, err := exec.Command("python3", "scripts/score-real", "--facts", facts, set).CombinedOutput()
	if err != nil {
		return "scripts/score-real: " + err.Error() + "\n" + string(out)
	}
	var keep []string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "non-actors") {
			l = strings.SplitN(l, ":", 2)[0] // the count only: the names would show the articles
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}
