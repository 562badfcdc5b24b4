package store

import (
	"context"
	"fmt"
	"strings"
)

// Day tallies keep how many events of each type sort on each day, so a
// histogram over the whole graph reads a few nodes per day instead of every
// event's index entry. Writes add to them in the transaction that creates
// the events and retractions subtract, so they are exact. Each (day, type)
// is split over tallyShards nodes by the last hex digit of the token of the
// transaction that created the event (createdTx; the id for an event
// without one): concurrent writers then share a tally node one time in
// tallyShards, not always, and seldom wait on one another's lock — year-
// and month-precision events put every article of a year on the same
// (day, type). Readers sum the shards.
const tallyShards = 4

// tallyKeyOf is the Cypher expression of an event's tally key,
// "<day>|<type>|<shard>", for the event bound to variable v.
func tallyKeyOf(v string) string {
	return fmt.Sprintf(`substring(%[1]s.sortKey, 0, 10) + '|' + %[1]s.type + '|' + `+
		`toString(size(split('0123456789abcdef', right(coalesce(%[1]s.createdTx, %[1]s.id), 1))[0]) %% %[2]d)`, v, tallyShards)
}

// tallyKey is tallyKeyOf computed in Go, for an event's sort key and type
// and the token of the transaction writing it: writes create the tallies
// they will count on before the events.
func tallyKey(sortKey, typ, tx string) string {
	shard := 0
	if tx != "" {
		shard = max(0, strings.IndexByte("0123456789abcdef", tx[len(tx)-1])) % tallyShards
	}
	return fmt.Sprintf("%s|%s|%d", sortKey[:min(10, len(sortKey))], typ, shard)
}

// monthKey is monthKeyOf computed in Go.
func monthKey(day string) string { return day[:min(7, len(day))] + day[min(10, len(day)):] }

// monthKeyOf turns a day tally key (bound to k) into its month tally's:
// "2025-09-24|MEETING|2" → "2025-09|MEETING|2". Month tallies answer
// month and year histograms from a dozen nodes a year per type and shard.
func monthKeyOf(k string) string {
	return fmt.Sprintf(`substring(%[1]s, 0, 7) + substring(%[1]s, 10)`, k)
}

// cypherRebuildTallies recounts every tally from the events: the migration
// that brings tallies to a graph written before they existed.
var cypherRebuildTallies = `
MATCH (t) WHERE t:DayTally OR t:MonthTally CALL (t) { DETACH DELETE t } IN TRANSACTIONS OF 10000 ROWS`

var cypherCountTallies = `
MATCH (e:Event)
WITH ` + tallyKeyOf("e") + ` AS k, count(*) AS n
` + setTallyNodes("k", "t:DayTally", "day")

var cypherCountMonthTallies = `
MATCH (t:DayTally)
WITH ` + monthKeyOf("t.key") + ` AS mk, sum(t.n) AS n
` + setTallyNodes("mk", "m:MonthTally", "month")

// setTallyNodes sets each counted key's tally node (variable:Label
// pattern tally, its period property period) to the count n bound with
// the key, making the nodes a rebuild needs: day tallies from the events,
// month tallies from the day tallies, alike.
func setTallyNodes(key, tally, period string) string {
	v, _, _ := strings.Cut(tally, ":")
	return fmt.Sprintf(`CALL (%[1]s, n) {
  MERGE (%[2]s {key: %[1]s})
  ON CREATE SET %[3]s.%[4]s = split(%[1]s, '|')[0], %[3]s.type = split(%[1]s, '|')[1], %[3]s.n = 0
  SET %[3]s.n = n
} IN TRANSACTIONS OF 5000 ROWS`, key, tally, v, period)
}

const cypherDerivedMissing = `
RETURN EXISTS { MATCH (:Event) } AND NOT EXISTS { MATCH (:MonthTally) } AS tallies,
       EXISTS { MATCH (:Actor)-[:INVOLVED_IN]->(:Event)<-[:INVOLVED_IN]-(:Actor) } AND NOT EXISTS { MATCH ()-[:LINKED]->() } AS links,
       EXISTS { MATCH ()-[l:LINKED]->() WHERE l.key IS NULL } AS linkKeys`

// ensureDerived builds the day tallies and LINKED edges of a graph written
// before they existed.
func (s *Store) ensureDerived(ctx context.Context) error {
	recs, err := s.read(ctx, cypherDerivedMissing, nil)
	if err != nil {
		return err
	}
	if recordBool(recs[0], "tallies") {
		if err := s.RebuildTallies(ctx); err != nil {
			return err
		}
	}
	if recordBool(recs[0], "links") {
		if err := s.autocommit(ctx, cypherBuildLinks); err != nil {
			return err
		}
		return s.markMigration(ctx, pairTallyMigration)
	}
	if recordBool(recs[0], "linkKeys") {
		if err := s.autocommit(ctx, cypherKeyLinks); err != nil {
			return err
		}
	}
	return s.countPairTalliesOnce(ctx)
}

// RebuildTallies recounts the day tallies from the events.
func (s *Store) RebuildTallies(ctx context.Context) error {
	for _, q := range []string{cypherRebuildTallies, cypherCountTallies, cypherCountMonthTallies} {
		if err := s.autocommit(ctx, q); err != nil {
			return fmt.Errorf("rebuild tallies: %w", err)
		}
	}
	return nil
}
