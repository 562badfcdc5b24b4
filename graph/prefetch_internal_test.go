package graph

import (
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
)

func TestShowsTrimmedFindsTrimmedFieldsAnywhereInTheDocument(t *testing.T) {
	schema := NewExecutableSchema(Config{}).Schema()
	const page = `edges { node { id title participants { id name kind } sources { sentence article { id title } } } }`
	for _, tc := range []struct {
		name  string
		query string
		shows bool
	}{
		{"the benchmark page", `query($id: ID!) { actor(id: $id) { timeline(first: 50) { ` + page + ` } } }`, false},
		{"an actor's own fields elsewhere", `{ actor(id: "x") { name kind counterparts { actor { id } } } timeline { ` + page + ` } }`, false},
		{"aliases of participants", `{ timeline { edges { node { participants { aliases } } } } }`, true},
		{"description of the root actor", `{ actor(id: "x") { description timeline { ` + page + ` } } }`, true},
		{"aliases through a fragment", `{ timeline { edges { node { participants { ...who } } } } } fragment who on Actor { aliases }`, true},
		{"aliases through an inline fragment on a node", `{ node(id: "x") { ... on Actor { aliases } } }`, true},
		{"an article's URL", `{ timeline { edges { node { sources { article { url } } } } } }`, true},
		{"an article's date through a fragment", `{ timeline { edges { node { sources { article { ...when } } } } } } fragment when on Article { publishedAt }`, true},
		{"a field of the same name on another type", `{ timeline { edges { node { ... on Statement { quote } } } } }`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(schema, tc.query)
			if errs != nil {
				t.Fatalf("query does not validate: %v", errs)
			}
			if got := showsTrimmed(&graphql.OperationContext{Doc: doc}); got != tc.shows {
				t.Fatalf("showsTrimmed = %v, want %v", got, tc.shows)
			}
		})
	}
}
