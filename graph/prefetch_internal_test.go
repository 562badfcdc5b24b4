package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"

	"github.com/eventgraph/eventgraph/store"
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

func TestEventPropsSelectedReadsWhatThePageShows(t *testing.T) {
	schema := NewExecutableSchema(Config{}).Schema()
	whole := store.EventProps{}
	for _, tc := range []struct {
		name  string
		query string
		want  store.EventProps
	}{
		{"the benchmark page", `{ actor(id: "x") { timeline(first: 50) { edges { node { id title when { start precision } participants { id name } sources { sentence article { title } } } } } } }`,
			store.EventProps{Project: true, Title: true, When: true}},
		{"fragments and aliases", `{ timeline { edges { node { ...ev heading: title } } } } fragment ev on Event { summary reported { display } }`,
			store.EventProps{Project: true, Title: true, Summary: true, Reported: true}},
		{"cursors and page info only", `{ timeline { edges { cursor } pageInfo { endCursor } } }`, store.EventProps{Project: true}},
		{"fields answered from details", `{ timeline { edges { node { ... on Meeting { place { name } } ... on Statement { speaker { id } about { id } } } } } }`,
			store.EventProps{Project: true}},
		{"a statement's quote", `{ timeline { edges { node { title ... on Statement { quote } } } } }`, whole},
		{"an interaction's kind through a fragment", `{ actor(id: "x") { meetings { edges { node { ...k } } } } } fragment k on Interaction { kind }`, whole},
		{"a skipped quote", `{ timeline { edges { node { title ... on Statement { quote @skip(if: true) } } } } }`,
			store.EventProps{Project: true, Title: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, errs := gqlparser.LoadQuery(schema, tc.query)
			if errs != nil {
				t.Fatalf("query does not validate: %v", errs)
			}
			op := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], RawQuery: tc.query}
			// The connection: the root timeline, or the root actor's first
			// field that is one.
			conn := graphql.CollectFields(op, op.Operation.SelectionSet, queryImplementors)[0]
			if conn.Name == "actor" {
				for _, f := range graphql.CollectFields(op, conn.Selections, actorImplementors) {
					if f.Definition.Type.Name() == "EventConnection" {
						conn = f
					}
				}
			}
			ctx := graphql.WithFieldContext(graphql.WithOperationContext(context.Background(), op), &graphql.FieldContext{Field: conn})
			if got := eventPropsSelected(ctx); got != tc.want {
				t.Fatalf("eventPropsSelected = %+v, want %+v", got, tc.want)
			}
		})
	}
}
