package live

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/ctxvalue"
)

// UpdateKind says what an Update tells.
type UpdateKind string

// The update kinds: the change kinds, and Subscribed, the first update of
// every subscription.
const (
	Subscribed UpdateKind = "SUBSCRIBED"
	Created               = UpdateKind(domain.ChangeCreated)
	Updated               = UpdateKind(domain.ChangeUpdated)
	Removed               = UpdateKind(domain.ChangeRemoved)
)

// Update is one thing a subscriber hears: an event created, updated or
// removed by the change with sequence number Seq, or (Subscribed) that
// the subscription is live after change Seq. Updates are shared between
// subscribers: read-only.
type Update struct {
	Kind    UpdateKind
	Seq     int64
	At      time.Time
	EventID string
	Type    domain.EventType
	Actors  []string
	Topics  []string
	Article string
}

// Filter chooses the changed events a subscriber hears of; an empty field
// does not filter. It matches as the timeline's filter does.
type Filter struct {
	Actors    []string // events involving any of these actors
	AllActors []string // events involving every one of these (two: a dyad)
	Types     []domain.EventType
	Topics    []string // topic ids: events on any of them
}

// Matches reports whether e passes every part of f.
func (f Filter) Matches(e domain.ChangedEvent) bool {
	if len(f.Types) > 0 && !slices.Contains(f.Types, e.Type) {
		return false
	}
	if len(f.Actors) > 0 && !slices.ContainsFunc(f.Actors, func(a string) bool { return slices.Contains(e.Actors, a) }) {
		return false
	}
	for _, a := range f.AllActors {
		if !slices.Contains(e.Actors, a) {
			return false
		}
	}
	if len(f.Topics) > 0 && !slices.ContainsFunc(f.Topics, func(t string) bool { return slices.Contains(e.Topics, t) }) {
		return false
	}
	return true
}

// Subscription is one subscriber's registration with a Hub.
type Subscription struct {
	filter  Filter
	updates chan *Update
	ended   func(error)
	conn    *connection
	release sync.Once
}

// Updates delivers the subscription's updates; it is closed when the
// subscription ends.
func (s *Subscription) Updates() <-chan *Update { return s.updates }

func (s *Subscription) releaseConnection() {
	if s.conn != nil {
		s.release.Do(func() { s.conn.give() })
	}
}

// connection counts the subscriptions of one WebSocket connection.
type connection struct {
	mu sync.Mutex
	n  int
}

func (c *connection) take(max int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n >= max {
		return false
	}
	c.n++
	return true
}

func (c *connection) give() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n--
}

var connectionKey = ctxvalue.New[*connection]("connection")

// WithConnection marks ctx as one connection's: subscriptions made under
// it count against Options.MaxPerConnection together. The server calls it
// when a WebSocket connection starts.
func WithConnection(ctx context.Context) context.Context {
	return connectionKey.With(ctx, &connection{})
}

func connectionOf(ctx context.Context) *connection {
	c, _ := connectionKey.From(ctx)
	return c
}
