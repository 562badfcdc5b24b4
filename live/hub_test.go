package live_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/live"
)

const wait = 15 * time.Second

// criticisms is an article at url in which Ferreira criticises each of
// targets (new actors) on 8 April 2024.
func criticisms(url string, targets ...string) domain.FactSet {
	monday := domain.Day(2024, 4, 8)
	a := domain.Article{URL: url, Title: url, PublishedAt: time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC), Text: "Ferreira criticised them."}
	if err := a.Seal(); err != nil {
		panic(err)
	}
	fs := domain.FactSet{Article: &a, Actors: []domain.ActorFact{{ID: "ana-ferreira", Name: "Ana Ferreira", Kind: domain.KindPerson}}}
	for _, t := range targets {
		fs.Actors = append(fs.Actors, domain.ActorFact{ID: t, Name: t, Kind: domain.KindPerson})
		fs.Interactions = append(fs.Interactions, domain.InteractionFact{Source: "ana-ferreira", Target: t,
			Kind: domain.InteractCriticize, When: &monday})
	}
	return fs
}

// ending records why a subscription was ended.
type ending struct {
	mu  sync.Mutex
	err error
}

func (e *ending) set(err error) { e.mu.Lock(); e.err = err; e.mu.Unlock() }
func (e *ending) get() error    { e.mu.Lock(); defer e.mu.Unlock(); return e.err }

func subscribe(t *testing.T, h *live.Hub, ctx context.Context, f live.Filter) (*live.Subscription, *ending) {
	t.Helper()
	end := &ending{}
	sub, err := h.Subscribe(ctx, f, end.set)
	if err != nil {
		t.Fatal(err)
	}
	return sub, end
}

// next returns the subscription's next update, nil if it was closed.
func next(t *testing.T, sub *live.Subscription) *live.Update {
	t.Helper()
	select {
	case u := <-sub.Updates():
		return u
	case <-time.After(wait):
		t.Fatal("no update in time")
		return nil
	}
}

func TestASlowSubscriberIsEndedNotBuffered(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	obs := &counting{}
	h := live.New(s, live.Options{Buffer: 2, Poll: 50 * time.Millisecond, Observer: obs})
	slow, why := subscribe(t, h, ctx, live.Filter{})
	fast, _ := subscribe(t, h, ctx, live.Filter{Actors: []string{"b"}})
	for _, sub := range []*live.Subscription{slow, fast} {
		if u := next(t, sub); u.Kind != live.Subscribed {
			t.Fatalf("first update %+v", u)
		}
	}
	// Three matching events for a buffer of two: the slow subscriber,
	// reading nothing, is ended; the other hears of its one event.
	if _, err := s.WriteFacts(ctx, criticisms("https://example.test/1", "a", "b", "c")); err != nil {
		t.Fatal(err)
	}
	if u := next(t, fast); u.Kind != live.Created || u.Actors[1] != "b" {
		t.Fatalf("fast subscriber: %+v", u)
	}
	n := 0
	for range slow.Updates() { // closed when ended
		n++
	}
	if n != 2 || domain.CodeOf(why.get()) != domain.EUnavailable {
		t.Fatalf("slow subscriber got %d updates and ended with %v; want 2 and UNAVAILABLE", n, why.get())
	}
	if h.Subscriptions() != 1 {
		t.Fatalf("%d subscriptions, want the fast one", h.Subscriptions())
	}
	// The observer heard of both, and of the one the hub ended; then of
	// the other as its client leaves.
	if opened, closed := obs.counts(); opened != 2 || closed != 1 {
		t.Fatalf("observer: %d opened, %d closed; want 2 and 1", opened, closed)
	}
	cancel()
	deadline := time.Now().Add(wait)
	for _, closed := obs.counts(); closed != 2; _, closed = obs.counts() {
		if time.Now().After(deadline) {
			t.Fatalf("observer: %d closed after the client left, want 2", closed)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// counting is a live.Observer that counts.
type counting struct {
	mu             sync.Mutex
	opened, closed int
}

func (c *counting) SubscriptionOpened() { c.mu.Lock(); c.opened++; c.mu.Unlock() }
func (c *counting) SubscriptionClosed() { c.mu.Lock(); c.closed++; c.mu.Unlock() }
func (c *counting) counts() (opened, closed int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.opened, c.closed
}

func TestSubscriptionsAreBoundedPerConnectionAndPerServer(t *testing.T) {
	s := neo4jtest.Store(t)
	h := live.New(s, live.Options{MaxPerConnection: 2, MaxSubscriptions: 3})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	conn := live.WithConnection(ctx)
	first, endFirst := context.WithCancel(conn)
	subscribe(t, h, first, live.Filter{})
	subscribe(t, h, conn, live.Filter{})
	if _, err := h.Subscribe(conn, live.Filter{}, nil); domain.CodeOf(err) != domain.EInvalid {
		t.Fatalf("third on one connection: %v, want BAD_USER_INPUT", err)
	}
	subscribe(t, h, live.WithConnection(ctx), live.Filter{})
	if _, err := h.Subscribe(live.WithConnection(ctx), live.Filter{}, nil); domain.CodeOf(err) != domain.EUnavailable {
		t.Fatalf("fourth on the server: %v, want UNAVAILABLE", err)
	}
	// Ending one frees its place on its connection and on the server.
	endFirst()
	deadline := time.Now().Add(wait)
	for h.Subscriptions() != 2 {
		if time.Now().After(deadline) {
			t.Fatalf("%d subscriptions after one ended", h.Subscriptions())
		}
		time.Sleep(10 * time.Millisecond)
	}
	subscribe(t, h, conn, live.Filter{})
}

func TestASubscriberHearsOfChangesAfterTheGraphIsEmptied(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if _, err := s.WriteFacts(ctx, criticisms("https://example.test/before", "a")); err != nil {
		t.Fatal(err)
	}
	h := live.New(s, live.Options{Poll: 50 * time.Millisecond})
	sub, _ := subscribe(t, h, ctx, live.Filter{})
	if u := next(t, sub); u.Kind != live.Subscribed || u.Seq != 1 {
		t.Fatalf("first update %+v, want SUBSCRIBED after change 1", u)
	}
	// A new log starts at 1 again: its changes are new all the same.
	if err := s.DeleteEverything(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteFacts(ctx, criticisms("https://example.test/after", "b")); err != nil {
		t.Fatal(err)
	}
	if u := next(t, sub); u.Kind != live.Created || u.Seq != 1 || u.Actors[1] != "b" {
		t.Fatalf("after emptying: %+v", u)
	}
}

func TestEveryReplicaHearsEveryChangeInOrder(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var subs []*live.Subscription
	for range 2 {
		h := live.New(neo4jtest.Open(t), live.Options{Poll: 50 * time.Millisecond})
		sub, _ := subscribe(t, h, ctx, live.Filter{Types: []domain.EventType{domain.TypeInteraction}})
		next(t, sub) // SUBSCRIBED
		subs = append(subs, sub)
	}
	const writes = 5
	var wg sync.WaitGroup
	for i := range writes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.WriteFacts(ctx, criticisms(fmt.Sprintf("https://example.test/w%d", i), fmt.Sprintf("t%d", i))); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for _, sub := range subs {
		for want := int64(1); want <= writes; want++ {
			if u := next(t, sub); u.Seq != want || u.Kind != live.Created {
				t.Fatalf("update %+v, want change %d", u, want)
			}
		}
	}
}
