package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/eventgraph/eventgraph/bench"
)

// runShape finds the shapes' parameters (-find-params), checks that ours,
// the floor and the peer answer a shape alike (-check), or measures one
// of them (-mode graphql, cypher or peer).
func runShape(ctx context.Context, o options) error {
	if o.findParams {
		drv, err := bench.NewCypherClient(o.neo4jURI)
		if err != nil {
			return err
		}
		defer drv.Close(ctx)
		p, err := bench.FindParams(ctx, drv)
		if err != nil {
			return err
		}
		return json.NewEncoder(os.Stdout).Encode(p)
	}
	s, err := bench.ShapeByName(o.shape)
	if err != nil {
		return err
	}
	var p bench.Params
	b, err := os.ReadFile(o.paramsFile)
	if err != nil {
		return fmt.Errorf("-params: %w", err)
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return fmt.Errorf("-params: %w", err)
	}
	o.actor = p.Actor
	if o.check {
		return checkShape(ctx, o, s, p)
	}
	switch o.mode {
	case "cypher":
		drv, err := bench.NewCypherClient(o.neo4jURI)
		if err != nil {
			return err
		}
		defer drv.Close(ctx)
		c := s.FloorClient(drv, p)
		return measure(ctx, o, func(ctx context.Context) (time.Duration, error) { _, err := c.Do(ctx); return 0, err })
	case "graphql", "peer":
		url, query, auth := o.url, s.Query, o.authorization
		if o.mode == "peer" {
			if s.Peer == "" {
				return fmt.Errorf("shape %s has no peer form: %s", s.Name, s.NoPeer)
			}
			url, query, auth = o.peerURL, s.Peer, ""
		}
		c, err := bench.NewGraphQLClient(url, query, s.Vars(p), o.run.Concurrency)
		if err != nil {
			return err
		}
		c.Authorization = auth
		return measure(ctx, o, func(ctx context.Context) (time.Duration, error) { r, err := c.Do(ctx); return r.Server, err })
	}
	return fmt.Errorf("-shape with -mode %q: want graphql, cypher or peer", o.mode)
}

// checkShape prints whether the floor and the peer answer as ours does
// and fails when one does not.
func checkShape(ctx context.Context, o options, s bench.Shape, p bench.Params) error {
	// answer asks who ("ours" or "peer") once and reduces the data to lines.
	answer := func(who, url, query, auth string) ([]string, error) {
		c, err := bench.NewGraphQLClient(url, query, s.Vars(p), 1)
		if err != nil {
			return nil, err
		}
		c.Authorization = auth
		body, err := c.Answer(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", s.Name, who, err)
		}
		return s.DataCanon(body, who == "peer")
	}
	ours, err := answer("ours", o.url, s.Query, o.authorization)
	if err != nil {
		return err
	}
	drv, err := bench.NewCypherClient(o.neo4jURI)
	if err != nil {
		return err
	}
	defer drv.Close(ctx)
	floor, err := s.FloorOnce(ctx, drv, p)
	if err != nil {
		return err
	}
	if d := bench.SameLines(ours, floor); d != "" {
		return fmt.Errorf("%s: ours and the floor differ at %s", s.Name, d)
	}
	peer := "peer: " + s.NoPeer
	if s.Peer != "" {
		theirs, err := answer("peer", o.peerURL, s.Peer, "")
		if err != nil {
			return err
		}
		if d := bench.SameLines(ours, theirs); d != "" {
			return fmt.Errorf("%s: ours and the peer differ at %s", s.Name, d)
		}
		peer = "peer the same"
	}
	fmt.Printf("check %-12s %d lines: floor the same; %s\n", s.Name, len(ours), peer)
	return nil
}
