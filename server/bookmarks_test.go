package server

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

func TestAClientReadsItsOwnWriteWithTheBookmarkItWasGiven(t *testing.T) {
	srv := httptest.NewServer(New(neo4jtest.Store(t), Options{Logger: slog.New(slog.DiscardHandler), Access: writerAccess(t)}))
	t.Cleanup(srv.Close)
	const upsert = `mutation { upsertActor(input: {name: "Ana Ferreira", kind: PERSON}) { id } }`
	resp, res := postOp(t, srv.URL, upsert, nil, asWriter)
	if len(res.Errors) > 0 {
		t.Fatalf("upsertActor: %+v", res.Errors)
	}
	bookmark := resp.Header.Get(BookmarkHeader)
	if bookmark == "" {
		t.Fatalf("a write answered without %s", BookmarkHeader)
	}

	// Sent back, it is accepted (Neo4j checks it: see the forged one
	// below) and the read sees the write.
	resp, res = postOp(t, srv.URL, `{ actor(id: "ana-ferreira") { name } }`, nil, http.Header{BookmarkHeader: {bookmark}})
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), "Ana Ferreira") {
		t.Fatalf("read with the bookmark: %s %+v", res.Data, res.Errors)
	}
	if got := resp.Header.Get(BookmarkHeader); got != "" {
		t.Errorf("a read answered with a bookmark %q; only writes do", got)
	}

	// A second write started after the first: its bookmark replaces it.
	resp, res = postOp(t, srv.URL, `mutation { upsertActor(input: {name: "Bruno Costa", kind: PERSON}) { id } }`, nil,
		http.Header{BookmarkHeader: {bookmark}, "Authorization": asWriter["Authorization"]})
	next := resp.Header.Get(BookmarkHeader)
	if len(res.Errors) > 0 || next == "" || next == bookmark || strings.Contains(next, ",") {
		t.Errorf("second write: bookmark %q after %q (errors %+v); want one new bookmark", next, bookmark, res.Errors)
	}
}

func TestBookmarksNotIssuedByTheDatabaseAreRefused(t *testing.T) {
	srv, _ := startServer(t, neo4jtest.Store(t))
	tests := []struct {
		name, header string
		wantStatus   int
	}{
		{"not a bookmark's characters", `"><script>`, http.StatusBadRequest},
		{"too many", strings.Repeat("FB:a,", maxBookmarks+1), http.StatusBadRequest},
		{"well formed, but forged", "FB:kcwQAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA==", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, res := postOp(t, srv.URL, `{ actor(id: "x") { name } }`, nil, http.Header{BookmarkHeader: {tt.header}})
			code, msg := firstError(t, res)
			if resp.StatusCode != tt.wantStatus || code != "BAD_USER_INPUT" || !strings.Contains(strings.ToLower(msg), "bookmark") {
				t.Errorf("status %d, %s %q; want %d, BAD_USER_INPUT about the bookmark", resp.StatusCode, code, msg, tt.wantStatus)
			}
		})
	}
}
