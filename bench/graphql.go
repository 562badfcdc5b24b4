package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// TimelineQuery is the page every comparison sends: an actor's 50 newest
// events with participants and sources.
const TimelineQuery = `query($id: ID!) { actor(id: $id) { timeline(first: 50) { edges { node { id title when { start precision } participants { id name } sources { sentence article { title } } } } } } }`

// GraphQLClient posts one query with fixed variables to an endpoint.
type GraphQLClient struct {
	URL       string
	Query     string
	Variables map[string]any
	// Authorization, when set, is sent as the Authorization header
	// ("Bearer <key or JWT>").
	Authorization string
	http          *http.Client
	body          []byte
}

// NewGraphQLClient checks the endpoint is on loopback and prepares the body.
func NewGraphQLClient(endpoint, query string, vars map[string]any, conns int) (*GraphQLClient, error) {
	if err := CheckLoopback(endpoint); err != nil {
		return nil, err
	}
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, err
	}
	tr := &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, IdleConnTimeout: time.Minute}
	return &GraphQLClient{URL: endpoint, Query: query, Variables: vars, body: body,
		http: &http.Client{Transport: tr, Timeout: 30 * time.Second}}, nil
}

// Reply is what Do learned of one answer.
type Reply struct {
	Size   int           // bytes of the body
	Server time.Duration // the server's own time (Server-Timing "total"), 0 when it reports none
}

// Do sends the query once and fails on a transport error, a non-200 status
// or a response with GraphQL errors.
func (c *GraphQLClient) Do(ctx context.Context) (Reply, error) {
	return post(ctx, c.http, c.URL, c.Authorization, c.body)
}

// post sends one GraphQL request body (with an Authorization header
// when authorization is not empty) and checks its answer.
func post(ctx context.Context, client *http.Client, url, authorization string, body []byte) (Reply, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return Reply{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	resp, err := client.Do(req)
	if err != nil {
		return Reply{}, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return Reply{}, err
	}
	if resp.StatusCode != http.StatusOK {
		return Reply{}, fmt.Errorf("status %d: %.300s", resp.StatusCode, data)
	}
	if err := checkAnswer(data); err != nil {
		return Reply{}, err
	}
	return Reply{Size: len(data), Server: ServerTime(resp.Header.Get("Server-Timing"))}, nil
}

// checkAnswer fails on a body that does not look like a JSON object (its
// first and last characters; a cut-off body is a read error already) or
// that holds GraphQL errors. Decoding a page-sized answer (24 kB) costs
// the load driver a quarter of a millisecond, and even validating it an
// eighth, which would be counted in the server's latency; an answer
// without the word "errors" anywhere needs no decoding to know it has
// none.
func checkAnswer(data []byte) error {
	body := bytes.TrimSpace(data)
	if len(body) < 2 || body[0] != '{' || body[len(body)-1] != '}' {
		return fmt.Errorf("response is not a JSON object: %.300s", data)
	}
	if !bytes.Contains(body, []byte(`"errors"`)) {
		return nil
	}
	var out struct {
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return fmt.Errorf("response is not JSON: %w", err)
	}
	if len(out.Errors) > 0 {
		return fmt.Errorf("graphql error: %s", out.Errors[0].Message)
	}
	return nil
}

// ServerTime reads the "total" metric of a Server-Timing header (as
// eventgraph writes it: total;dur=<milliseconds>); 0 when there is none.
func ServerTime(header string) time.Duration {
	for _, metric := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(metric), ";")
		if name != "total" {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(p), "dur="); ok {
				ms, err := strconv.ParseFloat(v, 64)
				if err == nil && ms > 0 {
					return time.Duration(ms * float64(time.Millisecond))
				}
			}
		}
	}
	return 0
}

// Fetch sends the query once and returns the decoded data, for checking
// that two endpoints answer with the same page.
func (c *GraphQLClient) Fetch(ctx context.Context) (map[string]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(c.body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Data map[string]any `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return out.Data, nil
}

// Answer sends the query once, with the Authorization header when set,
// and returns the whole body, for checking answers against each other.
func (c *GraphQLClient) Answer(ctx context.Context) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(c.body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.Authorization != "" {
		req.Header.Set("Authorization", c.Authorization)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("status %d: %.300s", resp.StatusCode, data)
	}
	return data, err
}
