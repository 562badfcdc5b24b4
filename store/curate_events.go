package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Fact curation: rejecting, restoring and correcting events. A rejected
// event keeps its node, edges and sources, relabelled :RejectedEvent
// without :Event or its type label: every read matches one of those
// labels (an index or a label check it already makes), so a rejection
// costs reads nothing, and the full-text indexes, which follow labels,
// drop it too. Its counts (day tallies, LINKED edges) are taken off as a
// retraction takes them off, and put back on restore.

// eventLabels are every label an event may carry besides RejectedEvent.
const eventLabels = `Event:Meeting:Statement:Interaction:PolicyShift:Election:OtherEvent:DateUnknown`

var cypherRejectEvent = `
MATCH (e:Event {id: $id})
WITH e, [e] AS orphans, ` + changedEventMap("true") + ` AS change
` + cypherUnlinkOrphans + `
` + cypherSubtractTallies + `
` + cypherSubtractActorTallies + `
REMOVE e:` + eventLabels + `
SET e:RejectedEvent, e.rejectedAt = datetime()
RETURN change`

const cypherIsRejected = `RETURN EXISTS { MATCH (:RejectedEvent {id: $id}) } AS rejected`

// cypherAddEventTallies counts the event bound to e on its day and month
// tallies (MERGEd: a curation is one event, where the writers' care for
// lock order does not matter).
var cypherAddEventTallies = `CALL (e) {
  WITH ` + tallyKeyOf("e") + ` AS k
  MERGE (t:DayTally {key: k})
  ON CREATE SET t.day = split(k, '|')[0], t.type = split(k, '|')[1], t.n = 0
  SET t.n = t.n + 1
  WITH ` + monthKeyOf("k") + ` AS mk
  MERGE (m:MonthTally {key: mk})
  ON CREATE SET m.month = split(mk, '|')[0], m.type = split(mk, '|')[1], m.n = 0
  SET m.n = m.n + 1
}`

var cypherRestoreEvent = `
MATCH (e:RejectedEvent {id: $id})
REMOVE e:RejectedEvent, e.rejectedAt
SET e:Event, e.since = datetime.transaction()
REMOVE e.stateSince
FOREACH (_ IN CASE WHEN e.type = 'MEETING' THEN [1] ELSE [] END | SET e:Meeting)
FOREACH (_ IN CASE WHEN e.type = 'STATEMENT' THEN [1] ELSE [] END | SET e:Statement)
FOREACH (_ IN CASE WHEN e.type = 'INTERACTION' THEN [1] ELSE [] END | SET e:Interaction)
FOREACH (_ IN CASE WHEN e.type = 'POLICY_SHIFT' THEN [1] ELSE [] END | SET e:PolicyShift)
FOREACH (_ IN CASE WHEN e.type = 'ELECTION' THEN [1] ELSE [] END | SET e:Election)
FOREACH (_ IN CASE WHEN e.type = 'OTHER' THEN [1] ELSE [] END | SET e:OtherEvent)
FOREACH (_ IN CASE WHEN e.precision = 'UNKNOWN' THEN [1] ELSE [] END | SET e:DateUnknown)
WITH e
` + cypherAddEventTallies + `
` + cypherAddEventActorTallies + `
` + cypherLinkEvent + `
RETURN ` + changedEventMap("false") + ` AS change`

// RejectEvent takes an event out of every read and out of later ingests
// of the articles that report it; it stays in the graph, with its
// sources, until RestoreEvent. NOT_FOUND for an unknown id; BAD_USER_INPUT
// for an event already rejected.
func (s *Store) RejectEvent(ctx context.Context, id string, cur domain.Curation) error {
	_, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		if err := s.archiveEvents(ctx, t, []string{id}); err != nil {
			return nil, err
		}
		return nil, s.turnEvent(ctx, t, id, cypherRejectEvent, true,
			domain.Revision{Kind: domain.RevisionRejected, By: cur.By, Reason: cur.Reason}, domain.ChangeRemoved)
	})
	return err
}

