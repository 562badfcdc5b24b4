package store

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// The change log: every write that creates, updates or removes events
// appends one (:Change {seq, at, article, events}) node in its own
// transaction, so a change is in the log exactly when the write is in the
// graph, whichever process wrote it (a server's mutation, the ingest CLI,
// a loader). Server replicas tail the log (ChangesAfter) to tell their
// subscribers; see package live.
//
// seq comes from one counter node, (:ChangeLog {id: 'head'}), incremented
// as the write's last statement. Its lock is held until commit, so writers
// take seq numbers in commit order and without gaps (a rolled-back write
// gives its number back): a tailer that has read up to n has seen every
// change up to n, and a gap means the log was pruned past it. Taken last,
// the lock adds no lock-order cycle to the write path (the holder needs no
// other lock after it) and serialises only the writers' commits.
//
// One node per write, its events as one JSON list, keeps the log's cost
// to one statement per transaction however many events it writes. Each
// append deletes up to two of the oldest changes beyond the log's bounds,
// so the log stays bounded without a separate cleaner.

// cypherAppendChange appends a change and prunes the oldest beyond the
// bounds: more than $keep behind the head, or older than $maxAge seconds.
var cypherAppendChange = appendChangeCypher("$")

// appendChangeCypher is cypherAppendChange with its parameters read from
// p ("$", or "$name." for a statementPart's map).
func appendChangeCypher(p string) string {
	return `
MERGE (h:ChangeLog {id: 'head'})
ON CREATE SET h.seq = 0, h.epoch = randomUUID()
SET h.seq = h.seq + 1
CREATE (:Change {seq: h.seq, at: datetime(), article: ` + p + `article, events: ` + p + `events})
WITH h
CALL (h) {
  MATCH (old:Change) WHERE old.seq > 0
  WITH old ORDER BY old.seq LIMIT 2
  WITH old WHERE old.seq <= h.seq - ` + p + `keep OR old.at < datetime() - duration({seconds: ` + p + `maxAge})
  DELETE old
}
RETURN h.seq AS seq`
}

// The log's default bounds: a replica must read a change within an hour
// and before 10,000 more are written, far beyond a poll's lag.
const (
	defaultChangeLogSize = 10000
	defaultChangeLogAge  = time.Hour
)

// appendChange writes the change of a transaction: its events (none: no
// change is written) and the article it concerned. It must be the
// transaction's last statement (see the package comment above).
func (s *Store) appendChange(ctx context.Context, t neo4j.ManagedTransaction, article string, events []domain.ChangedEvent) error {
	if len(events) == 0 {
		return nil
	}
	params, err := s.changeParams(article, events)
	if err != nil {
		return err
	}
	_, err = s.run(ctx, t, cypherAppendChange, params)
	return err
}

// appendChangePart is appendChange as the last statementPart of a write
// (none when there are no events).
func (s *Store) appendChangePart(article string, events []domain.ChangedEvent) ([]statementPart, error) {
	if len(events) == 0 {
		return nil, nil
	}
	params, err := s.changeParams(article, events)
	if err != nil {
		return nil, err
	}
	return []statementPart{{name: "change", cypher: appendChangeCypher("$change."), params: params}}, nil
}

// changeParams are the parameters of appendChangeCypher.
func (s *Store) changeParams(article string, events []domain.ChangedEvent) (map[string]any, error) {
	body, art, err := changeRecord(article, events)
	if err != nil {
		return nil, err
	}
	return map[string]any{"article": art, "events": body,
		"keep": s.changeLogSize, "maxAge": int64(s.changeLogAge / time.Second)}, nil
}

const cypherChangeHead = `OPTIONAL MATCH (h:ChangeLog {id: 'head'})
RETURN coalesce(h.seq, 0) AS head, coalesce(h.epoch, '') AS epoch`

// ChangeHead returns where the change log stands (seq 0 and no epoch if
// nothing was ever logged): where a tailer that wants only changes from
// now on starts.
func (s *Store) ChangeHead(ctx context.Context) (domain.ChangeLogHead, error) {
	recs, err := s.read(ctx, cypherChangeHead, nil)
	if err != nil {
		return domain.ChangeLogHead{}, err
	}
	return domain.ChangeLogHead{Epoch: recordString(recs[0], "epoch"), Seq: int64(recordInt(recs[0], "head"))}, nil
}

const cypherChangesAfter = `
OPTIONAL MATCH (h:ChangeLog {id: 'head'})
WITH coalesce(h.seq, 0) AS head, coalesce(h.epoch, '') AS epoch
OPTIONAL CALL (head) {
  MATCH (c:Change) WHERE c.seq > $after AND c.seq <= head
  RETURN c ORDER BY c.seq LIMIT $limit
}
RETURN head, epoch, c.seq AS seq, c.at AS at, c.article AS article, c.events AS events`

