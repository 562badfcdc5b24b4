package server

import (
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/fuzzbound"
)

// FuzzDecodeRequest: no POST body makes the request decoder panic or
// hang; it either gives a request with a query (or a persisted query's
// hash) or a BAD_USER_INPUT error, and the document parser copes with
// whatever query it gives.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range []string{
		`{"query":"{ actors(first: 1) { edges { node { id } } } }"}`,
		`{"query":"query Q($id: ID!) { event(id: $id) { id title } }","variables":{"id":"e1"},"operationName":"Q"}`,
		`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}`,
		`{"query":null}`, `[]`, `{"query":"{ a","variables":[1]}`, `{"query":"fragment F on Event { ...F } { ...F }"}`,
		`{"query":"{ timeline(first: 100) { edges { node { id actors { id events(first: 100) { edges { node { id } } } } } } } }"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if len(body) > fuzzbound.MaxInput {
			return
		}
		fuzzbound.Within(t, body, func() {
			p, err := decodeRequest(body)
			if err != nil {
				if domain.CodeOf(err) != domain.EInvalid {
					t.Fatalf("decodeRequest(%q): %v, not BAD_USER_INPUT", body, err)
				}
				return
			}
			if p.Query == "" && p.Extensions["persistedQuery"] == nil {
				t.Fatalf("decodeRequest(%q) gave a request with neither query nor persisted query", body)
			}
			_, _ = parser.ParseQuery(&ast.Source{Input: p.Query})
		})
	})
}
