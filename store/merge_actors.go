package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Merging actors. A merge moves every event of the actor merged away
// (from) to the survivor (into): the event is kept as it stood for as-of
// reads (a PastEvent with its edges), its LINKED counts are taken off and
// put back with into in from's place, its INVOLVED_IN and role edges move,
// and the id a re-extraction naming into would give it is recorded
// (aliasEvents). What a merge costs follows from's events, never into's.
//
// An actor of many events is merged in steps of mergeStep events, each
// its own transaction, so that no transaction grows with the actor (one
// of the busiest actors' counterparts took more than the API's 30 s in
// one). Every step leaves a consistent graph: each moved event is wholly
// into's, its counts right. The last step makes the merge: it moves what
// is left (events ingests gave from meanwhile too), from's offices, names
// and revisions, retires from and records the one MERGED revision. Until
// then reads see from with fewer events and into with more, and as-of
// reads at a moment between steps see the same.
//
// While a merge goes on both actors carry its claim (mergeClaim
// "into<-from", mergeClaimAt): another merge of either waits for it to
// end, and the same merge asked again (after a timeout, or by
// ResumeMerges after a crash) takes it up where it stopped. A claim not
// renewed for mergeClaimLife is abandoned and may be taken. The actor
// merged away also carries what the merge needs to be finished by any
// process: when it began (mergeSince: the events its steps moved are
// those whose past state it was in until then or later), how many its
// steps moved (mergeMoved, for MergeProgressOf), and who asked and why
// (mergeBy, mergeReason, for the MERGED revision). Nothing a step needs
// lives only in memory, so every step is safe to run again.

// mergeStep is how many of from's events one transaction of a merge
// moves. A variable so that tests can make every merge take steps.
var mergeStep = 1000

// stopMergesAfter, above 0, ends every merge after that many steps as if
// its process had stopped there: how a test cuts a merge short without
// racing it. Always 0 outside tests.
var stopMergesAfter int

var errMergeStoppedForTest = errors.New("merge stopped by a test after its steps")

// mergeClaimLife is how long a merge's claim holds without a step.
const mergeClaimLife = 10 * time.Minute

// errActorBeingMerged says that one of a merge's actors is claimed by
// another merge still going on: MergeActors waits and tries again.
var errActorBeingMerged = errors.New("an actor of the merge is being merged by another")

const cypherEventsOfActor = `
MATCH (a:Actor {id: $id})-[:INVOLVED_IN]->(e) WHERE e:Event OR e:RejectedEvent
WITH e.id AS id LIMIT $limit
RETURN collect(id) AS ids`

// cypherMergeClaims reads the live claims on the actors.
const cypherMergeClaims = `
MATCH (x:Actor) WHERE x.id IN $ids AND x.mergeClaim IS NOT NULL AND x.mergeClaimAt > datetime() - $life
RETURN collect(x.mergeClaim) AS claims`

// cypherClaimActors claims both actors for the merge (or renews its
// claim) and notes on from the events a step moved.
const cypherClaimActors = `
MATCH (x:Actor) WHERE x.id IN $ids
WITH x, x.mergeClaim = $claim AND x.mergeSince IS NOT NULL AS renewed
SET x.mergeSince = CASE WHEN renewed THEN x.mergeSince ELSE datetime.transaction() END,
    x.mergeClaim = $claim, x.mergeClaimAt = datetime()
WITH x, renewed WHERE x.id = $from
SET x.mergeMoved = CASE WHEN renewed THEN coalesce(x.mergeMoved, 0) ELSE 0 END + $moved,
    x.mergeBy = $by, x.mergeReason = $reason`

// cypherMovedByEarlierSteps reads the events the merge's steps before the
// last moved: those whose past state from was in until the merge began or
// later.
const cypherMovedByEarlierSteps = `
MATCH (b:Actor {id: $from}) WHERE b.mergeClaim = $claim AND b.mergeSince IS NOT NULL
OPTIONAL MATCH (b)-[:WAS_INVOLVED_IN]->(p:PastEvent) WHERE p.until >= b.mergeSince
RETURN collect(DISTINCT p.id) AS ids, b.mergeMoved AS moved`

