package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

// involvedIn returns "actor ROLE" for every part in the event, sorted.
func involvedIn(t *testing.T, s *store.Store, id string) []string {
	t.Helper()
	m, err := s.InvolvementsOf(context.Background(), []string{id})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, in := range m[id] {
		out = append(out, in.Actor.ID+" "+string(in.Role))
	}
	slices.Sort(out)
	return out
}

// onTimeline reports whether the event is on the actor's timeline (as of
// at, when not zero).
func onTimeline(t *testing.T, s *store.Store, actor, id string, at time.Time) bool {
	t.Helper()
	p, err := s.Timeline(context.Background(), store.TimelineFilter{Actors: []string{actor}, AsOf: at}, store.TimelinePage{First: 50})
	if err != nil {
		t.Fatal(err)
	}
	return slices.ContainsFunc(p.Events, func(e domain.Event) bool { return e.ID == id })
}

func TestCorrectedParticipantsAndSpeakerStandWhenTheArticleComesAgain(t *testing.T) {
	s, ctx, fs := summitStore(t, "https://example.test/who")
	meeting := meetingID()
	statement := domain.StatementID("rita-lobo", "We will answer,", "")
	beforeCorrection := aMoment(t)
	if _, err := s.CorrectEvent(ctx, meeting, domain.EventCorrection{Participants: []string{"ana-ferreira", "rita-lobo"}}, analyst); err != nil {
		t.Fatal(err)
	}
	speaker := "ana-ferreira"
	if _, err := s.CorrectEvent(ctx, statement, domain.EventCorrection{Speaker: &speaker}, analyst); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		if got, want := involvedIn(t, s, meeting), []string{"ana-ferreira PARTICIPATED_IN", "rita-lobo PARTICIPATED_IN"}; !slices.Equal(got, want) {
			t.Fatalf("%s: the meeting's parts are %q, want %q", when, got, want)
		}
		if got, want := involvedIn(t, s, statement), []string{"ana-ferreira ON_BEHALF_OF", "ana-ferreira SAID"}; !slices.Equal(got, want) {
			t.Fatalf("%s: the statement's parts are %q, want %q", when, got, want)
		}
		if onTimeline(t, s, "kenji-sato", meeting, time.Time{}) || !onTimeline(t, s, "rita-lobo", meeting, time.Time{}) {
			t.Fatalf("%s: the meeting is on kenji-sato's timeline or not on rita-lobo's", when)
		}
		if onTimeline(t, s, "rita-lobo", statement, time.Time{}) {
			t.Fatalf("%s: the statement is still on its old speaker's timeline", when)
		}
		m, err := s.EventsByIDs(ctx, []string{meeting, statement})
		if err != nil {
			t.Fatal(err)
		}
		if m[meeting].Title != "Meeting of Ana Ferreira and Rita Lobo" || m[statement].Title != "Ana Ferreira: We will answer," {
			t.Fatalf("%s: titles %q, %q", when, m[meeting].Title, m[statement].Title)
		}
		checkNoFaults(t, s)
	}
	check("after the corrections")
	for _, again := range []domain.FactSet{fs, rewritten(fs), summitFacts("https://example.test/who-2")} {
		mustWrite(t, s, again)
		check("after writing " + again.Article.URL + " again")
	}
	// As of before the correction the meeting was kenji-sato's.
	if !onTimeline(t, s, "kenji-sato", meeting, beforeCorrection) || onTimeline(t, s, "rita-lobo", meeting, beforeCorrection) {
		t.Fatal("as of before the correction the meeting is not kenji-sato's alone")
	}
	// The history says who took part before and after.
	h, err := s.EventHistory(ctx, meeting, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	var changes []string
	for _, r := range h.Revisions {
		if r.Kind == domain.RevisionCorrected {
			changes = append(changes, fmt.Sprint(r.Changes))
		}
	}
	if want := fmt.Sprint([]domain.FieldChange{{Field: "participants", Before: "ana-ferreira, kenji-sato", After: "ana-ferreira, rita-lobo"}}); len(changes) != 1 || changes[0] != want {
		t.Fatalf("corrections in the meeting's history: %q, want %q", changes, want)
	}
}

