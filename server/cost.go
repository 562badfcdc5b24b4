package server

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/eventgraph/eventgraph/graph"
)

// costLimit prices each operation with graph.CostModel once it is
// validated and its variables coerced, before it runs (before the direct
// page writer too: that is an operation interceptor, and every operation
// context mutator has run by then), and refuses one over the limit.
type costLimit struct {
	model *graph.CostModel
	max   int
}

var _ interface {
	graphql.OperationContextMutator
	graphql.HandlerExtension
} = costLimit{}

const costStats = "cost"

func (costLimit) ExtensionName() string                   { return "CostLimit" }
func (costLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (c costLimit) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	cost := c.model.Cost(op.Operation, op.Variables)
	op.Stats.SetExtension(costStats, cost)
	if cost > c.max {
		return tooComplex("cost", cost, c.max,
			"the operation may cost %d (objects its answer may hold, lists counted at their first or limit); at most %d are allowed",
			cost, c.max)
	}
	return nil
}

// CostOf returns the price of the operation running under ctx, 0 before it
// is priced.
func CostOf(ctx context.Context) int {
	if !graphql.HasOperationContext(ctx) {
		return 0
	}
	n, _ := graphql.GetOperationContext(ctx).Stats.GetExtension(costStats).(int)
	return n
}
