package store

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Counterpart is an actor another one met or interacted with.
type Counterpart struct {
	ActorID                        string
	Actor                          domain.Actor // the counterpart itself, read with the counts
	Events, Meetings, Interactions int
	FirstSeen, LastSeen            time.Time
	Cooperation, Conflict          float64
}

// Balance is cooperation plus conflict.
func (c Counterpart) Balance() float64 { return c.Cooperation + c.Conflict }

// cypherCounterparts reads, for each actor (owner), its LINKED edges,
// which tally the meetings and interactions it shares with each other
// actor (links.go), most shared first: it walks the edges' rank keys of
// the owner (startRank for the edges it starts, endRank for those it
// ends: two index seeks by prefix, in index order) and stops at the page's
// size in each, then keeps the page's size of the two. Its cost follows
// the page, not the actor's events or its number of counterparts (the
// busiest actor of the 1M graph shares events with tens of thousands),
// and it answers a whole list of actors in one round trip. The other's id
// comes from the rank key, so only the counterparts kept are read.
const cypherCounterparts = `
UNWIND $owners AS owner
CALL (owner) {
  CALL (owner) {
    MATCH ()-[l:LINKED]->(oa:Actor) WHERE l.startRank STARTS WITH owner + '|'
    RETURN l, oa, l.startRank AS rank ORDER BY l.startRank LIMIT $limit
  UNION ALL
    MATCH (oa:Actor)-[l:LINKED]->() WHERE l.endRank STARTS WITH owner + '|'
    RETURN l, oa, l.endRank AS rank ORDER BY l.endRank LIMIT $limit
  }
  WITH l, oa, rank ORDER BY rank LIMIT $limit
  RETURN oa, split(rank, '|')[2] AS other, l.meetings + l.interactions AS events, l.meetings AS meetings, l.interactions AS interactions,
         l.firstSeenKey AS firstKey, l.lastSeenKey AS lastKey,
         coalesce(l.cooperation, 0.0) AS cooperation, coalesce(l.conflict, 0.0) AS conflict
}
RETURN owner, oa, other, events, meetings, interactions, firstKey, lastKey, cooperation, conflict`

// Counterparts returns the actors id met or interacted with, most shared
// events first, at most first of them.
func (s *Store) Counterparts(ctx context.Context, id string, first int) ([]Counterpart, error) {
	m, err := s.CounterpartsOf(ctx, []string{id}, first)
	if err != nil {
		return nil, err
	}
	return m[id], nil
}

// CounterpartsOf returns, for each of the actors, what Counterparts
// returns for it; every actor asked for has an entry (empty when it met
// no one). It costs one round trip whatever the number of actors.
func (s *Store) CounterpartsOf(ctx context.Context, actorIDs []string, first int) (map[string][]Counterpart, error) {
	owners := uniqueStrings(actorIDs)
	out := make(map[string][]Counterpart, len(owners))
	for _, id := range owners {
		out[id] = []Counterpart{}
	}
	if len(owners) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, cypherCounterparts, map[string]any{"owners": owners, "limit": first})
	if err != nil {
		return nil, err
	}
	var rows []counterpartRow
	for _, r := range recs {
		rows = append(rows, counterpartRow{owner: recordString(r, "owner"), c: counterpartFrom(r)})
	}
	// The subquery's order is sorted again rather than trusted to survive
	// the UNWIND: most shared events first, then by id.
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i].c, rows[j].c
		if a.Events != b.Events {
			return a.Events > b.Events
		}
		return a.ActorID < b.ActorID
	})
	for _, row := range rows {
		out[row.owner] = append(out[row.owner], row.c)
	}
	return out, nil
}

// counterpartFrom reads one row of cypherCounterparts.
func counterpartFrom(r *neo4j.Record) Counterpart {
	v, _ := r.Get("oa")
	n, _ := v.(neo4j.Node)
	return Counterpart{ActorID: recordString(r, "other"), Actor: actorFromNode(n),
		Events: recordInt(r, "events"), Meetings: recordInt(r, "meetings"), Interactions: recordInt(r, "interactions"),
		FirstSeen: keyTime(recordString(r, "firstKey")), LastSeen: keyTime(recordString(r, "lastKey")),
		Cooperation: recordFloat(r, "cooperation"), Conflict: recordFloat(r, "conflict")}
}

