package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// asset is one embedded file a page loads.
type asset struct {
	body        []byte
	gzipped     []byte // body gzipped, served to clients that take it; nil when that saves little
	contentType string
	version     string // first hex digits of the SHA-256 of body
	// namedByContent: the name changes with the body (the explorer's
	// chunks), so it is cached for a year whatever the query says.
	namedByContent bool
}

func newAsset(name string, body []byte) asset {
	ct, ok := contentTypes[path.Ext(name)]
	if !ok {
		panic("web: no content type for embedded asset " + name)
	}
	sum := sha256.Sum256(body)
	a := asset{body: body, contentType: ct, version: hex.EncodeToString(sum[:])[:16]}
	// The bundles are large (the explorer's about a megabyte) and compress
	// to a third; compress once here rather than on every request.
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(body)
	_ = zw.Close()
	if len(body) > 1024 && buf.Len() < len(body)*9/10 {
		a.gzipped = buf.Bytes()
	}
	return a
}

// assetsPath is where, under PlaygroundPath, the assets are served.
const assetsPath = "/assets/"

// contentTypes maps the asset extensions to their types, so serving does
// not depend on the host's MIME tables.
var contentTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
}

// playground is the page and its assets, built once from the embedded files.
type playground struct {
	page   []byte
	assets map[string]asset
}

// PlaygroundHandler serves the GraphiQL playground: the page at its root
// ("/" or "") and the page's scripts and styles under /assets/. The page
// links them as /playground/assets/NAME?v=HASH, so mount the handler with
// http.StripPrefix(PlaygroundPath, …) under PlaygroundPath+"/". An asset
// asked for with its current hash is cached for a year; the page itself is
// revalidated on every load, so a new binary's assets are picked up at once.
func PlaygroundHandler() http.Handler {
	p := newPlayground()
	return http.HandlerFunc(p.serveHTTP)
}

func newPlayground() *playground {
	p := &playground{assets: map[string]asset{}}
	p.addAssets(files, "static/playground")
	for _, name := range []string{"playground.js", "playground.css", "credentials.js"} {
		p.addAsset(name, mustRead(files, name))
	}
	p.page = p.render("playground.html")
	return p
}

// render executes the embedded page template name, whose asset function
// links p's assets and whose .Endpoint is QueryPath.
func (p *playground) render(name string) []byte {
	return renderPage(name, p.assetURL)
}

// renderPage executes the embedded page template name, whose asset
// function is assetURL and whose .Endpoint is QueryPath; every page may
// use the key form of credentials-form.html.
func renderPage(name string, assetURL func(string) (string, error)) []byte {
	page := template.Must(template.New(name).Funcs(template.FuncMap{
		"asset": assetURL,
	}).ParseFS(files, name, "credentials-form.html"))
	var buf bytes.Buffer
	if err := page.Execute(&buf, struct{ Endpoint string }{QueryPath}); err != nil {
		panic("web: rendering " + name + ": " + err.Error())
	}
	return buf.Bytes()
}

// addAssets adds every file of dir in fsys under its base name.
func (p *playground) addAssets(fsys fs.FS, dir string) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		panic("web: reading embedded " + dir + ": " + err.Error())
	}
	for _, e := range entries {
		p.addAsset(e.Name(), mustRead(fsys, path.Join(dir, e.Name())))
	}
}

func (p *playground) addAsset(name string, body []byte) {
	p.assets[name] = newAsset(name, body)
}

// assetURL is the template function that links an asset by name; naming an
// asset that is not embedded is a build mistake and fails page rendering.
func (p *playground) assetURL(name string) (string, error) {
	a, ok := p.assets[name]
	if !ok {
		return "", fs.ErrNotExist
	}
	return PlaygroundPath + assetsPath + name + "?v=" + a.version, nil
}

func (p *playground) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	setSecurityHeaders(w.Header(), playgroundCSP)
	switch {
	case r.URL.Path == "" || r.URL.Path == "/":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, "playground.html", time.Time{}, bytes.NewReader(p.page))
	case strings.HasPrefix(r.URL.Path, assetsPath):
		p.serveAsset(w, r, strings.TrimPrefix(r.URL.Path, assetsPath))
	default:
		http.NotFound(w, r)
	}
}

func (p *playground) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	serveAsset(w, r, p.assets, name)
}

// serveAsset serves assets[name]: cached for a year when asked for with its
// version (?v=), revalidated by ETag otherwise; gzipped to clients that
// accept it.
func serveAsset(w http.ResponseWriter, r *http.Request, assets map[string]asset, name string) {
	a, ok := assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Vary", "Accept-Encoding")
	if a.namedByContent || r.URL.Query().Get("v") == a.version {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	body := a.body
	if a.gzipped != nil && acceptsGzip(r) {
		body = a.gzipped
		h.Set("Content-Encoding", "gzip")
		h.Set("ETag", `"`+a.version+`-gz"`)
	} else {
		h.Set("ETag", `"`+a.version+`"`)
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(body))
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") && strings.ReplaceAll(strings.TrimSpace(params), " ", "") != "q=0" {
			return true
		}
	}
	return false
}

func mustRead(fsys fs.FS, name string) []byte {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		panic("web: reading embedded " + name + ": " + err.Error())
	}
	return b
}
