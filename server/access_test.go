package server

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/golang-jwt/jwt/v5"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
)

// The test's credentials: plain keys in the keys file format, an HS256
// secret, and an RSA key whose public half goes to a JWKS file.
const (
	readerKey   = "reader-key-0123456789abcdef"
	writerKey   = "writer-key-0123456789abcdef"
	adminKey    = "admin-key-0123456789abcdefgh"
	jwtSecret   = "an-hs256-secret-of-at-least-32-bytes!"
	jwtIssuer   = "https://id.invented.test/"
	jwtAudience = "eventgraph-test"
)

// accessServer serves the real server over the test database with keys,
// HS256 and RS256 (JWKS file) tokens; it returns the server, the RSA key
// that signs RS256 tokens, and the captured debug log.
func accessServer(t *testing.T, anonymousReads bool, origins ...string) (*httptest.Server, *rsa.PrivateKey, *lockedBuffer) {
	t.Helper()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	jwk, err := jwkset.NewJWKFromKey(rsaKey.Public(), jwkset.JWKOptions{Metadata: jwkset.JWKMetadataOptions{KID: "test-rs", ALG: jwkset.AlgRS256, USE: jwkset.UseSig}})
	if err != nil {
		t.Fatal(err)
	}
	jwks, _ := json.Marshal(jwkset.JWKSMarshal{Keys: []jwkset.JWKMarshal{jwk.Marshal()}})
	jwksFile := filepath.Join(t.TempDir(), "jwks.json")
	if err := os.WriteFile(jwksFile, jwks, 0o600); err != nil {
		t.Fatal(err)
	}
	keys, err := auth.ParseKeys("ann reader " + readerKey + "\nwes writer " + writerKey + "\nada admin " + adminKey)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(jwksFile)
	if err != nil {
		t.Fatal(err)
	}
	logs := &lockedBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	authn, err := auth.New(context.Background(), auth.Config{Keys: keys, JWTSecret: []byte(jwtSecret), JWKS: raw,
		Issuer: jwtIssuer, Audience: jwtAudience, AnonymousReads: anonymousReads, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	s := neo4jtest.Store(t)
	srv := httptest.NewServer(New(s, Options{Logger: log, Ingester: loaders.NewIngester(s, rules.New()),
		Access: Access{Authenticator: authn, CORSOrigins: origins}}))
	t.Cleanup(srv.Close)
	return srv, rsaKey, logs
}

// call posts a GraphQL request with the given header pairs.
func call(t *testing.T, url, query string, vars map[string]any, headers ...string) (*http.Response, graphQLResult) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := newPost(t, url, body, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
			continue
		}
		req.Header.Set(headers[i], headers[i+1])
	}
	return send(t, req)
}

func bearer(token string) []string { return []string{"Authorization", "Bearer " + token} }

