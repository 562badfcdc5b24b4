package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/live"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
)

// updateWait bounds how long a test waits for an update: the hubs poll the
// change log every 250 ms; the rest is a loaded machine's slack.
const updateWait = 15 * time.Second

const dyadSubscription = `subscription($f: TimelineUpdateFilter) {
  timelineUpdated(filter: $f) { kind seq eventId type articleId actors { id }
    event { id ... on Interaction { kind } sources { article { title } } } } }`

// replica is one server over its own connection pool, as another process
// would have, with its hub to look at.
type replica struct {
	srv *httptest.Server
	hub *live.Hub
}

func startReplica(t *testing.T) replica {
	t.Helper()
	s := neo4jtest.Open(t)
	hub := live.New(s, live.Options{})
	// Reads need credentials too: subscriptions must send theirs.
	keys, err := auth.ParseKeys("ann reader " + readerKey + "\nada admin " + adminKey)
	if err != nil {
		t.Fatal(err)
	}
	authn, err := auth.New(context.Background(), auth.Config{Keys: keys})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(s, Options{Live: hub, Access: Access{Authenticator: authn},
		Ingester: loaders.NewIngester(s, rules.New())}))
	// After the clients' connections close (their cleanups run first),
	// before the pool closes: the hub's last subscription is gone.
	t.Cleanup(func() {
		srv.Close()
		waitFor(t, "the hub's subscriptions to end", func() bool { return hub.Subscriptions() == 0 })
	})
	return replica{srv: srv, hub: hub}
}

// sealed returns a sealed copy of a, as the code that makes articles
// hands them to the store (domain.Article.Seal).
func sealed(a domain.Article) *domain.Article {
	if err := a.Seal(); err != nil {
		panic(err)
	}
	return &a
}

// loaderFacts is what a loader writes: an article in which Ana Ferreira
// criticises Kenji Sato and accuses Portugal, on Monday 8 April 2024.
func loaderFacts() domain.FactSet {
	text := "Ana Ferreira criticised Kenji Sato over steel on Monday. Ana Ferreira also accused Portugal of dumping."
	monday := domain.Day(2024, 4, 8)
	return domain.FactSet{
		Article: sealed(domain.Article{URL: "https://example.test/loader", Title: "From the loader",
			PublishedAt: time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC), Text: text}),
		Actors: []domain.ActorFact{
			{ID: "ana-ferreira", Name: "Ana Ferreira", Kind: domain.KindPerson},
			{ID: "kenji-sato", Name: "Kenji Sato", Kind: domain.KindPerson},
			{ID: "portugal", Name: "Portugal", Kind: domain.KindCountry},
		},
		Interactions: []domain.InteractionFact{
			{Source: "ana-ferreira", Target: "kenji-sato", Kind: domain.InteractCriticize, When: &monday,
				Evidence: domain.Evidence{Sentence: text[:56], Start: 0, End: 56, Confidence: 1}},
			{Source: "ana-ferreira", Target: "portugal", Kind: domain.InteractAccuse, When: &monday,
				Evidence: domain.Evidence{Sentence: text[57:], Start: 57, End: len(text), Confidence: 1}},
		},
	}
}

// expectUpdate reads the next update of operation "dyad" and checks its
// kind, its event's actors (Ferreira and Sato) and its number of sources
// (-1: no event).
func expectUpdate(t *testing.T, c *wsClient, kind string, sources int) update {
	t.Helper()
	u := c.nextUpdate("dyad", updateWait)
	got := u.Data.TimelineUpdated
	if len(u.Errors) > 0 || got.Kind != kind || got.Type == nil || *got.Type != "INTERACTION" || got.EventID == nil {
		t.Fatalf("want a %s interaction, got %+v", kind, u)
	}
	if len(got.Actors) != 2 || got.Actors[0].ID != "ana-ferreira" || got.Actors[1].ID != "kenji-sato" {
		t.Fatalf("%s update of %+v, want Ferreira and Sato", kind, got.Actors)
	}
	switch {
	case sources < 0 && got.Event != nil:
		t.Fatalf("%s update still shows the event: %+v", kind, got.Event)
	case sources >= 0 && (got.Event == nil || got.Event.ID != *got.EventID || got.Event.Kind != "CRITICIZE" || len(got.Event.Sources) != sources):
		t.Fatalf("%s update: event %+v, want the criticism with %d sources", kind, got.Event, sources)
	}
	return u
}

