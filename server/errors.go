package server

import (
	"context"
	"errors"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/eventgraph/eventgraph/domain"
)

var errInternal = &domain.Error{Code: domain.EInternal, Message: "internal error"}

// presentError is the one place domain errors become GraphQL errors: the
// code goes into extensions.code, the public message into message; what is
// internal (driver errors, Cypher, panics) is logged and replaced by a
// generic message.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var de *domain.Error
		switch {
		case errors.As(err, &de):
			gqlErr.Message = domain.PublicMessage(de)
			setCode(gqlErr, de.Code)
			if de.Field != "" {
				gqlErr.Extensions["field"] = de.Field
			}
			if de.Code == domain.EInternal || de.Code == domain.EUnavailable {
				log.Error("request failed", "path", gqlErr.Path.String(), "err", err)
			}
		case isInputError(gqlErr):
			// gqlgen's own argument and variable coercion errors (bad enum,
			// bad Date, wrong type): the client's input.
			setCode(gqlErr, domain.EInvalid)
		default:
			log.Error("request failed", "path", gqlErr.Path.String(), "err", err)
			gqlErr.Message = "internal error"
			setCode(gqlErr, domain.EInternal)
		}
		return gqlErr
	}
}

func isInputError(e *gqlerror.Error) bool {
	if e.Extensions == nil {
		return false
	}
	code, _ := e.Extensions["code"].(string)
	switch code {
	case "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_USER_INPUT":
		return true
	}
	return false
}

func setCode(e *gqlerror.Error, code domain.ErrorCode) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = string(code)
}
