package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// GraphDump is a canonical summary of the whole graph, for tests that must
// tell whether two graphs are the same: every node (labels and
// properties) and relationship (type, the ids of its ends, properties) as
// one line each, sorted, and a digest over them. What depends on how or
// when the graph was written rather than on what it says is left out:
// transaction tokens, write ids, the shards tallies are counted in
// (tallies appear as their sums per day and type, actor tallies per
// actor, month and type), the change log's
// timestamps and its random epoch (its changes, their order and their
// events stay in), and the states actors passed through (PastActor: which
// aliases came first depends on the order concurrent writers committed
// in). Long strings (article text) appear as their hash, so a
// line stays short.
type GraphDump struct {
	Nodes, Relationships int
	Labels               map[string]int // nodes by label set ("Actor", "Event:Statement")
	Types                map[string]int // relationships by type
	Lines                []string
	Digest               string
}

// dumpVolatile are properties that record how or when a node was
// written: those of any node or relationship, and those of nodes with a
// label.
var (
	dumpVolatile        = map[string]bool{"createdTx": true, "writeId": true, "writeCounts": true, "since": true, "stateSince": true, "until": true}
	dumpVolatileOfLabel = map[string]map[string]bool{
		"Change":    {"at": true},    // when the change was committed
		"ChangeLog": {"epoch": true}, // a random id for each new log
		"Migration": {"at": true},    // when the migration ran
		// Curation (history.go, curate_*.go): when a revision was made
		// (its key is its time and a token), when an actor was curated,
		// merged, an event rejected.
		"Revision":      {"at": true, "key": true},
		"Actor":         {"curatedAt": true},
		"MergedActor":   {"curatedAt": true, "mergedAt": true},
		"RejectedEvent": {"rejectedAt": true},
		// History (asof.go): when a retracted article was retracted.
		"RetractedArticle": {"retractedAt": true},
	}
)

// DumpGraph reads the graph into a GraphDump. It refuses a graph of more
// than limit nodes or relationships: it is meant for test-sized graphs.
func (s *Store) DumpGraph(ctx context.Context, limit int) (GraphDump, error) {
	recs, err := s.read(ctx, `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
RETURN nodes, rels`, nil)
	if err != nil {
		return GraphDump{}, err
	}
	if n, r := recordInt(recs[0], "nodes"), recordInt(recs[0], "rels"); n > limit || r > limit {
		return GraphDump{}, domain.Invalid("limit", "the graph has %d nodes and %d relationships, over the dump's limit of %d", n, r, limit)
	}
	d := GraphDump{Labels: map[string]int{}, Types: map[string]int{}}
	nodes, err := s.read(ctx, `
MATCH (n) WHERE NOT n:DayTally AND NOT n:MonthTally AND NOT n:ActorMonthTally AND NOT n:PastActor
RETURN labels(n) AS labels, properties(n) AS props`, nil)
	if err != nil {
		return GraphDump{}, err
	}
	for _, r := range nodes {
		labels := recordStrings(r, "labels")
		sort.Strings(labels)
		l := strings.Join(labels, ":")
		d.Labels[l]++
		d.Nodes++
		props, _ := r.Get("props")
		d.Lines = append(d.Lines, "N "+l+" "+dumpProps(props, labels...))
	}
	rels, err := s.read(ctx, `
MATCH (a)-[r]->(b)
// A revision's key is its time: it is named by its kind and article.
WITH r, CASE WHEN a:Revision THEN 'revision:' + a.kind + ':' + coalesce(a.article, '') ELSE coalesce(a.id, a.key) END AS from,
     coalesce(b.id, b.key) AS to
RETURN type(r) AS type, from, to, properties(r) AS props`, nil)
	if err != nil {
		return GraphDump{}, err
	}
	for _, r := range rels {
		t := recordString(r, "type")
		d.Types[t]++
		d.Relationships++
		props, _ := r.Get("props")
		d.Lines = append(d.Lines, fmt.Sprintf("R %s %s->%s %s", t, recordString(r, "from"), recordString(r, "to"), dumpProps(props)))
	}
	tallies, err := s.read(ctx, `
MATCH (t:DayTally) WITH t.day AS day, t.type AS type, sum(t.n) AS n WHERE n <> 0
RETURN day, type, n`, nil)
	if err != nil {
		return GraphDump{}, err
	}
	for _, r := range tallies {
		d.Lines = append(d.Lines, fmt.Sprintf("T %s %s %d", recordString(r, "day"), recordString(r, "type"), recordInt(r, "n")))
	}
	actorTallies, err := s.read(ctx, `
MATCH (t:ActorMonthTally) WITH t.actor AS actor, t.month AS month, t.type AS type, sum(t.n) AS n, sum(t.u) AS u
WHERE n <> 0 OR u <> 0
RETURN actor, month, type, n, u`, nil)
	if err != nil {
		return GraphDump{}, err
	}
	for _, r := range actorTallies {
		d.Lines = append(d.Lines, fmt.Sprintf("A %s %s %s %d %d", recordString(r, "actor"), recordString(r, "month"),
			recordString(r, "type"), recordInt(r, "n"), recordInt(r, "u")))
	}
	sort.Strings(d.Lines)
	h := sha256.New()
	for _, l := range d.Lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	d.Digest = hex.EncodeToString(h.Sum(nil))
	return d, nil
}

// dumpProps renders the property map of a node with labels (none: a
// relationship) canonically: keys sorted, volatile ones left out, long
// strings hashed.
func dumpProps(v any, labels ...string) string {
	m, _ := v.(map[string]any)
	out := make(map[string]any, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if dumpVolatile[k] || slices.ContainsFunc(labels, func(l string) bool { return dumpVolatileOfLabel[l][k] }) {
			continue
		}
		out[k] = dumpValue(m[k])
	}
	b, err := json.Marshal(out) // sorts the keys
	if err != nil {
		return fmt.Sprint(out)
	}
	return string(b)
}

func dumpValue(v any) any {
	switch x := v.(type) {
	case string:
		if len(x) > 200 {
			sum := sha256.Sum256([]byte(x))
			return "sha256:" + hex.EncodeToString(sum[:8])
		}
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = dumpValue(e)
		}
		return out
	case nil, bool, int64, float64:
		return x
	default:
		return fmt.Sprint(x) // temporal values
	}
}
