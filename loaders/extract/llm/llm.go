// Package llm is the optional extractor that asks a large language model for
// an article's facts: any OpenAI-compatible chat-completions endpoint, a
// hosted model or a local server such as Ollama or vLLM.
//
// It sends the fact schema and the publication date as the system message and
// the article text as the user message, asks for JSON only, and then checks
// every fact against the article: a quote that is not in the text drops its
// statement, and every kept fact gets Evidence located in the text. Calls are
// bounded in number, retried on 429, 5xx and timeouts, and cached by content.
//
// It is not the default extractor (that is loaders/extract/rules, offline and
// deterministic), it does not touch the database, and it does not resolve
// actors to graph ids: facts name actors by the names in FactSet.Actors.
package llm

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// The environment variables ConfigFromEnv reads.
const (
	EnvURL    = "EVENTGRAPH_LLM_URL"
	EnvModel  = "EVENTGRAPH_LLM_MODEL"
	EnvAPIKey = "EVENTGRAPH_LLM_API_KEY"
)

// Defaults New applies to zero Config fields.
const (
	DefaultConcurrency = 4
	DefaultMaxRetries  = 3
	DefaultTimeout     = 2 * time.Minute
	defaultBackoff     = 500 * time.Millisecond
	maxBackoff         = 30 * time.Second
	maxRetryAfter      = 2 * time.Minute
)

// Config says which endpoint and model to use and how hard to push it.
type Config struct {
	// URL is the endpoint's base URL. "http://host:11434", "http://host/v1"
	// and a full ".../chat/completions" URL are all accepted; see Endpoint.
	URL string
	// Model is the model name the endpoint knows ("llama3.1:8b", "gpt-4o-mini").
	Model string
	// APIKey, when set, is sent as "Authorization: Bearer <APIKey>".
	APIKey string
	// Concurrency bounds the requests in flight from one Extractor (default 4).
	Concurrency int
	// MaxRetries is how many times a request is retried after a 429, a 5xx,
	// a timeout or a connection failure (default 3; negative means none).
	MaxRetries int
	// Timeout bounds one HTTP attempt (default 2 minutes).
	Timeout time.Duration
	// CacheDir, when set, keeps answers on disk as well as in memory, so a
	// re-run over the same articles makes no calls.
	CacheDir string
	// HTTPClient is used for the calls (default: a plain http.Client).
	HTTPClient *http.Client
}

// ConfigFromEnv returns a Config with URL, Model and APIKey read from
// EVENTGRAPH_LLM_URL, EVENTGRAPH_LLM_MODEL and EVENTGRAPH_LLM_API_KEY; the
// other fields are left for New to default.
func ConfigFromEnv() Config {
	return Config{
		URL:    strings.TrimSpace(os.Getenv(EnvURL)),
		Model:  strings.TrimSpace(os.Getenv(EnvModel)),
		APIKey: strings.TrimSpace(os.Getenv(EnvAPIKey)),
	}
}

// Endpoint returns the chat-completions URL for a base URL. A URL whose path
// already ends in /chat/completions is used as it is; a URL with no path gets
// /v1/chat/completions (Ollama, vLLM and hosted APIs all serve it there); any
// other path ("/v1", "/api/v1", "/v1beta/openai") is taken as the API root
// and gets /chat/completions.
func Endpoint(base string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(base))
	if err != nil {
		return "", domain.Invalid("llm.url", "%q is not a URL: %v", base, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", domain.Invalid("llm.url", "%q is not an http(s) URL with a host", base)
	}
	path := strings.TrimRight(u.Path, "/")
	switch {
	case strings.HasSuffix(path, "/chat/completions"):
	case path == "":
		path = "/v1/chat/completions"
	default:
		path += "/chat/completions"
	}
	u.Path, u.RawPath = path, ""
	return u.String(), nil
}