// cypherUnlinkEvents takes the live events among $ids off their actors'
// LINKED counts and month tallies (actortally.go); cypherLinkEvents puts
// them back, once their actors have changed.
var (
	cypherUnlinkEvents = `
MATCH (e:Event) WHERE e.id IN $ids
WITH collect(e) AS orphans
` + cypherUnlinkOrphans + `
` + cypherSubtractActorTallies + `
RETURN size(orphans) AS n`
	cypherLinkEvents = `
MATCH (e:Event) WHERE e.id IN $ids
` + cypherLinkEvent + `
` + cypherAddEventActorTallies + `
RETURN count(*) AS n`
)

// cypherMoveInvolvements moves b's involvements in the events $ids to a:
// an event both were in keeps a's. Rejected events' edges move too.
const cypherMoveInvolvements = `
MATCH (a:Actor {id: $into}), (b:Actor {id: $from})
CALL (a, b) {
  MATCH (b)-[r:INVOLVED_IN]->(e) WHERE e.id IN $ids
  CALL (a, e, r) {
    WITH a, e, r WHERE NOT EXISTS { (a)-[:INVOLVED_IN]->(e) }
    CREATE (a)-[:INVOLVED_IN {actor: a.id, key: r.key, type: r.type}]->(e)
  }
  DELETE r
}
RETURN count(*) AS n`

// cypherMoveRoles moves b's roles in the events $ids to a.
var cypherMoveRoles = func() string {
	var b strings.Builder
	b.WriteString("MATCH (a:Actor {id: $into}), (b:Actor {id: $from})\n")
	for _, t := range strings.Split(actorToEventRoles, "|") {
		fmt.Fprintf(&b, "CALL (a, b) { MATCH (b)-[r:%[1]s]->(e) WHERE e.id IN $ids MERGE (a)-[:%[1]s]->(e) DELETE r }\n", t)
	}
	for _, t := range strings.Split(eventToActorRoles, "|") {
		fmt.Fprintf(&b, "CALL (a, b) { MATCH (e)-[r:%[1]s]->(b) WHERE e.id IN $ids MERGE (e)-[:%[1]s]->(a) DELETE r }\n", t)
	}
	b.WriteString("RETURN count(*) AS n")
	return b.String()
}()

// cypherMoveActorEdges moves b's edges that are not its part in events to
// a: offices held and offices of (each kept where it was as WAS_HOLDING,
// for as-of reads: RolesAsOf), name keys; a is given b's revisions, which
// b keeps too (its history as of before the merge: history.go); b's
// LINKED edges go (its events were all moved, with their counts).
var cypherMoveActorEdges = `
MATCH (a:Actor {id: $into}), (b:Actor {id: $from})
` + moveHeldRoles("(b)", "(o)", "(a)", "(o)") + `
` + moveHeldRoles("(o)", "(b)", "(o)", "(a)") + `
CALL (a, b) { MATCH (n:Name)-[r:NAMES]->(b) MERGE (n)-[:NAMES]->(a) DELETE r }
CALL (a, b) { MATCH (v:Revision)-[:CONCERNS]->(b) MERGE (v)-[:CONCERNS]->(a) }
CALL (a, b) { MATCH (b)-[l:LINKED]-() DELETE l }
RETURN count(*) AS n`

// moveHeldRoles moves the HOLDS_ROLE edges from one end to another (b's
// offices to a, or the offices held of b to a), leaving each old edge as a
// WAS_HOLDING edge that closes now, so RolesAsOf still reads it. The two
// directions differ only in which end moves: one text, given the ends.
func moveHeldRoles(from, to, newFrom, newTo string) string {
	return fmt.Sprintf(`CALL (a, b) {
  MATCH %[1]s-[h:HOLDS_ROLE]->%[2]s
  CREATE %[1]s-[w:WAS_HOLDING]->%[2]s SET w = properties(h), w.since = coalesce(h.since, datetime({epochMillis: 0})), w.until = datetime.transaction()
  MERGE %[3]s-[k:HOLDS_ROLE {title: h.title}]->%[4]s ON CREATE SET k.since = datetime.transaction()
  SET k.from = coalesce(k.from, h.from), k.to = coalesce(k.to, h.to)
  DELETE h
}`, from, to, newFrom, newTo)
}

