package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The batch reads behind the API's loaders (actors, events, topics,
// places, articles by id; what each event involves and cites) all run one
// statement over $ids and file each row under the id it names. These two
// helpers are that shape once; each read says only its statement and how
// a row becomes a value.

// readByID runs statement with $ids and keeps, for each row, the value
// row makes under the id it returns; ids no row names are absent.
func readByID[T any](ctx context.Context, s *Store, statement string, ids []string, row func(*neo4j.Record) (string, T)) (map[string]T, error) {
	recs, err := s.read(ctx, statement, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]T, len(recs))
	for _, r := range recs {
		id, v := row(r)
		out[id] = v
	}
	return out, nil
}

// readListsByID is readByID for statements that return many rows per id:
// the values are listed per id in the rows' order.
func readListsByID[T any](ctx context.Context, s *Store, statement string, ids []string, row func(*neo4j.Record) T) (map[string][]T, error) {
	recs, err := s.read(ctx, statement, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]T, len(ids))
	for _, r := range recs {
		id := recordString(r, "id")
		out[id] = append(out[id], row(r))
	}
	return out, nil
}
