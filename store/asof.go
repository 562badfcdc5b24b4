package store

import (
	"context"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// "As of" reads: the graph as it stood at a moment of transaction time.
//
// The present graph is what every read without asOf walks, and it stays
// exactly as it was: no read of today's pays for history. History is kept
// beside it, in states of their own that no present read matches:
//
//   - every Event and Actor carries since, the moment its current state
//     began (its creation, or its last change); nodes written before
//     history was kept have none and count as always there. An event a
//     merge (or its undoing) changed last has its state's start in
//     stateSince instead, and keeps since (archiveEventState);
//   - before a write changes an event — a correction, a rejection, a merge
//     that moves one of its involvements, a retraction or re-ingest that
//     takes a source away or deletes it — it copies the event as it is to
//     a (:PastEvent {…the event's properties, since, until}) node, with
//     copies of its edges under types of their own: WAS_INVOLVED_IN (the
//     INVOLVED_IN edge, same properties, its own (actor, key) index),
//     WAS {role} (a role edge), WAS_SUPPORTED_BY, WAS_AT, WAS_ON,
//     WAS_EVIDENCED_BY. The event
//     then starts a new state (since, or stateSince, = now);
//   - before an actor curation (merge, rename, alias removal, kind), and
//     before an ingest adds aliases to it, the actor as it was is copied
//     to a (:PastActor {…, since, until}); a merged-away actor also keeps
//     mergedAt;
//   - an office (HOLDS_ROLE) carries since; one a merge takes from an
//     actor is kept as a WAS_HOLDING edge between the same two nodes
//     with since and until;
//   - a source added to an existing event (another article reporting it)
//     does not copy the event: the SUPPORTED_BY edge carries since;
//   - a retracted article is not deleted but relabelled
//     (:RetractedArticle), without its text, so past sources still name
//     its title and URL.
//
// Why copies and not validity intervals on the live nodes and edges: the
// hot reads (an actor's timeline through the INVOLVED_IN(actor, key)
// index, the Event(sortKey) index) would then check an interval on every
// candidate and walk edges that are no longer true; with copies they
// stay what they were, and an as-of read is the present read restricted
// to states begun by then, plus the same read over the copies whose
// interval holds the moment (an index seek that finds nothing on a graph
// never curated). The Revision records say what changed and why, for
// people; they are not rich enough to rebuild a state (a date is kept as
// words), so reads do not replay them.
//
// Times are Neo4j's transaction time (datetime.transaction()), one per
// write, so a copy's until is exactly its successor's since.

// epoch is the since of states written before history was kept.
var epoch = time.Unix(0, 0).UTC()

// archiveEventState copies the event bound to e to a PastEvent with its
// edges, and starts e's new state with start (startChanged or
// startMoved). It runs as a CALL (e) subquery.
//
// An event's state begins at coalesce(stateSince, since): since is when
// its content began (its creation, a correction, a restore, a rewritten
// article), which recentEvents lists it by; stateSince, later, is when a
// merge or its undoing last moved one of its actors, which changes
// nothing a reader of the event sees as new, so it keeps its place in
// recentEvents.
func archiveEventState(start string) string {
	return `CALL (e) {
  CREATE (p:PastEvent)
  SET p = properties(e), p.since = coalesce(e.stateSince, e.since, datetime({epochMillis: 0})), p.until = datetime.transaction()
  REMOVE p.stateSince
  ` + start + `
  WITH e, p
  CALL (e, p) { MATCH (a)-[r:INVOLVED_IN]->(e) CREATE (a)-[w:WAS_INVOLVED_IN]->(p) SET w = properties(r) }
  CALL (e, p) { MATCH ` + involvementPattern + ` CREATE (a)-[:WAS {role: type(r)}]->(p) }
  CALL (e, p) { MATCH (e)-[s:SUPPORTED_BY]->(art:Article) CREATE (p)-[w:WAS_SUPPORTED_BY]->(art) SET w = properties(s) }
  CALL (e, p) { MATCH (e)-[:AT]->(x:Place) CREATE (p)-[:WAS_AT]->(x) }
  CALL (e, p) { MATCH (e)-[:ON]->(x:Topic) CREATE (p)-[:WAS_ON]->(x) }
  CALL (e, p) { MATCH (e)-[:EVIDENCED_BY]->(x:Statement) CREATE (p)-[:WAS_EVIDENCED_BY]->(x) }
}`
}

// The starts of an event's new state: its content changed, or only one of
// its actors moved (see archiveEventState).
const (
	startChanged = `SET e.since = datetime.transaction() REMOVE e.stateSince`
	startMoved   = `SET e.stateSince = datetime.transaction()`
)

var cypherArchiveEvent = archiveEventState(startChanged)

var cypherArchiveEvents = `
UNWIND $ids AS id
MATCH (e:Event {id: id})
` + cypherArchiveEvent + `
RETURN count(*) AS n`

var cypherArchiveArticleEvents = `
MATCH (:Article {id: $article})<-[:SUPPORTED_BY]-(e:Event)
` + cypherArchiveEvent + `
RETURN count(*) AS n`

// archiveActorState copies the actor bound to a to a PastActor and starts
// its new state; a FOREACH body, so it may run under a condition.
const archiveActorState = `CREATE (p:PastActor)
  SET p = properties(a), p.since = coalesce(a.since, datetime({epochMillis: 0})), p.until = datetime.transaction()
  SET a.since = datetime.transaction()`

var cypherArchiveActors = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
FOREACH (_ IN [1] | ` + archiveActorState + `)
RETURN count(*) AS n`

// archiveEvents keeps the events with these ids as they are now (see
// above) before a write changes them.
func (s *Store) archiveEvents(ctx context.Context, t neo4j.ManagedTransaction, ids []string) error {
	return s.archive(ctx, t, cypherArchiveEvents, ids)
}

// archive runs one of the archiving statements over the nodes with these
// ids; none, no round trip.
func (s *Store) archive(ctx context.Context, t neo4j.ManagedTransaction, cypher string, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := s.run(ctx, t, cypher, map[string]any{"ids": ids})
	return err
}

var cypherArchiveMovedEvents = `
UNWIND $ids AS id
MATCH (e:Event {id: id})
` + archiveEventState(startMoved) + `
RETURN count(*) AS n`

// archiveMovedEvents is archiveEvents for events whose only change is an
// actor a merge or its undoing moves: they keep their since.
func (s *Store) archiveMovedEvents(ctx context.Context, t neo4j.ManagedTransaction, ids []string) error {
	return s.archive(ctx, t, cypherArchiveMovedEvents, ids)
}

// archiveArticleEvents keeps every event the article supports as it is
// now, before a retraction or a re-ingest takes the article's sources.
func (s *Store) archiveArticleEvents(ctx context.Context, t neo4j.ManagedTransaction, article string) error {
	_, err := s.run(ctx, t, cypherArchiveArticleEvents, map[string]any{"article": article})
	return err
}

// archiveActors keeps the actors with these ids as they are now before a
// curation changes them.
func (s *Store) archiveActors(ctx context.Context, t neo4j.ManagedTransaction, ids []string) error {
	return s.archive(ctx, t, cypherArchiveActors, ids)
}

// CheckAsOf refuses a moment after now: the graph's future is not known.
// field names the argument in the error.
func CheckAsOf(field string, at time.Time) error {
	if at.After(time.Now()) {
		return domain.Invalid(field, "%s is in the future", at.UTC().Format(time.RFC3339))
	}
	return nil
}

// asOfParams are the parameters every as-of statement takes.
func asOfParams(at time.Time, params map[string]any) map[string]any {
	params["asOf"], params["epoch"] = at.UTC(), epoch
	return params
}

// cypherActorsAsOf finds each id's actor as it stood at $asOf: its
// current state if begun by then, else the past state whose interval
// holds the moment; an id merged away by then answers its survivor then
// (also when the merge was undone later: a PastMerge, see unmerge.go).
// An actor created later answers nothing.
const cypherActorsAsOf = `
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (m:MergedActor {id: id}) WHERE m.mergedAt <= $asOf
  OPTIONAL MATCH (u:PastMerge {id: id}) WHERE u.since <= $asOf AND $asOf < u.until
  WITH id, coalesce(m.into, u.into, id) AS at
  OPTIONAL MATCH (x:Actor {id: at}) WHERE coalesce(x.since, $epoch) <= $asOf
  OPTIONAL MATCH (p:PastActor {id: at}) WHERE x IS NULL AND p.since <= $asOf AND $asOf < p.until
  WITH coalesce(x, p) AS a WHERE a IS NOT NULL
  RETURN a LIMIT 1
}
RETURN id, a`

// ActorsAsOf is ActorsByIDs at a moment: each id's actor as it stood then
// (a merged-away id answers itself before its merge, its survivor after;
// an actor created later is absent).
func (s *Store) ActorsAsOf(ctx context.Context, ids []string, at time.Time) (map[string]domain.Actor, error) {
	recs, err := s.read(ctx, cypherActorsAsOf, asOfParams(at, map[string]any{"ids": ids}))
	if err != nil {
		return nil, err
	}
	out := make(map[string]domain.Actor, len(recs))
	for _, r := range recs {
		a := actorFrom(r, "a")
		a.AsOf = at.UTC()
		out[recordString(r, "id")] = a
	}
	return out, nil
}

// ActorAsOf is Actor at a moment, or NOT_FOUND.
func (s *Store) ActorAsOf(ctx context.Context, id string, at time.Time) (domain.Actor, error) {
	m, err := s.ActorsAsOf(ctx, []string{id}, at)
	if err != nil {
		return domain.Actor{}, err
	}
	a, ok := m[id]
	if !ok {
		return domain.Actor{}, domain.NotFound("id", "no actor with id %q as of %s", id, at.UTC().Format(time.RFC3339Nano))
	}
	return a, nil
}

// cypherEventsAsOf finds each id's event as it stood at $asOf.
const cypherEventsAsOf = `
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (x:Event {id: id}) WHERE coalesce(x.stateSince, x.since, $epoch) <= $asOf
  OPTIONAL MATCH (p:PastEvent {id: id}) WHERE x IS NULL AND p.since <= $asOf AND $asOf < p.until
  WITH coalesce(x, p) AS e WHERE e IS NOT NULL
  RETURN e LIMIT 1
}
RETURN e`

// EventAsOf returns one event as it stood at a moment, with the details
// d asks for read as they stood then too, or NOT_FOUND (an event created
// later, or rejected or retracted by then).
func (s *Store) EventAsOf(ctx context.Context, id string, at time.Time, d Details) (domain.Event, *EventDetails, error) {
	d.Events = EventProps{}
	recs, err := s.read(ctx, withDetailsAsOf(cypherEventsAsOf, d), asOfParams(at, map[string]any{"ids": []string{id}}))
	if err != nil {
		return domain.Event{}, nil, err
	}
	if len(recs) == 0 {
		return domain.Event{}, nil, domain.NotFound("id", "no event with id %q as of %s", id, at.UTC().Format(time.RFC3339Nano))
	}
	e := eventFrom(recs[0], "e", d.Events)
	var det *EventDetails
	if d.Any() {
		det = newEventDetails()
		det.read(recs[0], e.ID, d)
	}
	return e, det, nil
}

// involvementPatternAsOf is involvementPattern over live events and past
// states (their WAS edges, whose role property names the edge copied),
// with actors merged away since.
const involvementPatternAsOf = `(e)-[r:PARTICIPATED_IN|SAID|SOURCE|SHIFTED|ON_BEHALF_OF|ABOUT|TARGET|ON|WAS]-(a:Actor|MergedActor)`

// The as-of timeline: each driver's present statement (timelineSources)
// run twice under one ORDER BY and LIMIT — over live events whose state
// began by $asOf, and, rewritten onto the copies' labels, edge types and
// index, over past states whose interval holds $asOf. The two never hold
// the same event (one state of an event at a time), so the union needs no
// DISTINCT, and a sort key still names one row: cursors work as they do
// today.
const (
	checkLiveAsOf = `{CHECK} AND coalesce(e.stateSince, e.since, $epoch) <= $asOf`
	checkPastAsOf = `{CHECK} AND e.since <= $asOf AND $asOf < e.until`
)

// pastRewrites turn a present statement into the same over past states.
var pastRewrites = strings.NewReplacer(
	"INVOLVED_IN", "WAS_INVOLVED_IN",
	"(e:Event)", "(e:PastEvent)",
	"[:ON]", "[:WAS_ON]",
	"'event_text'", "'past_event_text'",
	"(a:Actor)", "(a:Actor|MergedActor)",
)

// timelineAsOfCypher holds the as-of statements per driver and direction,
// built at start from fixed texts.
var timelineAsOfCypher = map[driver]map[string]string{}

func init() {
	for d, src := range timelineSources {
		timelineAsOfCypher[d] = map[string]string{}
		for _, dir := range []string{"ASC", "DESC"} {
			src := strings.ReplaceAll(src, "{DIR}", dir)
			live := withCheck(strings.ReplaceAll(src, "{CHECK}", checkLiveAsOf))
			past := pastRewrites.Replace(withCheck(strings.ReplaceAll(src, "{CHECK}", checkPastAsOf)))
			timelineAsOfCypher[d][dir] = "CALL () {" + live + "\nUNION ALL" + past + "\n}\nWITH e ORDER BY e.sortKey " + dir +
				" LIMIT $limit\nRETURN e"
		}
	}
}

// timelineAsOf is Timeline at f.AsOf.
func (s *Store) timelineAsOf(ctx context.Context, f TimelineFilter, p TimelinePage) (EventPage, error) {
	lower, upper := pageBounds(f, p)
	d, params := plan(f)
	params["lower"], params["upper"], params["limit"] = lower, upper, p.First+1
	dir := ascOrDesc(p.Desc)
	cypher := timelineAsOfCypher[d][dir]
	if p.With.reshaped() {
		cypher = statement(detailed{"timelineAsOf", d, dir, p.With}, func() string {
			return withDetailsAsOf(timelineAsOfCypher[d][dir], p.With)
		})
	}
	return s.eventPage(ctx, cypher, asOfParams(f.AsOf, params), p)
}

// cypherDyadSeriesAsOf is cypherDyadSeries at $asOf: a's events that
// involved b then, live and past, by month. It drives from a (the
// present one picks the less connected actor by its live edges, which say
// nothing of the past).
const cypherDyadSeriesAsOf = `
CALL () {
  MATCH ()-[r:INVOLVED_IN]->(e:Event)
  WHERE r.actor = $a AND r.key >= $lower AND r.key < $upper AND coalesce(e.stateSince, e.since, $epoch) <= $asOf
    AND EXISTS { MATCH (e)<-[x:INVOLVED_IN]-() WHERE x.actor = $b }
  RETURN r.key AS key, r.type AS type, e.precision = 'UNKNOWN' AS unknown, e.score AS score
  UNION ALL
  MATCH ()-[r:WAS_INVOLVED_IN]->(e:PastEvent)
  WHERE r.actor = $a AND r.key >= $lower AND r.key < $upper AND e.since <= $asOf AND $asOf < e.until
    AND EXISTS { MATCH (e)<-[x:WAS_INVOLVED_IN]-() WHERE x.actor = $b }
  RETURN r.key AS key, r.type AS type, e.precision = 'UNKNOWN' AS unknown, e.score AS score
}
WITH substring(key, 0, 7) AS month, type, unknown, CASE WHEN type = 'INTERACTION' THEN coalesce(score, 0.0) ELSE 0.0 END AS score
RETURN month, count(*) AS events, count(CASE WHEN type = 'INTERACTION' THEN 1 END) AS interactions,
       count(CASE WHEN unknown THEN 1 END) AS unknownDate,
       sum(score) AS score, sum(CASE WHEN score > 0 THEN score ELSE 0.0 END) AS cooperation,
       sum(CASE WHEN score < 0 THEN score ELSE 0.0 END) AS conflict
