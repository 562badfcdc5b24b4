package loaders

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/resolve"
	"github.com/eventgraph/eventgraph/store"
)

// ImportJSON decodes curated facts documents (domain.FactSet; one, or a
// stream of them as `eventgraph extract` prints for a folder; unknown fields
// are errors, so a typo does not silently drop data), resolves their actors
// against the graph and writes each in one transaction. The report sums
// them; on an error, the documents before it stay written.
func ImportJSON(ctx context.Context, s *store.Store, data []byte) (store.WriteReport, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var sum store.WriteReport
	for n := 1; ; n++ {
		var facts domain.FactSet
		err := dec.Decode(&facts)
		if err == io.EOF && n > 1 {
			return sum, nil
		}
		if err != nil {
			return sum, domain.Invalid("file", "document %d is not a facts document: %v", n, err)
		}
		if facts.Article != nil { // a hash in the file is its word only: derived from the text here
			if err := facts.Article.Seal(); err != nil {
				return sum, fmt.Errorf("document %d: article: %w", n, err)
			}
		}
		rep, err := WriteFacts(ctx, s, facts)
		if err != nil {
			return sum, fmt.Errorf("document %d: %w", n, err)
		}
		sum.ActorsCreated += rep.ActorsCreated
		sum.ActorsMerged += rep.ActorsMerged
		sum.EventsCreated += rep.EventsCreated
		sum.EventsMerged += rep.EventsMerged
	}
}

// WriteFacts resolves a FactSet's actors against the graph and writes it;
// its article, if any, is sealed (domain.Article.Seal).
// The undated facts of an article without a publication date get the date
// UNKNOWN, as extraction gives them, so the API says their date is unknown.
func WriteFacts(ctx context.Context, s *store.Store, facts domain.FactSet) (store.WriteReport, error) {
	if facts.Article != nil && facts.Article.PublishedAt.IsZero() {
		markUndated(&facts)
	}
	resolved, err := Resolve(ctx, s, facts)
	if err != nil {
		return store.WriteReport{}, err
	}
	return s.WriteFacts(ctx, resolved)
}

// Resolve links fs's actors to the graph's (see loaders/resolve).
func Resolve(ctx context.Context, s *store.Store, fs domain.FactSet) (domain.FactSet, error) {
	return resolve.Resolve(ctx, s, fs)
}
