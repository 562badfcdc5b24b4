// Package model holds the GraphQL-only types: the per-type wrappers that let
// the flat domain.Event implement the schema's Event interface, the custom
// Date scalar, and (generated, in models_gen.go) inputs and connections.
package model

import (
	"github.com/eventgraph/eventgraph/domain"
)

// Event is the schema's Event interface: every wrapper gives back the
// domain event it wraps.
type Event interface {
	IsEvent()
	IsNode()
	GetID() string
	Domain() *domain.Event
}

// Node is the schema's Node interface. It has no methods so that domain
// types (Actor, Article, Place, Topic) satisfy it without knowing GraphQL.
type Node interface{}

// Meeting, Statement, Interaction, PolicyShift and OtherEvent wrap a
// domain.Event of that type. Fields whose Go type differs from the schema's
// (actor ids that the schema shows as Actors) are resolved in graph/.
type (
	Meeting     struct{ domain.Event }
	Statement   struct{ domain.Event }
	Interaction struct{ domain.Event }
	PolicyShift struct{ domain.Event }
	OtherEvent  struct{ domain.Event }
)

// WrapEvent returns the schema type for e.
func WrapEvent(e domain.Event) Event {
	switch e.Type {
	case domain.TypeMeeting:
		return &Meeting{e}
	case domain.TypeStatement:
		return &Statement{e}
	case domain.TypeInteraction:
		return &Interaction{e}
	case domain.TypePolicyShift:
		return &PolicyShift{e}
	default:
		return &OtherEvent{e}
	}
}

func (e *Meeting) IsEvent()                  {}
func (e *Meeting) IsNode()                   {}
func (e *Meeting) GetID() string             { return e.ID }
func (e *Meeting) Domain() *domain.Event     { return &e.Event }
func (e *Statement) IsEvent()                {}
func (e *Statement) IsNode()                 {}
func (e *Statement) GetID() string           { return e.ID }
func (e *Statement) Domain() *domain.Event   { return &e.Event }
func (e *Interaction) IsEvent()              {}
func (e *Interaction) IsNode()               {}
func (e *Interaction) GetID() string         { return e.ID }
func (e *Interaction) Domain() *domain.Event { return &e.Event }
func (e *PolicyShift) IsEvent()              {}
func (e *PolicyShift) IsNode()               {}
func (e *PolicyShift) GetID() string         { return e.ID }
func (e *PolicyShift) Domain() *domain.Event { return &e.Event }
func (e *OtherEvent) IsEvent()               {}
func (e *OtherEvent) IsNode()                {}
func (e *OtherEvent) GetID() string          { return e.ID }
func (e *OtherEvent) Domain() *domain.Event  { return &e.Event }

// Involvement is an actor's part in an event; the actor is loaded by id.
type Involvement struct {
	ActorID string
	Role    domain.InvolvementRole
}

// RetractReport says what retracting an article removed.
type RetractReport struct {
	ArticleID     string
	EventsRemoved int
	EventsKept    int
}

// The optional texts of the event types: null, not "", where the source
// gave nothing (gqlgen.yml binds the fields to these).
func (e *Meeting) SummaryOrNil() *string       { return domain.OrNil(e.Summary) }
func (e *Meeting) OccasionOrNil() *string      { return domain.OrNil(e.Occasion) }
func (e *Statement) SummaryOrNil() *string     { return domain.OrNil(e.Summary) }
func (e *Statement) QuoteOrNil() *string       { return domain.OrNil(e.Quote) }
func (e *Statement) ParaphraseOrNil() *string  { return domain.OrNil(e.Paraphrase) }
func (e *Statement) VenueOrNil() *string       { return domain.OrNil(e.Occasion) }
func (e *Interaction) SummaryOrNil() *string   { return domain.OrNil(e.Summary) }
func (e *PolicyShift) SummaryOrNil() *string   { return domain.OrNil(e.Summary) }
func (e *PolicyShift) FromOrNil() *string      { return domain.OrNil(e.FromStance) }
func (e *PolicyShift) ToOrNil() *string        { return domain.OrNil(e.ToStance) }
func (e *PolicyShift) DirectionOrNil() *string { return domain.OrNil(e.Direction) }
func (e *OtherEvent) SummaryOrNil() *string    { return domain.OrNil(e.Summary) }
