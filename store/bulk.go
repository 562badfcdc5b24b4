package store

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// BulkWriter writes FactSets, in order, as the CSV files of `neo4j-admin
// database import full` instead of through transactions: the bulk path of
// `eventgraph gen --bulk`, for a new benchmark graph of a million events,
// which the transactional path writes at a few hundred events a second on
// a loaded machine. The graph it describes is the one WriteFacts would
// write from the same sets, one after another, into an empty database
// (nodes, labels, properties, edges, tallies, LINKED counts, revisions and
// the change log; only transaction tokens, times and the change log's
// epoch differ, as between two runs of WriteFacts): a test holds the two
// to the same GraphDump (TestABulkImportIsTheGraphWriteFactsWrites,
// bench/bulkcheck.sh). FinishBulkImport then does what the importer
// cannot (empty lists) and Migrate builds the indexes.
//
// It assumes an empty graph and nothing curated, keeps every event's edges
// in memory (2.5 GB for a million events) and is not safe for concurrent
// use.
type BulkWriter struct {
	files *bulkFiles

	actors    map[string]*bulkActor
	roles     map[string]map[string]any // actor|of|title → {from, to}
	names     map[string]bool
	places    map[string]string
	topics    map[string]string
	events    map[string]*bulkEvent
	tallies   map[string]int // day tally key → n
	months    map[string]int // month tally key → n
	actorTals map[string][2]int
	links     map[string]*pairTally
	articles  map[string]bool
	changeSeq int
	revisions int
}

// bulkActor is an actor as the write path leaves it.
type bulkActor struct {
	props   map[string]any
	aliases []string
	keys    []string
}

// bulkEvent is what later sets need of a written event: its sort key,
// type and precision, and its edges ("ROLE|end"), for MERGE's "is it
// there already".
type bulkEvent struct {
	sortKey, typ string
	unknown      bool
	edges        []string
}

func (e *bulkEvent) has(edge string) bool { return slices.Contains(e.edges, edge) }

// NewBulkWriter starts the import files in dir (created if missing).
func NewBulkWriter(dir string) (*BulkWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	w := &BulkWriter{files: &bulkFiles{dir: dir, files: map[string]*bulkFile{}},
		actors: map[string]*bulkActor{}, roles: map[string]map[string]any{}, names: map[string]bool{},
		places: map[string]string{}, topics: map[string]string{}, events: map[string]*bulkEvent{},
		tallies: map[string]int{}, months: map[string]int{}, actorTals: map[string][2]int{},
		links: map[string]*pairTally{}, articles: map[string]bool{}}
	return w, w.openFiles()
}

