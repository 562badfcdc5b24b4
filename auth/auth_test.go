package auth

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
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

	"github.com/eventgraph/eventgraph/domain"
)

func TestGeneratedKeysAuthenticateByTheirHash(t *testing.T) {
	secret, line, err := GenerateKey("ci-loader", RoleWriter)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(line, secret) || !strings.HasPrefix(line, "ci-loader writer sha256:") {
		t.Fatalf("keys file line %q", line)
	}
	keys, err := ParseKeys("# loaders\n" + line + "\n\nops admin plain-key-of-enough-length\n")
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(context.Background(), Config{Keys: keys})
	if err != nil {
		t.Fatal(err)
	}
	for header, want := range map[string]Identity{
		"Bearer " + secret:                  {Name: "ci-loader", Role: RoleWriter, Method: APIKey},
		"bearer plain-key-of-enough-length": {Name: "ops", Role: RoleAdmin, Method: APIKey},
		"":                                  {},
	} {
		got, err := a.Authenticate(header)
		if err != nil || got != want {
			t.Errorf("Authenticate(%.14q…) = %+v, %v; want %+v", header, got, err, want)
		}
	}
	_, err = a.Authenticate("Bearer " + secret + "x")
	if domain.CodeOf(err) != domain.EUnauthenticated || strings.Contains(err.Error(), secret) {
		t.Errorf("a wrong key: %v", err)
	}
}

func TestBadKeyEntriesAreNamedNotEchoed(t *testing.T) {
	for entry, want := range map[string]string{
		"ann reader":                        "NAME ROLE SECRET",
		"ann boss long-enough-secret-123":   "unknown role",
		"ann reader tiny7":                  "shorter than",
		"ann reader sha256:abcd":            "64 hex digits",
		"ann reader looks.like-a.jwt-0123":  "looks like a JWT",
		"a/b reader long-enough-secret-123": "name",
		"ann reader k1-long-enough-0000, ann writer k2-long-enough-0000": "used twice",
	} {
		_, err := ParseKeys(entry)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseKeys(%q) = %v; want an error saying %q", entry, err, want)
			continue
		}
		for _, secret := range []string{"long-enough-secret-123", "k1-long-enough", "tiny7"} {
			if strings.Contains(err.Error(), secret) {
				t.Errorf("ParseKeys(%q) echoes the secret: %v", entry, err)
			}
		}
	}
}

func TestConfigLogsNoSecrets(t *testing.T) {
	var buf bytes.Buffer
	cfg := Config{Keys: []Key{{Name: "ops", Role: RoleAdmin}}, JWTSecret: []byte("the-hs256-secret-nobody-may-see!!"), Audience: "eg"}
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("config", "auth", cfg)
	if strings.Contains(buf.String(), "nobody-may-see") || !strings.Contains(buf.String(), `"hs256":true`) {
		t.Errorf("logged %s", buf.String())
	}
}

func TestShortJWTSecretIsRefused(t *testing.T) {
	if _, err := New(context.Background(), Config{JWTSecret: []byte("short")}); err == nil || !strings.Contains(err.Error(), "32") {
		t.Errorf("New with a 5-byte secret: %v", err)
	}
}

// TestJWKSFromAURL serves a JWKS on loopback: ES256 tokens signed by its
// key are accepted, the role claim names the role, and a token whose
// role claim holds nothing known gets the anonymous caller's role.
func TestJWKSFromAURL(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	jwk, err := jwkset.NewJWKFromKey(key.Public(), jwkset.JWKOptions{Metadata: jwkset.JWKMetadataOptions{KID: "es", ALG: jwkset.AlgES256}})
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := json.Marshal(jwkset.JWKSMarshal{Keys: []jwkset.JWKMarshal{jwk.Marshal()}})
	idp := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(doc)
	}))
	defer idp.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a, err := New(ctx, Config{JWKSURL: idp.URL, RoleClaim: "eventgraph_role", AnonymousReads: true})
	if err != nil {
		t.Fatal(err)
	}
	sign := func(role any) string {
		tok := jwt.NewWithClaims(jwt.SigningMethodES256, jwt.MapClaims{"sub": "eli", "eventgraph_role": role, "exp": time.Now().Add(time.Minute).Unix()})
		tok.Header["kid"] = "es"
		s, err := tok.SignedString(key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	for role, want := range map[any]Role{"editor": RoleEditor, "superuser": RoleReader} {
		id, err := a.Authenticate("Bearer " + sign(role))
		if err != nil || id != (Identity{Name: "eli", Role: want, Method: JWT}) {
			t.Errorf("role claim %v: %+v %v; want %v", role, id, err, want)
		}
	}
	// No HS256 secret is configured: an HS256 token is not accepted even
	// if signed with something that looks like the JWKS.
	hs, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "eli", "exp": time.Now().Add(time.Minute).Unix()}).SignedString(doc)
	if _, err := a.Authenticate("Bearer " + hs); domain.CodeOf(err) != domain.EUnauthenticated {
		t.Errorf("an HS256 token against a JWKS: %v", err)
	}
}

func TestRequireSaysWhichRefusal(t *testing.T) {
	if err := Require(Identity{}, RoleWriter, "upsertActor"); domain.CodeOf(err) != domain.EUnauthenticated {
		t.Errorf("anonymous: %v", err)
	}
	if err := Require(Identity{Name: "ann", Role: RoleReader, Method: APIKey}, RoleWriter, "upsertActor"); domain.CodeOf(err) != domain.EForbidden ||
		!strings.Contains(err.Error(), "writer") {
		t.Errorf("reader: %v", err)
	}
	if err := Require(Identity{Name: "ada", Role: RoleAdmin, Method: JWT}, RoleEditor, "mergeActors"); err != nil {
		t.Errorf("admin for an editor's field: %v", err)
	}
	if got := FromContext(context.Background()); got.Role != RoleNone || !got.Anonymous() {
		t.Errorf("a context without identity: %+v", got)
	}
}

func TestReadSecretFromAFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "secret")
	os.WriteFile(f, []byte("from-the-file\n"), 0o600)
	if got, err := ReadSecret("", f); err != nil || got != "from-the-file" {
		t.Errorf("ReadSecret from file: %q %v", got, err)
	}
	if got, _ := ReadSecret("from-env", f); got != "from-env" {
		t.Errorf("the variable should win: %q", got)
	}
}
