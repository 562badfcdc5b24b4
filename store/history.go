package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// The history: every write of facts (an article ingested, re-ingested
// with new text, retracted; facts recorded by hand) and every curation
// leaves one (:Revision {key, at, kind, by, reason, article, changes})
// node in its own transaction, tied by CONCERNS edges to the actors and
// events it concerns. An actor's or event's history is then its CONCERNS
// edges, in key order: a walk of its own revisions, not of the whole log.
// A merge gives the survivor the merged-away actor's revisions too (the
// merged-away actor keeps them, for as-of reads), so the survivor's
// history tells both stories. Unlike the change log
// (changes.go), which feeds subscriptions and is pruned, revisions are
// kept.

var cypherRecordRevision = recordRevisionCypher("$")

// recordRevisionCypher records a revision, its parameters read from p
// ("$", or "$name." for a statementPart's map).
func recordRevisionCypher(p string) string {
	return `
CREATE (r:Revision {key: ` + p + `key, at: ` + p + `at, kind: ` + p + `kind, by: ` + p + `by, reason: ` + p + `reason, article: ` + p + `article, changes: ` + p + `changes})
WITH r
` + concernsEither(p+"actors", "a:Actor", "m:MergedActor") + `
` + concernsEither(p+"events", "e:Event", "x:RejectedEvent") + `
CALL () {
  UNWIND ` + p + `mergedAway AS id
  MATCH (m:MergedActor {id: id})
  RETURN count(m) AS mergedAway
}
RETURN mergedAway`
}

// concernsEither ties the revision bound to r to the node of each id in
// the list ids, whichever of two labels it has now (a live actor or a
// merged-away one, a live event or a rejected one); an id of neither is
// skipped. live and gone are variable:Label patterns.
func concernsEither(ids, live, gone string) string {
	liveVar, _, _ := strings.Cut(live, ":")
	goneVar, _, _ := strings.Cut(gone, ":")
	return fmt.Sprintf(`CALL (r) {
  UNWIND %s AS id
  OPTIONAL MATCH (%s {id: id})
  OPTIONAL MATCH (%s {id: id})
  WITH coalesce(%s, %s) AS n WHERE n IS NOT NULL
  CREATE (r)-[:CONCERNS]->(n)
}`, ids, live, gone, liveVar, goneVar)
}

// revisionKey orders revisions by time (to the nanosecond, fixed width so
// strings sort as times), then by a token that separates equal times.
func revisionKey(at time.Time) string {
	return at.UTC().Format("2006-01-02T15:04:05.000000000Z") + "|" + newTxToken()
}

// recordRevision writes rev, concerning the actors and events with these
// ids (those that exist, merged-away and rejected ones included).
func (s *Store) recordRevision(ctx context.Context, t neo4j.ManagedTransaction, rev domain.Revision, actors, events []string) error {
	return s.recordRevisionChecked(ctx, t, rev, actors, events, nil)
}

// recordRevisionChecked is recordRevision that also fails, with
// errActorMergedMeanwhile, when one of the ids in check names an actor
// merged away (see mergedAwayCypher), sparing a write that round trip.
func (s *Store) recordRevisionChecked(ctx context.Context, t neo4j.ManagedTransaction, rev domain.Revision, actors, events, check []string) error {
	params, err := revisionParams(rev, actors, events, check)
	if err != nil {
		return err
	}
	recs, err := s.run(ctx, t, cypherRecordRevision, params)
	if err != nil {
		return err
	}
	if len(recs) == 1 && recordInt(recs[0], "mergedAway") > 0 {
		return errActorMergedMeanwhile
	}
	return nil
}

