package web

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"
)

// newServer serves both handlers as the binary mounts them.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle(PlaygroundPath+"/", http.StripPrefix(PlaygroundPath, PlaygroundHandler()))
	mux.Handle("/", ExplorerHandler())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, rawURL string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, rawURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", rawURL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading body: %v", rawURL, err)
	}
	return resp, body
}

// resourceURLs returns every URL the page makes the browser load: script
// src, link href (stylesheets, icons, preloads), img/iframe src.
func resourceURLs(t *testing.T, page []byte) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		t.Fatalf("parsing page: %v", err)
	}
	var urls []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch {
				case a.Key == "src" && (n.Data == "script" || n.Data == "img" || n.Data == "iframe"),
					a.Key == "href" && n.Data == "link":
					urls = append(urls, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return urls
}

func TestPlaygroundLoadsOnlySameOriginAssets(t *testing.T) {
	srv := newServer(t)
	resp, page := get(t, srv.URL+"/playground/", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /playground/: status %d", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("page Content-Type = %q", ct)
	}
	assertStrictCSP(t, resp.Header.Get("Content-Security-Policy"))

	urls := resourceURLs(t, page)
	if len(urls) < 6 { // 2 stylesheets + 5 scripts (react, react-dom, graphql-ws, graphiql, playground)
		t.Fatalf("page loads %d resources, want the GraphiQL bundle and its dependencies: %q", len(urls), urls)
	}
	base, _ := url.Parse(srv.URL + "/playground/")
	for _, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil {
			t.Errorf("asset URL %q: %v", raw, err)
			continue
		}
		if u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/playground/assets/") {
			t.Errorf("asset URL %q is not a same-origin /playground/assets/ path", raw)
			continue
		}
		abs := base.ResolveReference(u).String()
		aresp, body := get(t, abs, nil)
		if aresp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s: status %d, %d bytes", raw, aresp.StatusCode, len(body))
			continue
		}
		want := map[bool]string{true: "text/javascript; charset=utf-8", false: "text/css; charset=utf-8"}[strings.HasSuffix(u.Path, ".js")]
		if ct := aresp.Header.Get("Content-Type"); ct != want {
			t.Errorf("GET %s: Content-Type %q, want %q", raw, ct, want)
		}
		if cc := aresp.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("GET %s (versioned): Cache-Control %q, want long-lived immutable", raw, cc)
		}
	}
}

func assertStrictCSP(t *testing.T, csp string) {
	t.Helper()
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q does not limit scripts to 'self'", csp)
	}
	for _, loose := range []string{"unsafe-inline", "unsafe-eval", "http:", "https:", "*"} {
		if strings.Contains(csp, loose) {
			t.Errorf("CSP %q allows %s", csp, loose)
		}
	}
}

func TestPlaygroundPointsAtQueryEndpoint(t *testing.T) {
	srv := newServer(t)
	_, page := get(t, srv.URL+"/playground/", nil)
	if !strings.Contains(string(page), `data-endpoint="/query"`) {
		t.Errorf("page does not point the fetcher at /query:\n%s", page)
	}
	_, js := get(t, srv.URL+"/playground/assets/playground.js", nil)
	for _, want := range []string{`actors(filter: {name: "Rubio"}, first: 1)`, "... on Meeting", "createFetcher", "wsClient"} {
		if !strings.Contains(string(js), want) {
			t.Errorf("playground.js lacks %q", want)
		}
	}
}

func TestPlaygroundAssetCaching(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name      string
		path      string
		header    http.Header
		status    int
		wantCache string
	}{
		{"unversioned asset is revalidated", "/playground/assets/graphiql.min.css", nil, http.StatusOK, "no-cache"},
		{"stale version is revalidated", "/playground/assets/graphiql.min.css?v=0000", nil, http.StatusOK, "no-cache"},
		{"page is revalidated", "/playground/", nil, http.StatusOK, "no-cache"},
		{"unknown asset", "/playground/assets/nope.js", nil, http.StatusNotFound, ""},
		{"unknown page", "/playground/elsewhere", nil, http.StatusNotFound, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, _ := get(t, srv.URL+tc.path, tc.header)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			if tc.wantCache != "" && resp.Header.Get("Cache-Control") != tc.wantCache {
				t.Errorf("Cache-Control %q, want %q", resp.Header.Get("Cache-Control"), tc.wantCache)
			}
		})
	}

	// A browser revalidating with the ETag it holds gets 304, no body.
	resp, _ := get(t, srv.URL+"/playground/assets/graphiql.min.js", nil)
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatal("asset has no ETag")
	}
	resp, body := get(t, srv.URL+"/playground/assets/graphiql.min.js", http.Header{"If-None-Match": {etag}})
	if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
		t.Errorf("revalidation with ETag: status %d, %d bytes; want 304 and none", resp.StatusCode, len(body))
	}
}

