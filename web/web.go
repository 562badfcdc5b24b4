// Package web serves the pages the binary shows to people: the GraphiQL
// playground and the explorer. Every byte they load is embedded in the
// binary, so both work with no internet access; nothing here fetches from
// another origin.
//
// It is not the GraphQL endpoint (that is package graph) and holds no
// data access: the pages talk to the server only through /query.
//
// Mount the handlers like this:
//
//	mux.Handle("/playground/", http.StripPrefix("/playground", web.PlaygroundHandler()))
//	mux.Handle("/", web.ExplorerHandler())
package web

import (
	"embed"
	"net/http"
)

// PlaygroundPath is where the playground page links its assets from: the
// prefix PlaygroundHandler must be mounted under.
const PlaygroundPath = "/playground"

// QueryPath is the GraphQL endpoint the pages talk to, over HTTP and, for
// subscriptions, WebSocket.
const QueryPath = "/query"

//go:embed playground.html playground.js playground.css explorer.html explorer-unbuilt.html credentials.js credentials-form.html
//go:embed static/playground/*.js static/playground/*.css
var files embed.FS

// The security headers every page and asset gets. Pages allow only their
// own origin; GraphiQL's CSS carries its fonts and icons as data: URLs, and
// connect-src 'self' covers ws: to the same host for subscriptions.
const (
	playgroundCSP = "default-src 'none'; script-src 'self'; style-src 'self'; " +
		"font-src 'self' data:; img-src 'self' data:; connect-src 'self'; " +
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	// The page without the bundle has one inline <style>, allowed by its hash.
	unbuiltExplorerCSPFormat = "default-src 'none'; script-src 'self'; style-src %s; img-src 'self'; connect-src 'self'; " +
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	// The built explorer's styles come from its bundle's stylesheet; its
	// scripts set element styles through the DOM (allowed: not markup), and
	// vis-timeline's stylesheet carries its few icons as data: URLs.
	explorerCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

func setSecurityHeaders(h http.Header, csp string) {
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}
