// Command eventgraph is the one binary: serve the GraphQL API, migrate the
// schema, import curated facts, ingest and extract articles, generate a
// synthetic graph. main only wires packages together; the command line is
// read by cobra (flags before or after the arguments, --help on every
// subcommand, --version), and each subcommand returns an error so tests
// can drive it through run.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

// overview is the root command's help, above cobra's list of commands.
const overview = `eventgraph — an event timeline and knowledge-graph server

  eventgraph serve   [--addr 127.0.0.1:8080] [--sample-if-empty]   serve GraphQL, playground, explorer
  eventgraph migrate                                             apply constraints and indexes
  eventgraph import  FILE|-                                      import curated facts (JSON, see README)
  eventgraph ingest  PATH|URL|- [--meta FILE] [--published DATE] [--extractor rules|llm|hybrid]
  eventgraph ingest  --feed URL [--every 15m]                    extract articles and write their facts
  eventgraph extract PATH|URL|- [--meta FILE] [--published DATE] print the facts as JSON; no database
  eventgraph gen     --events N --actors M [--seed S] [--reset]   write a synthetic graph for benchmarks
  eventgraph keys add --file FILE --name NAME --role ROLE           make an API key (printed once; the file keeps its hash)

Flags go before or after the arguments ("eventgraph extract a.txt --published 2025-09-24").
Neo4j is reached through --neo4j-uri, --neo4j-user, --neo4j-password and
--neo4j-database, defaulting to NEO4J_URI (bolt://127.0.0.1:7687),
NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE. Access control (API keys,
JWT, CORS, Host names) is configured by EVENTGRAPH_* variables: see the
README's "Access control".`

// version is the release, set at build time with
// -ldflags "-X main.version=v1.2.3"; without it, the module version and
// commit Go records in the binary are shown.
var version = ""

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

// run executes the command line args; help and the version go to stdout.
func run(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer, log *slog.Logger) error {
	root := newRoot(log)
	root.SetArgs(longFlags(root, args))
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(os.Stderr)
	return root.ExecuteContext(ctx)
}

// newRoot builds the command tree.
func newRoot(log *slog.Logger) *cobra.Command {
	root := &cobra.Command{
		Use:           "eventgraph",
		Short:         "an event timeline and knowledge-graph server",
		Long:          overview,
		Version:       buildVersion(),
		SilenceErrors: true, // main prints the error once
		SilenceUsage:  true, // a failed run is not a usage mistake; flag errors say where help is
		// Anything left for the root is a command it does not have.
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return domain.Invalid("command", "unknown command %q (see eventgraph --help)", args[0])
			}
			return nil
		},
		RunE: func(c *cobra.Command, _ []string) error {
			if err := c.Help(); err != nil {
				return err
			}
			return domain.Invalid("command", "no command given")
		},
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return domain.Invalid("flags", "%v (see %s --help)", err, c.CommandPath())
	})
	root.AddCommand(serveCmd(log), migrateCmd(log), importCmd(), ingestCmd(log), extractCmd(), genCmd(log), keysCmd())
	return root
}

// longFlags rewrites single-dash long flags ("-addr", "-gqlgen-only"), which
// this binary took when it read flags with the standard library, to the
// double dash cobra reads, so existing scripts keep working. Single
// letters, "-" (standard input) and everything after "--" stay as they are.
func longFlags(root *cobra.Command, args []string) []string {
	cmd, _, err := root.Find(args)
	if err != nil {
		return args
	}
	out := make([]string, 0, len(args))
	for i, a := range args {
		if a == "--" {
			return append(out, args[i:]...)
		}
		if len(a) > 2 && a[0] == '-' && a[1] != '-' {
			name, _, _ := strings.Cut(a[1:], "=")
			if len(name) > 1 && (cmd.Flags().Lookup(name) != nil || cmd.InheritedFlags().Lookup(name) != nil) {
				a = "-" + a
			}
		}
		out = append(out, a)
	}
	return out
}

// buildVersion is version, or what the build recorded: the module version
// and the commit, marked when the tree had changes.
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev != "" {
		v += fmt.Sprintf(" (commit %.12s%s)", rev, modified)
	}
	return v
}

// exactlyOne is an Args check for a command that takes one argument,
// naming it in the error.
func exactlyOne(what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != 1 {
			return domain.Invalid(what, "%s takes one %s, got %d arguments (see %s --help)", c.Name(), what, len(args), c.CommandPath())
		}
		return nil
	}
}

// noArgs is an Args check for a command that takes only flags.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return domain.Invalid("arguments", "%s takes no arguments, got %q (see %s --help)", c.Name(), args, c.CommandPath())
	}
	return nil
}

// neo4jCommand is a command of no arguments that works on the graph: the
// command, its flags and the Neo4j configuration they already hold.
func neo4jCommand(use, short string) (*cobra.Command, *pflag.FlagSet, *store.Config) {
	c := &cobra.Command{Use: use, Short: short, Args: noArgs}
	return c, c.Flags(), neo4jFlags(c.Flags())
}

// neo4jFlags adds the connection flags, defaulting to the environment.
func neo4jFlags(fs *pflag.FlagSet) *store.Config {
	cfg := &store.Config{}
	fs.StringVar(&cfg.URI, "neo4j-uri", envOr("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j URI (bolt://, neo4j://, neo4j+s://) (NEO4J_URI)")
	fs.StringVar(&cfg.User, "neo4j-user", os.Getenv("NEO4J_USER"), "Neo4j user; empty: no auth (NEO4J_USER)")
	fs.StringVar(&cfg.Password, "neo4j-password", os.Getenv("NEO4J_PASSWORD"), "Neo4j password (NEO4J_PASSWORD)")
	fs.StringVar(&cfg.Database, "neo4j-database", os.Getenv("NEO4J_DATABASE"), "Neo4j database; empty: the server's default (NEO4J_DATABASE)")
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

// withStore opens the store, migrated, for one command's work and closes
// it when fn returns.
func withStore(ctx context.Context, cfg *store.Config, fn func(*store.Store) error) error {
	s, err := openStore(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	return fn(s)
}

func migrateCmd(log *slog.Logger) *cobra.Command {
	c, _, cfg := neo4jCommand("migrate", "apply constraints and indexes")
	c.RunE = func(c *cobra.Command, _ []string) error {
		return withStore(c.Context(), cfg, func(*store.Store) error {
			log.Info("migrated", "neo4j", cfg.URI)
			return nil
		})
	}
	return c
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
