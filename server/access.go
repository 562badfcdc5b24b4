package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/domain"
)

// Access says who may reach the server and what they may do.
type Access struct {
	// Authenticator reads credentials. Nil accepts none: reads are open to
	// anyone, writes to no one.
	Authenticator *auth.Authenticator
	// AllowedHosts are the names (without port) a request's Host header may
	// carry, so a page whose domain was rebound to this server's address
	// (DNS rebinding) is refused. Empty: the loopback names. "*" switches
	// the check off (behind a proxy that checks it).
	AllowedHosts []string
	// CORSOrigins are the origins ("https://app.example.org") whose pages
	// may call the API from a browser, besides the server's own pages;
	// "*" allows every origin.
	CORSOrigins []string
}

// LoopbackHosts are the names the Host check allows when none are
// configured.
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// probePaths bypass the Host check and authentication: they reveal
// nothing, and orchestrators probe them by IP address.
var probePaths = map[string]bool{"/healthz": true, "/readyz": true}

// Validate checks the configuration New would otherwise log and skip:
// each CORS origin must be scheme://host[:port] or "*".
func (a Access) Validate() error {
	_, err := originSet(a.CORSOrigins)
	return err
}

// withAccess wraps next in the Host check, CORS and authentication, in
// that order: a rebound name is refused before anything else, a
// preflight is answered by CORS alone, and only then are credentials read.
func withAccess(a Access, log *slog.Logger, next http.Handler) http.Handler {
	authn := a.Authenticator
	if authn == nil {
		// Without JWKS, New cannot fail.
		authn, _ = auth.New(context.Background(), auth.Config{AnonymousReads: true})
	}
	origins, err := originSet(a.CORSOrigins)
	if err != nil {
		log.Error("CORS origins skipped", "err", err)
	}
	g := &gate{authn: authn, origins: origins, hosts: hostSet(a.AllowedHosts)}
	c := cors.New(cors.Options{
		AllowOriginFunc: func(origin string) bool { return origins.allows(origin) },
		AllowedMethods:  []string{http.MethodGet, http.MethodPost},
		// A page reads its own writes with the bookmark header, and
		// quotes the request id when it reports a problem.
		AllowedHeaders: []string{"Authorization", "Content-Type", "Accept", BookmarkHeader, requestIDHeader},
		ExposedHeaders: []string{"Server-Timing", BookmarkHeader, requestIDHeader},
		MaxAge:         600,
	})
	withCORS := c.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { g.serveCaller(w, r, next) }))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if probePaths[r.URL.Path] {
			next.ServeHTTP(w, r)
			return
		}
		if !g.hostAllowed(r.Host) {
			refuse(w, r, http.StatusMisdirectedRequest, &domain.Error{Code: domain.EForbidden, Field: "Host",
				Message: fmt.Sprintf("%q is not a name this server answers to; allowed: %s (EVENTGRAPH_ALLOWED_HOSTS)",
					excerpt(hostOnly(r.Host)), strings.Join(g.hostList(), ", "))})
			return
		}
		withCORS.ServeHTTP(w, r)
	})
}

// gate holds the checks of withAccess.
type gate struct {
	authn   *auth.Authenticator
	origins origins
	hosts   map[string]bool // nil: any host
}

// serveCaller refuses a browser request from an origin not allowed (CORS
// keeps the page from reading the answer, but the request would still run)
// and puts the caller's identity in the request context.
func (g *gate) serveCaller(w http.ResponseWriter, r *http.Request, next http.Handler) {
	if err := g.origins.check(r); err != nil {
		refuse(w, r, http.StatusForbidden, err)
		return
	}
	id, err := g.authn.Authenticate(r.Header.Get("Authorization"))
	if err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
		refuse(w, r, http.StatusUnauthorized, err)
		return
	}
	next.ServeHTTP(w, r.WithContext(auth.WithIdentity(r.Context(), id)))
}

func hostSet(names []string) map[string]bool {
	if len(names) == 0 {
		names = LoopbackHosts
	}
	set := map[string]bool{}
	for _, n := range names {
		n = strings.ToLower(strings.Trim(strings.TrimSpace(n), "[]"))
		if n == "*" {
			return nil
		}
		if n != "" {
			set[n] = true
		}
	}
	return set
}