func (w *BulkWriter) openFiles() error {
	c := func(name, kind string) bulkColumn { return bulkColumn{name, kind} }
	str := func(names ...string) []bulkColumn {
		out := make([]bulkColumn, len(names))
		for i, n := range names {
			out[i] = c(n, "")
		}
		return out
	}
	type spec struct {
		name, arg string
		cols      []bulkColumn
	}
	rel := func(from, to string, cols ...bulkColumn) []bulkColumn {
		return append([]bulkColumn{c("", "START_ID("+from+")"), c("", "END_ID("+to+")")}, cols...)
	}
	specs := []spec{
		{"actors.csv", "--nodes=Actor", append([]bulkColumn{c("id", "ID(Actor)"), c("aliases", "string[]"), c("since", "datetime")},
			str("name", "kind", "description", "nameKey", "createdTx")...)},
		{"names.csv", "--nodes=Name", []bulkColumn{c("key", "ID(Name)")}},
		{"places.csv", "--nodes=Place", append([]bulkColumn{c("id", "ID(Place)")}, str("name")...)},
		{"topics.csv", "--nodes=Topic", append([]bulkColumn{c("id", "ID(Topic)")}, str("name")...)},
		{"articles.csv", "--nodes=Article", append([]bulkColumn{c("id", "ID(Article)"), c("publishedAt", "datetime"), c("writeCounts", "long[]")},
			str("url", "title", "publisher", "language", "text", "contentHash", "createdTx", "writeId")...)},
		{"events.csv", "--nodes", append([]bulkColumn{c("id", "ID(Event)"), c("", "LABEL"), c("reported", "datetime"), c("start", "datetime"),
			c("end", "datetime"), c("since", "datetime"), c("score", "double")},
			str("type", "title", "summary", "sortKey", "precision", "dateText", "occasion", "quote", "paraphrase", "kind", "code",
				"fromStance", "toStance", "direction", "topicName", "createdTx")...)},
		{"daytallies.csv", "--nodes=DayTally", []bulkColumn{c("key", "ID(DayTally)"), c("day", ""), c("type", ""), c("n", "long")}},
		{"monthtallies.csv", "--nodes=MonthTally", []bulkColumn{c("key", "ID(MonthTally)"), c("month", ""), c("type", ""), c("n", "long")}},
		{"actortallies.csv", "--nodes=ActorMonthTally", []bulkColumn{c("key", "ID(ActorMonthTally)"), c("actor", ""), c("month", ""),
			c("type", ""), c("n", "long"), c("u", "long")}},
		{"revisions.csv", "--nodes=Revision", append([]bulkColumn{c("", "ID(Revision)"), c("at", "datetime")},
			str("key", "kind", "by", "reason", "article", "changes")...)},
		{"changes.csv", "--nodes=Change", []bulkColumn{c("", "ID(Change)"), c("seq", "long"), c("at", "datetime"), c("article", ""), c("events", "")}},
		{"changelog.csv", "--nodes=ChangeLog", []bulkColumn{c("", "ID(ChangeLog)"), c("id", ""), c("seq", "long"), c("epoch", "")}},
		{"migrations.csv", "--nodes=Migration", []bulkColumn{c("id", "ID(Migration)"), c("at", "datetime")}},
		{"involved.csv", "--relationships=INVOLVED_IN", rel("Actor", "Event", str("actor", "key", "type")...)},
		{"holds_role.csv", "--relationships=HOLDS_ROLE", rel("Actor", "Actor", str("title", "from", "to")...)},
		{"names_rel.csv", "--relationships=NAMES", rel("Name", "Actor")},
		{"linked.csv", "--relationships=LINKED", rel("Actor", "Actor", c("key", ""), c("n", "long"), c("meetings", "long"),
			c("interactions", "long"), c("cooperation", "double"), c("conflict", "double"), c("firstSeenKey", ""), c("lastSeenKey", ""),
			c("startRank", ""), c("endRank", ""))},
		{"at.csv", "--relationships=AT", rel("Event", "Place")},
		{"on_topic.csv", "--relationships=ON", rel("Event", "Topic")},
		{"supported_by.csv", "--relationships=SUPPORTED_BY", rel("Event", "Article", c("sentence", ""), c("start", "long"), c("end", "long"),
			c("extractor", ""), c("confidence", "double"), c("since", "datetime"))},
		{"evidenced_by.csv", "--relationships=EVIDENCED_BY", rel("Event", "Event")},
		{"concerns_actor.csv", "--relationships=CONCERNS", rel("Revision", "Actor")},
		{"concerns_event.csv", "--relationships=CONCERNS", rel("Revision", "Event")},
	}
	for _, r := range bulkRoles {
		from, to := "Actor", "Event"
		if !r.fromActor {
			from, to = "Event", "Actor"
		}
		specs = append(specs, spec{"role_" + strings.ToLower(r.role) + ".csv", "--relationships=" + r.role, rel(from, to)})
	}
	for _, s := range specs {
		if _, err := w.files.add(s.name, s.arg, s.cols...); err != nil {
			return err
		}
	}
	return nil
}

