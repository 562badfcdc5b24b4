package server

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
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
			} else if de.Code == domain.EInvalid {
				// A scalar's UnmarshalGQL cannot know its argument's name.
				nameInput(ctx, gqlErr)
			}
			if de.Code == domain.EInternal || de.Code == domain.EUnavailable {
				// de, not err: gqlErr (which err may be) now holds the
				// public message only.
				log.Error("request failed", "path", gqlErr.Path.String(), "err", de)
			}
		case isInputError(gqlErr):
			// gqlgen's own argument and variable coercion errors (bad enum,
			// bad Date, wrong type): the client's input.
			setCode(gqlErr, domain.EInvalid)
			nameInput(ctx, gqlErr)
		case hasCode(gqlErr, string(domain.ETooComplex)) || hasCode(gqlErr, string(domain.ERateLimited)) ||
			hasCode(gqlErr, string(domain.ETimeout)) || hasCode(gqlErr, string(domain.EForbidden)):
			// Set by this package's limits (documentGuard, costLimit,
			// rateLimit, persistedQueries), with their public message.
		case hasCode(gqlErr, persistedQueryNotFoundCode):
			// Kept as gqlgen sets it: APQ clients resend the full query on
			// exactly this code.
		case gqlErr.Message == introspectionDisabled || err.Error() == introspectionDisabled:
			gqlErr.Message = introspectionDisabled
			setCode(gqlErr, domain.EForbidden)
		default:
			log.Error("request failed", "path", gqlErr.Path.String(), "err", err)
			gqlErr.Message = "internal error"
			setCode(gqlErr, domain.EInternal)
		}
		gqlErr.Message = shorten(gqlErr.Message)
		if f, ok := gqlErr.Extensions["field"].(string); ok {
			gqlErr.Extensions["field"] = shorten(f)
		}
		return gqlErr
	}
}

// Bounds on what an error message echoes of the input.
const (
	maxEchoedWord  = 64
	excerptRunes   = 40
	maxMessageSize = 500
)

// shorten keeps a message from echoing the input at length (a 1 MB id must
// not come back whole): every run of more than maxEchoedWord bytes without
// a space is cut to its first excerptRunes characters and "…", and the
// whole to maxMessageSize bytes.
func shorten(msg string) string {
	if len(msg) <= maxEchoedWord {
		return msg
	}
	var b strings.Builder
	for i := 0; i < len(msg); {
		j := i
		for j < len(msg) && msg[j] != ' ' {
			j++
		}
		b.WriteString(excerptWord(msg[i:j]))
		if j < len(msg) {
			b.WriteByte(' ')
		}
		i = j + 1
	}
	out := b.String()
	if len(out) > maxMessageSize {
		out = strings.ToValidUTF8(out[:maxMessageSize], "") + "…"
	}
	return out
}

// excerptWord cuts a word longer than maxEchoedWord bytes to its first
// excerptRunes characters, keeping a closing quote if it had one.
func excerptWord(word string) string {
	if len(word) <= maxEchoedWord {
		return word
	}
	runes := []rune(word)
	if len(runes) <= excerptRunes {
		return word
	}
	tail := "…"
	if last := runes[len(runes)-1]; last == '"' || last == '\'' {
		tail += string(last)
	}
	return string(runes[:excerptRunes]) + tail
}

// Codes and messages gqlgen's extensions and executor set; they are not
// exported there.
const (
	persistedQueryNotFoundCode = "PERSISTED_QUERY_NOT_FOUND"
	introspectionDisabled      = "introspection disabled"
)

func isInputError(e *gqlerror.Error) bool {
	return hasCode(e, "GRAPHQL_VALIDATION_FAILED") || hasCode(e, "GRAPHQL_PARSE_FAILED") ||
		hasCode(e, string(domain.EInvalid))
}

func hasCode(e *gqlerror.Error, code string) bool {
	got, _ := e.Extensions["code"].(string)
	return got == code
}

// nameInput puts the variable or argument a coercion error concerns in
// front of its message, as the domain's own errors do: gqlgen says only
// "cannot be null" or "\"xx\" is not a date" and leaves the name in the path
// (["variable","id"], or the field's path followed by the argument's).
func nameInput(ctx context.Context, e *gqlerror.Error) {
	var name string
	switch {
	case len(e.Path) > 1 && e.Path[0] == ast.PathName("variable"):
		name = "$" + e.Path[1:].String()
	case graphql.GetFieldContext(ctx) != nil:
		field := graphql.GetFieldContext(ctx).Path()
		if len(e.Path) > len(field) && e.Path[:len(field)].String() == field.String() {
			name = e.Path[len(field):].String()
		}
	}
	if name == "" {
		return
	}
	e.Message = name + ": " + e.Message
	e.Extensions["field"] = name
}

func setCode(e *gqlerror.Error, code domain.ErrorCode) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = string(code)
}