func (g *gate) hostAllowed(host string) bool {
	return g.hosts == nil || g.hosts[strings.ToLower(hostOnly(host))]
}

func (g *gate) hostList() []string {
	var l []string
	for h := range g.hosts {
		l = append(l, h)
	}
	return l
}

// hostOnly strips the port from a Host header ("[::1]:8080" → "::1").
func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.Trim(hostport, "[]")
}

// origins is the CORS allow-list, normalized (lower case, no trailing
// slash); all allows any origin.
type origins struct {
	set map[string]bool
	all bool
}

// originSet reads the allow-list; an entry in error is skipped, and the
// first error returned.
func originSet(list []string) (origins, error) {
	o := origins{set: map[string]bool{}}
	var first error
	for _, s := range list {
		s = strings.TrimSpace(s)
		switch {
		case s == "":
		case s == "*":
			o.all = true
		default:
			u, err := url.Parse(s)
			if err != nil || u.Scheme == "" || u.Host == "" || (u.Path != "" && u.Path != "/") {
				if first == nil {
					first = fmt.Errorf("CORS origin %q: write it as scheme://host[:port]", s)
				}
				continue
			}
			o.set[strings.ToLower(u.Scheme+"://"+u.Host)] = true
		}
	}
	return o, first
}

func (o origins) allows(origin string) bool {
	return o.all || o.set[strings.ToLower(strings.TrimSuffix(origin, "/"))]
}

// check refuses a browser request (it has an Origin) from a page that is
// neither the server's own nor on the allow-list; a request without an
// Origin is not a browser's and passes.
func (o origins) check(r *http.Request) error {
	origin := r.Header.Get("Origin")
	if origin == "" || o.allows(origin) || sameOrigin(origin, r.Host) {
		return nil
	}
	return &domain.Error{Code: domain.EForbidden, Field: "Origin",
		Message: fmt.Sprintf("pages from %q may not call this API (EVENTGRAPH_CORS_ORIGINS)", excerpt(origin))}
}

// sameOrigin reports whether a browser's Origin is the server's own (the
// explorer and the playground): its host and port are the request's Host,
// which the Host check has already vetted.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, host)
}

// excerpt bounds what a refusal echoes of the client's input.
func excerpt(s string) string {
	const max = 64
	if len(s) <= max {
		return s
	}
	return s[:max] + "…"
}

// refuse answers a request refused before GraphQL saw it (and before its
// body was read), as a GraphQL response with the error's code, in the
// media type the client accepts.
func refuse(w http.ResponseWriter, r *http.Request, status int, err error) {
	closeUnreadBody(w, r)
	media, ok := negotiate(r.Header.Get("Accept"))
	if !ok {
		media = mediaJSON
	}
	e := gqlerror.WrapPath(nil, err)
	e.Message = domain.PublicMessage(err)
	e.Extensions = map[string]any{"code": string(domain.CodeOf(err))}
	var de *domain.Error
	if errors.As(err, &de) && de.Field != "" {
		e.Extensions["field"] = de.Field
	}
	writeBody(w, media, status, mustJSON(struct {
		Errors gqlerror.List `json:"errors"`
	}{gqlerror.List{e}}))
}

// closeUnreadBody is for a response that refuses a request before reading
// its body: if the request has one, the response says Connection: close,
// so the client hears at once that it may stop sending and must not reuse
// the connection, and the server closes it soon after. Without it,
// net/http would read and discard up to 256 KiB of the unread body before
// answering at all, to keep the connection (holding the refusal back as
// long as a slow client takes to send it), or, past that, close the
// connection without a word while the client still writes.
//
// After the response, net/http still drains up to 256 KiB of what the
// client sent, so that closing does not reset the connection under the
// response; the read deadline gives that a moment (unreadBodyGrace), not
// as long as the client takes.
func closeUnreadBody(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 || r.Body == nil || r.Body == http.NoBody {
		return
	}
	w.Header().Set("Connection", "close")
	http.NewResponseController(w).SetReadDeadline(time.Now().Add(unreadBodyGrace))
}

// unreadBodyGrace is how long a refused request's body may still arrive.
const unreadBodyGrace = time.Second
