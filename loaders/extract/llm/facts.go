package llm

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// statements keeps statements whose quote is in the article (or that have
// only a paraphrase with evidence). A quote that is not in the text drops
// the whole statement: a made-up quote says the rest may be made up too.
func (c *converter) statements(in []answerStatement) {
	for _, st := range in {
		what := fmt.Sprintf("statement by %q", st.Speaker)
		quote := strings.Trim(string(st.Quote), " \"“”'‘’")
		quoteAt, found := c.ix.locate(quote)
		if quote != "" && !found {
			c.warnf("dropped %s: quote not found in the article: %q", what, clip(quote, 120))
			continue
		}
		speaker, ok := c.ref(string(st.Speaker))
		if !ok {
			c.warnf("dropped %s: the speaker is neither in the actor list nor in the article", what)
			continue
		}
		var ev domain.Evidence
		switch {
		case quote != "":
			// The article's own characters, so a stored quote is always
			// verbatim; for a quote with "..." that is the whole passage
			// from its first part to its last, unless the left-out words
			// are more than the quoted ones (then it is not one quote).
			if elided := strings.Contains(quote, "...") || strings.Contains(quote, "…"); elided &&
				quoteAt.end-quoteAt.start > 2*len([]rune(quote)) {
				c.warnf("dropped %s: the parts of its quote lie far apart in the article: %q", what, clip(quote, 120))
				continue
			}
			quote = c.ix.text(quoteAt)
			ev = c.evidenceAt(quoteAt, confidenceLocated)
		case st.Paraphrase != "":
			if ev, ok = c.supportingEvidence(st.grounded, []string{speaker}, what); !ok {
				continue
			}
		default:
			c.warnf("dropped %s: neither a quote nor a paraphrase", what)
			continue
		}
		c.out.Statements = append(c.out.Statements, domain.StatementFact{
			Speaker:    speaker,
			OnBehalfOf: c.optionalRef(string(st.OnBehalfOf), "onBehalfOf", what),
			Quote:      quote,
			Paraphrase: string(st.Paraphrase),
			Target:     c.optionalRef(string(st.Target), "target", what),
			About:      c.refs(st.About, "about", what),
			Venue:      string(st.Venue),
			When:       c.date(string(st.When), string(st.WhenText), what),
			Evidence:   ev,
		})
	}
}

// meetings keeps meetings with at least two known participants and evidence.
func (c *converter) meetings(in []answerMeeting) {
	for _, m := range in {
		what := fmt.Sprintf("meeting of %q", []string(m.Participants))
		who := c.refs(m.Participants, "participant", what)
		if len(who) < 2 {
			c.warnf("dropped %s: fewer than two participants known", what)
			continue
		}
		ev, ok := c.supportingEvidence(m.grounded, who, what)
		if !ok {
			continue
		}
		c.out.Meetings = append(c.out.Meetings, domain.MeetingFact{
			Participants: who,
			Place:        string(m.Place),
			Occasion:     string(m.Occasion),
			Title:        string(m.Title),
			When:         c.date(string(m.When), string(m.WhenText), what),
			Evidence:     ev,
		})
	}
}

// interactions keeps interactions of a known kind between known actors,
// with the kind's CAMEO code and score from domain.InteractionScale.
func (c *converter) interactions(in []answerInteraction) {
	for _, x := range in {
		what := fmt.Sprintf("interaction %q %s %q", x.Source, x.Kind, x.Target)
		kind := domain.InteractionKind(strings.ToUpper(string(x.Kind)))
		if !kind.Valid() {
			c.warnf("dropped %s: unknown kind", what)
			continue
		}
		src, ok1 := c.ref(string(x.Source))
		dst, ok2 := c.ref(string(x.Target))
		if !ok1 || !ok2 {
			c.warnf("dropped %s: source or target is neither in the actor list nor in the article", what)
			continue
		}
		ev, ok := c.supportingEvidence(x.grounded, []string{src, dst}, what)
		if !ok {
			continue
		}
		scale := domain.InteractionScale[kind]
		score := scale.Score
		c.out.Interactions = append(c.out.Interactions, domain.InteractionFact{
			Source:   src,
			Target:   dst,
			Kind:     kind,
			Code:     scale.Code,
			Score:    &score,
			Text:     string(x.Text),
			When:     c.date(string(x.When), string(x.WhenText), what),
			Evidence: ev,
		})
	}
}

// policyShifts keeps shifts by a known actor on a topic or another actor.
func (c *converter) policyShifts(in []answerPolicyShift) {
	for _, p := range in {
		what := fmt.Sprintf("policy shift of %q on %q", p.Actor, p.Topic)
		actor, ok := c.ref(string(p.Actor))
		if !ok {
			c.warnf("dropped %s: the actor is neither in the actor list nor in the article", what)
			continue
		}
		onActor := c.optionalRef(string(p.OnActor), "onActor", what)
		topic := string(p.Topic)
		if topic == "" {
			topic = onActor
		}
		if topic == "" {
			c.warnf("dropped %s: no topic", what)
			continue
		}
		ev, ok := c.supportingEvidence(p.grounded, []string{actor}, what)
		if !ok {
			continue
		}
		c.out.PolicyShifts = append(c.out.PolicyShifts, domain.PolicyShiftFact{
			Actor:     actor,
			Topic:     topic,
			OnActor:   onActor,
			From:      string(p.From),
			To:        string(p.To),
			Direction: strings.ToUpper(string(p.Direction)),
			When:      c.date(string(p.When), string(p.WhenText), what),
			Evidence:  ev,
		})
	}
}

// otherEvents keeps titled events with evidence; the type is ELECTION or OTHER.
func (c *converter) otherEvents(in []answerOtherEvent) {
	for _, o := range in {
		what := fmt.Sprintf("event %q", o.Title)
		if o.Title == "" {
			c.warnf("dropped an event with no title")
			continue
		}
		typ := domain.EventType(strings.ToUpper(string(o.Type)))
		if typ != domain.TypeElection {
			typ = domain.TypeOther
		}
		actors := c.refs(o.Actors, "actor", what)
		ev, ok := c.supportingEvidence(o.grounded, actors, what)
		if !ok {
			continue
		}
		c.out.OtherEvents = append(c.out.OtherEvents, domain.OtherEventFact{
			Type:     typ,
			Actors:   actors,
			Title:    string(o.Title),
			When:     c.date(string(o.When), string(o.WhenText), what),
			Evidence: ev,
		})
	}
}