func TestACorrectionNamingNoActorChangesNothing(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/bad-who")
	meeting := meetingID()
	statement := domain.StatementID("rita-lobo", "We will answer,", "")
	nobody, kenji := "nobody-at-all", "kenji-sato"
	month := domain.Month(2024, time.February)
	bad := []struct {
		id    string
		c     domain.EventCorrection
		field string
	}{
		{meeting, domain.EventCorrection{Participants: []string{"ana-ferreira", "nobody-at-all"}}, "input.participants"},
		{meeting, domain.EventCorrection{Participants: []string{"ana-ferreira", "nobody-at-all"}, When: &month}, "input.participants"},
		{meeting, domain.EventCorrection{Participants: []string{"ana-ferreira", "ana-ferreira"}}, "input.participants"},
		{meeting, domain.EventCorrection{Speaker: &kenji}, "input.speaker"},
		{statement, domain.EventCorrection{Speaker: &nobody}, "input.speaker"},
		{statement, domain.EventCorrection{Participants: []string{"kenji-sato"}}, "input.participants"},
	}
	for _, b := range bad {
		_, err := s.CorrectEvent(ctx, b.id, b.c, analyst)
		var de *domain.Error
		if !errors.As(err, &de) || de.Code != domain.EInvalid || de.Field != b.field {
			t.Fatalf("correcting %s with %+v: %v, want BAD_USER_INPUT naming %s", b.id, b.c, err, b.field)
		}
	}
	if got, want := involvedIn(t, s, meeting), []string{"ana-ferreira PARTICIPATED_IN", "kenji-sato PARTICIPATED_IN"}; !slices.Equal(got, want) {
		t.Fatalf("the meeting's parts are %q, want %q", got, want)
	}
	e, err := s.Event(ctx, meeting)
	if err != nil {
		t.Fatal(err)
	}
	if e.When.String() != "2024-03-04" {
		t.Fatalf("the meeting's date is %s after refused corrections", e.When)
	}
	h, err := s.EventHistory(ctx, meeting, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range h.Revisions {
		if r.Kind == domain.RevisionCorrected {
			t.Fatalf("a refused correction is in the history: %+v", r)
		}
	}
	checkNoFaults(t, s)
}

func TestACorrectedParticipantMergedAwayLaterLeavesTheEventToItsSurvivor(t *testing.T) {
	s, ctx, fs := summitStore(t, "https://example.test/who-merged")
	meeting := meetingID()
	if _, err := s.CorrectEvent(ctx, meeting, domain.EventCorrection{Participants: []string{"kenji-sato", "rita-lobo"}}, analyst); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergeActors(ctx, "japan", "rita-lobo", analyst); err != nil {
		t.Fatal(err)
	}
	for _, again := range []domain.FactSet{fs, rewritten(fs)} {
		mustWrite(t, s, again)
		if got, want := involvedIn(t, s, meeting), []string{"japan PARTICIPATED_IN", "kenji-sato PARTICIPATED_IN"}; !slices.Equal(got, want) {
			t.Fatalf("the meeting's parts are %q, want %q", got, want)
		}
		checkNoFaults(t, s)
	}
	// A merged-away id given in a correction names its survivor.
	if _, err := s.CorrectEvent(ctx, meeting, domain.EventCorrection{Participants: []string{"rita-lobo", "ana-ferreira"}}, analyst); err != nil {
		t.Fatal(err)
	}
	if got, want := involvedIn(t, s, meeting), []string{"ana-ferreira PARTICIPATED_IN", "japan PARTICIPATED_IN"}; !slices.Equal(got, want) {
		t.Fatalf("the meeting's parts are %q, want %q", got, want)
	}
	checkNoFaults(t, s)
}
