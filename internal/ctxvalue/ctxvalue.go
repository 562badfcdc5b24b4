// Package ctxvalue carries typed values on a context.Context: a package
// declares one Key per kind of value it puts there, unexported, and its
// With and From functions read as plain Go instead of the key type,
// WithValue and type assertion each would otherwise spell again. It is not
// for passing arguments a function could take: only request-scoped values
// (who is calling, the request's loaders) that cross API boundaries.
package ctxvalue

import "context"

// Key is the key of a value of type T on a context; keys are compared by
// identity, so two Keys never see each other's values.
type Key[T any] struct {
	name string
}

// New returns a key for values of type T; name says what they are, for
// debugging.
func New[T any](name string) *Key[T] {
	return &Key[T]{name: name}
}

// With returns ctx carrying v under k.
func (k *Key[T]) With(ctx context.Context, v T) context.Context {
	return context.WithValue(ctx, k, v)
}

// From returns the value ctx carries under k, and whether it carries one;
// T's zero value when it does not.
func (k *Key[T]) From(ctx context.Context) (T, bool) {
	v, ok := ctx.Value(k).(T)
	return v, ok
}

// String names the key, as context's String shows it.
func (k *Key[T]) String() string { return "ctxvalue." + k.name }
