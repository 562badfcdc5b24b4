// Package telemetry is what operators watch eventgraph with: Prometheus
// metrics (Metrics) and OpenTelemetry traces (Tracing). The store, the
// loaders and live know neither: they offer hooks (store.Observer,
// loaders.Ingester.Observe, live.Options.Observer) that this package
// fills, and server and cmd/eventgraph install.
//
// It is not for logs (log/slog, configured in cmd/eventgraph) nor for the
// request log line (server).
package telemetry

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/eventgraph/eventgraph/live"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/store"
)

// MaxOperationNames bounds the operation label: after this many distinct
// operation names, new ones are counted as "other". Names come from
// clients, and each one is a time series in Prometheus.
const MaxOperationNames = 200

// Metrics are eventgraph's Prometheus metrics, in a registry of their own
// (with the Go runtime's and the process's). The series, all prefixed
// eventgraph_:
//
//	http_requests_total{handler,code}                 every HTTP request, by route and status
//	graphql_requests_total{operation,type}            GraphQL operations
//	graphql_request_duration_seconds{operation,type}  their latency (the whole HTTP request)
//	graphql_errors_total{code}                        errors answered, by extensions.code
//	graphql_operation_cost{type}                      the price of each operation that was priced
//	neo4j_query_duration_seconds{mode,outcome}        each read query and write transaction
//	ingest_articles_total{outcome}                    articles ingested: written, skipped, failed
//	ingest_events_total{outcome}                      events they brought: created, merged
//	subscriptions_open                                live subscriptions being served
//
// operation is the operation's name for named operations (capped at
// MaxOperationNames, then "other"), "anonymous" for unnamed ones and
// "none" for requests refused before an operation was chosen.
type Metrics struct {
	reg           *prometheus.Registry
	httpRequests  *prometheus.CounterVec
	requests      *prometheus.CounterVec
	duration      *prometheus.HistogramVec
	errors        *prometheus.CounterVec
	cost          *prometheus.HistogramVec
	neo4j         *prometheus.HistogramVec
	articles      *prometheus.CounterVec
	events        *prometheus.CounterVec
	subscriptions prometheus.Gauge

	mu    sync.RWMutex
	names map[string]bool
}

// NewMetrics registers eventgraph's metrics in a new registry.
func NewMetrics() *Metrics {
	latency := []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "eventgraph_http_requests_total",
			Help: "HTTP requests, by route and status code."}, []string{"handler", "code"}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "eventgraph_graphql_requests_total",
			Help: "GraphQL requests, by operation name (named operations only, capped) and type."}, []string{"operation", "type"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "eventgraph_graphql_request_duration_seconds",
			Help: "Time to answer a GraphQL request, by operation and type.", Buckets: latency}, []string{"operation", "type"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "eventgraph_graphql_errors_total",
			Help: "GraphQL errors answered, by extensions.code."}, []string{"code"}),
		cost: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "eventgraph_graphql_operation_cost",
			Help:    "The price of each operation, as the cost limit counts it.",
			Buckets: prometheus.ExponentialBuckets(1, 4, 10)}, []string{"type"}),
		neo4j: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "eventgraph_neo4j_query_duration_seconds",
			Help: "Neo4j round trips: each read query and each write transaction (with its retries).", Buckets: latency},
			[]string{"mode", "outcome"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "eventgraph_ingest_articles_total",
			Help: "Articles ingested, by outcome: written, skipped (already ingested, unchanged), failed."}, []string{"outcome"}),
		events: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "eventgraph_ingest_events_total",
			Help: "Events from ingested articles, by outcome: created (new to the graph), merged (one more source)."}, []string{"outcome"}),
		subscriptions: prometheus.NewGauge(prometheus.GaugeOpts{Name: "eventgraph_subscriptions_open",
			Help: "Live subscriptions being served."}),
		names: map[string]bool{},
	}
	m.reg.MustRegister(m.httpRequests, m.requests, m.duration, m.errors, m.cost, m.neo4j, m.articles, m.events, m.subscriptions,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// Zero series for the outcomes, so that rates and alerts have a series
	// before the first failure.
	for _, o := range []string{"written", "skipped", "failed"} {
		m.articles.WithLabelValues(o)
	}
	for _, o := range []string{"created", "merged"} {
		m.events.WithLabelValues(o)
	}
	return m
}

