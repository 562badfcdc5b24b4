// Package llm is the optional extractor that asks a large language model for
// an article's facts: any OpenAI-compatible chat-completions endpoint, a
// hosted model or a local server such as Ollama or vLLM.
//
// It asks for structured output (response_format json_schema, strict, with
// the schema reflected from the Go types the answer is decoded into; plain
// json_object where a server refuses that), with the instructions in the user
// message so that chat templates that drop system messages still carry them.
// An article longer than the configured context is split into passages at
// sentence boundaries and the answers merged. Every fact is then checked
// against the article: a quote that is not in the text drops its statement,
// and every kept fact gets Evidence located in the text. Calls are bounded in
// number and time, retried on 429, 5xx and dropped connections, streamed so
// an abandoned one is closed, and cached by content.
//
// It is not the default extractor (that is loaders/extract/rules, offline and
// deterministic), it does not touch the database, and it does not resolve
// actors to graph ids: facts name actors by the names in FactSet.Actors.
package llm

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

// The environment variables ConfigFromEnv reads.
const (
	EnvURL       = "EVENTGRAPH_LLM_URL"
	EnvModel     = "EVENTGRAPH_LLM_MODEL"
	EnvAPIKey    = "EVENTGRAPH_LLM_API_KEY"
	EnvTimeout   = "EVENTGRAPH_LLM_TIMEOUT"
	EnvMaxTokens = "EVENTGRAPH_LLM_MAX_TOKENS"
	EnvContext   = "EVENTGRAPH_LLM_CONTEXT"
	EnvCacheDir  = "EVENTGRAPH_LLM_CACHE_DIR"
)

// Defaults New applies to zero Config fields.
const (
	DefaultConcurrency = 4
	DefaultMaxRetries  = 3
	DefaultTimeout     = 2 * time.Minute
	// DefaultMaxTokens bounds one answer. The facts of a news passage fit in
	// it; an answer cut off there is asked again for half the passage.
	DefaultMaxTokens = 1024
	// DefaultContext is the smallest context the extractor is tested with
	// (llama.cpp's server must be started with at least this, -c 4096): the
	// instructions take about 1,000 tokens and the answer up to MaxTokens,
	// which leaves a passage about 2,000.
	DefaultContext = 4096
	defaultBackoff = 500 * time.Millisecond
	maxBackoff     = 30 * time.Second
	maxRetryAfter  = 2 * time.Minute
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
	// Timeout bounds one HTTP attempt (default 2 minutes). An attempt that
	// runs out is closed (so the server can stop) and not retried.
	Timeout time.Duration
	// Budget bounds the whole extraction of one article, every passage and
	// retry included (default 5 × Timeout).
	Budget time.Duration
	// MaxTokens is sent as max_tokens: the longest answer (default 1024).
	MaxTokens int
	// Context is the model's context window in tokens as the server runs it
	// (default 4096). An article whose prompt and answer would not fit is
	// split into passages.
	Context int
	// CacheDir, when set, keeps answers on disk as well as in memory, so a
	// re-run over the same articles makes no calls.
	CacheDir string
	// HTTPClient is used for the calls (default: a plain http.Client).
	HTTPClient *http.Client
}

// ConfigFromEnv returns a Config read from EVENTGRAPH_LLM_URL, _MODEL,
// _API_KEY, _TIMEOUT (a Go duration, "90s"), _MAX_TOKENS, _CONTEXT and
// _CACHE_DIR; what
// is unset is left for New to default. A value that does not parse is a
// BAD_USER_INPUT error naming the variable.
func ConfigFromEnv() (Config, error) {
	cfg := Config{
		URL:      strings.TrimSpace(os.Getenv(EnvURL)),
		Model:    strings.TrimSpace(os.Getenv(EnvModel)),
		APIKey:   strings.TrimSpace(os.Getenv(EnvAPIKey)),
		CacheDir: strings.TrimSpace(os.Getenv(EnvCacheDir)),
	}
	if v := strings.TrimSpace(os.Getenv(EnvTimeout)); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return cfg, domain.Invalid(EnvTimeout, "%q is not a positive duration such as 90s or 5m", v)
		}
		cfg.Timeout = d
	}
	for _, n := range []struct {
		env string
		dst *int
	}{{EnvMaxTokens, &cfg.MaxTokens}, {EnvContext, &cfg.Context}} {
		if v := strings.TrimSpace(os.Getenv(n.env)); v != "" {
			i, err := strconv.Atoi(v)
			if err != nil || i <= 0 {
				return cfg, domain.Invalid(n.env, "%q is not a positive number of tokens", v)
			}
			*n.dst = i
		}
	}
	return cfg, nil
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

	// format is the response format the endpoint takes (formatJSONSchema
	// until it refuses it; see responseFormat).
	format atomic.Int32

	requests  atomic.Int64
	retries   atomic.Int64
	cacheHits atomic.Int64
}

var _ extract.Extractor = (*Extractor)(nil)

