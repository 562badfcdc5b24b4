package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// MaxPathHops caps paths' maxHops: beyond six actor-to-actor hops nearly
// everyone is connected to everyone and the search costs the whole graph.
const MaxPathHops = 6

// Path is a chain of actors, each sharing events with the next.
type Path struct {
	Actors []string
	Hops   []PathHop
}

// PathHop is one link of a path and the most recent events that make it.
type PathHop struct {
	FromID, ToID string
	Events       []domain.Event
}

// cypherPaths resolves the two ids as ActorsByIDs does (the id of an actor
// merged into another answers the other), keeping the resolution in ends
// (in the order asked, "" for an id that is no actor's), and, when both
// answer two actors apart, finds the shortest chains of actors over
// LINKED, the edges between actors who share events (kept by the writes;
// see write.go), a graph far smaller than actors and events (the bound on
// the pattern's length cannot be a parameter, hence one statement per
// maxHops, built from this fixed text). The search is breadth-first from
// both ends; $scan bounds the shortest paths enumerated, since every
// shared event of every hop multiplies them. Each hop's events are read
// from the less connected actor's INVOLVED_IN index in order, newest first,
// stopping after $perHop. A chain's actors come back whole, for the
// caller to show without reading them again: resolving the ids, searching
// and showing the actors is one round trip where it took three. ends is on
// every row, on its own when there is no chain (OPTIONAL CALL).
const cypherPaths = `
UNWIND [0, 1] AS i
OPTIONAL MATCH (x:Actor {id: $ends[i]})
OPTIONAL MATCH (m:MergedActor {id: $ends[i]}) WHERE x IS NULL
OPTIONAL MATCH (s:Actor {id: m.into})
WITH i, coalesce(x, s) AS a ORDER BY i
WITH collect(coalesce(a.id, '')) AS ends, collect(a) AS found
OPTIONAL CALL (ends, found) {
  WITH found[0] AS a, found[1] AS b
  WHERE size(found) = 2 AND ends[0] <> ends[1]
  MATCH p = allShortestPaths((a)-[:LINKED*..%d]-(b))
  WITH p LIMIT $scan
  WITH DISTINCT nodes(p) AS actors
  LIMIT $first
  CALL (actors) {
    UNWIND range(0, size(actors) - 2) AS i
    WITH i, actors[i] AS x, actors[i + 1] AS y
    WITH i, x, y, CASE WHEN COUNT { (x)-[:INVOLVED_IN]->() } <= COUNT { (y)-[:INVOLVED_IN]->() }
                       THEN [x.id, y.id] ELSE [y.id, x.id] END AS pair
    CALL (pair) {
      MATCH ()-[r:INVOLVED_IN]->(e:Event)
      WHERE r.actor = pair[0] AND r.key >= '' AND EXISTS { MATCH (e)<-[o:INVOLVED_IN]-() WHERE o.actor = pair[1] }
      RETURN e ORDER BY r.actor DESC, r.key DESC LIMIT $perHop
    }
    WITH i, collect(e) AS events
    RETURN collect({i: i, events: events}) AS hops
  }
  RETURN actors, hops
}
RETURN ends, actors, hops`

var cypherPathsByHops = map[int]string{}

func init() {
	for h := 1; h <= MaxPathHops; h++ {
		cypherPathsByHops[h] = fmt.Sprintf(cypherPaths, h)
	}
}

// pathScan bounds the shortest paths looked at per request; pathTimeout
// bounds the search itself, which between two hubs of a dense graph can
// reach most of it.
const (
	pathScan    = 1000
	pathTimeout = 5 * time.Second
)

func isTimeout(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.TransactionTimedOut")
}

// pastDeadline reports whether ctx's deadline, rather than pathTimeout,
// ended a transaction.
func pastDeadline(ctx context.Context) bool {
	deadline, ok := ctx.Deadline()
	return ok && time.Until(deadline) < 50*time.Millisecond
}

// PathSearch is the answer of Paths: which actors the two ids answer, and
// the chains between them.
type PathSearch struct {
	// From and To are the ids of the actors from and to answer (the id of
	// an actor merged into another answers the other), "" for an id that
	// is no actor's. The chains are searched only when both answer, two
	// actors apart; there are none otherwise.
	From, To string
	Paths    []Path
	// Actors are the actors of the chains, each once, as read with them.
	Actors []domain.Actor
}

