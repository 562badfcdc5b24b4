package store

import (
	"context"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/internal/ctxvalue"
)

// Observer is told about each query the store sends to Neo4j: metrics and
// tracing hang on it, so that the store knows neither Prometheus nor
// OpenTelemetry. StartQuery runs before the query; the function it returns
// runs once when the query has its answer or has failed (retries
// included), with the error it failed with. The context it returns is the
// one the query runs under (a span's).
type Observer interface {
	StartQuery(ctx context.Context, q Query) (context.Context, func(error))
}

// Query describes one query for an Observer. A write is a whole write
// transaction, whichever statements it runs; a read is one statement.
type Query struct {
	Write  bool
	Cypher string // the read's statement; "" for a write transaction
}

// Observe installs o; call it before the store serves queries. Observers
// installed one after the other all see every query, the first outermost.
func (s *Store) Observe(o Observer) {
	if s.observer == nil {
		s.observer = o
		return
	}
	s.observer = observers{s.observer, o}
}

type observers [2]Observer

func (o observers) StartQuery(ctx context.Context, q Query) (context.Context, func(error)) {
	ctx, end0 := o[0].StartQuery(ctx, q)
	ctx, end1 := o[1].StartQuery(ctx, q)
	return ctx, func(err error) { end1(err); end0(err) }
}

func noEnd(error) {}

// startQuery tells the observer, if any, that a query starts.
func (s *Store) startQuery(ctx context.Context, write bool, cypher string) (context.Context, func(error)) {
	if s.observer == nil {
		return ctx, noEnd
	}
	return s.observer.StartQuery(ctx, Query{Write: write, Cypher: cypher})
}

// Bookmarks make one client's reads see its own writes on a cluster,
// whichever member serves them: a read waits until the member it runs on
// has applied the transactions the bookmarks name. A request carries the
// bookmarks its client sent (WithBookmarks); its writes add theirs, and
// Current returns them for the client to send with its next request. A
// standalone server has seen everything it committed: there they cost
// nothing and change nothing.
type Bookmarks struct {
	mgr   neo4j.BookmarkManager
	wrote atomic.Bool
}

var bookmarksKey = ctxvalue.New[*Bookmarks]("bookmarks")

// WithBookmarks returns a context whose reads and writes start after the
// transactions the given bookmarks name, and the Bookmarks that gather
// those of the writes made under it. A bookmark Neo4j did not issue fails
// the query as EInvalid on field "bookmark".
func WithBookmarks(ctx context.Context, from []string) (context.Context, *Bookmarks) {
	b := &Bookmarks{mgr: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{InitialBookmarks: from})}
	return bookmarksKey.With(ctx, b), b
}

// Wrote reports whether a write committed under the bookmarks' context.
func (b *Bookmarks) Wrote() bool { return b.wrote.Load() }

// Current returns the bookmarks to send back: those of the writes made
// under the context, with those it started from that they do not replace.
func (b *Bookmarks) Current(ctx context.Context) []string {
	bm, _ := b.mgr.GetBookmarks(ctx) // the driver's manager never fails
	return bm
}

func bookmarksIn(ctx context.Context) *Bookmarks {
	b, _ := bookmarksKey.From(ctx)
	return b
}

// readOptions are the options of every read: the database, a reader (a
// cluster's followers and read replicas serve reads) and the request's
// bookmarks, or else the process's own, so that a loader reads what it
// wrote before (the driver's bookmark manager for ExecuteQuery, which
// writes share; see writeSession).
func (s *Store) readOptions(ctx context.Context, more ...neo4j.ExecuteQueryConfigurationOption) []neo4j.ExecuteQueryConfigurationOption {
	opts := append(make([]neo4j.ExecuteQueryConfigurationOption, 0, 3+len(more)),
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if b := bookmarksIn(ctx); b != nil {
		opts = append(opts, neo4j.ExecuteQueryWithBookmarkManager(b.mgr))
	}
	return append(opts, more...)
}

// writeSession opens a session on the leader that starts after, and
// records, the request's bookmarks, or else the process's own (the ones
// ExecuteQuery reads use).
func (s *Store) writeSession(ctx context.Context) neo4j.SessionWithContext {
	mgr := s.driver.ExecuteQueryBookmarkManager()
	if b := bookmarksIn(ctx); b != nil {
		mgr = b.mgr
	}
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite, BookmarkManager: mgr})
}

// wrote marks the request's bookmarks as changed by a committed write.
func wrote(ctx context.Context) {
	if b := bookmarksIn(ctx); b != nil {
		b.wrote.Store(true)
	}
}
