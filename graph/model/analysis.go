package model

import (
	"time"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

// SearchResult is the schema's SearchResult union (Actor, Statement,
// Topic). Like Node it has no methods, so domain types can be members.
type SearchResult interface{}

// Dyad is the pair of actors dyad(a, b) asked about; its fields are
// resolved from the ids.
type Dyad struct {
	AID, BID string
	From, To *Date     // the period asked for, nil when open
	AsOf     time.Time // the moment it was read as of; zero for the present
	// Page is the page of events read with the two ids' resolution, for
	// the selection's events field PageOf (nil when none was).
	Page   *EventConnection
	PageOf *ast.Field
}

// StanceHistory is an actor's shifts on one topic and the positions
// between them: as many shifts as the largest first asked for (plus one,
// which closes the last position), each with as much evidence, and how
// many shifts there are in all.
type StanceHistory struct {
	ActorID    string
	AsOf       time.Time // the moment it was read as of; zero for the present
	Topic      *domain.Topic
	Positions  []store.Position
	Shifts     []store.StanceShift
	ShiftCount int
}