// bulkRoles are the role edges of roleEdges, with their direction.
var bulkRoles = []struct {
	role      string
	fromActor bool
}{{"PARTICIPATED_IN", true}, {"SAID", true}, {"ON_BEHALF_OF", false}, {"ABOUT", false},
	{"SOURCE", true}, {"TARGET", false}, {"SHIFTED", true}, {"ON", false}}

// bulkRoleFromActor says of each role edge whether it leaves the actor.
var bulkRoleFromActor = map[string]bool{}

func init() {
	for _, r := range bulkRoles {
		bulkRoleFromActor[r.role] = r.fromActor
	}
}

func (w *BulkWriter) file(name string) *bulkFile { return w.files.files[name] }

// rel writes one relationship row: its ends' ids and properties.
func (w *BulkWriter) rel(file, from, to string, props map[string]any) error {
	row := map[string]any{":START_ID": from, ":END_ID": to}
	maps.Copy(row, props)
	return w.file(file).row(row)
}

// Write adds one FactSet as WriteFacts would write it next, and reports
// what it did as WriteFacts would.
func (w *BulkWriter) Write(fs domain.FactSet) (WriteReport, error) {
	if err := fs.Validate(); err != nil {
		return WriteReport{}, err
	}
	now := time.Now().UTC() // the transaction's time
	tx := newTxToken()
	reported := domain.DayOf(now)
	var article map[string]any
	rep := WriteReport{}
	if fs.Article != nil {
		a := *fs.Article // sealed where it was made (domain.Article.Seal); Validate holds it to that
		if !a.PublishedAt.IsZero() {
			reported = domain.DayOf(a.PublishedAt)
		}
		var published any
		if !a.PublishedAt.IsZero() {
			published = a.PublishedAt.UTC()
		}
		article = map[string]any{"id": a.ID, "url": a.URL, "title": a.Title, "publisher": a.Publisher,
			"publishedAt": published, "language": a.Language, "text": a.Text, "contentHash": a.ContentHash, "createdTx": tx}
		rep.ArticleID = a.ID
		if w.articles[a.ID] {
			rep.AlreadyPresent = true // the same id is the same text: a changed article is not for a new graph
			return rep, nil
		}
		w.articles[a.ID] = true
	}
	all := fs.EventRecords(reported) // nothing is curated in a new graph
	records := foldRepeats(all)
	freshActors, aliased, err := w.mergeActors(fs.Actors, tx, now)
	if err != nil {
		return rep, err
	}
	rep.ActorsCreated, rep.ActorsMerged = len(freshActors), len(fs.Actors)-len(freshActors)
	var fresh map[string]bool
	if len(records) > 0 {
		if fresh, err = w.mergeEvents(records, article, tx, now); err != nil {
			return rep, err
		}
		rep.EventsCreated, rep.EventsMerged = len(fresh), len(all)-len(fresh)
	}
	if article != nil {
		if hasType(records, domain.TypePolicyShift) {
			if err := w.linkShiftEvidence(records, fresh); err != nil {
				return rep, err
			}
		}
		article["writeId"] = NewWriteID()
		article["writeCounts"] = []int{rep.ActorsCreated, rep.ActorsMerged, rep.EventsCreated, rep.EventsMerged}
		if err := w.file("articles.csv").row(article); err != nil {
			return rep, err
		}
	}
	changed := writtenEvents(records, fresh, article != nil, nil)
	if err := w.recordWrite(rep.ArticleID, freshActors, aliased, changed, now); err != nil {
		return rep, err
	}
	return rep, w.appendChange(rep.ArticleID, changed, now)
}

