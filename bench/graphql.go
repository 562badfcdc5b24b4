package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
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
	http      *http.Client
	body      []byte
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

// Do sends the query once and fails on a transport error, a non-200 status
// or a response with GraphQL errors; it returns the response size.
func (c *GraphQLClient) Do(ctx context.Context) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(c.body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	var out struct {
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("status %d: %.300s", resp.StatusCode, data)
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return 0, fmt.Errorf("response is not JSON: %w", err)
	}
	if len(out.Errors) > 0 {
		return 0, fmt.Errorf("graphql error: %s", out.Errors[0].Message)
	}
	return len(data), nil
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
