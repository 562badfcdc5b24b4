package store

import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// How a write keeps analysts' corrections (see domain/curation.go). Three
// things survive every ingest because the writer reads them first, in its
// own transaction:
//
//   - a merged-away actor is a (:MergedActor {id, into}) node: a set naming
//     it is rewritten to name the survivor (FactSet.RedirectActors), so its
//     events and names land there and no actor of that id comes back;
//   - a rejected event is the event's own node relabelled :RejectedEvent
//     (out of every read, which all match :Event or a type label): the
//     writer drops a record with its id, so no ingest re-creates it;
//   - an event of a merged-away actor is known by a second id, the one a
//     re-extraction that names the survivor gives it: an (:EventAlias
//     {id, event}) node maps that id to the event's;
//   - a corrected event has an (:EventCorrection {id}) node holding the
//     analyst's values, which the writer puts over the extracted ones; it
//     outlives the event node, so a re-ingest with new text (which deletes
//     and re-creates the article's events) keeps the correction.
//
// Event ids derive from the extracted facts (participants, date, words),
// not from corrected values or redirected actors, so a re-ingest that
// extracts what it did before finds the same ids. (An extraction that now
// names the survivor itself finds the event through its alias.)

// cypherCurationOf reads, for the actor and event ids of a set, which
// actors were merged away and which events are rejected or corrected.
const cypherCurationOf = curationCalls + `
RETURN moved, curated`

// curationCalls bind what cypherCurationOf returns (moved, curated), for
// $actors and $events: a write with an article reads them in the
// statement that merges the article (cypherMergeArticle), one round trip
// fewer.
const curationCalls = `
CALL () {
  UNWIND $actors AS id
  MATCH (m:MergedActor {id: id})
  RETURN collect([id, m.into]) AS moved
}
CALL () {
  UNWIND $events AS id
  OPTIONAL MATCH (al:EventAlias {id: id})
  WITH id, coalesce(al.event, id) AS event
  OPTIONAL MATCH (r:RejectedEvent {id: event})
  OPTIONAL MATCH (c:EventCorrection {id: event})
  WITH id, event, r, c WHERE event <> id OR r IS NOT NULL OR c IS NOT NULL
  // A corrected participant or speaker merged away since is its survivor.
  WITH id, event, r, CASE WHEN c IS NULL THEN null ELSE c {.*,
    participants: [p IN c.participants | coalesce(COLLECT { MATCH (m:MergedActor {id: p}) RETURN m.into }[0], p)],
    speaker: coalesce(COLLECT { MATCH (m:MergedActor {id: c.speaker}) RETURN m.into }[0], c.speaker)} END AS c
  RETURN collect({id: id, event: event, rejected: r IS NOT NULL, correction: c}) AS curated
}`

// mergedAwayCypher counts the ids (parameter ids, read from p: see
// statementPart) that name merged-away actors: run after a write's edges
// exist, it catches a merge that committed meanwhile, and the write is
// failed with errActorMergedMeanwhile.
func mergedAwayCypher(p string) string {
	return `
UNWIND ` + p + `ids AS id
MATCH (m:MergedActor {id: id})
RETURN count(m) AS mergedAway`
}

// errActorMergedMeanwhile fails a write whose actors were merged away
// while it ran: it is written again, naming the survivors (Store.write).
var errActorMergedMeanwhile = errors.New("an actor of the write was merged away meanwhile")

// eventCuration is what analysts decided about one event id.
type eventCuration struct {
	event      string // the id of the event the record is: another when the id is an alias
	rejected   bool
	correction map[string]any // the EventCorrection's properties; nil when none
}

