package graph_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// An invented story without a publication date: one date with its year
// ("in November 2003"), two relative ones ("on Tuesday", "last week").
const undatedStory = `Ruritania and Freedonia agree on river deal

Ruritanian Foreign Minister Ana Ferreira met Freedonian Foreign Minister Omar Haddad in Geneva in November 2003.

"We will not give up the river," Ferreira told reporters on Tuesday.

Haddad criticised Ferreira last week for the delay.`

// undatedNode is an event as the undated tests read it.
type undatedNode struct {
	ID       string
	Typename string `json:"__typename"`
	When     *struct {
		Start, End               *string
		Precision, Text, Display string
	}
	Reported struct{ Display string }
	Sources  []struct {
		Article struct {
			Title       string
			PublishedAt *string
		}
	}
}

type undatedPage struct {
	Edges []struct{ Node undatedNode }
}

const undatedFields = `id __typename when { start end precision text display } reported { display }
	sources { article { title publishedAt } }`

// ingestUndated sends text through ingestArticle without a publication
// date and checks the answer: written, with the warning that says so. It
// returns the day of ingestion.
func ingestUndated(t *testing.T, a *api, text string) string {
	t.Helper()
	before := time.Now().UTC().Format("2006-01-02")
	var r struct {
		IngestArticle struct {
			Created  int
			Warnings []string
			Article  struct{ PublishedAt *string }
		}
	}
	a.mustDo(`mutation($in: ArticleInput!) { ingestArticle(input: $in) { created warnings article { publishedAt } } }`,
		map[string]any{"in": map[string]any{"text": text}}, &r)
	got := r.IngestArticle
	if got.Created == 0 || len(got.Warnings) == 0 || !strings.Contains(got.Warnings[0], "no publication date") || got.Article.PublishedAt != nil {
		t.Fatalf("ingesting an undated article: %+v", got)
	}
	if after := time.Now().UTC().Format("2006-01-02"); after != before {
		// Midnight passed while it was written: ask the graph which day it took.
		var r struct{ Timeline undatedPage }
		a.mustDo(`{ timeline(first: 1) { edges { node { reported { display } } } } }`, nil, &r)
		return r.Timeline.Edges[0].Node.Reported.Display
	}
	return before
}

// checkUnknown fails unless n's date is UNKNOWN as the schema describes
// it: no start or end, "unknown" displayed, reported on the ingestion day,
// from an article whose publishedAt is null.
func checkUnknown(t *testing.T, n undatedNode, today string) {
	t.Helper()
	if n.When == nil || n.When.Precision != "UNKNOWN" || n.When.Start != nil || n.When.End != nil || n.When.Display != "unknown" {
		t.Errorf("%s %s: when %+v, want an UNKNOWN date without start or end", n.Typename, n.ID, n.When)
	}
	if n.Reported.Display != today {
		t.Errorf("%s %s: reported %s, want the day of ingestion %s", n.Typename, n.ID, n.Reported.Display, today)
	}
	if len(n.Sources) == 0 || n.Sources[0].Article.PublishedAt != nil {
		t.Errorf("%s %s: sources %+v, want the undated article", n.Typename, n.ID, n.Sources)
	}
}

