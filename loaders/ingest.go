package loaders

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/resolve"
	"github.com/eventgraph/eventgraph/store"
)

// Report says what ingesting one article did.
type Report struct {
	ArticleID     string   `json:"articleId"`
	Title         string   `json:"title,omitempty"`
	Skipped       bool     `json:"skipped"` // already ingested with the same content: nothing changed
	Facts         Counts   `json:"facts"`   // facts the extractor found, by type
	Created       int      `json:"created"` // events new to the graph
	Merged        int      `json:"merged"`  // events the graph already had (now with one more source)
	ActorsCreated int      `json:"actorsCreated"`
	Warnings      []string `json:"warnings,omitempty"`
}

// Counts is how many facts of each type an extraction found.
type Counts struct {
	Actors       int `json:"actors"`
	Statements   int `json:"statements"`
	Meetings     int `json:"meetings"`
	Interactions int `json:"interactions"`
	PolicyShifts int `json:"policyShifts"`
	OtherEvents  int `json:"otherEvents"`
}

// CountFacts counts fs by type.
func CountFacts(fs domain.FactSet) Counts {
	return Counts{Actors: len(fs.Actors), Statements: len(fs.Statements), Meetings: len(fs.Meetings),
		Interactions: len(fs.Interactions), PolicyShifts: len(fs.PolicyShifts), OtherEvents: len(fs.OtherEvents)}
}

// Ingester runs articles through extraction, resolution and one store write
// each. It keeps a gazetteer of the graph's actors, loaded once and extended
// with every actor it writes, so extraction knows who the graph knows
// without reading all actors per article. Safe for concurrent use.
type Ingester struct {
	Store     *store.Store
	Extractor extract.Extractor
	// Observe, when set, is told the outcome of every Ingest (metrics
	// count them); it must be safe for concurrent use.
	Observe func(Report, error)
	// Patience is how long a write waits for an unavailable database
	// before its article is reported failed (DefaultPatience when 0).
	Patience time.Duration

	mu        sync.Mutex
	gazetteer *extract.Gazetteer
}

// NewIngester returns an Ingester writing to s with extractor x.
func NewIngester(s *store.Store, x extract.Extractor) *Ingester {
	return &Ingester{Store: s, Extractor: x}
}

// ExtractArticle extracts the facts of one sealed article with x (what
// `eventgraph extract` prints); it writes nothing.
func ExtractArticle(ctx context.Context, x extract.Extractor, a domain.Article, gaz extract.Gazetteer) (domain.FactSet, error) {
	if err := requireSealed(a); err != nil {
		return domain.FactSet{}, err
	}
	return extractArticle(ctx, x, a, gaz)
}

// requireSealed refuses an article that did not come through
// domain.Article.Seal, the one check of an article on its way in: the
// ingester takes articles as their maker sealed them and checks nothing
// of them again.
func requireSealed(a domain.Article) error {
	if !a.Sealed() {
		return domain.Errorf(domain.EInternal, "article", "the article %q is not sealed (domain.Article.Seal, where it is made)", a.URL)
	}
	return nil
}