// New checks cfg, fills its defaults and returns an Extractor. A missing URL
// or model is a BAD_USER_INPUT error naming the environment variable to set.
func New(cfg Config) (*Extractor, error) {
	if strings.TrimSpace(cfg.URL) == "" {
		return nil, domain.Invalid("llm.url", "no endpoint URL: set --llm-url or %s", EnvURL)
	}
	if strings.TrimSpace(cfg.Model) == "" {
		return nil, domain.Invalid("llm.model", "no model name: set --llm-model or %s", EnvModel)
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
	if cfg.Budget <= 0 {
		cfg.Budget = 5 * cfg.Timeout
	}
	if cfg.MaxTokens <= 0 {
		cfg.MaxTokens = DefaultMaxTokens
	}
	if cfg.Context <= 0 {
		cfg.Context = DefaultContext
	}
	if room := passageRoom(cfg); room < minPassageTokens {
		return nil, domain.Invalid("llm.context", "a context of %d tokens leaves %d for the article after the instructions (about %d) and the answer (max tokens %d); give at least %d",
			cfg.Context, max(room, 0), promptTokens, cfg.MaxTokens, promptTokens+cfg.MaxTokens+minPassageTokens)
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

// Extract asks the model for the article's facts, passage by passage when
// the article does not fit the context (or takes earlier answers from the
// cache), merges the answers and checks them against the text. known is
// used to accept fact references to actors the graph already has.
func (e *Extractor) Extract(ctx context.Context, article domain.Article, known extract.Gazetteer) (domain.FactSet, error) {
	if strings.TrimSpace(article.Text) == "" {
		return domain.FactSet{}, domain.Invalid("article.text", "article %q has no text to extract from", article.ID)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, e.cfg.Budget,
		fmt.Errorf("the article's budget of %s (5 × --llm-timeout) ran out", e.cfg.Budget))
	defer cancel()
	passages := splitPassages(article.Text, passageRoom(e.cfg))
	var warnings []string
	if len(passages) > 1 {
		warnings = append(warnings, fmt.Sprintf("llm: the article (about %d tokens) does not fit a context of %d tokens with the instructions and the answer: extracted in %d passages",
			estimateTokens(article.Text), e.cfg.Context, len(passages)))
	}
	var answers []answer
	for _, p := range passages {
		got, err := e.extractPassage(ctx, article, p, &warnings)
		if err != nil {
			return domain.FactSet{}, fmt.Errorf("llm extract %s: %w", articleLabel(article), err)
		}
		answers = append(answers, got...)
	}
	facts := convert(mergeAnswers(answers), article, known, e.Name())
	dedupeFacts(&facts)
	facts.Warnings = append(warnings, facts.Warnings...)
	return facts, nil
}

// maxSplits bounds how often a passage whose answer was cut off (or whose
// prompt did not fit) is halved before the extraction gives up.
const maxSplits = 3

// extractPassage gets the answer for one passage, from the cache or the
// model, halving the passage and asking again when the answer was cut off
// or the prompt did not fit.
func (e *Extractor) extractPassage(ctx context.Context, a domain.Article, p passage, warnings *[]string) ([]answer, error) {
	key := cacheKey(e.cfg.Model, domain.Article{Text: p.text, PublishedAt: a.PublishedAt})
	if content, hit := e.cache.get(key); hit {
		e.cacheHits.Add(1)
		ans, err := decodeAnswer(content)
		if err == nil {
			return []answer{ans}, nil
		}
	}
	c, err := e.completeInAFormat(ctx, buildMessages(a, p), warnings)
	cutOff := err == nil && c.finishReason == "length"
	if cutOff || errors.Is(err, errContextExceeded) {
		halves, ok := p.halve()
		if !ok || p.depth >= maxSplits {
			if cutOff {
				return nil, fmt.Errorf("llm endpoint %s: %w (finish_reason \"length\" at max tokens %d) for a passage of about %d tokens that is not split further: raise --llm-max-tokens",
					e.endpoint, ErrCutOff, e.cfg.MaxTokens, estimateTokens(p.text))
			}
			return nil, fmt.Errorf("a passage of about %d tokens, not split further: %w", estimateTokens(p.text), err)
		}
		var out []answer
		for _, h := range halves {
			got, err := e.extractPassage(ctx, a, h, warnings)
			if err != nil {
				return nil, err
			}
			out = append(out, got...)
		}
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(c.content) == "" {
		return nil, fmt.Errorf("llm endpoint %s: %w (finish_reason %q)", e.endpoint, ErrEmptyAnswer, c.finishReason)
	}
	ans, err := decodeAnswer(c.content)
	if err != nil {
		return nil, fmt.Errorf("llm endpoint %s answered: %w", e.endpoint, err)
	}
	if full := fullLists(c.content); len(full) > 0 {
		*warnings = append(*warnings, fmt.Sprintf("llm: the answer for a passage of about %d tokens filled %s, the most the schema allows: the passage may hold more (a smaller --llm-context sends smaller passages)",
			estimateTokens(p.text), strings.Join(full, ", ")))
	}
	// Only answers that decode are kept, so a bad answer is asked again.
	if err := e.cache.put(key, c.content); err != nil {
		*warnings = append(*warnings, "llm cache: "+err.Error())
	}
	return []answer{ans}, nil
}

// completeInAFormat asks in the best response format the endpoint takes,
// stepping down a format each time it refuses one; the facts' warnings say
// which format was used when it was not the first.
func (e *Extractor) completeInAFormat(ctx context.Context, msgs []message, warnings *[]string) (completion, error) {
	for {
		level := e.format.Load()
		c, err := e.complete(ctx, msgs, level)
		if errors.Is(err, errSchemaRefused) && level < formatJSONObject {
			// Step down once, whichever of the parallel callers saw it first.
			e.format.CompareAndSwap(level, level+1)
			*warnings = append(*warnings, fmt.Sprintf("llm: %s refused %s (%v)", e.endpoint, describeFormat(level), clip(err.Error(), 300)))
			continue
		}
		if err == nil && level > formatJSONSchema && !slices.ContainsFunc(*warnings, isFormatWarning) {
			*warnings = append(*warnings, fmt.Sprintf("llm: asked %s for %s: it refused the strict json_schema", e.endpoint, describeFormat(level)))
		}
		return c, err
	}
}

func isFormatWarning(w string) bool {
	return strings.Contains(w, "asked ") && strings.Contains(w, "response_format")
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
