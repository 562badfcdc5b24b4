package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"io/fs"
	"net/http"
	"regexp"
	"strings"
	"time"
)

// explorerBuild holds the explorer's bundle (explorer.js, explorer.css and
// the chunks explorer.js imports when a view needs them, chunk-HASH.js),
// built from web/explorer by `make explorer` and not committed: a checkout
// that has not built it embeds only the folder's README.md.
//
//go:embed explorer/dist
var explorerBuild embed.FS

// explorerAssetsPath is where, under "/", the explorer's bundle is served.
const explorerAssetsPath = "/assets/"

// ExplorerHandler serves the explorer at "/" and its bundle under
// /assets/ (linked with a content hash, so it caches for a year). Built
// without the bundle, it serves a page that says how to build it instead,
// with links to the playground and the endpoint and the key bar. Any other
// path is a 404, so mounting it at "/" does not answer for paths nobody
// serves. The explorer's views live in the URL's fragment (#/actor/…), so
// "/" is its only page.
func ExplorerHandler() http.Handler {
	dist, err := fs.Sub(explorerBuild, "explorer/dist")
	if err != nil {
		panic("web: " + err.Error())
	}
	return explorerHandler(dist)
}

// ExplorerBuilt tells whether the explorer's bundle is built into this
// binary (else "/" serves the page that says how to build it).
func ExplorerBuilt() bool {
	_, errJS := fs.Stat(explorerBuild, "explorer/dist/explorer.js")
	_, errCSS := fs.Stat(explorerBuild, "explorer/dist/explorer.css")
	return errJS == nil && errCSS == nil
}

// explorerHandler serves the explorer built into dist.
func explorerHandler(dist fs.FS) http.Handler {
	shared := newPlayground() // the key bar's script is served with the playground's assets
	assets := map[string]asset{}
	for _, name := range []string{"explorer.js", "explorer.css"} {
		if body, err := fs.ReadFile(dist, name); err == nil {
			assets[name] = newAsset(name, body)
		}
	}
	var page []byte
	var csp string
	if len(assets) == 2 {
		// The chunks are named by their content (esbuild's chunk-[hash]),
		// so they cache for a year without a ?v= of their own: the script
		// imports them by name.
		chunks, _ := fs.Glob(dist, "chunk-*.js")
		for _, name := range chunks {
			if body, err := fs.ReadFile(dist, name); err == nil {
				a := newAsset(name, body)
				a.namedByContent = true
				assets[name] = a
			}
		}
		page = renderPage("explorer.html", func(name string) (string, error) {
			if a, ok := assets[name]; ok {
				return explorerAssetsPath + name + "?v=" + a.version, nil
			}
			return shared.assetURL(name)
		})
		csp = explorerCSP
	} else {
		assets = nil
		page = shared.render("explorer-unbuilt.html")
		csp = fmt.Sprintf(unbuiltExplorerCSPFormat, inlineStyleHashes(page))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		isAsset := strings.HasPrefix(r.URL.Path, explorerAssetsPath) && assets != nil
		if r.URL.Path != "/" && !isAsset {
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		switch {
		case r.URL.Path == "/":
			setSecurityHeaders(w.Header(), csp)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeContent(w, r, "explorer.html", time.Time{}, bytes.NewReader(page))
		default:
			setSecurityHeaders(w.Header(), csp)
			serveAsset(w, r, assets, strings.TrimPrefix(r.URL.Path, explorerAssetsPath))
		}
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
