package server

import (
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/eventgraph/eventgraph/domain"
)

// Media types of the GraphQL-over-HTTP spec.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// allowedMethods answers 405s; OPTIONS is gqlgen's transport.Options.
const allowedMethods = "GET, POST, OPTIONS"

// graphQLOverHTTP is the GET and POST transport of the GraphQL-over-HTTP
// spec, in place of gqlgen's transport.GET and transport.POST, which answer
// some malformed requests with 200 and send "data": null on request errors.
// The rules, in the order they apply:
//
//   - methods other than GET and POST: 405 with an Allow header;
//   - Accept negotiates application/graphql-response+json or application/json
//     (the default, also for */* or no Accept); nothing acceptable: 406;
//   - POST needs Content-Type application/json, charset utf-8 if any: else 415;
//   - a body or query string that is not a GraphQL request (bad JSON, query
//     missing or not a string, variables or extensions not an object): 400;
//   - parse, validation and variable errors ("request errors", before
//     execution): 400 for graphql-response+json, 200 for application/json,
//     without a data entry;
//   - GET runs queries only: a mutation over GET is 405 with Allow: POST;
//   - a subscription is a request error (it needs the WebSocket transport);
//   - an executed request: 200.
//
// Every error body is a GraphQL response whose errors went through the
// error presenter, so each carries extensions.code.
//
// Limits.MaxBodyBytes and BodyTimeout bound a POST body (413, 408); an
// operation refused by a client's rate limit is 429 with Retry-After.
type graphQLOverHTTP struct {
	limits Limits
}

var _ graphql.Transport = graphQLOverHTTP{}

// Supports takes every plain HTTP request but OPTIONS (gqlgen's
// transport.Options answers those), so unsupported methods get a proper 405.
func (graphQLOverHTTP) Supports(r *http.Request) bool {
	return r.Header.Get("Upgrade") == "" && r.Method != http.MethodOptions
}

// Do answers one request.
func (t graphQLOverHTTP) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		closeUnreadBody(w, r)
		w.Header().Set("Allow", allowedMethods)
		writeRequestError(w, r, exec, mediaJSON, http.StatusMethodNotAllowed,
			domain.Invalid("method", "%s is not allowed; use GET or POST", r.Method))
		return
	}
	media, ok := negotiate(r.Header.Get("Accept"))
	if !ok {
		closeUnreadBody(w, r)
		writeRequestError(w, r, exec, mediaJSON, http.StatusNotAcceptable,
			domain.Invalid("Accept", "none of %q is served; accept %s or %s", r.Header.Get("Accept"), mediaGraphQLResponse, mediaJSON))
		return
	}
	var params *graphql.RawParams
	var status int
	var err error
	if r.Method == http.MethodGet {
		params, err = paramsFromURL(r.URL.RawQuery)
		status = http.StatusBadRequest
	} else {
		params, status, err = paramsFromBody(w, r, t.limits)
	}
	if err != nil {
		writeRequestError(w, r, exec, media, status, err)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: graphql.Now(), End: graphql.Now()}
	execute(w, r, exec, media, params)
}

// execute validates params and runs the operation.
func execute(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor, media string, params *graphql.RawParams) {
	ctx := r.Context()
	opCtx, errs := exec.CreateOperationContext(ctx, params)
	// A mutation over GET is refused for its method before its caller is
	// refused for who they are: it could never run this way.
	getNonQuery := r.Method == http.MethodGet && opCtx != nil && opCtx.Operation != nil && opCtx.Operation.Operation != ast.Query
	if errs != nil && !(getNonQuery && refusalStatus(errs) != 0) {
		status := http.StatusOK
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		if s := refusalStatus(errs); s != 0 {
			status = s
			if s == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", "Bearer")
			}
		}
		if retry, limited := rateLimited(errs); limited {
			status = http.StatusTooManyRequests
			w.Header().Set("Retry-After", strconv.Itoa(retry))
		}
		markRequestErrors(errs)
		writeErrors(w, exec.DispatchError(graphql.WithOperationContext(ctx, opCtx), errs), media, status)
		return
	}
	if opCtx.Operation.Operation == ast.Subscription {
		// One response cannot carry a stream; a subscription needs the
		// WebSocket transport. A request error, like a validation error.
		status := http.StatusOK
		if media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		writeRequestError(w, r, exec, media, status,
			domain.Invalid("query", "a subscription runs over WebSocket (graphql-transport-ws) at /query, not over %s", r.Method))
		return
	}
	if getNonQuery {
		w.Header().Set("Allow", "POST")
		writeRequestError(w, r, exec, media, http.StatusMethodNotAllowed,
			domain.Invalid("query", "a %s cannot run over GET; use POST", opCtx.Operation.Operation))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, opCtx)
	resp := responses(ctx)
	if resp == nil {
		// gqlgen gives no response at all, not an error, for a request
		// whose context ended before it ran (the client went away, or its
		// deadline passed): there is nothing to encode. Writing the nil
		// response was issue 19's burst of "nil pointer dereference"
		// panics whenever many in-flight requests ended at once.
		writeRequestError(w, r, exec, media, http.StatusServiceUnavailable,
			domain.Unavailable(context.Cause(ctx), "the request ended before it was answered"))
		return
	}
	writeBody(w, media, http.StatusOK, responseJSON(resp)...)
}

