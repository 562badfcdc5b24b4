package store

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// migrations are the schema statements, each idempotent (IF NOT EXISTS), so
// Migrate can run at every start. Append; never edit a shipped line.
var migrations = []string{
	`CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE`,
	`CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)`,
	`CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)`,
	`CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.start)`,
	`CREATE INDEX event_sort IF NOT EXISTS FOR (n:Event) ON (n.sortKey)`,
	`CREATE INDEX event_type_sort IF NOT EXISTS FOR (n:Event) ON (n.type, n.sortKey)`,
	`CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.nameKey)`,
	// The timeline of one actor: equality on actor, range and order on key,
	// so a page costs its size, not the actor's degree.
	`CREATE INDEX involved_actor_key IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.actor, r.key)`,
	`CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases]`,
	`CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.quote, n.paraphrase]`,
	`CREATE FULLTEXT INDEX topic_names IF NOT EXISTS FOR (n:Topic) ON EACH [n.name]`,
	// The timeline's free-text filter: words of any event's title, summary,
	// quote or paraphrase.
	`CREATE FULLTEXT INDEX event_text IF NOT EXISTS FOR (n:Event) ON EACH [n.title, n.summary, n.quote, n.paraphrase]`,
	// Day tallies (see tally.go): whole-graph histograms read these.
	`CREATE CONSTRAINT day_tally_key IF NOT EXISTS FOR (n:DayTally) REQUIRE n.key IS UNIQUE`,
	`CREATE INDEX day_tally_day IF NOT EXISTS FOR (n:DayTally) ON (n.day)`,
	`CREATE CONSTRAINT month_tally_key IF NOT EXISTS FOR (n:MonthTally) REQUIRE n.key IS UNIQUE`,
	`CREATE INDEX month_tally_month IF NOT EXISTS FOR (n:MonthTally) ON (n.month)`,
	// LINKED edges are found by their pair key ("x|y"): a MERGE between two
	// busy actors then seeks one index entry instead of walking the
	// thousands of LINKED edges one of them has (most of a bulk load's work
	// before this index).
	`CREATE CONSTRAINT linked_key IF NOT EXISTS FOR ()-[l:LINKED]-() REQUIRE l.key IS UNIQUE`,
	// No query seeks events by start (timelines use sortKey); the index only
	// cost every write.
	`DROP INDEX event_start IF EXISTS`,
	// The change log (changes.go): tailers seek changes by seq; writers
	// MERGE the one counter node.
	`CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE`,
	`CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (n:ChangeLog) REQUIRE n.id IS UNIQUE`,
	// Curation (curated.go): writers look up rejected events, corrections
	// and merged-away actors by id; a merge finds the actors merged into
	// the one it retires by into.
	`CREATE CONSTRAINT rejected_event_id IF NOT EXISTS FOR (n:RejectedEvent) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT event_correction_id IF NOT EXISTS FOR (n:EventCorrection) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT merged_actor_id IF NOT EXISTS FOR (n:MergedActor) REQUIRE n.id IS UNIQUE`,
	`CREATE INDEX merged_actor_into IF NOT EXISTS FOR (n:MergedActor) ON (n.into)`,
	`CREATE CONSTRAINT event_alias_id IF NOT EXISTS FOR (n:EventAlias) REQUIRE n.id IS UNIQUE`,
	// History (asof.go): as-of reads seek past states as the present reads
	// seek live ones (by id, sort key, type and sort key, an actor's
	// involvements by key, words), and past actors by id.
	`CREATE INDEX past_event_id IF NOT EXISTS FOR (n:PastEvent) ON (n.id)`,
	`CREATE INDEX past_event_sort IF NOT EXISTS FOR (n:PastEvent) ON (n.sortKey)`,
	`CREATE INDEX past_event_type_sort IF NOT EXISTS FOR (n:PastEvent) ON (n.type, n.sortKey)`,
	`CREATE INDEX was_involved_actor_key IF NOT EXISTS FOR ()-[r:WAS_INVOLVED_IN]-() ON (r.actor, r.key)`,
	`CREATE FULLTEXT INDEX past_event_text IF NOT EXISTS FOR (n:PastEvent) ON EACH [n.title, n.summary, n.quote, n.paraphrase]`,
	`CREATE INDEX past_actor_id IF NOT EXISTS FOR (n:PastActor) ON (n.id)`,
	// Undone merges (unmerge.go), which as-of reads seek by id.
	`CREATE INDEX past_merge_id IF NOT EXISTS FOR (n:PastMerge) ON (n.id)`,
	// Actor month tallies (actortally.go): one actor's histogram reads
	// them by actor and month range.
	`CREATE CONSTRAINT actor_month_tally_key IF NOT EXISTS FOR (n:ActorMonthTally) REQUIRE n.key IS UNIQUE`,
	`CREATE INDEX actor_month_tally_actor IF NOT EXISTS FOR (n:ActorMonthTally) ON (n.actor, n.month)`,
	// The start page's latest events (recent.go): by when their present
	// state began, newest first.
	`CREATE INDEX event_since IF NOT EXISTS FOR (n:Event) ON (n.since)`,
	// An actor's counterparts in order (links.go): a page walks the rank
	// keys of the LINKED edges it starts and of those it ends.
	`CREATE INDEX linked_start_rank IF NOT EXISTS FOR ()-[l:LINKED]-() ON (l.startRank)`,
	`CREATE INDEX linked_end_rank IF NOT EXISTS FOR ()-[l:LINKED]-() ON (l.endRank)`,
	// Search finds statements in event_text by their quote and paraphrase
	// fields (StatementQuery); a second index of the same words made every
	// ingest's commit do their Lucene work twice.
	`DROP INDEX statement_text IF EXISTS`,
}

// migrationsWrittenDone are the markers (Migration nodes) of the one-off
// migrations a graph written by this version never needs: Migrate on an
// empty graph records them, and the bulk writer writes them into its
// import files, so an imported graph's first start does not redo them.
// A new one-off migration whose result the write path keeps from the
// start belongs here.
var migrationsWrittenDone = []string{pairTallyMigration, pairRankMigration, aliasMigration}

// Migrate applies the schema, waits until every index is online, builds
// derived data an older graph lacks and, once, prunes descriptive aliases
// an older ingestion stored (see aliases.go).
func (s *Store) Migrate(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	for _, m := range migrations {
		// Schema changes cannot share a transaction with each other's data;
		// each runs on its own (auto-commit).
		res, err := sess.Run(ctx, m, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("migrate %q: %w", m, classify(err))
		}
	}
	res, err := sess.Run(ctx, `CALL db.awaitIndexes(300)`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("migrate: wait for indexes: %w", classify(err))
	}
	if err := s.ensureDerived(ctx); err != nil {
		return err
	}
	if err := s.rankPairsOnce(ctx); err != nil {
		return err
	}
	if err := s.ensureActorTallies(ctx); err != nil {
		return err
	}
	return s.pruneAliasesOnce(ctx)
}

// autocommit runs one statement in its own auto-commit transaction, as
// schema changes and CALL … IN TRANSACTIONS need.
func (s *Store) autocommit(ctx context.Context, cypher string) error {
	s.count()
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, cypher, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return classify(err)
}

// DeleteEverything removes every node and relationship, in batches so a
// large graph does not need one huge transaction. For tests and for
// `eventgraph gen --reset`; the schema stays.
func (s *Store) DeleteEverything(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	// Relationships first, in batches: detaching a hub with a hundred
	// thousand of them in one transaction would not fit in memory.
	for _, q := range []string{
		`MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`,
		`MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS`,
	} {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return classify(err)
		}
	}
	return nil
}
