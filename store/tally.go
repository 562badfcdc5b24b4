package store

import (
	"context"
	"fmt"
)

// Day tallies keep how many events of each type sort on each day, so a
// histogram over the whole graph reads a few nodes per day instead of every
// event's index entry. Writes add to them in the transaction that creates
// the events and retractions subtract, so they are exact. Each (day, type)
// is split over tallyShards nodes by the last hex digit of the event id:
// concurrent writers of events on the same day then seldom wait on one
// node's lock.
const tallyShards = 4

// tallyKeyOf is the Cypher expression of an event's tally key,
// "<day>|<type>|<shard>", for the event bound to variable v.
func tallyKeyOf(v string) string {
	return fmt.Sprintf(`substring(%[1]s.sortKey, 0, 10) + '|' + %[1]s.type + '|' + `+
		`toString(size(split('0123456789abcdef', right(%[1]s.id, 1))[0]) %% %[2]d)`, v, tallyShards)
}

// cypherRebuildTallies recounts every tally from the events: the migration
// that brings tallies to a graph written before they existed.
var cypherRebuildTallies = `
MATCH (t:DayTally) CALL (t) { DETACH DELETE t } IN TRANSACTIONS OF 10000 ROWS`

var cypherCountTallies = `
MATCH (e:Event)
WITH ` + tallyKeyOf("e") + ` AS k, count(*) AS n
CALL (k, n) {
  MERGE (t:DayTally {key: k})
  ON CREATE SET t.day = split(k, '|')[0], t.type = split(k, '|')[1], t.n = 0
  SET t.n = n
} IN TRANSACTIONS OF 5000 ROWS`

const cypherTalliesMissing = `
RETURN EXISTS { MATCH (:Event) } AND NOT EXISTS { MATCH (:DayTally) } AS missing`

// ensureTallies builds the tallies of a graph that has events but none.
func (s *Store) ensureTallies(ctx context.Context) error {
	recs, err := s.read(ctx, cypherTalliesMissing, nil)
	if err != nil || !recordBool(recs[0], "missing") {
		return err
	}
	return s.RebuildTallies(ctx)
}

// RebuildTallies recounts the day tallies from the events.
func (s *Store) RebuildTallies(ctx context.Context) error {
	for _, q := range []string{cypherRebuildTallies, cypherCountTallies} {
		if err := s.autocommit(ctx, q); err != nil {
			return fmt.Errorf("rebuild tallies: %w", err)
		}
	}
	return nil
}
