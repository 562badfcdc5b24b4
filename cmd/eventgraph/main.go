// Command eventgraph is the one binary: serve the GraphQL API, migrate the
// schema, import curated facts, ingest and extract articles. main only
// wires packages together; each subcommand is a function that returns an
// error so tests can drive it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

const usage = `eventgraph — an event timeline and knowledge-graph server

usage:
  eventgraph serve   [--addr 127.0.0.1:8080] [--sample-if-empty]   serve GraphQL, playground, explorer
  eventgraph migrate                                             apply constraints and indexes
  eventgraph import  FILE|-                                      import curated facts (JSON, see README)
  eventgraph ingest  PATH|URL|- [--meta FILE] [--extractor rules|llm]
                     | --feed URL [--every 15m]                  extract articles and write their facts
  eventgraph extract PATH|URL|- [--meta FILE]                    print the facts as JSON; no database
  eventgraph gen     --events N --actors M [--seed S] [--reset]   write a synthetic graph for benchmarks

Neo4j is reached through --neo4j-uri, --neo4j-user, --neo4j-password and
--neo4j-database, defaulting to NEO4J_URI (bolt://127.0.0.1:7687),
NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()}))
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, log); err != nil {
		fmt.Fprintln(os.Stderr, "eventgraph:", err)
		if domain.CodeOf(err) == domain.EInvalid {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer, log *slog.Logger) error {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return errors.New("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, rest, log)
	case "migrate":
		return migrate(ctx, rest, log)
	case "import":
		return importFacts(ctx, rest, stdin, stdout, log)
	case "ingest":
		return ingestCmd(ctx, rest, stdin, stdout, log)
	case "extract":
		return extractCmd(ctx, rest, stdin, stdout, log)
	case "gen":
		return gen(ctx, rest, stdout, log)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(os.Stderr, usage)
	return domain.Invalid("command", "unknown command %q", cmd)
}

// neo4jFlags adds the connection flags, defaulting to the environment.
func neo4jFlags(fs *flag.FlagSet) *store.Config {
	cfg := &store.Config{}
	fs.StringVar(&cfg.URI, "neo4j-uri", envOr("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j URI (bolt://, neo4j://, neo4j+s://)")
	fs.StringVar(&cfg.User, "neo4j-user", os.Getenv("NEO4J_USER"), "Neo4j user (empty: no auth)")
	fs.StringVar(&cfg.Password, "neo4j-password", os.Getenv("NEO4J_PASSWORD"), "Neo4j password")
	fs.StringVar(&cfg.Database, "neo4j-database", os.Getenv("NEO4J_DATABASE"), "Neo4j database (empty: the server's default)")
	return cfg
}

func openStore(ctx context.Context, cfg *store.Config, migrateSchema bool) (*store.Store, error) {
	s, err := store.Open(ctx, *cfg)
	if err != nil {
		return nil, err
	}
	if migrateSchema {
		if err := s.Migrate(ctx); err != nil {
			s.Close(ctx)
			return nil, fmt.Errorf("migrate %s: %w", cfg.URI, err)
		}
	}
	return s, nil
}

func migrate(ctx context.Context, args []string, log *slog.Logger) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	cfg := neo4jFlags(fs)
	if err := fs.Parse(args); err != nil {
		return domain.Invalid("flags", "%v", err)
	}
	s, err := openStore(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	log.Info("migrated", "neo4j", cfg.URI)
	return nil
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func logLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(os.Getenv("EVENTGRAPH_LOG_LEVEL"))); err != nil {
		return slog.LevelInfo
	}
	return l
}
