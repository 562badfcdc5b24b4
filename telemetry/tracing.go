package telemetry

import (
	"context"
	"fmt"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"

	"github.com/eventgraph/eventgraph/store"
)

// Tracing makes OpenTelemetry spans: the server's HTTP and GraphQL spans
// come from their libraries (otelhttp, otelgqlgen) given Provider; the
// Neo4j spans from Tracing itself, a store.Observer.
type Tracing struct {
	Provider trace.TracerProvider
	tracer   trace.Tracer
	shutdown func(context.Context) error
}

// NewTracing traces to tp (tests pass one with an in-memory exporter).
func NewTracing(tp trace.TracerProvider) *Tracing {
	return &Tracing{Provider: tp, tracer: tp.Tracer("github.com/eventgraph/eventgraph/store"),
		shutdown: func(context.Context) error { return nil }}
}

// TracingFromEnv returns the tracing the environment asks for, or nil
// when it asks for none (the default: then nothing is traced and nothing
// is paid for). Tracing is on when EVENTGRAPH_TRACING is "otlp", or when
// OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set
// and EVENTGRAPH_TRACING is not "off". Spans go over OTLP/HTTP to that
// endpoint (default http://localhost:4318); the exporter and the SDK read
// the other standard OTEL_* variables themselves (OTEL_SERVICE_NAME,
// OTEL_TRACES_SAMPLER and its _ARG, OTEL_EXPORTER_OTLP_HEADERS, …).
// It also installs the provider and W3C trace-context propagation as
// OpenTelemetry's globals, so incoming traceparent headers are honoured
// and libraries that trace by themselves (dataloadgen) join in.
func TracingFromEnv(ctx context.Context, getenv func(string) string) (*Tracing, error) {
	switch mode := strings.ToLower(getenv("EVENTGRAPH_TRACING")); mode {
	case "", "off":
		if mode == "off" || getenv("OTEL_EXPORTER_OTLP_ENDPOINT")+getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") == "" {
			return nil, nil
		}
	case "otlp":
	default:
		return nil, fmt.Errorf("EVENTGRAPH_TRACING=%q: want otlp or off", mode)
	}
	exp, err := otlptracehttp.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("tracing: %w", err)
	}
	// service.name is "eventgraph" unless OTEL_SERVICE_NAME or
	// OTEL_RESOURCE_ATTRIBUTES say otherwise (the SDK's default would be
	// "unknown_service:eventgraph"); the environment is read last, so it wins.
	res, err := resource.New(ctx, resource.WithAttributes(attribute.String("service.name", "eventgraph")),
		resource.WithTelemetrySDK(), resource.WithFromEnv())
	if err != nil {
		return nil, fmt.Errorf("tracing: %w", err)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	t := NewTracing(tp)
	t.shutdown = tp.Shutdown
	return t, nil
}

// Shutdown sends the spans still buffered.
func (t *Tracing) Shutdown(ctx context.Context) error { return t.shutdown(ctx) }

// StartQuery opens a span around one Neo4j query: Tracing is a
// store.Observer. A read's span carries its Cypher (a constant of the
// store: parameters are never in it).
func (t *Tracing) StartQuery(ctx context.Context, q store.Query) (context.Context, func(error)) {
	name, op := "neo4j read", "read"
	if q.Write {
		name, op = "neo4j write", "write"
	}
	ctx, span := t.tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(attribute.String("db.system.name", "neo4j"), attribute.String("db.operation.name", op)))
	if q.Cypher != "" && span.IsRecording() {
		span.SetAttributes(attribute.String("db.query.text", q.Cypher))
	}
	return ctx, func(err error) {
		if err != nil {
			span.RecordError(err)
			span.SetStatus(codes.Error, "query failed")
		}
		span.End()
	}
}

var _ store.Observer = (*Tracing)(nil)
