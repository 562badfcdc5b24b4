package graph

import (
	"os"
	"testing"

	"github.com/vektah/gqlparser/v2"
)

func costOf(t *testing.T, query string, vars map[string]any) int {
	t.Helper()
	doc := loadQuery(t, query)
	return NewCostModel(NewExecutableSchema(Config{}).Schema()).Cost(doc.Operations[0], vars)
}

func TestCostMultipliesListsByTheirFirstAndNesting(t *testing.T) {
	cases := []struct {
		name  string
		query string
		vars  map[string]any
		want  int
	}{
		{"leaves are free", `{ __typename }`, nil, 0},
		{"one object", `{ actor(id: "a") { id name aliases } }`, nil, 1},
		// timeline 1 + 7 edges × (edge 1 + node 1) + pageInfo 1
		{"a connection sizes its edges by first", `{ timeline(first: 7) { edges { cursor node { id } } pageInfo { hasNextPage } } }`, nil, 1 + 7*2 + 1},
		{"a variable first", `query($n: Int) { timeline(first: $n) { edges { node { id } } } }`, map[string]any{"n": int64(40)}, 1 + 40*2},
		{"the schema's default first (20)", `{ timeline { edges { node { id } } } }`, nil, 1 + 20*2},
		// participants: an unsized list of AssumedListSize actors
		{"lists without first are assumed", `{ timeline(first: 2) { edges { node { participants { id } } } } }`, nil,
			1 + 2*(2+AssumedListSize)},
		{"nesting multiplies", `{ actors(first: 3) { edges { node { timeline(first: 5) { edges { node { id } } } } } } }`, nil,
			1 + 3*(2+1+5*2)},
		{"fragments count where spread", `{ a: actor(id: "x") { ...F } b: actor(id: "y") { ...F } } fragment F on Actor { timeline(first: 4) { edges { node { id } } } }`, nil,
			2 * (1 + 1 + 4*2)},
		{"limit sizes a neighbourhood's lists", `{ neighborhood(actor: "a", limit: 50) { nodes { actor { id } } } }`, nil, 1 + 50*2},
		{"first: 100 nested three deep saturates nothing but is large",
			`{ actors(first: 100) { edges { node { timeline(first: 100) { edges { node { participants { timeline(first: 100) { edges { node { id } } } } } } } } } } }`, nil,
			1 + 100*(2+1+100*(2+AssumedListSize*(1+1+100*2)))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := costOf(t, tc.query, tc.vars); got != tc.want {
				t.Errorf("cost %d, want %d", got, tc.want)
			}
		})
	}
}

func TestCostCountsIntrospection(t *testing.T) {
	q, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	full := costOf(t, string(q), nil)
	one := costOf(t, `{ __type(name: "Actor") { fields { name type { name } } } }`, nil)
	if one < 2 || full < 50*one {
		t.Errorf("introspection costs %d for every type, %d for one type's fields: it is not counted", full, one)
	}
	t.Logf("the full introspection query costs %d", full)
}

// BenchmarkCostOfATimelinePage prices the benchmark's timeline page: the
// overhead cost accounting adds to each request.
func BenchmarkCostOfATimelinePage(b *testing.B) {
	const page = `query($id: ID!) { actor(id: $id) { timeline(first: 50) { edges { node { id title when { start precision } participants { id name } sources { sentence article { title } } } } } } }`
	schema := NewExecutableSchema(Config{}).Schema()
	doc, errs := gqlparser.LoadQuery(schema, page)
	if errs != nil {
		b.Fatal(errs)
	}
	m := NewCostModel(schema)
	vars := map[string]any{"id": "x"}
	b.ReportAllocs()
	for b.Loop() {
		m.Cost(doc.Operations[0], vars)
	}
}