// Handler serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Registry is where the metrics are registered, for a caller's own.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// HTTPRequest counts one HTTP request answered by the route handler with
// status code.
func (m *Metrics) HTTPRequest(handler string, code int) {
	m.httpRequests.WithLabelValues(handler, statusText(code)).Inc()
}

// GraphQLRequest records one GraphQL request: its operation's name ("" if
// anonymous or refused before one was chosen), type ("" if none), how long
// it took, the codes of the errors it answered, and its price (0: not
// priced).
func (m *Metrics) GraphQLRequest(name, opType string, took time.Duration, codes []string, cost int) {
	op := m.operation(name, opType)
	if opType == "" {
		opType = "none"
	}
	m.requests.WithLabelValues(op, opType).Inc()
	m.duration.WithLabelValues(op, opType).Observe(took.Seconds())
	for _, c := range codes {
		m.errors.WithLabelValues(errorCode(c)).Inc()
	}
	if cost > 0 {
		m.cost.WithLabelValues(opType).Observe(float64(cost))
	}
}

// SubscriptionOpened and SubscriptionClosed keep subscriptions_open:
// Metrics is a live.Observer, which server installs on its hub.
func (m *Metrics) SubscriptionOpened() { m.subscriptions.Inc() }

// SubscriptionClosed: see SubscriptionOpened.
func (m *Metrics) SubscriptionClosed() { m.subscriptions.Dec() }

var _ live.Observer = (*Metrics)(nil)

// Ingested counts one article's ingestion; it is the loaders.Ingester's
// Observe hook.
func (m *Metrics) Ingested(rep loaders.Report, err error) {
	switch {
	case err != nil:
		m.articles.WithLabelValues("failed").Inc()
		return
	case rep.Skipped:
		m.articles.WithLabelValues("skipped").Inc()
	default:
		m.articles.WithLabelValues("written").Inc()
	}
	m.events.WithLabelValues("created").Add(float64(rep.Created))
	m.events.WithLabelValues("merged").Add(float64(rep.Merged))
}

// ObserveIngester has the ingester report to these metrics.
func (m *Metrics) ObserveIngester(in *loaders.Ingester) { in.Observe = m.Ingested }

// StartQuery times one Neo4j query: Metrics is a store.Observer.
func (m *Metrics) StartQuery(ctx context.Context, q store.Query) (context.Context, func(error)) {
	start := time.Now()
	mode := "read"
	if q.Write {
		mode = "write"
	}
	return ctx, func(err error) {
		outcome := "ok"
		if err != nil {
			outcome = "error"
		}
		m.neo4j.WithLabelValues(mode, outcome).Observe(time.Since(start).Seconds())
	}
}

var _ store.Observer = (*Metrics)(nil)

// operation is the operation label for a name.
func (m *Metrics) operation(name, opType string) string {
	switch {
	case name == "" && opType == "":
		return "none"
	case name == "":
		return "anonymous"
	case !graphQLName.MatchString(name):
		return "other"
	}
	m.mu.RLock()
	known := m.names[name]
	full := len(m.names) >= MaxOperationNames
	m.mu.RUnlock()
	if known {
		return name
	}
	if full {
		return "other"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.names) >= MaxOperationNames {
		return "other"
	}
	m.names[name] = true
	return name
}

// graphQLName is a GraphQL name of a sensible length: gqlparser accepts
// only names, but a request refused before parsing may claim anything.
var graphQLName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)

// errorCode keeps the code label to the codes eventgraph and gqlgen set.
func errorCode(c string) string {
	if c == "" {
		return "NONE"
	}
	if len(c) > 40 {
		return "OTHER"
	}
	for _, r := range c {
		if (r < 'A' || r > 'Z') && r != '_' {
			return "OTHER"
		}
	}
	return c
}

// statusTexts are the code labels, formatted once rather than per request.
var statusTexts = func() (s [600]string) {
	for c := 100; c < len(s); c++ {
		s[c] = strconv.Itoa(c)
	}
	return s
}()

func statusText(c int) string {
	if c < 100 || c >= len(statusTexts) {
		return "other"
	}
	return statusTexts[c]
}
