package batch

import "sync"

// Memo returns what compute returns for key, computing it once per
// request: siblings in a list share work that depends only on the query
// (what a field's selection asks for), so they reach their loaders sooner.
func Memo[V any](l *Loaders, key any, compute func() V) V {
	f, _ := l.memo.LoadOrStore(key, sync.OnceValue(compute))
	return f.(func() V)()
}

// Shared returns what fetch returns for key, fetching it once per request:
// the first caller runs fetch, callers meanwhile wait for its answer. The
// siblings of a list use it to load all their pages as one batch whatever
// the order and timing of their resolvers.
func Shared[V any](l *Loaders, key any, fetch func() (V, error)) (V, error) {
	f, _ := l.memo.LoadOrStore(key, sync.OnceValues(fetch))
	return f.(func() (V, error))()
}