// mergeActors is mergeActorsAndKeys' cypherMergeActors and cypherMergeRoles.
func (w *BulkWriter) mergeActors(actors []domain.ActorFact, tx string, now time.Time) ([]string, []actorAliases, error) {
	actors = slices.Clone(actors)
	slices.SortFunc(actors, func(a, b domain.ActorFact) int { return strings.Compare(a.ID, b.ID) })
	var created []string
	var aliased []actorAliases
	for _, a := range actors {
		keys := []string{domain.NormalizeName(a.Name)}
		for _, al := range a.Aliases {
			if k := domain.NormalizeName(al); k != "" {
				keys = append(keys, k)
			}
		}
		b, ok := w.actors[a.ID]
		if !ok {
			b = &bulkActor{props: map[string]any{"id": a.ID, "name": a.Name, "kind": string(a.Kind), "description": a.Description,
				"nameKey": keys[0], "createdTx": tx, "since": bulkTransactionTime(now)}, aliases: []string{}}
			w.actors[a.ID] = b
			created = append(created, a.ID)
		}
		var added []string
		for _, x := range a.Aliases {
			if !slices.Contains(added, x) && !slices.Contains(b.aliases, x) && x != b.props["name"] {
				added = append(added, x)
			}
		}
		b.aliases = append(b.aliases, added...)
		if ok && len(added) > 0 {
			aliased = append(aliased, actorAliases{id: a.ID, added: added})
		}
		if !ok || len(added) > 0 {
			for _, k := range keys {
				w.names[k] = true
				if !slices.Contains(b.keys, k) {
					b.keys = append(b.keys, k)
				}
			}
		}
	}
	for _, a := range actors {
		for _, r := range a.Roles {
			if w.actors[r.Of] == nil {
				continue
			}
			k := a.ID + "|" + r.Of + "|" + r.Title
			h := w.roles[k]
			if h == nil {
				h = map[string]any{"title": r.Title}
				w.roles[k] = h
			}
			if v := dateString(r.From); v != nil {
				h["from"] = v
			}
			if v := dateString(r.To); v != nil {
				h["to"] = v
			}
		}
	}
	return created, aliased, nil
}

// eventLabelOf is the label cypherMergeEvents gives an event of each type.
var eventLabelOf = map[string]string{"MEETING": "Meeting", "STATEMENT": "Statement", "INTERACTION": "Interaction",
	"POLICY_SHIFT": "PolicyShift", "ELECTION": "Election", "OTHER": "OtherEvent"}

// mergeEvents is mergeEvents and cypherMergeEvents: it returns the ids of
// the events it created.
func (w *BulkWriter) mergeEvents(recs []domain.EventRecord, article map[string]any, tx string, now time.Time) (map[string]bool, error) {
	recs = slices.Clone(recs)
	slices.SortFunc(recs, func(a, b domain.EventRecord) int { return strings.Compare(a.ID, b.ID) })
	since := bulkTransactionTime(now)
	for _, r := range recs {
		if r.PlaceName != "" {
			if id := domain.PlaceID(r.PlaceName); w.places[id] == "" {
				w.places[id] = r.PlaceName
			}
		}
		if r.TopicName != "" {
			if id := domain.TopicID(r.TopicName); w.topics[id] == "" {
				w.topics[id] = r.TopicName
			}
		}
		day := tallyKey(r.SortKey, string(r.Type), tx)
		w.tallies[day] += 0
		w.months[monthKey(day)] += 0
		for _, i := range r.Involved {
			k := actorTallyKey(i.Actor, r.SortKey, string(r.Type), tx)
			w.actorTals[k] = w.actorTals[k] // created at 0
		}
	}
	fresh := map[string]bool{}
	for _, r := range recs {
		row := eventRow(r)
		e, known := w.events[r.ID]
		if !known {
			fresh[r.ID] = true
			props := maps.Clone(row["props"].(map[string]any))
			e = &bulkEvent{sortKey: r.SortKey, typ: string(r.Type), unknown: props["precision"] == "UNKNOWN"}
			w.events[r.ID] = e
			labels := []string{"Event", eventLabelOf[e.typ]}
			if e.unknown {
				labels = append(labels, "DateUnknown")
			}
			props[":LABEL"], props["createdTx"], props["since"] = labels, tx, since
			if err := w.file("events.csv").row(props); err != nil {
				return nil, err
			}
			day := tallyKey(r.SortKey, e.typ, tx)
			w.tallies[day]++
			w.months[monthKey(day)]++
			for _, p := range row["pairs"].([]string) {
				t := w.links[p]
				if t == nil {
					t = &pairTally{}
					w.links[p] = t
				}
				t.add(r)
			}
		}
		if err := w.mergeEventEdges(e, r.ID, row, article, since, tx); err != nil {
			return nil, err
		}
	}
	return fresh, nil
}

