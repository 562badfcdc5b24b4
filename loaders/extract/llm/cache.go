package llm

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// maxMemoryEntries bounds the in-memory cache of a long-running process;
// the oldest answers go first. The disk cache is not bounded.
const maxMemoryEntries = 1024

// answerCache keeps the model's raw answers by cacheKey, in memory and, when
// dir is set, as one file per answer. Raw answers (not facts) are kept so
// that checking against the article and the gazetteer is always done fresh.
type answerCache struct {
	dir   string
	mu    sync.Mutex
	mem   map[string]string
	order []string // insertion order, for eviction
}

func newAnswerCache(dir string) *answerCache {
	return &answerCache{dir: dir, mem: make(map[string]string)}
}

// cacheKey identifies a question: the model, the prompt version, the
// article's content and its publication date (which the prompt carries).
func cacheKey(model string, a domain.Article) string {
	published := ""
	if !a.PublishedAt.IsZero() {
		published = a.PublishedAt.UTC().Format(time.RFC3339)
	}
	h := sha256.New()
	for _, part := range []string{model, promptVersion, domain.ContentHash(a.Text), published} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (c *answerCache) get(key string) (string, bool) {
	c.mu.Lock()
	content, ok := c.mem[key]
	c.mu.Unlock()
	if ok || c.dir == "" {
		return content, ok
	}
	b, err := os.ReadFile(c.path(key))
	if err != nil {
		return "", false // a missing or unreadable file is a miss
	}
	c.remember(key, string(b))
	return string(b), true
}

func (c *answerCache) put(key, content string) error {
	c.remember(key, content)
	if c.dir == "" {
		return nil
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return fmt.Errorf("create cache dir: %w", err)
	}
	// Write then rename, so a crash or a parallel reader never sees half a file.
	tmp, err := os.CreateTemp(c.dir, key+".*.tmp")
	if err != nil {
		return fmt.Errorf("write cache: %w", err)
	}
	_, werr := tmp.WriteString(content)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write cache %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), c.path(key)); err != nil && !errors.Is(err, fs.ErrExist) {
		os.Remove(tmp.Name())
		return fmt.Errorf("write cache: %w", err)
	}
	return nil
}

func (c *answerCache) remember(key, content string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.mem[key]; ok {
		return
	}
	if len(c.order) >= maxMemoryEntries {
		delete(c.mem, c.order[0])
		c.order = c.order[1:]
	}
	c.mem[key] = content
	c.order = append(c.order, key)
}

func (c *answerCache) path(key string) string {
	return filepath.Join(c.dir, key+".json")
}
