package graph

import (
	"encoding/base64"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// MaxPageSize caps `first` on every connection.
const MaxPageSize = 100

// Cursors are opaque to clients: a prefix naming the list kind and the
// store's sort key, base64url-encoded. A cursor from one list kind is
// rejected by another.

func encodeCursor(kind, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(kind + ":" + key))
}

func decodeCursor(kind string, cursor *string) (string, error) {
	if cursor == nil || *cursor == "" {
		return "", nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(*cursor)
	if err != nil || !strings.HasPrefix(string(raw), kind+":") {
		return "", domain.Invalid("after", "%q is not a cursor from this list", *cursor)
	}
	return strings.TrimPrefix(string(raw), kind+":"), nil
}

func pageSize(first *int) (int, error) {
	if first == nil {
		return 20, nil
	}
	if *first < 0 || *first > MaxPageSize {
		return 0, domain.Invalid("first", "must be between 0 and %d, got %d", MaxPageSize, *first)
	}
	return *first, nil
}

// pageArgs checks a connection's first and after, in that order (so every
// list names the same argument first): the page size and the store's key
// to start after, from a cursor of kind ("ev" events, "rv" revisions, "ac"
// actors).
func pageArgs(kind string, first *int, after *string) (int, string, error) {
	n, err := pageSize(first)
	if err != nil {
		return 0, "", err
	}
	key, err := decodeCursor(kind, after)
	return n, key, err
}

func eventConnection(p store.EventPage, hadCursor bool) *model.EventConnection {
	conn := &model.EventConnection{Edges: make([]model.EventEdge, len(p.Events)),
		PageInfo: &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: hadCursor}}
	for i, e := range p.Events {
		conn.Edges[i] = model.EventEdge{Cursor: encodeCursor("ev", e.SortKey), Node: model.WrapEvent(e)}
	}
	setEnds(conn.PageInfo, len(conn.Edges), func(i int) string { return conn.Edges[i].Cursor })
	return conn
}

func actorConnection(p store.ActorPage, hadCursor bool) *model.ActorConnection {
	conn := &model.ActorConnection{Edges: make([]model.ActorEdge, len(p.Actors)),
		PageInfo: &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: hadCursor}}
	for i, a := range p.Actors {
		a := a
		conn.Edges[i] = model.ActorEdge{Cursor: encodeCursor("ac", p.Keys[i]), Node: &a}
	}
	setEnds(conn.PageInfo, len(conn.Edges), func(i int) string { return conn.Edges[i].Cursor })
	return conn
}

func setEnds(pi *model.PageInfo, n int, cursor func(int) string) {
	if n == 0 {
		return
	}
	first, last := cursor(0), cursor(n-1)
	pi.StartCursor, pi.EndCursor = &first, &last
}
