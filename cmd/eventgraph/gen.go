package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/synthetic"
)

// genCmd writes a synthetic graph for benchmarks through the store's own
// write path (see package synthetic).
func genCmd(log *slog.Logger) *cobra.Command {
	c, fs, cfg := neo4jCommand("gen", "write a synthetic graph for benchmarks")
	var sc synthetic.Config
	fs.IntVar(&sc.Events, "events", 10000, "distinct events to write")
	fs.IntVar(&sc.Actors, "actors", 1000, "actors (activity follows a Zipf law)")
	fs.Int64Var(&sc.Seed, "seed", 1, "random seed: the same seed gives the same graph")
	fs.IntVar(&sc.EventsPerArticle, "batch", 5000, "events per synthetic article (one FactSet, one transaction)")
	// Three on two cores: an article's transaction can still wait on the
	// link updates of the one before it, and a third keeps the cores busy
	// meanwhile (1M events: 10m10s with three, 11m05s with two, before
	// tallies were sharded per transaction; 9m25s after).
	writers := fs.Int("writers", 3, "write transactions in flight at once (at most synthetic.ReReportLag run side by side)")
	reset := fs.Bool("reset", false, "delete everything in the database first")
	bulk := fs.String("bulk", "", "write the graph as neo4j-admin import files into this folder instead of into Neo4j (scripts/gen-bulk imports them)")
	finish := fs.Bool("bulk-finish", false, "complete a graph imported from --bulk files: migrate (build the indexes) and finish the import")
	c.RunE = func(c *cobra.Command, _ []string) error {
		switch {
		case *finish:
			return genBulkFinish(c.Context(), cfg, c.OutOrStdout())
		case *bulk != "":
			return genBulk(sc, *bulk, c.OutOrStdout(), log)
		}
		return gen(c.Context(), cfg, sc, *writers, *reset, c.OutOrStdout(), log)
	}
	return c
}

// bulkFacts writes FactSets as import files (store.BulkWriter), for
// synthetic.Load.
type bulkFacts struct{ w *store.BulkWriter }

func (b bulkFacts) WriteFacts(_ context.Context, fs domain.FactSet) (store.WriteReport, error) {
	return b.w.Write(fs)
}

// genBulk writes the graph gen would write, as neo4j-admin import files
// in dir, one set after another.
func genBulk(sc synthetic.Config, dir string, stdout io.Writer, log *slog.Logger) error {
	g, err := synthetic.New(sc)
	if err != nil {
		return err
	}
	w, err := store.NewBulkWriter(dir)
	if err != nil {
		return err
	}
	start, last := time.Now(), time.Now()
	stats, err := synthetic.Load(context.Background(), bulkFacts{w}, g, 1, func(p synthetic.Progress) {
		if time.Since(last) >= 10*time.Second {
			last = time.Now()
			log.Info("gen --bulk", "articles", p.Articles, "events", p.Events, "elapsed", p.Elapsed.Round(time.Second))
		}
	})
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Fprintf(stdout, "gen --bulk: %d events (%v) over %d actors in %d articles, %d facts; files in %s; %s, %.0f events/s; busiest actor %s\n",
		stats.TotalEvents(), stats.Events, stats.Actors, stats.Articles, stats.Facts, dir, took.Round(time.Millisecond),
		float64(stats.TotalEvents())/took.Seconds(), g.ActorID(0))
	return nil
}

// genBulkFinish migrates a freshly imported graph and finishes it.
func genBulkFinish(ctx context.Context, cfg *store.Config, stdout io.Writer) error {
	start := time.Now()
	return withStore(ctx, cfg, func(s *store.Store) error {
		if err := s.FinishBulkImport(ctx); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "gen --bulk-finish: migrated and finished in %s\n", time.Since(start).Round(time.Millisecond))
		return nil
	})
}

func gen(ctx context.Context, cfg *store.Config, sc synthetic.Config, writers int, reset bool, stdout io.Writer, log *slog.Logger) error {
	// Each synthetic article is one transaction of seconds; the writers
	// run in parallel over the same hub actors and can deadlock (Neo4j
	// aborts one; it is retried), so give retries minutes, not seconds.
	cfg.MaxRetryTime = 5 * time.Minute
	g, err := synthetic.New(sc)
	if err != nil {
		return err
	}
	return withStore(ctx, cfg, func(s *store.Store) error {
		if reset {
			t := time.Now()
			if err := s.DeleteEverything(ctx); err != nil {
				return fmt.Errorf("gen --reset: %w", err)
			}
			log.Info("deleted everything", "took", time.Since(t).Round(time.Millisecond))
			// The markers of the one-off migrations went with everything else:
			// Migrate on the empty graph records them again, so the next start
			// does not redo them over the generated graph (the pair tallies'
			// recount took 53 s at 100k).
			if err := s.Migrate(ctx); err != nil {
				return fmt.Errorf("gen --reset: %w", err)
			}
		}
		start := time.Now()
		last := start
		stats, err := synthetic.Load(ctx, s, g, writers, func(p synthetic.Progress) {
			if time.Since(last) >= 10*time.Second {
				last = time.Now()
				log.Info("gen", "articles", p.Articles, "events", p.Events, "elapsed", p.Elapsed.Round(time.Second),
					"events/s", int(float64(p.Events)/p.Elapsed.Seconds()))
			}
		})
		if err != nil {
			return err
		}
		took := time.Since(start)
		fmt.Fprintf(stdout, "gen: %d events (%v) over %d actors in %d articles, %d facts; %s, %.0f events/s; busiest actor %s\n",
			stats.TotalEvents(), stats.Events, stats.Actors, stats.Articles, stats.Facts, took.Round(time.Millisecond),
			float64(stats.TotalEvents())/took.Seconds(), g.ActorID(0))
		return nil
	})
}
