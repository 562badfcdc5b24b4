package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/server"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/telemetry"
)

// instrument wires what operators watch: Prometheus metrics served on
// metricsAddr when it is set (apart from the API: the address is for the
// scraper, not for the load balancer), and, for the server (opt not nil,
// the options to fill in), tracing when the environment asks for it
// (telemetry.TracingFromEnv); a loader has no request to hang its Neo4j
// spans from, and would make one trace per query. The function it
// returns stops both.
func instrument(ctx context.Context, s *store.Store, in *loaders.Ingester, metricsAddr string, opt *server.Options, log *slog.Logger) (func(), error) {
	var stops []func()
	stop := func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}
	if metricsAddr != "" {
		m := telemetry.NewMetrics()
		s.Observe(m)
		m.ObserveIngester(in)
		ln, err := net.Listen("tcp", metricsAddr)
		if err != nil {
			return stop, err
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", m.Handler())
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				log.Error("metrics server", "err", err)
			}
		}()
		stops = append(stops, func() { srv.Close() })
		log.Info("metrics", "url", "http://"+ln.Addr().String()+"/metrics")
		if opt != nil {
			opt.Metrics = m
		}
	}
	if opt == nil {
		return stop, nil
	}
	tr, err := telemetry.TracingFromEnv(ctx, os.Getenv)
	if err != nil {
		stop()
		return func() {}, err
	}
	if tr != nil {
		s.Observe(tr)
		stops = append(stops, func() {
			shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := tr.Shutdown(shutdown); err != nil {
				log.Warn("tracing shutdown", "err", err)
			}
		})
		log.Info("tracing on")
		opt.Tracing = tr
	}
	return stop, nil
}
