package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// WriteReport counts what one WriteFacts call did.
type WriteReport struct {
	ArticleID      string
	AlreadyPresent bool // the same article (same id and content) was written before: nothing changed
	ActorsCreated  int
	ActorsMerged   int
	EventsCreated  int
	EventsMerged   int
	// Dropped are the facts left out under WriteOptions.DropInvalidFacts,
	// each with its first problem.
	Dropped domain.FieldErrors
	// Named are the name keys (domain.NormalizeName) this write linked to
	// actors — a new actor's name and aliases, the new aliases of a known
	// one — with the actor (id and kind) each names: what ActorsByNames
	// finds after this write that it may not have found before. An
	// ingester resolving the next article against a read made before this
	// write committed adds them to it (loaders.IngestAll). Nil when the
	// write found its article written before (AlreadyPresent, or an
	// earlier attempt of the same WriteID): it cannot tell what that
	// write named.
	Named map[string][]domain.Actor
}

// WriteFacts writes a resolved FactSet in one transaction: its article
// (sealed: see domain.Article.Seal), actors, roles, events, and a
// SUPPORTED_BY edge from every event to the article. A set with any of
// domain.FactSet.Problems is refused (BAD_USER_INPUT naming the first).
// Every statement MERGEs, so writing the same set twice changes nothing,
// and two sets reporting the same event give one event with two sources.
func (s *Store) WriteFacts(ctx context.Context, fs domain.FactSet) (WriteReport, error) {
	return s.WriteFactsWith(ctx, fs, WriteOptions{})
}

// NewWriteID returns a fresh id for WriteOptions.WriteID.
func NewWriteID() string { return newTxToken() }

// WriteOptions say how WriteFactsWith writes a set.
type WriteOptions struct {
	// WriteID is the caller's id for this write, kept across its retries
	// (a fresh one when empty). A commit whose acknowledgement was lost
	// (the connection dropped after the commit) is found again by it:
	// writing the same article again under the same id changes nothing
	// and returns the report of the commit that went through, not
	// "already present", so a loader reports exactly what it committed.
	// The article keeps the id and the counts of the write that created
	// its current version.
	WriteID string
	// DropInvalidFacts leaves out the facts that have problems, listing
	// them in WriteReport.Dropped, instead of refusing the set: what an
	// extractor found is written as far as the graph can take it. A
	// problem of the article or an actor still refuses the set.
	DropInvalidFacts bool
}

