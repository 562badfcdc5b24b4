package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Descriptive aliases ("the president", "American officials") were stored
// by earlier versions of ingestion. A description names whoever fits it in
// one article, so as an alias it links strangers across articles; only
// proper names (domain.ProperName) stay. Migrate prunes an older graph
// once; PruneDescriptiveAliases does it on demand.

// aliasMigration marks a graph whose aliases were pruned.
const aliasMigration = "proper-aliases-1"

const cypherMigrationDone = `RETURN EXISTS { MATCH (:Migration {id: $id}) } AS done`

const cypherMarkMigration = `MERGE (m:Migration {id: $id}) ON CREATE SET m.at = datetime()`

// cypherActorsWithAliases pages through actors that have aliases, in id
// order (the id constraint's index gives the order).
const cypherActorsWithAliases = `
MATCH (a:Actor) WHERE a.id > $after AND size(a.aliases) > 0
RETURN a.id AS id, a.name AS name, a.aliases AS aliases
ORDER BY a.id LIMIT $limit`

// cypherSetAliases replaces actors' aliases and unlinks the :Name keys
// only a dropped alias gave, deleting a key that then names nobody.
const cypherSetAliases = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.aliases = row.kept
WITH a, row
UNWIND row.dropKeys AS k
MATCH (n:Name {key: k})-[r:NAMES]->(a)
DELETE r
WITH DISTINCT n
WHERE NOT EXISTS { (n)-[:NAMES]->() }
DELETE n`

// aliasPage is how many actors one pruning transaction reads and writes.
const aliasPage = 1000

// PruneDescriptiveAliases removes every stored alias that is not a proper
// name, and the name keys only those aliases gave, in pages of aliasPage
// actors. It returns how many actors changed.
func (s *Store) PruneDescriptiveAliases(ctx context.Context) (int, error) {
	changed, after := 0, ""
	for {
		recs, err := s.read(ctx, cypherActorsWithAliases, map[string]any{"after": after, "limit": aliasPage})
		if err != nil {
			return changed, fmt.Errorf("prune aliases: %w", err)
		}
		if len(recs) == 0 {
			return changed, nil
		}
		var rows []map[string]any
		for _, r := range recs {
			id, name := recordString(r, "id"), recordString(r, "name")
			after = id
			v, _ := r.Get("aliases")
			aliases := toStrings(v)
			kept := domain.ProperAliases(name, aliases)
			if slices.Equal(kept, aliases) {
				continue
			}
			rows = append(rows, map[string]any{"id": id, "kept": kept, "dropKeys": droppedKeys(name, aliases, kept)})
		}
		if len(rows) > 0 {
			if _, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
				return s.run(ctx, tx, cypherSetAliases, map[string]any{"rows": rows})
			}); err != nil {
				return changed, fmt.Errorf("prune aliases: %w", err)
			}
			changed += len(rows)
		}
	}
}

// droppedKeys are the name keys of dropped aliases that neither the name
// nor a kept alias still gives.
func droppedKeys(name string, aliases, kept []string) []string {
	still := map[string]bool{domain.NormalizeName(name): true}
	for _, k := range kept {
		still[domain.NormalizeName(k)] = true
	}
	out := []string{}
	for _, a := range aliases {
		if k := domain.NormalizeName(a); k != "" && !still[k] {
			still[k] = true
			out = append(out, k)
		}
	}
	return out
}

// pruneAliasesOnce prunes a graph written before aliases were filtered,
// once: a marker node records that it ran.
func (s *Store) pruneAliasesOnce(ctx context.Context) error {
	if done, err := s.migrationDone(ctx, aliasMigration); err != nil || done {
		return err
	}
	if _, err := s.PruneDescriptiveAliases(ctx); err != nil {
		return err
	}
	return s.markMigration(ctx, aliasMigration)
}
