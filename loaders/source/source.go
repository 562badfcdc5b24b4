package source

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// Defaults for Options left at their zero value.
const (
	DefaultMaxBytes    int64 = 10 << 20
	DefaultHTTPTimeout       = 20 * time.Second
)

// Item is one article read from a source, or the error that stopped it.
// Origin names where it came from: a path, a URL, "feed item <link>" or
// "file.json[3]".
type Item struct {
	Origin  string
	Article domain.Article
	Err     error
}

// Options tune how sources are read. The zero value is ready to use.
type Options struct {
	// MaxBytes caps how much of any one file or response body is read;
	// larger inputs are refused. Zero means DefaultMaxBytes.
	MaxBytes int64
	// HTTPTimeout bounds a whole fetch, body included. Zero means
	// DefaultHTTPTimeout.
	HTTPTimeout time.Duration
	// Client makes HTTP requests; nil means a plain http.Client.
	Client *http.Client
	// Meta carries what the caller knows better than the source (command
	// flags). For a text or HTML document its non-empty fields win over
	// the document's own guesses and over a sidecar; for JSON articles
	// and feed items, which carry their own fields, it only fills fields
	// they leave empty (so one URL is never stamped on many articles).
	Meta *Meta
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) httpTimeout() time.Duration {
	if o.HTTPTimeout <= 0 {
		return DefaultHTTPTimeout
	}
	return o.HTTPTimeout
}

func (o Options) client() *http.Client {
	if o.Client != nil {
		return o.Client
	}
	return http.DefaultClient
}

// Meta is what is known about an article apart from its text. Its JSON form
// is the sidecar file read beside a text or HTML file (NAME.json or
// NAME.meta.json), with publishedAt as RFC 3339 or a plain date.
type Meta struct {
	URL         string
	Title       string
	Publisher   string
	Language    string
	PublishedAt time.Time
}

// over returns m with every non-empty field of top written over it.
func (m Meta) over(top *Meta) Meta {
	if top == nil {
		return m
	}
	if top.URL != "" {
		m.URL = top.URL
	}
	if top.Title != "" {
		m.Title = top.Title
	}
	if top.Publisher != "" {
		m.Publisher = top.Publisher
	}
	if top.Language != "" {
		m.Language = top.Language
	}
	if !top.PublishedAt.IsZero() {
		m.PublishedAt = top.PublishedAt
	}
	return m
}

// under returns m with its empty fields filled from base.
func (m Meta) under(base *Meta) Meta {
	if base == nil {
		return m
	}
	return base.over(&m)
}

// build makes the sealed Article for text and meta, or the error that
// stops it: text empty after cleaning. An article without a publication
// date is built: extraction then resolves only dates that carry their year
// and says so in a warning.
func build(origin, text string, m Meta) (domain.Article, error) {
	if text = strings.Trim(text, asciiSpace); text == "" {
		return domain.Article{}, invalid(origin, "text", "no article text (empty, or nothing left after removing site boilerplate)")
	}
	a := domain.Article{
		URL:         strings.TrimSpace(m.URL),
		Title:       strings.TrimSpace(m.Title),
		Publisher:   strings.TrimSpace(m.Publisher),
		PublishedAt: m.PublishedAt, // in the zone it was given: its calendar day dates "yesterday"
		Language:    normalizeLanguage(m.Language),
		Text:        text,
	}
	if err := a.Seal(); err != nil { // cannot fail: text is not empty
		return domain.Article{}, invalid(origin, "text", "%v", err)
	}
	return a, nil
}

// single wraps one document's result as the one Item a reader returns.
func single(origin, text string, m Meta) ([]Item, error) {
	a, err := build(origin, text, m)
	if err != nil {
		return nil, err
	}
	return []Item{{Origin: origin, Article: a}}, nil
}

// normalizeLanguage keeps the primary subtag of a language tag: "en-US" → "en".
func normalizeLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	return tag
}

// invalid is a BAD_USER_INPUT error for field whose message names origin.
func invalid(origin, field, format string, args ...any) *domain.Error {
	return domain.Invalid(field, "%s: %s", origin, fmt.Sprintf(format, args...))
}