// WriteFactsWith is WriteFacts with options. The set is checked here,
// once (domain.FactSet.Problems), whatever the path it came by.
func (s *Store) WriteFactsWith(ctx context.Context, fs domain.FactSet, opt WriteOptions) (WriteReport, error) {
	var dropped domain.FieldErrors
	if problems := fs.Problems(); len(problems) > 0 {
		if !opt.DropInvalidFacts {
			return WriteReport{}, problems.Err()
		}
		var kept domain.FieldErrors
		if fs, dropped, kept = fs.WithoutFacts(problems); len(kept) > 0 {
			return WriteReport{}, kept.Err()
		}
	}
	writeID := opt.WriteID
	if writeID == "" {
		writeID = NewWriteID()
	}
	reported := domain.DayOf(time.Now())
	var articleRow map[string]any
	if fs.Article != nil {
		a := *fs.Article
		if !a.PublishedAt.IsZero() {
			reported = domain.DayOf(a.PublishedAt)
		}
		var published any // null for an article without a publication date
		if !a.PublishedAt.IsZero() {
			published = a.PublishedAt.UTC()
		}
		articleRow = map[string]any{"id": a.ID, "url": a.URL, "title": a.Title, "publisher": a.Publisher,
			"publishedAt": published, "language": a.Language, "text": a.Text, "contentHash": a.ContentHash}
	}
	by := domain.AuthorOf(ctx)
	given := fs
	out, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		// A token per attempt: "created by this transaction" must not
		// match what an earlier attempt of the same write committed, or a
		// retry would count (tallies, LINKED) and CREATE its edges twice.
		tx := newTxToken()
		rep := WriteReport{Dropped: dropped}
		var before []domain.ChangedEvent // events the replaced text supported
		var curation *neo4j.Record       // read with the article
		if articleRow != nil {
			rep.ArticleID = articleRow["id"].(string)
			params := curationParams(given, reported)
			params["a"], params["tx"] = articleRow, tx
			recs, err := s.run(ctx, t, cypherMergeArticle, params)
			if err != nil {
				return nil, err
			}
			curation = recs[0]
			if len(recs) == 1 && !recordBool(recs[0], "fresh") {
				if recordString(recs[0], "hash") == articleRow["contentHash"] {
					if c := recordInts(recs[0], "counts"); recordString(recs[0], "writeId") == writeID && len(c) == 4 {
						rep.ActorsCreated, rep.ActorsMerged, rep.EventsCreated, rep.EventsMerged = c[0], c[1], c[2], c[3]
						return rep, nil
					}
					rep.AlreadyPresent = true
					return rep, nil
				}
				// The article changed (same URL, new text): its old facts go,
				// unless other articles support them too, and the new ones
				// are written in this same transaction.
				// Its events are kept as they stand for as-of reads (asof.go).
				if err := s.archiveArticleEvents(ctx, t, rep.ArticleID); err != nil {
					return nil, err
				}
				recs, err := s.run(ctx, t, cypherReplaceArticle, map[string]any{"a": articleRow})
				if err != nil {
					return nil, err
				}
				before = []domain.ChangedEvent{}
				if len(recs) == 1 {
					before = changedEventsFrom(recs[0], "changed")
				}
			}
		}
		// Merged-away actors name their survivors, rejected events are left
		// out and corrections put over extracted values (curated.go).
		// Repeats of one event are folded here, so the write and its
		// change log entry see each event once.
		fs, all, err := s.curatedFacts(ctx, t, given, reported, curation)
		if err != nil {
			return nil, err
		}
		records := foldRepeats(all)
		freshActors, total, aliased, named, err := s.mergeActorsAndKeys(ctx, t, fs.Actors, records, tx)
		if err != nil {
			return nil, err
		}
		rep.Named = named
		rep.ActorsCreated, rep.ActorsMerged = len(freshActors), total-len(freshActors)
		var fresh map[string]bool
		if len(records) > 0 {
			if fresh, err = s.mergeEvents(ctx, t, records, articleRow, tx); err != nil {
				return nil, err
			}
			rep.EventsCreated, rep.EventsMerged = len(fresh), len(all)-len(fresh)
		}
		// What is left goes in one statement (see finishWrite): the policy
		// shifts' evidence, the article's write note, the revision and,
		// last, the change log entry.
		var parts []statementPart
		if articleRow != nil && hasType(records, domain.TypePolicyShift) {
			parts = append(parts, statementPart{name: "shift", cypher: cypherLinkShiftEvidenceOf("$shift."),
				params: map[string]any{"tx": tx, "article": articleRow["id"]}})
		}
		if articleRow != nil {
			counts := []int{rep.ActorsCreated, rep.ActorsMerged, rep.EventsCreated, rep.EventsMerged}
			parts = append(parts, statementPart{name: "note", cypher: cypherNoteWriteOf("$note."),
				params: map[string]any{"id": articleRow["id"], "writeId": writeID, "counts": counts}})
		}
		changed := writtenEvents(records, fresh, articleRow != nil, before)
		rev, err := recordWritePart(writtenActors(fs, records), rep.ArticleID, before != nil, by, freshActors, aliased, changed)
		if err != nil {
			return nil, err
		}
		parts = append(parts, rev...)
		// Last: the change log's counter is locked from here to the commit.
		change, err := s.appendChangePart(rep.ArticleID, changed)
		if err != nil {
			return nil, err
		}
		parts = append(parts, change...)
		if err := s.finishWrite(ctx, t, parts); err != nil {
			return nil, err
		}
		return rep, nil
	})
	if err != nil {
		return WriteReport{}, err
	}
	return out.(WriteReport), nil
}

// cypherMergeArticle merges the article and reads the curation of the
// set's actors and events (curationCalls), which replacing an article's
// text does not change.
const cypherMergeArticle = `CYPHER replan=skip
MERGE (a:Article {id: $a.id})
ON CREATE SET a += $a, a.createdTx = $tx
WITH a` + curationCalls + `
RETURN a.createdTx = $tx AS fresh, a.contentHash AS hash, a.writeId AS writeId, a.writeCounts AS counts, moved, curated`

