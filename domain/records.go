package domain

import (
	"fmt"
	"strings"
)

// Involvement is one actor's part in an event: the relationship the store
// draws from the actor to the event.
type Involvement struct {
	Actor string          `json:"actor"` // actor id
	Role  InvolvementRole `json:"role"`
}

// InvolvementRole names how an actor takes part in an event; each is a relationship
// type in the graph.
type InvolvementRole string

// The involvement roles.
const (
	RoleParticipant InvolvementRole = "PARTICIPATED_IN" // meetings, elections, other events
	RoleSpeaker     InvolvementRole = "SAID"            // statements
	RolePrincipal   InvolvementRole = "ON_BEHALF_OF"    // the principal of a spokesperson's statement
	RoleAbout       InvolvementRole = "ABOUT"           // whom a statement addresses or concerns
	RoleSource      InvolvementRole = "SOURCE"          // interactions
	RoleTarget      InvolvementRole = "TARGET"
	RoleShifter     InvolvementRole = "SHIFTED" // policy shifts
	RoleOn          InvolvementRole = "ON"      // the actor a policy shift is about
)

// EventRecord is one event ready to write: the event, who is involved and
// how, and the evidence for it in the FactSet's article.
type EventRecord struct {
	Event
	Involved  []Involvement
	PlaceName string
	TopicName string
	Evidence  *Evidence
}

// EventRecords turns a resolved FactSet (every actor Ref is an actor id of
// fs.Actors) into events with ids, titles and sort keys. Events without a
// known date (none, or UNKNOWN) sort at reported: the article's publication
// day, or the day it was ingested when it has none.
func (fs FactSet) EventRecords(reported FuzzyDate) []EventRecord {
	name := map[string]string{}
	for _, a := range fs.Actors {
		name[a.ID] = a.Name
	}
	nameOf := func(id string) string {
		if n, ok := name[id]; ok {
			return n
		}
		return id
	}
	var out []EventRecord
	add := func(r EventRecord, ev Evidence) {
		r.Reported = reported
		at := reported.Start
		switch {
		case r.When != nil && r.When.Known():
			at = r.When.Start
		case r.When != nil && r.When.Precision == PrecisionUnknown:
			// Kept for its words ("on Tuesday"); it sorts where an event
			// without a date does.
		default:
			r.When = nil
		}
		r.SortKey = SortKey(at, r.ID)
		if ev != (Evidence{}) {
			e := ev
			r.Evidence = &e
		}
		for _, in := range r.Involved {
			r.Participants = appendUnique(r.Participants, in.Actor)
		}
		out = append(out, r)
	}
	for _, m := range fs.Meetings {
		r := EventRecord{Event: Event{ID: MeetingID(m.Participants, m.When), Type: TypeMeeting, When: m.When,
			Occasion: m.Occasion, Title: m.Title}, PlaceName: m.Place}
		names := make([]string, 0, len(m.Participants))
		for _, p := range m.Participants {
			r.Involved = append(r.Involved, Involvement{p, RoleParticipant})
			names = append(names, nameOf(p))
		}
		if r.Title == "" {
			r.Title = MeetingTitle(names)
		}
		add(r, m.Evidence)
	}
	for _, s := range fs.Statements {
		r := EventRecord{Event: Event{ID: StatementID(s.Speaker, s.Quote, s.Paraphrase), Type: TypeStatement, When: s.When,
			Speaker: s.Speaker, OnBehalfOf: s.OnBehalfOf, Quote: s.Quote, Paraphrase: s.Paraphrase, Occasion: s.Venue}}
		r.Involved = append(r.Involved, Involvement{s.Speaker, RoleSpeaker})
		if s.OnBehalfOf != "" {
			r.Involved = append(r.Involved, Involvement{s.OnBehalfOf, RolePrincipal})
		}
		for _, a := range append([]string{s.Target}, s.About...) {
			if a != "" && a != s.Speaker {
				r.Involved = append(r.Involved, Involvement{a, RoleAbout})
				r.About = appendUnique(r.About, a)
			}
		}
		words := s.Quote
		if words == "" {
			words = s.Paraphrase
		}
		r.Title = nameOf(s.Speaker) + ": " + clip(words, 90)
		add(r, s.Evidence)
	}
	for _, i := range fs.Interactions {
		code, score := i.Code, InteractionScale[i.Kind].Score
		if code == "" {
			code = InteractionScale[i.Kind].Code
		}
		if i.Score != nil {
			score = *i.Score
		}
		r := EventRecord{Event: Event{ID: InteractionID(i.Source, i.Target, i.Kind, i.When), Type: TypeInteraction, When: i.When,
			Source: i.Source, Target: i.Target, Kind: i.Kind, Code: code, Score: score, Summary: i.Text,
			Title: fmt.Sprintf("%s → %s: %s", nameOf(i.Source), nameOf(i.Target), strings.ToLower(string(i.Kind)))}}
		r.Involved = []Involvement{{i.Source, RoleSource}, {i.Target, RoleTarget}}
		add(r, i.Evidence)
	}
	for _, p := range fs.PolicyShifts {
		r := EventRecord{Event: Event{ID: PolicyShiftID(p.Actor, p.Topic, p.When), Type: TypePolicyShift, When: p.When,
			Actor: p.Actor, Topic: Slug(p.Topic), FromStance: p.From, ToStance: p.To, Direction: p.Direction,
			Title: nameOf(p.Actor) + " shifts on " + p.Topic}, TopicName: p.Topic}
		r.Involved = []Involvement{{p.Actor, RoleShifter}}
		if p.OnActor != "" && p.OnActor != p.Actor {
			r.Involved = append(r.Involved, Involvement{p.OnActor, RoleOn})
		}
		add(r, p.Evidence)
	}
	for _, o := range fs.OtherEvents {
		t := o.Type
		if t != TypeElection {
			t = TypeOther
		}
		r := EventRecord{Event: Event{ID: OtherEventID(t, o.Actors, o.Title, o.When), Type: t, When: o.When, Title: o.Title}}
		for _, a := range o.Actors {
			r.Involved = append(r.Involved, Involvement{a, RoleParticipant})
		}
		add(r, o.Evidence)
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return "unknown parties"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return strings.TrimSpace(string(r[:n])) + "…"
}
