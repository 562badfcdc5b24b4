// Package extract defines what an extractor is: something that reads one
// article and returns the facts it supports, each with its evidence span.
// The implementations live in subpackages: rules (default, offline,
// deterministic) and llm (an OpenAI-compatible chat endpoint).
//
// Extractors do not touch the database. What they know of the graph comes in
// as a Gazetteer, so that "Okafor" in a new article can be recognised as an
// actor the graph already has.
package extract

import (
	"context"

	"github.com/eventgraph/eventgraph/domain"
)

// Extractor turns an article into facts. Facts refer to actors by the Name
// of an entry in the returned FactSet.Actors; every fact carries Evidence
// whose span points into article.Text.
type Extractor interface {
	// Name identifies the extractor and its version in provenance, e.g. "rules/1".
	Name() string
	Extract(ctx context.Context, article domain.Article, known Gazetteer) (domain.FactSet, error)
}

// Gazetteer is what the graph already knows: actors with their names and
// aliases. It may be empty.
type Gazetteer struct {
	Actors []domain.Actor
}
