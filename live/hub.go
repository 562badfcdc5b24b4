// Package live tells subscribers about events as they are created, updated
// and removed, on every server replica. Each replica's Hub tails the change
// log that the store writes in the same transaction as every write (see
// store/changes.go), so a replica hears of changes made by any process:
// another replica's mutations, the ingest CLI, a loader. It polls the log
// only while it has subscribers, and fans each change out in-process to
// the subscribers whose filter it matches.
//
// Delivery is at most once per subscription: an update is dropped, and
// the subscription ended with an error, rather than buffered without
// bound. A client that reconnects subscribes again, waits for the first
// update (SUBSCRIBED, which says the subscription is live), and then
// re-reads what it shows: nothing committed after that is missed.
//
// It holds no Cypher (the store reads the log) and knows nothing of
// GraphQL (graph maps its updates onto the schema).
package live

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// ChangeLog is where a Hub reads changes; *store.Store is the one.
type ChangeLog interface {
	ChangeHead(ctx context.Context) (domain.ChangeLogHead, error)
	ChangesAfter(ctx context.Context, after int64, limit int) (domain.ChangeLogHead, []domain.Change, error)
}

// Options tune a Hub; zero values take the defaults.
type Options struct {
	// Poll is how often the log is read while anyone subscribes: the
	// longest a change waits before a subscriber hears of it. 250 ms.
	Poll time.Duration
	// MaxSubscriptions bounds the subscriptions of this replica (1,000);
	// MaxPerConnection those of one WebSocket connection (16).
	MaxSubscriptions int
	MaxPerConnection int
	// Buffer is how many updates wait for a subscriber before it is
	// dropped as too slow (256).
	Buffer int
	Logger *slog.Logger
	// Observer, when set, hears of every subscription as it starts and
	// ends (telemetry.Metrics keeps subscriptions_open with it).
	Observer Observer
}

// Observer is told of subscriptions as they start and end: one
// SubscriptionClosed for every SubscriptionOpened, whichever way the
// subscription ends (the client leaves, the hub drops it). Both are called
// with the hub's lock held: they must be quick and must not call the hub.
type Observer interface {
	SubscriptionOpened()
	SubscriptionClosed()
}

