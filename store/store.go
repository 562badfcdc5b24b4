// Package store is eventgraph's Neo4j adapter: every Cypher statement the
// project runs lives here, beside the function that runs it. It converts
// between graph records and domain types; callers never see the driver.
//
// Writes go through managed transactions (the driver retries transient
// failures); reads use readers so a cluster can route them. Every value is a
// $parameter: no Cypher is ever built from user input.
//
// It is not for business rules (validation of user input happens in the
// callers, resolution of names in loaders/resolve).
package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/eventgraph/eventgraph/domain"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // bolt://, neo4j://, neo4j+s:// …
	User     string
	Password string
	Database string // "" for the server's default

	// MaxRetryTime bounds how long a write transaction that failed on a
	// transient error (a deadlock, a leader switch, the database
	// restarting) is retried; 0 means 10 s, right for a request. Bulk
	// loads whose transactions take seconds need longer: two of them
	// creating edges on the same new hubs can deadlock several times in a
	// row. Reads are retried for readRetryTime only: a reader waits on a
	// person, and a database that is down must be reported as UNAVAILABLE
	// within a second or two, not after the write budget.
	MaxRetryTime time.Duration

	// ChangeLogSize and ChangeLogAge bound the change log (changes.go):
	// changes more than ChangeLogSize behind the newest, or older than
	// ChangeLogAge, are pruned. 0 means 10,000 changes and one hour.
	ChangeLogSize int
	ChangeLogAge  time.Duration
}

// The driver's own retry loop sleeps a second or more before its first
// retry, too long for a read that must fail within two seconds when the
// database is down; so the driver does not retry (its budget is spent at
// once) and the store retries itself: reads a few times within
// readRetryTime, writes until Config.MaxRetryTime.
const (
	driverRetryTime = time.Nanosecond
	readRetryTime   = time.Second
	retryPause      = 100 * time.Millisecond
)

// Store is a connection pool to one Neo4j database.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	// writeRetry is how long write keeps retrying transient failures.
	writeRetry time.Duration

	changeLogSize int
	changeLogAge  time.Duration

	// roundTrips counts queries sent, for tests that bound N+1 behaviour.
	roundTrips func()
	// observer, when set, sees every query (metrics, tracing).
	observer Observer

	// merges are the merges going on in the background (StartMerge).
	merges backgroundMerges
}

// Open connects to Neo4j. It does not wait for the server: Ping does.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	retry := cfg.MaxRetryTime
	if retry <= 0 {
		retry = 10 * time.Second
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.MaxConnectionPoolSize = 64
		c.ConnectionAcquisitionTimeout = 10 * time.Second
		c.SocketConnectTimeout = 2 * time.Second
		c.MaxTransactionRetryTime = driverRetryTime
	})
	if err != nil {
		return nil, domain.Invalid("NEO4J_URI", "cannot use %q: %v", cfg.URI, err)
	}
	st := &Store{driver: drv, db: cfg.Database, writeRetry: retry, changeLogSize: cfg.ChangeLogSize, changeLogAge: cfg.ChangeLogAge,
		merges: newBackgroundMerges()}
	if st.changeLogSize <= 0 {
		st.changeLogSize = defaultChangeLogSize
	}
	if st.changeLogAge <= 0 {
		st.changeLogAge = defaultChangeLogAge
	}
	return st, nil
}

// Close stops the merges going on in the background between two of their
// steps (ResumeMerges or asking again finishes them) and releases the
// connections.
func (s *Store) Close(ctx context.Context) error {
	s.merges.stop()
	return s.driver.Close(ctx)
}

// OnRoundTrip installs a callback run once per query sent to Neo4j. Tests
// use it to bound the round trips a request makes.
func (s *Store) OnRoundTrip(f func()) { s.roundTrips = f }

// Ping runs one real query: the readiness check.
func (s *Store) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	_, err := s.read(ctx, `RETURN 1 AS ok`, nil)
	return err
}

