package loaders

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/resolve"
	"github.com/eventgraph/eventgraph/store"
)

// ImportJSON decodes a curated facts document (a domain.FactSet; unknown
// fields are errors, so a typo does not silently drop data), resolves its
// actors against the graph and writes it in one transaction.
func ImportJSON(ctx context.Context, s *store.Store, data []byte) (store.WriteReport, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var facts domain.FactSet
	if err := dec.Decode(&facts); err != nil {
		return store.WriteReport{}, domain.Invalid("file", "not a facts document: %v", err)
	}
	return WriteFacts(ctx, s, facts)
}

// WriteFacts resolves a FactSet's actors against the graph and writes it.
func WriteFacts(ctx context.Context, s *store.Store, facts domain.FactSet) (store.WriteReport, error) {
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