// RestoreEvent undoes RejectEvent and returns the event.
func (s *Store) RestoreEvent(ctx context.Context, id string, cur domain.Curation) (domain.Event, error) {
	_, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		return nil, s.turnEvent(ctx, t, id, cypherRestoreEvent, false,
			domain.Revision{Kind: domain.RevisionRestored, By: cur.By, Reason: cur.Reason}, domain.ChangeCreated)
	})
	if err != nil {
		return domain.Event{}, err
	}
	return s.Event(ctx, id)
}

// turnEvent runs statement, which rejects or restores the event id and
// returns its change, then records the curation as rev and the change as
// kind. Reject and restore differ only in these; visible says which events
// the statement works on, for the error when it finds none (missingEvent).
func (s *Store) turnEvent(ctx context.Context, t neo4j.ManagedTransaction, id, statement string, visible bool, rev domain.Revision, kind domain.ChangeKind) error {
	recs, err := s.run(ctx, t, statement, map[string]any{"id": id})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return s.missingEvent(ctx, t, id, visible)
	}
	return s.recordCuration(ctx, t, rev, nil, []string{id}, changedEventsFromList(recs[0], "change", kind))
}

// missingEvent is the error for an event id that a curation did not find
// among the events it works on (visible ones when visible, else rejected).
func (s *Store) missingEvent(ctx context.Context, t neo4j.ManagedTransaction, id string, visible bool) error {
	recs, err := s.run(ctx, t, cypherIsRejected, map[string]any{"id": id})
	if err != nil {
		return err
	}
	switch rejected := recordBool(recs[0], "rejected"); {
	case rejected && visible:
		return domain.Invalid("id", "event %q is rejected; restore it first", id)
	case !rejected && !visible:
		exists, err := s.run(ctx, t, `RETURN EXISTS { MATCH (:Event {id: $id}) } AS e`, map[string]any{"id": id})
		if err != nil {
			return err
		}
		if recordBool(exists[0], "e") {
			return domain.Invalid("id", "event %q is not rejected", id)
		}
	}
	return domain.NotFound("id", "no event with id %q", id)
}

// recordCuration records a curation's revision and, last, its change.
func (s *Store) recordCuration(ctx context.Context, t neo4j.ManagedTransaction, rev domain.Revision, actors, events []string, changed []domain.ChangedEvent) error {
	if err := s.recordRevision(ctx, t, rev, actors, events); err != nil {
		return err
	}
	return s.appendChange(ctx, t, "", changed)
}

// changedEventsFromList reads column key (one changedEventMap map, or a
// list of them) as changes of kind.
func changedEventsFromList(r *neo4j.Record, key string, kind domain.ChangeKind) []domain.ChangedEvent {
	v, _ := r.Get(key)
	if m, ok := v.(map[string]any); ok {
		v = []any{m}
	}
	list, _ := v.([]any)
	out := changedEventsFrom(&neo4j.Record{Keys: []string{"l"}, Values: []any{list}}, "l")
	for i := range out {
		out[i].Kind = kind
	}
	return out
}

const cypherEventToCorrect = `
MATCH (e:Event {id: $id})
RETURN e, COLLECT { MATCH (e)-[:AT]->(p:Place) RETURN p.name }[0] AS place,
       COLLECT { MATCH (e)-[:ON]->(t:Topic) RETURN t.name }[0] AS topic,
       [` + involvementPattern + ` | [a.id, type(r), a.name]] AS involved`

var cypherCorrectDate = `
MATCH (e:Event {id: $id})
WITH e, [e] AS orphans
` + cypherSubtractTallies + `
` + cypherSubtractActorTallies + `
` + cypherUnlinkOrphans + `
SET e.start = $start, e.end = $end, e.precision = $precision, e.dateText = $dateText, e.sortKey = $sortKey
REMOVE e:DateUnknown
WITH e
CALL (e) {
  MATCH ()-[r:INVOLVED_IN]->(e)
  SET r.key = e.sortKey
}
` + cypherAddEventTallies + `
` + cypherAddEventActorTallies + `
` + cypherLinkEvent

var cypherCorrectPlace = repointEvent("AT", "p:Place", "place")

