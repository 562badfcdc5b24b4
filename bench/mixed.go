package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The mixed read load: what a frontend asks most, in turn. Each names
// the fields a client would draw.
const (
	SearchQuery = `query Search($text: String!) { search(text: $text, first: 20) { kind score node { __typename ... on Actor { id name } ... on Statement { id quote } ... on Topic { id name } } highlights { field fragment } } }`
	DyadQuery   = `query Dyad($a: ID!, $b: ID!) { dyad(a: $a, b: $b) { a { name } b { name } events(first: 20) { edges { node { id title when { start precision } } } } series { month events interactions cooperation conflict } } }`
	// NeighborhoodQuery is the graph around an actor, ready to draw.
	NeighborhoodQuery = `query Neighborhood($id: ID!) { neighborhood(actor: $id, hops: 1, limit: 50) { center { id name } nodes { id hop actor { name kind } } edges { source target weight } } }`
)

// MixedKinds are the mixed load's request kinds, sent in this order.
var MixedKinds = []string{"timeline", "search", "dyad", "neighborhood"}

// Actor is an actor the mixed load asks about.
type Actor struct{ ID, Name string }

// MixedClient sends the mixed read load's requests: request i is of kind
// MixedKinds[i%4], about the actors in turn (a dyad pairs one with the
// next).
type MixedClient struct {
	// Authorization, when set, is sent with every request.
	Authorization string

	url    string
	http   *http.Client
	bodies [][]byte // kind-major: bodies[i%len]
}

// NewMixedClient checks the endpoint is on loopback and prepares every
// request's body.
func NewMixedClient(endpoint string, actors []Actor, conns int) (*MixedClient, error) {
	if err := CheckLoopback(endpoint); err != nil {
		return nil, err
	}
	if len(actors) < 2 {
		return nil, fmt.Errorf("the mixed load needs two actors or more, got %d", len(actors))
	}
	c := &MixedClient{url: endpoint, http: &http.Client{Timeout: 30 * time.Second,
		Transport: &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, IdleConnTimeout: time.Minute}}}
	for k, a := range actors {
		next := actors[(k+1)%len(actors)]
		for _, req := range []struct {
			query string
			vars  map[string]any
		}{
			{TimelineQuery, map[string]any{"id": a.ID}},
			{SearchQuery, map[string]any{"text": a.Name}},
			{DyadQuery, map[string]any{"a": a.ID, "b": next.ID}},
			{NeighborhoodQuery, map[string]any{"id": a.ID}},
		} {
			body, err := json.Marshal(map[string]any{"query": req.query, "variables": req.vars})
			if err != nil {
				return nil, err
			}
			c.bodies = append(c.bodies, body)
		}
	}
	return c, nil
}

// Kind names request i's kind.
func (c *MixedClient) Kind(i int) string { return MixedKinds[i%len(MixedKinds)] }

// Do sends request i.
func (c *MixedClient) Do(ctx context.Context, i int) (Reply, error) {
	return post(ctx, c.http, c.url, c.Authorization, c.bodies[i%len(c.bodies)])
}

// ActorNames returns the names of the actors with the given ids, in order.
func ActorNames(ctx context.Context, drv neo4j.DriverWithContext, ids []string) ([]Actor, error) {
	res, err := neo4j.ExecuteQuery(ctx, drv, `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.name AS name`,
		map[string]any{"ids": ids}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("actor names: %w", err)
	}
	out := make([]Actor, 0, len(ids))
	for _, r := range res.Records {
		id, _, err := neo4j.GetRecordValue[string](r, "id")
		if err != nil {
			return nil, err
		}
		name, _, err := neo4j.GetRecordValue[string](r, "name")
		if err != nil {
			return nil, err
		}
		out = append(out, Actor{ID: id, Name: name})
	}
	return out, nil
}
