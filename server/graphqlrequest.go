package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/eventgraph/eventgraph/domain"
)

// decodeRequest reads a POST body: a JSON object whose query and
// operationName are strings and whose variables and extensions are objects;
// each may be null or absent except query (see requireQuery). Unknown keys
// are ignored, as the spec allows.
func decodeRequest(body []byte) (*graphql.RawParams, error) {
	var fields map[string]json.RawMessage
	if err := decodeJSON(body, &fields); err != nil || fields == nil {
		return nil, domain.Invalid("body", "must be a JSON object")
	}
	p := &graphql.RawParams{}
	for _, s := range []struct {
		name string
		dst  *string
	}{{"query", &p.Query}, {"operationName", &p.OperationName}} {
		if raw := fields[s.name]; !isNull(raw) {
			if err := json.Unmarshal(raw, s.dst); err != nil {
				return nil, domain.Invalid(s.name, "must be a string")
			}
		}
	}
	for _, obj := range []struct {
		name string
		dst  *map[string]any
	}{{"variables", &p.Variables}, {"extensions", &p.Extensions}} {
		if raw := fields[obj.name]; !isNull(raw) {
			if err := decodeJSON(raw, obj.dst); err != nil || *obj.dst == nil {
				return nil, domain.Invalid(obj.name, "must be a JSON object")
			}
		}
	}
	return p, requireQuery(p)
}

// requireQuery insists on a query, unless the request names a persisted
// query by hash (APQ), which the APQ extension resolves or rejects.
func requireQuery(p *graphql.RawParams) error {
	if p.Query == "" && p.Extensions["persistedQuery"] == nil {
		return domain.Invalid("query", "is required: a GraphQL document as a string")
	}
	return nil
}

func isNull(raw json.RawMessage) bool {
	return raw == nil || bytes.Equal(bytes.TrimSpace(raw), []byte("null"))
}

// decodeJSON decodes exactly one JSON value, numbers as json.Number as
// gqlgen's own transports do, so Int and Float scalars see the client's
// digits.
func decodeJSON(data []byte, dst any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(dst); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

// negotiate picks the response media type from an Accept header: the
// acceptable entry with the highest q, an exact type before a wildcard, the
// earlier before the later. Wildcards and a missing header mean
// application/json, the spec's choice for legacy clients. ok is false when
// nothing acceptable is offered.
func negotiate(accept string) (media string, ok bool) {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON, true
	}
	bestQ, bestExact := 0.0, false
	for part := range strings.SplitSeq(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if s, has := params["q"]; has {
			if q, err = strconv.ParseFloat(s, 64); err != nil {
				continue
			}
		}
		if cs, has := params["charset"]; q <= 0 || has && !strings.EqualFold(cs, "utf-8") {
			continue
		}
		candidate, exact := mt, true
		switch mt {
		case mediaGraphQLResponse, mediaJSON:
		case "*/*", "application/*":
			candidate, exact = mediaJSON, false
		default:
			continue
		}
		if q > bestQ || q == bestQ && exact && !bestExact {
			media, bestQ, bestExact, ok = candidate, q, exact, true
		}
	}
	return media, ok
}