func TestADyadSubscriberOnEveryReplicaHearsOfItsNewInteractionsOnly(t *testing.T) {
	loader := neo4jtest.Store(t) // another process's pool: the ingest command's
	ctx := context.Background()
	// The actors exist before anyone subscribes to them.
	if _, err := loader.WriteFacts(ctx, domain.FactSet{Actors: loaderFacts().Actors}); err != nil {
		t.Fatal(err)
	}
	a, b := startReplica(t), startReplica(t)
	clients := []*wsClient{dialSubscriptions(t, a.srv), dialSubscriptions(t, b.srv)}
	for _, c := range clients {
		c.subscribe("dyad", dyadSubscription, map[string]any{"f": map[string]any{
			"allActors": []string{"ana-ferreira", "kenji-sato"}, "types": []string{"INTERACTION"}}})
		if u := c.nextUpdate("dyad", updateWait); u.Data.TimelineUpdated.Kind != "SUBSCRIBED" || u.Data.TimelineUpdated.Event != nil {
			t.Fatalf("first update: %+v", u)
		}
	}

	// The loader path: facts written straight to the store.
	if _, err := loader.WriteFacts(ctx, loaderFacts()); err != nil {
		t.Fatal(err)
	}
	var criticism string
	for _, c := range clients {
		got := expectUpdate(t, c, "CREATED", 1).Data.TimelineUpdated
		criticism = *got.EventID
	}

	// The mutation path, on replica b: an article that reports the same
	// criticism (and statements, and the accusation, which no one hears).
	// The next update is this one: the accusation of the first write,
	// which came before it in the log, was never sent.
	text := "Ana Ferreira criticised Kenji Sato over steel on Monday.\n\nAna Ferreira also accused Portugal of dumping."
	_, res := call(t, b.srv.URL, fmt.Sprintf(`mutation { ingestArticle(input: {text: %s,
		publishedAt: "2024-04-10T00:00:00Z"}) { created merged article { id } } }`, mustJSON(text)), nil, bearer(adminKey)...)
	if len(res.Errors) > 0 {
		t.Fatalf("ingestArticle: %+v", res.Errors)
	}
	var ingested struct {
		IngestArticle struct{ Article struct{ ID string } }
	}
	if err := json.Unmarshal(res.Data, &ingested); err != nil {
		t.Fatal(err)
	}
	for _, c := range clients {
		// Two sources now: each update reads the event afresh.
		if got := expectUpdate(t, c, "UPDATED", 2).Data.TimelineUpdated; *got.EventID != criticism || *got.ArticleID != ingested.IngestArticle.Article.ID {
			t.Fatalf("update of %s by %s, want %s by the ingested article", *got.EventID, *got.ArticleID, criticism)
		}
	}

	// Retraction: the loader's article goes (the criticism loses a
	// source), then the ingested one (the criticism goes).
	first := loaderFacts().Article
	first.Seal()
	for i, id := range []string{first.ID, ingested.IngestArticle.Article.ID} {
		if _, res := call(t, a.srv.URL, fmt.Sprintf(`mutation { retractArticle(id: %q) { eventsRemoved } }`, id), nil, bearer(adminKey)...); len(res.Errors) > 0 {
			t.Fatalf("retractArticle: %+v", res.Errors)
		}
		for _, c := range clients {
			if i == 0 {
				expectUpdate(t, c, "UPDATED", 1)
			} else {
				expectUpdate(t, c, "REMOVED", -1)
			}
		}
	}

	// Ending the subscription, then the connection, frees both replicas.
	clients[0].send(wsMessage{ID: "dyad", Type: "complete"})
	waitFor(t, "replica a's subscription to end", func() bool { return a.hub.Subscriptions() == 0 })
	for _, c := range clients {
		if err := c.conn.Close(websocket.StatusNormalClosure, "done"); err != nil {
			t.Fatalf("close: %v", err)
		}
	}
	waitFor(t, "replica b's subscription to end", func() bool { return b.hub.Subscriptions() == 0 })
}

