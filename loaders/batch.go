package loaders

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/resolve"
)

// Result is the outcome of ingesting one article of a batch.
type Result struct {
	Index  int // position in the input
	Report Report
	Err    error
}

// GazetteerLag is how far behind its article the gazetteer of a batch
// extraction is: article i of a batch is extracted knowing the actors the
// graph had when the batch began plus those of the articles before
// (i/GazetteerLag-1)*GazetteerLag. A fixed number, not the number of
// workers nor which worker is fastest, so the facts do not depend on them.
const GazetteerLag = 16

// IngestAll ingests articles with the given number of workers, calling done
// (from one goroutine at a time, in input order) as each finishes.
// Articles are independent: one failing does not stop the others.
//
// The graph it leaves does not depend on the number of workers or their
// timing: it is the graph of ingesting the articles one by one in input
// order, each extraction knowing the actors committed GazetteerLag-odd
// articles before it. Workers extract in parallel (the CPU work) against
// those fixed snapshots of the gazetteer; one committer resolves each
// article's actors against the graph and writes it, strictly in input
// order, so which actor an article's name links to and which id a new
// actor gets never hang on which worker finished first. A write that finds
// the database unavailable waits for it (Ingester.Patience) before the
// committer moves on, so a Neo4j restart mid-batch changes nothing.
func (in *Ingester) IngestAll(ctx context.Context, articles []domain.Article, workers int, done func(Result)) {
	if workers < 1 {
		workers = 1
	}
	n := len(articles)
	if n == 0 {
		return
	}
	// waves[k] is the gazetteer after the articles before k*GazetteerLag
	// were committed; ready[k] closes when it is set.
	nw := (n + GazetteerLag - 1) / GazetteerLag
	waves := make([]extract.Gazetteer, nw)
	ready := make([]chan struct{}, nw)
	for k := range ready {
		ready[k] = make(chan struct{})
	}
	base, baseErr := in.batchGazetteer(ctx)
	waves[0] = base
	close(ready[0])

	type prepared struct {
		i       int
		rep     Report
		fs      domain.FactSet
		skipped bool
		err     error
		// known is the graph's answer for the article's names, read by
		// its worker once the articles before seen were committed; nil
		// when the read failed (the committer reads then).
		known map[string][]domain.Actor
		seen  int
	}
	// committed counts the articles whose write has returned, in order;
	// named[i] are the name keys article i's write linked to actors.
	var committed atomic.Int64
	named := make([]map[string][]domain.Actor, n)
	jobs := make(chan int)
	out := make(chan prepared)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				p := prepared{i: i}
				p.rep, p.fs, p.skipped, p.err = in.prepare(ctx, articles[i], baseErr, func() (extract.Gazetteer, error) {
					k := max(0, i/GazetteerLag-1)
					select {
					case <-ready[k]:
						return waves[k], nil
					case <-ctx.Done():
						return extract.Gazetteer{}, ctx.Err()
					}
				})
				if p.err == nil && !p.skipped {
					// Resolution's read, here in parallel with the
					// committer's writes; the committer adds to it the
					// names written since it began.
					p.seen = int(committed.Load())
					if known, err := in.Store.ActorsByNames(ctx, resolve.Names(p.fs)); err == nil {
						p.known = known
					}
				}
				out <- p
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
		close(out)
	}()

	// The committer: in input order, whatever order extractions end in.
	// unsure is the last article whose write may have named actors it did
	// not report.
	unsure := -1
	gaz := base.Actors
	pending := map[int]prepared{}
	next := 0
	for p := range out {
		pending[p.i] = p
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			rep, err := p.rep, p.err
			if err == nil && !p.skipped {
				var resolved domain.FactSet
				var known map[string][]domain.Actor
				if p.known != nil && p.seen > unsure {
					known = withNamed(p.known, named[p.seen:next], resolve.Names(p.fs))
				}
				resolved, named[next], err = in.commit(ctx, p.fs, &rep, known)
				if named[next] == nil {
					// What this write named is not known (it failed, or was
					// tried again): an article whose read began before it
					// reads again.
					unsure = next
				}
				if err == nil && !rep.Skipped {
					gaz = withActors(gaz, resolved.Actors)
					in.remember(resolved.Actors)
				}
			}
			committed.Store(int64(next + 1))
			done(Result{Index: next, Report: rep, Err: err})
			next++
			if next%GazetteerLag == 0 && next/GazetteerLag < nw {
				waves[next/GazetteerLag] = extract.Gazetteer{Actors: gaz}
				close(ready[next/GazetteerLag])
			}
		}
	}
}

// batchGazetteer is the gazetteer a batch starts from: the graph's actors.
// The graph may be unavailable for a moment (Neo4j restarting): it is
// asked again within in.Patience.
func (in *Ingester) batchGazetteer(ctx context.Context) (extract.Gazetteer, error) {
	return retryUnavailable(ctx, in.patience(), func() (extract.Gazetteer, error) { return in.known(ctx) })
}

// prepare extracts one sealed article of a batch; skipped says the graph
// has it already, unchanged. That look-up is an optimisation only (the
// write finds an unchanged article too), so a failed look-up is no
// failure.
func (in *Ingester) prepare(ctx context.Context, a domain.Article, baseErr error, gazetteer func() (extract.Gazetteer, error)) (rep Report, fs domain.FactSet, skipped bool, err error) {
	if err := requireSealed(a); err != nil {
		return Report{}, fs, false, err
	}
	rep = Report{ArticleID: a.ID, Title: a.Title}
	if present, err := in.Store.ArticleHashes(ctx, []string{a.ID}); err == nil && present[a.ID] == a.ContentHash {
		rep.Skipped = true
		return rep, fs, true, nil
	}
	if baseErr != nil {
		return rep, fs, false, baseErr
	}
	gaz, err := gazetteer()
	if err != nil {
		return rep, fs, false, err
	}
	fs, err = extractArticle(ctx, in.Extractor, a, gaz)
	if err != nil {
		return rep, fs, false, err
	}
	rep.Facts = CountFacts(fs)
	return rep, fs, false, nil
}

// withNamed is the graph's answer for names read before the writes of
// later (each one's store.WriteReport.Named) committed, brought up to date
// with what they named: names are only ever added by a write, so the
// union is what a read after them would find, whenever between them the
// read ran.
func withNamed(known map[string][]domain.Actor, later []map[string][]domain.Actor, names []string) map[string][]domain.Actor {
	out := make(map[string][]domain.Actor, len(known))
	for k, v := range known {
		out[k] = v
	}
	for _, name := range names {
		k := domain.NormalizeName(name)
		for _, w := range later {
			for _, a := range w[k] {
				if !slices.ContainsFunc(out[k], func(b domain.Actor) bool { return b.ID == a.ID }) {
					out[k] = append(out[k][:len(out[k]):len(out[k])], a)
				}
			}
		}
	}
	return out
}
