package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/resolve"
	"github.com/eventgraph/eventgraph/store"
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
	rep, err := importJSON(ctx, s, data)
	if err != nil {
		return fmt.Errorf("import %s: %w", fs.Arg(0), err)
	}
	fmt.Fprintf(stdout, "imported: %d actors created, %d merged; %d events created, %d merged\n",
		rep.ActorsCreated, rep.ActorsMerged, rep.EventsCreated, rep.EventsMerged)
	return nil
}

// importJSON decodes a curated FactSet (unknown fields are errors, so a typo
// does not silently drop data), resolves it against the graph and writes it
// in one transaction.
func importJSON(ctx context.Context, s *store.Store, data []byte) (store.WriteReport, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var facts domain.FactSet
	if err := dec.Decode(&facts); err != nil {
		return store.WriteReport{}, domain.Invalid("file", "not a facts document: %v", err)
	}
	resolved, err := resolve.Resolve(ctx, s, facts)
	if err != nil {
		return store.WriteReport{}, err
	}
	return s.WriteFacts(ctx, resolved)
}
