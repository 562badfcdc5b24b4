package store

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/eventgraph/eventgraph/domain"
)

// Actor month tallies keep, per actor, month and event type, how many of
// the actor's events sort in that month (n) and how many of those have an
// unknown date (u), so one actor's histogram by month or year reads a few
// hundred nodes instead of every one of the actor's INVOLVED_IN entries
// (the busiest actor of the 1M-event graph has over a hundred thousand).
// They count what the histogram's slow path counts: the actor's
// INVOLVED_IN edges to live events (not rejected ones), by the edge's key
// (the event's sort key) and type.
//
// Like the whole-graph tallies (tally.go), each is split over tallyShards
// nodes, "<actor>|<month>|<type>|<shard>", by the token of the writing
// transaction: parallel writers naming the same busy actor then seldom
// queue on one node. Readers sum the shards, so a subtraction may land on
// any shard (it MERGEs the one of the event's creating transaction).
// Writes add in the transaction that creates the involvements; rejection,
// retraction and re-ingest subtract; a correction of the date moves the
// event; a merge and its undoing move each moved event's counts
// (merge_actors.go, unmerge.go).

// actorTallyKey is the key of the tally counting an involvement of actor
// in an event of this sort key and type, written by transaction tx.
func actorTallyKey(actor, sortKey, typ, tx string) string {
	day := tallyKey(sortKey, typ, tx) // "<day>|<type>|<shard>"
	return actor + "|" + day[:min(7, len(day))] + day[min(10, len(day)):]
}

// actorTallyKeyOf is the Cypher expression of the tally key of actor
// expression a in the event bound to e, sharded as the event's tallies.
func actorTallyKeyOf(a, e string) string {
	return a + " + '|' + " + monthKeyOf(tallyKeyOf(e))
}

// actorTallyKeys are the actor tallies the records' involvements would
// count on if written by tx, sorted: every involvement of every record,
// since which events are new is known only once they are written.
// cypherMergeKeys creates them, before any event, at 0.
func actorTallyKeys(recs []domain.EventRecord, tx string) []string {
	keys := map[string]bool{}
	for _, r := range recs {
		for _, i := range r.Involved {
			keys[actorTallyKey(i.Actor, r.SortKey, string(r.Type), tx)] = true
		}
	}
	return slices.Sorted(maps.Keys(keys))
}

// cypherAddActorTallies adds the involvements bound to "involved" (maps
// {k: tally key, u: 1 when the event's date is unknown}) to their tallies,
// in key order. They were created by cypherMergeKeys; MERGE only
// in case an event re-reported under a corrected date keys another month.
const cypherAddActorTallies = `UNWIND involved AS x
  WITH x.k AS k, count(*) AS n, sum(x.u) AS u ORDER BY k
  CALL (k, n, u) {
    MERGE (t:ActorMonthTally {key: k})
    ON CREATE SET t.actor = split(k, '|')[0], t.month = split(k, '|')[1], t.type = split(k, '|')[2], t.n = 0, t.u = 0
    SET t.n = t.n + n, t.u = t.u + u
  }`

// actorTallyEntries is the Cypher list of the tally entries ({k, u}) of
// the involvements of event e by the actor ids in list expression ids,
// written by transaction $tx.
func actorTallyEntries(ids, e string) string {
	return fmt.Sprintf(`[aid IN %[1]s | {k: aid + '|' + substring(%[2]s.sortKey, 0, 7) + '|' + %[2]s.type + '|' + `+
		`toString(size(split('0123456789abcdef', right($tx, 1))[0]) %% %[3]d), u: CASE WHEN %[2]s.precision = 'UNKNOWN' THEN 1 ELSE 0 END}]`,
		ids, e, tallyShards)
}

