package store_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

func day(y int, m time.Month, d int) *domain.FuzzyDate { v := domain.Day(y, m, d); return &v }

// runAll runs each of work on a goroutine of its own, all at once, and
// fails the test on any error once all are done.
func runAll(t *testing.T, work ...func() error) {
	t.Helper()
	errs := make([]error, len(work))
	var wg sync.WaitGroup
	for i, w := range work {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = w()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// sealed returns a sealed copy of a, as the code that makes articles
// hands them to the store (domain.Article.Seal).
func sealed(a domain.Article) *domain.Article {
	if err := a.Seal(); err != nil {
		panic(err)
	}
	return &a
}

// mustWrite writes fs to s, under no author, and fails the test on an
// error: the set-up write of most tests here, which do not read its report.
func mustWrite(t *testing.T, s *store.Store, fs domain.FactSet) {
	t.Helper()
	if _, err := s.WriteFacts(context.Background(), fs); err != nil {
		t.Fatal(err)
	}
}

// summitStore is a test's store holding summitFacts(url), written; fs is
// what was written.
func summitStore(t *testing.T, url string) (s *store.Store, ctx context.Context, fs domain.FactSet) {
	t.Helper()
	s, fs = neo4jtest.Store(t), summitFacts(url)
	mustWrite(t, s, fs)
	return s, context.Background(), fs
}

// summitFacts is a small invented story: two trade ministers meet, one
// accuses the other, a spokeswoman speaks for her minister, a policy shifts.
func summitFacts(url string) domain.FactSet {
	text := "Trade ministers Ana Ferreira and Kenji Sato met in Geneva on Monday. Sato accused Lisbon of dumping steel. " +
		"\"We will answer,\" spokeswoman Rita Lobo said for Ferreira. Japan hardened its stance on tariffs."
	ev := func(start, end int) domain.Evidence {
		return domain.Evidence{Sentence: string([]rune(text)[start:end]), Start: start, End: end, Extractor: "test/1", Confidence: 0.9}
	}
	return domain.FactSet{
		Article: sealed(domain.Article{URL: url, Title: "Ministers meet", Publisher: "Test Wire",
			PublishedAt: time.Date(2024, 3, 6, 12, 0, 0, 0, time.UTC), Text: text}),
		Actors: []domain.ActorFact{
			{ID: "ana-ferreira", Name: "Ana Ferreira", Kind: domain.KindPerson, Aliases: []string{"Ferreira"},
				Roles: []domain.Role{{Title: "Trade Minister", Of: "portugal"}}},
			{ID: "kenji-sato", Name: "Kenji Sato", Kind: domain.KindPerson, Aliases: []string{"Sato"}},
			{ID: "rita-lobo", Name: "Rita Lobo", Kind: domain.KindPerson},
			{ID: "portugal", Name: "Portugal", Kind: domain.KindCountry, Aliases: []string{"Lisbon"}},
			{ID: "japan", Name: "Japan", Kind: domain.KindCountry},
		},
		Meetings: []domain.MeetingFact{{Participants: []string{"ana-ferreira", "kenji-sato"}, Place: "Geneva",
			Occasion: "WTO ministerial", When: day(2024, 3, 4), Evidence: ev(0, 68)}},
		Interactions: []domain.InteractionFact{{Source: "kenji-sato", Target: "portugal", Kind: domain.InteractAccuse,
			When: day(2024, 3, 4), Evidence: ev(69, 107)}},
		Statements: []domain.StatementFact{{Speaker: "rita-lobo", OnBehalfOf: "ana-ferreira", Quote: "We will answer,",
			Evidence: ev(108, 159)}},
		PolicyShifts: []domain.PolicyShiftFact{{Actor: "japan", Topic: "Steel tariffs", Direction: "HARDENED",
			To: "tougher tariffs", Evidence: ev(160, 196)}},
	}
}

func TestWriteFactsRoundTrip(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	rep, err := s.WriteFacts(ctx, summitFacts("https://example.test/a"))
	if err != nil {
		t.Fatal(err)
	}
	if rep.ActorsCreated != 5 || rep.EventsCreated != 4 || rep.AlreadyPresent {
		t.Fatalf("first write: %+v", rep)
	}
	page, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{"ana-ferreira"}}, store.TimelinePage{First: 10, Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 2 {
		t.Fatalf("ana-ferreira timeline: got %d events, want the meeting and the statement for her", len(page.Events))
	}
	// Undated statement sorts at the publication day (2024-03-06), after the meeting (2024-03-04).
	if page.Events[0].Type != domain.TypeStatement || page.Events[1].Type != domain.TypeMeeting {
		t.Fatalf("order: %s, %s", page.Events[0].Type, page.Events[1].Type)
	}
	mtg := page.Events[1]
	if mtg.When == nil || mtg.When.String() != "2024-03-04" || mtg.When.Precision != domain.PrecisionDay || mtg.Occasion != "WTO ministerial" {
		t.Fatalf("meeting read back: %+v", mtg)
	}
	ids := []string{}
	for _, e := range page.Events {
		ids = append(ids, e.ID)
	}
	inv, err := s.InvolvementsOf(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if got := roles(inv[mtg.ID]); fmt.Sprint(got) != "[ana-ferreira:PARTICIPATED_IN kenji-sato:PARTICIPATED_IN]" {
		t.Fatalf("meeting involvements: %v", got)
	}
	if got := roles(inv[page.Events[0].ID]); fmt.Sprint(got) != "[ana-ferreira:ON_BEHALF_OF rita-lobo:SAID]" {
		t.Fatalf("statement involvements: %v", got)
	}
	places, err := s.PlacesOf(ctx, ids)
	if err != nil || places[mtg.ID].Name != "Geneva" {
		t.Fatalf("place: %v %v", places, err)
	}
	srcs, err := s.SourcesOf(ctx, ids)
	if err != nil || len(srcs[mtg.ID]) != 1 || srcs[mtg.ID][0].Start != 0 || srcs[mtg.ID][0].End != 68 || srcs[mtg.ID][0].Extractor != "test/1" {
		t.Fatalf("sources: %+v %v", srcs[mtg.ID], err)
	}
	arts, err := s.ArticlesByIDs(ctx, []string{srcs[mtg.ID][0].ArticleID})
	if err != nil || arts[srcs[mtg.ID][0].ArticleID].Title != "Ministers meet" {
		t.Fatalf("article: %+v %v", arts, err)
	}
	rolesOf, err := s.RolesOf(ctx, []string{"ana-ferreira"})
	if err != nil || len(rolesOf["ana-ferreira"]) != 1 || rolesOf["ana-ferreira"][0].Of != "portugal" {
		t.Fatalf("roles: %+v %v", rolesOf, err)
	}
	byName, err := s.ActorsByNames(ctx, []string{"lisbon", "SATO", "nobody"})
	if err != nil || byName["lisbon"][0].ID != "portugal" || byName["sato"][0].ID != "kenji-sato" || len(byName["nobody"]) != 0 {
		t.Fatalf("by names: %+v %v", byName, err)
	}
	shifts, err := s.Timeline(ctx, store.TimelineFilter{Types: []domain.EventType{domain.TypePolicyShift}}, store.TimelinePage{First: 5})
	if err != nil || len(shifts.Events) != 1 || shifts.Events[0].Direction != "HARDENED" || shifts.Events[0].Topic != "Steel tariffs" {
		t.Fatalf("shift: %+v %v", shifts, err)
	}
}

func roles(in []store.Involved) []string {
	var out []string
	for _, i := range in {
		out = append(out, i.Actor.ID+":"+string(i.Role))
	}
	sort.Strings(out)
	return out
}

func TestWriteFactsIsIdempotentAndMergesSources(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/a")
	again, err := s.WriteFacts(ctx, summitFacts("https://example.test/a"))
	if err != nil || !again.AlreadyPresent || again.EventsCreated != 0 {
		t.Fatalf("second write of the same article: %+v %v", again, err)
	}
	other, err := s.WriteFacts(ctx, summitFacts("https://example.test/b"))
	if err != nil || other.EventsCreated != 0 || other.EventsMerged != 4 || other.ActorsCreated != 0 {
		t.Fatalf("another article on the same events: %+v %v", other, err)
	}
	all, err := s.Timeline(ctx, store.TimelineFilter{}, store.TimelinePage{First: 50})
	if err != nil || len(all.Events) != 4 {
		t.Fatalf("events after three writes: %d %v", len(all.Events), err)
	}
	srcs, err := s.SourcesOf(ctx, []string{all.Events[0].ID})
	if err != nil || len(srcs[all.Events[0].ID]) != 2 {
		t.Fatalf("sources after two articles: %+v %v", srcs, err)
	}
	// Retracting one article keeps events the other supports; retracting
	// both removes them.
	artA := domain.ArticleID("https://example.test/a", "")
	rep, err := s.RetractArticle(ctx, artA)
	if err != nil || rep.EventsRemoved != 0 || rep.EventsKept != 4 {
		t.Fatalf("retract a: %+v %v", rep, err)
	}
	rep, err = s.RetractArticle(ctx, domain.ArticleID("https://example.test/b", ""))
	if err != nil || rep.EventsRemoved != 4 {
		t.Fatalf("retract b: %+v %v", rep, err)
	}
	if _, err := s.RetractArticle(ctx, artA); domain.CodeOf(err) != domain.ENotFound {
		t.Fatalf("retracting a missing article: %v", err)
	}
}

func TestConcurrentWritesOfOneArticleCreateItOnce(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	reps := make([]store.WriteReport, 8)
	errs := make([]error, 8)
	for i := range reps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reps[i], errs[i] = s.WriteFacts(ctx, summitFacts("https://example.test/race"))
		}()
	}
	wg.Wait()
	created := 0
	for i := range reps {
		if errs[i] != nil {
			t.Fatalf("writer %d: %v", i, errs[i])
		}
		created += reps[i].EventsCreated
	}
	if created != 4 {
		t.Fatalf("events created across 8 concurrent writers: %d, want exactly 4", created)
	}
	all, err := s.Timeline(ctx, store.TimelineFilter{}, store.TimelinePage{First: 50})
	if err != nil || len(all.Events) != 4 {
		t.Fatalf("events: %d %v", len(all.Events), err)
	}
}

func TestInvalidFactsWriteNothing(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	fs := summitFacts("https://example.test/bad")
	fs.Meetings[0].Participants = []string{"ana-ferreira", "nobody"}
	_, err := s.WriteFacts(ctx, fs)
	if domain.CodeOf(err) != domain.EInvalid {
		t.Fatalf("want BAD_USER_INPUT, got %v", err)
	}
	if n, err := s.CountActors(ctx); err != nil || n != 0 {
		t.Fatalf("actors after a rejected write: %d %v", n, err)
	}
}

func TestMigrateTwice(t *testing.T) {
	s := neo4jtest.Store(t)
	for i := 0; i < 2; i++ {
		if err := s.Migrate(context.Background()); err != nil {
			t.Fatalf("migration run %d: %v", i+1, err)
		}
	}
}

func TestTimelinePagesHaveNoGapsOrDuplicates(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	fs := domain.FactSet{Actors: []domain.ActorFact{
		{ID: "a", Name: "Alpha", Kind: domain.KindCountry}, {ID: "b", Name: "Beta", Kind: domain.KindCountry}}}
	for i := 0; i < 23; i++ {
		// Pairs of events on the same day exercise the id tie-break.
		fs.Interactions = append(fs.Interactions, domain.InteractionFact{Source: "a", Target: "b",
			Kind: []domain.InteractionKind{domain.InteractPraise, domain.InteractWarn}[i%2], When: day(2020, 1, 1+i/2)})
	}
	mustWrite(t, s, fs)
	for _, tc := range []struct {
		name   string
		filter store.TimelineFilter
		desc   bool
	}{
		{"all asc", store.TimelineFilter{}, false},
		{"all desc", store.TimelineFilter{}, true},
		{"actor asc", store.TimelineFilter{Actors: []string{"a"}}, false},
		{"actor desc", store.TimelineFilter{Actors: []string{"b", "a"}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seen := map[string]bool{}
			var keys []string
			after := ""
			for pages := 0; ; pages++ {
				p, err := s.Timeline(ctx, tc.filter, store.TimelinePage{First: 5, After: after, Desc: tc.desc})
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range p.Events {
					if seen[e.ID] {
						t.Fatalf("duplicate %s on page %d", e.ID, pages)
					}
					seen[e.ID] = true
					keys = append(keys, e.SortKey)
				}
				if !p.HasNext {
					break
				}
				after = p.Events[len(p.Events)-1].SortKey
			}
			if len(seen) != 23 {
				t.Fatalf("saw %d events, want 23", len(seen))
			}
			if !sort.SliceIsSorted(keys, func(i, j int) bool { return (keys[i] < keys[j]) != tc.desc }) {
				t.Fatalf("not in order: %v", keys)
			}
		})
	}
}

func TestRewritingAChangedArticleReplacesItsFacts(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/edited")
	edited := summitFacts("https://example.test/edited")
	edited.Article.Text += " (Updated.)"
	edited.Article = sealed(*edited.Article)
	edited.Interactions, edited.PolicyShifts = nil, nil
	rep, err := s.WriteFacts(ctx, edited)
	if err != nil || rep.AlreadyPresent || rep.EventsCreated+rep.EventsMerged != 2 {
		t.Fatalf("rewrite: %+v %v", rep, err)
	}
	all, err := s.Timeline(ctx, store.TimelineFilter{}, store.TimelinePage{First: 50})
	if err != nil || len(all.Events) != 2 {
		t.Fatalf("events after the edit: %d (want the meeting and the statement) %v", len(all.Events), err)
	}
	srcs, err := s.SourcesOf(ctx, []string{all.Events[0].ID})
	if err != nil || len(srcs[all.Events[0].ID]) != 1 {
		t.Fatalf("sources after the edit: %+v %v", srcs, err)
	}
}

func TestDayTalliesFollowWritesAndRetractions(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	count := func() string {
		t.Helper()
		bs, err := s.TimelineHistogram(ctx, store.TimelineFilter{}, store.BucketMonth, store.HistogramOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(bs)
	}
	mustWrite(t, s, summitFacts("https://example.test/t1"))
	mustWrite(t, s, summitFacts("https://example.test/t2"))
	after := count()
	if !strings.Contains(after, "2024-03") || !strings.Contains(after, " 4 ") {
		t.Fatalf("histogram after writing 4 events (twice): %s", after)
	}
	// Rebuilding from the events gives the same counts as the running tally.
	if err := s.RebuildTallies(ctx); err != nil {
		t.Fatal(err)
	}
	if got := count(); got != after {
		t.Fatalf("rebuilt %s, kept %s", got, after)
	}
	for _, u := range []string{"https://example.test/t1", "https://example.test/t2"} {
		if _, err := s.RetractArticle(ctx, domain.ArticleID(u, "")); err != nil {
			t.Fatal(err)
		}
	}
	if got := count(); got != "[]" {
		t.Fatalf("histogram after retracting everything: %s", got)
	}
}

// Writes create an event's tallies before the event, with keys computed in
// Go; they must be the keys the Cypher that counts on them computes.
func TestTallyKeysInGoMatchCypher(t *testing.T) {
	s := neo4jtest.Store(t)
	for _, c := range []struct{ sortKey, typ, tx string }{
		{"2024-03-04T00:00:00Z|evt-1", "MEETING", "9c41d0e2a7b3f00a"},
		{"2021-01-01|x", "STATEMENT", "00000000000000b"},
		{"2025-12-31", "POLICY_SHIFT", "e7"},
		{"2022-06", "OTHER", "f"},
		{"2023-02-01", "INTERACTION", "3"},
		{"2023-02-01", "ELECTION", "d"},
	} {
		cd, gd, cm, gm, err := s.TallyKeysForTest(context.Background(), c.sortKey, c.typ, c.tx)
		if err != nil {
			t.Fatal(err)
		}
		if cd != gd || cm != gm {
			t.Errorf("%+v: Cypher keys %q, %q; Go keys %q, %q", c, cd, cm, gd, gm)
		}
	}
}

func TestPathsFollowSharedEventsAndRetractions(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/p1")
	// rita-lobo speaks for ana-ferreira, who met kenji-sato, who accused portugal.
	found, err := s.Paths(ctx, "rita-lobo", "portugal", 4, 5, 3)
	if err != nil {
		t.Fatal(err)
	}
	ps := found.Paths
	if len(ps) != 1 || fmt.Sprint(ps[0].Actors) != "[rita-lobo ana-ferreira kenji-sato portugal]" || len(ps[0].Hops[1].Events) != 1 {
		t.Fatalf("paths: %+v", ps)
	}
	if found.From != "rita-lobo" || found.To != "portugal" || len(found.Actors) != 4 || found.Actors[1].Name == "" {
		t.Fatalf("the ends and the chain's actors, read with it: %+v", found)
	}
	if found, err := s.Paths(ctx, "rita-lobo", "portugal", 2, 5, 3); err != nil || len(found.Paths) != 0 || found.To != "portugal" {
		t.Fatalf("within 2 hops there is no path, the ids still resolve: %+v %v", found, err)
	}
	if found, err := s.Paths(ctx, "rita-lobo", "ghost", 4, 5, 3); err != nil || found.From != "rita-lobo" || found.To != "" || len(found.Paths) != 0 {
		t.Fatalf("an id that is no actor's answers \"\": %+v %v", found, err)
	}
	// Without events a chain still has its hops, each between its actors.
	if found, err := s.Paths(ctx, "rita-lobo", "portugal", 4, 5, 0); err != nil || len(found.Paths) != 1 ||
		len(found.Paths[0].Hops) != 3 || found.Paths[0].Hops[2].FromID != "kenji-sato" || len(found.Paths[0].Hops[2].Events) != 0 {
		t.Fatalf("eventsPerHop 0: %+v %v", found, err)
	}
	if _, err := s.RetractArticle(ctx, domain.ArticleID("https://example.test/p1", "")); err != nil {
		t.Fatal(err)
	}
	if found, err := s.Paths(ctx, "rita-lobo", "portugal", 4, 5, 3); err != nil || len(found.Paths) != 0 {
		t.Fatalf("after the only source is retracted: %+v %v", found, err)
	}
}
