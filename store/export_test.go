package store

import (
	"context"
	"sort"
)

// Test-only views of derived data that no product read returns whole.

// LinksForTest returns every LINKED edge as key → count, and the keys
// computed from the edges' ends (which must equal the stored keys).
func (s *Store) LinksForTest(ctx context.Context) (counts map[string]int, endKeys map[string]string, err error) {
	recs, err := s.read(ctx, `MATCH (x:Actor)-[l:LINKED]->(y:Actor) RETURN coalesce(l.key, '') AS key, x.id + '|' + y.id AS ends, l.n AS n`, nil)
	if err != nil {
		return nil, nil, err
	}
	counts, endKeys = map[string]int{}, map[string]string{}
	for _, r := range recs {
		counts[recordString(r, "ends")] += recordInt(r, "n")
		endKeys[recordString(r, "ends")] = recordString(r, "key")
	}
	return counts, endKeys, nil
}

// AgeLinksForTest makes the graph look as one written by an older version:
// without link keys (keysOnly) or without LINKED edges at all.
func (s *Store) AgeLinksForTest(ctx context.Context, keysOnly bool) error {
	q := `MATCH ()-[l:LINKED]->() DELETE l`
	if keysOnly {
		q = `MATCH ()-[l:LINKED]->() REMOVE l.key`
	}
	return s.autocommit(ctx, q)
}

// TallyKeysForTest returns an event's day and month tally keys as the
// Cypher expressions compute them and as Go does (tallyKey, monthKey).
func (s *Store) TallyKeysForTest(ctx context.Context, sortKey, typ, tx string) (cypherDay, goDay, cypherMonth, goMonth string, err error) {
	recs, err := s.read(ctx, `WITH {sortKey: $sortKey, type: $type, id: 'evt-0', createdTx: $tx} AS e
WITH `+tallyKeyOf("e")+` AS k RETURN k, `+monthKeyOf("k")+` AS mk`, map[string]any{"sortKey": sortKey, "type": typ, "tx": tx})
	if err != nil {
		return "", "", "", "", err
	}
	goDay = tallyKey(sortKey, typ, tx)
	return recordString(recs[0], "k"), goDay, recordString(recs[0], "mk"), monthKey(goDay), nil
}

// ForgetAliasMigrationForTest makes the graph look as one written before
// aliases were pruned.
func (s *Store) ForgetAliasMigrationForTest(ctx context.Context) error {
	return s.autocommit(ctx, `MATCH (m:Migration {id: '`+aliasMigration+`'}) DELETE m`)
}