// Paths resolves from and to and returns up to first shortest chains of
// actors from one to the other within maxHops, each hop with up to perHop
// of its events, in one round trip. The caller checks the bounds, and that
// the ids answered (From, To) and answered two actors.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops, first, perHop int) (_ PathSearch, err error) {
	ctx, end := s.startQuery(ctx, false, cypherPathsByHops[maxHops])
	defer func() { end(err) }()
	s.count()
	timeout, err := txTimeout(ctx, pathTimeout)
	if err != nil {
		return PathSearch{}, err
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypherPathsByHops[maxHops], map[string]any{"ends": []string{from, to},
		"scan": pathScan, "first": first, "perHop": perHop}, neo4j.EagerResultTransformer,
		s.readOptions(ctx, neo4j.ExecuteQueryWithTransactionConfig(timeout...))...)
	if isTimeout(err) && !pastDeadline(ctx) {
		return PathSearch{}, domain.Errorf(domain.ETooComplex, "maxHops", "the search for paths took longer than %s; ask for fewer hops", pathTimeout)
	}
	if err != nil {
		return PathSearch{}, classifyIn(ctx, err)
	}
	out := PathSearch{Paths: []Path{}}
	seen := map[string]bool{}
	for i, r := range res.Records {
		if i == 0 {
			if ends := recordStrings(r, "ends"); len(ends) == 2 {
				out.From, out.To = ends[0], ends[1]
			}
		}
		v, _ := r.Get("actors")
		nodes, _ := v.([]any)
		if len(nodes) == 0 {
			continue
		}
		p := Path{Actors: make([]string, 0, len(nodes))}
		for _, x := range nodes {
			n, _ := x.(neo4j.Node)
			a := actorFromNode(n)
			p.Actors = append(p.Actors, a.ID)
			if !seen[a.ID] {
				seen[a.ID] = true
				out.Actors = append(out.Actors, a)
			}
		}
		p.Hops = pathHops(r, p.Actors)
		out.Paths = append(out.Paths, p)
	}
	return out, nil
}

// pathHops reads the hops of the chain of actors from its record, each in
// its place; a hop the record has no events for (eventsPerHop 0) has none.
func pathHops(r *neo4j.Record, actors []string) []PathHop {
	out := make([]PathHop, max(len(actors)-1, 0))
	for i := range out {
		out[i] = PathHop{FromID: actors[i], ToID: actors[i+1], Events: []domain.Event{}}
	}
	v, _ := r.Get("hops")
	hops, _ := v.([]any)
	for _, h := range hops {
		m, _ := h.(map[string]any)
		i, _ := m["i"].(int64)
		if i < 0 || int(i) >= len(out) {
			continue
		}
		evs, _ := m["events"].([]any)
		for _, e := range evs {
			if n, ok := e.(neo4j.Node); ok {
				out[i].Events = append(out[i].Events, eventFromNode(n))
			}
		}
	}
	return out
}

// Neighborhood is the actors around one and the events they share.
type Neighborhood struct {
	Center string
	Nodes  []NeighborNode
	Edges  []NeighborEdge
}

// EdgeCount is how many edges the neighborhood has among its nodes.
func (n *Neighborhood) EdgeCount() int { return len(n.Edges) }

// NeighborNode is an actor in a neighborhood, Hop steps from the center.
type NeighborNode struct {
	ActorID string
	Hop     int
	// Actor is the actor as it stood at the moment a neighborhood was read
	// as of (NeighborhoodAsOf's caller sets it); nil otherwise.
	Actor *domain.Actor
}

// NeighborEdge links two actors of a neighborhood by the events they share.
type NeighborEdge struct {
	Source, Target string
	Weight         int
}

// neighborEvents bounds how many of each actor's latest events a
// neighborhood looks at, so a hub costs the same as anyone else;
// neighborBudget bounds the events one ring looks at in all, so a wide ring
// looks at fewer of each actor's (never fewer than neighborMinEvents).
const (
	neighborEvents    = 200
	neighborBudget    = 4000
	neighborMinEvents = 20
)

func eventsPerActor(frontier int) int {
	return max(neighborMinEvents, min(neighborEvents, neighborBudget/max(1, frontier)))
}

// cypherNeighbors reads each actor's latest events in index order and
// counts, per other actor involved, the events they share.
const cypherNeighbors = `
UNWIND $frontier AS aid
CALL (aid) {
  MATCH ()-[r:INVOLVED_IN]->(e:Event) WHERE r.actor = aid AND r.key >= ''
  RETURN e ORDER BY r.actor DESC, r.key DESC LIMIT $perActor
}
MATCH (e)<-[o:INVOLVED_IN]-()
WHERE o.actor <> aid AND ($within IS NULL OR o.actor IN $within)
RETURN aid, o.actor AS other, count(*) AS weight`

