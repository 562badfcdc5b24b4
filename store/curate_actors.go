package store

import (
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Actor curation: merging duplicates, renaming, removing a wrong alias,
// setting the kind. A merged-away actor's node stays, relabelled
// (:MergedActor {id, into}) with its own name and aliases: reads of its id
// answer the survivor (Actor, ActorsByIDs), and writes that name it land
// on the survivor (curated.go). Actors merged into it follow it when it is
// merged in turn, so into always names an actor.

// cypherLockActors takes the write locks of the actors, in id order, so
// two curations of overlapping actors queue instead of deadlocking; the
// statements after it see what a curation that held them committed.
const cypherLockActors = `
MATCH (a:Actor) WHERE a.id IN $ids
WITH a ORDER BY a.id
SET a.curatedAt = datetime()
RETURN count(a) AS n`

const cypherActorsForCuration = `
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (m:MergedActor {id: id})
RETURN id, a, m.into AS into`

// lockActors locks the actors and returns them by id; an id that names
// no actor is NOT_FOUND naming its field (fields run parallel to ids).
func (s *Store) lockActors(ctx context.Context, t neo4j.ManagedTransaction, ids, fields []string) (map[string]domain.Actor, error) {
	if _, err := s.run(ctx, t, cypherLockActors, map[string]any{"ids": ids}); err != nil {
		return nil, err
	}
	recs, err := s.run(ctx, t, cypherActorsForCuration, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := map[string]domain.Actor{}
	for i, r := range recs {
		id := recordString(r, "id")
		if v, _ := r.Get("a"); v != nil {
			out[id] = actorFromNode(v.(neo4j.Node))
			continue
		}
		if into := recordString(r, "into"); into != "" {
			return nil, domain.NotFound(fields[i], "actor %q was merged into %q", id, into)
		}
		return nil, domain.NotFound(fields[i], "no actor with id %q", id)
	}
	return out, nil
}

// cypherEventsForAliases reads what the ids of the events derive from:
// type and words, actors by role, and the date as extracted (a
// correction keeps the one it replaced).
var cypherEventsForAliases = `
UNWIND $ids AS id
OPTIONAL MATCH (v:Event {id: id})
OPTIONAL MATCH (x:RejectedEvent {id: id})
WITH id, coalesce(v, x) AS e WHERE e IS NOT NULL
OPTIONAL MATCH (c:EventCorrection {id: id})
RETURN e, c.origStart AS origStart, c.origEnd AS origEnd, c.origPrecision AS origPrecision, c.origTopic AS origTopic,
       coalesce([x IN c.origInvolved | [coalesce(COLLECT { MATCH (m:MergedActor {id: split(x, '|')[0]}) RETURN m.into }[0], split(x, '|')[0]),
                                        split(x, '|')[1]]],
                [` + involvementPattern + ` | [a.id, type(r)]]) AS involved`

// cypherAliasEvents records, for events of a merged-away actor, the id a
// re-extraction naming the survivor gives them (see curated.go); an id
// that is another event's already is left to that event.
const cypherAliasEvents = `
UNWIND $rows AS row
WITH row WHERE NOT EXISTS { MATCH (:Event {id: row.alias}) } AND NOT EXISTS { MATCH (:RejectedEvent {id: row.alias}) }
MERGE (x:EventAlias {id: row.alias})
SET x.event = row.event`

// aliasEvents records the ids the events would get from their facts now
// that their actors are the survivors (from's, into; an event whose
// participants or speaker were corrected, from its involvement as
// extracted).
func (s *Store) aliasEvents(ctx context.Context, t neo4j.ManagedTransaction, ids []string, from, into string) error {
	if len(ids) == 0 {
		return nil
	}
	recs, err := s.run(ctx, t, cypherEventsForAliases, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	rows := []map[string]any{}
	for _, r := range recs {
		v, _ := r.Get("e")
		e := eventFromNode(v.(neo4j.Node))
		if start, ok := r.Get("origStart"); ok && start != nil {
			ex := domain.Event{}
			origPrecision, _ := r.Get("origPrecision")
			origEnd, _ := r.Get("origEnd")
			p, _ := origPrecision.(string)
			setDates(&ex, nil, start, origEnd, p, "")
			e.When = ex.When
		}
		if topic, ok := r.Get("origTopic"); ok && topic != nil {
			e.Topic, _ = topic.(string)
		}
		v, _ = r.Get("involved")
		var involved []domain.Involvement
		for _, x := range v.([]any) {
			pair := toStrings(x)
			if pair[0] == from {
				pair[0] = into
			}
			if !slices.ContainsFunc(involved, func(in domain.Involvement) bool { return in.Actor == pair[0] && string(in.Role) == pair[1] }) {
				involved = append(involved, domain.Involvement{Actor: pair[0], Role: domain.InvolvementRole(pair[1])})
			}
		}
		slices.SortFunc(involved, func(a, b domain.Involvement) int { return strings.Compare(a.Actor, b.Actor) })
		if alias := domain.EventIDOf(e, involved, e.When); alias != e.ID {
			rows = append(rows, map[string]any{"alias": alias, "event": e.ID})
		}
	}
	_, err = s.run(ctx, t, cypherAliasEvents, map[string]any{"rows": rows})
	return err
}

var cypherChangedEvents = `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN collect(` + changedEventMap("false") + `) AS changed`

// changedEvents reads the events with these ids, as they stand, as the
// change log's updates: what a merge, or its undoing, changed by moving
// their actors.
func (s *Store) changedEvents(ctx context.Context, t neo4j.ManagedTransaction, ids []string) ([]domain.ChangedEvent, error) {
	recs, err := s.run(ctx, t, cypherChangedEvents, map[string]any{"ids": nonNil(ids)})
	if err != nil {
		return nil, err
	}
	return changedEventsFromList(recs[0], "changed", domain.ChangeUpdated), nil
}

const cypherSetActor = `
MATCH (a:Actor {id: $id})
SET a += $props
WITH a
CALL (a) {
  UNWIND $addKeys AS k
  MERGE (n:Name {key: k})
  MERGE (n)-[:NAMES]->(a)
}
CALL (a) {
  UNWIND $dropKeys AS k
  MATCH (n:Name {key: k})-[r:NAMES]->(a)
  DELETE r
  WITH n WHERE NOT EXISTS { (n)-[:NAMES]->() }
  DELETE n
}
RETURN a`

// curateActor locks one actor, lets change decide its new properties and
// name keys from the actor as it is, and writes them with their revision.
func (s *Store) curateActor(ctx context.Context, id string, cur domain.Curation, kind domain.RevisionKind,
	change func(a domain.Actor, raw map[string]any) (props map[string]any, addKeys, dropKeys []string, changes []domain.FieldChange, err error)) (domain.Actor, error) {
	out, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		if _, err := s.lockActors(ctx, t, []string{id}, []string{"actor"}); err != nil {
			return nil, err
		}
		recs, err := s.run(ctx, t, cypherActorByID, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		v, _ := recs[0].Get("a")
		n := v.(neo4j.Node)
		props, add, drop, changes, err := change(actorFromNode(n), n.Props)
		if err != nil {
			return nil, err
		}
		if err := s.archiveActors(ctx, t, []string{id}); err != nil {
			return nil, err
		}
		recs, err = s.run(ctx, t, cypherSetActor, map[string]any{"id": id, "props": props, "addKeys": nonNil(add), "dropKeys": nonNil(drop)})
		if err != nil {
			return nil, err
		}
		rev := domain.Revision{Kind: kind, By: cur.By, Reason: cur.Reason, Changes: changes}
		return actorFrom(recs[0], "a"), s.recordRevision(ctx, t, rev, []string{id}, nil)
	})
	if err != nil {
		return domain.Actor{}, err
	}
	return out.(domain.Actor), nil
}

// RenameActor gives an actor a new name; the old one stays as an alias,
// so that articles using it still find the actor (RemoveAlias drops it).
func (s *Store) RenameActor(ctx context.Context, id, name string, cur domain.Curation) (domain.Actor, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return domain.Actor{}, domain.Invalid("name", "must not be empty")
	}
	return s.curateActor(ctx, id, cur, domain.RevisionRenamed, func(a domain.Actor, raw map[string]any) (map[string]any, []string, []string, []domain.FieldChange, error) {
		if a.Name == name {
			return nil, nil, nil, nil, domain.Invalid("name", "is the actor's name already")
		}
		aliases := slices.DeleteFunc(slices.Clone(a.Aliases), func(x string) bool { return x == name })
		if !slices.Contains(aliases, a.Name) {
			aliases = append(aliases, a.Name)
		}
		key := domain.NormalizeName(name)
		removed := slices.DeleteFunc(toStrings(raw["removedAliases"]), func(x string) bool { return x == name })
		removedKeys := slices.DeleteFunc(toStrings(raw["removedKeys"]), func(x string) bool { return x == key })
		props := map[string]any{"name": name, "nameKey": key, "aliases": aliases, "removedAliases": removed, "removedKeys": removedKeys}
		return props, []string{key}, nil, []domain.FieldChange{{Field: "name", Before: a.Name, After: name}}, nil
	})
}

// RemoveAlias takes an alias from an actor, with the name key only it
// gave, and keeps it off: a later ingest that gives the actor this alias
// again does not add it back.
func (s *Store) RemoveAlias(ctx context.Context, id, alias string, cur domain.Curation) (domain.Actor, error) {
	return s.curateActor(ctx, id, cur, domain.RevisionAliasRemoved, func(a domain.Actor, raw map[string]any) (map[string]any, []string, []string, []domain.FieldChange, error) {
		if !slices.Contains(a.Aliases, alias) {
			return nil, nil, nil, nil, domain.Invalid("alias", "%q is not an alias of %q", alias, a.ID)
		}
		kept := slices.DeleteFunc(slices.Clone(a.Aliases), func(x string) bool { return x == alias })
		drop := droppedKeys(a.Name, a.Aliases, kept)
		props := map[string]any{"aliases": kept,
			"removedAliases": appendNew(toStrings(raw["removedAliases"]), alias),
			"removedKeys":    appendNew(toStrings(raw["removedKeys"]), drop...)}
		return props, nil, drop, []domain.FieldChange{{Field: "aliases", Before: alias}}, nil
	})
}

// SetActorKind changes what sort of actor an actor is.
func (s *Store) SetActorKind(ctx context.Context, id string, kind domain.ActorKind, cur domain.Curation) (domain.Actor, error) {
	if !kind.Valid() {
		return domain.Actor{}, domain.Invalid("kind", "%q is not one of PERSON, ORGANIZATION, COUNTRY, GROUP", kind)
	}
	return s.curateActor(ctx, id, cur, domain.RevisionKindSet, func(a domain.Actor, _ map[string]any) (map[string]any, []string, []string, []domain.FieldChange, error) {
		if a.Kind == kind {
			return nil, nil, nil, nil, domain.Invalid("kind", "is the actor's kind already")
		}
		return map[string]any{"kind": string(kind)}, nil, nil, []domain.FieldChange{{Field: "kind", Before: string(a.Kind), After: string(kind)}}, nil
	})
}

func appendNew(list []string, xs ...string) []string {
	for _, x := range xs {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}
