package server

import (
	"context"

	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"github.com/eventgraph/eventgraph/graph"
)

// directSpans opens the direct page writer's spans with the tracer the
// GraphQL middleware uses, so that an operation answered there is traced
// as one gqlgen answers is: HTTP request, operation, root field, Cypher.
func directSpans(tp trace.TracerProvider) graph.Spans {
	tracer := tp.Tracer("github.com/ravilushqa/otelgqlgen")
	return func(ctx context.Context, name string) (context.Context, func(error)) {
		ctx, span := tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindServer))
		return ctx, func(err error) {
			if err != nil {
				span.SetStatus(codes.Error, err.Error())
			} else {
				span.SetStatus(codes.Ok, "")
			}
			span.End()
		}
	}
}
