package store_test

import (
	"context"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// aMoment returns now, once the clock has moved past it: a write that
// starts afterwards has a later transaction time, whatever the clocks'
// resolution.
func aMoment(t *testing.T) time.Time {
	t.Helper()
	at := time.Now()
	deadline := at.Add(time.Second)
	for time.Now().Before(at.Add(2 * time.Millisecond)) {
		if time.Now().After(deadline) {
			t.Fatal("the clock does not move")
		}
	}
	return at
}

// idsAsOf returns the ids of the events of the timeline filtered by f as
// of at (the present when at is zero), sorted.
func idsAsOf(t *testing.T, s *store.Store, f store.TimelineFilter, at time.Time) []string {
	t.Helper()
	f.AsOf = at
	p, err := s.Timeline(context.Background(), f, store.TimelinePage{First: 50, Desc: true,
		With: store.Details{Participants: true, Sources: true, Places: true}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range p.Events {
		ids = append(ids, e.ID)
	}
	sort.Strings(ids)
	return ids
}

func TestAsOfBeforeAMergeShowsTwoActorsWithTheirOwnEvents(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	before := aMoment(t)
	fs := khanFacts("https://example.test/khan-asof", "")
	mustWrite(t, s, fs)
	written := aMoment(t)
	if _, err := s.MergeActors(ctx, "imran-khan", "pm-imran-khan", analyst); err != nil {
		t.Fatal(err)
	}
	merged := aMoment(t)

	meeting := domain.MeetingID([]string{"imran-khan", "shehbaz-sharif"}, day(2024, 5, 1))
	warning := domain.InteractionID("pm-imran-khan", "shehbaz-sharif", domain.InteractWarn, day(2024, 5, 1))
	all, err := s.Timeline(ctx, store.TimelineFilter{}, store.TimelinePage{First: 10})
	if err != nil || len(all.Events) != 3 {
		t.Fatalf("the present timeline: %+v, %v", all, err)
	}
	rally := ""
	for _, e := range all.Events {
		if e.Type == domain.TypeOther {
			rally = e.ID
		}
	}
	khan := store.TimelineFilter{Actors: []string{"imran-khan"}}
	pm := store.TimelineFilter{Actors: []string{"pm-imran-khan"}}
	both := store.TimelineFilter{AllActors: []string{"imran-khan", "pm-imran-khan"}}
	for _, c := range []struct {
		name string
		f    store.TimelineFilter
		at   time.Time
		want []string
	}{
		{"imran-khan now", khan, time.Time{}, sorted(meeting, warning, rally)},
		{"imran-khan as of the merge's eve", khan, written, sorted(meeting, rally)},
		{"pm-imran-khan as of the merge's eve", pm, written, sorted(warning, rally)},
		{"both as of the merge's eve", both, written, sorted(rally)},
		{"either as of the merge's eve", store.TimelineFilter{Actors: []string{"imran-khan", "pm-imran-khan"}}, written, sorted(meeting, warning, rally)},
		{"everything as of the merge's eve", store.TimelineFilter{}, written, sorted(meeting, warning, rally)},
		{"imran-khan as of after the merge", khan, merged, sorted(meeting, warning, rally)},
		{"everything before the article", store.TimelineFilter{}, before, nil},
		{"imran-khan before the article", khan, before, nil},
	} {
		if got := idsAsOf(t, s, c.f, c.at); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}

	a, err := s.ActorAsOf(ctx, "pm-imran-khan", written)
	if err != nil || a.ID != "pm-imran-khan" || a.Name != "PM Imran Khan" {
		t.Fatalf("pm-imran-khan as of the merge's eve: %+v, %v", a, err)
	}
	a, err = s.ActorAsOf(ctx, "imran-khan", written)
	if err != nil || slices.Contains(a.Aliases, "PM Imran Khan") {
		t.Fatalf("imran-khan as of the merge's eve has the other's names: %+v, %v", a, err)
	}
	a, err = s.ActorAsOf(ctx, "pm-imran-khan", merged)
	if err != nil || a.ID != "imran-khan" || !slices.Contains(a.Aliases, "PM Imran Khan") {
		t.Fatalf("pm-imran-khan after the merge: %+v, %v", a, err)
	}
	if _, err := s.ActorAsOf(ctx, "imran-khan", before); domain.CodeOf(err) != domain.ENotFound {
		t.Fatalf("imran-khan before any article named him: %v, want NOT_FOUND", err)
	}

	// The rally, as it stood, had both actors among its participants.
	e, d, err := s.EventAsOf(ctx, rally, written, store.Details{Involvements: true})
	if err != nil {
		t.Fatal(err)
	}
	var who []string
	for _, inv := range d.Involvements[e.ID] {
		who = append(who, inv.Actor.ID)
	}
	sort.Strings(who)
	if !slices.Equal(who, []string{"imran-khan", "pm-imran-khan", "shehbaz-sharif"}) {
		t.Fatalf("the rally's participants as of the merge's eve: %q", who)
	}
}

func sorted(ids ...string) []string {
	out := slices.Clone(ids)
	sort.Strings(out)
	return out
}

func TestARetractedArticlesFactsAreGoneNowAndPresentAsOfBefore(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	fs := summitFacts("https://example.test/retract-asof")
	rep, err := s.WriteFacts(ctx, fs)
	if err != nil {
		t.Fatal(err)
	}
	written := aMoment(t)
	if _, err := s.RetractArticle(ctx, rep.ArticleID); err != nil {
		t.Fatal(err)
	}
	if got := idsAsOf(t, s, store.TimelineFilter{}, time.Time{}); len(got) != 0 {
		t.Fatalf("after the retraction the timeline shows %q", got)
	}
	then := idsAsOf(t, s, store.TimelineFilter{}, written)
	if len(then) != 4 {
		t.Fatalf("as of before the retraction the timeline shows %q, want the article's 4 events", then)
	}
	for _, c := range []struct {
		f    store.TimelineFilter
		want int
	}{
		{store.TimelineFilter{Actors: []string{"ana-ferreira"}}, 2}, // the meeting, the statement for her
		{store.TimelineFilter{Types: []domain.EventType{domain.TypeMeeting}}, 1},
		{store.TimelineFilter{Text: "meeting"}, 1},
		{store.TimelineFilter{Topics: []string{domain.TopicID("Steel tariffs")}}, 1},
		{store.TimelineFilter{AllActors: []string{"ana-ferreira", "kenji-sato"}}, 1},
	} {
		if got := idsAsOf(t, s, c.f, written); len(got) != c.want {
			t.Errorf("as of before the retraction, %+v finds %q, want %d events", c.f, got, c.want)
		}
	}
	e, d, err := s.EventAsOf(ctx, meetingID(), written, store.Details{Sources: true, Places: true})
	if err != nil {
		t.Fatal(err)
	}
	srcs := d.Sources[e.ID]
	if len(srcs) != 1 || d.Articles[srcs[0].ArticleID].Title != "Ministers meet" || d.Places[e.ID].Name != "Geneva" {
		t.Fatalf("the meeting as of before the retraction: sources %+v, articles %+v, place %+v", srcs, d.Articles, d.Places)
	}
	if _, _, err := s.EventAsOf(ctx, meetingID(), time.Now(), store.Details{}); domain.CodeOf(err) != domain.ENotFound {
		t.Fatalf("the meeting now: %v, want NOT_FOUND", err)
	}
	// Written again, the article's facts are back, and the moment between
	// still shows nothing.
	between := aMoment(t)
	mustWrite(t, s, fs)
	if got := idsAsOf(t, s, store.TimelineFilter{}, between); len(got) != 0 {
		t.Fatalf("between the retraction and the new ingest the timeline shows %q", got)
	}
	if got := idsAsOf(t, s, store.TimelineFilter{}, time.Time{}); !slices.Equal(got, then) {
		t.Fatalf("after the new ingest: %q, want %q", got, then)
	}
}

func TestARejectedEventIsPresentAsOfBeforeTheRejection(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/reject-asof")
	written := aMoment(t)
	if err := s.RejectEvent(ctx, meetingID(), analyst); err != nil {
		t.Fatal(err)
	}
	rejected := aMoment(t)
	dyad := store.TimelineFilter{AllActors: []string{"ana-ferreira", "kenji-sato"}}
	if got := idsAsOf(t, s, dyad, time.Time{}); len(got) != 0 {
		t.Fatalf("the rejected meeting shows now: %q", got)
	}
	if got := idsAsOf(t, s, dyad, written); !slices.Equal(got, []string{meetingID()}) {
		t.Fatalf("as of before the rejection: %q", got)
	}
	if _, _, err := s.EventAsOf(ctx, meetingID(), written, store.Details{}); err != nil {
		t.Fatalf("the meeting as of before the rejection: %v", err)
	}
	if _, err := s.RestoreEvent(ctx, meetingID(), analyst); err != nil {
		t.Fatal(err)
	}
	if got := idsAsOf(t, s, dyad, rejected); len(got) != 0 {
		t.Fatalf("while rejected: %q", got)
	}
	if got := idsAsOf(t, s, dyad, time.Time{}); !slices.Equal(got, []string{meetingID()}) {
		t.Fatalf("restored: %q", got)
	}
}

func TestACorrectedDateShowsTheOldDateAsOfBefore(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/correct-asof")
	written := aMoment(t)
	if _, err := s.CorrectEvent(ctx, meetingID(), domain.EventCorrection{When: day(2024, 3, 5)}, analyst); err != nil {
		t.Fatal(err)
	}
	dayOf := func(at time.Time) time.Time {
		t.Helper()
		e, _, err := s.EventAsOf(ctx, meetingID(), at, store.Details{})
		if err != nil {
			t.Fatal(err)
		}
		return e.When.Start
	}
	if got, want := dayOf(written), day(2024, 3, 4).Start; !got.Equal(want) {
		t.Fatalf("as of before the correction the meeting is on %s, want %s", got, want)
	}
	if got, want := dayOf(time.Now()), day(2024, 3, 5).Start; !got.Equal(want) {
		t.Fatalf("now the meeting is on %s, want %s", got, want)
	}
	// In a timeline bounded to the old day, only the past shows it.
	onThe4th := store.TimelineFilter{From: &day(2024, 3, 4).Start, To: &day(2024, 3, 4).End, Types: []domain.EventType{domain.TypeMeeting}}
	if got := idsAsOf(t, s, onThe4th, written); !slices.Equal(got, []string{meetingID()}) {
		t.Fatalf("as of before the correction, the 4th: %q", got)
	}
	if got := idsAsOf(t, s, onThe4th, time.Time{}); len(got) != 0 {
		t.Fatalf("now, the 4th: %q", got)
	}
}

func TestASourceAddedLaterIsAbsentAsOfBefore(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/first")
	one := aMoment(t)
	mustWrite(t, s, summitFacts("https://example.test/second"))
	for at, want := range map[time.Time]int{one: 1, time.Now(): 2} {
		e, d, err := s.EventAsOf(ctx, meetingID(), at, store.Details{Sources: true})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(d.Sources[e.ID]); n != want {
			t.Errorf("as of %s the meeting has %d sources, want %d", at, n, want)
		}
	}
}

func TestAsOfInTheFutureIsBadInput(t *testing.T) {
	err := store.CheckAsOf("asOf", time.Now().Add(time.Hour))
	var de *domain.Error
	if !asDomain(err, &de) || de.Code != domain.EInvalid || de.Field != "asOf" {
		t.Fatalf("asOf in an hour: %v, want BAD_USER_INPUT naming asOf", err)
	}
	if err := store.CheckAsOf("asOf", time.Now()); err != nil {
		t.Fatal(err)
	}
}
