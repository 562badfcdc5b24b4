package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/store"
)

func importCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "import FILE|-",
		Short: "import curated facts documents (JSON, see the README); - reads standard input",
		Args:  exactlyOne("FILE"),
	}
	cfg := neo4jFlags(c.Flags())
	c.RunE = func(c *cobra.Command, args []string) error {
		ctx, name := c.Context(), args[0]
		var data []byte
		var err error
		if name == "-" {
			data, err = io.ReadAll(c.InOrStdin())
		} else {
			data, err = os.ReadFile(name)
		}
		if err != nil {
			return domain.Invalid("FILE", "%v", err)
		}
		return withStore(ctx, cfg, func(s *store.Store) error {
			rep, err := loaders.ImportJSON(ctx, s, data)
			if err != nil {
				return fmt.Errorf("import %s: %w", name, err)
			}
			fmt.Fprintf(c.OutOrStdout(), "imported: %d actors created, %d merged; %d events created, %d merged\n",
				rep.ActorsCreated, rep.ActorsMerged, rep.EventsCreated, rep.EventsMerged)
			return nil
		})
	}
	return c
}