func TestASubscriptionWithAnUnknownActorIsRefusedWithItsCode(t *testing.T) {
	neo4jtest.Store(t)
	r := startReplica(t)
	c := dialSubscriptions(t, r.srv)
	c.subscribe("bad", dyadSubscription, map[string]any{"f": map[string]any{"allActors": []string{"nobody-at-all"}}})
	m := c.next(updateWait)
	var errs []struct {
		Message    string
		Extensions map[string]any
	}
	switch m.Type {
	case "next": // a response with errors, then complete
		var u update
		if err := json.Unmarshal(m.Payload, &u); err != nil {
			t.Fatal(err)
		}
		for _, e := range u.Errors {
			errs = append(errs, struct {
				Message    string
				Extensions map[string]any
			}{e.Message, e.Extensions})
		}
		if end := c.next(updateWait); end.Type != "complete" || end.ID != "bad" {
			t.Fatalf("after the error: %+v", end)
		}
	case "error":
		if err := json.Unmarshal(m.Payload, &errs); err != nil {
			t.Fatal(err)
		}
	default:
		t.Fatalf("want the subscription refused, got %+v", m)
	}
	if m.ID != "bad" || len(errs) != 1 || errs[0].Extensions["code"] != "NOT_FOUND" || errs[0].Extensions["field"] != "filter.allActors" {
		t.Fatalf("errors %+v, want one NOT_FOUND naming filter.allActors", errs)
	}
	if r.hub.Subscriptions() != 0 {
		t.Fatalf("a refused subscription is held: %d", r.hub.Subscriptions())
	}
	// The connection stays usable.
	c.subscribe("good", dyadSubscription, nil)
	if u := c.nextUpdate("good", updateWait); u.Data.TimelineUpdated.Kind != "SUBSCRIBED" {
		t.Fatalf("after a refusal: %+v", u)
	}
}

func TestSubscriptionsAreNotServedOverPOST(t *testing.T) {
	neo4jtest.Store(t)
	r := startReplica(t)
	resp, res := call(t, r.srv.URL, `subscription { timelineUpdated { kind } }`, nil, bearer(readerKey)...)
	if code, msg := firstError(t, res); resp.StatusCode != http.StatusBadRequest || code != "BAD_USER_INPUT" || res.Data != nil {
		t.Fatalf("%d %s %q data %s; want 400 BAD_USER_INPUT without data", resp.StatusCode, code, msg, res.Data)
	}
	if r.hub.Subscriptions() != 0 {
		t.Fatal("a POSTed subscription was registered")
	}
}

// waitFor polls cond until it holds, failing the test after updateWait.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(updateWait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestASubscriptionWithoutCredentialsIsRefusedWhenReadsNeedThem(t *testing.T) {
	neo4jtest.Store(t)
	r := startReplica(t)
	c := dialWith(t, r.srv, `{}`)
	c.subscribe("anon", dyadSubscription, nil)
	m := c.next(updateWait)
	if m.ID != "anon" || (m.Type != "next" && m.Type != "error") {
		t.Fatalf("want the subscription refused, got %+v", m)
	}
	if !strings.Contains(string(m.Payload), `"code":"UNAUTHENTICATED"`) {
		t.Fatalf("refusal %s, want UNAUTHENTICATED", m.Payload)
	}
	if r.hub.Subscriptions() != 0 {
		t.Fatal("an anonymous subscription was registered")
	}
}