// responseJSON encodes an executed response, in pieces written one after
// the other. The data goes as it is: the executor has already written it
// as compact JSON, which json.Marshal would scan and compact a second time
// (a few percent of a large page's CPU), and copying it into one buffer
// would cost a page-sized allocation. Errors and extensions are small and
// go through json.Marshal.
func responseJSON(resp *graphql.Response) [][]byte {
	var head bytes.Buffer
	head.WriteByte('{')
	if len(resp.Errors) > 0 {
		head.WriteString(`"errors":`)
		head.Write(mustJSON(resp.Errors))
		head.WriteByte(',')
	}
	head.WriteString(`"data":`)
	data := []byte(resp.Data)
	if len(data) == 0 {
		data = []byte("null")
	}
	var tail bytes.Buffer
	if len(resp.Extensions) > 0 {
		tail.WriteString(`,"extensions":`)
		tail.Write(mustJSON(resp.Extensions))
	}
	tail.WriteByte('}')
	return [][]byte{head.Bytes(), data, tail.Bytes()}
}

// mustJSON marshals what the executor built from plain values; it cannot
// fail short of a bug.
func mustJSON(v any) []byte {
	out, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return out
}

// refusalStatus is the status of a request refused for who sent it,
// whichever media type: 401 without credentials (with the challenge
// RFC 6750 asks for), 403 with a role too low. The spec lets a server
// answer so when "the client is not permitted to issue the GraphQL
// request"; 0 when errs are of another kind.
func refusalStatus(errs gqlerror.List) int {
	for _, e := range errs {
		switch domain.CodeOf(e.Err) {
		case domain.EUnauthenticated:
			return http.StatusUnauthorized
		case domain.EForbidden:
			return http.StatusForbidden
		}
	}
	return 0
}

// markRequestErrors gives the errors gqlgen raises before execution without
// a code (APQ's "invalid APQ extension data", for one) BAD_USER_INPUT: they
// reject the request, and the presenter would otherwise hide them as
// internal.
func markRequestErrors(errs gqlerror.List) {
	for _, e := range errs {
		if e.Extensions == nil {
			e.Extensions = map[string]any{}
		}
		if _, ok := e.Extensions["code"]; !ok {
			e.Extensions["code"] = string(domain.EInvalid)
		}
	}
}

// rateLimited reports whether a rate limit refused the request, and after
// how many seconds to retry.
func rateLimited(errs gqlerror.List) (retryAfter int, ok bool) {
	for _, e := range errs {
		if hasCode(e, string(domain.ERateLimited)) {
			retryAfter, _ = e.Extensions["retryAfter"].(int)
			return retryAfter, true
		}
	}
	return 0, false
}

// writeRequestError answers a request that never reached execution.
func writeRequestError(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor, media string, status int, err error) {
	resp := exec.DispatchError(r.Context(), gqlerror.List{gqlerror.WrapPath(nil, err)})
	writeErrors(w, resp, media, status)
}

// writeErrors writes a response without a data entry, as the spec asks for
// request errors (gqlgen's Response always marshals "data").
func writeErrors(w http.ResponseWriter, resp *graphql.Response, media string, status int) {
	writeBody(w, media, status, mustJSON(struct {
		Errors     gqlerror.List  `json:"errors"`
		Extensions map[string]any `json:"extensions,omitempty"`
	}{resp.Errors, resp.Extensions}))
}

// writeBody writes a response whose body is the pieces one after the
// other, with its length.
func writeBody(w http.ResponseWriter, media string, status int, body ...[]byte) {
	n := 0
	for _, b := range body {
		n += len(b)
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(n))
	w.WriteHeader(status)
	for _, b := range body {
		w.Write(b)
	}
}

// paramsFromURL reads a GET request's query, operationName, variables and
// extensions; the last two are JSON objects.
func paramsFromURL(rawQuery string) (*graphql.RawParams, error) {
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		return nil, domain.Invalid("query string", "cannot be parsed")
	}
	p := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName")}
	for _, obj := range []struct {
		name string
		dst  *map[string]any
	}{{"variables", &p.Variables}, {"extensions", &p.Extensions}} {
		if s := q.Get(obj.name); s != "" {
			if err := decodeJSON([]byte(s), obj.dst); err != nil || *obj.dst == nil {
				return nil, domain.Invalid(obj.name, "must be a JSON object")
			}
		}
	}
	return p, requireQuery(p)
}

// paramsFromBody reads a POST request's JSON body; the status says which
// rule it broke.
func paramsFromBody(w http.ResponseWriter, r *http.Request, lim Limits) (*graphql.RawParams, int, error) {
	if err := checkContentType(r.Header.Get("Content-Type")); err != nil {
		closeUnreadBody(w, r)
		return nil, http.StatusUnsupportedMediaType, err
	}
	if r.ContentLength > lim.MaxBodyBytes {
		// Said to be too large: refused before a byte of it is read.
		closeUnreadBody(w, r)
		return nil, http.StatusRequestEntityTooLarge, bodyTooLarge(lim)
	}
	body, status, err := readBody(w, r, lim)
	switch {
	case err != nil:
		return nil, status, err
	case len(bytes.TrimSpace(body)) == 0:
		return nil, http.StatusBadRequest, domain.Invalid("body", "is empty; send a JSON object with a query")
	}
	p, err := decodeRequest(body)
	if err != nil {
		return nil, http.StatusBadRequest, err
	}
	return p, 0, nil
}

// checkContentType accepts application/json in UTF-8, the one body format
// the spec requires.
func checkContentType(header string) error {
	if header == "" {
		return domain.Invalid("Content-Type", "is missing; send %s", mediaJSON)
	}
	mt, params, err := mime.ParseMediaType(header)
	if err != nil || mt != mediaJSON {
		return domain.Invalid("Content-Type", "%q is not supported; send %s", header, mediaJSON)
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return domain.Invalid("Content-Type", "charset %q is not supported; send utf-8", cs)
	}
	return nil
}