// revisionParams are the parameters of recordRevisionCypher.
func revisionParams(rev domain.Revision, actors, events, check []string) (map[string]any, error) {
	changes, err := json.Marshal(nonNilChanges(rev.Changes))
	if err != nil {
		return nil, fmt.Errorf("revision: %w", err)
	}
	at := time.Now().UTC()
	var article any
	if rev.Article != "" {
		article = rev.Article
	}
	return map[string]any{"key": revisionKey(at), "at": at, "kind": string(rev.Kind),
		"by": rev.By, "reason": rev.Reason, "article": article, "changes": string(changes),
		"actors": nonNil(actors), "events": nonNil(events), "mergedAway": nonNil(check)}, nil
}

// recordWritePart records a write of facts: the events it created or gave
// a source, those that lost one when the article's text was replaced, the
// actors it created, and those it gave aliases (each alias a change, so
// an actor's history says which write named it so; an article that does
// nothing else leaves that revision). It returns the statementPart that
// does so (none when there is nothing to record), which counts the actors
// it named that were merged away meanwhile as mergedAway: the write then
// fails (see mergedAwayCypher).
func recordWritePart(written []string, article string, replaced bool, by string, freshActors []string, aliased []actorAliases, changed []domain.ChangedEvent) ([]statementPart, error) {
	kind := domain.RevisionIngested
	switch {
	case article == "":
		kind = domain.RevisionRecorded
	case replaced:
		kind = domain.RevisionReingested
	}
	events := make([]string, 0, len(changed))
	for _, c := range changed {
		if c.Kind != domain.ChangeRemoved {
			events = append(events, c.ID)
		}
	}
	if len(events) == 0 && len(freshActors) == 0 && len(aliased) == 0 && article == "" {
		if len(written) == 0 {
			return nil, nil
		}
		return []statementPart{{name: "merged", cypher: mergedAwayCypher("$merged."), params: map[string]any{"ids": written}, checks: true}}, nil
	}
	actors, changes := writtenActorChanges(freshActors, aliased)
	params, err := revisionParams(domain.Revision{Kind: kind, By: by, Article: article, Changes: changes}, actors, events, written)
	if err != nil {
		return nil, err
	}
	return []statementPart{{name: "rev", cypher: recordRevisionCypher("$rev."), params: params, checks: true}}, nil
}

// writtenActorChanges are the actors a write's revision concerns (those it
// created, those it gave aliases) and its changes (an alias added each).
func writtenActorChanges(freshActors []string, aliased []actorAliases) ([]string, []domain.FieldChange) {
	actors := slices.Clone(freshActors)
	var changes []domain.FieldChange
	for _, a := range aliased {
		actors = append(actors, a.id)
		for _, x := range a.added {
			changes = append(changes, domain.FieldChange{Field: "aliases of " + a.id, After: x})
		}
	}
	return actors, changes
}

// RevisionPage is one page of a history, oldest first.
type RevisionPage struct {
	Revisions []domain.Revision
	HasNext   bool
}

// historyOf holds the history statement per label of what it concerns;
// the labels come from this text, never from input. One statement answers
// the histories of many actors or events (a list's siblings).
var historyOf = map[string]string{}

func init() {
	// A merged-away actor keeps its own revisions (a merge gives the
	// survivor copies of them): read as of a moment before its merge, its
	// history is what it was then. Its id answers the survivor at any
	// other time, so its own revisions are read only as of a moment.
	historyOf["Actor"] = historyStatement("Actor", "MergedActor", "$until IS NOT NULL AND r.key > $after AND r.at <= $until")
	// An event deleted and written again (its article re-ingested with
	// new text, or retracted and ingested again) left its revisions on its
	// last past state (cypherKeepOrphansHistory).
	historyOf["Event"] = historyStatement("Event", "PastEvent", "r.key > $after AND ($until IS NULL OR r.at <= $until)")
}

