package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Curation needs the editor role: a writer is refused before anything
// runs, an editor's change is recorded under the editor's identity.
func TestCurationNeedsAnEditorAndIsRecordedAsTheEditors(t *testing.T) {
	srv, _, _ := accessServer(t, true)
	resp, res := call(t, srv.URL, ingest, map[string]any{"in": invented}, bearer(writerKey)...)
	if resp.StatusCode != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("writer's ingest: %d %s %+v", resp.StatusCode, res.Data, res.Errors)
	}
	resp, res = call(t, srv.URL, `mutation { upsertActor(input: {name: "Ana Ferreira", kind: PERSON}) { id } }`, nil, bearer(writerKey)...)
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), "ana-ferreira") {
		t.Fatalf("writer's upsert: %d %s %+v", resp.StatusCode, res.Data, res.Errors)
	}
	// The ingest made "ferreira" of the same woman.
	into, from := "ana-ferreira", "ferreira"
	merge := `mutation($into: ID!, $from: ID!) { mergeActors(into: $into, from: $from, reason: "one person") { id } }`
	vars := map[string]any{"into": into, "from": from}

	resp, res = call(t, srv.URL, merge, vars, bearer(writerKey)...)
	wantRefusal(t, resp, res, http.StatusForbidden, "FORBIDDEN")
	resp, res = call(t, srv.URL, merge, vars)
	wantRefusal(t, resp, res, http.StatusUnauthorized, "UNAUTHENTICATED")

	editor := signed(t, jwt.SigningMethodHS256, []byte(jwtSecret), "", claims("eve", "editor"))
	resp, res = call(t, srv.URL, merge, vars, bearer(editor)...)
	if resp.StatusCode != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("editor's merge: %d %s %+v", resp.StatusCode, res.Data, res.Errors)
	}
	_, res = call(t, srv.URL, `query($id: ID!) { actor(id: $id) { id history { edges { node { kind by reason } } } } }`,
		map[string]any{"id": from})
	got := string(res.Data)
	if len(res.Errors) > 0 || !strings.Contains(got, `"id":"`+into+`"`) ||
		!strings.Contains(got, `{"kind":"MERGED","by":"jwt:eve","reason":"one person"}`) ||
		!strings.Contains(got, `{"kind":"INGESTED","by":"key:wes","reason":null}`) {
		t.Fatalf("the merged-away id's history: %s %+v", got, res.Errors)
	}
}