// cypherNoteWriteOf records on the article which write made its current
// version and what it did (see WriteOptions.WriteID), its parameters read
// from p (see statementPart).
func cypherNoteWriteOf(p string) string {
	return `
MATCH (a:Article {id: ` + p + `id})
SET a.writeId = ` + p + `writeId, a.writeCounts = ` + p + `counts`
}

// statementPart is one step of a write that finishWrite runs with others
// in one statement, one round trip: its Cypher reads its parameters from
// the map parameter $name ("$name.key"), so that parts do not clash. A
// part returns one row or none (a unit subquery); checks says its row
// has mergedAway, the count of merged-away actors that fails the write.
type statementPart struct {
	name   string
	cypher string
	params map[string]any
	checks bool
}

// finishWrite runs the parts, in order, as one statement: each a CALL
// subquery, so each sees what the ones before it wrote, and the last (the
// change log's entry) still takes its lock last. It fails the write with
// errActorMergedMeanwhile when a part counts merged-away actors.
func (s *Store) finishWrite(ctx context.Context, t neo4j.ManagedTransaction, parts []statementPart) error {
	if len(parts) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("CYPHER replan=skip\n")
	params := map[string]any{}
	ret := "0 AS mergedAway"
	for _, p := range parts {
		params[p.name] = p.params
		b.WriteString("CALL () {" + p.cypher + "\n}\n")
		if p.checks {
			ret = "mergedAway"
		}
	}
	b.WriteString("RETURN " + ret)
	recs, err := s.run(ctx, t, b.String(), params)
	if err != nil {
		return err
	}
	if len(recs) == 1 && recordInt(recs[0], "mergedAway") > 0 {
		return errActorMergedMeanwhile
	}
	return nil
}

var cypherReplaceArticle = `
MATCH (art:Article {id: $a.id})
OPTIONAL MATCH (e:Event)-[s:SUPPORTED_BY]->(art)
WITH art, collect(e) AS events, collect(s) AS edges
WITH art, edges, [e IN events WHERE COUNT { (e)-[:SUPPORTED_BY]->() } = 1] AS orphans,
     [e IN events | ` + changedEventMap("COUNT { (e)-[:SUPPORTED_BY]->() } = 1") + `] AS changed
FOREACH (s IN edges | DELETE s)
WITH art, orphans, changed
` + cypherUnlinkOrphans + `
` + cypherSubtractTallies + `
` + cypherKeepOrphansHistory + `
` + cypherSubtractActorTallies + `
FOREACH (e IN orphans | DETACH DELETE e)
SET art += $a
RETURN changed`

// cypherMergeActors creates actors it has not seen and adds new aliases to
// those it has; names are indexed through :Name nodes keyed by their
// normalised form, which is how resolution finds an actor again.
var cypherMergeActors = `CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.description = row.description,
              a.aliases = [], a.nameKey = row.nameKey, a.createdTx = $tx, a.since = datetime.transaction()
WITH a, row, a.createdTx = $tx AS fresh,
     reduce(acc = [], x IN row.aliases | CASE WHEN x IN acc OR x IN a.aliases OR x = a.name OR x IN coalesce(a.removedAliases, [])
                                          THEN acc ELSE acc + x END) AS added
// Only a new actor or new aliases write: an actor that is merely mentioned
// again is read, not locked, so parallel writers do not queue on it. An
// alias an analyst removed (removedAliases, removedKeys) is not added back.
// An actor that gains aliases starts a new state; the one it leaves is
// kept for as-of reads (asof.go).
FOREACH (_ IN CASE WHEN NOT fresh AND size(added) > 0 THEN [1] ELSE [] END | ` + archiveActorState + `)
FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END | SET a.aliases = a.aliases + added)
FOREACH (k IN CASE WHEN fresh OR size(added) > 0 THEN [k IN row.keys WHERE NOT k IN coalesce(a.removedKeys, [])] ELSE [] END |
  MERGE (n:Name {key: k}) MERGE (n)-[:NAMES]->(a))
RETURN collect(CASE WHEN fresh THEN a.id END) AS created, count(*) AS total,
       collect(CASE WHEN NOT fresh AND size(added) > 0 THEN {id: a.id, added: added} END) AS aliased,
       collect(CASE WHEN fresh OR size(added) > 0 THEN {id: a.id, kind: a.kind,
                    keys: [k IN row.keys WHERE NOT k IN coalesce(a.removedKeys, [])]} END) AS named`