// cypherNeighborhoodOneHop is Neighborhood's loop for one hop in one
// statement, so the commonest neighbourhood costs one round trip instead
// of three: the actors most often in the center's latest $centerEvents
// events ($ring of them), the pairs among them each sees in its latest
// $ringEvents, and every pair's exact weight from its LINKED tally (a pair
// whose LINKED edge is missing, while links are rebuilt, is left out).
const cypherNeighborhoodOneHop = `
MATCH ()-[r:INVOLVED_IN]->(e:Event) WHERE r.actor = $id AND r.key >= ''
WITH e ORDER BY r.actor DESC, r.key DESC LIMIT $centerEvents
MATCH (e)<-[o:INVOLVED_IN]-() WHERE o.actor <> $id
WITH o.actor AS other, count(*) AS w ORDER BY w DESC, other ASC LIMIT $ring
WITH collect(other) AS ring
WITH ring, [$id] + ring AS members
CALL (ring, members) {
  UNWIND ring AS x
  CALL (x, members) {
    MATCH ()-[r:INVOLVED_IN]->(e:Event) WHERE r.actor = x AND r.key >= ''
    WITH e ORDER BY r.actor DESC, r.key DESC LIMIT $ringEvents
    MATCH (e)<-[o:INVOLVED_IN]-() WHERE o.actor <> x AND o.actor IN members
    RETURN DISTINCT o.actor AS y
  }
  RETURN collect(DISTINCT CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END) AS seen
}
WITH ring, seen + [x IN ring | CASE WHEN $id < x THEN $id + '|' + x ELSE x + '|' + $id END] AS keys
CALL (keys) {
  UNWIND keys AS k
  WITH DISTINCT k
  MATCH ()-[l:LINKED {key: k}]->()
  RETURN collect([k, l.n]) AS edges
}
RETURN ring, edges`

// neighborhoodOneHop is Neighborhood for hops 1, in one round trip.
func (s *Store) neighborhoodOneHop(ctx context.Context, center string, limit int) (Neighborhood, error) {
	nb := Neighborhood{Center: center, Nodes: []NeighborNode{{ActorID: center}}}
	if limit < 2 {
		return nb, nil
	}
	recs, err := s.read(ctx, cypherNeighborhoodOneHop, map[string]any{"id": center, "ring": limit - 1,
		"centerEvents": eventsPerActor(1), "ringEvents": eventsPerActor(limit - 1)})
	if err != nil || len(recs) == 0 {
		return nb, err
	}
	for _, id := range recordStrings(recs[0], "ring") {
		nb.Nodes = append(nb.Nodes, NeighborNode{ActorID: id, Hop: 1})
	}
	v, _ := recs[0].Get("edges")
	edges, _ := v.([]any)
	for _, x := range edges {
		kn, _ := x.([]any)
		if len(kn) != 2 {
			continue
		}
		k, _ := kn[0].(string)
		n, _ := kn[1].(int64)
		a, b, _ := strings.Cut(k, "|")
		nb.Edges = append(nb.Edges, NeighborEdge{Source: a, Target: b, Weight: int(n)})
	}
	sortEdges(nb.Edges)
	return nb, nil
}

// cypherLinkCounts reads the LINKED edges of the given pair keys: the
// exact number of events each pair shares.
const cypherLinkCounts = `
UNWIND $keys AS k
MATCH ()-[l:LINKED {key: k}]->()
RETURN k, l.n AS n`

// Neighborhood returns up to limit actors within hops of center (nearest
// and most connected first) and the edges among them. Who joins is decided
// on each actor's latest events (eventsPerActor), so a hub costs what
// anyone else does; an edge's weight is then the exact number of events
// the pair shares, read from its LINKED edge. It costs one round trip per
// hop, one for the edges among the last hop's actors and one for the
// weights.
func (s *Store) Neighborhood(ctx context.Context, center string, hops, limit int) (Neighborhood, error) {
	if hops == 1 {
		return s.neighborhoodOneHop(ctx, center, limit)
	}
	return s.neighborhood(ctx, center, hops, limit, time.Time{})
}

// NeighborhoodAsOf is Neighborhood as the graph stood at a moment, hop by
// hop whatever hops (the one-hop read counts the present's LINKED edges).
// Its weights are what the sample of each actor's latest events saw: the
// exact counts (LINKED edges) are the present's.
func (s *Store) NeighborhoodAsOf(ctx context.Context, center string, hops, limit int, at time.Time) (Neighborhood, error) {
	return s.neighborhood(ctx, center, hops, limit, at)
}