type counterpartRow struct {
	owner string
	c     Counterpart
}

// DyadMonth sums one month of what two actors share. UnknownDate counts,
// of Events, those whose date is UNKNOWN (counted in the month they were
// reported).
type DyadMonth struct {
	Month                             string // 2025-09
	Start                             time.Time
	Events, Interactions, UnknownDate int
	Score, Cooperation, Conflict      float64
}

// cypherDyadSeries reads the events of the less connected of the two
// actors in index order and keeps those the other is involved in.
const cypherDyadSeries = `
MATCH (a:Actor) WHERE a.id IN [$a, $b]
WITH a ORDER BY COUNT { (a)-[:INVOLVED_IN]->() } ASC LIMIT 1
WITH a.id AS one, CASE a.id WHEN $a THEN $b ELSE $a END AS other
MATCH ()-[r:INVOLVED_IN]->(e:Event)
WHERE r.actor = one AND r.key >= $lower AND r.key < $upper AND EXISTS { MATCH (e)<-[x:INVOLVED_IN]-() WHERE x.actor = other }
WITH substring(r.key, 0, 7) AS month, r.type AS type, e:DateUnknown AS unknown,
     CASE WHEN r.type = 'INTERACTION' THEN coalesce(e.score, 0.0) ELSE 0.0 END AS score
RETURN month, count(*) AS events, count(CASE WHEN type = 'INTERACTION' THEN 1 END) AS interactions,
       count(CASE WHEN unknown THEN 1 END) AS unknownDate,
       sum(score) AS score, sum(CASE WHEN score > 0 THEN score ELSE 0.0 END) AS cooperation,
       sum(CASE WHEN score < 0 THEN score ELSE 0.0 END) AS conflict
ORDER BY month LIMIT $months`

// DyadSeries returns, per month with shared events, what actors a and b
// share: event counts and their interactions' scores, oldest month first,
// at most months of them; only events sorting from from (inclusive) to to
// (exclusive) when set.
func (s *Store) DyadSeries(ctx context.Context, a, b string, from, to *time.Time, months int) ([]DyadMonth, error) {
	lower, upper := keyBounds(TimelineFilter{From: from, To: to})
	recs, err := s.read(ctx, cypherDyadSeries, map[string]any{"a": a, "b": b, "lower": lower, "upper": upper, "months": months})
	if err != nil {
		return nil, err
	}
	return dyadMonths(recs), nil
}

// dyadMonths reads the rows of a dyad series.
func dyadMonths(recs []*neo4j.Record) []DyadMonth {
	out := make([]DyadMonth, 0, len(recs))
	for _, r := range recs {
		m := recordString(r, "month")
		start, _ := time.Parse("2006-01", m)
		out = append(out, DyadMonth{Month: m, Start: start, Events: recordInt(r, "events"),
			Interactions: recordInt(r, "interactions"), UnknownDate: recordInt(r, "unknownDate"), Score: recordFloat(r, "score"),
			Cooperation: recordFloat(r, "cooperation"), Conflict: recordFloat(r, "conflict")})
	}
	return out
}

const cypherTopicsByIDs = `UNWIND $ids AS id MATCH (t:Topic {id: id}) RETURN t.id AS id, t.name AS name`

// TopicsByIDs returns the topics with these ids; missing ids are absent.
func (s *Store) TopicsByIDs(ctx context.Context, ids []string) (map[string]domain.Topic, error) {
	return readByID(ctx, s, cypherTopicsByIDs, ids, func(r *neo4j.Record) (string, domain.Topic) {
		return recordString(r, "id"), domain.Topic{ID: recordString(r, "id"), Name: recordString(r, "name")}
	})
}

// StanceShift is one policy shift with the statements that evidence it:
// the first of them (StanceHistory's evidence bound) and how many there are.
type StanceShift struct {
	Shift         domain.Event
	Evidence      []domain.Event
	EvidenceCount int
}

