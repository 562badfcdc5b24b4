package auth

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"

	"github.com/eventgraph/eventgraph/domain"
)

// Config says which credentials are accepted. Its secrets are never logged:
// LogValue shows what is configured, not the values.
type Config struct {
	// Keys are the API keys.
	Keys []Key
	// JWTSecret verifies HS256 tokens; at least 32 bytes.
	JWTSecret []byte
	// JWKS is a JSON Web Key Set document (from a file) whose keys verify
	// RS256, ES256 and EdDSA tokens.
	JWKS json.RawMessage
	// JWKSURL is fetched at start and refreshed hourly, and on an unknown
	// key id (rate limited), for the same purpose.
	JWKSURL string
	// Issuer and Audience, when set, must match the token's iss and aud.
	Issuer, Audience string
	// RoleClaim names the claim holding the role (a string, or a list of
	// which the highest known role counts); "role" when empty. A token
	// without a known role gets the anonymous caller's role.
	RoleClaim string
	// AnonymousReads lets callers without credentials run queries.
	AnonymousReads bool
	// Logger receives JWKS refresh failures; slog.Default when nil.
	Logger *slog.Logger
}

// LogValue describes the configuration without its secrets.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("keys", len(c.Keys)), slog.Bool("hs256", len(c.JWTSecret) > 0),
		slog.Bool("jwks_file", len(c.JWKS) > 0), slog.Bool("jwks_url", c.JWKSURL != ""),
		slog.String("issuer", c.Issuer), slog.String("audience", c.Audience), slog.Bool("anonymous_reads", c.AnonymousReads))
}

// minSecret is the shortest HS256 secret accepted: RFC 7518 asks for a key
// at least as long as the hash.
const minSecret = 32

// leeway tolerates clock skew between the token's issuer and this server.
const leeway = 30 * time.Second

// Authenticator turns a request's credentials into an Identity.
type Authenticator struct {
	keys      map[[sha256.Size]byte]Key
	parser    *jwt.Parser // nil: no JWTs accepted
	keyfunc   jwt.Keyfunc
	roleClaim string
	anonymous Identity
}

// New checks cfg and returns its Authenticator. With a JWKSURL it fetches
// the key set once before returning; ctx ends its refreshes.
func New(ctx context.Context, cfg Config) (*Authenticator, error) {
	a := &Authenticator{keys: make(map[[sha256.Size]byte]Key, len(cfg.Keys)), roleClaim: cfg.RoleClaim}
	if a.roleClaim == "" {
		a.roleClaim = "role"
	}
	if cfg.AnonymousReads {
		a.anonymous.Role = RoleReader
	}
	for _, k := range cfg.Keys {
		if _, dup := a.keys[k.Hash]; dup {
			return nil, fmt.Errorf("API key %q has the same secret as another key", k.Name)
		}
		a.keys[k.Hash] = k
	}
	var methods []string
	var secret []byte
	var jwks keyfunc.Keyfunc
	if len(cfg.JWTSecret) > 0 {
		if len(cfg.JWTSecret) < minSecret {
			return nil, fmt.Errorf("the JWT secret is %d bytes; HS256 needs at least %d", len(cfg.JWTSecret), minSecret)
		}
		secret = cfg.JWTSecret
		methods = append(methods, jwt.SigningMethodHS256.Alg())
	}
	var err error
	switch {
	case len(cfg.JWKS) > 0 && cfg.JWKSURL != "":
		return nil, errors.New("give a JWKS file or a JWKS URL, not both")
	case len(cfg.JWKS) > 0:
		jwks, err = keyfunc.NewJWKSetJSON(cfg.JWKS)
	case cfg.JWKSURL != "":
		log := cfg.Logger
		if log == nil {
			log = slog.Default()
		}
		jwks, err = keyfunc.NewDefaultOverrideCtx(ctx, []string{cfg.JWKSURL}, keyfunc.Override{
			HTTPTimeout: 10 * time.Second,
			RefreshErrorHandlerFunc: func(u string) func(context.Context, error) {
				return func(_ context.Context, err error) { log.Warn("JWKS refresh failed", "url", u, "err", err) }
			},
		})
	}
	if err != nil {
		return nil, fmt.Errorf("JWKS: %w", err)
	}
	if jwks != nil {
		methods = append(methods, "RS256", "ES256", "EdDSA")
	}
	if len(methods) == 0 {
		return a, nil
	}
	opts := []jwt.ParserOption{jwt.WithValidMethods(methods), jwt.WithExpirationRequired(), jwt.WithLeeway(leeway)}
	if cfg.Issuer != "" {
		opts = append(opts, jwt.WithIssuer(cfg.Issuer))
	}
	if cfg.Audience != "" {
		opts = append(opts, jwt.WithAudience(cfg.Audience))
	}
	a.parser = jwt.NewParser(opts...)
	a.keyfunc = func(t *jwt.Token) (any, error) {
		if t.Method.Alg() == jwt.SigningMethodHS256.Alg() {
			return secret, nil
		}
		if jwks == nil {
			return nil, errors.New("no JWKS configured")
		}
		return jwks.KeyfuncCtx(ctx)(t)
	}
	return a, nil
}

