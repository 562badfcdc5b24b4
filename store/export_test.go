package store

import "context"

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
// day tallies that differ from a count of the events. A merged-away actor
// keeps its revisions and the edges of past states (asof.go): they are
// what it was.
func (s *Store) CurationFaultsForTest(ctx context.Context) ([]string, error) {
	recs, err := s.read(ctx, `
CALL () { MATCH (m:MergedActor)-[r]-() WHERE NOT r:CONCERNS AND NOT r:WAS_INVOLVED_IN AND NOT r:WAS RETURN collect('edge on merged-away ' + m.id + ': ' + type(r)) AS f }
CALL () { MATCH (a)-[r:INVOLVED_IN]->(e) WITH a, e, count(r) AS n WHERE n > 1 RETURN collect('twice: ' + a.id + ' in ' + e.id) AS g }
CALL () { MATCH (a)-[r:INVOLVED_IN]->(e) WHERE r.actor <> a.id OR NOT a:Actor RETURN collect('involvement keyed ' + r.actor + ' on ' + a.id) AS h }
CALL () { MATCH (m:MergedActor) WHERE NOT EXISTS { MATCH (:Actor {id: m.into}) } RETURN collect('dangling ' + m.id + ' → ' + m.into) AS i }
CALL () {
  MATCH (x:Actor)-[:INVOLVED_IN]->(e:Event)<-[:INVOLVED_IN]-(y:Actor) WHERE x.id < y.id
  WITH x.id + '|' + y.id AS key, count(DISTINCT e) AS n
  OPTIONAL MATCH ()-[l:LINKED {key: key}]->()
  WITH key, n, l WHERE l IS NULL OR l.n <> n
  RETURN collect('link ' + key + ' has ' + toString(coalesce(l.n, 0)) + ', events ' + toString(n)) AS j
}
CALL () { MATCH ()-[l:LINKED]->() WHERE l.n > 0 AND NOT EXISTS {
  MATCH (x:Actor)-[:INVOLVED_IN]->(e:Event)<-[:INVOLVED_IN]-(y:Actor) WHERE x.id + '|' + y.id = l.key }
  RETURN collect('link ' + l.key + ' without events') AS k }
RETURN f + g + h + i + j + k AS faults`, nil)
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
