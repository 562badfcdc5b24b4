package store_test

import (
	"context"
	"errors"
	"net"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

// closedPort is a loopback port nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// A database that cannot be reached is UNAVAILABLE within two seconds for
// a read, not INTERNAL after the write retry budget (which stays long).
func TestAnUnreachableDatabaseIsUnavailableWithinTwoSeconds(t *testing.T) {
	s, err := store.Open(context.Background(), store.Config{URI: "bolt://" + closedPort(t), MaxRetryTime: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	start := time.Now()
	_, err = s.ArticleHashes(context.Background(), []string{"art-1"})
	took := time.Since(start)
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != domain.EUnavailable {
		t.Fatalf("read against a closed port: %v, want UNAVAILABLE", err)
	}
	if took > 2*time.Second {
		t.Fatalf("UNAVAILABLE after %v, want within 2 s", took)
	}
}