// neighborhood reads a neighborhood hop by hop, as of at when it is not
// zero.
func (s *Store) neighborhood(ctx context.Context, center string, hops, limit int, at time.Time) (Neighborhood, error) {
	nb := Neighborhood{Center: center, Nodes: []NeighborNode{{ActorID: center}}}
	in := map[string]bool{center: true}
	weights := map[[2]string]int{}
	frontier := []string{center}
	for hop := 1; hop <= hops && len(frontier) > 0 && len(in) < limit; hop++ {
		rows, err := s.neighbors(ctx, frontier, nil, weights, at)
		if err != nil {
			return Neighborhood{}, err
		}
		frontier = nil
		for _, c := range rankNew(rows, in) {
			if len(in) >= limit {
				break
			}
			in[c] = true
			frontier = append(frontier, c)
			nb.Nodes = append(nb.Nodes, NeighborNode{ActorID: c, Hop: hop})
		}
	}
	if len(frontier) > 0 {
		// The last ring's edges among themselves and back to the rest.
		all := make([]string, 0, len(in))
		for id := range in {
			all = append(all, id)
		}
		if _, err := s.neighbors(ctx, frontier, all, weights, at); err != nil {
			return Neighborhood{}, err
		}
	}
	for pair, w := range weights {
		if in[pair[0]] && in[pair[1]] {
			nb.Edges = append(nb.Edges, NeighborEdge{Source: pair[0], Target: pair[1], Weight: w})
		}
	}
	if at.IsZero() {
		if err := s.exactWeights(ctx, nb.Edges); err != nil {
			return Neighborhood{}, err
		}
	}
	sortEdges(nb.Edges)
	return nb, nil
}

// sortEdges puts the heaviest edges first, then by pair.
func sortEdges(edges []NeighborEdge) {
	sort.Slice(edges, func(i, j int) bool {
		a, b := edges[i], edges[j]
		if a.Weight != b.Weight {
			return a.Weight > b.Weight
		}
		return a.Source+"|"+a.Target < b.Source+"|"+b.Target
	})
}

// exactWeights sets each edge's weight to its pair's LINKED count, which
// counts every event the two share where the sample saw only the latest.
// An edge without a LINKED edge (a graph whose links are being rebuilt)
// keeps the sampled weight.
func (s *Store) exactWeights(ctx context.Context, edges []NeighborEdge) error {
	if len(edges) == 0 {
		return nil
	}
	keys := make([]string, len(edges))
	for i, e := range edges {
		keys[i] = e.Source + "|" + e.Target
	}
	recs, err := s.read(ctx, cypherLinkCounts, map[string]any{"keys": keys})
	if err != nil {
		return err
	}
	exact := make(map[string]int, len(recs))
	for _, r := range recs {
		exact[recordString(r, "k")] = recordInt(r, "n")
	}
	for i, k := range keys {
		if n, ok := exact[k]; ok {
			edges[i].Weight = n
		}
	}
	return nil
}

// neighbors runs cypherNeighbors for the frontier, records the weights of
// the pairs it sees (an unordered pair keeps its larger count: each side
// looked at its own latest events) and returns each other actor's total
// weight towards the frontier.
func (s *Store) neighbors(ctx context.Context, frontier, within []string, weights map[[2]string]int, at time.Time) (map[string]int, error) {
	var w any
	if within != nil {
		w = within
	}
	cypher, params := cypherNeighbors, map[string]any{"frontier": frontier, "within": w, "perActor": eventsPerActor(len(frontier))}
	if !at.IsZero() {
		cypher, params = cypherNeighborsAsOf, asOfParams(at, params)
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	total := map[string]int{}
	for _, r := range recs {
		a, b, n := recordString(r, "aid"), recordString(r, "other"), recordInt(r, "weight")
		pair := [2]string{a, b}
		if b < a {
			pair = [2]string{b, a}
		}
		weights[pair] = max(weights[pair], n)
		total[b] += n
	}
	return total, nil
}

// rankNew returns the actors of totals not yet in, heaviest first.
func rankNew(totals map[string]int, in map[string]bool) []string {
	var out []string
	for id := range totals {
		if !in[id] {
			out = append(out, id)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if totals[out[i]] != totals[out[j]] {
			return totals[out[i]] > totals[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