func signed(t *testing.T, method jwt.SigningMethod, key any, kid string, claims jwt.MapClaims) string {
	t.Helper()
	tok := jwt.NewWithClaims(method, claims)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// claims are valid ones for role; change what a case tests.
func claims(sub, role string) jwt.MapClaims {
	now := time.Now()
	return jwt.MapClaims{"sub": sub, "role": role, "iss": jwtIssuer, "aud": jwtAudience,
		"iat": now.Unix(), "exp": now.Add(time.Hour).Unix()}
}

const (
	upsertAna = `mutation { upsertActor(input: {name: "Ana Ferreira", kind: PERSON}) { id } }`
	ingest    = `mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleId created } }`
	retract   = `mutation($id: ID!) { retractArticle(id: $id) { eventsRemoved } }`
	readActor = `{ actors(filter: {name: "Ferreira"}) { edges { node { id } } } }`
)

// invented is an invented article the rules extractor finds facts in.
var invented = map[string]any{"url": "https://invented.test/talks", "title": "Ferreira meets Brandt",
	"publishedAt": "2024-05-02T09:00:00Z",
	"text": "Trade Minister Ana Ferreira met German Chancellor Lukas Brandt in Lisbon on Tuesday.\n\n" +
		"\"We agreed on a framework,\" Ferreira said after the talks."}

func wantRefusal(t *testing.T, resp *http.Response, res graphQLResult, status int, code string) {
	t.Helper()
	if resp.StatusCode != status {
		t.Errorf("status %d, want %d", resp.StatusCode, status)
	}
	if got, msg := firstError(t, res); got != code {
		t.Errorf("code %s (%q), want %s", got, msg, code)
	}
	if res.Data != nil && string(res.Data) != "null" {
		t.Errorf("a refused request answered data %s", res.Data)
	}
}

func TestWritesNeedCredentialsWithTheRole(t *testing.T) {
	srv, _, _ := accessServer(t, true)

	resp, res := call(t, srv.URL, upsertAna, nil)
	wantRefusal(t, resp, res, http.StatusUnauthorized, "UNAUTHENTICATED")
	if resp.Header.Get("WWW-Authenticate") == "" {
		t.Error("a 401 without WWW-Authenticate")
	}
	resp, res = call(t, srv.URL, upsertAna, nil, bearer(readerKey)...)
	wantRefusal(t, resp, res, http.StatusForbidden, "FORBIDDEN")
	// Nothing was written by either.
	if _, res = call(t, srv.URL, readActor, nil); string(res.Data) != `{"actors":{"edges":[]}}` {
		t.Fatalf("after refused writes: %s %+v", res.Data, res.Errors)
	}

	// A writer ingests; anonymous callers read what was written.
	resp, res = call(t, srv.URL, ingest, map[string]any{"in": invented}, bearer(writerKey)...)
	var ing struct {
		IngestArticle struct {
			ArticleID string
			Created   int
		}
	}
	if resp.StatusCode != http.StatusOK || len(res.Errors) > 0 || json.Unmarshal(res.Data, &ing) != nil || ing.IngestArticle.Created == 0 {
		t.Fatalf("writer's ingest: %d %s %+v", resp.StatusCode, res.Data, res.Errors)
	}
	if _, res = call(t, srv.URL, readActor, nil); !strings.Contains(string(res.Data), "ferreira") {
		t.Fatalf("anonymous read after the ingest: %s %+v", res.Data, res.Errors)
	}

	// A writer cannot retract; one operation asking for a write and a
	// retraction writes nothing.
	id := map[string]any{"id": ing.IngestArticle.ArticleID}
	resp, res = call(t, srv.URL, retract, id, bearer(writerKey)...)
	wantRefusal(t, resp, res, http.StatusForbidden, "FORBIDDEN")
	both := `mutation($id: ID!) { upsertActor(input: {name: "Lone Writer", kind: PERSON}) { id } retractArticle(id: $id) { eventsRemoved } }`
	resp, res = call(t, srv.URL, both, id, bearer(writerKey)...)
	wantRefusal(t, resp, res, http.StatusForbidden, "FORBIDDEN")
	if _, res = call(t, srv.URL, `{ actors(filter: {name: "Lone Writer"}) { edges { node { id } } } }`, nil); string(res.Data) != `{"actors":{"edges":[]}}` {
		t.Errorf("half of a refused operation ran: %s", res.Data)
	}

	// An admin can.
	resp, res = call(t, srv.URL, retract, id, bearer(adminKey)...)
	if resp.StatusCode != http.StatusOK || len(res.Errors) > 0 || !strings.Contains(string(res.Data), `"eventsRemoved":`) ||
		strings.Contains(string(res.Data), `"eventsRemoved":0`) {
		t.Fatalf("admin's retraction: %d %s %+v", resp.StatusCode, res.Data, res.Errors)
	}
}

func TestTokensAreCheckedBeforeAnythingRuns(t *testing.T) {
	srv, rsaKey, _ := accessServer(t, true)
	hs, rs := jwt.SigningMethodHS256, jwt.SigningMethodRS256
	expired := claims("eve", "writer")
	expired["exp"] = time.Now().Add(-time.Hour).Unix()
	otherAudience := claims("eve", "writer")
	otherAudience["aud"] = "another-service"
	otherIssuer := claims("eve", "writer")
	otherIssuer["iss"] = "https://elsewhere.test/"
	noExp := claims("eve", "writer")
	delete(noExp, "exp")
	otherRSA, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	refused := []struct {
		name, token, message string
	}{
		{"expired", signed(t, hs, []byte(jwtSecret), "", expired), "expired"},
		{"signed with another secret", signed(t, hs, []byte("another-secret-of-at-least-32-bytes!!"), "", claims("eve", "writer")), "signature"},
		{"signed by another RSA key", signed(t, rs, otherRSA, "test-rs", claims("eve", "writer")), "signature"},
		{"unknown key id", signed(t, rs, rsaKey, "who-knows", claims("eve", "writer")), "signing key"},
		{"wrong audience", signed(t, hs, []byte(jwtSecret), "", otherAudience), "audience"},
		{"wrong issuer", signed(t, hs, []byte(jwtSecret), "", otherIssuer), "issuer"},
		{"no expiry", signed(t, hs, []byte(jwtSecret), "", noExp), "exp"},
		{"alg none", signed(t, jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, "", claims("eve", "admin")), "signature"},
		{"unknown API key", "eg_not-a-key-anyone-was-given", "API key"},
		{"garbage", "a.b.c", "malformed"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			// Refused for reads too: a client with a bad token learns so
			// at once, not at its first write.
			for _, q := range []string{readActor, upsertAna} {
				resp, res := call(t, srv.URL, q, nil, bearer(tt.token)...)
				wantRefusal(t, resp, res, http.StatusUnauthorized, "UNAUTHENTICATED")
				if _, msg := firstError(t, res); !strings.Contains(msg, tt.message) {
					t.Errorf("message %q does not say %q", msg, tt.message)
				}
			}
		})
	}
	if _, res := call(t, srv.URL, readActor, nil, "Authorization", "Basic d2VzOndyaXRlcg=="); len(res.Errors) == 0 ||
		!strings.Contains(res.Errors[0].Message, "Bearer") {
		t.Errorf("Basic auth: %+v, want a refusal naming the Bearer scheme", res.Errors)
	}

	accepted := []struct{ name, token string }{
		{"HS256 writer", signed(t, hs, []byte(jwtSecret), "", claims("wes@invented.test", "writer"))},
		{"RS256 from the JWKS file, roles as a list", signed(t, rs, rsaKey, "test-rs",
			jwt.MapClaims{"sub": "rita", "role": []string{"reader", "writer"}, "iss": jwtIssuer, "aud": []string{"other", jwtAudience},
				"exp": time.Now().Add(time.Hour).Unix()})},
	}
	for _, tt := range accepted {
		t.Run(tt.name, func(t *testing.T) {
			resp, res := call(t, srv.URL, upsertAna, nil, bearer(tt.token)...)
			if resp.StatusCode != http.StatusOK || len(res.Errors) > 0 {
				t.Fatalf("%d %s %+v", resp.StatusCode, res.Data, res.Errors)
			}
		})
	}
	// A valid token whose role is too low is FORBIDDEN, not UNAUTHENTICATED.
	resp, res := call(t, srv.URL, upsertAna, nil, bearer(signed(t, rs, rsaKey, "test-rs", claims("rick", "reader")))...)
	wantRefusal(t, resp, res, http.StatusForbidden, "FORBIDDEN")
}

