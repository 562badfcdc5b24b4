package ctxvalue

import (
	"context"
	"testing"
)

// Two keys of one type never see each other's values; a context without
// the value gives the zero value and false.
func TestKeysAreDistinctAndTyped(t *testing.T) {
	a, b := New[string]("a"), New[string]("b")
	ctx := a.With(context.Background(), "alice")
	if v, ok := a.From(ctx); !ok || v != "alice" {
		t.Errorf("a.From = %q, %v; want alice, true", v, ok)
	}
	if v, ok := b.From(ctx); ok || v != "" {
		t.Errorf("b.From = %q, %v; want \"\", false", v, ok)
	}
	n := New[int]("n")
	if v, ok := n.From(b.With(ctx, "bob")); ok || v != 0 {
		t.Errorf("n.From = %d, %v; want 0, false", v, ok)
	}
}