// mergeEventEdges writes the edges of one event row that it has not yet:
// involvements (counted on the actor tallies), roles, place, topic and
// the article's support.
func (w *BulkWriter) mergeEventEdges(e *bulkEvent, id string, row, article map[string]any, since, tx string) error {
	add := func(edge, file, from, to string, props map[string]any) error {
		if e.has(edge) {
			return nil
		}
		e.edges = append(e.edges, edge)
		return w.rel(file, from, to, props)
	}
	for _, inv := range row["involved"].([]map[string]any) {
		actor := inv["actor"].(string)
		if w.actors[actor] == nil {
			continue
		}
		if !e.has("INVOLVED_IN|" + actor) {
			k := actorTallyKey(actor, e.sortKey, e.typ, tx)
			t := w.actorTals[k]
			t[0]++
			if e.unknown {
				t[1]++
			}
			w.actorTals[k] = t
		}
		if err := add("INVOLVED_IN|"+actor, "involved.csv", actor, id, map[string]any{"actor": actor, "key": e.sortKey, "type": e.typ}); err != nil {
			return err
		}
		for _, role := range inv["roles"].([]string) {
			file := "role_" + strings.ToLower(role) + ".csv"
			from, to := actor, id
			fromActor, ok := bulkRoleFromActor[role]
			if !ok {
				return fmt.Errorf("bulk: no role edge %q", role)
			}
			if !fromActor {
				from, to = id, actor
			}
			if err := add(role+"|"+actor, file, from, to, nil); err != nil {
				return err
			}
		}
	}
	if p, ok := row["place"].(string); ok {
		if err := add("AT|"+p, "at.csv", id, p, nil); err != nil {
			return err
		}
	}
	if t, ok := row["topic"].(string); ok {
		if err := add("ON|"+t, "on_topic.csv", id, t, nil); err != nil {
			return err
		}
	}
	if ev, ok := row["evidence"].(map[string]any); ok && article != nil {
		props := maps.Clone(ev)
		props["since"] = since
		art := article["id"].(string)
		if err := add("SUPPORTED_BY|"+art, "supported_by.csv", id, art, props); err != nil {
			return err
		}
	}
	return nil
}