func (o Options) withDefaults() Options {
	if o.Poll <= 0 {
		o.Poll = 250 * time.Millisecond
	}
	if o.MaxSubscriptions <= 0 {
		o.MaxSubscriptions = 1000
	}
	if o.MaxPerConnection <= 0 {
		o.MaxPerConnection = 16
	}
	if o.Buffer <= 0 {
		o.Buffer = 256
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// changesPerRead bounds one read of the log; a replica behind by more
// reads again at once.
const changesPerRead = 64

// headTimeout bounds the first read of the log's head; subscribers that
// wait for it longer are told the database is unavailable.
const headTimeout = 5 * time.Second

// Hub fans the change log out to one replica's subscribers.
type Hub struct {
	log  ChangeLog
	opts Options

	mu      sync.Mutex
	subs    map[*Subscription]struct{}
	running bool // a tailer goroutine runs
	ready   bool // it has read the head: head and last are valid
	head    domain.ChangeLogHead
}

// New returns a Hub over log. It starts nothing: the first subscriber
// starts the tailer, and the last one to leave stops it.
func New(log ChangeLog, opts Options) *Hub {
	return &Hub{log: log, opts: opts.withDefaults(), subs: map[*Subscription]struct{}{}}
}

// Subscriptions is the number of open subscriptions.
func (h *Hub) Subscriptions() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// Subscribe registers a subscription with filter f until ctx ends. Its
// first update is SUBSCRIBED, once the hub knows where the log stands;
// then every matching change committed after that. If the hub drops it
// (too slow, changes missed, the database unreachable), ended is called
// with the reason before its channel closes; when ctx ends, the channel
// just closes.
func (h *Hub) Subscribe(ctx context.Context, f Filter, ended func(error)) (*Subscription, error) {
	conn := connectionOf(ctx)
	if conn != nil && !conn.take(h.opts.MaxPerConnection) {
		return nil, domain.Invalid("subscription", "this connection already has %d subscriptions, the most it may have; end one first", h.opts.MaxPerConnection)
	}
	sub := &Subscription{filter: f, updates: make(chan *Update, h.opts.Buffer), ended: ended, conn: conn}
	h.mu.Lock()
	if len(h.subs) >= h.opts.MaxSubscriptions {
		h.mu.Unlock()
		sub.releaseConnection()
		return nil, domain.Errorf(domain.EUnavailable, "", "this server has %d subscriptions, the most it takes; try again later or another replica", h.opts.MaxSubscriptions)
	}
	h.subs[sub] = struct{}{}
	if h.opts.Observer != nil {
		h.opts.Observer.SubscriptionOpened()
	}
	switch {
	case h.ready:
		sub.updates <- &Update{Kind: Subscribed, Seq: h.head.Seq}
	case !h.running:
		h.running = true
		go h.tail()
	}
	h.mu.Unlock()
	context.AfterFunc(ctx, func() { h.end(sub, nil) })
	return sub, nil
}

// end removes sub, telling it why when err is not nil, and closes its
// channel. Ending twice does nothing.
func (h *Hub) end(sub *Subscription, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.endLocked(sub, err)
}

func (h *Hub) endLocked(sub *Subscription, err error) {
	if _, ok := h.subs[sub]; !ok {
		return
	}
	delete(h.subs, sub)
	if h.opts.Observer != nil {
		h.opts.Observer.SubscriptionClosed()
	}
	if err != nil && sub.ended != nil {
		sub.ended(err)
	}
	close(sub.updates)
	sub.releaseConnection()
}

// tail reads the log while there are subscribers: first its head, then
// every Poll the changes after the last one read.
func (h *Hub) tail() {
	ctx := context.Background()
	if !h.start(ctx) {
		return
	}
	wait := time.NewTimer(h.opts.Poll)
	defer wait.Stop()
	failing := false
	for {
		<-wait.C
		head, changes, err := h.log.ChangesAfter(ctx, h.last(), changesPerRead)
		more, stop := h.publish(head, changes, err == nil)
		if stop {
			return
		}
		if err != nil && !failing {
			h.opts.Logger.Warn("live: cannot read the change log; retrying", "err", err)
		}
		failing = err != nil
		next := h.opts.Poll
		if more {
			next = 0
		}
		wait.Reset(next)
	}
}

// start reads the log's head and tells the waiting subscribers they are
// live from there. If the head cannot be read, they are ended.
func (h *Hub) start(ctx context.Context) bool {
	ctx, cancel := context.WithTimeout(ctx, headTimeout)
	head, err := h.log.ChangeHead(ctx)
	cancel()
	h.mu.Lock()
	defer h.mu.Unlock()
	if err != nil {
		h.opts.Logger.Warn("live: cannot read the change log's head", "err", err)
		for sub := range h.subs {
			h.endLocked(sub, domain.Unavailable(err, "the database is unavailable; subscribe again later"))
		}
	}
	if err != nil || len(h.subs) == 0 {
		h.running = false
		return false
	}
	h.head, h.ready = head, true
	for sub := range h.subs {
		sub.updates <- &Update{Kind: Subscribed, Seq: head.Seq}
	}
	return true
}

func (h *Hub) last() int64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.head.Seq
}

// publish fans out changes read after the hub's last (when ok: the read
// succeeded) and says whether the log has more to read at once, and
// whether the tailer stops (no subscribers are left).
func (h *Hub) publish(head domain.ChangeLogHead, changes []domain.Change, ok bool) (more, stop bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.subs) == 0 {
		h.running, h.ready = false, false
		return false, true
	}
	if !ok {
		return false, false
	}
	if head.Epoch != h.head.Epoch {
		// A new log (the graph was emptied, or this is its first change):
		// everything in it is new. Read it from the start.
		h.head = domain.ChangeLogHead{Epoch: head.Epoch}
		return true, false
	}
	if len(changes) > 0 && changes[0].Seq > h.head.Seq+1 {
		// Pruned before this replica read them: its subscribers cannot
		// know what they missed.
		h.opts.Logger.Warn("live: changes were pruned before this replica read them", "from", h.head.Seq+1, "to", changes[0].Seq-1)
		for sub := range h.subs {
			h.endLocked(sub, domain.Errorf(domain.EUnavailable, "", "updates were missed; subscribe again and re-read"))
		}
	}
	for _, c := range changes {
		h.fanOut(c)
		h.head.Seq = c.Seq
	}
	return len(changes) == changesPerRead, false
}

// fanOut offers each event of c to the subscribers it matches. One that
// has no room is ended: a slow reader must not grow the server's memory.
func (h *Hub) fanOut(c domain.Change) {
	for _, e := range c.Events {
		var u *Update
		for sub := range h.subs {
			if !sub.filter.Matches(e) {
				continue
			}
			if u == nil {
				u = &Update{Kind: UpdateKind(e.Kind), Seq: c.Seq, At: c.At, EventID: e.ID, Type: e.Type,
					Actors: e.Actors, Topics: e.Topics, Article: c.Article}
			}
			select {
			case sub.updates <- u:
			default:
				h.endLocked(sub, domain.Errorf(domain.EUnavailable, "", "this subscription fell more than %d updates behind and was ended; subscribe again and re-read", h.opts.Buffer))
			}
		}
	}
}
