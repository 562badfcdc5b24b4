// Package fuzzbound helps fuzz targets fail on a hang: Go's fuzzing has
// no time limit per input, so an input that makes the code loop would
// only show as a fuzz run that never ends.
package fuzzbound

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// PerInput is how long one input may take: far above what any real input
// needs (milliseconds), so a slow, loaded machine does not fail it.
const PerInput = 10 * time.Second

// MaxInput is the largest input the targets try, in bytes: real articles
// are smaller, and a larger input only slows the fuzzer down.
const MaxInput = 64 << 10

// Within runs f and fails t if it has not returned after PerInput.
func Within(t *testing.T, input []byte, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(PerInput):
		t.Fatalf("no answer after %v for the %d-byte input %q", PerInput, len(input), clip(input))
	}
}

// Day is the publication day a fuzzed number stands for, for targets that
// fuzz a text with its date: day days after 1970 for 1 to 99999, else no
// date (the zero time), so the fuzzer tries undated texts too.
func Day(day int64) time.Time {
	if day > 0 && day < 100000 {
		return time.Unix(day*86400, 0).UTC()
	}
	return time.Time{}
}

func clip(b []byte) []byte {
	if len(b) > 200 {
		return b[:200]
	}
	return b
}

// Files returns the contents of up to n files matching pattern, sorted by
// name, to seed a fuzz target with real text. A pattern matching nothing
// (../shared absent) gives none.
func Files(pattern string, n int) [][]byte {
	paths, _ := filepath.Glob(pattern)
	sort.Strings(paths)
	var out [][]byte
	for _, p := range paths {
		if len(out) == n {
			break
		}
		if b, err := os.ReadFile(p); err == nil && len(b) <= MaxInput {
			out = append(out, b)
		}
	}
	return out
}