// historyStatement reads, per id, the revisions of the node labelled
// label after $after up to $until, with those of the nodes labelled
// former (what a node of that id was) where formerWhere holds.
func historyStatement(label, former, formerWhere string) string {
	return `
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (:` + label + ` {id: id})<-[:CONCERNS]-(r:Revision) WHERE r.key > $after AND ($until IS NULL OR r.at <= $until)
    RETURN r
    UNION
    MATCH (:` + former + ` {id: id})<-[:CONCERNS]-(r:Revision) WHERE ` + formerWhere + `
    RETURN r
  }
  RETURN r ORDER BY r.key LIMIT $limit
}
RETURN id, r`
}

// cypherKeepOrphansHistory hands the revisions of the events bound to
// "orphans" (about to be deleted) to each one's latest past state, which
// archiveArticleEvents has just made: the event's history outlives it,
// and the event's history reads them there once it is written again.
const cypherKeepOrphansHistory = `CALL (orphans) {
  UNWIND orphans AS e
  MATCH (e)<-[:CONCERNS]-(r:Revision)
  CALL (e, r) {
    MATCH (p:PastEvent {id: e.id})
    WITH p ORDER BY p.until DESC LIMIT 1
    CREATE (r)-[:CONCERNS]->(p)
  }
}`

// ActorHistory returns the revisions of an actor (and of the actors merged
// into it), oldest first, first at most, after the cursor key.
func (s *Store) ActorHistory(ctx context.Context, id string, first int, after string) (RevisionPage, error) {
	m, err := s.histories(ctx, "Actor", []string{id}, first, after, time.Time{})
	return m[id], err
}

// EventHistory returns the revisions of an event, oldest first.
func (s *Store) EventHistory(ctx context.Context, id string, first int, after string) (RevisionPage, error) {
	m, err := s.histories(ctx, "Event", []string{id}, first, after, time.Time{})
	return m[id], err
}

// ActorHistories is ActorHistory for many actors in one round trip; every
// id has a page, empty when it has no revisions (or no actor). With until
// not zero, only the revisions made by then (an actor read as of it).
func (s *Store) ActorHistories(ctx context.Context, ids []string, first int, after string, until time.Time) (map[string]RevisionPage, error) {
	return s.histories(ctx, "Actor", ids, first, after, until)
}

// EventHistories is EventHistory for many events in one round trip.
func (s *Store) EventHistories(ctx context.Context, ids []string, first int, after string, until time.Time) (map[string]RevisionPage, error) {
	return s.histories(ctx, "Event", ids, first, after, until)
}

func (s *Store) histories(ctx context.Context, label string, ids []string, first int, after string, until time.Time) (map[string]RevisionPage, error) {
	var upTo any // null: every revision
	if !until.IsZero() {
		upTo = until.UTC()
	}
	recs, err := s.read(ctx, historyOf[label], map[string]any{"ids": ids, "after": after, "limit": first + 1, "until": upTo})
	if err != nil {
		return nil, err
	}
	out := make(map[string]RevisionPage, len(ids))
	for _, id := range ids {
		out[id] = RevisionPage{}
	}
	for _, r := range recs {
		id := recordString(r, "id")
		p := out[id]
		if len(p.Revisions) == first {
			p.HasNext = true
			out[id] = p
			continue
		}
		v, _ := r.Get("r")
		n, _ := v.(neo4j.Node)
		rev := domain.Revision{Key: prop[string](n.Props, "key"), At: toTime(n.Props["at"]),
			Kind: domain.RevisionKind(prop[string](n.Props, "kind")), By: prop[string](n.Props, "by"),
			Reason: prop[string](n.Props, "reason"), Article: prop[string](n.Props, "article")}
		if err := json.Unmarshal([]byte(prop[string](n.Props, "changes")), &rev.Changes); err != nil {
			return nil, fmt.Errorf("revision %s: %w", rev.Key, err)
		}
		p.Revisions = append(p.Revisions, rev)
		out[id] = p
	}
	return out, nil
}

func nonNilChanges(c []domain.FieldChange) []domain.FieldChange {
	if c == nil {
		return []domain.FieldChange{}
	}
	return c
}
