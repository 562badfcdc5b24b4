package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/eventgraph/eventgraph/store"
)

// loadQuery parses and validates query against the schema.
func loadQuery(t *testing.T, query string) *ast.QueryDocument {
	t.Helper()
	doc, errs := gqlparser.LoadQuery(NewExecutableSchema(Config{}).Schema(), query)
	if errs != nil {
		t.Fatalf("query does not validate: %v", errs)
	}
	return doc
}

func TestOmittableLeavesOutWhatTheDocumentShowsNowhere(t *testing.T) {
	const page = `edges { node { id title participants { id name } sources { sentence article { id title } } } }`
	all := store.OmitAll
	for _, tc := range []struct {
		name  string
		query string
		want  store.Omit
	}{
		{"the benchmark page", `query($id: ID!) { actor(id: $id) { timeline(first: 50) { ` + page + ` } } }`, all},
		{"an actor's kind", `{ timeline { edges { node { participants { kind } } } } }`, all &^ store.OmitActorKind},
		{"the root actor's kind and a counterpart's", `{ actor(id: "x") { name kind counterparts { actor { id } } } }`, all &^ store.OmitActorKind},
		{"aliases of participants", `{ timeline { edges { node { participants { aliases } } } } }`, all &^ store.OmitActorText},
		{"description of the root actor", `{ actor(id: "x") { description timeline { ` + page + ` } } }`, all &^ store.OmitActorText},
		{"aliases through a fragment", `{ timeline { edges { node { participants { ...who } } } } } fragment who on Actor { aliases }`, all &^ store.OmitActorText},
		{"aliases through an inline fragment on a node", `{ node(id: "x") { ... on Actor { aliases } } }`, all &^ store.OmitActorText},
		{"an article's URL", `{ timeline { edges { node { sources { article { url } } } } } }`, all &^ store.OmitArticleOrigin},
		{"an article's language", `{ timeline { edges { node { sources { article { language } } } } } }`, all &^ store.OmitArticleOrigin},
		{"an article's date through a fragment", `{ timeline { edges { node { sources { article { ...when } } } } } } fragment when on Article { publishedAt }`,
			all &^ store.OmitArticleDate},
		{"a source's span", `{ timeline { edges { node { sources { end } } } } }`, all &^ store.OmitSourceSpan},
		{"a source's confidence", `{ timeline { edges { node { sources { confidence } } } } }`, all &^ store.OmitSourceExtraction},
		{"everything", `{ timeline { edges { node { participants { kind aliases } sources { start extractor article { url publishedAt } } } } } }`, 0},
		{"fields of the same name on other types", `{ timeline { edges { node { when { start end } ... on Interaction { kind } ... on Statement { quote } } } } }`, all},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := loadQuery(t, tc.query)
			if got := omittable(&graphql.OperationContext{Doc: doc}); got != tc.want {
				t.Fatalf("omittable = %06b, want %06b", got, tc.want)
			}
		})
	}
}

func TestShowsRolesFindsRoleFieldsOfEventsAnywhere(t *testing.T) {
	for _, tc := range []struct {
		name  string
		query string
		roles bool
	}{
		{"participants only", `{ timeline { edges { node { participants { id name } } } } }`, false},
		{"a counterpart's actor", `{ actor(id: "x") { counterparts { actor { id } } timeline { edges { node { participants { id } } } } } }`, false},
		{"a speaker", `{ timeline { edges { node { ... on Statement { speaker { id } } } } } }`, true},
		{"involvements through a fragment", `{ timeline { edges { node { ...inv } } } } fragment inv on Meeting { involvements { role } }`, true},
		{"an interaction's source in another root field", `{ actor(id: "x") { name } node(id: "e") { ... on Interaction { source { id } } } }`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := loadQuery(t, tc.query)
			if got := showsRoles(&graphql.OperationContext{Doc: doc}); got != tc.roles {
				t.Fatalf("showsRoles = %v, want %v", got, tc.roles)
			}
		})
	}
}

func TestEventPropsSelectedReadsWhatThePageShows(t *testing.T) {
	whole := store.EventProps{}
	for _, tc := range []struct {
		name  string
		query string
		want  store.EventProps
	}{
		{"the benchmark page", `{ actor(id: "x") { timeline(first: 50) { edges { node { id title when { start precision } participants { id name } sources { sentence article { title } } } } } } }`,
			store.EventProps{Project: true, Title: true, When: true}},
		{"a date's end and words", `{ timeline { edges { node { when { display end } w: when { text } } } } }`,
			store.EventProps{Project: true, When: true, WhenEnd: true, WhenText: true}},
		{"fragments and aliases", `{ timeline { edges { node { ...ev heading: title } } } } fragment ev on Event { summary reported { display } }`,
			store.EventProps{Project: true, Title: true, Summary: true, Reported: true}},
		{"cursors and page info only", `{ timeline { edges { cursor } pageInfo { endCursor } } }`, store.EventProps{Project: true}},
		{"fields answered from details", `{ timeline { edges { node { ... on Meeting { place { name } } ... on Statement { speaker { id } about { id } } } } } }`,
			store.EventProps{Project: true}},
		// A type's own words and numbers: the projection's own properties.
		{"a statement's quote", `{ timeline { edges { node { title ... on Statement { quote } } } } }`,
			store.EventProps{Project: true, Title: true, Own: true}},
		{"an interaction's kind through a fragment", `{ actor(id: "x") { meetings { edges { node { ...k } } } } } fragment k on Interaction { kind }`,
			store.EventProps{Project: true, Own: true}},
		{"an event's history", `{ timeline { edges { node { title history { edges { node { at } } } } } } }`, whole},
		{"a skipped quote", `{ timeline { edges { node { title ... on Statement { quote @skip(if: true) } } } } }`,
			store.EventProps{Project: true, Title: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := loadQuery(t, tc.query)
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
