package synthetic

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// newFact draws one event dated in [from, to) whose id has not been made
// before: two draws that would merge into one event are redrawn, so the
// graph holds exactly Config.Events events.
func (g *Generator) newFact(from, to time.Time) fact {
	for attempt := 0; ; attempt++ {
		var f fact
		var id string
		switch x := g.rng.Float64(); {
		case attempt >= 20: // a tiny graph has run out of distinct events of other kinds
			f, id = g.statement(from, to, fmt.Sprintf(" (%d)", len(g.ids)))
		case x < 0.38:
			f, id = g.statement(from, to, "")
		case x < 0.63:
			f, id = g.interaction(from, to)
		case x < 0.83:
			f, id = g.meeting(from, to)
		case x < 0.91:
			f, id = g.policyShift(from, to)
		case x < 0.95:
			f, id = g.election(from, to)
		default:
			f, id = g.otherEvent(from, to)
		}
		if _, dup := g.ids[id]; !dup {
			g.ids[id] = struct{}{}
			return f
		}
	}
}

// pick draws n distinct actor ranks, busier actors more often.
func (g *Generator) pick(n int, not ...int) []int {
	out := make([]int, 0, n)
	taken := func(r int) bool {
		for _, x := range append(out, not...) {
			if x == r {
				return true
			}
		}
		return false
	}
	for len(out) < n {
		if r := int(g.pickActor.Uint64()); !taken(r) {
			out = append(out, r)
		}
	}
	return out
}

// pickKind draws an actor of a kind, falling back to any actor when the
// kind is rare in this graph.
func (g *Generator) pickKind(kind domain.ActorKind, not ...int) int {
	for i := 0; i < 30; i++ {
		r := g.pick(1, not...)[0]
		if g.actors[r].Kind == kind {
			return r
		}
	}
	return g.pick(1, not...)[0]
}

func (g *Generator) ids2(ranks []int) []string {
	out := make([]string, len(ranks))
	for i, r := range ranks {
		out[i] = g.actors[r].ID
	}
	return out
}

func (g *Generator) names(ranks []int) string {
	n := make([]string, len(ranks))
	for i, r := range ranks {
		n[i] = g.actors[r].Name
	}
	if len(n) == 1 {
		return n[0]
	}
	return strings.Join(n[:len(n)-1], ", ") + " and " + n[len(n)-1]
}

func (g *Generator) one(list []string) string { return list[g.rng.Intn(len(list))] }

func (g *Generator) meeting(from, to time.Time) (fact, string) {
	size := 2
	switch x := g.rng.Float64(); {
	case x < 0.10:
		size = 5
	case x < 0.25:
		size = 4
	case x < 0.50:
		size = 3
	}
	who := g.pick(size)
	m := domain.MeetingFact{Participants: g.ids2(who), When: g.date(from, to)}
	s := g.names(who) + " met"
	if g.rng.Float64() < 0.7 {
		m.Place = places[g.pickPlace.Uint64()]
		s += " at " + m.Place
	}
	s += " " + m.When.Text
	if g.rng.Float64() < 0.3 {
		m.Occasion = g.one(occasions)
		s += " on the sidelines of " + m.Occasion
	}
	f := told(domain.TypeMeeting, s+".", who, &m, &m.Evidence, func(fs *domain.FactSet) *[]domain.MeetingFact { return &fs.Meetings })
	return f, domain.MeetingID(m.Participants, m.When)
}

func (g *Generator) statement(from, to time.Time, suffix string) (fact, string) {
	speaker := g.pick(1)[0]
	who := []int{speaker}
	st := domain.StatementFact{Speaker: g.actors[speaker].ID, When: g.date(from, to)}
	said := g.actors[speaker].Name + " said"
	if of := g.actors[speaker].of; of >= 0 && g.rng.Float64() < 0.3 {
		st.OnBehalfOf = g.actors[of].ID
		who = append(who, of)
		said += " on behalf of " + g.actors[of].Name
	}
	for _, r := range g.pick(g.rng.Intn(3), who...) {
		st.About = append(st.About, g.actors[r].ID)
		who = append(who, r)
	}
	if g.rng.Float64() < 0.1 {
		st.Venue = g.one(occasions)
	}
	quote := fmt.Sprintf("%s %s %s, %s%s", g.one(quoteOpen), g.one(quoteObject), g.one(quoteQualifier), g.one(quoteClose), suffix)
	paraphrase := fmt.Sprintf("it %s %s", g.one(paraphraseVerbs), topics[g.pickTopic.Uint64()])
	var s string
	switch x := g.rng.Float64(); {
	case x < 0.65:
		st.Quote = quote
		s = fmt.Sprintf("\"%s,\" %s %s.", quote, said, st.When.Text)
	case x < 0.9:
		st.Paraphrase = paraphrase
		s = fmt.Sprintf("%s %s that %s.", said, st.When.Text, paraphrase)
	default:
		st.Quote, st.Paraphrase = quote, paraphrase
		s = fmt.Sprintf("%s %s that %s: \"%s.\"", said, st.When.Text, paraphrase, quote)
	}
	f := told(domain.TypeStatement, s, who, &st, &st.Evidence, func(fs *domain.FactSet) *[]domain.StatementFact { return &fs.Statements })
	return f, domain.StatementID(st.Speaker, st.Quote, st.Paraphrase)
}