// cypherRetireActor folds b's names into a's aliases and leaves b as a
// MergedActor pointing at a, as do the actors merged into b before; the
// merge's claims end.
const cypherRetireActor = `
MATCH (a:Actor {id: $into}), (b:Actor {id: $from})
SET a.aliases = reduce(acc = a.aliases, x IN [b.name] + coalesce(b.aliases, []) |
      CASE WHEN x = a.name OR x IN acc THEN acc ELSE acc + x END),
    a.description = coalesce(a.description, b.description)
REMOVE a.mergeClaim, a.mergeClaimAt, a.mergeSince, a.mergeMoved, a.mergeBy, a.mergeReason,
       b.mergeClaim, b.mergeClaimAt, b.mergeSince, b.mergeBy, b.mergeReason, b:Actor
SET b:MergedActor, b.into = a.id, b.mergedAt = datetime.transaction(), b.mergeMoved = $moved
WITH a, b
CALL (a, b) {
  MATCH (m:MergedActor {into: b.id})
  SET m.into = a.id
}
RETURN a`

// MergeActors merges the actor from into the actor into: from's
// involvements, roles, offices, names and aliases move to into, and
// from's id answers into from then on. An actor of more than mergeStep
// events is merged in steps (see above); the merge is done when this
// returns without error. Merging an actor into itself is BAD_USER_INPUT;
// an unknown id NOT_FOUND naming its argument; nothing is changed then.
func (s *Store) MergeActors(ctx context.Context, into, from string, cur domain.Curation) (domain.Actor, error) {
	if into == from {
		return domain.Actor{}, domain.Invalid("from", "is the actor to merge into (%q)", into)
	}
	for steps := 0; ; steps++ {
		if stopMergesAfter > 0 && steps == stopMergesAfter {
			return domain.Actor{}, errMergeStoppedForTest
		}
		out, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
			return s.mergeStepTx(ctx, t, into, from, cur)
		})
		switch {
		case errors.Is(err, errActorBeingMerged):
			select {
			case <-ctx.Done():
				return domain.Actor{}, domain.Errorf(domain.ETimeout, "from", "another merge of %q or %q is going on", into, from)
			case <-time.After(200 * time.Millisecond):
			}
			continue
		case err != nil:
			return domain.Actor{}, err
		}
		step := out.(mergeStepResult)
		if step.done {
			return step.survivor, nil
		}
	}
}

// mergeStepResult is what one transaction of a merge did.
type mergeStepResult struct {
	done     bool
	survivor domain.Actor // the last step's survivor
}

// mergeStepTx runs one transaction of a merge: a step of mergeStep events
// under the merge's claim, or the last one.
func (s *Store) mergeStepTx(ctx context.Context, t neo4j.ManagedTransaction, into, from string, cur domain.Curation) (any, error) {
	ids := []string{into, from}
	claim := into + "<-" + from
	actors, err := s.lockForMerge(ctx, t, into, from)
	if err != nil {
		return nil, err
	}
	recs, err := s.run(ctx, t, cypherEventsOfActor, map[string]any{"id": from, "limit": mergeStep + 1})
	if err != nil {
		return nil, err
	}
	events := recordStrings(recs[0], "ids")
	if len(events) > mergeStep {
		events = events[:mergeStep]
		if err := s.moveEvents(ctx, t, into, from, events); err != nil {
			return nil, err
		}
		if _, err := s.run(ctx, t, cypherClaimActors, map[string]any{"ids": ids, "claim": claim, "from": from,
			"moved": len(events), "by": cur.By, "reason": cur.Reason}); err != nil {
			return nil, err
		}
		changed, err := s.changedEvents(ctx, t, events)
		if err != nil {
			return nil, err
		}
		return mergeStepResult{}, s.appendChange(ctx, t, "", changed)
	}
	// The last step: what earlier steps moved (read before this step
	// archives more), both actors as they stand, for as-of reads, then the
	// rest of from.
	recs, err = s.run(ctx, t, cypherMovedByEarlierSteps, map[string]any{"from": from, "claim": claim})
	if err != nil {
		return nil, err
	}
	var moved []string
	movedCount := 0
	if len(recs) == 1 {
		moved, movedCount = recordStrings(recs[0], "ids"), recordInt(recs[0], "moved")
	}
	if err := s.archiveActors(ctx, t, ids); err != nil {
		return nil, err
	}
	if err := s.moveEvents(ctx, t, into, from, events); err != nil {
		return nil, err
	}
	params := map[string]any{"into": into, "from": from, "moved": movedCount + len(events)}
	if _, err := s.run(ctx, t, cypherMoveActorEdges, params); err != nil {
		return nil, err
	}
	recs, err = s.run(ctx, t, cypherRetireActor, params)
	if err != nil {
		return nil, err
	}
	merged := actorFrom(recs[0], "a")
	rev := domain.Revision{Kind: domain.RevisionMerged, By: cur.By, Reason: cur.Reason, Changes: []domain.FieldChange{
		{Field: "merged", Before: from + " (" + actors[from].Name + ")", After: into + " (" + actors[into].Name + ")"}}}
	all := slices.Compact(slices.Sorted(slices.Values(append(moved, events...))))
	err = s.recordMove(ctx, t, rev, ids, events, all)
	return mergeStepResult{done: true, survivor: merged}, err
}