// extractArticle extracts a's facts with x; a is sealed.
func extractArticle(ctx context.Context, x extract.Extractor, a domain.Article, gaz extract.Gazetteer) (domain.FactSet, error) {
	fs, err := extractSafely(ctx, x, a, gaz)
	if err != nil {
		return domain.FactSet{}, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	fs.Article = &a
	if a.PublishedAt.IsZero() {
		markUndated(&fs)
	}
	return fs, nil
}

// UndatedWarning is the warning an article without a publication date gets:
// its facts are kept, but only dates that carry their own year are placed.
const UndatedWarning = "the article has no publication date: only dates that give their year are resolved; " +
	"events told with relative words (\"on Tuesday\", \"last week\") or none keep those words with date UNKNOWN " +
	"and sort on the timeline at the day the article was ingested"

// markUndated gives every fact of an undated article that the extractor
// could not date the date UNKNOWN, so that the graph and the API say its
// date is unknown rather than imply the day it was ingested, and warns.
func markUndated(fs *domain.FactSet) {
	fs.SetMissingDates(domain.Unknown(""))
	fs.Warnings = append([]string{UndatedWarning}, fs.Warnings...)
}

// ExtractorPanic is the error of an article whose extraction panicked: a
// bug in the extractor, reported for that article alone (a folder ingest
// goes on with the next one), with the stack to find it by.
type ExtractorPanic struct {
	Value any
	Stack []byte
}

func (e *ExtractorPanic) Error() string {
	return fmt.Sprintf("the extractor failed on this article (a bug, please report it): %v", e.Value)
}

// extractSafely runs x on a and turns a panic into an *ExtractorPanic.
func extractSafely(ctx context.Context, x extract.Extractor, a domain.Article, gaz extract.Gazetteer) (fs domain.FactSet, err error) {
	defer func() {
		if v := recover(); v != nil {
			stack := debug.Stack()
			slog.Error("extractor panic", "article", a.ID, "extractor", x.Name(), "panic", v, "stack", string(stack))
			fs, err = domain.FactSet{}, &ExtractorPanic{Value: v, Stack: stack}
		}
	}()
	return x.Extract(ctx, a, gaz)
}

// Ingest extracts, resolves and writes one sealed article (see
// domain.Article.Seal). Facts the graph cannot take (a reference to an
// actor the extraction did not list, a meeting of one) are left out with
// a warning naming them; the rest is written in one transaction.
func (in *Ingester) Ingest(ctx context.Context, a domain.Article) (Report, error) {
	rep, err := in.ingest(ctx, a)
	if in.Observe != nil {
		in.Observe(rep, err)
	}
	return rep, err
}

func (in *Ingester) ingest(ctx context.Context, a domain.Article) (Report, error) {
	if err := requireSealed(a); err != nil {
		return Report{}, err
	}
	rep := Report{ArticleID: a.ID, Title: a.Title}
	present, err := in.Store.ArticleHashes(ctx, []string{a.ID})
	if err != nil {
		return rep, err
	}
	if present[a.ID] == a.ContentHash {
		rep.Skipped = true
		return rep, nil
	}
	gaz, err := in.known(ctx)
	if err != nil {
		return rep, err
	}
	fs, err := extractArticle(ctx, in.Extractor, a, gaz)
	if err != nil {
		return rep, err
	}
	rep.Facts = CountFacts(fs)
	resolved, _, err := in.commit(ctx, fs, &rep, nil)
	if err != nil {
		return rep, err
	}
	in.remember(resolved.Actors)
	return rep, nil
}

// commit resolves fs against the graph and writes it, filling rep. A
// write the store gave up on as UNAVAILABLE (Neo4j restarting, or the
// connection lost around the commit, so that it may or may not have gone
// through) is tried again, resolution included, until the store answers
// or in.Patience has passed: every attempt carries one write id, so an
// attempt that finds its own earlier commit reports what that commit did.
// The report thus says exactly what was committed.
//
// known, when not nil, is the graph's answer for fs's names
// (resolve.Names), read earlier and brought up to date: the first attempt
// resolves against it instead of reading the graph again; a retry reads.
// commit also returns the name keys the write linked to actors
// (store.WriteReport.Named), nil when it cannot tell (the write was tried
// more than once).
func (in *Ingester) commit(ctx context.Context, fs domain.FactSet, rep *Report, known map[string][]domain.Actor) (domain.FactSet, map[string][]domain.Actor, error) {
	writeID := store.NewWriteID()
	deadline := time.Now().Add(in.patience())
	id := ""
	if fs.Article != nil {
		id = fs.Article.ID
	}
	for tries := 0; ; tries++ {
		var dir resolve.Directory = in.Store
		if known != nil && tries == 0 {
			dir = knownNames(known)
		}
		resolved, w, err := in.resolveAndWrite(ctx, dir, fs, writeID)
		if err == nil {
			rep.Warnings = append(rep.Warnings, fs.Warnings...)
			for _, d := range w.Dropped {
				rep.Warnings = append(rep.Warnings, "dropped "+d.String())
			}
			rep.Skipped = w.AlreadyPresent
			rep.Created, rep.Merged, rep.ActorsCreated = w.EventsCreated, w.EventsMerged, w.ActorsCreated
			if tries > 0 {
				// An earlier attempt may have committed (its answer lost):
				// what this one reports is not all the write named.
				return resolved, nil, nil
			}
			return resolved, w.Named, nil
		}
		if domain.CodeOf(err) != domain.EUnavailable || ctx.Err() != nil || time.Now().After(deadline) {
			return resolved, nil, fmt.Errorf("write %s: %w", id, err)
		}
		if tries == 0 { // once an article: a restart would repeat it every half second
			slog.Warn("ingest: the database is unavailable; trying the article again until it answers", "article", id, "err", err, "patience", in.patience())
		}
		select {
		case <-time.After(retryWait):
		case <-ctx.Done():
		}
	}
}

func (in *Ingester) patience() time.Duration {
	if in.Patience > 0 {
		return in.Patience
	}
	return DefaultPatience
}

// retryUnavailable calls f until it answers other than UNAVAILABLE or
// patience has passed.
func retryUnavailable[T any](ctx context.Context, patience time.Duration, f func() (T, error)) (T, error) {
	deadline := time.Now().Add(patience)
	for {
		v, err := f()
		if err == nil || domain.CodeOf(err) != domain.EUnavailable || ctx.Err() != nil || time.Now().After(deadline) {
			return v, err
		}
		select {
		case <-time.After(retryWait):
		case <-ctx.Done():
		}
	}
}

// DefaultPatience is how long an ingest waits for an unavailable
// database before it reports an article failed: long enough for Neo4j to
// restart.
const DefaultPatience = 2 * time.Minute

const retryWait = 500 * time.Millisecond

// resolveAndWrite resolves fs against the graph and writes what of it the
// graph can take; the store checks the set, once, and leaves out the facts
// it cannot take (WriteReport.Dropped).
func (in *Ingester) resolveAndWrite(ctx context.Context, dir resolve.Directory, fs domain.FactSet, writeID string) (domain.FactSet, store.WriteReport, error) {
	resolved, err := resolve.Resolve(ctx, dir, fs)
	if err != nil {
		return fs, store.WriteReport{}, err
	}
	w, err := in.Store.WriteFactsWith(ctx, resolved, store.WriteOptions{WriteID: writeID, DropInvalidFacts: true})
	return resolved, w, err
}

func (in *Ingester) known(ctx context.Context) (extract.Gazetteer, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.gazetteer == nil {
		actors, err := in.Store.AllActors(ctx)
		if err != nil {
			return extract.Gazetteer{}, err
		}
		for i := range actors {
			actors[i].Aliases = properAliases(actors[i].Aliases)
		}
		in.gazetteer = &extract.Gazetteer{Actors: actors}
	}
	return extract.Gazetteer{Actors: in.gazetteer.Actors[:len(in.gazetteer.Actors):len(in.gazetteer.Actors)]}, nil
}

func (in *Ingester) remember(actors []domain.ActorFact) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.gazetteer == nil {
		return
	}
	in.gazetteer.Actors = withActors(in.gazetteer.Actors, actors)
}