// StanceQuery is what StanceHistory reads: the actor's shifts on the topic
// that sort from From (inclusive) to To (exclusive) when set, the first
// Shifts of them, each with its first Evidence statements.
type StanceQuery struct {
	Actor, Topic     string
	From, To         *time.Time
	Shifts, Evidence int
	// EvidenceProps are the evidence statements' properties the caller
	// shows; without Project, every one (the statements read whole).
	EvidenceProps EventProps
}

// cypherStanceHistory finds the actor (an id merged away answers the
// actor it was merged into) and the topic, and reads the actor's shifts
// through its SHIFTED edges, keeping those on the topic; then, for only
// the first $shifts of them, the first $evidence statements and the count
// of the rest: the answer holds at most $shifts × $evidence statements
// however many evidence a shift (on the 100k-event graph the busiest
// actor's shifts on one topic had 7,630). One round trip answers the
// whole stanceHistory field, its checks included. A row per shift (one
// with a null shift when there are none), the actor and topic on each:
// the same rows folded into one record of nested maps took the server
// four times as long to answer (45 → 175 ms p50 for the busiest actor).
const cypherStanceHistory = `
CALL () {
  OPTIONAL MATCH (x:Actor {id: $actor})
  OPTIONAL MATCH (m:MergedActor {id: $actor}) WHERE x IS NULL
  OPTIONAL MATCH (s:Actor {id: m.into})
  RETURN coalesce(x, s) AS a
}
OPTIONAL MATCH (t:Topic {id: $topic})
CALL (a, t) {
  OPTIONAL MATCH (a)-[:SHIFTED]->(p:PolicyShift)-[:ON]->(t)
  WHERE p.sortKey >= $lower AND p.sortKey < $upper
  WITH p ORDER BY p.sortKey, p.id
  RETURN collect(p) AS shifts
}
UNWIND CASE WHEN size(shifts) = 0 THEN [null] ELSE shifts[..$shifts] END AS p
CALL (p) {
  MATCH (p)-[:EVIDENCED_BY]->(e:Statement)
  WITH e ORDER BY e.sortKey, e.id LIMIT $evidence
  RETURN collect({EVIDENCE}) AS evidence
}
RETURN a, t, size(shifts) AS total, p, evidence, COUNT { (p)-[:EVIDENCED_BY]->(:Statement) } AS evidenceCount`

// stanceHistoryCypher is cypherStanceHistory with its evidence read as
// the selection shows them (StanceQuery.EvidenceProps): whole, or only the
// properties shown, as eventProjection lists. A thousand evidence
// statements read whole were most of the read (the benchmark's
// history, the Cypher alone: 46.7 ms whole, 38.3 as [id, quote], the
// floor 35.7).
func stanceHistoryCypher(p EventProps) string {
	return statement(stanceKey(p), func() string {
		ev := "e"
		if p.Project {
			ev = eventProjection(p).cypher
		}
		return strings.Replace(cypherStanceHistory, "{EVIDENCE}", ev, 1)
	})
}

type stanceKey EventProps

// StanceHistory is what StanceHistoryOf reads: the actor and the topic
// (nil when no actor or topic has the id asked for), the first shifts
// and how many there are in all.
type StanceHistory struct {
	Actor  *domain.Actor
	Topic  *domain.Topic
	Shifts []StanceShift
	Total  int
}

// StanceHistoryOf returns the actor's policy shifts on the topic in time
// order, at most q.Shifts of them each with its first q.Evidence evidence
// statements, and how many shifts there are in all, with the actor (q.Actor
// may name one merged away) and the topic, in one round trip.
func (s *Store) StanceHistoryOf(ctx context.Context, q StanceQuery) (StanceHistory, error) {
	lower, upper := keyBounds(TimelineFilter{From: q.From, To: q.To})
	recs, err := s.read(ctx, stanceHistoryCypher(q.EvidenceProps), map[string]any{"actor": q.Actor, "topic": q.Topic,
		"lower": lower, "upper": upper, "shifts": q.Shifts, "evidence": q.Evidence})
	if err != nil {
		return StanceHistory{}, err
	}
	return stanceHistoryFrom(recs, q.EvidenceProps), nil
}

