// Command load sends one GraphQL query (or the hand-written Cypher floor)
// at a fixed concurrency for a bounded time or count, on loopback only, and
// prints throughput and p50/p99 latency. bench/run.sh drives it.
//
//	load -url http://127.0.0.1:8080/query -actor auto -neo4j-uri bolt://127.0.0.1:7688 -c 8 -d 20s
//	load -mode cypher -actor auto -neo4j-uri bolt://127.0.0.1:7688 -c 8 -d 20s
//	load -mode cypher-http -actor auto -neo4j-uri bolt://127.0.0.1:7688 -c 8 -d 20s
//	load -busiest 1 -neo4j-uri bolt://127.0.0.1:7688
//	load -mode mixed -rate 200 -d 60s -server-pid 1234 -neo4j-uri bolt://127.0.0.1:7688
//
// -mode mixed is an open loop at a fixed rate rather than a closed loop
// at a fixed concurrency: timeline, search, dyad and neighborhood in turn,
// about the -actors busiest actors, as many clients would send them.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/bench"
)

type options struct {
	mode, url, query, queryFile, vars, actor, neo4jURI, name, out string
	authorization                                                 string
	shape, paramsFile, peerURL                                    string
	check, findParams                                             bool
	busiest, actors, serverPID                                    int
	run                                                           bench.Run
	rate                                                          float64
}

func main() {
	var o options
	flag.StringVar(&o.mode, "mode", "graphql", "graphql (POST the query to -url), cypher (the hand-written timeline page through the Go driver)\nor cypher-http (the same served as JSON over HTTP by a minimal in-process server, bench.FloorServer)")
	flag.StringVar(&o.url, "url", "http://127.0.0.1:8080/query", "GraphQL endpoint (loopback only)")
	flag.StringVar(&o.query, "query", bench.TimelineQuery, "GraphQL query")
	flag.StringVar(&o.queryFile, "query-file", "", "read the GraphQL query from this file")
	flag.StringVar(&o.vars, "vars", "", `variables as JSON; "$ACTOR" in it is replaced by -actor (default {"id": "$ACTOR"})`)
	flag.StringVar(&o.actor, "actor", "auto", `actor id, or "auto" for the busiest actor (asks -neo4j-uri, only when the query uses $ACTOR)`)
	flag.StringVar(&o.neo4jURI, "neo4j-uri", benchNeo4jURI(), "the bench Neo4j (loopback only) for -mode cypher and -actor auto: BENCH_NEO4J_URI,\nelse bolt://127.0.0.1:$BENCH_NEO4J_PORT (7688); never NEO4J_URI, the development one")
	flag.StringVar(&o.name, "name", "", "label for the result line (default: the mode)")
	flag.StringVar(&o.out, "out", "", "append the result as a JSON line to this file")
	flag.IntVar(&o.busiest, "busiest", 0, "print the ids of the N busiest actors and exit")
	flag.Float64Var(&o.rate, "rate", 100, "with -mode mixed: requests per second (open loop)")
	flag.IntVar(&o.actors, "actors", 20, "with -mode mixed: how many of the busiest actors the requests are about")
	flag.IntVar(&o.serverPID, "server-pid", 0, "with -mode mixed: report this process's peak resident memory (VmHWM) after the run")
	flag.IntVar(&o.run.Concurrency, "c", 8, "concurrent callers (closed loop)")
	flag.DurationVar(&o.run.Duration, "d", 20*time.Second, "how long to send (at most 10m)")
	flag.IntVar(&o.run.Count, "n", 0, "stop after this many requests (0: no limit)")
	flag.IntVar(&o.run.Warmup, "warmup", 50, "unmeasured requests first")
	flag.StringVar(&o.authorization, "authorization", os.Getenv("EVENTGRAPH_AUTHORIZATION"), `Authorization header to send ("Bearer <key or JWT>"; EVENTGRAPH_AUTHORIZATION)`)
	flag.StringVar(&o.shape, "shape", "", "an analyst shape (bench.ShapeNames: "+strings.Join(bench.ShapeNames, ", ")+"): -mode graphql sends ours,\ncypher its floor, peer its @neo4j/graphql form to -peer-url; needs -params")
	flag.StringVar(&o.paramsFile, "params", "", "the shapes' actors, topic and words as JSON (from -find-params)")
	flag.StringVar(&o.peerURL, "peer-url", "http://127.0.0.1:14000/", "@neo4j/graphql peer endpoint for -shape with -mode peer or -check")
	flag.BoolVar(&o.check, "check", false, "with -shape: ask ours, the floor and the peer (where it can say it) once each and fail unless they answer the same")
	flag.BoolVar(&o.findParams, "find-params", false, "print the shapes' parameters for the graph at -neo4j-uri as JSON and exit")
	flag.Parse()
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, o options) error {
	if o.mode == "mixed" {
		return mixed(ctx, o)
	}
	if o.findParams || o.shape != "" {
		return runShape(ctx, o)
	}
	cypher := o.mode == "cypher" || o.mode == "cypher-http"
	findActor := o.actor == "auto" && (cypher || usesActor(o.vars))
	if o.busiest > 0 || findActor || cypher {
		drv, err := bench.NewCypherClient(o.neo4jURI)
		if err != nil {
			return err
		}
		defer drv.Close(ctx)
		if o.busiest > 0 || findActor {
			ids, err := bench.BusiestActors(ctx, drv, max(o.busiest, 1))
			if err != nil {
				return err
			}
			if len(ids) == 0 {
				return fmt.Errorf("the graph at %s has no actors: run eventgraph gen first", o.neo4jURI)
			}
			if o.busiest > 0 {
				fmt.Println(strings.Join(ids, "\n"))
				return nil
			}
			o.actor = ids[0]
		}
		switch o.mode {
		case "cypher":
			c := &bench.CypherClient{Driver: drv, Cypher: bench.CypherTimelinePage, Params: map[string]any{"id": o.actor, "first": 50}}
			return measure(ctx, o, func(ctx context.Context) (time.Duration, error) { _, err := c.Do(ctx); return 0, err })
		case "cypher-http":
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				return err
			}
			srv := &http.Server{Handler: bench.FloorServer{Driver: drv}, ReadHeaderTimeout: 10 * time.Second}
			go srv.Serve(ln)
			defer srv.Close()
			o.url, o.query, o.vars = "http://"+ln.Addr().String()+"/", bench.TimelineQuery, ""
		}
	}
	if o.mode != "graphql" && o.mode != "cypher-http" {
		return fmt.Errorf("mode %q: want graphql, cypher, cypher-http or mixed", o.mode)
	}
	if o.queryFile != "" {
		b, err := os.ReadFile(o.queryFile)
		if err != nil {
			return err
		}
		o.query = string(b)
	}
	if o.vars == "" {
		o.vars = `{"id": "$ACTOR"}`
	}
	var vars map[string]any
	if err := json.Unmarshal([]byte(strings.ReplaceAll(o.vars, "$ACTOR", o.actor)), &vars); err != nil {
		return fmt.Errorf("-vars: %w", err)
	}
	c, err := bench.NewGraphQLClient(o.url, o.query, vars, o.run.Concurrency)
	if err != nil {
		return err
	}
	c.Authorization = o.authorization
	return measure(ctx, o, func(ctx context.Context) (time.Duration, error) { r, err := c.Do(ctx); return r.Server, err })
}

