package store

import (
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/eventgraph/eventgraph/domain"
)

// Helpers that read typed values out of records. A missing or null value
// reads as the zero value: the queries alias every column they return, so
// absence means "not set", not a typo.

func recordString(r *neo4j.Record, key string) string {
	v, _ := r.Get(key)
	s, _ := v.(string)
	return s
}

func recordInt(r *neo4j.Record, key string) int {
	v, _ := r.Get(key)
	n, _ := v.(int64)
	return int(n)
}

func recordBool(r *neo4j.Record, key string) bool {
	v, _ := r.Get(key)
	b, _ := v.(bool)
	return b
}

func recordStrings(r *neo4j.Record, key string) []string {
	v, _ := r.Get(key)
	return toStrings(v)
}

func toStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func prop[T any](m map[string]any, key string) T {
	v, _ := m[key].(T)
	return v
}

// at is the i-th element of a projected list, the zero value when the list
// is shorter or the element null.
func at[T any](l []any, i int) T {
	var v T
	if i < len(l) {
		v, _ = l[i].(T)
	}
	return v
}

func toTime(v any) time.Time {
	switch t := v.(type) {
	case time.Time:
		return t.UTC()
	case dbtype.LocalDateTime:
		return time.Time(t).UTC()
	case dbtype.Date:
		return time.Time(t).UTC()
	}
	return time.Time{}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func dateString(d *domain.FuzzyDate) any {
	if d == nil {
		return nil
	}
	return d.String()
}

func recordInts(r *neo4j.Record, key string) []int {
	v, _ := r.Get(key)
	list, _ := v.([]any)
	out := make([]int, 0, len(list))
	for _, x := range list {
		if n, ok := x.(int64); ok {
			out = append(out, int(n))
		}
	}
	return out
}
