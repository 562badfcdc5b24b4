package store

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// How a timeline query finds its events. One condition of the filter
// drives the read (it names where the events come from, in sort order when
// an index keeps them so); the others are checked on each candidate. The
// most selective condition drives:
//
//   - text: the event_text full-text index gives every matching event,
//     sorted afterwards (cost follows the number of hits);
//   - allActors: the least-connected of the actors, read in the order of the
//     INVOLVED_IN(actor, key) index, each event checked for the others
//     (cost follows the page and how rare co-involvement is, not degree);
//   - one actor: its events in index order (the commonest read: an actor's
//     timeline), without the merge of several;
//   - actors: each actor's events in index order, merged (cost follows the
//     page times the number of actors);
//   - topics: the events on the topics, sorted (policy shifts only, few);
//   - types alone: the Event(type, sortKey) index in order, once per type,
//     merged (a rare type costs its page, not a scan past the others);
//   - otherwise the Event(sortKey) index in order.
type driver int

const (
	driveAll driver = iota
	driveActors
	driveOneActor
	driveAllActors
	driveTopics
	driveText
	driveTypes
)

// keyFloor and keyCeiling bound every sort key ("0000-…" < key < "~").
const (
	keyFloor   = ""
	keyCeiling = "~"
)

// cypherTimelineCheck is what every candidate event must pass besides the
// driving condition. A null parameter switches a check off (it is null when
// the filter does not use it, or when it drives the read).
const cypherTimelineCheck = `($types IS NULL OR {TYPE}.type IN $types)
  AND ($anyOf IS NULL OR EXISTS { MATCH (e)<-[x:INVOLVED_IN]-() WHERE x.actor IN $anyOf })
  AND ($allOf IS NULL OR all(aid IN $allOf WHERE EXISTS { MATCH (e)<-[x:INVOLVED_IN]-() WHERE x.actor = aid }))
  AND ($topics IS NULL OR EXISTS { MATCH (e)-[:ON]->(t:Topic) WHERE t.id IN $topics })`

// timelineSources are the MATCH parts per driver; {DIR} is ASC or DESC and
// {CHECK} the candidate check, whose {TYPE} reads the type from the
// INVOLVED_IN edge (r) where there is one, sparing a node read. Each yields rows of e, in order, at most
// $limit of them.
var timelineSources = map[driver]string{
	driveAll: `
MATCH (e:Event)
WHERE e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
RETURN e ORDER BY e.sortKey {DIR} LIMIT $limit`,
	driveActors: `
UNWIND $drive AS aid
CALL (aid) {
  MATCH ()-[r:INVOLVED_IN]->(e:Event)
  WHERE r.actor = aid AND r.key >= $lower AND r.key < $upper AND {CHECK}
  RETURN e ORDER BY r.actor {DIR}, r.key {DIR} LIMIT $limit
}
WITH DISTINCT e
RETURN e ORDER BY e.sortKey {DIR} LIMIT $limit`,
	driveOneActor: `
MATCH ()-[r:INVOLVED_IN]->(e:Event)
WHERE r.actor = $drive AND r.key >= $lower AND r.key < $upper AND {CHECK}
RETURN e ORDER BY r.actor {DIR}, r.key {DIR} LIMIT $limit`,
	driveAllActors: `
MATCH (a:Actor) WHERE a.id IN $drive
WITH a ORDER BY COUNT { (a)-[:INVOLVED_IN]->() } ASC LIMIT 1
CALL (a) {
  MATCH ()-[r:INVOLVED_IN]->(e:Event)
  WHERE r.actor = a.id AND r.key >= $lower AND r.key < $upper AND {CHECK}
  RETURN e ORDER BY r.actor {DIR}, r.key {DIR} LIMIT $limit
}
RETURN e ORDER BY e.sortKey {DIR}`,
	driveTopics: `
MATCH (t:Topic)<-[:ON]-(e:Event) USING INDEX t:Topic(id)
WHERE t.id IN $drive AND e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
WITH DISTINCT e
RETURN e ORDER BY e.sortKey {DIR} LIMIT $limit`,
	driveText: `
CALL db.index.fulltext.queryNodes('event_text', $drive) YIELD node AS e
WHERE e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
RETURN e ORDER BY e.sortKey {DIR} LIMIT $limit`,
	driveTypes: `
UNWIND $drive AS typ
CALL (typ) {
  MATCH (e:Event)
  WHERE e.type = typ AND e.sortKey >= $lower AND e.sortKey < $upper AND {CHECK}
  RETURN e ORDER BY e.type {DIR}, e.sortKey {DIR} LIMIT $limit
}
RETURN e ORDER BY e.sortKey {DIR} LIMIT $limit`,
}