// stanceHistoryFrom reads the rows of cypherStanceHistory (or its as-of
// form): the actor and topic on every row, a row per shift, or one row
// without a shift when there is none.
func stanceHistoryFrom(recs []*neo4j.Record, evidence EventProps) StanceHistory {
	r := recs[0]
	out := StanceHistory{Shifts: []StanceShift{}, Total: recordInt(r, "total")}
	if v, _ := r.Get("a"); v != nil {
		a := actorFrom(r, "a")
		out.Actor = &a
	}
	if v, _ := r.Get("t"); v != nil {
		n := v.(neo4j.Node)
		out.Topic = &domain.Topic{ID: prop[string](n.Props, "id"), Name: prop[string](n.Props, "name")}
	}
	if out.Total > 0 {
		out.Shifts, _ = stanceShifts(recs, evidence)
	}
	return out
}

// stanceShifts reads the rows of a stance history, and the count of all
// its shifts; evidence says how its evidence statements were read.
func stanceShifts(recs []*neo4j.Record, evidence EventProps) ([]StanceShift, int) {
	out := make([]StanceShift, 0, len(recs))
	total := 0
	for _, r := range recs {
		total = recordInt(r, "total")
		sh := StanceShift{Shift: eventFrom(r, "p", EventProps{}), Evidence: []domain.Event{}, EvidenceCount: recordInt(r, "evidenceCount")}
		v, _ := r.Get("evidence")
		list, _ := v.([]any)
		for _, x := range list {
			if x != nil {
				sh.Evidence = append(sh.Evidence, eventOf(x, evidence))
			}
		}
		out = append(out, sh)
	}
	return out, total
}

// Position is a stance held between two shifts; Since is nil for the
// position held before the first known shift, Until nil for the current one.
type Position struct {
	Stance       string
	Since, Until *domain.FuzzyDate
}

// Positions reads the positions between shifts (in time order): the first
// shift's from, then each shift's to (or, when a shift does not say, the
// next shift's from). Positions no source names are left out.
func Positions(shifts []StanceShift) []Position {
	var out []Position
	for i, sh := range shifts {
		when := shiftDate(sh.Shift)
		if i == 0 && sh.Shift.FromStance != "" {
			out = append(out, Position{Stance: sh.Shift.FromStance, Until: when})
		}
		stance := sh.Shift.ToStance
		var until *domain.FuzzyDate
		if i+1 < len(shifts) {
			until = shiftDate(shifts[i+1].Shift)
			if stance == "" {
				stance = shifts[i+1].Shift.FromStance
			}
		}
		if stance != "" {
			out = append(out, Position{Stance: stance, Since: when, Until: until})
		}
	}
	return out
}

func shiftDate(e domain.Event) *domain.FuzzyDate {
	if e.When != nil {
		return e.When
	}
	r := e.Reported
	return &r
}

func recordFloat(r *neo4j.Record, key string) float64 {
	v, _ := r.Get(key)
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	return 0
}

// keyTime reads the time part of a sort key.
func keyTime(key string) time.Time {
	if len(key) < len(domain.SortKeyTime) {
		return time.Time{}
	}
	t, _ := time.Parse(domain.SortKeyTime, key[:len(domain.SortKeyTime)])
	return t
}

const cypherPlacesByIDs = `UNWIND $ids AS id MATCH (p:Place {id: id}) RETURN p.id AS id, p.name AS name`

// PlacesByIDs returns the places with these ids; missing ids are absent.
func (s *Store) PlacesByIDs(ctx context.Context, ids []string) (map[string]domain.Place, error) {
	return readByID(ctx, s, cypherPlacesByIDs, ids, func(r *neo4j.Record) (string, domain.Place) {
		return recordString(r, "id"), domain.Place{ID: recordString(r, "id"), Name: recordString(r, "name")}
	})
}
