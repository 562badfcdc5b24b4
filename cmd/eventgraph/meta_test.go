package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// TestMetaIsReadAsAFoldersSidecar holds --meta to the sidecar reader of
// loaders/source: published_at and language count, and a bad date is a
// usage error naming --meta and the field.
func TestMetaIsReadAsAFoldersSidecar(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"url": "https://example.org/a", "published_at": "2025-09-24", "language": "en"}`), 0o644)
	f := sourceFlags{meta: good}
	opt, err := f.options()
	if err != nil {
		t.Fatal(err)
	}
	if m := opt.Meta; m.URL != "https://example.org/a" || m.Language != "en" || !m.PublishedAt.Equal(time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("--meta read %+v", m)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"publishedAt": "last Tuesday"}`), 0o644)
	f = sourceFlags{meta: bad}
	if _, err := f.options(); domain.CodeOf(err) != domain.EInvalid || !strings.HasPrefix(err.Error(), "--meta publishedAt: "+bad) {
		t.Errorf("bad date: %v", err)
	}
	f = sourceFlags{meta: filepath.Join(dir, "missing.json")}
	if _, err := f.options(); domain.CodeOf(err) != domain.EInvalid || !strings.HasPrefix(err.Error(), "--meta: ") {
		t.Errorf("missing file: %v", err)
	}
}