// timelineCypher holds the statements built from timelineSources at start,
// per direction: the parts come from these fixed texts, never from input.
var timelineCypher = map[driver]map[string]string{}

func init() {
	for d, src := range timelineSources {
		timelineCypher[d] = map[string]string{}
		for _, dir := range []string{"ASC", "DESC"} {
			timelineCypher[d][dir] = withCheck(strings.ReplaceAll(src, "{DIR}", dir))
		}
	}
}

// detailed names one variant of a detailed statement.
type detailed struct {
	family string // which statement: "timeline", "actorPages"
	driver driver
	dir    string // ASC or DESC
	with   Details
}

// timelineDetailed is a timeline statement with its events' details and
// projection. Its rows come in no particular order: pageOf sorts them
// (sorting them in Neo4j too cost a twentieth of the benchmark page's
// read).
func timelineDetailed(d driver, dir string, with Details) string {
	return statement(detailed{"timeline", d, dir, with}, func() string {
		return withDetails(timelineCypher[d][dir], with)
	})
}

// withCheck puts the candidate check into a statement.
func withCheck(src string) string {
	typeOn := "e"
	if strings.Contains(src, "[r:INVOLVED_IN]") {
		typeOn = "r"
	}
	check := cypherTimelineCheck
	if strings.Contains(src, drivenByA) {
		// The events are a's: only the other actors need checking on each
		// (half the check of a dyad's page).
		check = strings.Replace(check, "all(aid IN $allOf WHERE EXISTS", "all(aid IN $allOf WHERE aid = a.id OR EXISTS", 1)
	}
	return strings.ReplaceAll(src, "{CHECK}", strings.ReplaceAll(check, "{TYPE}", typeOn))
}

// drivenByA is how the allActors sources read the events of the one
// actor, a, they chose among allActors.
const drivenByA = "r.actor = a.id"

// checkParams are the parameters of the candidate check for f: a null one
// switches its check off.
func checkParams(f TimelineFilter) map[string]any {
	params := map[string]any{"types": nil, "anyOf": nil, "allOf": nil, "topics": nil}
	if len(f.Types) > 0 {
		params["types"] = typeNames(f.Types)
	}
	if len(f.Actors) > 0 {
		params["anyOf"] = f.Actors
	}
	if len(f.AllActors) > 0 {
		params["allOf"] = f.AllActors
	}
	if len(f.Topics) > 0 {
		params["topics"] = f.Topics
	}
	return params
}

// plan picks the driver for f and the parameters of the check: everything
// but the date bounds and the limit.
func plan(f TimelineFilter) (driver, map[string]any) {
	params := checkParams(f)
	params["drive"] = nil
	switch {
	case strings.TrimSpace(f.Text) != "":
		params["drive"] = AllWordsQuery(f.Text)
		return driveText, params
	case len(f.AllActors) > 0:
		params["drive"] = f.AllActors
		return driveAllActors, params
	case len(f.Actors) == 1:
		params["drive"], params["anyOf"] = f.Actors[0], nil
		return driveOneActor, params
	case len(f.Actors) > 0:
		params["drive"], params["anyOf"] = f.Actors, nil
		return driveActors, params
	case len(f.Topics) > 0:
		params["drive"], params["topics"] = f.Topics, nil
		return driveTopics, params
	case len(f.Types) > 0:
		params["drive"], params["types"] = params["types"], nil
		return driveTypes, params
	}
	return driveAll, params
}

func typeNames(ts []domain.EventType) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}
