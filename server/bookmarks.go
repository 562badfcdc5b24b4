package server

import (
	"context"
	"net/http"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

// BookmarkHeader carries Neo4j bookmarks between a client and the
// servers, so that the client reads its own writes whichever replica
// answers and whichever cluster member that replica reads from. A /query
// request that wrote answers with the header; a client that sends it back
// (as it came: a comma-separated list, opaque) has its reads wait until
// the database member they run on has those writes. Several values
// (from writes through different replicas) may be sent, in one header or
// several. Without it, reads are as fresh as the member that serves them.
const BookmarkHeader = "Eventgraph-Bookmark"

// Bounds on what a client may send: a bookmark is some 50 characters, and
// a client needs one per replica it wrote through at most.
const (
	maxBookmarks   = 16
	maxBookmarkLen = 256
)

// withBookmarks starts the request's reads and writes after the
// bookmarks the client sent, and has the recorder send back those of its
// writes. A malformed header is refused as BAD_USER_INPUT before anything
// runs.
func withBookmarks(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		from, err := parseBookmarks(r.Header.Values(BookmarkHeader))
		if err != nil {
			closeUnreadBody(w, r)
			writeBody(w, mediaJSON, http.StatusBadRequest, mustJSON(map[string]any{"errors": []map[string]any{{
				"message": domain.PublicMessage(err), "extensions": map[string]any{"code": string(domain.EInvalid), "field": BookmarkHeader}}}}))
			return
		}
		ctx, b := store.WithBookmarks(r.Context(), from)
		if info := requestInfoOf(ctx); info != nil {
			info.bookmarks = b
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func parseBookmarks(values []string) ([]string, error) {
	var out []string
	for _, v := range values {
		for _, b := range strings.Split(v, ",") {
			b = strings.TrimSpace(b)
			switch {
			case b == "":
				continue
			case len(out) == maxBookmarks:
				return nil, domain.Invalid(BookmarkHeader, "at most %d bookmarks are accepted", maxBookmarks)
			case len(b) > maxBookmarkLen || strings.Trim(b, bookmarkChars) != "":
				return nil, domain.Invalid(BookmarkHeader, "%q is not a bookmark this server issued", clip(b, 40))
			}
			out = append(out, b)
		}
	}
	return out, nil
}

// bookmarkChars are those of Neo4j's bookmarks (a prefix, a colon, base64).
const bookmarkChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:+/=_-."

// setBookmarks puts b's current bookmarks in the response's header.
func setBookmarks(h http.Header, b *store.Bookmarks) {
	if bm := b.Current(context.Background()); len(bm) > 0 {
		h.Set(BookmarkHeader, strings.Join(bm, ","))
	}
}
