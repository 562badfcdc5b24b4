package domain_test

import (
	"slices"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

func day(y int, m time.Month, d int) *domain.FuzzyDate { v := domain.Day(y, m, d); return &v }

func facts() domain.FactSet {
	return domain.FactSet{
		Actors: []domain.ActorFact{
			{ID: "a", Name: "A", Kind: domain.KindPerson}, {ID: "b", Name: "PM A", Kind: domain.KindPerson, Aliases: []string{"Mr A"}},
			{ID: "c", Name: "C", Kind: domain.KindCountry, Roles: []domain.Role{{Title: "Envoy", Of: "b"}}},
		},
		Meetings:     []domain.MeetingFact{{Participants: []string{"a", "b", "c"}, When: day(2024, 1, 2)}},
		Statements:   []domain.StatementFact{{Speaker: "b", Quote: "We go.", About: []string{"c"}, Target: "a"}},
		Interactions: []domain.InteractionFact{{Source: "b", Target: "c", Kind: domain.InteractWarn, When: day(2024, 1, 3)}},
		PolicyShifts: []domain.PolicyShiftFact{{Actor: "b", Topic: "Grain exports", To: "banned", When: day(2024, 1, 4)}},
		OtherEvents: []domain.OtherEventFact{{Type: domain.TypeElection, Actors: []string{"b", "c"}, Title: "Vote", When: day(2024, 1, 5)},
			{Type: domain.TypeOther, Title: "Undated rally"}},
	}
}

// A merge aliases an event by the id its stored facts give it: that must
// be the id the write gave it.
func TestEventIDOfGivesTheIDsOfTheRecords(t *testing.T) {
	for _, r := range facts().EventRecords(domain.DayOf(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))) {
		e := r.Event
		if r.Type == domain.TypePolicyShift {
			e.Topic = r.TopicName // the store keeps the topic's name
		}
		if got := domain.EventIDOf(e, r.Involved, r.When); got != r.ID {
			t.Errorf("%s %s: EventIDOf gives %s", r.Type, r.ID, got)
		}
	}
}

func TestRedirectActorsNamesTheSurvivorEverywhere(t *testing.T) {
	fs := facts().RedirectActors(map[string]string{"b": "a"})
	if len(fs.Actors) != 2 || fs.Actors[0].ID != "a" || !slices.Contains(fs.Actors[0].Aliases, "PM A") || !slices.Contains(fs.Actors[0].Aliases, "Mr A") {
		t.Fatalf("actors: %+v", fs.Actors)
	}
	if fs.Actors[1].Roles[0].Of != "a" {
		t.Fatalf("role of: %+v", fs.Actors[1].Roles)
	}
	if !slices.Equal(fs.Meetings[0].Participants, []string{"a", "c"}) || fs.Statements[0].Speaker != "a" ||
		fs.Interactions[0].Source != "a" || fs.PolicyShifts[0].Actor != "a" || !slices.Equal(fs.OtherEvents[0].Actors, []string{"a", "c"}) {
		t.Fatalf("references: %+v", fs)
	}
	if err := fs.Validate(); err != nil {
		t.Fatal(err)
	}
	// The original is untouched.
	if orig := facts(); orig.Statements[0].Speaker != "b" || len(orig.Actors) != 3 {
		t.Fatal("RedirectActors changed its receiver")
	}
}