func TestUndatedArticlesShowOnTheTimelineWithUnknownDatesAtTheirIngestionDay(t *testing.T) {
	a := newAPI(t)
	a.loadRivals() // dated events of 2024, to place the undated ones among
	today := ingestUndated(t, a, undatedStory)

	// The root timeline, newest first: the undated events stand at the
	// ingestion day, before every event of 2024; the 2003 meeting after.
	var root struct{ Timeline undatedPage }
	a.mustDo(`{ timeline(first: 100, order: DESC) { edges { node { `+undatedFields+` } } } }`, nil, &root)
	var order []string // "unknown", "2024", "2003", as they come
	words := map[string]bool{}
	for _, e := range root.Timeline.Edges {
		n := e.Node
		switch {
		case n.When != nil && n.When.Precision == "UNKNOWN":
			checkUnknown(t, n, today)
			words[n.When.Text] = true
			order = append(order, "unknown")
		case n.When != nil && n.When.Display == "2003-11":
			if n.When.Precision != "MONTH" || n.When.Text != "in November 2003" || n.When.Start == nil || *n.When.Start != "2003-11-01T00:00:00Z" {
				t.Errorf("the 2003 meeting's date: %+v", n.When)
			}
			order = append(order, "2003")
		default:
			order = append(order, "2024")
		}
	}
	if !words["on Tuesday"] || !words["last week"] {
		t.Errorf("the UNKNOWN dates keep the words %v, want \"on Tuesday\" and \"last week\"", words)
	}
	if o := strings.Join(compact(order), " "); o != "unknown 2024 2003" {
		t.Fatalf("newest first, the timeline runs %q; want the undated events at the ingestion day (first), then 2024, then 2003", o)
	}

	// One actor's timeline and its typed pages, through the direct page
	// writer: the same dates.
	id := a.actorIDNamed("Ferreira")
	var actor struct {
		Actor struct{ Timeline, Statements, Meetings undatedPage }
	}
	a.mustDo(`query($id: ID!) { actor(id: $id) {
		timeline(first: 20, order: ASC) { edges { node { `+undatedFields+` } } }
		statements(first: 20) { edges { node { `+undatedFields+` } } }
		meetings(first: 20) { edges { node { `+undatedFields+` } } } } }`, map[string]any{"id": id}, &actor)
	// Oldest first: what happened in November 2003, then the undated.
	tl := actor.Actor.Timeline.Edges
	order, undated := nil, 0
	for _, e := range tl {
		if w := e.Node.When; w != nil && w.Display == "2003-11" {
			order = append(order, "2003")
			continue
		}
		checkUnknown(t, e.Node, today)
		order = append(order, "unknown")
		undated++
	}
	if o := strings.Join(compact(order), " "); o != "2003 unknown" || undated < 2 {
		t.Fatalf("Ferreira's timeline, oldest first, runs %q (%d undated); want the 2003 events, then the undated ones", o, undated)
	}
	if len(actor.Actor.Statements.Edges) == 0 || len(actor.Actor.Meetings.Edges) != 1 {
		t.Fatalf("Ferreira's statements and meetings: %+v", actor.Actor)
	}
	for _, e := range actor.Actor.Statements.Edges {
		checkUnknown(t, e.Node, today)
	}

	// The histogram counts them on the ingestion day; the dyad lists them.
	var h struct {
		TimelineHistogram []struct {
			Label              string
			Count, UnknownDate int
		}
	}
	for _, filter := range []string{`{actors: ["` + id + `"]}`, `{text: "Ferreira"}`, `{}`} {
		a.mustDo(`{ timelineHistogram(filter: `+filter+`, bucket: DAY) { label count unknownDate } }`, nil, &h)
		counts, unknowns := map[string]int{}, map[string]int{}
		for _, b := range h.TimelineHistogram {
			counts[b.Label], unknowns[b.Label] = b.Count, b.UnknownDate
		}
		if filter != `{}` && (counts[today] != unknowns[today] || unknowns["2003-11-01"] != 0 || counts["2003-11-01"] == 0) {
			t.Errorf("histogram of %s: counts %v, unknown dates %v; want the undated events on %s, all of unknown date, and the others on 2003-11-01",
				filter, counts, unknowns, today)
		}
		if filter == `{actors: ["`+id+`"]}` && (counts[today] != undated || counts["2003-11-01"] != len(tl)-undated) {
			t.Errorf("Ferreira's histogram %v, want %d undated events on %s and the others on 2003-11-01", counts, undated, today)
		}
		if filter == `{}` && (unknowns[today] < undated || counts[today] != unknowns[today]) {
			t.Errorf("the whole graph's histogram: counts %v, unknown dates %v", counts, unknowns)
		}
	}

	// Between Ferreira and Haddad: the 2003 meeting and the undated
	// criticism, the latter counted in the month it was reported.
	haddad := a.actorIDNamed("Haddad")
	var d struct {
		Dyad struct {
			Events undatedPage
			Series []struct {
				Month               string
				Events, UnknownDate int
			}
		}
	}
	a.mustDo(`query($a: ID!, $b: ID!) { dyad(a: $a, b: $b) { events(first: 20) { edges { node { `+undatedFields+` } } } series { month events unknownDate } } }`,
		map[string]any{"a": id, "b": haddad}, &d)
	dyadUndated := 0
	for _, e := range d.Dyad.Events.Edges {
		if w := e.Node.When; w != nil && w.Precision == "UNKNOWN" {
			checkUnknown(t, e.Node, today)
			dyadUndated++
		}
	}
	months, unknownMonths := map[string]int{}, map[string]int{}
	for _, m := range d.Dyad.Series {
		months[m.Month], unknownMonths[m.Month] = m.Events, m.UnknownDate
	}
	if dyadUndated == 0 || months[today[:7]] != dyadUndated || unknownMonths[today[:7]] != dyadUndated || months["2003-11"] == 0 || unknownMonths["2003-11"] != 0 {
		t.Errorf("dyad: %d undated events, series %v (unknown dates %v); want them in %s and the meeting in 2003-11", dyadUndated, months, unknownMonths, today[:7])
	}
}