func TestPlaygroundRedirectsBarePath(t *testing.T) {
	srv := newServer(t)
	resp, _ := get(t, srv.URL+"/playground", nil) // the client follows the redirect
	if resp.StatusCode != http.StatusOK || resp.Request.URL.Path != "/playground/" {
		t.Errorf("GET /playground ended at %s with %d, want /playground/ 200", resp.Request.URL.Path, resp.StatusCode)
	}
}

// serveExplorer serves explorerHandler(dist) as the binary mounts it, with
// the playground beside it for the key bar's script.
func serveExplorer(t *testing.T, dist fs.FS) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle(PlaygroundPath+"/", http.StripPrefix(PlaygroundPath, PlaygroundHandler()))
	mux.Handle("/", explorerHandler(dist))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestExplorerUnbuilt: a binary built from a checkout without the bundle
// serves a page that says how to build it, with the playground's and the
// endpoint's links and the key bar.
func TestExplorerUnbuilt(t *testing.T) {
	srv := serveExplorer(t, fstest.MapFS{"README.md": {Data: []byte("built files go here")}})
	resp, page := get(t, srv.URL+"/", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /: status %d", resp.StatusCode)
	}
	// One script, the key bar's, from the playground's assets.
	if urls := resourceURLs(t, page); len(urls) != 1 || !strings.HasPrefix(urls[0], "/playground/assets/credentials.js?v=") {
		t.Errorf("unbuilt page loads resources %q, want credentials.js only", urls)
	}
	for _, want := range []string{"eventgraph", `id="explorer-not-built"`, "make explorer", `href="/playground/"`, `href="/query"`, `id="credential"`, `data-endpoint="/query"`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("unbuilt explorer page lacks %q", want)
		}
	}
	csp := resp.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "style-src 'sha256-") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("unbuilt page's CSP %q should allow its inline style by hash only", csp)
	}
	assertStrictCSP(t, csp)
	if !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("CSP %q does not let the key bar check its key at /query", csp)
	}
	for _, path := range []string{"/no-such-page", "/assets/explorer.js"} {
		if resp, _ := get(t, srv.URL+path, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, resp.StatusCode)
		}
	}
}

// TestExplorerBuilt: with the bundle, "/" is the explorer: its script and
// stylesheet from /assets/ with a content hash (cached for a year, gzipped
// when the client takes it), the key bar's script, the search box, and a
// policy that allows only the server's own origin.
func TestExplorerBuilt(t *testing.T) {
	js := strings.Repeat("console.log('the explorer');\n", 200)
	srv := serveExplorer(t, fstest.MapFS{
		"explorer.js":          {Data: []byte(js)},
		"explorer.css":         {Data: []byte("body { color: black; }")},
		"chunk-ABCD1234.js":    {Data: []byte("export const timeline = 1;")},
		"README.md":            {Data: []byte("not served")},
		"notachunk-ABCD123.js": {Data: []byte("not served")},
	})
	resp, page := get(t, srv.URL+"/", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /: status %d", resp.StatusCode)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	assertStrictCSP(t, csp)
	for _, want := range []string{"style-src 'self'", "connect-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("explorer CSP %q lacks %s", csp, want)
		}
	}
	for _, want := range []string{`id="search"`, `id="view"`, `<form id="credentials"`, `data-endpoint="/query"`, `href="#/ingest"`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("explorer page lacks %q", want)
		}
	}
	urls := resourceURLs(t, page)
	var sawJS, sawCSS bool
	for _, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil || u.Scheme != "" || u.Host != "" {
			t.Errorf("resource %q is not a same-origin path", raw)
			continue
		}
		if strings.HasPrefix(u.Path, "/playground/assets/") {
			continue
		}
		if !strings.HasPrefix(u.Path, "/assets/") || u.Query().Get("v") == "" {
			t.Errorf("resource %q is not a versioned /assets/ path", raw)
			continue
		}
		sawJS = sawJS || u.Path == "/assets/explorer.js"
		sawCSS = sawCSS || u.Path == "/assets/explorer.css"
		aresp, body := get(t, srv.URL+raw, nil) // Go's client asks for gzip and unpacks it
		if aresp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("GET %s: status %d, %d bytes", raw, aresp.StatusCode, len(body))
		}
		if cc := aresp.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
			t.Errorf("GET %s: Cache-Control %q, want immutable", raw, cc)
		}
	}
	if !sawJS || !sawCSS {
		t.Errorf("page links %q, want /assets/explorer.js and /assets/explorer.css", urls)
	}
	// Asked for gzip by hand, the script comes compressed.
	resp, body := get(t, srv.URL+"/assets/explorer.js", http.Header{"Accept-Encoding": {"gzip"}})
	if resp.Header.Get("Content-Encoding") != "gzip" || len(body) >= len(js) {
		t.Errorf("gzip asked: Content-Encoding %q, %d bytes of %d", resp.Header.Get("Content-Encoding"), len(body), len(js))
	}
	resp, body = get(t, srv.URL+"/assets/explorer.js", http.Header{"Accept-Encoding": {"identity"}})
	if resp.Header.Get("Content-Encoding") != "" || string(body) != js {
		t.Errorf("no gzip asked: Content-Encoding %q, body differs: %v", resp.Header.Get("Content-Encoding"), string(body) != js)
	}
	for _, name := range []string{"nope.js", "README.md", "notachunk-ABCD123.js"} {
		if resp, _ := get(t, srv.URL+"/assets/"+name, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET /assets/%s: status %d, want 404", name, resp.StatusCode)
		}
	}
	// A chunk the script imports by its name (named by its content):
	// served as a script and cached for a year without a version query.
	resp, body = get(t, srv.URL+"/assets/chunk-ABCD1234.js", nil)
	if resp.StatusCode != http.StatusOK || string(body) != "export const timeline = 1;" {
		t.Errorf("GET /assets/chunk-ABCD1234.js: status %d, body %q", resp.StatusCode, body)
	}
	if ct, cc := resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"); !strings.HasPrefix(ct, "text/javascript") && !strings.HasPrefix(ct, "application/javascript") || !strings.Contains(cc, "immutable") {
		t.Errorf("GET /assets/chunk-ABCD1234.js: Content-Type %q, Cache-Control %q; want a script cached for a year", ct, cc)
	}
}