func TestAnonymousReadsCanBeSwitchedOff(t *testing.T) {
	srv, _, _ := accessServer(t, false)
	resp, res := call(t, srv.URL, readActor, nil)
	wantRefusal(t, resp, res, http.StatusUnauthorized, "UNAUTHENTICATED")
	resp, res = call(t, srv.URL, readActor, nil, bearer(readerKey)...)
	if resp.StatusCode != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("reader: %d %+v", resp.StatusCode, res.Errors)
	}
	// The pages still load (they ask for a key themselves), and so does
	// the liveness probe.
	for _, path := range []string{"/", "/playground/", "/healthz"} {
		r, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", path, r.StatusCode)
		}
	}
}

func TestWrongHostIsRefused(t *testing.T) {
	srv, _, _ := accessServer(t, true)
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	for _, host := range []string{"rebound.attacker.test" + port, "rebound.attacker.test", "10.1.2.3" + port} {
		resp, res := call(t, srv.URL, readActor, nil, "Host", host)
		wantRefusal(t, resp, res, http.StatusMisdirectedRequest, "FORBIDDEN")
		if _, msg := firstError(t, res); !strings.Contains(msg, "EVENTGRAPH_ALLOWED_HOSTS") {
			t.Errorf("message %q does not say how to allow a name", msg)
		}
	}
	for _, host := range []string{"localhost" + port, "127.0.0.1" + port, "[::1]" + port} {
		if resp, res := call(t, srv.URL, readActor, nil, "Host", host); resp.StatusCode != http.StatusOK {
			t.Errorf("Host %s: %d %+v", host, resp.StatusCode, res.Errors)
		}
	}
	// Probes answer whatever name they are asked by.
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/healthz", nil)
	req.Host = "10.1.2.3"
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz by IP: %v %v", resp, err)
	}
}

