package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// ExplorerHandler serves the explorer at "/": for now a small placeholder
// page with the project's name, a one-line description, links to the
// playground and the GraphQL endpoint, and the key bar (credentials.js,
// linked from the playground's assets). Any other path is a 404, so
// mounting it at "/" does not answer for paths nobody serves.
func ExplorerHandler() http.Handler {
	page := newPlayground().render("explorer.html")
	csp := fmt.Sprintf(explorerCSPFormat, inlineStyleHashes(page))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		setSecurityHeaders(w.Header(), csp)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "explorer.html", time.Time{}, bytes.NewReader(page))
	})
}

var styleElement = regexp.MustCompile(`(?s)<style>(.*?)</style>`)

// inlineStyleHashes returns the CSP source list that allows exactly the
// page's own <style> elements ('sha256-…' each, or 'none' if it has
// none), so the policy needs no 'unsafe-inline'.
func inlineStyleHashes(page []byte) string {
	var sources []string
	for _, m := range styleElement.FindAllSubmatch(page, -1) {
		sum := sha256.Sum256(m[1])
		sources = append(sources, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	if len(sources) == 0 {
		return "'none'"
	}
	return strings.Join(sources, " ")
}