// curatedFacts returns fs with merged-away actors redirected to their
// survivors, and its event records with rejected events left out and
// corrections applied, reading the curation in t.
// read, when not nil, is the curation read already for fs's ids (see
// curationParams); otherwise it is read here.
func (s *Store) curatedFacts(ctx context.Context, t neo4j.ManagedTransaction, fs domain.FactSet, reported domain.FuzzyDate, read *neo4j.Record) (domain.FactSet, []domain.EventRecord, error) {
	records := fs.EventRecords(reported)
	if read == nil {
		recs, err := s.run(ctx, t, cypherCurationOf, curationParams(fs, reported))
		if err != nil {
			return fs, nil, err
		}
		read = recs[0]
	}
	moved, curated := curationFrom(read)
	if len(moved) > 0 {
		// The events keep the ids the facts as extracted give them (an
		// event of a merged-away actor keeps its id); their actors are the
		// survivors. RedirectActors keeps the facts one for one, so the
		// records match by position.
		fs = fs.RedirectActors(moved)
		redirected := fs.EventRecords(reported)
		for i := range redirected {
			redirected[i].ID, redirected[i].SortKey = records[i].ID, records[i].SortKey
		}
		records = redirected
	}
	if len(curated) == 0 {
		return fs, records, nil
	}
	kept := records[:0]
	for _, r := range records {
		c, ok := curated[r.ID]
		if !ok {
			kept = append(kept, r)
			continue
		}
		if c.rejected {
			continue
		}
		if c.event != r.ID {
			// An alias a merge recorded: the record is that event.
			r.ID, r.SortKey = c.event, r.SortKey[:strings.LastIndexByte(r.SortKey, '|')+1]+c.event
		}
		if c.correction != nil {
			applyCorrection(&r, c.correction)
		}
		kept = append(kept, r)
	}
	return fs, kept, nil
}

// curationParams are the parameters of cypherCurationOf (and
// curationCalls) for a set: its actor ids and its events' ids.
func curationParams(fs domain.FactSet, reported domain.FuzzyDate) map[string]any {
	records := fs.EventRecords(reported)
	ids := make([]string, len(records))
	for i, r := range records {
		ids[i] = r.ID
	}
	return map[string]any{"actors": nonNil(fs.ActorRefs()), "events": nonNil(ids)}
}

// curationFrom reads the record of cypherCurationOf: the survivors of the
// merged-away actors, and the curation of the events.
func curationFrom(rec *neo4j.Record) (map[string]string, map[string]eventCuration) {
	moved := map[string]string{}
	v, _ := rec.Get("moved")
	for _, x := range v.([]any) {
		pair := toStrings(x)
		moved[pair[0]] = pair[1]
	}
	curated := map[string]eventCuration{}
	v, _ = rec.Get("curated")
	for _, x := range v.([]any) {
		m := x.(map[string]any)
		c := eventCuration{event: prop[string](m, "event"), rejected: prop[bool](m, "rejected")}
		c.correction, _ = m["correction"].(map[string]any)
		curated[prop[string](m, "id")] = c
	}
	return moved, curated
}

// writtenActors are the ids of every actor a write names: the set's, and
// those corrections put in its events (applyCorrection).
func writtenActors(fs domain.FactSet, records []domain.EventRecord) []string {
	ids := fs.ActorRefs()
	for _, r := range records {
		for _, in := range r.Involved {
			if !slices.Contains(ids, in.Actor) {
				ids = append(ids, in.Actor)
			}
		}
	}
	return ids
}

// applyCorrection puts an analyst's values (an EventCorrection's
// properties, see correctionProps) over a record's extracted ones.
func applyCorrection(r *domain.EventRecord, c map[string]any) {
	if start := toTime(c["start"]); !start.IsZero() {
		r.When = &domain.FuzzyDate{Start: start, End: toTime(c["end"]), Precision: domain.Precision(prop[string](c, "precision")),
			Text: prop[string](c, "dateText")}
		r.SortKey = domain.SortKey(start, r.ID)
	}
	if v, ok := c["place"].(string); ok {
		r.PlaceName = v
	}
	if v, ok := c["topic"].(string); ok {
		r.TopicName, r.Topic = v, domain.Slug(v)
	}
	if v, ok := c["fromStance"].(string); ok {
		r.FromStance = v
	}
	if v, ok := c["toStance"].(string); ok {
		r.ToStance = v
	}
	correctedInvolvement(r, c)
}

// correctionProps are the EventCorrection properties of c: the fields it
// sets.
func correctionProps(c domain.EventCorrection) map[string]any {
	p := map[string]any{}
	if c.When != nil {
		p["start"], p["end"], p["precision"], p["dateText"] = c.When.Start.UTC(), c.When.End.UTC(), string(c.When.Precision), c.When.Text
	}
	set := func(k string, v *string) {
		if v != nil {
			p[k] = *v
		}
	}
	set("place", c.Place)
	set("topic", c.Topic)
	set("fromStance", c.FromStance)
	set("toStance", c.ToStance)
	return p
}