// CurationFaultsForTest lists what would make a curated graph
// inconsistent: edges left on merged-away actors, an actor involved twice
// in one event, a merged-away id pointing at no actor, LINKED counts or
// day tallies that differ from a count of the events (LINKED: events,
// meetings, interactions, cooperation, conflict, first and last seen). A merged-away actor
// keeps its revisions and the edges of past states (asof.go): they are
// what it was.
func (s *Store) CurationFaultsForTest(ctx context.Context) ([]string, error) {
	recs, err := s.read(ctx, `
CALL () { MATCH (m:MergedActor)-[r]-() WHERE NOT r:CONCERNS AND NOT r:WAS_INVOLVED_IN AND NOT r:WAS AND NOT r:WAS_HOLDING RETURN collect('edge on merged-away ' + m.id + ': ' + type(r)) AS f }
CALL () { MATCH (a)-[r:INVOLVED_IN]->(e) WITH a, e, count(r) AS n WHERE n > 1 RETURN collect('twice: ' + a.id + ' in ' + e.id) AS g }
CALL () { MATCH (a)-[r:INVOLVED_IN]->(e) WHERE r.actor <> a.id OR NOT a:Actor RETURN collect('involvement keyed ' + r.actor + ' on ' + a.id) AS h }
CALL () { MATCH (m:MergedActor) WHERE NOT EXISTS { MATCH (:Actor {id: m.into}) } RETURN collect('dangling ' + m.id + ' → ' + m.into) AS i }
CALL () {
  MATCH (x:Actor)-[:INVOLVED_IN]->(e:Event)<-[:INVOLVED_IN]-(y:Actor) WHERE x.id < y.id
  WITH DISTINCT x, y, e
  WITH x.id + '|' + y.id AS key, `+pairShareOf("e")+` AS s
  WITH key, `+pairSums+`
  OPTIONAL MATCH ()-[l:LINKED {key: key}]->()
  WITH key, l, [n, meetings, interactions, round(cooperation, 6), round(conflict, 6), coalesce(firstSeen, ''), coalesce(lastSeen, '')] AS counted
  WITH key, counted, [coalesce(l.n, -1), coalesce(l.meetings, -1), coalesce(l.interactions, -1), round(coalesce(l.cooperation, -1.0), 6),
                      round(coalesce(l.conflict, 1.0), 6), coalesce(l.firstSeenKey, ''), coalesce(l.lastSeenKey, '')] AS kept
  WHERE kept <> counted
  RETURN collect('link ' + key + ' has ' + reduce(t = '', x IN kept | t + ' ' + toString(x)) +
                 ', events ' + reduce(t = '', x IN counted | t + ' ' + toString(x))) AS j
}
CALL () { MATCH ()-[l:LINKED]->() WHERE l.n > 0 AND NOT EXISTS {
  MATCH (x:Actor {id: split(l.key, '|')[0]})-[:INVOLVED_IN]->(e:Event)<-[:INVOLVED_IN]-(y:Actor {id: split(l.key, '|')[1]}) }
  RETURN collect('link ' + l.key + ' without events') AS k }
CALL () { MATCH ()-[l:LINKED]->()
  WITH l, [`+pairRankOf("split(l.key, '|')[0]", "split(l.key, '|')[1]", "(l.meetings + l.interactions)")+`,
           `+pairRankOf("split(l.key, '|')[1]", "split(l.key, '|')[0]", "(l.meetings + l.interactions)")+`] AS want
  WHERE [l.startRank, l.endRank] <> want OR (want[0] IS NULL) <> (l.startRank IS NULL) OR (want[1] IS NULL) <> (l.endRank IS NULL)
  RETURN collect('link ' + l.key + ' ranked ' + coalesce(l.startRank, '-') + ' ' + coalesce(l.endRank, '-') +
                 ', tallies ' + coalesce(want[0], '-') + ' ' + coalesce(want[1], '-')) AS m }
RETURN f + g + h + i + j + k + m AS faults`, nil)
	if err != nil {
		return nil, err
	}
	return recordStrings(recs[0], "faults"), nil
}

// InvolvementPairsForTest returns every "event|actor" involvement.
func (s *Store) InvolvementPairsForTest(ctx context.Context) ([]string, error) {
	recs, err := s.read(ctx, `MATCH (a:Actor)-[:INVOLVED_IN]->(e:Event) RETURN collect(e.id + '|' + a.id) AS p`, nil)
	if err != nil {
		return nil, err
	}
	return recordStrings(recs[0], "p"), nil
}

// TimelineHistogramScanningForTest is TimelineHistogram counted from the
// events, without tallies: what the tallies must answer.
func (s *Store) TimelineHistogramScanningForTest(ctx context.Context, f TimelineFilter, b Bucket, opt HistogramOptions) ([]TimelineBucket, error) {
	opt.scanEvents = true
	return s.TimelineHistogram(ctx, f, b, opt)
}

// DropActorTalliesForTest deletes the actor tallies, as in a graph written
// before they existed.
func (s *Store) DropActorTalliesForTest(ctx context.Context) error {
	return s.autocommit(ctx, `MATCH (t:ActorMonthTally) DELETE t`)
}

// cypherCounterpartsFromEvents is how Counterparts was answered before the
// LINKED edges kept meetings and interactions apart: from every meeting
// and interaction of the actor. Tests hold the tallies to it.
const cypherCounterpartsFromEvents = `
UNWIND $owners AS owner
CALL (owner) {
  MATCH ()-[r:INVOLVED_IN]->(e:Event)
  WHERE r.actor = owner AND r.key >= '' AND r.type IN ['MEETING', 'INTERACTION']
  MATCH (e)<-[o:INVOLVED_IN]-(oa)
  WHERE o.actor <> owner
  WITH oa, o.actor AS other, r.type AS type, r.key AS key,
       CASE WHEN r.type = 'INTERACTION' THEN coalesce(e.score, 0.0) ELSE 0.0 END AS score
  RETURN oa, other, count(*) AS events,
         count(CASE WHEN type = 'MEETING' THEN 1 END) AS meetings,
         count(CASE WHEN type = 'INTERACTION' THEN 1 END) AS interactions,
         min(key) AS firstKey, max(key) AS lastKey,
         sum(CASE WHEN score > 0 THEN score ELSE 0.0 END) AS cooperation,
         sum(CASE WHEN score < 0 THEN score ELSE 0.0 END) AS conflict
  ORDER BY events DESC, other LIMIT $limit
}
RETURN owner, oa, other, events, meetings, interactions, firstKey, lastKey, cooperation, conflict`

