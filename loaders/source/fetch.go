package source

import (
	"context"
	"errors"
	"mime"
	"net/http"
	nurl "net/url"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// Fetch gets one URL and reads it by its Content-Type: an HTML page or
// plain text gives one article, JSON gives its articles, RSS/Atom/XML is
// read as a feed; a missing or generic type is sniffed. Other types, a
// non-2xx status, a body over Options.MaxBytes and a server that does not
// answer within Options.HTTPTimeout are errors naming the URL.
func Fetch(ctx context.Context, url string, opt Options) ([]Item, error) {
	body, contentType, final, err := get(ctx, url, opt)
	if err != nil {
		return nil, err
	}
	kind, err := kindOfContentType(contentType, url)
	if err != nil {
		return nil, err
	}
	if kind == kindUnknown {
		kind = sniff(body)
	}
	return readKind(kind, body, contentType, url, final, opt)
}

// get performs the GET: bounded in time (headers and body together) and in
// size. It returns the body, its Content-Type and the final URL after
// redirects.
func get(ctx context.Context, url string, opt Options) (body []byte, contentType, final string, err error) {
	u, err := nurl.Parse(url)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", "", domain.Invalid("url", "%q is not an http(s) URL", url)
	}
	timeout := opt.httpTimeout()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", "", domain.Invalid("url", "%q: %v", url, err)
	}
	req.Header.Set("User-Agent", "eventgraph-loader/1")
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml, application/json, text/plain;q=0.9, */*;q=0.1")
	resp, err := opt.client().Do(req)
	if err != nil {
		return nil, "", "", fetchFailed(ctx, url, timeout, err)
	}
	defer resp.Body.Close()
	if err := checkStatus(resp, url); err != nil {
		return nil, "", "", err
	}
	max := opt.maxBytes()
	if resp.ContentLength > max {
		return nil, "", "", invalid(url, "size", "body of %d bytes is larger than the %d-byte limit; refused", resp.ContentLength, max)
	}
	body, err = readCapped(resp.Body, max, url)
	if err != nil && domain.CodeOf(err) != domain.EInvalid {
		return nil, "", "", fetchFailed(ctx, url, timeout, err)
	}
	return body, resp.Header.Get("Content-Type"), resp.Request.URL.String(), err
}

// fetchFailed is the error for a request that got no usable answer.
func fetchFailed(ctx context.Context, url string, timeout time.Duration, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return domain.Unavailable(err, "fetch %s: no complete answer within %s", url, timeout)
	}
	return domain.Unavailable(err, "fetch %s", url)
}

// checkStatus turns a non-2xx status into an error naming it and the URL.
func checkStatus(resp *http.Response, url string) error {
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return nil
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return domain.NotFound("url", "fetch %s: %s", url, resp.Status)
	default:
		return domain.Unavailable(nil, "fetch %s: %s", url, resp.Status)
	}
}

// kindOfContentType maps a Content-Type to how the body is read;
// kindUnknown means sniff it.
func kindOfContentType(contentType, origin string) (docKind, error) {
	if contentType == "" {
		return kindUnknown, nil
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return kindUnknown, nil
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return kindHTML, nil
	case mt == "text/plain":
		return kindText, nil
	case mt == "application/feed+json":
		return kindFeed, nil
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return kindJSON, nil
	case mt == "application/xml" || mt == "text/xml" || strings.HasSuffix(mt, "+xml"):
		return kindFeed, nil
	case mt == "application/octet-stream" || mt == "binary/octet-stream":
		return kindUnknown, nil
	}
	return 0, domain.Invalid("contentType", "%s: content type %q is not an article (want HTML, plain text, JSON or an RSS/Atom feed)", origin, mt)
}