// linkShiftEvidence is cypherLinkShiftEvidenceOf: each policy shift this
// set created, supported by its article, is evidenced by the statements
// of the article that its actor made.
func (w *BulkWriter) linkShiftEvidence(recs []domain.EventRecord, fresh map[string]bool) error {
	var statements []string
	for _, r := range recs {
		if r.Type == domain.TypeStatement && r.Evidence != nil {
			statements = append(statements, r.ID)
		}
	}
	for _, r := range recs {
		if r.Type != domain.TypePolicyShift || !fresh[r.ID] || r.Evidence == nil {
			continue
		}
		p := w.events[r.ID]
		for _, st := range statements {
			s := w.events[st]
			said := slices.ContainsFunc(p.edges, func(edge string) bool {
				actor, ok := strings.CutPrefix(edge, "SHIFTED|")
				return ok && s.has("SAID|"+actor)
			})
			if said && !p.has("EVIDENCED_BY|"+st) {
				p.edges = append(p.edges, "EVIDENCED_BY|"+st)
				if err := w.rel("evidenced_by.csv", r.ID, st, nil); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// recordWrite is recordWritePart: the write's revision, concerning the actors
// it created or gave aliases and the events it created or gave a source.
func (w *BulkWriter) recordWrite(article string, freshActors []string, aliased []actorAliases, changed []domain.ChangedEvent, now time.Time) error {
	kind := domain.RevisionIngested
	if article == "" {
		kind = domain.RevisionRecorded
	}
	var events []string
	for _, c := range changed {
		if c.Kind != domain.ChangeRemoved {
			events = append(events, c.ID)
		}
	}
	if len(events) == 0 && len(freshActors) == 0 && len(aliased) == 0 && article == "" {
		return nil
	}
	actors, fieldChanges := writtenActorChanges(freshActors, aliased)
	changes, err := json.Marshal(nonNilChanges(fieldChanges))
	if err != nil {
		return err
	}
	w.revisions++
	id := fmt.Sprint(w.revisions)
	var art any
	if article != "" {
		art = article
	}
	// A Revision's at is a time.Time parameter (a zone name), not datetime().
	if err := w.file("revisions.csv").row(map[string]any{":ID": id, "key": revisionKey(now), "at": now, "kind": string(kind),
		"by": "", "reason": "", "article": art, "changes": string(changes)}); err != nil {
		return err
	}
	for _, a := range actors {
		if err := w.rel("concerns_actor.csv", id, a, nil); err != nil {
			return err
		}
	}
	for _, e := range events {
		if err := w.rel("concerns_event.csv", id, e, nil); err != nil {
			return err
		}
	}
	return nil
}

// appendChange is Store.appendChange for the import files: one Change per
// write that changed events.
func (w *BulkWriter) appendChange(article string, events []domain.ChangedEvent, now time.Time) error {
	if len(events) == 0 {
		return nil
	}
	body, art, err := changeRecord(article, events)
	if err != nil {
		return err
	}
	w.changeSeq++
	return w.file("changes.csv").row(map[string]any{":ID": fmt.Sprint(w.changeSeq), "seq": w.changeSeq,
		"at": bulkTransactionTime(now), "article": art, "events": body})
}

// Close writes what later sets could still change (actors, names, roles,
// tallies, LINKED counts, the change log's head) and the importer's
// options (import.args).
func (w *BulkWriter) Close() error {
	if err := w.writeRest(); err != nil {
		return err
	}
	return w.files.closeAll()
}

func (w *BulkWriter) writeRest() error {
	for _, id := range slices.Sorted(maps.Keys(w.actors)) {
		a := w.actors[id]
		props := maps.Clone(a.props)
		props["aliases"] = a.aliases // an empty list is written by FinishBulkImport
		if err := w.file("actors.csv").row(props); err != nil {
			return err
		}
		for _, k := range a.keys {
			if err := w.rel("names_rel.csv", k, id, nil); err != nil {
				return err
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(w.names)) {
		if err := w.file("names.csv").row(map[string]any{"key": k}); err != nil {
			return err
		}
	}
	for _, rows := range []struct {
		file string
		m    map[string]string
	}{{"places.csv", w.places}, {"topics.csv", w.topics}} {
		for _, id := range slices.Sorted(maps.Keys(rows.m)) {
			if err := w.file(rows.file).row(map[string]any{"id": id, "name": rows.m[id]}); err != nil {
				return err
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(w.roles)) {
		ends := strings.SplitN(k, "|", 3)
		if err := w.rel("holds_role.csv", ends[0], ends[1], w.roles[k]); err != nil {
			return err
		}
	}
	for _, k := range slices.Sorted(maps.Keys(w.tallies)) {
		p := strings.Split(k, "|")
		if err := w.file("daytallies.csv").row(map[string]any{"key": k, "day": p[0], "type": p[1], "n": w.tallies[k]}); err != nil {
			return err
		}
	}
	for _, k := range slices.Sorted(maps.Keys(w.months)) {
		p := strings.Split(k, "|")
		if err := w.file("monthtallies.csv").row(map[string]any{"key": k, "month": p[0], "type": p[1], "n": w.months[k]}); err != nil {
			return err
		}
	}
	for _, k := range slices.Sorted(maps.Keys(w.actorTals)) {
		p, n := strings.Split(k, "|"), w.actorTals[k]
		if err := w.file("actortallies.csv").row(map[string]any{"key": k, "actor": p[0], "month": p[1], "type": p[2], "n": n[0], "u": n[1]}); err != nil {
			return err
		}
	}
	for _, k := range slices.Sorted(maps.Keys(w.links)) {
		ends := strings.SplitN(k, "|", 2)
		if err := w.rel("linked.csv", ends[0], ends[1], w.links[k].props(k)); err != nil {
			return err
		}
	}
	// The graph is written as this version writes it: the one-off
	// migrations for older graphs must not run on its first start (the
	// pair tallies' recount alone takes minutes at a million events).
	now := bulkTransactionTime(time.Now())
	for _, id := range migrationsWrittenDone {
		if err := w.file("migrations.csv").row(map[string]any{"id": id, "at": now}); err != nil {
			return err
		}
	}
	if w.changeSeq > 0 {
		return w.file("changelog.csv").row(map[string]any{":ID": "head", "id": "head", "seq": w.changeSeq, "epoch": newUUID()})
	}
	return nil
}

// newUUID is a random (version 4) UUID, as randomUUID() gives the change
// log's epoch.
func newUUID() string {
	b := []byte(newTxToken() + newTxToken())
	return fmt.Sprintf("%s-%s-4%s-a%s-%s", b[0:8], b[8:12], b[13:16], b[17:20], b[20:32])
}

// cypherFinishBulkImport writes what the importer cannot: an empty list
// (an actor without aliases).
const cypherFinishBulkImport = `
MATCH (a:Actor) WHERE a.aliases IS NULL
CALL (a) { SET a.aliases = [] } IN TRANSACTIONS OF 10000 ROWS`

// FinishBulkImport completes a graph imported from a BulkWriter's files
// (after Migrate, which Open runs, has built the indexes).
func (s *Store) FinishBulkImport(ctx context.Context) error {
	return s.autocommit(ctx, cypherFinishBulkImport)
}

// pairTally is what a LINKED edge tallies (links.go), as the write path
// leaves it: score sums rounded to 9 places at every addition, as
// cypherLinkActors rounds them.
type pairTally struct {
	n, meetings, interactions int
	cooperation, conflict     float64
	firstSeen, lastSeen       string
}

// add counts one new event the pair shares.
func (t *pairTally) add(r domain.EventRecord) {
	t.n++
	switch r.Type {
	case domain.TypeMeeting:
		t.meetings++
	case domain.TypeInteraction:
		t.interactions++
		if r.Score > 0 {
			t.cooperation = math.Round((t.cooperation+r.Score)*1e9) / 1e9
		} else if r.Score < 0 {
			t.conflict = math.Round((t.conflict+r.Score)*1e9) / 1e9
		}
	default:
		return
	}
	if t.firstSeen == "" || r.SortKey < t.firstSeen {
		t.firstSeen = r.SortKey
	}
	if r.SortKey > t.lastSeen {
		t.lastSeen = r.SortKey
	}
}

// props are the edge's properties (no first and last key when the pair
// shares no meeting or interaction).
func (t *pairTally) props(key string) map[string]any {
	m := map[string]any{"key": key, "n": t.n, "meetings": t.meetings, "interactions": t.interactions,
		"cooperation": t.cooperation, "conflict": t.conflict}
	if t.firstSeen != "" {
		m["firstSeenKey"], m["lastSeenKey"] = t.firstSeen, t.lastSeen
	}
	if shared := t.meetings + t.interactions; shared > 0 {
		ends := strings.SplitN(key, "|", 2)
		m["startRank"], m["endRank"] = pairRank(ends[0], ends[1], shared), pairRank(ends[1], ends[0], shared)
	}
	return m
}
