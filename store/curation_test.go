package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

var analyst = domain.Curation{By: "key:ana", Reason: "checked against the wire"}

// rewritten is fs with new text (same URL): writing it replaces the
// article's facts, as a re-ingest of an edited article does.
func rewritten(fs domain.FactSet) domain.FactSet {
	a := *fs.Article
	a.Text += " (Updated.)"
	fs.Article = sealed(a)
	return fs
}

// readsOf returns which reads show the event id: every read path of the
// store that returns or counts events.
func readsOf(t *testing.T, s *store.Store, id string, fs domain.FactSet) []string {
	t.Helper()
	ctx := context.Background()
	var seen []string
	page := func(name string, f store.TimelineFilter) {
		p, err := s.Timeline(ctx, f, store.TimelinePage{First: 50, Desc: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Events {
			if e.ID == id {
				seen = append(seen, name)
			}
		}
	}
	page("timeline", store.TimelineFilter{})
	page("actor timeline", store.TimelineFilter{Actors: []string{"ana-ferreira"}})
	page("actors timeline", store.TimelineFilter{Actors: []string{"ana-ferreira", "kenji-sato"}})
	page("dyad events", store.TimelineFilter{AllActors: []string{"ana-ferreira", "kenji-sato"}})
	page("types", store.TimelineFilter{Types: []domain.EventType{domain.TypeMeeting}})
	page("text", store.TimelineFilter{Text: "meeting"})
	pages, err := s.Timelines(ctx, []string{"ana-ferreira", "kenji-sato"}, store.TimelineFilter{}, store.TimelinePage{First: 50, Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		for _, e := range p.Events {
			if e.ID == id {
				seen = append(seen, "actor pages")
			}
		}
	}
	if _, err := s.Event(ctx, id); err == nil {
		seen = append(seen, "event by id")
	}
	if m, _ := s.EventsByIDs(ctx, []string{id}); len(m) > 0 {
		seen = append(seen, "events by ids")
	}
	for _, f := range []store.TimelineFilter{{}, {Actors: []string{"ana-ferreira"}}, {Types: []domain.EventType{domain.TypeMeeting}}} {
		bs, err := s.TimelineHistogram(ctx, f, store.BucketDay, store.HistogramOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range bs {
			for _, tc := range b.ByType {
				if tc.Type == domain.TypeMeeting && tc.Count > 0 {
					seen = append(seen, fmt.Sprintf("histogram %v", []any{f.Actors, f.Types}))
				}
			}
		}
	}
	cps, err := s.Counterparts(ctx, "ana-ferreira", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cps {
		if c.ActorID == "kenji-sato" {
			seen = append(seen, "counterparts")
		}
	}
	series, err := s.DyadSeries(ctx, "ana-ferreira", "kenji-sato", nil, nil, 1200)
	if err != nil {
		t.Fatal(err)
	}
	if len(series) > 0 {
		seen = append(seen, "dyad series")
	}
	paths, err := s.Paths(ctx, "ana-ferreira", "kenji-sato", 4, 5, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths.Paths) > 0 {
		seen = append(seen, "paths")
	}
	n, err := s.Neighborhood(ctx, "ana-ferreira", 1, 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, node := range n.Nodes {
		if node.ActorID == "kenji-sato" {
			seen = append(seen, "neighborhood")
		}
	}
	return seen
}

func meetingID() string {
	return domain.MeetingID([]string{"ana-ferreira", "kenji-sato"}, day(2024, 3, 4))
}

func TestARejectedEventIsGoneFromEveryReadAndStaysRejectedWhenItsArticleComesAgain(t *testing.T) {
	s, ctx, fs := summitStore(t, "https://example.test/reject")
	id := meetingID()
	all := []string{"timeline", "actor timeline", "actors timeline", "dyad events", "types", "text", "actor pages", "actor pages",
		"event by id", "events by ids", "histogram [[] []]", "histogram [[ana-ferreira] []]",
		"histogram [[] [MEETING]]", "counterparts", "dyad series", "paths", "neighborhood"}
	if got := readsOf(t, s, id, fs); !slices.Equal(got, all) {
		t.Fatalf("before the rejection the meeting shows in\n%q\nwant\n%q", got, all)
	}
	if err := s.RejectEvent(ctx, id, analyst); err != nil {
		t.Fatal(err)
	}
	if got := readsOf(t, s, id, fs); len(got) > 0 {
		t.Fatalf("a rejected meeting shows in %q", got)
	}
	checkNoFaults(t, s)
	for _, again := range []domain.FactSet{fs, rewritten(fs), summitFacts("https://example.test/reject-2")} {
		rep, err := s.WriteFacts(ctx, again)
		if err != nil {
			t.Fatal(err)
		}
		if got := readsOf(t, s, id, fs); len(got) > 0 {
			t.Fatalf("after writing %s again (%+v) the rejected meeting shows in %q", again.Article.URL, rep, got)
		}
	}
	checkNoFaults(t, s)
	// The other facts of the article are untouched.
	if _, err := s.Event(ctx, domain.InteractionID("kenji-sato", "portugal", domain.InteractAccuse, day(2024, 3, 4))); err != nil {
		t.Fatal(err)
	}
	if err := s.RejectEvent(ctx, id, analyst); domain.CodeOf(err) != domain.EInvalid {
		t.Fatalf("rejecting twice: %v, want BAD_USER_INPUT", err)
	}
	if err := s.RejectEvent(ctx, "evt-nope", analyst); domain.CodeOf(err) != domain.ENotFound {
		t.Fatalf("rejecting an unknown id: %v, want NOT_FOUND", err)
	}
	if _, err := s.RestoreEvent(ctx, id, analyst); err != nil {
		t.Fatal(err)
	}
	if got := readsOf(t, s, id, fs); !slices.Equal(got, all) {
		t.Fatalf("after the restore the meeting shows in\n%q\nwant\n%q", got, all)
	}
	checkNoFaults(t, s)
	if _, err := s.RestoreEvent(ctx, id, analyst); domain.CodeOf(err) != domain.EInvalid {
		t.Fatalf("restoring an event not rejected: %v, want BAD_USER_INPUT", err)
	}
}

func TestARejectedStatementLeavesSearch(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/search")
	hits := func() int {
		h, err := s.Search(ctx, "answer", []store.SearchKind{store.SearchStatement}, 10)
		if err != nil {
			t.Fatal(err)
		}
		return len(h)
	}
	if hits() != 1 {
		t.Fatal("the statement is not found before the rejection")
	}
	if err := s.RejectEvent(ctx, domain.StatementID("rita-lobo", "We will answer,", ""), analyst); err != nil {
		t.Fatal(err)
	}
	if n := hits(); n != 0 {
		t.Fatalf("search finds %d rejected statements", n)
	}
}

func TestACorrectedDateAndPlaceStandWhenTheArticleComesAgain(t *testing.T) {
	s, ctx, fs := summitStore(t, "https://example.test/correct")
	id := meetingID()
	month := domain.Month(2024, time.February)
	place := "Lausanne"
	if _, err := s.CorrectEvent(ctx, id, domain.EventCorrection{When: &month, Place: &place}, analyst); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		e, err := s.Event(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if e.When == nil || e.When.String() != "2024-02" || e.When.Precision != domain.PrecisionMonth {
			t.Fatalf("%s: the meeting's date is %v, want the corrected 2024-02", when, e.When)
		}
		places, err := s.PlacesOf(ctx, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		if places[id].Name != place {
			t.Fatalf("%s: the meeting's place is %q, want %q", when, places[id].Name, place)
		}
		// Its place in an actor's timeline follows the date.
		to := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
		p, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{"kenji-sato"}, To: &to}, store.TimelinePage{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Events) != 1 || p.Events[0].ID != id {
			t.Fatalf("%s: kenji-sato's events before March: %+v", when, p.Events)
		}
		checkNoFaults(t, s)
		checkTallies(t, s)
	}
	check("after the correction")
	for _, again := range []domain.FactSet{fs, rewritten(fs), summitFacts("https://example.test/correct-2")} {
		mustWrite(t, s, again)
		check("after writing " + again.Article.URL + " again")
	}
	bad := []struct {
		c    domain.EventCorrection
		code domain.ErrorCode
		id   string
	}{
		{domain.EventCorrection{}, domain.EInvalid, id},
		{domain.EventCorrection{Topic: &place}, domain.EInvalid, id},
		{domain.EventCorrection{When: &month}, domain.ENotFound, "evt-nope"},
	}
	for _, b := range bad {
		if _, err := s.CorrectEvent(ctx, b.id, b.c, analyst); domain.CodeOf(err) != b.code {
			t.Fatalf("correcting %s with %+v: %v, want %s", b.id, b.c, err, b.code)
		}
	}
}

// checkTallies insists that the running day tallies are what a count of
// the events gives.
func checkTallies(t *testing.T, s *store.Store) {
	t.Helper()
	ctx := context.Background()
	count := func() string {
		bs, err := s.TimelineHistogram(ctx, store.TimelineFilter{}, store.BucketDay, store.HistogramOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(bs)
	}
	kept := count()
	if err := s.RebuildTallies(ctx); err != nil {
		t.Fatal(err)
	}
	if got := count(); got != kept {
		t.Fatalf("tallies kept %s, counted %s", kept, got)
	}
}

func checkNoFaults(t *testing.T, s *store.Store) {
	t.Helper()
	faults, err := s.CurationFaultsForTest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(faults) > 0 {
		t.Fatalf("the graph is inconsistent:\n%s", strings.Join(faults, "\n"))
	}
}

// khanFacts is an article whose extraction made two actors of one man.
func khanFacts(url, extra string) domain.FactSet {
	text := "Imran Khan met Shehbaz Sharif in Lahore. PM Imran Khan warned Sharif." + extra
	ev := func(sentence string) domain.Evidence {
		a := strings.Index(text, sentence)
		return domain.Evidence{Sentence: sentence, Start: a, End: a + len(sentence), Extractor: "test/1", Confidence: 0.9}
	}
	return domain.FactSet{
		Article: sealed(domain.Article{URL: url, Title: "Khan and Sharif", PublishedAt: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), Text: text}),
		Actors: []domain.ActorFact{
			{ID: "imran-khan", Name: "Imran Khan", Kind: domain.KindPerson},
			{ID: "pm-imran-khan", Name: "PM Imran Khan", Kind: domain.KindPerson, Aliases: []string{"Khan Sahib"}},
			{ID: "shehbaz-sharif", Name: "Shehbaz Sharif", Kind: domain.KindPerson, Aliases: []string{"Sharif"}},
		},
		Meetings: []domain.MeetingFact{{Participants: []string{"imran-khan", "shehbaz-sharif"}, Place: "Lahore",
			When: day(2024, 5, 1), Evidence: ev("Imran Khan met Shehbaz Sharif in Lahore.")}},
		Interactions: []domain.InteractionFact{{Source: "pm-imran-khan", Target: "shehbaz-sharif", Kind: domain.InteractWarn,
			When: day(2024, 5, 1), Evidence: ev("PM Imran Khan warned Sharif.")}},
		OtherEvents: []domain.OtherEventFact{{Type: domain.TypeOther, Title: "Rally in Lahore",
			Actors: []string{"imran-khan", "pm-imran-khan", "shehbaz-sharif"}, When: day(2024, 5, 1), Evidence: ev("Imran Khan met Shehbaz Sharif in Lahore.")}},
	}
}

func TestMergedActorsStayOneWhenTheArticleThatMadeTheDuplicateComesAgain(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	fs := khanFacts("https://example.test/khan", "")
	mustWrite(t, s, fs)
	merged, err := s.MergeActors(ctx, "imran-khan", "pm-imran-khan", analyst)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(merged.Aliases, "PM Imran Khan") || !slices.Contains(merged.Aliases, "Khan Sahib") {
		t.Fatalf("the survivor's aliases: %q", merged.Aliases)
	}
	check := func(when string) {
		t.Helper()
		for _, id := range []string{"imran-khan", "pm-imran-khan"} {
			a, err := s.Actor(ctx, id)
			if err != nil || a.ID != "imran-khan" {
				t.Fatalf("%s: actor %s answers %+v, %v", when, id, a, err)
			}
		}
		m, err := s.ActorsByIDs(ctx, []string{"pm-imran-khan"})
		if err != nil || m["pm-imran-khan"].ID != "imran-khan" {
			t.Fatalf("%s: ActorsByIDs: %+v, %v", when, m, err)
		}
		all, err := s.AllActors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range all {
			ids = append(ids, a.ID)
		}
		sort.Strings(ids)
		if !slices.Equal(ids, []string{"imran-khan", "shehbaz-sharif"}) {
			t.Fatalf("%s: actors %q", when, ids)
		}
		byName, err := s.ActorsByNames(ctx, []string{"PM Imran Khan"})
		if err != nil {
			t.Fatal(err)
		}
		for _, as := range byName {
			if len(as) != 1 || as[0].ID != "imran-khan" {
				t.Fatalf("%s: the name PM Imran Khan finds %+v", when, as)
			}
		}
		p, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{"imran-khan"}}, store.TimelinePage{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Events) != 3 {
			t.Fatalf("%s: imran-khan has %d events, want the meeting, the warning and the rally", when, len(p.Events))
		}
		cps, err := s.Counterparts(ctx, "imran-khan", 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(cps) != 1 || cps[0].ActorID != "shehbaz-sharif" || cps[0].Events != 2 {
			t.Fatalf("%s: counterparts %+v", when, cps)
		}
		checkNoFaults(t, s)
	}
	check("after the merge")
	for _, again := range []domain.FactSet{fs, khanFacts("https://example.test/khan", " More."), khanFacts("https://example.test/khan-2", "")} {
		mustWrite(t, s, again)
		check("after writing " + again.Article.URL + " again")
	}
}

func TestBadMergesChangeNothing(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	mustWrite(t, s, khanFacts("https://example.test/bad", ""))
	before, err := s.InvolvementPairsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []struct {
		into, from string
		code       domain.ErrorCode
		field      string
	}{
		{"imran-khan", "imran-khan", domain.EInvalid, "from"},
		{"imran-khan", "nobody", domain.ENotFound, "from"},
		{"nobody", "imran-khan", domain.ENotFound, "into"},
	} {
		_, err := s.MergeActors(ctx, b.into, b.from, analyst)
		var de *domain.Error
		if domain.CodeOf(err) != b.code || !asDomain(err, &de) || de.Field != b.field {
			t.Fatalf("merging %s into %s: %v, want %s naming %s", b.from, b.into, err, b.code, b.field)
		}
	}
	after, err := s.InvolvementPairsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(before)
	sort.Strings(after)
	if !slices.Equal(before, after) {
		t.Fatalf("bad merges changed the involvements:\n%q\n%q", before, after)
	}
	if _, err := s.MergeActors(ctx, "imran-khan", "pm-imran-khan", analyst); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergeActors(ctx, "shehbaz-sharif", "pm-imran-khan", analyst); domain.CodeOf(err) != domain.ENotFound {
		t.Fatalf("merging an id merged away already: %v, want NOT_FOUND", err)
	}
}

// ringOfActors writes n actors, each meeting the next two on its own day,
// and all of them at one summit.
func ringOfActors(t *testing.T, s *store.Store, n int) []string {
	t.Helper()
	var ids []string
	for i := range n {
		ids = append(ids, fmt.Sprintf("actor-%02d", i))
	}
	var fs domain.FactSet
	text := "Ring."
	fs.Article = sealed(domain.Article{URL: "https://example.test/ring", PublishedAt: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Text: text})
	ev := domain.Evidence{Sentence: text, Start: 0, End: 5, Extractor: "test/1", Confidence: 1}
	for i, id := range ids {
		fs.Actors = append(fs.Actors, domain.ActorFact{ID: id, Name: fmt.Sprintf("Actor %02d", i), Kind: domain.KindPerson})
		for k := 1; k <= 2; k++ {
			fs.Meetings = append(fs.Meetings, domain.MeetingFact{Participants: []string{id, ids[(i+k)%n]}, When: day(2024, 1, 1+i), Evidence: ev})
		}
	}
	fs.OtherEvents = []domain.OtherEventFact{{Type: domain.TypeOther, Title: "Summit", Actors: ids, When: day(2024, 2, 1), Evidence: ev}}
	if _, err := s.WriteFacts(context.Background(), fs); err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestConcurrentMergesOfOverlappingActorsLoseAndDoubleNothing(t *testing.T) {
	concurrentMergesLoseAndDoubleNothing(t)
}

// Merges made in steps (one event a transaction here) claim their actors
// from the first step to the last: overlapping ones wait for each other.
func TestConcurrentMergesInStepsLoseAndDoubleNothing(t *testing.T) {
	defer store.SetMergeStepForTest(1)()
	concurrentMergesLoseAndDoubleNothing(t)
}

func concurrentMergesLoseAndDoubleNothing(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	ids := ringOfActors(t, s, 8)
	before, err := s.InvolvementPairsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	merges := [][2]string{{ids[0], ids[1]}, {ids[1], ids[2]}, {ids[2], ids[0]}, {ids[3], ids[1]}, {ids[4], ids[5]},
		{ids[5], ids[4]}, {ids[0], ids[4]}, {ids[6], ids[7]}, {ids[7], ids[3]}, {ids[2], ids[6]}}
	var wg sync.WaitGroup
	errs := make([]error, len(merges))
	for i, m := range merges {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.MergeActors(ctx, m[0], m[1], analyst)
		}()
	}
	wg.Wait()
	done := 0
	for i, err := range errs {
		switch {
		case err == nil:
			done++
		case domain.CodeOf(err) != domain.ENotFound:
			t.Fatalf("merge %v: %v", merges[i], err)
		}
	}
	if done == 0 {
		t.Fatal("no merge went through")
	}
	checkNoFaults(t, s)
	// Every involvement is still there, on the actor its actor became.
	survivor := map[string]string{}
	for _, id := range ids {
		a, err := s.Actor(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		survivor[id] = a.ID
	}
	want := map[string]bool{}
	for _, p := range before {
		ev, actor, _ := strings.Cut(p, "|")
		want[ev+"|"+survivor[actor]] = true
	}
	got := involvementsOnce(t, s)
	if fmt.Sprint(sortedKeys(got)) != fmt.Sprint(sortedKeys(want)) {
		t.Fatalf("%d merges went through; involvements\n%q\nwant\n%q", done, sortedKeys(got), sortedKeys(want))
	}
}

// involvementsOnce is every "event|actor" involvement of the graph, the
// test failing if one is there twice: a merge must neither lose nor
// double one.
func involvementsOnce(t *testing.T, s *store.Store) map[string]bool {
	t.Helper()
	pairs, err := s.InvolvementPairsForTest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, p := range pairs {
		if got[p] {
			t.Fatalf("involvement %s twice", p)
		}
		got[p] = true
	}
	return got
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestActorFixesHoldAgainstTheNextIngest(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	fs := khanFacts("https://example.test/fixes", "")
	mustWrite(t, s, fs)
	if _, err := s.RemoveAlias(ctx, "pm-imran-khan", "Khan Sahib", analyst); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RenameActor(ctx, "shehbaz-sharif", "Shehbaz Sharif (PML-N)", analyst); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetActorKind(ctx, "shehbaz-sharif", domain.KindGroup, analyst); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, s, khanFacts("https://example.test/fixes", " Again."))
	pm, err := s.Actor(ctx, "pm-imran-khan")
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(pm.Aliases, "Khan Sahib") {
		t.Fatalf("a removed alias came back: %q", pm.Aliases)
	}
	if m, _ := s.ActorsByNames(ctx, []string{"Khan Sahib"}); len(m) > 0 {
		t.Fatalf("a removed alias still finds %+v", m)
	}
	sh, err := s.Actor(ctx, "shehbaz-sharif")
	if err != nil {
		t.Fatal(err)
	}
	if sh.Name != "Shehbaz Sharif (PML-N)" || sh.Kind != domain.KindGroup || !slices.Contains(sh.Aliases, "Shehbaz Sharif") {
		t.Fatalf("renamed and re-kinded actor after a re-ingest: %+v", sh)
	}
	for _, b := range []struct {
		err   error
		code  domain.ErrorCode
		field string
	}{
		{second(s.RemoveAlias(ctx, "pm-imran-khan", "Khan Sahib", analyst)), domain.EInvalid, "alias"},
		{second(s.RemoveAlias(ctx, "nobody", "x", analyst)), domain.ENotFound, "actor"},
		{second(s.RenameActor(ctx, "shehbaz-sharif", " ", analyst)), domain.EInvalid, "name"},
		{second(s.SetActorKind(ctx, "shehbaz-sharif", "PLANET", analyst)), domain.EInvalid, "kind"},
	} {
		var de *domain.Error
		if !asDomain(b.err, &de) || de.Code != b.code || de.Field != b.field {
			t.Fatalf("got %v, want %s naming %s", b.err, b.code, b.field)
		}
	}
}

func TestHistoryListsEachChangeInOrderWithItsReason(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := domain.WithAuthor(context.Background(), "key:loader")
	fs := summitFacts("https://example.test/history")
	if _, err := s.WriteFacts(ctx, fs); err != nil { // written by key:loader
		t.Fatal(err)
	}
	id := meetingID()
	month := domain.Month(2024, time.February)
	steps := []func() error{
		func() error {
			_, err := s.CorrectEvent(ctx, id, domain.EventCorrection{When: &month}, domain.Curation{By: "key:ana", Reason: "the wire says February"})
			return err
		},
		func() error { return s.RejectEvent(ctx, id, domain.Curation{By: "key:ben", Reason: "not a meeting"}) },
		func() error {
			_, err := s.RestoreEvent(ctx, id, domain.Curation{By: "key:ana", Reason: "it was"})
			return err
		},
		func() error {
			_, err := s.WriteFacts(ctx, summitFacts("https://example.test/history-2"))
			return err
		},
		func() error {
			_, err := s.WriteFacts(ctx, rewritten(fs))
			return err
		},
		func() error {
			fs2 := summitFacts("https://example.test/history-2")
			fs2.Article.Seal()
			_, err := s.RetractArticle(ctx, fs2.Article.ID)
			return err
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	after := ""
	for {
		p, err := s.EventHistory(ctx, id, 2, after)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Revisions {
			line := fmt.Sprintf("%s by %s: %s", r.Kind, r.By, r.Reason)
			for _, c := range r.Changes {
				line += fmt.Sprintf(" [%s %s→%s]", c.Field, c.Before, c.After)
			}
			got = append(got, line)
			after = r.Key
		}
		if !p.HasNext {
			break
		}
	}
	want := []string{
		"INGESTED by key:loader: ",
		"CORRECTED by key:ana: the wire says February [when 2024-03-04→2024-02]",
		"REJECTED by key:ben: not a meeting",
		"RESTORED by key:ana: it was",
		"INGESTED by key:loader: ",
		"REINGESTED by key:loader: ",
		"RETRACTED by key:loader: ",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("history:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	if _, err := s.MergeActors(ctx, "ana-ferreira", "rita-lobo", domain.Curation{By: "key:ana", Reason: "same person"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RenameActor(ctx, "ana-ferreira", "Ana M. Ferreira", domain.Curation{By: "key:ana", Reason: "full name"}); err != nil {
		t.Fatal(err)
	}
	p, err := s.ActorHistory(ctx, "ana-ferreira", 20, "")
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range p.Revisions {
		kinds = append(kinds, string(r.Kind)+":"+r.Reason)
	}
	// The write that created both (rita-lobo's history moved with the
	// merge), the merge, the rename.
	if want := []string{"INGESTED:", "MERGED:same person", "RENAMED:full name"}; !slices.Equal(kinds, want) {
		t.Fatalf("actor history %q, want %q", kinds, want)
	}
}

func second[T any](_ T, err error) error { return err }

func asDomain(err error, de **domain.Error) bool { return errors.As(err, de) }

func TestAnEventOfAMergedAwayActorIsFoundAgainUnderTheSurvivorsName(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	mustWrite(t, s, khanFacts("https://example.test/alias", ""))
	warning := domain.InteractionID("pm-imran-khan", "shehbaz-sharif", domain.InteractWarn, day(2024, 5, 1))
	rally := domain.OtherEventID(domain.TypeOther, []string{"imran-khan", "pm-imran-khan", "shehbaz-sharif"}, "Rally in Lahore", day(2024, 5, 1))
	if err := s.RejectEvent(ctx, rally, analyst); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergeActors(ctx, "imran-khan", "pm-imran-khan", analyst); err != nil {
		t.Fatal(err)
	}
	// Another article, extracted after the merge, names the survivor.
	later := khanFacts("https://example.test/alias-later", "")
	later = later.RedirectActors(map[string]string{"pm-imran-khan": "imran-khan"})
	mustWrite(t, s, later)
	p, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{"imran-khan"}}, store.TimelinePage{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range p.Events {
		ids = append(ids, e.ID)
	}
	if len(ids) != 2 || !slices.Contains(ids, warning) || slices.Contains(ids, rally) {
		t.Fatalf("imran-khan's events %q, want the meeting and the warning %s (the rally stays rejected)", ids, warning)
	}
	src, err := s.SourcesOf(ctx, []string{warning})
	if err != nil {
		t.Fatal(err)
	}
	if len(src[warning]) != 2 {
		t.Fatalf("the warning has %d sources, want both articles", len(src[warning]))
	}
	checkNoFaults(t, s)
}

// Ingests that name an actor while it is merged away land on the
// survivor: none brings the merged-away actor back or leaves an
// involvement on it.
func TestIngestsDuringAMergeLandOnTheSurvivor(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	ids := ringOfActors(t, s, 4)
	article := func(i int) domain.FactSet {
		text := fmt.Sprintf("Meeting %d.", i)
		ev := domain.Evidence{Sentence: text, Start: 0, End: len(text), Extractor: "test/1", Confidence: 1}
		return domain.FactSet{
			Article: sealed(domain.Article{URL: fmt.Sprintf("https://example.test/during-%d", i), PublishedAt: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), Text: text}),
			Actors: []domain.ActorFact{{ID: ids[1], Name: "Actor 01", Kind: domain.KindPerson},
				{ID: ids[2], Name: "Actor 02", Kind: domain.KindPerson}},
			Meetings: []domain.MeetingFact{{Participants: []string{ids[1], ids[2]}, When: day(2024, 3, 1+i), Evidence: ev}},
		}
	}
	var work []func() error
	for i := range 12 {
		work = append(work, func() error { _, err := s.WriteFacts(ctx, article(i)); return err })
		if i == 4 {
			work = append(work, func() error { _, err := s.MergeActors(ctx, ids[0], ids[1], analyst); return err })
		}
	}
	runAll(t, work...)
	checkNoFaults(t, s)
	all, err := s.AllActors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		if a.ID == ids[1] {
			t.Fatalf("the merged-away %s is an actor again", ids[1])
		}
	}
	p, err := s.Timeline(ctx, store.TimelineFilter{AllActors: []string{ids[0], ids[2]}, Types: []domain.EventType{domain.TypeMeeting}},
		store.TimelinePage{First: 50})
	if err != nil {
		t.Fatal(err)
	}
	var march int
	for _, e := range p.Events {
		if e.When != nil && e.When.Start.Month() == time.March {
			march++
		}
	}
	if march != 12 {
		t.Fatalf("%d of the 12 meetings written during the merge are %s's", march, ids[0])
	}
}
