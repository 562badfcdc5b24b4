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