const cypherMergeRoles = `CYPHER replan=skip
UNWIND $roles AS row
MATCH (a:Actor {id: row.actor}), (o:Actor {id: row.of})
MERGE (a)-[h:HOLDS_ROLE {title: row.title}]->(o)
ON CREATE SET h.since = datetime.transaction()
SET h.from = coalesce(row.from, h.from), h.to = coalesce(row.to, h.to)`

// mergeActorsAndKeys writes the set's actors, sorted by id (see
// mergeEvents), their roles, and then the keys the records' events will
// find (cypherMergeKeys), and returns the ids of the actors it created,
// how many it wrote in all, and the aliases it gave those it did not
// create (one change each, for the write's revision). Each is its own
// statement: one statement of their CALL subqueries, measured on the BBC
// corpus, took three times as long as the three.
func (s *Store) mergeActorsAndKeys(ctx context.Context, t neo4j.ManagedTransaction, actors []domain.ActorFact, records []domain.EventRecord, tx string) (created []string, total int, aliased []actorAliases, named map[string][]domain.Actor, err error) {
	if len(actors) == 0 && len(records) == 0 {
		return nil, 0, nil, map[string][]domain.Actor{}, nil
	}
	actors = slices.Clone(actors)
	slices.SortFunc(actors, func(a, b domain.ActorFact) int { return strings.Compare(a.ID, b.ID) })
	rows := make([]map[string]any, 0, len(actors))
	roles := []map[string]any{}
	for _, a := range actors {
		keys := []string{domain.NormalizeName(a.Name)}
		for _, al := range a.Aliases {
			if k := domain.NormalizeName(al); k != "" {
				keys = append(keys, k)
			}
		}
		rows = append(rows, map[string]any{"id": a.ID, "name": a.Name, "kind": string(a.Kind), "description": a.Description,
			"aliases": nonNil(a.Aliases), "nameKey": keys[0], "keys": keys})
		for _, r := range a.Roles {
			roles = append(roles, map[string]any{"actor": a.ID, "of": r.Of, "title": r.Title, "from": dateString(r.From), "to": dateString(r.To)})
		}
	}
	recs, err := s.run(ctx, t, cypherMergeActors, map[string]any{"rows": rows, "tx": tx})
	if err != nil {
		return nil, 0, nil, nil, err
	}
	if len(roles) > 0 {
		if _, err := s.run(ctx, t, cypherMergeRoles, map[string]any{"roles": roles}); err != nil {
			return nil, 0, nil, nil, err
		}
	}
	if len(records) > 0 {
		if _, err := s.run(ctx, t, cypherMergeKeys, mergeKeysParams(records, tx)); err != nil {
			return nil, 0, nil, nil, err
		}
	}
	v, _ := recs[0].Get("aliased")
	for _, x := range v.([]any) {
		m := x.(map[string]any)
		aliased = append(aliased, actorAliases{id: m["id"].(string), added: toStrings(m["added"])})
	}
	v, _ = recs[0].Get("named")
	named = map[string][]domain.Actor{}
	for _, x := range v.([]any) {
		m := x.(map[string]any)
		a := domain.Actor{ID: m["id"].(string), Kind: domain.ActorKind(prop[string](m, "kind"))}
		for _, k := range toStrings(m["keys"]) {
			if !slices.ContainsFunc(named[k], func(b domain.Actor) bool { return b.ID == a.ID }) {
				named[k] = append(named[k], a)
			}
		}
	}
	return recordStrings(recs[0], "created"), recordInt(recs[0], "total"), aliased, named, nil
}

// actorAliases are the aliases a write gave an actor it did not create.
type actorAliases struct {
	id    string
	added []string
}

