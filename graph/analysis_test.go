package graph_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

type eventNode struct {
	ID       string
	Typename string `json:"__typename"`
	Title    string
	When     *struct{ Start, Display, Precision string }
}

type eventConn struct {
	Edges    []struct{ Node eventNode }
	PageInfo struct {
		HasNextPage bool
		EndCursor   string
	}
}

func (c eventConn) titles() []string {
	var out []string
	for _, e := range c.Edges {
		out = append(out, e.Node.Title)
	}
	return out
}

const eventFields = `edges { node { id __typename title when { start display precision } } } pageInfo { hasNextPage endCursor }`

// timeline runs a root timeline query with the filter, paging by size
// until the end, and returns every page's events in order.
func (a *api) timeline(filter map[string]any, order string, size int) []eventNode {
	a.t.Helper()
	var out []eventNode
	var after any
	for i := 0; i < 100; i++ {
		var r struct{ Timeline eventConn }
		a.mustDo(`query($f: TimelineFilter, $o: Order, $n: Int, $after: String) {
		  timeline(filter: $f, order: $o, first: $n, after: $after) { `+eventFields+` } }`,
			map[string]any{"f": filter, "o": order, "n": size, "after": after}, &r)
		for _, e := range r.Timeline.Edges {
			out = append(out, e.Node)
		}
		if !r.Timeline.PageInfo.HasNextPage {
			return out
		}
		after = r.Timeline.PageInfo.EndCursor
	}
	a.t.Fatal("timeline did not end")
	return nil
}

func titles(es []eventNode) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Title)
	}
	return strings.Join(out, "; ")
}

func TestTimelineFiltersByAllActorsTopicsAndText(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	dyadAsc := "Valdoria → Kestria: praise; Kestria → Valdoria: agree; Valdoria → Kestria: threaten; " +
		"Kestria → Valdoria: sanction; Valdoria → Kestria: criticize"
	for _, tc := range []struct {
		name   string
		filter map[string]any
		want   string // titles in ascending order
	}{
		{"all of two actors", map[string]any{"allActors": []string{"kestria", "valdoria"}}, dyadAsc},
		{"all of, with a type", map[string]any{"allActors": []string{"aria-novak", "kestria"}, "types": []string{"STATEMENT"}},
			"Aria Novak: Grain corridors must reopen before winter."},
		{"all of, nobody shares", map[string]any{"allActors": []string{"dan-ruiz", "kestria"}}, ""},
		{"all of and any of", map[string]any{"allActors": []string{"valdoria"}, "actors": []string{"cleo-marsh", "aria-novak"}}, ""},
		{"topic by name", map[string]any{"topics": []string{"Grain exports"}},
			"Valdoria shifts on Grain exports; Valdoria shifts on Grain exports"},
		{"topic by id, dated", map[string]any{"topics": []string{"topic-grain-exports"}, "from": "2024-03"},
			"Valdoria shifts on Grain exports"},
		{"text, all words", map[string]any{"text": "grain CORRIDORS"}, "Aria Novak: Grain corridors must reopen before winter."},
		{"text with actors", map[string]any{"text": "grain", "actors": []string{"valdoria"}, "types": []string{"STATEMENT"}},
			"Valdoria: We will restrict grain exports.; Valdoria: grain exports are banned until further notice"},
		{"text with Lucene syntax", map[string]any{"text": `corridors && (winter~ "reopen*`}, "Aria Novak: Grain corridors must reopen before winter."},
		{"text in a title", map[string]any{"text": "sanction"}, "Kestria → Valdoria: sanction"},
		{"types alone", map[string]any{"types": []string{"MEETING", "POLICY_SHIFT"}},
			"Valdoria shifts on Grain exports; Meeting of Aria Novak and Bram Osei; Meeting of Bram Osei and Cleo Marsh; " +
				"Meeting of Cleo Marsh and Dan Ruiz; Valdoria shifts on Grain exports"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			asc := a.timeline(tc.filter, "ASC", 2)
			if got := titles(asc); got != tc.want {
				t.Fatalf("ascending, pages of 2:\n got %s\nwant %s", got, tc.want)
			}
			desc := a.timeline(tc.filter, "DESC", 3)
			for i := range desc {
				if desc[i].ID != asc[len(asc)-1-i].ID {
					t.Fatalf("descending pages are not the ascending sequence reversed: %s", titles(desc))
				}
			}
		})
	}
}

func TestMonthPrecisionEventsSortAtTheirStartAndReadAsTheMonth(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	all := a.timeline(map[string]any{"from": "2024-02-20", "to": "2024-03-05"}, "ASC", 10)
	if len(all) != 2 || all[0].Title != "Valdoria → Kestria: criticize" || all[1].Title != "Meeting of Cleo Marsh and Dan Ruiz" {
		t.Fatalf("want the March criticism (sorting at 2024-03-01) before the 2024-03-02 meeting: %s", titles(all))
	}
	w := all[0].When
	if w == nil || w.Display != "2024-03" || w.Precision != "MONTH" || w.Start != "2024-03-01T00:00:00Z" {
		t.Fatalf("when: %+v", w)
	}
}