// compact drops repeats that follow each other: "a a b" → "a b".
func compact(s []string) []string {
	var out []string
	for _, x := range s {
		if len(out) == 0 || out[len(out)-1] != x {
			out = append(out, x)
		}
	}
	return out
}

func TestAnUndatedBBCArticleIsIngestedThroughTheAPI(t *testing.T) {
	a := newAPI(t)
	raw, err := os.ReadFile(filepath.Join("..", "loaders", "testdata", "real", "dev", "bbc-253.txt"))
	if err != nil {
		t.Fatal(err)
	}
	today := ingestUndated(t, a, string(raw))
	var root struct{ Timeline undatedPage }
	a.mustDo(`{ timeline(first: 100) { edges { node { `+undatedFields+` } } } }`, nil, &root)
	unknown := 0
	for _, e := range root.Timeline.Edges {
		n := e.Node
		if n.When == nil {
			t.Errorf("%s %s: no date; an undated article's events say UNKNOWN", n.Typename, n.ID)
			continue
		}
		if n.When.Precision == "UNKNOWN" {
			checkUnknown(t, n, today)
			unknown++
			continue
		}
		// A date that gives its year: its words name it.
		if n.When.Start == nil || !strings.Contains(n.When.Text, n.When.Display[:4]) {
			t.Errorf("%s %s: dated %+v without its year in the words", n.Typename, n.ID, n.When)
		}
	}
	if unknown == 0 {
		t.Fatalf("no event with an UNKNOWN date among %d", len(root.Timeline.Edges))
	}
}

func TestStanceHistoryPlacesAShiftOfUnknownDateAtItsIngestionDay(t *testing.T) {
	a := newAPI(t)
	a.loadRivals() // Valdoria on grain exports: open, restricted (2024-01-05), banned (2024-03-10)
	s := newStory("https://invented.test/grain-undated", "Valdoria lifts grain ban", time.Time{}, country("valdoria", "Valdoria"))
	lastWeek := domain.Unknown("last week")
	s.fs.PolicyShifts = []domain.PolicyShiftFact{{Actor: "valdoria", Topic: "Grain exports", From: "banned", To: "lifted",
		Direction: "SOFTENED", When: &lastWeek, Evidence: s.ev("Valdoria lifted its grain export ban last week.")}}
	before := time.Now().UTC().Format("2006-01-02")
	a.write(s.facts())
	after := time.Now().UTC().Format("2006-01-02")
	var r struct {
		StanceHistory struct {
			Positions []stancePosition
			Shifts    []struct {
				Shift struct {
					When     struct{ Display, Text string }
					Reported struct{ Display string }
				}
			}
		}
	}
	a.mustDo(`{ stanceHistory(actor: "valdoria", topic: "Grain Exports") {
	    positions { stance since { display precision text } until { display precision text } }
	    shifts { shift { when { display text } reported { display } } } } }`, nil, &r)
	if got := positionsLine(r.StanceHistory.Positions); got != "open until 2024-01-05; restricted since 2024-01-05 until 2024-03-10; banned since 2024-03-10 until unknown; lifted since unknown" {
		t.Fatalf("positions: %s", got)
	}
	shifts := r.StanceHistory.Shifts
	if len(shifts) != 3 || shifts[2].Shift.When.Display != "unknown" || shifts[2].Shift.When.Text != "last week" ||
		(shifts[2].Shift.Reported.Display != before && shifts[2].Shift.Reported.Display != after) {
		t.Fatalf("shifts: %+v, want the undated one last, with its words, reported today", shifts)
	}
}