// TestWebsocketUpgradesAreHeldToTheCORSAllowList: a page on an allowed
// origin may open a subscription socket, one on another origin may not
// (403 FORBIDDEN, before the upgrade), and a client that sends no Origin
// (not a browser) may; so may the server's own pages. Through the whole
// server and through GraphQLHandler alone, which must not rely on the
// server's access gate for it.
func TestWebsocketUpgradesAreHeldToTheCORSAllowList(t *testing.T) {
	s := neo4jtest.Store(t)
	authn, err := auth.New(context.Background(), auth.Config{AnonymousReads: true})
	if err != nil {
		t.Fatal(err)
	}
	const app = "https://app.example.org"
	opt := Options{Access: Access{Authenticator: authn, CORSOrigins: []string{app}}}
	for name, h := range map[string]http.Handler{"New": New(s, opt), "GraphQLHandler": GraphQLHandler(s, opt)} {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(h)
			t.Cleanup(srv.Close)
			dial := func(origin string) (*websocket.Conn, *http.Response, error) {
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				header := http.Header{}
				if origin != "" {
					header.Set("Origin", origin)
				}
				return websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/query",
					&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: header})
			}
			for _, origin := range []string{app, "", srv.URL} {
				conn, _, err := dial(origin)
				if err != nil {
					t.Errorf("origin %q: refused: %v", origin, err)
					continue
				}
				c := &wsClient{t: t, conn: conn}
				c.send(wsMessage{Type: "connection_init", Payload: json.RawMessage(`{}`)})
				if m := c.next(10 * time.Second); m.Type != "connection_ack" {
					t.Errorf("origin %q: after connection_init: %+v", origin, m)
				}
				conn.CloseNow()
			}
			conn, resp, err := dial("https://evil.example")
			if err == nil {
				conn.CloseNow()
				t.Fatal("a page on another origin opened a subscription socket")
			}
			if resp == nil || resp.StatusCode != http.StatusForbidden {
				t.Fatalf("another origin: %v (response %v), want 403", err, resp)
			}
			var body struct {
				Errors []struct{ Extensions map[string]any }
			}
			if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || len(body.Errors) != 1 ||
				body.Errors[0].Extensions["code"] != "FORBIDDEN" || body.Errors[0].Extensions["field"] != "Origin" {
				t.Errorf("another origin's refusal: %+v %v, want FORBIDDEN naming Origin", body, err)
			}
		})
	}
}

// TestSubscriptionsOpenGaugeFollowsSubscriptions: subscriptions_open, as
// Prometheus scrapes it over HTTP, counts the subscriptions a WebSocket
// client opens, not one refused, and drops as they are completed or their
// connection closes.
func TestSubscriptionsOpenGaugeFollowsSubscriptions(t *testing.T) {
	s := neo4jtest.Store(t)
	srv, m := metricsServer(t, s)
	metrics := httptest.NewServer(m.Handler())
	t.Cleanup(metrics.Close)
	open := func() float64 {
		t.Helper()
		req, err := http.NewRequest(http.MethodGet, metrics.URL+"/metrics", nil)
		if err != nil {
			t.Fatal(err)
		}
		_, text := roundTrip(t, req)
		return seriesValue(t, string(text), "eventgraph_subscriptions_open")
	}
	waitOpen := func(want float64) {
		t.Helper()
		waitFor(t, fmt.Sprintf("subscriptions_open to be %v", want), func() bool { return open() == want })
	}
	if n := open(); n != 0 {
		t.Fatalf("subscriptions_open %v before any subscription", n)
	}
	c := dialWith(t, srv, `{}`) // reads are open to anyone here
	for _, id := range []string{"one", "two"} {
		c.subscribe(id, dyadSubscription, nil)
		if u := c.nextUpdate(id, updateWait); u.Data.TimelineUpdated.Kind != "SUBSCRIBED" {
			t.Fatalf("%s: first update %+v", id, u)
		}
	}
	waitOpen(2)
	c.subscribe("refused", dyadSubscription, map[string]any{"f": map[string]any{"actors": []string{"nobody-at-all"}}})
	if m := c.next(updateWait); m.ID != "refused" || !strings.Contains(string(m.Payload), "NOT_FOUND") {
		t.Fatalf("want the subscription refused, got %+v", m)
	}
	if n := open(); n != 2 {
		t.Errorf("subscriptions_open %v after a refused subscription, want 2", n)
	}
	c.send(wsMessage{ID: "one", Type: "complete"})
	waitOpen(1)
	if err := c.conn.Close(websocket.StatusNormalClosure, "done"); err != nil {
		t.Fatal(err)
	}
	waitOpen(0)
}