ORDER BY month LIMIT $months`

// DyadSeriesAsOf is DyadSeries as the graph stood at a moment.
func (s *Store) DyadSeriesAsOf(ctx context.Context, a, b string, from, to *time.Time, months int, at time.Time) ([]DyadMonth, error) {
	lower, upper := keyBounds(TimelineFilter{From: from, To: to})
	recs, err := s.read(ctx, cypherDyadSeriesAsOf, asOfParams(at, map[string]any{"a": a, "b": b, "lower": lower, "upper": upper, "months": months}))
	if err != nil {
		return nil, err
	}
	return dyadMonths(recs), nil
}

// cypherStanceHistoryAsOf is cypherStanceHistory at $asOf, with the
// same bounds and in one round trip as it: the actor as it stood then
// (cypherActorsAsOf's: a merged-away id answers itself before its merge,
// its survivor after) and the topic are found in the statement that reads
// the shifts — the live shifts begun by then and the past states of
// shifts that held then, each with the statements that evidenced it then
// (a past shift's evidence is the statements its copy points to).
const cypherStanceHistoryAsOf = `
CALL () {
  OPTIONAL MATCH (m:MergedActor {id: $actor}) WHERE m.mergedAt <= $asOf
  OPTIONAL MATCH (u:PastMerge {id: $actor}) WHERE u.since <= $asOf AND $asOf < u.until
  WITH coalesce(m.into, u.into, $actor) AS at
  OPTIONAL MATCH (x:Actor {id: at}) WHERE coalesce(x.since, $epoch) <= $asOf
  OPTIONAL MATCH (p:PastActor {id: at}) WHERE x IS NULL AND p.since <= $asOf AND $asOf < p.until
  WITH coalesce(x, p) AS a ORDER BY a IS NULL LIMIT 1
  RETURN a
}
OPTIONAL MATCH (t:Topic {id: $topic})
CALL (a, t) {
  WITH a.id AS aid WHERE a IS NOT NULL AND t IS NOT NULL
  CALL (aid) {
    MATCH (:Actor {id: aid})-[:SHIFTED]->(p:PolicyShift)-[:ON]->(:Topic {id: $topic})
    WHERE p.sortKey >= $lower AND p.sortKey < $upper AND coalesce(p.stateSince, p.since, $epoch) <= $asOf
    RETURN p
    UNION ALL
    MATCH (a:Actor|MergedActor)-[:WAS {role: 'SHIFTED'}]->(p:PastEvent)-[:WAS_ON]->(:Topic {id: $topic})
    WHERE a.id = aid AND p.sortKey >= $lower AND p.sortKey < $upper AND p.since <= $asOf AND $asOf < p.until
    RETURN p
  }
  WITH p ORDER BY p.sortKey, p.id
  RETURN collect(p) AS shifts
}
UNWIND CASE WHEN size(shifts) = 0 THEN [null] ELSE shifts[..$shifts] END AS p
CALL (p) {
  OPTIONAL MATCH (p)-[:EVIDENCED_BY|WAS_EVIDENCED_BY]->(s:Statement) WHERE coalesce(s.stateSince, s.since, $epoch) <= $asOf
  WITH s ORDER BY s.sortKey, s.id LIMIT $evidence
  RETURN collect(s) AS evidence
}
RETURN a, t, size(shifts) AS total, p, evidence,
       COUNT { MATCH (p)-[:EVIDENCED_BY|WAS_EVIDENCED_BY]->(s:Statement) WHERE coalesce(s.stateSince, s.since, $epoch) <= $asOf } AS evidenceCount`

// StanceHistoryAsOf is StanceHistoryOf as the graph stood at a moment:
// the actor as it stood then (nil when none had the id then), the topic,
// the shifts, in one round trip.
func (s *Store) StanceHistoryAsOf(ctx context.Context, q StanceQuery, at time.Time) (StanceHistory, error) {
	lower, upper := keyBounds(TimelineFilter{From: q.From, To: q.To})
	recs, err := s.read(ctx, cypherStanceHistoryAsOf, asOfParams(at, map[string]any{"actor": q.Actor, "topic": q.Topic,
		"lower": lower, "upper": upper, "shifts": q.Shifts, "evidence": q.Evidence}))
	if err != nil {
		return StanceHistory{}, err
	}
	h := stanceHistoryFrom(recs, EventProps{})
	if h.Actor != nil {
		h.Actor.AsOf = at.UTC()
	}
	return h, nil
}

// cypherNeighborsAsOf is cypherNeighbors at $asOf: each actor's latest
// events then, live and past.
const cypherNeighborsAsOf = `
UNWIND $frontier AS aid
CALL (aid) {
  CALL (aid) {
    MATCH ()-[r:INVOLVED_IN]->(e:Event) WHERE r.actor = aid AND r.key >= '' AND coalesce(e.stateSince, e.since, $epoch) <= $asOf
    RETURN e, r.key AS key ORDER BY r.actor DESC, r.key DESC LIMIT $perActor
    UNION ALL
    MATCH ()-[r:WAS_INVOLVED_IN]->(e:PastEvent) WHERE r.actor = aid AND r.key >= '' AND e.since <= $asOf AND $asOf < e.until
    RETURN e, r.key AS key ORDER BY r.actor DESC, r.key DESC LIMIT $perActor
  }
  RETURN e ORDER BY key DESC LIMIT $perActor
}
MATCH (e)<-[o:INVOLVED_IN|WAS_INVOLVED_IN]-()
WHERE o.actor <> aid AND ($within IS NULL OR o.actor IN $within)
RETURN aid, o.actor AS other, count(*) AS weight`
