package domain

import (
	"errors"
	"fmt"
)

// ErrorCode classifies an Error. The values are the GraphQL extensions.code
// strings clients see, so the mapping to the API is the identity.
type ErrorCode string

// The error codes. Every error that reaches a client carries one of them.
const (
	EInvalid         ErrorCode = "BAD_USER_INPUT"
	ENotFound        ErrorCode = "NOT_FOUND"
	EUnauthenticated ErrorCode = "UNAUTHENTICATED"
	EForbidden       ErrorCode = "FORBIDDEN"
	EUnavailable     ErrorCode = "UNAVAILABLE"
	ETooComplex      ErrorCode = "QUERY_TOO_COMPLEX"
	ERateLimited     ErrorCode = "RATE_LIMITED"
	ETimeout         ErrorCode = "TIMEOUT"
	EInternal        ErrorCode = "INTERNAL"
)

// Error is an application error: a code, the input field it concerns (if
// any), and a message safe to show a client. The wrapped Err is for logs only
// and is never sent to clients.
type Error struct {
	Code    ErrorCode
	Field   string
	Message string
	Err     error
}

func (e *Error) Error() string {
	msg := e.Message
	if e.Field != "" {
		msg = e.Field + ": " + msg
	}
	if e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an Error with the given code, field and formatted message.
func Errorf(code ErrorCode, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Invalid is shorthand for a BAD_USER_INPUT error naming the offending field.
func Invalid(field, format string, args ...any) *Error {
	return Errorf(EInvalid, field, format, args...)
}

// NotFound is shorthand for a NOT_FOUND error naming what was looked up.
func NotFound(field, format string, args ...any) *Error {
	return Errorf(ENotFound, field, format, args...)
}

// Unavailable wraps a failure to reach a dependency (Neo4j, a URL).
func Unavailable(err error, format string, args ...any) *Error {
	return &Error{Code: EUnavailable, Message: fmt.Sprintf(format, args...), Err: err}
}

// CodeOf returns the code of the first Error in err's chain, EInternal for
// any other non-nil error, and "" for nil.
func CodeOf(err error) ErrorCode {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// PublicMessage returns what a client may see of err: the Error's message
// (with its field) or a generic text for anything else.
func PublicMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		if e.Field != "" {
			return e.Field + ": " + e.Message
		}
		return e.Message
	}
	return "internal error"
}