var cypherCorrectTopic = repointEvent("ON", "t:Topic", "topic") + `
SET e.topicName = $topic`

// repointEvent points the event $id's one edge rel at the node (a
// variable:Label pattern) named $<param>, whose id is $<param>Id, making
// the node if it is new: a corrected place and a corrected topic are the
// same move over different edges.
func repointEvent(rel, node, param string) string {
	v, label, _ := strings.Cut(node, ":")
	return fmt.Sprintf(`
MATCH (e:Event {id: $id})
CALL (e) {
  MATCH (e)-[r:%[1]s]->(:%[3]s)
  DELETE r
}
MERGE (%[2]s {id: $%[5]sId}) ON CREATE SET %[4]s.name = $%[5]s
CREATE (e)-[:%[1]s]->(%[4]s)`, rel, node, label, v, param)
}

const cypherCorrectStances = `
MATCH (e:Event {id: $id})
SET e.fromStance = coalesce($from, e.fromStance), e.toStance = coalesce($to, e.toStance)`

// cypherKeepOriginal creates an event's correction, once, with the date
// and topic the event's id derives from (see aliasEvents), and keeps its
// involvement as it was before the first correction of who took part
// ($involved: null when this one changes no one's part).
const cypherKeepOriginal = `
MATCH (e:Event {id: $id})
MERGE (c:EventCorrection {id: $id})
ON CREATE SET c.origStart = e.start, c.origEnd = e.end, c.origPrecision = e.precision, c.origTopic = e.topicName
SET c.origInvolved = coalesce(c.origInvolved, $involved)`

var cypherNoteCorrection = `
MERGE (c:EventCorrection {id: $id})
SET c += $props
WITH c
MATCH (e:Event {id: $id})
RETURN ` + changedEventMap("false") + ` AS change`

// CorrectEvent sets an analyst's values on an event: its date (and so its
// place in timelines and counts), a meeting's place, a policy shift's
// topic and stances, who took part (a meeting's, election's or other
// event's participants, a statement's speaker; see correct_involved.go).
// The values are kept apart too (EventCorrection), so they win over what
// a later ingest of the event's articles extracts. NOT_FOUND for an
// unknown id; BAD_USER_INPUT for a field the event's type does not have
// or an actor id that names no actor; nothing is changed then.
func (s *Store) CorrectEvent(ctx context.Context, id string, c domain.EventCorrection, cur domain.Curation) (domain.Event, error) {
	if c.Empty() {
		return domain.Event{}, domain.Invalid("input", "sets nothing to correct")
	}
	_, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, t, cypherEventToCorrect, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, s.missingEvent(ctx, t, id, true)
		}
		v, _ := recs[0].Get("e")
		before := eventFromNode(v.(neo4j.Node))
		involved := involvedNamesFrom(recs[0], "involved")
		changes, err := correctionChanges(before, recordString(recs[0], "place"), recordString(recs[0], "topic"), c)
		if err != nil {
			return nil, err
		}
		ic, err := s.involvementCorrectionOf(ctx, t, before, c)
		if err != nil {
			return nil, err
		}
		props := correctionProps(c)
		var original any // the involvement as extracted, kept once (see correct_involved.go)
		if ic != nil {
			plain := make([]domain.Involvement, len(involved))
			for i, in := range involved {
				plain[i] = in.Involvement
			}
			changes = append(changes, ic.change(plain))
			original = involvementRows(plain)
			props[ic.field] = ic.actors
			if ic.field == "speaker" {
				props[ic.field] = ic.actors[0]
			}
			props["title"] = ic.title(before, involved)
		}
		if err := s.archiveEvents(ctx, t, []string{id}); err != nil {
			return nil, err
		}
		if _, err := s.run(ctx, t, cypherKeepOriginal, map[string]any{"id": id, "involved": original}); err != nil {
			return nil, err
		}
		if err := s.applyEventCorrection(ctx, t, id, c); err != nil {
			return nil, err
		}
		if ic != nil {
			if err := s.applyInvolvementCorrection(ctx, t, id, ic, props["title"].(string)); err != nil {
				return nil, err
			}
		}
		recs, err = s.run(ctx, t, cypherNoteCorrection, map[string]any{"id": id, "props": props})
		if err != nil {
			return nil, err
		}
		changed := changedEventsFromList(recs[0], "change", domain.ChangeUpdated)
		// Subscribers to an actor who no longer took part hear of it too.
		for i := range changed {
			for _, in := range involved {
				if !slices.Contains(changed[i].Actors, in.Actor) {
					changed[i].Actors = append(changed[i].Actors, in.Actor)
				}
			}
			slices.Sort(changed[i].Actors)
		}
		return nil, s.recordCuration(ctx, t, domain.Revision{Kind: domain.RevisionCorrected, By: cur.By, Reason: cur.Reason, Changes: changes},
			nil, []string{id}, changed)
	})
	if err != nil {
		return domain.Event{}, err
	}
	return s.Event(ctx, id)
}

