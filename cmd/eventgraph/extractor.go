package main

import (
	"time"

	"github.com/spf13/pflag"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/hybrid"
	"github.com/eventgraph/eventgraph/loaders/extract/llm"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
)

// extractorFlags choose the extractor and, for a model, its endpoint and
// limits; extract, ingest and serve share them. Each flag defaults to its
// EVENTGRAPH_ variable.
type extractorFlags struct {
	extractor string
	llm       llm.Config
	envErr    error // an EVENTGRAPH_LLM_* value that does not parse
}

func (f *extractorFlags) add(fs *pflag.FlagSet) {
	f.llm, f.envErr = llm.ConfigFromEnv()
	fs.StringVar(&f.extractor, "extractor", envOr("EVENTGRAPH_EXTRACTOR", "rules"),
		"rules (offline), llm (a model at --llm-url) or hybrid (rules, plus the model's checked meetings, interactions, shifts and quotes)")
	fs.StringVar(&f.llm.URL, "llm-url", f.llm.URL, "OpenAI-compatible endpoint for llm/hybrid, e.g. http://127.0.0.1:8080/v1 ("+llm.EnvURL+")")
	fs.StringVar(&f.llm.Model, "llm-model", f.llm.Model, "model name the endpoint knows ("+llm.EnvModel+"; the key is read from "+llm.EnvAPIKey+" only)")
	fs.DurationVar(&f.llm.Timeout, "llm-timeout", orDuration(f.llm.Timeout, llm.DefaultTimeout), "bound on one request; an abandoned request is closed and not retried ("+llm.EnvTimeout+")")
	fs.IntVar(&f.llm.MaxTokens, "llm-max-tokens", orInt(f.llm.MaxTokens, llm.DefaultMaxTokens), "longest answer, sent as max_tokens; a passage whose answer is cut off is halved ("+llm.EnvMaxTokens+")")
	fs.StringVar(&f.llm.CacheDir, "llm-cache-dir", f.llm.CacheDir, "keep the model's answers here too, so a re-run over the same articles asks nothing ("+llm.EnvCacheDir+"; default: memory only)")
	fs.IntVar(&f.llm.Context, "llm-context", orInt(f.llm.Context, llm.DefaultContext), "the model's context in tokens as the server runs it; longer articles are split into passages ("+llm.EnvContext+")")
}

// newExtractor returns the extractor the flags ask for.
func (f *extractorFlags) newExtractor() (extract.Extractor, error) {
	switch f.extractor {
	case "rules":
		return rules.New(), nil
	case "llm", "hybrid":
		if f.envErr != nil {
			return nil, f.envErr
		}
		m, err := llm.New(f.llm)
		if err != nil {
			return nil, err
		}
		if f.extractor == "llm" {
			return m, nil
		}
		return hybrid.New(rules.New(), m), nil
	}
	return nil, domain.Invalid("--extractor", "%q is not rules, llm or hybrid", f.extractor)
}

func orDuration(v, def time.Duration) time.Duration {
	if v > 0 {
		return v
	}
	return def
}

func orInt(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}
