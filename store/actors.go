package store

import (
	"context"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// ActorFilter narrows an actor listing. Empty fields do not filter.
type ActorFilter struct {
	Name string // case-insensitive substring of the name or an alias
	Kind domain.ActorKind
}

// ActorPage is one page of actors ordered by name, then id. Cursors are the
// sort keys; the GraphQL layer makes them opaque.
type ActorPage struct {
	Actors  []domain.Actor
	Keys    []string
	HasNext bool
}

const cypherActorByID = `MATCH (a:Actor {id: $id}) RETURN a`

// cypherActorOrSurvivor finds an actor by id, or, for an id merged away
// (see curate_actors.go), the actor it was merged into: a second index
// seek only when the first finds nothing.
const cypherActorOrSurvivor = `
OPTIONAL MATCH (x:Actor {id: $id})
OPTIONAL MATCH (m:MergedActor {id: $id}) WHERE x IS NULL
OPTIONAL MATCH (s:Actor {id: m.into})
WITH coalesce(x, s) AS a WHERE a IS NOT NULL
RETURN a`

// Actor returns one actor, or NOT_FOUND. The id of an actor merged into
// another answers the other.
func (s *Store) Actor(ctx context.Context, id string) (domain.Actor, error) {
	recs, err := s.read(ctx, cypherActorOrSurvivor, map[string]any{"id": id})
	if err != nil {
		return domain.Actor{}, err
	}
	if len(recs) == 0 {
		return domain.Actor{}, domain.NotFound("id", "no actor with id %q", id)
	}
	return actorFrom(recs[0], "a"), nil
}

const cypherActorsByIDs = `
UNWIND $ids AS id
OPTIONAL MATCH (x:Actor {id: id})
OPTIONAL MATCH (m:MergedActor {id: id}) WHERE x IS NULL
OPTIONAL MATCH (s:Actor {id: m.into})
WITH id, coalesce(x, s) AS a WHERE a IS NOT NULL
RETURN id, a`

// ActorsByIDs returns the actors with these ids, keyed by the id asked
// for; missing ids are absent from the map. The id of an actor merged into
// another answers the other.
func (s *Store) ActorsByIDs(ctx context.Context, ids []string) (map[string]domain.Actor, error) {
	return readByID(ctx, s, cypherActorsByIDs, ids, func(r *neo4j.Record) (string, domain.Actor) {
		return recordString(r, "id"), actorFrom(r, "a")
	})
}

const cypherActors = `
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($name IS NULL OR toLower(a.name) CONTAINS $name OR any(al IN a.aliases WHERE toLower(al) CONTAINS $name))
WITH a, a.nameKey + '|' + a.id AS key
WHERE $after IS NULL OR key > $after
RETURN a, key ORDER BY key LIMIT $limit`

// Actors lists actors matching f, first at most, after the cursor key.
func (s *Store) Actors(ctx context.Context, f ActorFilter, first int, after string) (ActorPage, error) {
	params := map[string]any{"kind": nil, "name": nil, "after": nil, "limit": first + 1}
	if f.Kind != "" {
		params["kind"] = string(f.Kind)
	}
	if n := strings.TrimSpace(f.Name); n != "" {
		params["name"] = strings.ToLower(n)
	}
	if after != "" {
		params["after"] = after
	}
	recs, err := s.read(ctx, cypherActors, params)
	if err != nil {
		return ActorPage{}, err
	}
	var p ActorPage
	for i, r := range recs {
		if i == first {
			p.HasNext = true
			break
		}
		p.Actors = append(p.Actors, actorFrom(r, "a"))
		p.Keys = append(p.Keys, recordString(r, "key"))
	}
	return p, nil
}

const cypherActorsByNameKeys = `CYPHER replan=skip
UNWIND $keys AS k
MATCH (:Name {key: k})-[:NAMES]->(a:Actor)
RETURN k AS key, collect(a) AS actors`

// ActorsByNames finds actors known by any of these names or aliases
// (compared as domain.NormalizeName folds them). Resolution uses it to link
// a new article's mentions to actors the graph already has.
func (s *Store) ActorsByNames(ctx context.Context, names []string) (map[string][]domain.Actor, error) {
	keys := make([]string, 0, len(names))
	for _, n := range names {
		if k := domain.NormalizeName(n); k != "" {
			keys = append(keys, k)
		}
	}
	recs, err := s.read(ctx, cypherActorsByNameKeys, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	out := map[string][]domain.Actor{}
	for _, r := range recs {
		v, _ := r.Get("actors")
		for _, n := range v.([]any) {
			out[recordString(r, "key")] = append(out[recordString(r, "key")], actorFromNode(n.(neo4j.Node)))
		}
	}
	return out, nil
}

const cypherRolesOf = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[h:HOLDS_ROLE]->(o:Actor)
RETURN id, h.title AS title, o.id AS of, h.from AS from, h.to AS to ORDER BY id, title`

// RolesOf returns the roles each actor holds, keyed by actor id.
func (s *Store) RolesOf(ctx context.Context, ids []string) (map[string][]domain.Role, error) {
	recs, err := s.read(ctx, cypherRolesOf, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	return rolesFrom(recs), nil
}

// rolesFrom reads rows of (id, title, of, from, to) as roles by id.
func rolesFrom(recs []*neo4j.Record) map[string][]domain.Role {
	out := map[string][]domain.Role{}
	for _, r := range recs {
		role := domain.Role{Title: recordString(r, "title"), Of: recordString(r, "of")}
		if d, err := domain.ParseFuzzyDate(recordString(r, "from")); err == nil {
			role.From = &d
		}
		if d, err := domain.ParseFuzzyDate(recordString(r, "to")); err == nil {
			role.To = &d
		}
		id := recordString(r, "id")
		out[id] = append(out[id], role)
	}
	return out
}

// cypherRolesAsOf is cypherRolesOf at $asOf, for the actor states
// ActorsAsOf returns (ids already resolved): the offices held then, live
// ones begun by then and those a merge took away since (WAS_HOLDING).
const cypherRolesAsOf = `
UNWIND $ids AS id
MATCH (a:Actor|MergedActor {id: id})-[h:HOLDS_ROLE|WAS_HOLDING]->(o:Actor|MergedActor)
WHERE CASE WHEN h:HOLDS_ROLE THEN coalesce(h.since, $epoch) <= $asOf ELSE h.since <= $asOf AND $asOf < h.until END
RETURN id, h.title AS title, o.id AS of, h.from AS from, h.to AS to ORDER BY id, title`

// RolesAsOf is RolesOf as the graph stood at a moment, for actors read
// as of it.
func (s *Store) RolesAsOf(ctx context.Context, ids []string, at time.Time) (map[string][]domain.Role, error) {
	recs, err := s.read(ctx, cypherRolesAsOf, asOfParams(at, map[string]any{"ids": ids}))
	if err != nil {
		return nil, err
	}
	return rolesFrom(recs), nil
}

const cypherCountActors = `MATCH (a:Actor) RETURN count(a) AS n`

// CountActors tells whether the graph is empty (make run loads the sample
// data then).
func (s *Store) CountActors(ctx context.Context) (int, error) {
	recs, err := s.read(ctx, cypherCountActors, nil)
	if err != nil {
		return 0, err
	}
	return recordInt(recs[0], "n"), nil
}

func actorFrom(r *neo4j.Record, key string) domain.Actor {
	v, _ := r.Get(key)
	n, _ := v.(neo4j.Node)
	return actorFromNode(n)
}

func actorFromNode(n neo4j.Node) domain.Actor {
	p := n.Props
	return domain.Actor{ID: prop[string](p, "id"), Name: prop[string](p, "name"),
		Kind: domain.ActorKind(prop[string](p, "kind")), Aliases: toStrings(p["aliases"]),
		Description: prop[string](p, "description")}
}

const cypherAllActors = `MATCH (a:Actor) RETURN a`

// AllActors returns every actor: the gazetteer an extractor matches new
// articles against. (At tens of thousands of actors this is a few MB; the
// ingester loads it once and keeps it current itself.)
func (s *Store) AllActors(ctx context.Context) ([]domain.Actor, error) {
	recs, err := s.read(ctx, cypherAllActors, nil)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Actor, len(recs))
	for i, r := range recs {
		out[i] = actorFrom(r, "a")
	}
	return out, nil
}
