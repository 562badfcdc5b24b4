package loaders

import (
	"context"
	"sync"

	"github.com/eventgraph/eventgraph/domain"
)

// Result is the outcome of ingesting one article of a batch.
type Result struct {
	Index  int // position in the input
	Report Report
	Err    error
}

// IngestAll ingests articles with the given number of workers, calling done
// (from one goroutine at a time) as each finishes. Extraction is CPU work
// and the write waits on Neo4j, so two or more workers overlap them.
// Articles are independent: one failing does not stop the others.
func (in *Ingester) IngestAll(ctx context.Context, articles []domain.Article, workers int, done func(Result)) {
	if workers < 1 {
		workers = 1
	}
	jobs := make(chan int)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				rep, err := in.Ingest(ctx, articles[i])
				results <- Result{Index: i, Report: rep, Err: err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range articles {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	for r := range results {
		done(r)
	}
}