func (g *Generator) interaction(from, to time.Time) (fact, string) {
	who := g.pick(2)
	kind := g.kinds[g.rng.Intn(len(g.kinds))]
	it := domain.InteractionFact{Source: g.actors[who[0]].ID, Target: g.actors[who[1]].ID, Kind: kind, When: g.date(from, to)}
	if g.rng.Float64() < 0.3 {
		// Some sources grade an interaction themselves: nudge the default.
		score := math.Max(-10, math.Min(10, math.Round((domain.InteractionScale[kind].Score+g.rng.NormFloat64())*10)/10))
		it.Score = &score
	}
	s := fmt.Sprintf("%s %s %s %s.", g.actors[who[0]].Name, interactionVerbs[string(kind)], g.actors[who[1]].Name, it.When.Text)
	it.Text = s
	f := told(domain.TypeInteraction, s, who, &it, &it.Evidence, func(fs *domain.FactSet) *[]domain.InteractionFact { return &fs.Interactions })
	return f, domain.InteractionID(it.Source, it.Target, it.Kind, it.When)
}

func (g *Generator) policyShift(from, to time.Time) (fact, string) {
	who := g.pick(1)
	fromStance := g.one(stances)
	toStance := g.one(stances)
	for toStance == fromStance {
		toStance = g.one(stances)
	}
	p := domain.PolicyShiftFact{Actor: g.actors[who[0]].ID, Topic: topics[g.pickTopic.Uint64()], From: fromStance, To: toStance,
		Direction: g.one(directions), When: g.date(from, to)}
	s := fmt.Sprintf("%s moved from %s to %s on %s %s", g.actors[who[0]].Name, p.From, p.To, p.Topic, p.When.Text)
	if g.rng.Float64() < 0.25 {
		on := g.pick(1, who...)[0]
		p.OnActor = g.actors[on].ID
		who = append(who, on)
		s += ", in its dealings with " + g.actors[on].Name
	}
	f := told(domain.TypePolicyShift, s+".", who, &p, &p.Evidence, func(fs *domain.FactSet) *[]domain.PolicyShiftFact { return &fs.PolicyShifts })
	return f, domain.PolicyShiftID(p.Actor, p.Topic, p.When)
}

func (g *Generator) election(from, to time.Time) (fact, string) {
	country := g.pickKind(domain.KindCountry)
	who := []int{country, g.pickKind(domain.KindPerson, country)}
	who = append(who, g.pickKind(domain.KindPerson, who...))
	when := g.date(from, to)
	o := domain.OtherEventFact{Type: domain.TypeElection, Actors: g.ids2(who), When: when,
		Title: "Presidential election in " + g.actors[country].Name}
	s := fmt.Sprintf("%s held a presidential election %s, with %s on the ballot.", g.actors[country].Name, when.Text, g.names(who[1:]))
	f := told(domain.TypeElection, s, who, &o, &o.Evidence, func(fs *domain.FactSet) *[]domain.OtherEventFact { return &fs.OtherEvents })
	return f, domain.OtherEventID(o.Type, o.Actors, o.Title, o.When)
}

func (g *Generator) otherEvent(from, to time.Time) (fact, string) {
	who := g.pick(1 + g.rng.Intn(3))
	when := g.date(from, to)
	o := domain.OtherEventFact{Type: domain.TypeOther, Actors: g.ids2(who), When: when,
		Title: g.one(otherEventTitles) + " of " + g.names(who)}
	s := fmt.Sprintf("%s took place %s.", o.Title, when.Text)
	f := told(domain.TypeOther, s, who, &o, &o.Evidence, func(fs *domain.FactSet) *[]domain.OtherEventFact { return &fs.OtherEvents })
	return f, domain.OtherEventID(o.Type, o.Actors, o.Title, o.When)
}

// told is the fact x, of type typ, told by sentence about who: added to a
// set, x takes the evidence (ev, x's own) of where the sentence stands and
// joins the set's list that list picks.
func told[F any](typ domain.EventType, sentence string, who []int, x *F, ev *domain.Evidence, list func(*domain.FactSet) *[]F) fact {
	return fact{typ: typ, sentence: sentence, actors: who, add: func(fs *domain.FactSet, e domain.Evidence) {
		*ev = e
		l := list(fs)
		*l = append(*l, *x)
	}}
}