func TestTimelineHistogramCountsPerBucketAndType(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	type bucket struct {
		Label, Start, End string
		Count             int
		ByType            []struct {
			Type  string
			Count int
		}
	}
	hist := func(filter map[string]any, b string) string {
		var r struct{ TimelineHistogram []bucket }
		a.mustDo(`query($f: TimelineFilter, $b: Bucket) { timelineHistogram(filter: $f, bucket: $b) { label start end count byType { type count } } }`,
			map[string]any{"f": filter, "b": b}, &r)
		var parts []string
		for _, bk := range r.TimelineHistogram {
			sum := 0
			var types []string
			for _, tc := range bk.ByType {
				sum += tc.Count
				types = append(types, fmt.Sprintf("%s=%d", tc.Type, tc.Count))
			}
			if sum != bk.Count {
				t.Fatalf("bucket %s: types sum to %d, count %d", bk.Label, sum, bk.Count)
			}
			parts = append(parts, fmt.Sprintf("%s %d [%s]", bk.Label, bk.Count, strings.Join(types, " ")))
		}
		return strings.Join(parts, "; ")
	}
	for _, tc := range []struct {
		name, bucket string
		filter       map[string]any
		want         string
	}{
		{"one actor by month", "MONTH", map[string]any{"actors": []string{"valdoria"}},
			"2024-01 4 [STATEMENT=1 INTERACTION=2 POLICY_SHIFT=1]; 2024-02 2 [INTERACTION=2]; 2024-03 3 [STATEMENT=1 INTERACTION=1 POLICY_SHIFT=1]"},
		{"everything by year", "YEAR", nil,
			"2024 13 [MEETING=3 STATEMENT=3 INTERACTION=5 POLICY_SHIFT=2]"},
		{"types by ISO week", "WEEK", map[string]any{"types": []string{"MEETING"}},
			"2024-W03 1 [MEETING=1]; 2024-W05 1 [MEETING=1]; 2024-W09 1 [MEETING=1]"},
		{"a pair by day in February", "DAY", map[string]any{"allActors": []string{"valdoria", "kestria"}, "from": "2024-02", "to": "2024-02"},
			"2024-02-05 1 [INTERACTION=1]; 2024-02-15 1 [INTERACTION=1]"},
		{"any of two, counted once", "YEAR", map[string]any{"actors": []string{"valdoria", "kestria"}},
			"2024 10 [STATEMENT=3 INTERACTION=5 POLICY_SHIFT=2]"},
		{"text", "MONTH", map[string]any{"text": "grain"},
			"2024-01 3 [STATEMENT=2 POLICY_SHIFT=1]; 2024-03 2 [STATEMENT=1 POLICY_SHIFT=1]"},
		{"topic", "YEAR", map[string]any{"topics": []string{"Grain exports"}}, "2024 2 [POLICY_SHIFT=2]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hist(tc.filter, tc.bucket); got != tc.want {
				t.Fatalf("\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestSearchRanksActorsStatementsAndTopicsWithHighlights(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	type hit struct {
		Kind       string
		Score      float64
		Node       struct{ Typename, ID, Name, Quote string }
		Highlights []struct{ Field, Fragment string }
	}
	search := func(text string, kinds []string) []hit {
		var r struct{ Search []hit }
		a.mustDo(`query($t: String!, $k: [SearchKind!]) { search(text: $t, kinds: $k, first: 10) { kind score
		  node { __typename ... on Actor { id name } ... on Statement { id quote } ... on Topic { id name } }
		  highlights { field fragment } } }`, map[string]any{"t": text, "k": kinds}, &r)
		for i := 1; i < len(r.Search); i++ {
			if r.Search[i].Score > r.Search[i-1].Score {
				t.Fatalf("hits not ranked: %+v", r.Search)
			}
		}
		return r.Search
	}
	hits := search("novak", nil)
	if len(hits) != 1 || hits[0].Kind != "ACTOR" || hits[0].Node.ID != "aria-novak" {
		t.Fatalf("novak: %+v", hits)
	}
	if h := fmt.Sprint(hits[0].Highlights); !strings.Contains(h, "name Aria <em>Novak</em>") || !strings.Contains(h, "alias <em>Novak</em>") {
		t.Fatalf("novak highlights: %s", h)
	}
	hits = search("Corridors winter", []string{"STATEMENT"})
	if len(hits) != 1 || hits[0].Node.Quote != "Grain corridors must reopen before winter." ||
		hits[0].Highlights[0].Fragment != "Grain <em>corridors</em> must reopen before <em>winter</em>." {
		t.Fatalf("corridors: %+v", hits)
	}
	hits = search("grain", []string{"TOPIC", "STATEMENT"})
	kinds := map[string]int{}
	for _, h := range hits {
		kinds[h.Kind]++
		if len(h.Highlights) == 0 || !strings.Contains(strings.ToLower(h.Highlights[0].Fragment), "<em>grain</em>") {
			t.Fatalf("hit without a highlight of grain: %+v", h)
		}
	}
	if kinds["TOPIC"] != 1 || kinds["STATEMENT"] != 3 || kinds["ACTOR"] != 0 {
		t.Fatalf("grain: %+v", hits)
	}
	// Lucene syntax is searched for as words, never an error.
	for _, q := range []string{`novak~ AND "`, `(kestria) || -valdoria:*`, `a/b\c [x TO y] {z}`, `NOT`} {
		if errs := a.do(`query($t: String!) { search(text: $t) { kind } }`, map[string]any{"t": q}, nil); len(errs) > 0 {
			t.Fatalf("search %q: %+v", q, errs)
		}
	}
}

func TestActorConnectionsCounterpartsAndRoles(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	var r struct {
		Actor struct {
			Interactions, Feb, Statements, Meetings, PolicyShifts eventConn
			Counterparts                                          []struct {
				Actor                          struct{ ID string }
				Events, Meetings, Interactions int
				FirstSeen, LastSeen            string
				Cooperation, Conflict, Balance float64
			}
		}
		Novak struct {
			Now, Later, Any []struct {
				Title string
				Of    struct{ ID string }
			}
		}
	}
	a.mustDo(`{ actor(id: "valdoria") {
	    interactions(first: 10, order: ASC) { `+eventFields+` }
	    feb: interactions(from: "2024-02", to: "2024-02") { `+eventFields+` }
	    statements { `+eventFields+` } meetings { `+eventFields+` } policyShifts { `+eventFields+` }
	    counterparts { actor { id } events meetings interactions firstSeen lastSeen cooperation conflict balance } }
	  novak: actor(id: "aria-novak") { now: roles(at: "2024-03-15") { title of { id } } later: roles(at: "2025") { title }
	    any: roles { title } } }`, nil, &r)
	v := r.Actor
	if len(v.Interactions.Edges) != 5 || len(v.Feb.Edges) != 2 || len(v.Statements.Edges) != 2 ||
		len(v.Meetings.Edges) != 0 || len(v.PolicyShifts.Edges) != 2 {
		t.Fatalf("connections: %d interactions, %d in February, %d statements, %d meetings, %d shifts",
			len(v.Interactions.Edges), len(v.Feb.Edges), len(v.Statements.Edges), len(v.Meetings.Edges), len(v.PolicyShifts.Edges))
	}
	if len(v.Counterparts) != 1 {
		t.Fatalf("counterparts: %+v", v.Counterparts)
	}
	c := v.Counterparts[0]
	if c.Actor.ID != "kestria" || c.Events != 5 || c.Interactions != 5 || c.Meetings != 0 ||
		c.FirstSeen != "2024-01-10T00:00:00Z" || c.LastSeen != "2024-03-01T00:00:00Z" ||
		!near(c.Cooperation, 11.5) || !near(c.Conflict, -14.4) || !near(c.Balance, -2.9) {
		t.Fatalf("counterpart: %+v", c)
	}
	n := r.Novak
	if len(n.Now) != 1 || n.Now[0].Of.ID != "valdoria" || len(n.Later) != 0 || len(n.Any) != 1 {
		t.Fatalf("roles: %+v", n)
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestDyadHasEventsAndAMonthlyCooperationSeries(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	var r struct {
		Dyad struct {
			A, B   struct{ ID string }
			Events eventConn
			Series []struct {
				Month, Start                 string
				Events, Interactions         int
				Score, Cooperation, Conflict float64
			}
		}
	}
	a.mustDo(`{ dyad(a: "valdoria", b: "kestria") { a { id } b { id } events(first: 3) { `+eventFields+` }
	    series { month start events interactions score cooperation conflict } } }`, nil, &r)
	d := r.Dyad
	if d.A.ID != "valdoria" || d.B.ID != "kestria" || len(d.Events.Edges) != 3 || !d.Events.PageInfo.HasNextPage ||
		d.Events.Edges[0].Node.Title != "Valdoria → Kestria: criticize" {
		t.Fatalf("dyad events: %+v", d)
	}
	var got []string
	for _, m := range d.Series {
		got = append(got, fmt.Sprintf("%s %s %d %d %.1f %.1f %.1f", m.Month, m.Start[:10], m.Events, m.Interactions, m.Score, m.Cooperation, m.Conflict))
	}
	want := "2024-01 2024-01-01 2 2 11.5 11.5 0.0|2024-02 2024-02-01 2 2 -12.4 0.0 -12.4|2024-03 2024-03-01 1 1 -2.0 0.0 -2.0"
	if strings.Join(got, "|") != want {
		t.Fatalf("series:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	a.mustDo(`{ dyad(a: "valdoria", b: "kestria") { series(first: 2) { month start events interactions score cooperation conflict } } }`, nil, &r)
	if len(r.Dyad.Series) != 2 || r.Dyad.Series[1].Month != "2024-02" {
		t.Fatalf("series(first: 2), the oldest two months: %+v", r.Dyad.Series)
	}
}

// TestDyadOverAPeriod asks for February only: the events and the series
// keep to it (month-precision and day-precision events alike).
func TestDyadOverAPeriod(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	var r struct {
		Dyad struct {
			Events eventConn
			Series []struct {
				Month        string
				Events       int
				Score        float64
				Interactions int
			}
		}
	}
	a.mustDo(`{ dyad(a: "valdoria", b: "kestria", from: "2024-02", to: "2024-03") { events(first: 10, order: ASC) { `+eventFields+` }
	    series { month events interactions score } } }`, nil, &r)
	var titles []string
	for _, e := range r.Dyad.Events.Edges {
		titles = append(titles, e.Node.Title)
	}
	if got, want := strings.Join(titles, "; "), "Valdoria → Kestria: threaten; Kestria → Valdoria: sanction; Valdoria → Kestria: criticize"; got != want {
		t.Errorf("February–March events: %s, want %s", got, want)
	}
	var months []string
	for _, m := range r.Dyad.Series {
		months = append(months, fmt.Sprintf("%s %d %d %.1f", m.Month, m.Events, m.Interactions, m.Score))
	}
	if got, want := strings.Join(months, "|"), "2024-02 2 2 -12.4|2024-03 1 1 -2.0"; got != want {
		t.Errorf("February–March series: %s, want %s", got, want)
	}
	a.mustDo(`{ dyad(a: "valdoria", b: "kestria", from: "2024-01-15") { series { month events } } }`, nil, &r)
	if len(r.Dyad.Series) != 3 || r.Dyad.Series[0].Events != 1 {
		t.Errorf("from mid-January: %+v, want January with only the agreement of the 20th, then February and March", r.Dyad.Series)
	}
}

func TestPathsAndNeighborhoodFollowSharedEvents(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	var r struct {
		Paths []struct {
			Actors []struct{ ID string }
			Hops   []struct {
				From, To struct{ ID string }
				Events   []struct {
					Title   string
					Sources []struct{ Sentence string }
				}
			}
		}
	}
	a.mustDo(`{ paths(from: "aria-novak", to: "dan-ruiz") { actors { id } hops { from { id } to { id } events { title sources { sentence } } } } }`, nil, &r)
	if len(r.Paths) != 1 || fmt.Sprint(r.Paths[0].Actors) != "[{aria-novak} {bram-osei} {cleo-marsh} {dan-ruiz}]" || len(r.Paths[0].Hops) != 3 {
		t.Fatalf("paths: %+v", r.Paths)
	}
	for i, h := range r.Paths[0].Hops {
		if h.From.ID != r.Paths[0].Actors[i].ID || h.To.ID != r.Paths[0].Actors[i+1].ID || len(h.Events) != 1 ||
			!strings.HasPrefix(h.Events[0].Title, "Meeting of") || len(h.Events[0].Sources) != 1 {
			t.Fatalf("hop %d: %+v", i, h)
		}
	}
	// Resolving the ids, the search and the actors shown are one read.
	var named struct {
		Paths []struct {
			Actors []struct{ Name string }
			Hops   []struct{ From, To struct{ Name string } }
		}
	}
	a.trips.Store(0)
	a.mustDo(`{ paths(from: "aria-novak", to: "dan-ruiz") { actors { name } hops { from { name } to { name } events { title } } } }`, nil, &named)
	if n := a.trips.Load(); n != 1 || len(named.Paths) != 1 || named.Paths[0].Actors[1].Name == "" || named.Paths[0].Hops[2].To.Name != named.Paths[0].Actors[3].Name {
		t.Fatalf("%d round trips for %+v", n, named.Paths)
	}
	a.mustDo(`{ paths(from: "aria-novak", to: "dan-ruiz", maxHops: 2) { actors { id } } }`, nil, &r)
	if len(r.Paths) != 0 {
		t.Fatalf("within 2 hops: %+v", r.Paths)
	}
	a.mustDo(`{ paths(from: "kestria", to: "valdoria", eventsPerHop: 2) { actors { id } hops { events { title } } } }`, nil, &r)
	if len(r.Paths) != 1 || len(r.Paths[0].Hops) != 1 || len(r.Paths[0].Hops[0].Events) != 2 ||
		r.Paths[0].Hops[0].Events[0].Title != "Valdoria → Kestria: criticize" {
		t.Fatalf("one hop, newest two events: %+v", r.Paths)
	}

	var nb struct {
		Neighborhood struct {
			Center struct{ ID string }
			Nodes  []struct {
				ID    string
				Hop   int
				Actor struct{ Name string }
			}
			Edges []struct {
				Source, Target string
				Weight         int
			}
		}
	}
	a.mustDo(`{ neighborhood(actor: "aria-novak", hops: 2) { center { id } nodes { id hop actor { name } } edges { source target weight } } }`, nil, &nb)
	var nodes, edges []string
	for _, n := range nb.Neighborhood.Nodes {
		nodes = append(nodes, fmt.Sprintf("%s@%d", n.ID, n.Hop))
		if n.Actor.Name == "" {
			t.Fatalf("node without its actor: %+v", n)
		}
	}
	for _, e := range nb.Neighborhood.Edges {
		edges = append(edges, fmt.Sprintf("%s-%s:%d", e.Source, e.Target, e.Weight))
	}
	// Novak met Osei and spoke about Kestria; Osei met Marsh; Kestria and
	// Valdoria share five interactions.
	if got := strings.Join(nodes, " "); got != "aria-novak@0 bram-osei@1 kestria@1 valdoria@2 cleo-marsh@2" {
		t.Fatalf("nodes: %s", got)
	}
	if got := strings.Join(edges, " "); got != "kestria-valdoria:5 aria-novak-bram-osei:1 aria-novak-kestria:1 bram-osei-cleo-marsh:1" {
		t.Fatalf("edges: %s", got)
	}
	// One hop is answered in one statement; it must agree with the loop.
	a.mustDo(`{ neighborhood(actor: "aria-novak", hops: 1) { center { id } nodes { id hop actor { name } } edges { source target weight } } }`, nil, &nb)
	nodes, edges = nil, nil
	for _, n := range nb.Neighborhood.Nodes {
		nodes = append(nodes, fmt.Sprintf("%s@%d", n.ID, n.Hop))
	}
	for _, e := range nb.Neighborhood.Edges {
		edges = append(edges, fmt.Sprintf("%s-%s:%d", e.Source, e.Target, e.Weight))
	}
	if got := strings.Join(nodes, " ") + " / " + strings.Join(edges, " "); got != "aria-novak@0 bram-osei@1 kestria@1 / aria-novak-bram-osei:1 aria-novak-kestria:1" {
		t.Fatalf("one hop: %s", got)
	}
	var capped struct {
		Neighborhood struct {
			Edges     []struct{ Source, Target string }
			EdgeCount int
		}
	}
	a.mustDo(`{ neighborhood(actor: "aria-novak", hops: 2) { edges(first: 1) { source target } edgeCount } }`, nil, &capped)
	if c := capped.Neighborhood; len(c.Edges) != 1 || c.Edges[0].Source != "kestria" || c.EdgeCount != 4 {
		t.Fatalf("edges(first: 1), the heaviest, of 4: %+v", c)
	}
	a.mustDo(`{ neighborhood(actor: "aria-novak", hops: 3, limit: 3) { nodes { id } } }`, nil, &nb)
	if len(nb.Neighborhood.Nodes) != 3 {
		t.Fatalf("limit 3: %+v", nb.Neighborhood.Nodes)
	}
}

// stancePosition is a stanceHistory position as the tests decode it.
type stancePosition struct {
	Stance       string
	Since, Until *struct{ Display string }
}

// positionsLine writes positions as "stance since X until Y; …", the one
// line the stance history tests compare.
func positionsLine(positions []stancePosition) string {
	var pos []string
	for _, p := range positions {
		s := p.Stance
		if p.Since != nil {
			s += " since " + p.Since.Display
		}
		if p.Until != nil {
			s += " until " + p.Until.Display
		}
		pos = append(pos, s)
	}
	return strings.Join(pos, "; ")
}

func TestStanceHistoryHasPositionsShiftsAndEvidence(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	var r struct {
		StanceHistory struct {
			Actor     struct{ ID string }
			Topic     struct{ ID, Name string }
			Positions []stancePosition
			Shifts    []struct {
				Shift struct {
					From, To string
					When     struct{ Display string }
					Sources  []struct{ Article struct{ Title string } }
				}
				Evidence []struct {
					Quote, Paraphrase string
					Sources           []struct{ Sentence string }
				}
			}
		}
	}
	a.mustDo(`{ stanceHistory(actor: "valdoria", topic: "Grain Exports") { actor { id } topic { id name }
	    positions { stance since { display } until { display } }
	    shifts { shift { from to when { display } sources { article { title } } }
	      evidence { quote paraphrase sources { sentence } } } } }`, nil, &r)
	h := r.StanceHistory
	if h.Actor.ID != "valdoria" || h.Topic.ID != "topic-grain-exports" || h.Topic.Name != "Grain exports" {
		t.Fatalf("history: %+v", h)
	}
	if got := positionsLine(h.Positions); got != "open until 2024-01-05; restricted since 2024-01-05 until 2024-03-10; banned since 2024-03-10" {
		t.Fatalf("positions: %s", got)
	}
	if len(h.Shifts) != 2 {
		t.Fatalf("shifts: %+v", h.Shifts)
	}
	first, second := h.Shifts[0], h.Shifts[1]
	if first.Shift.To != "restricted" || first.Shift.Sources[0].Article.Title != "Valdoria and Kestria drift apart" ||
		len(first.Evidence) != 1 || first.Evidence[0].Quote != "We will restrict grain exports." || len(first.Evidence[0].Sources) != 1 {
		t.Fatalf("first shift: %+v", first)
	}
	if second.Shift.To != "banned" || len(second.Evidence) != 1 || !strings.Contains(second.Evidence[0].Paraphrase, "banned") {
		t.Fatalf("second shift: %+v", second)
	}
	// Evidence read with only what the selection shows answers as the
	// statement read whole does.
	const shown = `id title summary when { start end precision text display } reported { display } ... on Statement { quote paraphrase venue }`
	var projected struct {
		StanceHistory struct {
			Shifts []struct{ Evidence []json.RawMessage }
		}
	}
	a.mustDo(`{ stanceHistory(actor: "valdoria", topic: "Grain Exports") { shifts { evidence { `+shown+` } } } }`, nil, &projected)
	for _, sh := range projected.StanceHistory.Shifts {
		for _, ev := range sh.Evidence {
			var id struct{ ID string }
			_ = json.Unmarshal(ev, &id)
			var whole struct{ Event json.RawMessage }
			a.mustDo(`query($id: ID!) { event(id: $id) { `+shown+` } }`, map[string]any{"id": id.ID}, &whole)
			if got, want := string(ev), string(whole.Event); got != want || !strings.Contains(got, `"quote":`) {
				t.Errorf("projected evidence %s, read whole %s", got, want)
			}
		}
	}
	// Every list is capped by its first; the counts tell what was left out.
	var capped struct {
		StanceHistory struct {
			ShiftCount int
			Positions  []struct{ Stance string }
			Shifts     []struct {
				Shift         struct{ To string }
				Evidence      []struct{ ID string }
				EvidenceCount int
			}
			Later []struct{ Shift struct{ To string } }
		}
	}
	a.mustDo(`query($n: Int) { stanceHistory(actor: "valdoria", topic: "Grain Exports") { shiftCount positions(first: 2) { stance }
	    shifts(first: $n) { shift { to } evidence(first: 0) { id } evidenceCount } later: shifts(first: 2) { shift { to } } } }`,
		map[string]any{"n": 1}, &capped)
	c := capped.StanceHistory
	if c.ShiftCount != 2 || len(c.Shifts) != 1 || c.Shifts[0].Shift.To != "restricted" || len(c.Shifts[0].Evidence) != 0 ||
		c.Shifts[0].EvidenceCount != 1 || len(c.Later) != 2 || len(c.Positions) != 2 || c.Positions[1].Stance != "restricted" {
		t.Fatalf("capped stance history: %+v", c)
	}
	a.mustDo(`{ stanceHistory(actor: "valdoria", topic: "Grain Exports", from: "2024-02") { shiftCount shifts { shift { to } } } }`, nil, &capped)
	if c := capped.StanceHistory; c.ShiftCount != 1 || len(c.Shifts) != 1 || c.Shifts[0].Shift.To != "banned" {
		t.Fatalf("shifts from February: %+v", c)
	}
	var node struct {
		Node struct{ Typename, Name string }
	}
	a.mustDo(`{ node(id: "topic-grain-exports") { ... on Topic { name } } }`, nil, &node)
	if node.Node.Name != "Grain exports" {
		t.Fatalf("topic by node id: %+v", node)
	}
}

// The whole stanceHistory field, its actor and topic checked (and the
// actor primed for stanceHistory { actor }), is one read.
func TestStanceHistoryIsOneRoundTrip(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	var r struct {
		StanceHistory struct {
			Actor      struct{ Name string }
			Topic      struct{ Name string }
			ShiftCount int
		}
	}
	a.trips.Store(0)
	a.mustDo(`{ stanceHistory(actor: "valdoria", topic: "Grain Exports") { actor { name } topic { name } shiftCount
	    positions { stance } shifts { shift { to } evidence { quote } evidenceCount } } }`, nil, &r)
	h := r.StanceHistory
	if n := a.trips.Load(); n != 1 || h.ShiftCount != 2 || h.Actor.Name != "Valdoria" || h.Topic.Name != "Grain exports" {
		t.Fatalf("%d round trips for %+v", n, h)
	}
	// As of a moment too (the actor as it stood then, primed for
	// stanceHistory { actor }); an actor that did not exist then is not
	// found.
	at := map[string]any{"at": time.Now().UTC().Format(time.RFC3339Nano)}
	a.trips.Store(0)
	a.mustDo(`query($at: DateTime) { stanceHistory(actor: "valdoria", topic: "Grain Exports", asOf: $at) { actor { name } topic { name } shiftCount
	    positions { stance } shifts { shift { to } evidence { quote } evidenceCount } } }`, at, &r)
	h = r.StanceHistory
	if n := a.trips.Load(); n != 1 || h.ShiftCount != 2 || h.Actor.Name != "Valdoria" || h.Topic.Name != "Grain exports" {
		t.Fatalf("as of now: %d round trips for %+v", n, h)
	}
	wantError(t, a, `{ stanceHistory(actor: "valdoria", topic: "Grain Exports", asOf: "2000-01-01T00:00:00Z") { shiftCount } }`, "NOT_FOUND", "actor")
	wantError(t, a, `{ stanceHistory(actor: "valdoria", topic: "Tea", asOf: "`+at["at"].(string)+`") { shiftCount } }`, "NOT_FOUND", "topic")
}

func TestAnalystQueriesRejectBadInputNamingTheArgument(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	for _, tc := range []struct {
		name, query, code, mentions string
	}{
		{"maxHops over the cap", `{ paths(from: "aria-novak", to: "dan-ruiz", maxHops: 7) { actors { id } } }`, "BAD_USER_INPUT", "maxHops"},
		{"paths to an unknown actor", `{ paths(from: "aria-novak", to: "ghost") { actors { id } } }`, "NOT_FOUND", "to"},
		{"paths from an unknown actor", `{ paths(from: "ghost", to: "nobody") { actors { id } } }`, "NOT_FOUND", "from"},
		{"paths to oneself", `{ paths(from: "aria-novak", to: "aria-novak") { actors { id } } }`, "BAD_USER_INPUT", "to"},
		{"eventsPerHop over the cap", `{ paths(from: "aria-novak", to: "dan-ruiz", eventsPerHop: 21) { actors { id } } }`, "BAD_USER_INPUT", "eventsPerHop"},
		{"hops over the cap", `{ neighborhood(actor: "aria-novak", hops: 4) { nodes { id } } }`, "BAD_USER_INPUT", "hops"},
		{"limit over the cap", `{ neighborhood(actor: "aria-novak", limit: 501) { nodes { id } } }`, "BAD_USER_INPUT", "limit"},
		{"neighborhood of nobody", `{ neighborhood(actor: "ghost") { nodes { id } } }`, "NOT_FOUND", "actor"},
		{"empty search", `{ search(text: "") { kind } }`, "BAD_USER_INPUT", "text"},
		{"blank search", `{ search(text: "   ") { kind } }`, "BAD_USER_INPUT", "text"},
		{"search of syntax only", `{ search(text: "&& (+)") { kind } }`, "BAD_USER_INPUT", "text"},
		{"search first over cap", `{ search(text: "grain", first: 101) { kind } }`, "BAD_USER_INPUT", "first"},
		{"counterparts first over cap", `{ actor(id: "valdoria") { counterparts(first: 101) { events } } }`, "BAD_USER_INPUT", "first"},
		{"statements first over cap", `{ actor(id: "valdoria") { statements(first: 101) { edges { cursor } } } }`, "BAD_USER_INPUT", "first"},
		{"dyad with nobody", `{ dyad(a: "valdoria", b: "ghost") { series { month } } }`, "NOT_FOUND", "b"},
		{"dyad with oneself", `{ dyad(a: "valdoria", b: "valdoria") { series { month } } }`, "BAD_USER_INPUT", "b"},
		{"dyad over a period that ends before it starts", `{ dyad(a: "valdoria", b: "kestria", from: "2024-03", to: "2024-02") { series { month } } }`, "BAD_USER_INPUT", "from"},
		{"allActors unknown", `{ timeline(filter: {allActors: ["valdoria", "ghost"]}) { edges { cursor } } }`, "NOT_FOUND", "filter.allActors"},
		{"unknown topic", `{ timeline(filter: {topics: ["Tea"]}) { edges { cursor } } }`, "NOT_FOUND", "filter.topics"},
		{"text without words", `{ timeline(filter: {text: "?*"}) { edges { cursor } } }`, "BAD_USER_INPUT", "filter.text"},
		{"histogram from after to", `{ timelineHistogram(filter: {from: "2024-03", to: "2024-02"}) { count } }`, "BAD_USER_INPUT", "filter.from"},
		{"bad bucket", `{ timelineHistogram(bucket: HOUR) { count } }`, "BAD_USER_INPUT", "HOUR"},
		{"series over the cap", `{ dyad(a: "valdoria", b: "kestria") { series(first: 1201) { month } } }`, "BAD_USER_INPUT", "first"},
		{"neighborhood edges over the cap", `{ neighborhood(actor: "aria-novak") { edges(first: 5001) { weight } } }`, "BAD_USER_INPUT", "first"},
		{"shifts over the cap", `{ stanceHistory(actor: "valdoria", topic: "Grain exports") { shifts(first: 501) { shift { id } } } }`, "BAD_USER_INPUT", "first"},
		{"positions over the cap", `{ stanceHistory(actor: "valdoria", topic: "Grain exports") { positions(first: 501) { stance } } }`, "BAD_USER_INPUT", "first"},
		{"evidence over the cap", `{ stanceHistory(actor: "valdoria", topic: "Grain exports") { shifts { evidence(first: 101) { id } } } }`, "BAD_USER_INPUT", "first"},
		{"stance period that ends before it starts", `{ stanceHistory(actor: "valdoria", topic: "Grain exports", from: "2024-03", to: "2024-02") { shiftCount } }`, "BAD_USER_INPUT", "from"},
		{"stance of nobody", `{ stanceHistory(actor: "ghost", topic: "Grain exports") { shifts { evidence { id } } } }`, "NOT_FOUND", "actor"},
		{"stance on an unknown topic", `{ stanceHistory(actor: "valdoria", topic: "Tea") { shifts { evidence { id } } } }`, "NOT_FOUND", "topic"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, a, tc.query, tc.code, tc.mentions)
		})
	}
}

func TestFiftyEventPageOnALargerGraphCostsAFewRoundTrips(t *testing.T) {
	a := newAPI(t)
	a.loadCrowd(80)
	query := `{ timeline(filter: {actors: ["delegate-0"]}, first: 50) { edges { node { id title when { display }
	    participants { name } sources { sentence extractor confidence article { title url } }
	    ... on Meeting { place { name } } } } } }`
	var out struct {
		Timeline struct {
			Edges []struct {
				Node struct {
					Participants []struct{ Name string }
					Sources      []struct{ Article struct{ Title string } }
					Place        struct{ Name string }
				}
			}
		}
	}
	a.trips.Store(0)
	a.mustDo(query, nil, &out)
	if len(out.Timeline.Edges) != 50 {
		t.Fatalf("page of %d events, want 50", len(out.Timeline.Edges))
	}
	for _, e := range out.Timeline.Edges {
		if len(e.Node.Participants) != 3 || len(e.Node.Sources) != 1 || e.Node.Sources[0].Article.Title == "" || e.Node.Place.Name == "" {
			t.Fatalf("event without its participants, source or place: %+v", e.Node)
		}
	}
	// Actor check, timeline, involvements, sources, places, articles.
	if n := a.trips.Load(); n > 6 {
		t.Fatalf("%d Cypher round trips for a 50-event page: nested fields are not batched", n)
	}
	// The same through the analyst queries that hold events.
	a.trips.Store(0)
	var raw json.RawMessage
	a.mustDo(`{ dyad(a: "delegate-0", b: "delegate-1") { events(first: 50) { edges { node { id participants { name } sources { article { title } } } } } } }`, nil, &raw)
	if n := a.trips.Load(); n > 6 {
		t.Fatalf("%d round trips for a dyad page", n)
	}
}

// paths resolves its ids as the other analyst queries do, in its one
// read: an id merged into another actor answers that actor, and naming
// one actor twice that way is BAD_USER_INPUT on to.
func TestPathsAnswerMergedIDsByTheActorTheyWereMergedInto(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	a.mustDo(`mutation { mergeActors(into: "lena-ortiz", from: "pm-lena-ortiz", reason: "same person") { id } }`, nil, nil)
	var r struct {
		Paths []struct {
			Actors []struct{ ID string }
			Hops   []struct{ Events []struct{ ID string } }
		}
	}
	a.trips.Store(0)
	a.mustDo(`{ paths(from: "pm-lena-ortiz", to: "tom-haldane") { actors { id } hops { events { id } } } }`, nil, &r)
	if n := a.trips.Load(); n != 1 || len(r.Paths) != 1 || fmt.Sprint(r.Paths[0].Actors) != "[{lena-ortiz} {tom-haldane}]" || len(r.Paths[0].Hops[0].Events) == 0 {
		t.Fatalf("%d round trips for %+v", n, r.Paths)
	}
	wantError(t, a, `{ paths(from: "lena-ortiz", to: "pm-lena-ortiz") { actors { id } } }`, "BAD_USER_INPUT", "to")
}