// ChangesAfter returns up to limit changes with seq > after, in seq order,
// and the log's head; never a change past the head it read (one statement
// reads the head, then the changes: a change committed in between, the
// log's first above all, would otherwise come with the head of before it,
// and a tailer would take it under the wrong epoch and again under its
// own). A head of another epoch than the tailer's means the
// log was started again (the graph was emptied); a first change past
// after+1 means changes in between were pruned.
func (s *Store) ChangesAfter(ctx context.Context, after int64, limit int) (domain.ChangeLogHead, []domain.Change, error) {
	var head domain.ChangeLogHead
	recs, err := s.read(ctx, cypherChangesAfter, map[string]any{"after": after, "limit": limit})
	if err != nil {
		return head, nil, err
	}
	out := make([]domain.Change, 0, len(recs))
	for _, r := range recs {
		head = domain.ChangeLogHead{Epoch: recordString(r, "epoch"), Seq: int64(recordInt(r, "head"))}
		seq, ok := r.Get("seq")
		if !ok || seq == nil {
			continue
		}
		c := domain.Change{Seq: int64(recordInt(r, "seq")), Article: recordString(r, "article")}
		at, _ := r.Get("at")
		c.At = toTime(at)
		if err := json.Unmarshal([]byte(recordString(r, "events")), &c.Events); err != nil {
			return head, nil, fmt.Errorf("change %d: %w", c.Seq, err)
		}
		out = append(out, c)
	}
	return head, out, nil
}

// changedEventMap is the Cypher map of an event bound to e as a
// ChangedEvent, read before the event or its edges go; removed is the
// Cypher expression that says whether the event is about to be deleted.
func changedEventMap(removed string) string {
	return `{id: e.id, type: e.type, removed: ` + removed + `,
  actors: [(a:Actor)-[:INVOLVED_IN]->(e) | a.id], topics: [(e)-[:ON]->(t:Topic) | t.id]}`
}

// changedEventsFrom reads the list of changedEventMap maps in column
// key, each with kind removed when its "removed" entry is true, else
// updated.
func changedEventsFrom(r *neo4j.Record, key string) []domain.ChangedEvent {
	v, _ := r.Get(key)
	list, _ := v.([]any)
	out := make([]domain.ChangedEvent, 0, len(list))
	for _, x := range list {
		m, ok := x.(map[string]any)
		if !ok || m["id"] == nil {
			continue
		}
		kind := domain.ChangeUpdated
		if removed, _ := m["removed"].(bool); removed {
			kind = domain.ChangeRemoved
		}
		actors := toStrings(m["actors"])
		sort.Strings(actors)
		out = append(out, domain.ChangedEvent{ID: prop[string](m, "id"), Kind: kind, Type: domain.EventType(prop[string](m, "type")),
			Actors: slices.Compact(actors), Topics: toStrings(m["topics"])})
	}
	return out
}

// writtenEvents is the change of a WriteFacts: the events it wrote (fresh
// ones CREATED, the others UPDATED when an article gave them a source,
// else unchanged and left out) over those it removed or took a source
// from when it replaced an article's text (before). An event removed and
// written again is UPDATED. Sorted by id.
func writtenEvents(recs []domain.EventRecord, fresh map[string]bool, withArticle bool, before []domain.ChangedEvent) []domain.ChangedEvent {
	byID := make(map[string]domain.ChangedEvent, len(recs)+len(before))
	for _, c := range before {
		byID[c.ID] = c
	}
	for _, r := range recs {
		kind := domain.ChangeUpdated
		_, was := byID[r.ID]
		switch {
		case fresh[r.ID] && !was:
			kind = domain.ChangeCreated
		case !fresh[r.ID] && !withArticle && !was:
			continue
		}
		actors := make([]string, 0, len(r.Involved))
		for _, i := range r.Involved {
			actors = append(actors, i.Actor)
		}
		sort.Strings(actors)
		topics := []string{}
		if r.TopicName != "" {
			topics = append(topics, domain.TopicID(r.TopicName))
		}
		byID[r.ID] = domain.ChangedEvent{ID: r.ID, Kind: kind, Type: r.Type, Actors: slices.Compact(actors), Topics: topics}
	}
	out := make([]domain.ChangedEvent, 0, len(byID))
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		out = append(out, byID[id])
	}
	return out
}

// changeRecord is what a Change node holds of a write: its events as JSON
// and the article it concerned (nil when none), shared by the transaction
// path and the bulk writer so that both log alike.
func changeRecord(article string, events []domain.ChangedEvent) (string, any, error) {
	body, err := json.Marshal(events)
	if err != nil {
		return "", nil, fmt.Errorf("change log: %w", err)
	}
	var art any
	if article != "" {
		art = article
	}
	return string(body), art, nil
}