func measure(ctx context.Context, o options, do func(context.Context) (time.Duration, error)) error {
	res, err := bench.Drive(ctx, o.run, do)
	if err != nil {
		return err
	}
	name := o.name
	if name == "" {
		name = o.mode
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	server := ""
	if len(res.ServerTimes) > 0 {
		server = fmt.Sprintf("  server p50=%6.2fms p99=%6.2fms", ms(res.ServerPercentile(50)), ms(res.ServerPercentile(99)))
	}
	fmt.Printf("%-12s c=%-3d n=%-6d errors=%-4d cut=%-3d %8.1f req/s  p50=%7.2fms  p99=%7.2fms%s  (actor %s)\n",
		name, o.run.Concurrency, res.Requests, res.Errors, res.CutOff, res.Throughput(), ms(res.Percentile(50)), ms(res.Percentile(99)), server, o.actor)
	if res.FirstErr != nil {
		fmt.Fprintln(os.Stderr, "first error:", res.FirstErr)
	}
	if o.out != "" {
		fields := map[string]any{"name": name, "concurrency": o.run.Concurrency, "requests": res.Requests,
			"errors": res.Errors, "cutOff": res.CutOff, "rps": res.Throughput(), "p50ms": ms(res.Percentile(50)), "p99ms": ms(res.Percentile(99)), "actor": o.actor}
		if len(res.ServerTimes) > 0 {
			fields["serverp50ms"], fields["serverp99ms"] = ms(res.ServerPercentile(50)), ms(res.ServerPercentile(99))
		}
		if err := appendResult(o.out, fields); err != nil {
			return err
		}
	}
	if res.Errors > 0 {
		return fmt.Errorf("%d of %d requests failed", res.Errors, res.Requests)
	}
	return nil
}

// appendResult adds fields as one JSON line to the results file at path,
// made if missing: each run adds its line, and the scripts read them all.
func appendResult(path string, fields map[string]any) error {
	line, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// usesActor says whether -vars (the default when empty) name the actor.
func usesActor(vars string) bool { return vars == "" || strings.Contains(vars, "$ACTOR") }

// benchNeo4jURI is the bench Neo4j bench/run.sh starts: the development
// Neo4j (NEO4J_URI, 7687) holds another graph, whose busiest actor would
// be asked about a graph that does not have it.
func benchNeo4jURI() string {
	return envOr("BENCH_NEO4J_URI", "bolt://127.0.0.1:"+envOr("BENCH_NEO4J_PORT", "7688"))
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
