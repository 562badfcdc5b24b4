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

// Load writes every FactSet g makes through w and returns g's final Stats.
// The first set (the roster of actors) is written alone; the rest with
// writers transactions in flight at once, set k starting only after set
// k-ReReportLag is written, since it re-reports events of that set: no
// writer then waits on another's uncommitted actors or events, and the
// writers run side by side. Generation runs ahead of the writers by a few
// articles, so the database, not the generator, sets the pace. onProgress,
// if not nil, is called after every write (serially).
func Load(ctx context.Context, w FactWriter, g *Generator, writers int, onProgress func(Progress)) (Stats, error) {
	writers = max(1, writers)
	var mu sync.Mutex
	var done Progress
	start := time.Now()
	write := func(ctx context.Context, fs domain.FactSet) error {
		rep, err := w.WriteFacts(ctx, fs)
		if err != nil {
			name := "the roster"
			if fs.Article != nil {
				name = fs.Article.Title
			}
			return fmt.Errorf("write %s: %w", name, err)
		}
		mu.Lock()
		defer mu.Unlock()
		if fs.Article != nil {
			done.Articles++
		}
		done.Events += rep.EventsCreated
		done.Elapsed = time.Since(start)
		if onProgress != nil {
			onProgress(done)
		}
		return nil
	}
	first, ok := g.Next()
	if !ok {
		return g.Stats(), nil
	}
	if err := write(ctx, first); err != nil {
		return Stats{}, err
	}

	type job struct {
		fs    domain.FactSet
		after chan struct{} // closed when the set this one re-reports from is written; nil if none
		done  chan struct{} // closed when this one is written
	}
	grp, ctx := errgroup.WithContext(ctx)
	jobs := make(chan job, writers+1)
	grp.Go(func() error {
		defer close(jobs)
		var written []chan struct{} // done channels of the sets made so far, in order
		for {
			fs, ok := g.Next()
			if !ok {
				return nil
			}
			j := job{fs: fs, done: make(chan struct{})}
			if k := len(written) - ReReportLag; k >= 0 {
				j.after = written[k]
			}
			written = append(written, j.done)
			if len(written) > ReReportLag {
				written = written[1:]
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	})
	for i := 0; i < writers; i++ {
		grp.Go(func() error {
			for j := range jobs {
				if j.after != nil {
					select {
					case <-j.after:
					case <-ctx.Done():
						return ctx.Err()
					}
				}
				if err := write(ctx, j.fs); err != nil {
					return err
				}
				close(j.done)
			}
			return nil
		})
	}
	if err := grp.Wait(); err != nil {
		return Stats{}, err
	}
	return g.Stats(), nil
}
