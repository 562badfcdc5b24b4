package server

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

func TestNegotiate(t *testing.T) {
	tests := []struct {
		accept string
		want   string // "" means not acceptable
	}{
		{"", mediaJSON},
		{"application/json", mediaJSON},
		{"application/graphql-response+json", mediaGraphQLResponse},
		{"*/*", mediaJSON},
		{"application/*", mediaJSON},
		{"application/graphql-response+json, application/json;q=0.9", mediaGraphQLResponse},
		{"application/json;q=0.5, application/graphql-response+json", mediaGraphQLResponse},
		{"application/json, application/graphql-response+json", mediaJSON},
		{"*/*, application/graphql-response+json", mediaGraphQLResponse},
		{"text/html, application/json;charset=utf-8", mediaJSON},
		{"application/json; charset=latin1", ""},
		{"application/graphql-response+json;q=0, application/json;q=0.1", mediaJSON},
		{"text/html", ""},
		{"application/json;q=0", ""},
		{"application/json;q=abc", ""},
		{"not a media type", ""},
	}
	for _, tt := range tests {
		got, ok := negotiate(tt.accept)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("negotiate(%q) = %q, %v; want %q", tt.accept, got, ok, tt.want)
		}
	}
}

func TestDecodeRequest(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		wantQuery string
		wantOp    string
		wantVars  map[string]any
		wantField string // the field a BAD_USER_INPUT error names; "" for success
	}{
		{"query only", `{"query":"{ a }"}`, "{ a }", "", nil, ""},
		{"all parameters", `{"query":"query Q { a }","operationName":"Q","variables":{"n":1},"extensions":{"x":true}}`,
			"query Q { a }", "Q", map[string]any{"n": json.Number("1")}, ""},
		{"nulls allowed", `{"query":"{ a }","operationName":null,"variables":null,"extensions":null}`, "{ a }", "", nil, ""},
		{"unknown keys ignored", `{"query":"{ a }","other":[1]}`, "{ a }", "", nil, ""},
		{"persisted query without query", `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ab"}}}`, "", "", nil, ""},
		{"not json", `{ "not a JSON`, "", "", nil, "body"},
		{"trailing data", `{"query":"{ a }"} {}`, "", "", nil, "body"},
		{"array body", `[{"query":"{ a }"}]`, "", "", nil, "body"},
		{"null body", `null`, "", "", nil, "body"},
		{"missing query", `{"qeury":"{ a }"}`, "", "", nil, "query"},
		{"empty query", `{"query":""}`, "", "", nil, "query"},
		{"number query", `{"query":0}`, "", "", nil, "query"},
		{"object query", `{"query":{"obj":"ect"}}`, "", "", nil, "query"},
		{"array operationName", `{"query":"{ a }","operationName":["x"]}`, "", "", nil, "operationName"},
		{"string variables", `{"query":"{ a }","variables":"string"}`, "", "", nil, "variables"},
		{"array variables", `{"query":"{ a }","variables":["array"]}`, "", "", nil, "variables"},
		{"false extensions", `{"query":"{ a }","extensions":false}`, "", "", nil, "extensions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := decodeRequest([]byte(tt.body))
			if tt.wantField != "" {
				assertInvalid(t, err, tt.wantField)
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if p.Query != tt.wantQuery || p.OperationName != tt.wantOp || !reflect.DeepEqual(p.Variables, tt.wantVars) {
				t.Errorf("got query %q, operationName %q, variables %v", p.Query, p.OperationName, p.Variables)
			}
		})
	}
}

func TestParamsFromURL(t *testing.T) {
	tests := []struct {
		name      string
		rawQuery  string
		wantQuery string
		wantField string
	}{
		{"query", "query=%7B+a+%7D", "{ a }", ""},
		{"variables object", "query=q&variables=%7B%22n%22%3A1%7D", "q", ""},
		{"no query", "operationName=Q", "", "query"},
		{"variables not json", "query=q&variables=nope", "", "variables"},
		{"variables an array", "query=q&variables=%5B1%5D", "", "variables"},
		{"variables null", "query=q&variables=null", "", "variables"},
		{"extensions a string", "query=q&extensions=%22s%22", "", "extensions"},
		{"bad escape", "query=%zz", "", "query string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := paramsFromURL(tt.rawQuery)
			if tt.wantField != "" {
				assertInvalid(t, err, tt.wantField)
				return
			}
			if err != nil || p.Query != tt.wantQuery {
				t.Fatalf("got %+v, %v; want query %q", p, err, tt.wantQuery)
			}
		})
	}
}

func TestCheckContentType(t *testing.T) {
	tests := []struct {
		header string
		ok     bool
	}{
		{"application/json", true},
		{"application/json; charset=utf-8", true},
		{"Application/JSON; charset=UTF-8", true},
		{"", false},
		{"text/plain", false},
		{"application/graphql", false},
		{"application/json; charset=latin1", false},
		{"application/json; charset", false},
	}
	for _, tt := range tests {
		err := checkContentType(tt.header)
		if (err == nil) != tt.ok {
			t.Errorf("checkContentType(%q) = %v; want ok=%v", tt.header, err, tt.ok)
		}
		if err != nil {
			assertInvalid(t, err, "Content-Type")
		}
	}
}

func assertInvalid(t *testing.T, err error, field string) {
	t.Helper()
	de, ok := err.(*domain.Error)
	if !ok || de.Code != domain.EInvalid || de.Field != field {
		t.Errorf("got error %#v; want BAD_USER_INPUT on %q", err, field)
	}
}
