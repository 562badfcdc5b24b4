package score

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// gold is an expected-facts file in the domain's vocabulary: each entry is
// the domain fact it expects, so the scorer compares facts with facts of
// one kind. This file is the one place the gold format's names (where,
// kind, text, policy_shifts, paraphrases …) meet domain.FactSet's.
type gold struct {
	actors       []entry[domain.ActorFact]
	quotes       []entry[domain.StatementFact] // statements: Quote set
	paraphrases  []entry[domain.StatementFact] // reported speech: Paraphrase set
	meetings     []entry[domain.MeetingFact]
	interactions []entry[domain.InteractionFact]
	policyShifts []entry[domain.PolicyShiftFact] // Evidence.Sentence: the words that say so
	otherEvents  []entry[domain.OtherEventFact]  // Title: the gold entry's text
}

// entry is one expected fact; an optional one counts neither for nor
// against an extractor. Actor references are the expected actors' names;
// a nil date is one the article does not give, and is not checked.
type entry[T any] struct {
	fact     T
	optional bool
}

// goldFacts converts e into the domain's vocabulary.
func goldFacts(e Expected) gold {
	var g gold
	for _, a := range e.Actors {
		f := domain.ActorFact{Name: a.Name, Kind: domain.ActorKind(a.Kind), Aliases: a.Aliases}
		for _, r := range a.Roles {
			f.Roles = append(f.Roles, domain.Role{Title: r.Title, Of: r.Of})
		}
		g.actors = append(g.actors, entry[domain.ActorFact]{f, a.Optional})
	}
	for _, s := range e.Statements {
		g.quotes = append(g.quotes, entry[domain.StatementFact]{domain.StatementFact{Speaker: s.Speaker, OnBehalfOf: s.OnBehalfOf,
			Quote: s.Quote, Venue: s.Venue, When: goldDate(s.Date)}, s.Optional})
	}
	for _, p := range e.Paraphrases {
		g.paraphrases = append(g.paraphrases, entry[domain.StatementFact]{domain.StatementFact{Speaker: p.Speaker, Target: p.Target,
			Paraphrase: p.Text, When: goldDate(p.Date)}, p.Optional})
	}
	for _, m := range e.Meetings {
		g.meetings = append(g.meetings, entry[domain.MeetingFact]{domain.MeetingFact{Participants: m.Participants, Place: m.Where,
			Occasion: m.Occasion, When: goldDate(m.Date), Evidence: domain.Evidence{Sentence: m.Text}}, m.Optional})
	}
	for _, x := range e.Interactions {
		g.interactions = append(g.interactions, entry[domain.InteractionFact]{domain.InteractionFact{Source: x.Source, Target: x.Target,
			Kind: domain.InteractionKind(strings.ToUpper(x.Kind)), Text: x.Text, When: goldDate(x.Date)}, x.Optional})
	}
	for _, p := range e.PolicyShifts {
		g.policyShifts = append(g.policyShifts, entry[domain.PolicyShiftFact]{domain.PolicyShiftFact{Actor: p.Actor, Topic: p.Topic,
			From: deref(p.From), To: deref(p.To), When: goldDate(p.Date), Evidence: domain.Evidence{Sentence: p.Text}}, p.Optional})
	}
	for _, o := range e.OtherEvents {
		actors := []string(o.Actor)
		g.otherEvents = append(g.otherEvents, entry[domain.OtherEventFact]{domain.OtherEventFact{Type: domain.EventType(strings.ToUpper(o.Kind)),
			Actors: actors, Title: o.Text, When: goldDate(o.Date)}, o.Optional})
	}
	return g
}

// goldDate reads a gold date (YYYY, YYYY-MM, YYYY-MM-DD). One that does not
// parse (Expected.Validate names it) becomes a date no extracted date
// matches.
func goldDate(s *string) *domain.FuzzyDate {
	if s == nil {
		return nil
	}
	d, err := domain.ParseFuzzyDate(*s)
	if err != nil || len(strings.TrimSpace(*s)) > len("2006-01-02") {
		return &domain.FuzzyDate{Text: *s}
	}
	return &d
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