// cypherSubtractActorTallies takes the events bound to "orphans" (about to
// be deleted or rejected) off their actors' tallies.
var cypherSubtractActorTallies = `CALL (orphans) {
  UNWIND orphans AS e
  MATCH (a:Actor)-[:INVOLVED_IN]->(e)
  WITH ` + actorTallyKeyOf("a.id", "e") + ` AS k, a.id AS actor, count(*) AS n,
       sum(CASE WHEN e.precision = 'UNKNOWN' THEN 1 ELSE 0 END) AS u ORDER BY k
  CALL (k, actor, n, u) {
    MERGE (t:ActorMonthTally {key: k})
    ON CREATE SET t.actor = actor, t.month = split(k, '|')[1], t.type = split(k, '|')[2], t.n = 0, t.u = 0
    SET t.n = t.n - n, t.u = t.u - u
  }
}`

// cypherAddEventActorTallies counts the event bound to e on its actors'
// tallies (a curation: one event).
var cypherAddEventActorTallies = `CALL (e) {
  MATCH (a:Actor)-[:INVOLVED_IN]->(e)
  WITH ` + actorTallyKeyOf("a.id", "e") + ` AS k, a.id AS actor, CASE WHEN e.precision = 'UNKNOWN' THEN 1 ELSE 0 END AS u
  ORDER BY k
  MERGE (t:ActorMonthTally {key: k})
  ON CREATE SET t.actor = actor, t.month = split(k, '|')[1], t.type = split(k, '|')[2], t.n = 0, t.u = 0
  SET t.n = t.n + 1, t.u = t.u + u
}`

// cypherBuildActorTallies counts every actor's tallies from the
// involvements: the migration that brings them to a graph written before
// they existed.
const cypherBuildActorTallies = `
MATCH ()-[r:INVOLVED_IN]->(e:Event)
WITH r.actor AS id, substring(r.key, 0, 7) AS month, r.type AS type, count(*) AS n,
     sum(CASE WHEN e:DateUnknown THEN 1 ELSE 0 END) AS u
CALL (id, month, type, n, u) {
  CREATE (:ActorMonthTally {key: id + '|' + month + '|' + type + '|0', actor: id, month: month, type: type, n: n, u: u})
} IN TRANSACTIONS OF 5000 ROWS`

const cypherActorTalliesMissing = `
RETURN EXISTS { MATCH ()-[:INVOLVED_IN]->(:Event) } AND NOT EXISTS { MATCH (:ActorMonthTally) } AS missing`

// ensureActorTallies builds the actor tallies of a graph written before
// they existed.
func (s *Store) ensureActorTallies(ctx context.Context) error {
	recs, err := s.read(ctx, cypherActorTalliesMissing, nil)
	if err != nil {
		return err
	}
	if !recordBool(recs[0], "missing") {
		return nil
	}
	if err := s.autocommit(ctx, cypherBuildActorTallies); err != nil {
		return fmt.Errorf("build actor tallies: %w", err)
	}
	return nil
}

// cypherActorHistogramTallies is one actor's histogram by month from its
// tallies (each month reported on its first day), with its undated events
// (one row per month: perDay).
var cypherActorHistogramTallies = `
MATCH (t:ActorMonthTally)
WHERE t.actor = $actor AND t.month >= $loMonth AND t.month < $hiMonth AND t.type IN $typeList
WITH t.month AS month, t.type AS type, sum(t.n) AS n, sum(t.u) AS u
WHERE n > 0
RETURN month + '-01' AS day, type, n, u`

// actorTalliesAnswer reports whether the actor tallies answer a histogram
// of filter f in buckets b between sort-key bounds lower and upper: one
// actor and nothing else but types, whole months, bars of a month or more,
// the present graph.
func actorTalliesAnswer(f TimelineFilter, b Bucket, lower, upper string) bool {
	return len(f.Actors) == 1 && len(f.AllActors) == 0 && len(f.Topics) == 0 && f.Text == "" && f.AsOf.IsZero() &&
		(b == BucketMonth || b == BucketYear) && monthBound(lower) && monthBound(upper)
}