// cypherMergeEvents writes every event of a FactSet in one statement.
// Labels cannot be parameters, so each type's label is set by a FOREACH
// guarded on the type: the label names come from this text, never from
// input. An event this statement creates (fresh) has no edges yet, so its
// edges are CREATEd: MERGE would search each busy actor's edges for one
// that cannot exist and lock both ends while it looks. An event already in
// the graph (another article reported it) MERGEs them. Rows carry distinct
// event ids (mergeEvents folds repeats), so no edge is created twice.
// Places, topics and tallies exist by now (cypherMergeKeys): they are
// only found. replan=skip: the plan is index seeks whatever the graph's
// size, and replanning this statement as a bulk load grows the graph cost
// a twentieth of the load.
var cypherMergeEvents = `CYPHER replan=skip
OPTIONAL MATCH (art:Article {id: $article})
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e += row.props, e.createdTx = $tx, e.since = datetime.transaction()
WITH art, e, row, e.createdTx = $tx AS fresh
CALL (e, row, fresh) {
  WITH e, row WHERE fresh
  FOREACH (_ IN CASE WHEN row.props.type = 'MEETING' THEN [1] ELSE [] END | SET e:Meeting)
  FOREACH (_ IN CASE WHEN row.props.type = 'STATEMENT' THEN [1] ELSE [] END | SET e:Statement)
  FOREACH (_ IN CASE WHEN row.props.type = 'INTERACTION' THEN [1] ELSE [] END | SET e:Interaction)
  FOREACH (_ IN CASE WHEN row.props.type = 'POLICY_SHIFT' THEN [1] ELSE [] END | SET e:PolicyShift)
  FOREACH (_ IN CASE WHEN row.props.type = 'ELECTION' THEN [1] ELSE [] END | SET e:Election)
  FOREACH (_ IN CASE WHEN row.props.type = 'OTHER' THEN [1] ELSE [] END | SET e:OtherEvent)
  FOREACH (_ IN CASE WHEN row.props.precision = 'UNKNOWN' THEN [1] ELSE [] END | SET e:DateUnknown)
}
CALL (e, row, fresh) {
  WITH e, row WHERE fresh
  UNWIND row.involved AS inv
  MATCH (a:Actor {id: inv.actor})
  CREATE (a)-[:INVOLVED_IN {actor: inv.actor, key: row.props.sortKey, type: row.props.type}]->(e)
  FOREACH (role IN inv.roles |
  ` + roleEdges("CREATE") + `)
}
CALL (e, row, fresh) {
  WITH e, row WHERE NOT fresh
  UNWIND row.involved AS inv
  MATCH (a:Actor {id: inv.actor})
  MERGE (a)-[i:INVOLVED_IN]->(e)
  ON CREATE SET i.actor = inv.actor, i.key = e.sortKey, i.type = e.type, i.addedTx = $tx
  FOREACH (role IN inv.roles |
  ` + roleEdges("MERGE") + `)
  // An actor newly named on a known event counts on its tallies; the
  // marker only tells this statement so and is not kept.
  WITH e, i, i.addedTx = $tx AS added
  REMOVE i.addedTx
  RETURN collect(CASE WHEN added THEN i.actor END) AS addedActors
}
CALL (e, row, fresh) {
  WITH e, row WHERE row.place IS NOT NULL
  MATCH (p:Place {id: row.place})
  FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | CREATE (e)-[:AT]->(p))
  FOREACH (_ IN CASE WHEN fresh THEN [] ELSE [1] END | MERGE (e)-[:AT]->(p))
}
CALL (e, row, fresh) {
  WITH e, row WHERE row.topic IS NOT NULL
  MATCH (t:Topic {id: row.topic})
  FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | CREATE (e)-[:ON]->(t))
  FOREACH (_ IN CASE WHEN fresh THEN [] ELSE [1] END | MERGE (e)-[:ON]->(t))
}
CALL (e, row, fresh, art) {
  WITH e, row, art WHERE row.evidence IS NOT NULL AND art IS NOT NULL
  FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | CREATE (e)-[s:SUPPORTED_BY]->(art) SET s = row.evidence, s.since = datetime.transaction())
  FOREACH (_ IN CASE WHEN fresh THEN [] ELSE [1] END |
    MERGE (e)-[s:SUPPORTED_BY]->(art) ON CREATE SET s = row.evidence, s.since = datetime.transaction())
}
WITH count(CASE WHEN fresh THEN 1 END) AS created,
     collect(CASE WHEN fresh THEN ` + tallyKeyOf("e") + ` END) AS tallies,
     collect(` + actorTallyEntries("CASE WHEN fresh THEN [inv IN row.involved | inv.actor] ELSE addedActors END", "e") + `) AS involvedLists,
     collect(CASE WHEN fresh THEN {pairs: row.pairs, share: ` + pairShareOf("e") + `} END) AS linked,
     collect(CASE WHEN fresh THEN row.id END) AS freshIds
CALL (tallies) {
  ` + cypherAddTallies + `
}
CALL (linked) {
  ` + cypherLinkActors + `
}
CALL (involvedLists) {
  UNWIND involvedLists AS involved
  ` + cypherAddActorTallies + `
}
RETURN created, freshIds`