// TestExplorerServed: whichever this checkout has, the bundle or not, "/"
// answers with a page under the strict policy.
func TestExplorerServed(t *testing.T) {
	srv := newServer(t)
	resp, page := get(t, srv.URL+"/", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /: status %d", resp.StatusCode)
	}
	assertStrictCSP(t, resp.Header.Get("Content-Security-Policy"))
	built := strings.Contains(string(page), `id="search"`)
	if built != ExplorerBuilt() {
		t.Errorf("ExplorerBuilt() = %v, but the page served is the %s one", ExplorerBuilt(), map[bool]string{true: "built", false: "unbuilt"}[built])
	}
}

func TestInlineStyleHashes(t *testing.T) {
	tests := []struct {
		page string
		want string
	}{
		{"<p>no style</p>", "'none'"},
		// sha256("") in base64.
		{"<style></style>", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"},
	}
	for _, tc := range tests {
		if got := inlineStyleHashes([]byte(tc.page)); got != tc.want {
			t.Errorf("inlineStyleHashes(%q) = %s, want %s", tc.page, got, tc.want)
		}
	}
}

// TestKeyBarKeepsTheKeyInThisTabOnly: both pages carry the key bar, whose
// script keeps the key in sessionStorage and nowhere else, and the
// playground no longer saves GraphiQL's headers (an Authorization typed
// there) to localStorage. The browser test (TestPlaygroundInABrowser)
// checks what a browser really does with it.
func TestKeyBarKeepsTheKeyInThisTabOnly(t *testing.T) {
	srv := newServer(t)
	for _, path := range []string{"/", "/playground/"} {
		_, page := get(t, srv.URL+path, nil)
		for _, want := range []string{`<form id="credentials"`, `id="credential" type="password"`, `id="forget-credential"`, "credentials.js?v="} {
			if !strings.Contains(string(page), want) {
				t.Errorf("%s lacks %q", path, want)
			}
		}
	}
	_, js := get(t, srv.URL+"/playground/assets/credentials.js", nil)
	for _, want := range []string{"sessionStorage.setItem", "'Authorization': value", "Bearer "} {
		if !strings.Contains(string(js), want) {
			t.Errorf("credentials.js lacks %q", want)
		}
	}
	if strings.Contains(string(js), "localStorage.") || strings.Contains(string(js), "document.cookie") {
		t.Error("credentials.js uses localStorage or cookies: the key must stay in sessionStorage")
	}
	_, pg := get(t, srv.URL+"/playground/assets/playground.js", nil)
	for _, want := range []string{"shouldPersistHeaders: false", "connectionParams", "credentials.authorization()"} {
		if !strings.Contains(string(pg), want) {
			t.Errorf("playground.js lacks %q", want)
		}
	}
}
