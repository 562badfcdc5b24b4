package bench

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/golang-jwt/jwt/v5"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/server"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/synthetic"
	"github.com/eventgraph/eventgraph/telemetry"
)

// The benchmarks here are what `make bench` measures without the peer: the
// timeline page through the server in-process (over loopback HTTP) and
// through hand-written Cypher, on a 10k-event synthetic graph written once
// per run into the test database. bench/run.sh does the bigger graphs and
// the side-by-side with @neo4j/graphql.

const benchEvents, benchActors = 10000, 500

var fixture struct {
	once   sync.Once
	err    error
	url    string
	gqlgen string // the same server without the direct page writer
	driver neo4j.DriverWithContext
	actor  string
	// Credentials the server at url accepts, as Authorization values: a
	// reader's API key, HS256 and RS256 (JWKS) tokens.
	apiKey, hs256, rs256 string
	// observed is the server with its metrics on, over a store of its own
	// that reports to them, as `eventgraph serve` with a metrics address.
	observed string
}

func setup(b *testing.B) {
	b.Helper()
	fixture.once.Do(func() {
		ctx := context.Background()
		uri := neo4jtest.URI(b)
		s, err := store.Open(ctx, store.Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD")})
		if err == nil {
			err = s.Migrate(ctx)
		}
		if err == nil {
			err = s.DeleteEverything(ctx)
		}
		var g *synthetic.Generator
		if err == nil {
			g, err = synthetic.New(synthetic.Config{Events: benchEvents, Actors: benchActors, Seed: 1, EventsPerArticle: 5000})
		}
		if err == nil {
			_, err = synthetic.Load(ctx, s, g, 1, nil)
		}
		if err == nil {
			fixture.driver, err = NewCypherClient(uri)
		}
		var ids []string
		if err == nil {
			ids, err = BusiestActors(ctx, fixture.driver, 1)
		}
		if err != nil {
			fixture.err = err
			return
		}
		fixture.actor = ids[0]
		quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
		var access server.Access
		if access, err = benchAccess(); err != nil {
			fixture.err = err
			return
		}
		srv := httptest.NewServer(server.New(s, server.Options{Logger: quiet, Access: access}))
		fixture.url = srv.URL + "/query"
		plain := httptest.NewServer(server.New(s, server.Options{Logger: quiet, DisableDirectPages: true}))
		fixture.gqlgen = plain.URL + "/query"
		ms, err := store.Open(ctx, store.Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD")})
		if err != nil {
			fixture.err = err
			return
		}
		m := telemetry.NewMetrics()
		ms.Observe(m)
		observed := httptest.NewServer(server.New(ms, server.Options{Logger: quiet, Metrics: m}))
		fixture.observed = observed.URL + "/query"
	})
	if fixture.err != nil {
		b.Fatalf("bench fixture: %v", fixture.err)
	}
}

// measureParallel runs do from GOMAXPROCS goroutines and reports p50/p99.
func measureParallel(b *testing.B, do func(context.Context) error) {
	var mu sync.Mutex
	var lat []time.Duration
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			t := time.Now()
			if err := do(context.Background()); err != nil {
				b.Error(err)
				return
			}
			mine = append(mine, time.Since(t))
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	b.StopTimer()
	res := Result{Latencies: lat}
	sortDurations(res.Latencies)
	b.ReportMetric(float64(res.Percentile(50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(res.Percentile(99).Microseconds())/1000, "p99-ms")
}

// BenchmarkTimelinePageServer asks anonymously; the three after it with
// credentials, to price authentication.
func BenchmarkTimelinePageServer(b *testing.B) {
	setup(b)
	measurePage(b, fixture.url, "")
}

func BenchmarkTimelinePageServerAPIKey(b *testing.B) {
	setup(b)
	measurePage(b, fixture.url, fixture.apiKey)
}

func BenchmarkTimelinePageServerJWTHS256(b *testing.B) {
	setup(b)
	measurePage(b, fixture.url, fixture.hs256)
}

func BenchmarkTimelinePageServerJWTRS256(b *testing.B) {
	setup(b)
	measurePage(b, fixture.url, fixture.rs256)
}

// benchAccess is an authenticator with a reader's key, an HS256 secret
// and a JWKS of one RSA key; it sets fixture's credentials.
func benchAccess() (server.Access, error) {
	secret, line, err := auth.GenerateKey("bench-reader", auth.RoleReader)
	if err != nil {
		return server.Access{}, err
	}
	keys, err := auth.ParseKeys(line)
	if err != nil {
		return server.Access{}, err
	}
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return server.Access{}, err
	}
	jwk, err := jwkset.NewJWKFromKey(rsaKey.Public(), jwkset.JWKOptions{Metadata: jwkset.JWKMetadataOptions{KID: "bench", ALG: jwkset.AlgRS256}})
	if err != nil {
		return server.Access{}, err
	}
	jwks, err := json.Marshal(jwkset.JWKSMarshal{Keys: []jwkset.JWKMarshal{jwk.Marshal()}})
	if err != nil {
		return server.Access{}, err
	}
	hsSecret := []byte("bench-hs256-secret-of-32-bytes-or-more")
	authn, err := auth.New(context.Background(), auth.Config{Keys: keys, JWTSecret: hsSecret, JWKS: jwks, AnonymousReads: true})
	if err != nil {
		return server.Access{}, err
	}
	claims := jwt.MapClaims{"sub": "bench", "role": "reader", "exp": time.Now().Add(24 * time.Hour).Unix()}
	hs, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hsSecret)
	if err != nil {
		return server.Access{}, err
	}
	rsTok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	rsTok.Header["kid"] = "bench"
	rs, err := rsTok.SignedString(rsaKey)
	if err != nil {
		return server.Access{}, err
	}
	fixture.apiKey, fixture.hs256, fixture.rs256 = "Bearer "+secret, "Bearer "+hs, "Bearer "+rs
	return server.Access{Authenticator: authn}, nil
}

// measurePage sends the timeline page to a GraphQL endpoint in parallel,
// with authorization as the Authorization header when not empty.
func measurePage(b *testing.B, url, authorization string) {
	c, err := NewGraphQLClient(url, TimelineQuery, map[string]any{"id": fixture.actor}, 16)
	if err != nil {
		b.Fatal(err)
	}
	c.Authorization = authorization
	measureParallel(b, func(ctx context.Context) error { _, err := c.Do(ctx); return err })
}

// BenchmarkTimelinePageServerWithMetrics is the page with the server's
// Prometheus metrics on: what they cost.
func BenchmarkTimelinePageServerWithMetrics(b *testing.B) {
	setup(b)
	measurePage(b, fixture.observed, "")
}

// BenchmarkTimelinePageServerGqlgenOnly is the same page answered by
// gqlgen's executor (the direct page writer switched off).
func BenchmarkTimelinePageServerGqlgenOnly(b *testing.B) {
	setup(b)
	measurePage(b, fixture.gqlgen, "")
}

func BenchmarkTimelinePageCypherFloor(b *testing.B) {
	setup(b)
	c := &CypherClient{Driver: fixture.driver, Cypher: CypherTimelinePage, Params: map[string]any{"id": fixture.actor, "first": 50}}
	measureParallel(b, func(ctx context.Context) error {
		n, err := c.Do(ctx)
		if err == nil && n != 50 {
			b.Errorf("the floor returned %d events, want 50", n)
		}
		return err
	})
}

// BenchmarkTimelinePageFloorServer is the floor served as JSON over HTTP
// (FloorServer): what any server pays for HTTP and JSON on this machine.
func BenchmarkTimelinePageFloorServer(b *testing.B) {
	setup(b)
	srv := httptest.NewServer(FloorServer{Driver: fixture.driver})
	b.Cleanup(srv.Close)
	c, err := NewGraphQLClient(srv.URL, TimelineQuery, map[string]any{"id": fixture.actor}, 16)
	if err != nil {
		b.Fatal(err)
	}
	measureParallel(b, func(ctx context.Context) error { _, err := c.Do(ctx); return err })
}