// cypherAddTallies adds the new events to their day and month tallies
// (keys in the bound list "tallies"), which cypherMergeKeys created: they
// are only found here, so this takes no key locks, and the node locks of
// the counts in key order, so concurrent writers queue, not deadlock.
var cypherAddTallies = `UNWIND tallies AS k
  WITH k, count(*) AS n ORDER BY k
  MATCH (t:DayTally {key: k})
  SET t.n = t.n + n
  WITH ` + monthKeyOf("k") + ` AS mk, sum(n) AS mn ORDER BY mk
  MATCH (m:MonthTally {key: mk})
  SET m.n = m.n + mn`

// cypherSubtractTallies takes the events bound to "orphans" (about to be
// deleted) off their day and month tallies. It merges the shard it
// subtracts from: an event counted under an older sharding (by event id)
// may have none under its key, and readers sum the shards of a (day,
// type), so the sum stays exact.
var cypherSubtractTallies = `CALL (orphans) {
  UNWIND orphans AS e
  WITH ` + tallyKeyOf("e") + ` AS k, count(*) AS n ORDER BY k
  CALL (k, n) {
    MERGE (t:DayTally {key: k})
    ON CREATE SET t.day = split(k, '|')[0], t.type = split(k, '|')[1], t.n = 0
    SET t.n = t.n - n
  }
  WITH ` + monthKeyOf("k") + ` AS mk, sum(n) AS mn ORDER BY mk
  CALL (mk, mn) {
    MERGE (m:MonthTally {key: mk})
    ON CREATE SET m.month = split(mk, '|')[0], m.type = split(mk, '|')[1], m.n = 0
    SET m.n = m.n - mn
  }
}`

// cypherLinkShiftEvidence ties each policy shift written in this
// transaction to the statements its actor made in the same article.
// It starts from the article, so its cost follows the article's facts,
// not the graph's.
// Its parameters are read from p (see statementPart).
func cypherLinkShiftEvidenceOf(p string) string {
	return `
MATCH (art:Article {id: ` + p + `article})<-[:SUPPORTED_BY]-(p:PolicyShift {createdTx: ` + p + `tx})
MATCH (p)<-[:SHIFTED]-(a:Actor)-[:SAID]->(st:Statement)-[:SUPPORTED_BY]->(art)
MERGE (p)-[:EVIDENCED_BY]->(st)`
}

// roleEdges is the Cypher that writes the role edge of role between actor
// a and event e with verb (CREATE or MERGE); the edge types come from this
// text, never from input.
func roleEdges(verb string) string {
	var b strings.Builder
	for _, r := range []struct{ role, edge string }{
		{"PARTICIPATED_IN", "(a)-[:PARTICIPATED_IN]->(e)"}, {"SAID", "(a)-[:SAID]->(e)"},
		{"ON_BEHALF_OF", "(e)-[:ON_BEHALF_OF]->(a)"}, {"ABOUT", "(e)-[:ABOUT]->(a)"},
		{"SOURCE", "(a)-[:SOURCE]->(e)"}, {"TARGET", "(e)-[:TARGET]->(a)"},
		{"SHIFTED", "(a)-[:SHIFTED]->(e)"}, {"ON", "(e)-[:ON]->(a)"},
	} {
		fmt.Fprintf(&b, "  FOREACH (_ IN CASE WHEN role = '%s' THEN [1] ELSE [] END | %s %s)\n  ", r.role, verb, r.edge)
	}
	return b.String()
}

