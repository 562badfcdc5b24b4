// Package auth says who is asking and what they may do: it checks API keys
// and JWTs (HS256 with a shared secret, RS256/ES256 with keys from a JWKS
// file or URL), maps them to a Role, and carries the resulting Identity in
// the request context for whoever needs it later (the schema's @requires
// directive, rate limits, curation history). It does not know GraphQL or
// HTTP routing: server decides where credentials are read and how a refusal
// is written, graph enforces roles per field.
package auth

import (
	"context"
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/internal/ctxvalue"
)

// Role is what an identity may do; each role includes the ones below it.
type Role int

// The roles, lowest first.
const (
	// RoleNone may do nothing: an anonymous caller when anonymous reads are
	// switched off.
	RoleNone Role = iota
	// RoleReader runs queries.
	RoleReader
	// RoleWriter also adds facts: ingestArticle, upsertActor, record*.
	RoleWriter
	// RoleEditor also curates: merges, rejections, corrections.
	RoleEditor
	// RoleAdmin also removes what was written (retractArticle) and manages
	// keys.
	RoleAdmin
)

var roleNames = [...]string{RoleNone: "none", RoleReader: "reader", RoleWriter: "writer", RoleEditor: "editor", RoleAdmin: "admin"}

func (r Role) String() string {
	if r < 0 || int(r) >= len(roleNames) {
		return fmt.Sprintf("Role(%d)", int(r))
	}
	return roleNames[r]
}

// Includes reports whether r may do what need may.
func (r Role) Includes(need Role) bool { return r >= need }

// ParseRole reads a role name ("reader", "WRITER", …); "none" is not one a
// credential can carry.
func ParseRole(s string) (Role, error) {
	for r := RoleReader; r <= RoleAdmin; r++ {
		if strings.EqualFold(s, roleNames[r]) {
			return r, nil
		}
	}
	return RoleNone, fmt.Errorf("unknown role %q (reader, writer, editor or admin)", s)
}

// Method says how an identity was established.
type Method string

// The methods.
const (
	Anonymous Method = ""
	APIKey    Method = "api-key"
	JWT       Method = "jwt"
)

// Identity is the caller of one request.
type Identity struct {
	// Name is the API key's name or the JWT's subject; empty for anonymous
	// callers.
	Name   string
	Role   Role
	Method Method
}

// Anonymous reports whether the caller presented no credentials.
func (id Identity) Anonymous() bool { return id.Method == Anonymous }

// ClientKey names the caller for per-client accounting (rate limits):
// "key:NAME" or "jwt:SUBJECT", and "" for anonymous callers, whom the
// caller of ClientKey must tell apart some other way (by address).
func (id Identity) ClientKey() string {
	switch id.Method {
	case APIKey:
		return "key:" + id.Name
	case JWT:
		return "jwt:" + id.Name
	}
	return ""
}

var identityKey = ctxvalue.New[Identity]("identity")

// WithIdentity returns ctx carrying id.
func WithIdentity(ctx context.Context, id Identity) context.Context {
	return identityKey.With(ctx, id)
}

// FromContext returns the identity the request was authenticated as; a
// context that went through no authentication holds an anonymous caller
// with RoleNone, so forgetting the middleware refuses rather than allows.
func FromContext(ctx context.Context) Identity {
	id, _ := identityKey.From(ctx)
	return id
}