// Extractor is the LLM extractor. It is safe for concurrent use; all its
// calls share one concurrency bound and one cache.
type Extractor struct {
	cfg      Config
	endpoint string
	sem      chan struct{}
	cache    *answerCache
	// sleep waits between retries; tests replace it to record the waits.
	sleep func(ctx context.Context, d time.Duration) error

	requests  atomic.Int64
	retries   atomic.Int64
	cacheHits atomic.Int64
}

var _ extract.Extractor = (*Extractor)(nil)

// New checks cfg, fills its defaults and returns an Extractor. A missing URL
// or model is a BAD_USER_INPUT error naming the environment variable to set.
func New(cfg Config) (*Extractor, error) {
	if strings.TrimSpace(cfg.URL) == "" {
		return nil, domain.Invalid("llm.url", "no endpoint URL: set %s or Config.URL", EnvURL)
	}
	if strings.TrimSpace(cfg.Model) == "" {
		return nil, domain.Invalid("llm.model", "no model name: set %s or Config.Model", EnvModel)
	}
	endpoint, err := Endpoint(cfg.URL)
	if err != nil {
		return nil, err
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = DefaultMaxRetries
	} else if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{}
	}
	cfg.Model = strings.TrimSpace(cfg.Model)
	return &Extractor{
		cfg:      cfg,
		endpoint: endpoint,
		sem:      make(chan struct{}, cfg.Concurrency),
		cache:    newAnswerCache(cfg.CacheDir),
		sleep:    sleepCtx,
	}, nil
}

// Name identifies the extractor in provenance: "llm/<model>".
func (e *Extractor) Name() string { return "llm/" + e.cfg.Model }

// Stats counts what an Extractor has done since New.
type Stats struct {
	Requests  int64 // HTTP attempts, retries included
	Retries   int64 // attempts that were retries
	CacheHits int64 // Extract calls answered from the cache
}

// Stats returns the counters so far.
func (e *Extractor) Stats() Stats {
	return Stats{Requests: e.requests.Load(), Retries: e.retries.Load(), CacheHits: e.cacheHits.Load()}
}

// Extract asks the model for the article's facts (or takes its earlier
// answer from the cache) and checks them against the text. known is used to
// accept fact references to actors the graph already has.
func (e *Extractor) Extract(ctx context.Context, article domain.Article, known extract.Gazetteer) (domain.FactSet, error) {
	if strings.TrimSpace(article.Text) == "" {
		return domain.FactSet{}, domain.Invalid("article.text", "article %q has no text to extract from", article.ID)
	}
	key := cacheKey(e.cfg.Model, article)
	content, hit := e.cache.get(key)
	if hit {
		e.cacheHits.Add(1)
	} else {
		var err error
		content, err = e.complete(ctx, buildMessages(article))
		if err != nil {
			return domain.FactSet{}, fmt.Errorf("llm extract %s: %w", articleLabel(article), err)
		}
	}
	ans, err := decodeAnswer(content)
	if err != nil {
		return domain.FactSet{}, fmt.Errorf("llm extract %s: %w", articleLabel(article), err)
	}
	facts := convert(ans, article, known, e.Name())
	if !hit {
		// Only answers that decode are kept, so a bad answer is asked again.
		if err := e.cache.put(key, content); err != nil {
			facts.Warnings = append(facts.Warnings, "llm cache: "+err.Error())
		}
	}
	return facts, nil
}

func articleLabel(a domain.Article) string {
	switch {
	case a.URL != "":
		return a.URL
	case a.ID != "":
		return a.ID
	}
	return "article " + domain.ContentHash(a.Text)[:12]
}

// backoff is the wait before retry number attempt (0-based): exponential
// from defaultBackoff, capped, with jitter so parallel callers spread out.
// A server's Retry-After wins when it gave one.
func backoff(attempt int, retryAfter time.Duration, hasRetryAfter bool) time.Duration {
	if hasRetryAfter {
		return min(retryAfter, maxRetryAfter)
	}
	d := defaultBackoff << min(attempt, 10)
	d = min(d, maxBackoff)
	return d/2 + rand.N(d/2+1)
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