// cypherMergeKeys writes, before the events, the places, topics and
// tallies (at 0; the actors' month tallies too) the set's events name,
// each list sorted, in one round trip: the event statement then only
// finds them. Creating a keyed node locks its key
// until commit; taken here, in key order, before any event's lock, two
// writers cannot each hold a key the other waits for.
const cypherMergeKeys = `CYPHER replan=skip
CALL () {
  UNWIND $places AS row
  MERGE (p:Place {id: row.id}) ON CREATE SET p.name = row.name
}
CALL () {
  UNWIND $topics AS row
  MERGE (t:Topic {id: row.id}) ON CREATE SET t.name = row.name
}
CALL () {
  UNWIND $days AS k
  MERGE (t:DayTally {key: k})
  ON CREATE SET t.day = split(k, '|')[0], t.type = split(k, '|')[1], t.n = 0
}
CALL () {
  UNWIND $months AS k
  MERGE (t:MonthTally {key: k})
  ON CREATE SET t.month = split(k, '|')[0], t.type = split(k, '|')[1], t.n = 0
}
CALL () {
  UNWIND $actorKeys AS k
  MERGE (t:ActorMonthTally {key: k})
  ON CREATE SET t.actor = split(k, '|')[0], t.month = split(k, '|')[1], t.type = split(k, '|')[2], t.n = 0, t.u = 0
}`

// mergeEvents writes the events of a set (each once: see foldRepeats) and
// returns the ids of those it created. It takes the locks of each kind
// of key (places, topics and tallies first, then event ids, tallies'
// counts, actor pairs) in sorted order, as mergeActors does for actors, so
// concurrent writers of overlapping articles queue instead of
// deadlocking.
func (s *Store) mergeEvents(ctx context.Context, t neo4j.ManagedTransaction, recs []domain.EventRecord, article map[string]any, tx string) (map[string]bool, error) {
	recs = slices.Clone(recs)
	slices.SortFunc(recs, func(a, b domain.EventRecord) int { return strings.Compare(a.ID, b.ID) })
	rows := make([]map[string]any, 0, len(recs))
	for _, r := range recs {
		rows = append(rows, eventRow(r))
	}
	var articleID any
	if article != nil {
		articleID = article["id"]
	}
	res, err := s.run(ctx, t, cypherMergeEvents, map[string]any{"rows": rows, "tx": tx, "article": articleID})
	if err != nil {
		return nil, err
	}
	fresh := map[string]bool{}
	for _, id := range recordStrings(res[0], "freshIds") {
		fresh[id] = true
	}
	return fresh, nil
}

// mergeKeysParams are the parameters of cypherMergeKeys for the records
// written by tx: each list sorted.
func mergeKeysParams(recs []domain.EventRecord, tx string) map[string]any {
	places, topics := map[string]string{}, map[string]string{}
	days, months := map[string]bool{}, map[string]bool{}
	for _, r := range recs {
		if r.PlaceName != "" {
			places[domain.PlaceID(r.PlaceName)] = r.PlaceName
		}
		if r.TopicName != "" {
			topics[domain.TopicID(r.TopicName)] = r.TopicName
		}
		day := tallyKey(r.SortKey, string(r.Type), tx)
		days[day], months[monthKey(day)] = true, true
	}
	return map[string]any{"places": sortedRows(places), "topics": sortedRows(topics),
		"days": slices.Sorted(maps.Keys(days)), "months": slices.Sorted(maps.Keys(months)),
		"actorKeys": actorTallyKeys(recs, tx)}
}

