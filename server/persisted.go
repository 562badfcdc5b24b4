package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"os"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/eventgraph/eventgraph/domain"
)

// PersistedQueries are GraphQL documents registered in advance, by the
// hex SHA-256 of their text: the hash Apollo's automatic persisted queries
// send (extensions.persistedQuery.sha256Hash), so a production frontend
// sends only hashes.
type PersistedQueries struct {
	byHash map[string]string
}

// NewPersistedQueries registers documents.
func NewPersistedQueries(documents ...string) *PersistedQueries {
	pq := &PersistedQueries{byHash: map[string]string{}}
	for _, d := range documents {
		pq.byHash[queryHash(d)] = d
	}
	return pq
}

// LoadPersistedQueries reads a JSON file of documents: an object whose
// values are documents (the keys name them for people; Relay's
// persisted-query output has this shape) or an array of documents.
func LoadPersistedQueries(path string) (*PersistedQueries, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, domain.Invalid("persisted queries", "cannot read %s: %v", path, err)
	}
	var byName map[string]string
	var list []string
	if err := json.Unmarshal(raw, &byName); err == nil {
		for _, d := range byName {
			list = append(list, d)
		}
	} else if err := json.Unmarshal(raw, &list); err != nil {
		return nil, domain.Invalid("persisted queries", "%s must be a JSON object of name → document or an array of documents", path)
	}
	for i, d := range list {
		if d == "" {
			return nil, domain.Invalid("persisted queries", "%s: document %d is empty", path, i)
		}
	}
	return NewPersistedQueries(list...), nil
}

// Len is the number of documents registered.
func (pq *PersistedQueries) Len() int { return len(pq.byHash) }

func queryHash(q string) string {
	sum := sha256.Sum256([]byte(q))
	return hex.EncodeToString(sum[:])
}

// persistedQueries serves registered documents by hash, ahead of gqlgen's
// APQ extension; with only set, it refuses every other document, so a
// client cannot make the server run (or the APQ cache learn) a document
// nobody registered.
type persistedQueries struct {
	pq   *PersistedQueries
	only bool
}

var _ interface {
	graphql.OperationParameterMutator
	graphql.HandlerExtension
} = persistedQueries{}

func (persistedQueries) ExtensionName() string                   { return "PersistedQueries" }
func (persistedQueries) Validate(graphql.ExecutableSchema) error { return nil }

func (p persistedQueries) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	hash := persistedHash(params.Extensions)
	if params.Query == "" && hash != "" {
		if doc, ok := p.pq.byHash[hash]; ok {
			params.Query = doc
			return nil
		}
		if p.only {
			// APQ's own code: a client resends the full document on it, and
			// then hears that it is not registered.
			err := gqlerror.Errorf("PersistedQueryNotFound")
			err.Extensions = map[string]any{"code": persistedQueryNotFoundCode}
			return err
		}
		return nil
	}
	if p.only && params.Query != "" {
		if _, ok := p.pq.byHash[queryHash(params.Query)]; !ok {
			err := gqlerror.Errorf("this server runs only registered documents (persisted queries); this one is not registered")
			err.Extensions = map[string]any{"code": string(domain.EForbidden)}
			return err
		}
	}
	return nil
}

// persistedHash reads extensions.persistedQuery.sha256Hash, "" if absent.
func persistedHash(ext map[string]any) string {
	pq, _ := ext["persistedQuery"].(map[string]any)
	h, _ := pq["sha256Hash"].(string)
	return h
}