func TestCORSGrantsOnlyAllowedOrigins(t *testing.T) {
	const app = "https://app.invented.test"
	srv, _, _ := accessServer(t, true, app)

	preflight := func(origin string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/query", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	resp := preflight(app)
	if resp.StatusCode/100 != 2 || resp.Header.Get("Access-Control-Allow-Origin") != app ||
		!strings.Contains(strings.ToLower(resp.Header.Get("Access-Control-Allow-Headers")), "authorization") {
		t.Errorf("allowed preflight: %d %v", resp.StatusCode, resp.Header)
	}
	resp, res := call(t, srv.URL, upsertAna, nil, append(bearer(writerKey), "Origin", app)...)
	if resp.StatusCode != http.StatusOK || len(res.Errors) > 0 || resp.Header.Get("Access-Control-Allow-Origin") != app {
		t.Errorf("allowed origin's write: %d %v %+v", resp.StatusCode, resp.Header, res.Errors)
	}

	const evil = "https://evil.invented.test"
	if resp := preflight(evil); resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("disallowed preflight granted: %v", resp.Header)
	}
	resp, res = call(t, srv.URL, readActor, nil, "Origin", evil)
	wantRefusal(t, resp, res, http.StatusForbidden, "FORBIDDEN")
	if resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("disallowed origin granted: %v", resp.Header)
	}
	// The server's own pages (same origin) need no entry in the list.
	if resp, res := call(t, srv.URL, readActor, nil, "Origin", srv.URL); resp.StatusCode != http.StatusOK {
		t.Errorf("same origin: %d %+v", resp.StatusCode, res.Errors)
	}
}

func TestSecretsNeverReachTheLog(t *testing.T) {
	srv, rsaKey, logs := accessServer(t, true)
	good := signed(t, jwt.SigningMethodRS256, rsaKey, "test-rs", claims("wes", "writer"))
	expired := claims("wes", "writer")
	expired["exp"] = time.Now().Add(-time.Minute * 10).Unix()
	bad := signed(t, jwt.SigningMethodHS256, []byte(jwtSecret), "", expired)
	for _, token := range []string{writerKey, adminKey, good, bad, "eg_a-key-nobody-has-0123456789"} {
		call(t, srv.URL, upsertAna, nil, bearer(token)...)
		call(t, srv.URL, `{ actor(id: "nobody") { name } }`, nil, bearer(token)...)
		call(t, srv.URL, `{ broken `, nil, bearer(token)...)
	}
	log := logs.String()
	if !strings.Contains(log, "request") {
		t.Fatalf("the server logged nothing at debug level; the test proves nothing:\n%s", log)
	}
	for _, secret := range []string{readerKey, writerKey, adminKey, jwtSecret, good, bad, "eg_a-key-nobody-has"} {
		if strings.Contains(log, secret) {
			t.Errorf("the log holds a secret (%.12s…)", secret)
		}
	}
}

// A server handed no ingester takes no articles: it picks no extractor of
// its own (cmd/eventgraph chooses one and always hands it down).
func TestAServerWithoutAnIngesterTakesNoArticles(t *testing.T) {
	keys, err := auth.ParseKeys("wes writer " + writerKey)
	if err != nil {
		t.Fatal(err)
	}
	authn, err := auth.New(context.Background(), auth.Config{Keys: keys})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(neo4jtest.Store(t), Options{Access: Access{Authenticator: authn}}))
	defer srv.Close()
	_, res := call(t, srv.URL, ingest, map[string]any{"in": invented}, bearer(writerKey)...)
	if code, msg := firstError(t, res); code != string(domain.EForbidden) {
		t.Fatalf("ingestArticle without an ingester: %s %q, want FORBIDDEN", code, msg)
	}
}
