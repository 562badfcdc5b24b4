package dates_test

import (
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/internal/fuzzbound"
	"github.com/eventgraph/eventgraph/internal/testpaths"
	"github.com/eventgraph/eventgraph/loaders/extract/dates"
)

// FuzzFind: no text makes the date resolver panic or hang, with or without
// a publication date, and every mention it returns lies inside the text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"on Tuesday", "last week", "23 September 2025", "in March", "November 2003",
		"between 3 and 5 May", "the 1990s", "next Thursday's meeting", "31 February", "2025-09-24"} {
		f.Add(s, int64(20355))
		f.Add(s, int64(0))
	}
	for _, b := range fuzzbound.Files(filepath.Join(testpaths.RepoRoot(), "loaders", "testdata", "real", "dev", "*.txt"), 10) {
		f.Add(string(b), int64(20000))
	}
	f.Fuzz(func(t *testing.T, text string, day int64) {
		if len(text) > fuzzbound.MaxInput {
			return
		}
		published := fuzzbound.Day(day)
		fuzzbound.Within(t, []byte(text), func() {
			for _, m := range dates.Find(text, published) {
				if m.Start < 0 || m.End < m.Start || m.End > len(text) {
					t.Fatalf("mention %+v outside the %d-byte text", m, len(text))
				}
			}
		})
	})
}