// CounterpartsFromEventsForTest answers CounterpartsOf from the events
// themselves, as it was before the tallies (cypherCounterpartsFromEvents).
func (s *Store) CounterpartsFromEventsForTest(ctx context.Context, actorIDs []string, first int) (map[string][]Counterpart, error) {
	recs, err := s.read(ctx, cypherCounterpartsFromEvents, map[string]any{"owners": actorIDs, "limit": first})
	if err != nil {
		return nil, err
	}
	out := map[string][]Counterpart{}
	for _, id := range actorIDs {
		out[id] = []Counterpart{}
	}
	for _, r := range recs {
		owner := recordString(r, "owner")
		out[owner] = append(out[owner], counterpartFrom(r))
	}
	for _, cps := range out {
		sort.SliceStable(cps, func(i, j int) bool {
			if cps[i].Events != cps[j].Events {
				return cps[i].Events > cps[j].Events
			}
			return cps[i].ActorID < cps[j].ActorID
		})
	}
	return out, nil
}

// ActorIDsForTest returns the id of every actor.
func (s *Store) ActorIDsForTest(ctx context.Context) ([]string, error) {
	recs, err := s.read(ctx, `MATCH (a:Actor) RETURN a.id AS id ORDER BY id`, nil)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = recordString(r, "id")
	}
	return out, nil
}

// AgePairTalliesForTest makes the graph look as one written before LINKED
// edges kept meetings and interactions apart.
func (s *Store) AgePairTalliesForTest(ctx context.Context) error {
	if err := s.autocommit(ctx, `MATCH ()-[l:LINKED]->()
REMOVE l.meetings, l.interactions, l.cooperation, l.conflict, l.firstSeenKey, l.lastSeenKey`); err != nil {
		return err
	}
	return s.autocommit(ctx, `MATCH (m:Migration {id: '`+pairTallyMigration+`'}) DELETE m`)
}

// AgePairRanksForTest makes the graph look as one written before LINKED
// edges kept their rank keys.
func (s *Store) AgePairRanksForTest(ctx context.Context) error {
	if err := s.autocommit(ctx, `MATCH ()-[l:LINKED]->() REMOVE l.startRank, l.endRank`); err != nil {
		return err
	}
	return s.autocommit(ctx, `MATCH (m:Migration {id: '`+pairRankMigration+`'}) DELETE m`)
}

// ReadForTest runs a read statement and returns its rows as maps.
func (s *Store) ReadForTest(ctx context.Context, cypher string, params map[string]any) ([]map[string]any, error) {
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, len(recs))
	for i, r := range recs {
		out[i] = r.AsMap()
	}
	return out, nil
}

// SetMergeStepForTest makes merges move n events a transaction and
// returns what puts the default back.
func SetMergeStepForTest(n int) (restore func()) {
	was := mergeStep
	mergeStep = n
	return func() { mergeStep = was }
}

// StopMergesAfterStepsForTest ends every merge after n steps, as if its
// process had stopped there, and returns what lets merges run on again.
func StopMergesAfterStepsForTest(n int) (restore func()) {
	stopMergesAfter = n
	return func() { stopMergesAfter = 0 }
}

// MigrationsForTest lists the ids of the graph's migration markers, in
// order.
func (s *Store) MigrationsForTest(ctx context.Context) ([]string, error) {
	recs, err := s.read(ctx, `MATCH (m:Migration) RETURN m.id AS id ORDER BY id`, nil)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, recordString(r, "id"))
	}
	return ids, nil
}

// FullTextIndexesForTest names the graph's full-text indexes.
func (s *Store) FullTextIndexesForTest(ctx context.Context) ([]string, error) {
	recs, err := s.read(ctx, `SHOW FULLTEXT INDEXES YIELD name RETURN name`, nil)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		out = append(out, recordString(r, "name"))
	}
	return out, nil
}
