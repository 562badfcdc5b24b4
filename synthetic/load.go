package synthetic

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

// FactWriter writes one resolved FactSet in one transaction; *store.Store
// is the one the project uses.
type FactWriter interface {
	WriteFacts(ctx context.Context, fs domain.FactSet) (store.WriteReport, error)
}

// Progress is what Load reports after each article is written.
type Progress struct {
	Articles int
	Events   int // new events written so far (the store's count)
	Elapsed  time.Duration
}

// Load writes every FactSet g makes through w, with writers transactions in
// flight at once, and returns g's final Stats. Generation runs ahead of the
// writers by a few articles, so the database, not the generator, sets the
// pace. onProgress, if not nil, is called after every write (serially).
func Load(ctx context.Context, w FactWriter, g *Generator, writers int, onProgress func(Progress)) (Stats, error) {
	writers = max(1, writers)
	grp, ctx := errgroup.WithContext(ctx)
	sets := make(chan domain.FactSet, writers+1)
	grp.Go(func() error {
		defer close(sets)
		for {
			fs, ok := g.Next()
			if !ok {
				return nil
			}
			select {
			case sets <- fs:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	})
	var mu sync.Mutex
	var done Progress
	start := time.Now()
	for i := 0; i < writers; i++ {
		grp.Go(func() error {
			for fs := range sets {
				rep, err := w.WriteFacts(ctx, fs)
				if err != nil {
					return fmt.Errorf("write %s: %w", fs.Article.Title, err)
				}
				mu.Lock()
				done.Articles++
				done.Events += rep.EventsCreated
				done.Elapsed = time.Since(start)
				if onProgress != nil {
					onProgress(done)
				}
				mu.Unlock()
			}
			return nil
		})
	}
	if err := grp.Wait(); err != nil {
		return Stats{}, err
	}
	return g.Stats(), nil
}
