// Command graphdump prints the canonical summary of a graph
// (store.GraphDump): its digest, counts by label and type, and with -lines
// every line. bench/bulkcheck.sh compares the graph gen writes through
// transactions with the one it bulk-imports.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/eventgraph/eventgraph/store"
)

func main() {
	uri := flag.String("neo4j-uri", "bolt://127.0.0.1:7687", "the Neo4j to read")
	lines := flag.Bool("lines", false, "print every line of the dump after the summary")
	limit := flag.Int("limit", 2_000_000, "refuse a graph with more nodes or relationships")
	flag.Parse()
	if err := run(*uri, *lines, *limit); err != nil {
		fmt.Fprintln(os.Stderr, "graphdump:", err)
		os.Exit(1)
	}
}

func run(uri string, lines bool, limit int) error {
	ctx := context.Background()
	s, err := store.Open(ctx, store.Config{URI: uri})
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	d, err := s.DumpGraph(ctx, limit)
	if err != nil {
		return err
	}
	fmt.Printf("digest %s\nnodes %d relationships %d\nlabels %v\ntypes %v\n", d.Digest, d.Nodes, d.Relationships, d.Labels, d.Types)
	if lines {
		for _, l := range d.Lines {
			fmt.Println(l)
		}
	}
	return nil
}