// read runs one read query on a reader and returns its records.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) (_ []*neo4j.Record, err error) {
	ctx, end := s.startQuery(ctx, false, cypher)
	defer func() { end(err) }()
	deadline := time.Now().Add(readRetryTime)
	for {
		timeout, err := txTimeout(ctx, 0)
		if err != nil {
			return nil, err
		}
		s.count()
		res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
			s.readOptions(ctx, neo4j.ExecuteQueryWithTransactionConfig(timeout...))...)
		if err == nil {
			return res.Records, nil
		}
		// A pooled connection broken by a restart fails once, then a new
		// one answers: worth a retry. A database that is down keeps
		// failing, and the read says so within readRetryTime.
		if !isTransient(err) || !pause(ctx, deadline) {
			return nil, classifyIn(ctx, err)
		}
	}
}

// pause waits retryPause before another attempt, and says whether one is
// still worth making before deadline.
func pause(ctx context.Context, deadline time.Time) bool {
	if time.Now().Add(retryPause).After(deadline) {
		return false
	}
	select {
	case <-time.After(retryPause):
		return true
	case <-ctx.Done():
		return false
	}
}

// write runs fn in one managed write transaction.
func (s *Store) write(ctx context.Context, fn func(tx neo4j.ManagedTransaction) (any, error)) (_ any, err error) {
	ctx, end := s.startQuery(ctx, true, "")
	defer func() { end(err) }()
	sess := s.writeSession(ctx)
	defer sess.Close(ctx)
	var out any
	// Concurrent writers can lose a race the driver does not retry: a
	// uniqueness constraint (two MERGEs of one new key; the retry finds the
	// winner's node), or a node gone (seen on Neo4j 5.26 in parallel bulk
	// loads: EntityNotFound for a node a deadlock's victim had created and
	// rolled back while this writer waited on its key; the retry finds the
	// key free). Writes are idempotent, so the whole transaction runs again.
	//
	// Transient failures (deadlocks, the database restarting) are retried
	// here, with a pause, until writeRetry has passed: a loader keeps its
	// article through a restart.
	deadline := time.Now().Add(s.writeRetry)
	for races := 0; ; {
		var timeout []func(*neo4j.TransactionConfig)
		if timeout, err = txTimeout(ctx, 0); err != nil {
			return nil, err
		}
		out, err = sess.ExecuteWrite(ctx, fn, timeout...)
		switch {
		case err == nil:
		case (isWriteRace(err) || errors.Is(err, errActorMergedMeanwhile)) && races < 5:
			races++
			continue
		case isTransient(err) && pause(ctx, deadline):
			continue
		}
		break
	}
	if err != nil {
		return nil, classifyIn(ctx, err)
	}
	wrote(ctx)
	return out, nil
}

// run executes one statement inside a transaction and collects its records.
func (s *Store) run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	s.count()
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

func (s *Store) count() {
	if s.roundTrips != nil {
		s.roundTrips()
	}
}

func isWriteRace(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && (ne.Code == "Neo.ClientError.Schema.ConstraintValidationFailed" ||
		ne.Code == "Neo.ClientError.Statement.EntityNotFound")
}

// classifyIn classifies an error of a query run under ctx: once ctx's
// deadline has passed, what the driver reports (it may only say that it
// dropped the connection) is a TIMEOUT, unless it never connected.
func classifyIn(ctx context.Context, err error) error {
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) && !cannotConnect(err) {
		var de *domain.Error
		if errors.As(err, &de) {
			return err
		}
		return classify(fmt.Errorf("%w: %w", ctx.Err(), err))
	}
	return classify(err)
}

// cannotConnect reports whether the driver failed to open a connection:
// that is UNAVAILABLE even when the deadline passed meanwhile. The
// driver's ConnectivityError does not unwrap, so its dial error is found
// by text.
func cannotConnect(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial" || strings.Contains(err.Error(), "dial tcp")
}

