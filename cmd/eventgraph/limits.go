package main

import (
	"os"
	"strconv"
	"time"

	"github.com/spf13/pflag"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/server"
)

// limitFlags adds serve's request limits, each defaulting to its
// environment variable and then to server.DefaultLimits; load reads them
// once the flags are parsed.
type limitFlags struct {
	lim             server.Limits
	persistedFile   string
	noIntrospection bool
	err             error
}

func newLimitFlags(fs *pflag.FlagSet) *limitFlags {
	f := &limitFlags{}
	d := server.DefaultLimits()
	f.intVar(fs, &f.lim.MaxCost, "max-cost", "EVENTGRAPH_MAX_COST", d.MaxCost, "most an operation may cost (objects its answer may hold)")
	f.intVar(fs, &f.lim.MaxDepth, "max-depth", "EVENTGRAPH_MAX_DEPTH", d.MaxDepth, "deepest fields may nest")
	f.intVar(fs, &f.lim.MaxAliases, "max-aliases", "EVENTGRAPH_MAX_ALIASES", d.MaxAliases, "most aliased fields in a document")
	f.intVar(fs, &f.lim.MaxTokens, "max-tokens", "EVENTGRAPH_MAX_TOKENS", d.MaxTokens, "most tokens in a document")
	f.intVar(fs, &f.lim.MaxFields, "max-fields", "EVENTGRAPH_MAX_FIELDS", d.MaxFields, "most fields a document selects, fragments expanded")
	f.intVar(fs, &f.lim.MaxRepeats, "max-repeats", "EVENTGRAPH_MAX_REPEATS", d.MaxRepeats, "most times one response name is selected in one place")
	f.int64Var(fs, &f.lim.MaxBodyBytes, "max-body", "EVENTGRAPH_MAX_BODY_BYTES", d.MaxBodyBytes, "largest POST body, in bytes")
	f.durationVar(fs, &f.lim.BodyTimeout, "body-timeout", "EVENTGRAPH_BODY_TIMEOUT", d.BodyTimeout, "longest a POST body may take to arrive")
	f.durationVar(fs, &f.lim.RequestTimeout, "request-timeout", "EVENTGRAPH_REQUEST_TIMEOUT", d.RequestTimeout, "each operation's deadline, Neo4j transactions included")
	f.floatVar(fs, &f.lim.RateCostPerSecond, "rate", "EVENTGRAPH_RATE", 0, "each client's budget of cost per second (0: no rate limit)")
	f.intVar(fs, &f.lim.RateBurst, "rate-burst", "EVENTGRAPH_RATE_BURST", 0, "the most cost a client may spend at once (at least max-cost)")
	f.boolVar(fs, &f.lim.PersistedOnly, "persisted-only", "EVENTGRAPH_PERSISTED_ONLY", false, "run only the documents registered by --persisted-queries")
	fs.StringVar(&f.persistedFile, "persisted-queries", os.Getenv("EVENTGRAPH_PERSISTED_QUERIES"), "JSON file of registered documents (EVENTGRAPH_PERSISTED_QUERIES)")
	f.boolVar(fs, &f.noIntrospection, "no-introspection", "EVENTGRAPH_NO_INTROSPECTION", false, "refuse introspection queries")
	return f
}

// load returns the limits once flags are parsed, with the registered
// documents read.
func (f *limitFlags) load() (server.Limits, error) {
	if f.err != nil {
		return f.lim, f.err
	}
	if f.persistedFile != "" {
		pq, err := server.LoadPersistedQueries(f.persistedFile)
		if err != nil {
			return f.lim, err
		}
		f.lim.PersistedQueries = pq
	}
	if f.lim.PersistedOnly && f.lim.PersistedQueries == nil {
		return f.lim, domain.Invalid("persisted-only", "needs -persisted-queries (EVENTGRAPH_PERSISTED_QUERIES): no document would run")
	}
	return f.lim, nil
}

// The helpers below read a flag's default from env; a malformed env value
// is an error load reports.

func (f *limitFlags) intVar(fs *pflag.FlagSet, p *int, name, env string, def int, usage string) {
	fs.IntVar(p, name, envDefault(f, env, def, strconv.Atoi), usage+" ("+env+")")
}

func (f *limitFlags) int64Var(fs *pflag.FlagSet, p *int64, name, env string, def int64, usage string) {
	parse := func(v string) (int64, error) { return strconv.ParseInt(v, 10, 64) }
	fs.Int64Var(p, name, envDefault(f, env, def, parse), usage+" ("+env+")")
}

func (f *limitFlags) floatVar(fs *pflag.FlagSet, p *float64, name, env string, def float64, usage string) {
	parse := func(v string) (float64, error) { return strconv.ParseFloat(v, 64) }
	fs.Float64Var(p, name, envDefault(f, env, def, parse), usage+" ("+env+")")
}

func (f *limitFlags) durationVar(fs *pflag.FlagSet, p *time.Duration, name, env string, def time.Duration, usage string) {
	fs.DurationVar(p, name, envDefault(f, env, def, time.ParseDuration), usage+" ("+env+")")
}

func (f *limitFlags) boolVar(fs *pflag.FlagSet, p *bool, name, env string, def bool, usage string) {
	fs.BoolVar(p, name, envDefault(f, env, def, strconv.ParseBool), usage+" ("+env+")")
}

// envDefault is a flag's default: env's value read by parse when env is
// set, else def. A value parse refuses is remembered for load (fail),
// which then fails, so what it reads as does not matter.
func envDefault[T any](f *limitFlags, env string, def T, parse func(string) (T, error)) T {
	v := os.Getenv(env)
	if v == "" {
		return def
	}
	n, err := parse(v)
	if err != nil {
		f.fail(env, v)
	}
	return n
}

func (f *limitFlags) fail(env, v string) {
	if f.err == nil {
		f.err = domain.Invalid(env, "%q is not a valid value", v)
	}
}
