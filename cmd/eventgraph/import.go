package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders"
)

func importFacts(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer, log *slog.Logger) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	cfg := neo4jFlags(fs)
	if err := fs.Parse(args); err != nil {
		return domain.Invalid("flags", "%v", err)
	}
	if fs.NArg() != 1 {
		return domain.Invalid("FILE", "import takes one file (or - for standard input)")
	}
	var data []byte
	var err error
	if name := fs.Arg(0); name == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	s, err := openStore(ctx, cfg, true)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	rep, err := loaders.ImportJSON(ctx, s, data)
	if err != nil {
		return fmt.Errorf("import %s: %w", fs.Arg(0), err)
	}
	fmt.Fprintf(stdout, "imported: %d actors created, %d merged; %d events created, %d merged\n",
		rep.ActorsCreated, rep.ActorsMerged, rep.EventsCreated, rep.EventsMerged)
	return nil
}