// applyEventCorrection writes the fields c sets on the event.
func (s *Store) applyEventCorrection(ctx context.Context, t neo4j.ManagedTransaction, id string, c domain.EventCorrection) error {
	if w := c.When; w != nil {
		if _, err := s.run(ctx, t, cypherCorrectDate, map[string]any{"id": id, "start": w.Start.UTC(), "end": w.End.UTC(),
			"precision": string(w.Precision), "dateText": w.Text, "sortKey": domain.SortKey(w.Start, id)}); err != nil {
			return err
		}
	}
	if c.Place != nil {
		if _, err := s.run(ctx, t, cypherCorrectPlace, map[string]any{"id": id, "place": *c.Place, "placeId": domain.PlaceID(*c.Place)}); err != nil {
			return err
		}
	}
	if c.Topic != nil {
		if _, err := s.run(ctx, t, cypherCorrectTopic, map[string]any{"id": id, "topic": *c.Topic, "topicId": domain.TopicID(*c.Topic)}); err != nil {
			return err
		}
	}
	if c.FromStance != nil || c.ToStance != nil {
		if _, err := s.run(ctx, t, cypherCorrectStances, map[string]any{"id": id, "from": strOrNil(c.FromStance), "to": strOrNil(c.ToStance)}); err != nil {
			return err
		}
	}
	return nil
}

// correctionChanges checks c against the event's type and returns what it
// changes, before and after.
func correctionChanges(e domain.Event, place, topic string, c domain.EventCorrection) ([]domain.FieldChange, error) {
	var out []domain.FieldChange
	if c.When != nil {
		was := ""
		if e.When != nil {
			was = e.When.String()
		}
		out = append(out, domain.FieldChange{Field: "when", Before: was, After: c.When.String()})
	}
	if c.Place != nil {
		if e.Type != domain.TypeMeeting {
			return nil, domain.Invalid("input.place", "only a meeting has a place; %q is a %s", e.ID, e.Type)
		}
		out = append(out, domain.FieldChange{Field: "place", Before: place, After: *c.Place})
	}
	shift := func(field string) error {
		if e.Type != domain.TypePolicyShift {
			return domain.Invalid("input."+field, "only a policy shift has a %s; %q is a %s", field, e.ID, e.Type)
		}
		return nil
	}
	for _, f := range []struct {
		name   string
		to     *string
		before string
	}{{"topic", c.Topic, topic}, {"from", c.FromStance, e.FromStance}, {"to", c.ToStance, e.ToStance}} {
		if f.to == nil {
			continue
		}
		if err := shift(f.name); err != nil {
			return nil, err
		}
		out = append(out, domain.FieldChange{Field: f.name, Before: f.before, After: *f.to})
	}
	return out, nil
}

func strOrNil(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

// involvedNamesFrom reads column key, a list of [actor id, role, name].
func involvedNamesFrom(r *neo4j.Record, key string) []involvedName {
	v, _ := r.Get(key)
	list, _ := v.([]any)
	out := make([]involvedName, 0, len(list))
	for _, x := range list {
		t := toStrings(x)
		if len(t) == 3 {
			out = append(out, involvedName{Involvement: domain.Involvement{Actor: t[0], Role: domain.InvolvementRole(t[1])}, Name: t[2]})
		}
	}
	return out
}
