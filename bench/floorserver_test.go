package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"sort"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/server"
	"github.com/eventgraph/eventgraph/synthetic"
)

// The floor server must answer the very page our server answers, or the
// comparison between them measures different work.
func TestFloorServerAnswersTheSamePageAsOurs(t *testing.T) {
	ctx := context.Background()
	s := neo4jtest.Store(t)
	g, err := synthetic.New(synthetic.Config{Events: 400, Actors: 30, Seed: 7, EventsPerArticle: 100})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := synthetic.Load(ctx, s, g, 1, nil); err != nil {
		t.Fatal(err)
	}
	drv, err := NewCypherClient(neo4jtest.URI(t))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	ids, err := BusiestActors(ctx, drv, 1)
	if err != nil || len(ids) != 1 {
		t.Fatalf("busiest actor: %v %v", ids, err)
	}
	vars := map[string]any{"id": ids[0]}
	fetch := func(url string) []floorNode {
		t.Helper()
		c, err := NewGraphQLClient(url, TimelineQuery, vars, 1)
		if err != nil {
			t.Fatal(err)
		}
		data, err := c.Fetch(ctx)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := json.Marshal(data)
		var page struct {
			Actor struct {
				Timeline struct{ Edges []struct{ Node floorNode } }
			}
		}
		if err := json.Unmarshal(raw, &page); err != nil {
			t.Fatal(err)
		}
		var nodes []floorNode
		for _, e := range page.Actor.Timeline.Edges {
			n := e.Node
			// Neither orders participants or an event's sources the same
			// way; compare them as sets.
			sort.Slice(n.Participants, func(i, j int) bool { return n.Participants[i].ID < n.Participants[j].ID })
			sort.Slice(n.Sources, func(i, j int) bool { return fmt.Sprint(n.Sources[i]) < fmt.Sprint(n.Sources[j]) })
			nodes = append(nodes, n)
		}
		return nodes
	}
	ours := httptest.NewServer(server.New(s, server.Options{}))
	defer ours.Close()
	floor := httptest.NewServer(FloorServer{Driver: drv})
	defer floor.Close()

	want, got := fetch(ours.URL+"/query"), fetch(floor.URL)
	if len(want) != 50 {
		t.Fatalf("our page has %d events, want 50", len(want))
	}
	if len(want[0].Participants) == 0 || len(want[0].Sources) == 0 || want[0].When.Start == "" {
		t.Fatalf("our page's first event lacks participants, sources or a date: %+v", want[0])
	}
	for i := range want {
		if i >= len(got) || fmt.Sprintf("%+v", got[i]) != fmt.Sprintf("%+v", want[i]) {
			t.Fatalf("event %d: the floor server answers\n%+v\nours\n%+v", i, got[min(i, len(got)-1)], want[i])
		}
	}
	if len(got) != len(want) {
		t.Fatalf("the floor server has %d events, ours %d", len(got), len(want))
	}
}