// eventRow is the statement's row for one event.
func eventRow(r domain.EventRecord) map[string]any {
	props := map[string]any{"id": r.ID, "type": string(r.Type), "title": r.Title, "summary": r.Summary,
		"sortKey": r.SortKey, "reported": r.Reported.Start}
	if r.When != nil {
		if r.When.Known() {
			props["start"], props["end"] = r.When.Start, r.When.End
		}
		props["precision"], props["dateText"] = string(r.When.Precision), r.When.Text
	}
	setIf := func(k, v string) {
		if v != "" {
			props[k] = v
		}
	}
	setIf("occasion", r.Occasion)
	setIf("quote", r.Quote)
	setIf("paraphrase", r.Paraphrase)
	setIf("kind", string(r.Kind))
	setIf("code", r.Code)
	setIf("fromStance", r.FromStance)
	setIf("toStance", r.ToStance)
	setIf("direction", r.Direction)
	setIf("topicName", r.TopicName)
	if r.Type == domain.TypeInteraction {
		props["score"] = r.Score
	}
	row := map[string]any{"id": r.ID, "props": props, "involved": involvedRows(r.Involved), "pairs": actorPairs(r.Involved),
		"place": nil, "topic": nil, "evidence": nil}
	if r.PlaceName != "" {
		row["place"] = domain.PlaceID(r.PlaceName)
	}
	if r.TopicName != "" {
		row["topic"] = domain.TopicID(r.TopicName)
	}
	if r.Evidence != nil {
		e := r.Evidence
		row["evidence"] = map[string]any{"sentence": e.Sentence, "start": e.Start, "end": e.End,
			"extractor": e.Extractor, "confidence": e.Confidence}
	}
	return row
}

// foldRepeats folds records of one event (two facts of an article that
// describe the same meeting) into the first: its properties, place, topic
// and evidence (the first given), and the involvements of all. The write
// statement creates a new event's edges outright, which needs each event
// once.
func foldRepeats(recs []domain.EventRecord) []domain.EventRecord {
	at := make(map[string]int, len(recs))
	out := make([]domain.EventRecord, 0, len(recs))
	for _, r := range recs {
		i, seen := at[r.ID]
		if !seen {
			at[r.ID] = len(out)
			r.Involved = append([]domain.Involvement(nil), r.Involved...)
			out = append(out, r)
			continue
		}
		first := &out[i]
		first.Involved = append(first.Involved, r.Involved...)
		if first.PlaceName == "" {
			first.PlaceName = r.PlaceName
		}
		if first.TopicName == "" {
			first.TopicName = r.TopicName
		}
		if first.Evidence == nil {
			first.Evidence = r.Evidence
		}
	}
	return out
}

// involvedRows returns one row per distinct actor of an event, in order of
// first appearance: its id and its distinct roles.
func involvedRows(inv []domain.Involvement) []map[string]any {
	rows := make([]map[string]any, 0, len(inv))
	at := make(map[string]int, len(inv))
	for _, i := range inv {
		n, seen := at[i.Actor]
		if !seen {
			n = len(rows)
			at[i.Actor] = n
			rows = append(rows, map[string]any{"actor": i.Actor, "roles": []string{}})
		}
		roles := rows[n]["roles"].([]string)
		if !slices.Contains(roles, string(i.Role)) {
			rows[n]["roles"] = append(roles, string(i.Role))
		}
	}
	return rows
}

// actorPairs returns the distinct pairs "x|y" (x < y) of the actors
// involved in an event, for its LINKED edges.
func actorPairs(inv []domain.Involvement) []string {
	ids := make([]string, 0, len(inv))
	for _, i := range inv {
		ids = append(ids, i.Actor)
	}
	sort.Strings(ids)
	pairs := []string{}
	for i := range ids {
		if i > 0 && ids[i] == ids[i-1] {
			continue
		}
		for j := i + 1; j < len(ids); j++ {
			if ids[j] != ids[j-1] {
				pairs = append(pairs, ids[i]+"|"+ids[j])
			}
		}
	}
	return pairs
}

// sortedRows returns {id, name} rows of names keyed by id, sorted by id.
func sortedRows(names map[string]string) []map[string]any {
	rows := make([]map[string]any, 0, len(names))
	for _, id := range slices.Sorted(maps.Keys(names)) {
		rows = append(rows, map[string]any{"id": id, "name": names[id]})
	}
	return rows
}

func hasType(recs []domain.EventRecord, t domain.EventType) bool {
	for _, r := range recs {
		if r.Type == t {
			return true
		}
	}
	return false
}

func newTxToken() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
