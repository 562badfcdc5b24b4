package source

import (
	"bytes"
	"io"
	nurl "net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// fromHTML reads an HTML page: its main text by readability, cleaned, and
// its metadata from meta tags and readability. pageURL (may be empty) is
// where the page came from; top overrides what the page says.
func fromHTML(b []byte, contentType, origin, pageURL string, top *Meta) ([]Item, error) {
	s, err := decodeHTML(b, contentType, origin)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, invalid(origin, "html", "cannot parse HTML: %v", err)
	}
	page := pageMeta(doc, pageURL)
	var base *nurl.URL
	if page.URL != "" {
		base, _ = nurl.Parse(page.URL)
	}
	parser := readability.NewParser()
	parser.KeepClasses = true // lets htmlText skip credit and newsletter boxes by class
	art, err := parser.ParseDocument(doc, base)
	if err != nil {
		return nil, invalid(origin, "text", "no readable article in the page: %v", err)
	}
	m := readabilityMeta(art).over(&page).over(top)
	var text string
	if art.Node != nil {
		text = htmlText(art.Node)
	}
	return single(origin, cleanTitled(text, m.Title), m)
}

// decodeHTML returns the page as UTF-8 text, transcoding from the charset
// the Content-Type or a <meta charset> declares when the bytes are not
// already UTF-8.
func decodeHTML(b []byte, contentType, origin string) (string, error) {
	if !utf8.Valid(b) && bytes.IndexByte(b, 0) < 0 {
		if enc, name, _ := charset.DetermineEncoding(b, contentType); name != "utf-8" {
			if d, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(b))); err == nil {
				b = d
			}
		}
	}
	return checkText(b, origin)
}

// readabilityMeta is what readability found: title, byline site, dates.
func readabilityMeta(art readability.Article) Meta {
	m := Meta{Title: art.Title(), Publisher: art.SiteName(), Language: art.Language()}
	if t, err := art.PublishedTime(); err == nil {
		m.PublishedAt = t
	}
	return m
}

// pageMeta reads the head's meta tags (Open Graph, article:*, Dublin Core,
// itemprop), the canonical link and <html lang>. Values found there win
// over readability's guesses; pageURL is used when no canonical URL is
// given.
func pageMeta(doc *html.Node, pageURL string) Meta {
	m := Meta{URL: pageURL}
	var canonical string
	walk(doc, func(n *html.Node) bool {
		switch n.Data {
		case "html":
			m.Language = attr(n, "lang")
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				canonical = attr(n, "href")
			}
		case "meta":
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			val := strings.TrimSpace(attr(n, "content"))
			applyMetaTag(&m, key, val)
		case "body":
			return false
		}
		return true
	})
	if canonical = resolveURL(pageURL, canonical); canonical != "" {
		m.URL = canonical
	}
	return m
}

// applyMetaTag sets the field a meta tag names, keeping the first value.
func applyMetaTag(m *Meta, key, val string) {
	if val == "" {
		return
	}
	switch key {
	case "article:published_time", "datepublished", "dc.date", "dc.date.issued", "pubdate", "publish-date", "date":
		if t, err := ParseDate(val); err == nil && m.PublishedAt.IsZero() {
			m.PublishedAt = t
		}
	case "og:site_name", "publisher", "dc.publisher":
		if m.Publisher == "" {
			m.Publisher = val
		}
	case "og:title":
		if m.Title == "" {
			m.Title = val
		}
	}
}

// resolveURL makes ref absolute against base; "" when ref is empty or
// cannot be made absolute.
func resolveURL(base, ref string) string {
	if ref == "" {
		return ""
	}
	r, err := nurl.Parse(ref)
	if err != nil {
		return ""
	}
	if !r.IsAbs() {
		b, err := nurl.Parse(base)
		if err != nil || !b.IsAbs() {
			return ""
		}
		r = b.ResolveReference(r)
	}
	return r.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// walk visits n and its descendants in document order; visit returns false
// to stop the whole walk.
func walk(n *html.Node, visit func(*html.Node) bool) bool {
	if n.Type == html.ElementNode && !visit(n) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !walk(c, visit) {
			return false
		}
	}
	return true
}

// fragmentText converts an HTML fragment (a feed item's content) to text
// with paragraphs separated by blank lines.
func fragmentText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return fragment
	}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return fragment
	}
	var w textWriter
	for _, n := range nodes {
		w.node(n)
	}
	return w.String()
}

// htmlText converts the readable article node to text: block elements
// become paragraphs separated by blank lines, <br> a line break.
func htmlText(n *html.Node) string {
	var w textWriter
	w.node(n)
	return w.String()
}

// textWriter accumulates text from HTML nodes, one paragraph at a time.
type textWriter struct {
	paras []string
	cur   strings.Builder
}

var (
	blockTags = map[string]bool{"p": true, "div": true, "section": true, "article": true, "main": true,
		"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "li": true, "ul": true, "ol": true,
		"blockquote": true, "pre": true, "figure": true, "figcaption": true, "table": true, "tr": true,
		"dl": true, "dt": true, "dd": true, "header": true, "footer": true, "hr": true, "address": true}
	skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "nav": true, "form": true,
		"button": true, "svg": true, "iframe": true, "template": true, "select": true, "input": true, "aside": true}
	// chromeClass matches class or id names of boxes that are not the story.
	chromeClass = regexp.MustCompile(`(?i)(credit|copyright|newsletter|subscri|donat|share|social|related|promo|advert|\bads?\b|banner|cookie|paywall|signup)`)
	// trailingCredit is a photo credit ending a caption: "… Jane Doe / Agency".
	trailingCredit = regexp.MustCompile(`(^|[.!?]\s+)(\((photo|image|picture|credit)s?\b[^()]*\)|(photo|image|picture|credit)s?( by)?:.*|` +
		`[\p{Lu}][\p{L}'-]*\.?( [\p{Lu}][\p{L}'-]*\.?){0,3} ?/ ?[\p{Lu}][\p{L}&-]*( [\p{Lu}][\p{L}&-]*){0,2})\s*$`)
)

func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.node(c)
		}
		return
	}
	if skipTags[n.Data] || chromeClass.MatchString(attr(n, "class")+" "+attr(n, "id")) {
		return
	}
	if n.Data == "br" {
		w.cur.WriteString("\n")
		return
	}
	block := blockTags[n.Data]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if n.Data == "figcaption" {
		w.dropCredit()
	}
	if block {
		w.flush()
	}
}

// dropCredit removes a photo credit at the end of the current caption.
func (w *textWriter) dropCredit() {
	caption := strings.TrimSpace(w.cur.String())
	w.cur.Reset()
	w.cur.WriteString(trailingCredit.ReplaceAllString(caption, "${1}"))
}

// flush ends the current paragraph, folding white space within its lines.
func (w *textWriter) flush() {
	var lines []string
	for _, l := range strings.Split(w.cur.String(), "\n") {
		if l = collapseSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	w.cur.Reset()
	if len(lines) > 0 {
		w.paras = append(w.paras, strings.Join(lines, "\n"))
	}
}

func (w *textWriter) String() string {
	w.flush()
	return strings.Join(w.paras, "\n\n")
}
