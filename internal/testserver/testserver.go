// Package testserver serves the real server over a test's store, for the
// tests of several packages (graph's over HTTP, server's browser checks):
// keyed access with anonymous reads, and the rules extractor for
// ingestArticle, as cmd/eventgraph wires them. It is for tests only.
package testserver

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/server"
	"github.com/eventgraph/eventgraph/store"
)

// Keyed serves server.New over s on a loopback port until the test ends.
// keys is a keys file's text ("NAME ROLE KEY" a line, auth.ParseKeys);
// reads need no key.
func Keyed(t testing.TB, s *store.Store, keys string) *httptest.Server {
	t.Helper()
	parsed, err := auth.ParseKeys(keys)
	if err != nil {
		t.Fatal(err)
	}
	authn, err := auth.New(context.Background(), auth.Config{Keys: parsed, AnonymousReads: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(s, server.Options{Access: server.Access{Authenticator: authn},
		Ingester: loaders.NewIngester(s, rules.New())}))
	t.Cleanup(srv.Close)
	return srv
}
