package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"syscall"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// TestABusyPoolIsATimeoutAndAFailedDialUnavailable holds the line between
// an overloaded database (the request's deadline passed while every pooled
// connection was busy: TIMEOUT) and one that cannot be reached (UNAVAILABLE),
// in the shapes the driver reports them, bare and after its retry loop;
// a connection closed under a request (bare EOF, reset) is UNAVAILABLE too.
func TestABusyPoolIsATimeoutAndAFailedDialUnavailable(t *testing.T) {
	poolWait := &neo4j.ConnectivityError{Inner: fmt.Errorf("Timeout while waiting for connection to any of [[127.0.0.1:7687]]: %w", context.DeadlineExceeded)}
	dial := &neo4j.ConnectivityError{Inner: errors.New("dial tcp 127.0.0.1:7687: connect: connection refused")}
	dialTimedOut := &neo4j.ConnectivityError{Inner: fmt.Errorf("Timeout while waiting for connection to any of [[127.0.0.1:7687]]: dial tcp 127.0.0.1:7687: i/o timeout: %w", context.DeadlineExceeded)}
	limit := func(err error) error {
		return &neo4j.TransactionExecutionLimit{Cause: "timeout (exceeded max retry time: 1ns)", Errors: []error{err}}
	}
	for _, c := range []struct {
		name string
		err  error
		want domain.ErrorCode
	}{
		{"pool wait", poolWait, domain.ETimeout},
		{"pool wait after the retry loop", limit(poolWait), domain.ETimeout},
		{"refused dial", dial, domain.EUnavailable},
		{"refused dial after the retry loop", limit(dial), domain.EUnavailable},
		{"dial that timed out", dialTimedOut, domain.EUnavailable},
		{"connection closed under a commit, after the retry loop", limit(io.EOF), domain.EUnavailable},
		{"connection reset", limit(fmt.Errorf("read tcp 127.0.0.1:50000->127.0.0.1:7687: %w", syscall.ECONNRESET)), domain.EUnavailable},
	} {
		t.Run(c.name, func(t *testing.T) {
			var de *domain.Error
			if got := classify(c.err); !errors.As(got, &de) || de.Code != c.want {
				t.Errorf("classify(%v) = %v, want code %s", c.err, got, c.want)
			}
		})
	}
}