// Anonymous is the identity of a caller without credentials.
func (a *Authenticator) Anonymous() Identity { return a.anonymous }

// Authenticate reads an Authorization header value: empty is the anonymous
// caller; "Bearer KEY" an API key; "Bearer JWT" a token. Refusals are
// UNAUTHENTICATED domain errors saying why, never echoing the credential.
func (a *Authenticator) Authenticate(authorization string) (Identity, error) {
	if authorization == "" {
		return a.anonymous, nil
	}
	scheme, token, ok := strings.Cut(authorization, " ")
	token = strings.TrimSpace(token)
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return Identity{}, unauthenticated("use the Bearer scheme: Authorization: Bearer <API key or JWT>")
	}
	if strings.HasPrefix(token, keyPrefix) || strings.Count(token, ".") != 2 {
		k, ok := a.keys[sha256.Sum256([]byte(token))]
		if !ok {
			return Identity{}, unauthenticated("the API key is not known")
		}
		return Identity{Name: k.Name, Role: k.Role, Method: APIKey}, nil
	}
	return a.verifyJWT(token)
}

func (a *Authenticator) verifyJWT(token string) (Identity, error) {
	if a.parser == nil {
		return Identity{}, unauthenticated("this server accepts no JWTs; send an API key")
	}
	claims := jwt.MapClaims{}
	if _, err := a.parser.ParseWithClaims(token, claims, a.keyfunc); err != nil {
		return Identity{}, unauthenticated(jwtProblem(err))
	}
	sub, _ := claims["sub"].(string)
	if sub == "" {
		return Identity{}, unauthenticated("the token has no subject (sub)")
	}
	role := highestRole(claims[a.roleClaim])
	if role < a.anonymous.Role {
		role = a.anonymous.Role
	}
	return Identity{Name: sub, Role: role, Method: JWT}, nil
}

// jwtProblem says what is wrong with a refused token in a client's words.
func jwtProblem(err error) string {
	for _, c := range []struct {
		err error
		msg string
	}{
		{jwt.ErrTokenMalformed, "the token is malformed"},
		{jwt.ErrTokenExpired, "the token has expired"},
		{jwt.ErrTokenRequiredClaimMissing, "the token lacks a required claim (exp)"},
		{jwt.ErrTokenNotValidYet, "the token is not valid yet"},
		{jwt.ErrTokenInvalidAudience, "the token is not for this audience"},
		{jwt.ErrTokenInvalidIssuer, "the token is not from the trusted issuer"},
		{jwt.ErrTokenUnverifiable, "the token's signing key is not known"},
		{jwt.ErrTokenSignatureInvalid, "the token's signature or algorithm is not accepted"},
	} {
		if errors.Is(err, c.err) {
			return c.msg
		}
	}
	return "the token is not valid"
}

func highestRole(claim any) Role {
	var names []string
	switch v := claim.(type) {
	case string:
		names = []string{v}
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok {
				names = append(names, s)
			}
		}
	}
	best := RoleNone
	for _, n := range names {
		if r, err := ParseRole(n); err == nil && r > best {
			best = r
		}
	}
	return best
}

func unauthenticated(msg string) *domain.Error {
	return &domain.Error{Code: domain.EUnauthenticated, Field: "Authorization", Message: msg}
}

// Require returns nil when id may do what need allows, and otherwise the
// error to answer: UNAUTHENTICATED for a caller without credentials (they
// should present some), FORBIDDEN for one whose role is too low.
func Require(id Identity, need Role, what string) error {
	if id.Role.Includes(need) {
		return nil
	}
	if id.Anonymous() {
		return &domain.Error{Code: domain.EUnauthenticated,
			Message: fmt.Sprintf("%s needs credentials with the %s role; send Authorization: Bearer <API key or JWT>", what, need)}
	}
	return &domain.Error{Code: domain.EForbidden,
		Message: fmt.Sprintf("%s needs the %s role; %s has %s", what, need, id.Name, id.Role)}
}