// withActors returns known with actors added, or their proper aliases
// added to the known actor of the same id. known itself is not changed:
// extractions running now may be reading it.
func withActors(known []domain.Actor, actors []domain.ActorFact) []domain.Actor {
	out := slices.Clone(known)
	have := make(map[string]int, len(out))
	for i, a := range out {
		have[a.ID] = i
	}
	for _, a := range actors {
		if i, ok := have[a.ID]; ok {
			k := &out[i]
			k.Aliases = append(k.Aliases[:len(k.Aliases):len(k.Aliases)], properAliases(a.Aliases)...)
			continue
		}
		have[a.ID] = len(out)
		out = append(out, domain.Actor{ID: a.ID, Name: a.Name, Kind: a.Kind, Aliases: properAliases(a.Aliases)})
	}
	return out
}

// properAliases keeps the aliases that are names ("Duarte", "NATO") and
// drops descriptions ("the foreign minister", "his Chilean counterpart"):
// a description names whoever holds it in one article, not in the next.
func properAliases(aliases []string) []string {
	out := make([]string, 0, len(aliases))
	for _, a := range aliases {
		if resolve.ProperName(a) {
			out = append(out, a)
		}
	}
	return out
}

// knownNames is a resolve.Directory that answers from names already read.
type knownNames map[string][]domain.Actor

func (k knownNames) ActorsByNames(context.Context, []string) (map[string][]domain.Actor, error) {
	return k, nil
}
