package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
)

// Access control is declared in the schema: a field's @requires(role: …)
// names the least role its caller needs, READER when absent. Two things
// read it: AccessCheck refuses an operation before any of it runs, so a
// request with a writer's field and an admin's writes nothing; the
// directive itself (Directives) checks again where the field resolves, so a
// field reached some other way is still guarded.

// Directives implements the schema's directives; every Config needs them
// (gqlgen refuses a field whose directive has no implementation).
var Directives = DirectiveRoot{Requires: requires}

func requires(ctx context.Context, _ any, next graphql.Resolver, role model.AccessRole) (any, error) {
	need, err := auth.ParseRole(string(role))
	if err != nil {
		return nil, fmt.Errorf("@requires: %w", err)
	}
	id := auth.FromContext(ctx)
	if err := auth.Require(id, need, graphql.GetFieldContext(ctx).Field.Name); err != nil {
		return nil, err
	}
	// What the field writes is recorded as the caller's (the history).
	return next(domain.WithAuthor(ctx, id.ClientKey()))
}

// RequiredRole is the role the schema asks of a field: its @requires, or
// READER.
func RequiredRole(def *ast.FieldDefinition) auth.Role {
	if def == nil {
		return auth.RoleReader
	}
	d := def.Directives.ForName("requires")
	if d == nil {
		return auth.RoleReader
	}
	if arg := d.Arguments.ForName("role"); arg != nil && arg.Value != nil {
		if r, err := auth.ParseRole(arg.Value.Raw); err == nil {
			return r
		}
	}
	// A role the schema names but auth does not know: nobody may.
	return auth.RoleAdmin + 1
}

// AccessCheck is the gqlgen extension that refuses, before execution, an
// operation with a root field its caller's role does not reach.
type AccessCheck struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = AccessCheck{}

// ExtensionName names the extension for gqlgen.
func (AccessCheck) ExtensionName() string { return "AccessCheck" }

// Validate accepts any schema.
func (AccessCheck) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext checks each root field the operation would run
// (fragments and @skip/@include applied).
func (AccessCheck) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	id := auth.FromContext(ctx)
	root := rootTypeName(op.Operation.Operation)
	for _, f := range graphql.CollectFields(op, op.Operation.SelectionSet, []string{root}) {
		if err := auth.Require(id, RequiredRole(f.Definition), f.Name); err != nil {
			e := gqlerror.WrapPath(ast.Path{ast.PathName(f.Alias)}, err)
			if f.Position != nil {
				e.Locations = []gqlerror.Location{{Line: f.Position.Line, Column: f.Position.Column}}
			}
			return e
		}
	}
	return nil
}

func rootTypeName(op ast.Operation) string {
	switch op {
	case ast.Mutation:
		return "Mutation"
	case ast.Subscription:
		return "Subscription"
	}
	return "Query"
}