// recordMove records a merge's or its undoing's revision rev on actors and
// on the events revised (a merge's last step names those its earlier
// steps moved too), and the events this step moved, as they now stand, in
// the change log.
func (s *Store) recordMove(ctx context.Context, t neo4j.ManagedTransaction, rev domain.Revision, actors, moved, revised []string) error {
	changed, err := s.changedEvents(ctx, t, moved)
	if err != nil {
		return err
	}
	return s.recordCuration(ctx, t, rev, actors, revised, changed)
}

// lockForMerge locks both actors of the merge (NOT_FOUND naming the
// argument of one that is not an actor) and fails with
// errActorBeingMerged when another merge holds either.
func (s *Store) lockForMerge(ctx context.Context, t neo4j.ManagedTransaction, into, from string) (map[string]domain.Actor, error) {
	ids := []string{into, from}
	actors, err := s.lockActors(ctx, t, ids, []string{"into", "from"})
	if err != nil {
		return nil, err
	}
	recs, err := s.run(ctx, t, cypherMergeClaims, map[string]any{"ids": ids, "life": neo4j.DurationOf(0, 0, int64(mergeClaimLife/time.Second), 0)})
	if err != nil {
		return nil, err
	}
	for _, c := range recordStrings(recs[0], "claims") {
		if c != into+"<-"+from {
			return nil, errActorBeingMerged
		}
	}
	return actors, nil
}

// claimMerge claims both actors for the merge before its first step.
func (s *Store) claimMerge(ctx context.Context, t neo4j.ManagedTransaction, into, from string, cur domain.Curation) error {
	if _, err := s.lockForMerge(ctx, t, into, from); err != nil {
		return err
	}
	_, err := s.run(ctx, t, cypherClaimActors, map[string]any{"ids": []string{into, from}, "claim": into + "<-" + from, "from": from,
		"moved": 0, "by": cur.By, "reason": cur.Reason})
	return err
}

// moveEvents moves from's part in the events to into: each event kept as
// it stands for as-of reads, taken off the LINKED counts, its edges moved,
// counted again, and given the id a re-extraction naming into gives it.
func (s *Store) moveEvents(ctx context.Context, t neo4j.ManagedTransaction, into, from string, events []string) error {
	if len(events) == 0 {
		return nil
	}
	if err := s.archiveMovedEvents(ctx, t, events); err != nil {
		return err
	}
	params := map[string]any{"into": into, "from": from, "ids": events}
	for _, q := range []string{cypherUnlinkEvents, cypherMoveInvolvements, cypherMoveRoles, cypherLinkEvents} {
		if _, err := s.run(ctx, t, q, params); err != nil {
			return err
		}
	}
	return s.aliasEvents(ctx, t, events, from, into)
}