// txTimeout is the Neo4j transaction timeout for a transaction run under
// ctx: the time left before ctx's deadline, so that Neo4j stops the
// transaction when the request gives up on it (the driver only stops
// waiting), capped by limit when above 0. No deadline and no limit: the
// server's default. A deadline already past is a TIMEOUT.
func txTimeout(ctx context.Context, limit time.Duration) ([]func(*neo4j.TransactionConfig), error) {
	d := limit
	if deadline, ok := ctx.Deadline(); ok {
		left := time.Until(deadline)
		if left <= 0 {
			return nil, classify(context.DeadlineExceeded)
		}
		if d <= 0 || left < d {
			d = left
		}
	}
	if d <= 0 {
		return nil, nil
	}
	// Neo4j counts in milliseconds and reads 0 as "no timeout".
	return []func(*neo4j.TransactionConfig){neo4j.WithTxTimeout(max(d, time.Millisecond))}, nil
}

// classify turns driver errors into domain errors: connectivity problems are
// UNAVAILABLE; anything else stays internal (its text is logged, not shown).
func classify(err error) error {
	if err == nil {
		return nil
	}
	var de *domain.Error
	if errors.As(err, &de) {
		return err
	}
	if bad, ok := badBookmark(err); ok {
		return bad
	}
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) || waitedOutThePool(err) {
		return &domain.Error{Code: domain.ETimeout, Message: "the request ran past its deadline", Err: err}
	}
	if errors.Is(err, context.Canceled) {
		return domain.Unavailable(err, "the database did not answer in time")
	}
	if unreachable(err) {
		return domain.Unavailable(err, "the database is unavailable")
	}
	return fmt.Errorf("neo4j: %w", err)
}

// waitedOutThePool reports a request whose deadline passed while it
// waited for one of the pool's connections, all busy: the database
// answers, only too slowly for this request — a TIMEOUT, not UNAVAILABLE.
// The driver's pool timeout is internal and its ConnectivityError does
// not unwrap, so it is known by its text; a failed dial is not this.
func waitedOutThePool(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "Timeout while waiting for connection") &&
		strings.Contains(msg, context.DeadlineExceeded.Error()) && !cannotConnect(err)
}

// unreachable tells whether err says the database cannot be reached or is
// not serving: a connection error, an unavailable database, a connection
// the server closed under a request (a bare EOF or reset: the driver does
// not always wrap these as ConnectivityError — seen when Neo4j stopped
// during a write's commit, TestIngestThroughRestartsEqualsSerial under
// load), or the driver's retry budget spent on such errors
// (TransactionExecutionLimit does not unwrap to the errors it gave up on).
// Writes are idempotent, so a write whose commit was cut off may be run
// again whether or not it landed.
func unreachable(err error) bool {
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && (ne.Code == "Neo.TransientError.General.DatabaseUnavailable" ||
		ne.Code == "Neo.ClientError.Database.DatabaseNotFound") {
		return true
	}
	var tel *neo4j.TransactionExecutionLimit
	if errors.As(err, &tel) && len(tel.Errors) > 0 {
		return unreachable(tel.Errors[len(tel.Errors)-1])
	}
	return false
}

// isTransient tells whether a failed write may succeed if run again:
// what the driver retries, after the driver gave up on it.
func isTransient(err error) bool {
	if unreachable(err) {
		return true
	}
	var tel *neo4j.TransactionExecutionLimit
	if errors.As(err, &tel) && len(tel.Errors) > 0 {
		return neo4j.IsRetryable(tel.Errors[len(tel.Errors)-1])
	}
	return neo4j.IsRetryable(err)
}

// badBookmark turns Neo4j's refusal of a bookmark (one it did not issue,
// or from another database) into the client's error: bookmarks come from
// clients (see Bookmarks).
func badBookmark(err error) (error, bool) {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.InvalidBookmark") {
		return domain.Invalid("bookmark", "the bookmark is not one this database issued"), true
	}
	return nil, false
}
