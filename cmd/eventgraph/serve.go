package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/sampledata"
	"github.com/eventgraph/eventgraph/server"
	"github.com/eventgraph/eventgraph/store"
)

func serveCmd(log *slog.Logger) *cobra.Command {
	c, fs, cfg := neo4jCommand("serve", "serve GraphQL (/query), the playground and the explorer")
	addr := fs.String("addr", envOr("EVENTGRAPH_ADDR", "127.0.0.1:8080"), "listen address (EVENTGRAPH_ADDR)")
	sample := fs.Bool("sample-if-empty", false, "import the bundled sample data when the graph has no actors")
	noMigrate := fs.Bool("no-migrate", false, "serve the graph as it is: apply no schema, build no derived data and resume no merge left unfinished (a graph shared read-only, a benchmark's; writes still go through)")
	gqlgenOnly := fs.Bool("gqlgen-only", false, "answer event pages through gqlgen's executor too, not the direct page writer (for comparing)")
	limits := newLimitFlags(fs)
	metricsAddr := fs.String("metrics-addr", os.Getenv("EVENTGRAPH_METRICS_ADDR"), "serve Prometheus /metrics on this address, apart from the API (EVENTGRAPH_METRICS_ADDR; empty: no metrics)")
	var xf extractorFlags // what ingestArticle extracts with
	xf.add(fs)
	c.RunE = func(c *cobra.Command, _ []string) error {
		lim, err := limits.load()
		if err != nil {
			return err
		}
		x, err := xf.newExtractor()
		if err != nil {
			return err
		}
		opt := server.Options{Logger: log, DisableDirectPages: *gqlgenOnly, Limits: lim, DisableIntrospection: limits.noIntrospection}
		return serve(c.Context(), cfg, *addr, *metricsAddr, *sample, !*noMigrate, x, opt, log)
	}
	return c
}

func serve(ctx context.Context, cfg *store.Config, addr, metricsAddr string, sample, migrate bool, x extract.Extractor, opt server.Options, log *slog.Logger) error {
	access, err := accessFromEnv(ctx, os.Getenv, addr, log)
	if err != nil {
		return err
	}
	opt.Access = access
	gcPercent, memLimit := tuneGC()
	s, err := openStore(ctx, cfg, migrate)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	if sample {
		n, err := s.CountActors(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			rep, err := loaders.ImportJSON(ctx, s, sampledata.Seed)
			if err != nil {
				return err
			}
			log.Info("loaded the sample data", "events", rep.EventsCreated, "actors", rep.ActorsCreated)
		}
	}
	if migrate {
		// Merges a stopped process left unfinished go on from where
		// they stopped (store/merge_background.go).
		n, err := s.ResumeMerges(ctx)
		if err != nil {
			return err
		}
		if n > 0 {
			log.Info("resuming merges left unfinished", "merges", n)
		}
	}
	opt.Ingester = loaders.NewIngester(s, x)
	// A client waits on ingestArticle: an unavailable database is said
	// within seconds, not after a loader's patience.
	opt.Ingester.Patience = 2 * time.Second
	stopTelemetry, err := instrument(ctx, s, opt.Ingester, metricsAddr, &opt, log)
	if err != nil {
		return err
	}
	defer stopTelemetry()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := server.NewHTTPServer(server.New(s, opt))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serving", "url", "http://"+ln.Addr().String(), "playground", "http://"+ln.Addr().String()+"/playground", "neo4j", cfg.URI,
		"gogc", gcPercent, "gomemlimit", memLimit)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
