package server

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// TestGraphQLOverHTTP checks each rule of graphQLOverHTTP over a real
// server: status, response media type, Allow, the error code, and whether
// the data entry is present.
func TestGraphQLOverHTTP(t *testing.T) {
	srv, _ := startServer(t, neo4jtest.Store(t))
	const (
		gqlResp  = mediaGraphQLResponse
		typename = `{"query":"{ __typename }"}`
		parseErr = `{"query":"{"}`
		invalid  = `{"query":"{ noSuchField }"}`
		coercion = `{"query":"query Q($id: ID!) { actor(id: $id) { name } }","variables":{"id":null}}`
	)
	get := func(params ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(params); i += 2 {
			v.Set(params[i], params[i+1])
		}
		return "?" + v.Encode()
	}
	tests := []struct {
		name        string
		method      string
		query       string // URL query string, for GET
		contentType string
		accept      string
		body        string
		wantStatus  int
		wantMedia   string // "" when the response has no body
		wantAllow   string
		wantCode    string // the first error's code; "" for no errors
		wantData    bool
	}{
		// Accept negotiation.
		{"no Accept is application/json", "POST", "", mediaJSON, "", typename, 200, mediaJSON, "", "", true},
		{"graphql-response+json", "POST", "", mediaJSON, gqlResp, typename, 200, gqlResp, "", "", true},
		{"*/* is application/json", "POST", "", mediaJSON, "*/*", typename, 200, mediaJSON, "", "", true},
		{"q prefers graphql-response+json", "POST", "", mediaJSON, "application/json;q=0.9, " + gqlResp, typename, 200, gqlResp, "", "", true},
		{"nothing acceptable", "POST", "", mediaJSON, "text/html", typename, 406, mediaJSON, "", "BAD_USER_INPUT", false},
		// Request body format.
		{"no Content-Type", "POST", "", "", gqlResp, typename, 415, gqlResp, "", "BAD_USER_INPUT", false},
		{"text/plain", "POST", "", "text/plain", gqlResp, typename, 415, gqlResp, "", "BAD_USER_INPUT", false},
		{"charset other than utf-8", "POST", "", mediaJSON + "; charset=iso-8859-1", gqlResp, typename, 415, gqlResp, "", "BAD_USER_INPUT", false},
		{"charset UTF-8", "POST", "", mediaJSON + "; charset=UTF-8", gqlResp, typename, 200, gqlResp, "", "", true},
		{"empty body", "POST", "", mediaJSON, gqlResp, "", 400, gqlResp, "", "BAD_USER_INPUT", false},
		{"malformed JSON", "POST", "", mediaJSON, mediaJSON, `{ "not a JSON`, 400, mediaJSON, "", "BAD_USER_INPUT", false},
		{"query not a string", "POST", "", mediaJSON, mediaJSON, `{"query":0}`, 400, mediaJSON, "", "BAD_USER_INPUT", false},
		{"query missing", "POST", "", mediaJSON, mediaJSON, `{"qeury":"{ __typename }"}`, 400, mediaJSON, "", "BAD_USER_INPUT", false},
		{"variables not an object", "POST", "", mediaJSON, mediaJSON, `{"query":"{ __typename }","variables":"x"}`, 400, mediaJSON, "", "BAD_USER_INPUT", false},
		{"too large", "POST", "", mediaJSON, gqlResp, `{"query":"` + strings.Repeat(" ", int(DefaultLimits().MaxBodyBytes)) + `{ __typename }"}`, 413, gqlResp, "", "BAD_USER_INPUT", false},
		// Request errors: 400 for graphql-response+json, 200 for
		// application/json, never a data entry.
		{"parse error, graphql-response+json", "POST", "", mediaJSON, gqlResp, parseErr, 400, gqlResp, "", "BAD_USER_INPUT", false},
		{"parse error, application/json", "POST", "", mediaJSON, mediaJSON, parseErr, 200, mediaJSON, "", "BAD_USER_INPUT", false},
		{"validation error, graphql-response+json", "POST", "", mediaJSON, gqlResp, invalid, 400, gqlResp, "", "BAD_USER_INPUT", false},
		{"validation error, application/json", "POST", "", mediaJSON, mediaJSON, invalid, 200, mediaJSON, "", "BAD_USER_INPUT", false},
		{"variable coercion, graphql-response+json", "POST", "", mediaJSON, gqlResp, coercion, 400, gqlResp, "", "BAD_USER_INPUT", false},
		{"variable coercion, application/json", "POST", "", mediaJSON, mediaJSON, coercion, 200, mediaJSON, "", "BAD_USER_INPUT", false},
		{"unknown operationName", "POST", "", mediaJSON, gqlResp, `{"query":"query A { __typename }","operationName":"B"}`, 400, gqlResp, "", "BAD_USER_INPUT", false},
		{"operationName picks the operation", "POST", "", mediaJSON, gqlResp, `{"query":"query A { __typename } query B { __typename }","operationName":"B"}`, 200, gqlResp, "", "", true},
		// GET.
		{"GET query", "GET", get("query", "{ __typename }"), "", gqlResp, "", 200, gqlResp, "", "", true},
		{"GET with variables", "GET", get("query", "query T($n: String!) { __type(name: $n) { name } }", "variables", `{"n":"Actor"}`), "", mediaJSON, "", 200, mediaJSON, "", "", true},
		{"GET variables not JSON", "GET", get("query", "{ __typename }", "variables", "nope"), "", gqlResp, "", 400, gqlResp, "", "BAD_USER_INPUT", false},
		{"GET without query", "GET", "", "", gqlResp, "", 400, gqlResp, "", "BAD_USER_INPUT", false},
		{"GET mutation", "GET", get("query", "mutation { __typename }"), "", gqlResp, "", 405, gqlResp, "POST", "BAD_USER_INPUT", false},
		// Methods.
		{"PUT", "PUT", "", mediaJSON, gqlResp, typename, 405, mediaJSON, allowedMethods, "BAD_USER_INPUT", false},
		{"DELETE", "DELETE", "", "", "", "", 405, mediaJSON, allowedMethods, "BAD_USER_INPUT", false},
		{"OPTIONS", "OPTIONS", "", "", "", "", 200, "", "OPTIONS, GET, POST", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+"/query"+tt.query, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			if tt.accept != "" {
				req.Header.Set("Accept", tt.accept)
			}
			resp, res := send(t, req)
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("status %d, want %d (errors %v)", resp.StatusCode, tt.wantStatus, res.Errors)
			}
			if tt.wantMedia != "" && resp.Header.Get("Content-Type") != tt.wantMedia+"; charset=utf-8" {
				t.Errorf("Content-Type %q, want %s; charset=utf-8", resp.Header.Get("Content-Type"), tt.wantMedia)
			}
			if got := resp.Header.Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow %q, want %q", got, tt.wantAllow)
			}
			if tt.wantCode == "" && len(res.Errors) > 0 {
				t.Errorf("unexpected errors %v", res.Errors)
			}
			if tt.wantCode != "" {
				if code, msg := firstError(t, res); code != tt.wantCode {
					t.Errorf("code %q (%s), want %s", code, msg, tt.wantCode)
				}
			}
			if (res.Data != nil) != tt.wantData {
				t.Errorf("data entry %s; want present=%v", res.Data, tt.wantData)
			}
		})
	}
}
