package synthetic

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// Config says what to generate. Events and Actors are required; the rest
// have defaults.
type Config struct {
	Events int   // distinct events
	Actors int   // actors; activity follows a Zipf law over them
	Seed   int64 // the same seed gives the same graph

	// EventsPerArticle is how many new events one synthetic article (one
	// FactSet, one write transaction) reports. Default 5000: on 2 cores
	// 2000–5000 load fastest (about 1,400 events/s), 10000 a third slower.
	EventsPerArticle int
	// Start is the first day events fall on (default 2021-01-01) and Years
	// how many years they span (default 5). Articles move forward through
	// the span like a news archive.
	Start time.Time
	Years int
}

func (c Config) withDefaults() Config {
	if c.EventsPerArticle <= 0 {
		c.EventsPerArticle = 5000
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if c.Years <= 0 {
		c.Years = 5
	}
	return c
}

// Stats counts what a Generator produced.
type Stats struct {
	Events    map[domain.EventType]int // distinct events per type
	Facts     int                      // facts written, re-reports of earlier events included
	Articles  int                      // articles (the roster is not one)
	Actors    int                      // actors written (all of them, by the roster)
	Involving []int                    // per actor rank: facts naming it (rank 0 is the busiest)
}

// TotalEvents is the number of distinct events.
func (s Stats) TotalEvents() int {
	n := 0
	for _, v := range s.Events {
		n += v
	}
	return n
}

// Generator makes FactSets one article at a time. It is deterministic for a
// Config and not safe for concurrent use.
type Generator struct {
	cfg       Config
	rng       *rand.Rand
	actors    []actor
	pickActor *rand.Zipf
	pickTopic *rand.Zipf
	pickPlace *rand.Zipf
	kinds     []domain.InteractionKind
	rostered  bool                // the roster (every actor, first set) is made
	ids       map[string]struct{} // event ids made so far: a repeat is redrawn
	recent    [][]fact            // the new facts of the last ReReportLag articles, oldest first
	batches   int                 // articles planned
	stats     Stats
}

// ReReportLag is how many articles back the events an article re-reports
// are: article i re-reports some of article i-ReReportLag's. A writer with
// up to this many articles in flight never has one wait on another's
// uncommitted events (Load starts an article only once the one it
// re-reports from is written).
const ReReportLag = 4

// fact is one generated fact: the sentence that reports it, the actor ranks
// it names, and how to add it to a FactSet with evidence in an article.
type fact struct {
	typ      domain.EventType
	sentence string
	actors   []int
	add      func(fs *domain.FactSet, ev domain.Evidence)
}

// New returns a Generator for cfg; it fails on a Config it cannot honour.
func New(cfg Config) (*Generator, error) {
	cfg = cfg.withDefaults()
	if cfg.Events <= 0 {
		return nil, domain.Invalid("events", "must be positive, got %d", cfg.Events)
	}
	if cfg.Actors < 10 {
		return nil, domain.Invalid("actors", "need at least 10 actors, got %d", cfg.Actors)
	}
	rng := rand.New(rand.NewSource(cfg.Seed))
	g := &Generator{cfg: cfg, rng: rng, ids: make(map[string]struct{}, cfg.Events)}
	g.actors = makeActors(rng, cfg.Actors, cfg.Start)
	// s=1.1, v=3: the busiest actor is in about 5% of events, the median
	// one in a handful — the long tail of news coverage.
	g.pickActor = rand.NewZipf(rng, 1.1, 3, uint64(cfg.Actors-1))
	g.pickTopic = rand.NewZipf(rng, 1.3, 1, uint64(len(topics)-1))
	g.pickPlace = rand.NewZipf(rng, 1.3, 1, uint64(len(places)-1))
	for k := range domain.InteractionScale {
		g.kinds = append(g.kinds, k)
	}
	sort.Slice(g.kinds, func(i, j int) bool { return g.kinds[i] < g.kinds[j] }) // map order is random
	g.batches = (cfg.Events + cfg.EventsPerArticle - 1) / cfg.EventsPerArticle
	g.stats = Stats{Events: map[domain.EventType]int{}, Involving: make([]int, cfg.Actors)}
	return g, nil
}

// Stats returns the counts so far.
func (g *Generator) Stats() Stats { return g.stats }

// ActorID returns the id of the actor at an activity rank (0 is the busiest).
func (g *Generator) ActorID(rank int) string { return g.actors[rank].ID }

// Next returns the next FactSet, or false when all events are made. The
// first is the roster: every actor with its office, no article and no
// events, as a loader would write a who's-who before the news (and so that
// articles written in parallel only read actors, never wait for one another
// to create one). Each later set is an article. About one fact in thirty
// re-reports an event of the article ReReportLag before, so some events
// have two sources, as when two outlets report one meeting.
func (g *Generator) Next() (domain.FactSet, bool) {
	if !g.rostered {
		g.rostered = true
		return g.roster(), true
	}
	made := g.stats.TotalEvents()
	if made >= g.cfg.Events {
		return domain.FactSet{}, false
	}
	n := min(g.cfg.EventsPerArticle, g.cfg.Events-made)
	from, to := g.window(g.stats.Articles)
	facts := make([]fact, 0, n+n/30+1)
	for i := 0; i < n; i++ {
		f := g.newFact(from, to)
		g.stats.Events[f.typ]++
		facts = append(facts, f)
	}
	fresh := facts
	if len(g.recent) == ReReportLag {
		for _, f := range g.recent[0] {
			if g.rng.Intn(30) == 0 {
				facts = append(facts, f)
			}
		}
		g.recent = g.recent[1:]
	}
	g.recent = append(g.recent, fresh)
	fs := g.assemble(facts, from, to)
	g.stats.Articles++
	return fs, true
}

// window is the stretch of time article b covers.
func (g *Generator) window(b int) (time.Time, time.Time) {
	span := g.cfg.Start.AddDate(g.cfg.Years, 0, 0).Sub(g.cfg.Start)
	step := span / time.Duration(g.batches)
	from := g.cfg.Start.Add(step * time.Duration(b))
	return from, from.Add(max(step, 24*time.Hour))
}

// date draws a day in [from, to) and gives it DAY, MONTH or YEAR precision.
func (g *Generator) date(from, to time.Time) *domain.FuzzyDate {
	t := from.Add(time.Duration(g.rng.Int63n(int64(to.Sub(from)))))
	var d domain.FuzzyDate
	switch x := g.rng.Float64(); {
	case x < 0.8:
		d = domain.DayOf(t)
		d.Text = "on " + t.Format("2 January 2006")
	case x < 0.95:
		d = domain.Month(t.Year(), t.Month())
		d.Text = "in " + t.Format("January 2006")
	default:
		d = domain.Year(t.Year())
		d.Text = "in " + t.Format("2006")
	}
	return &d
}

// assemble writes the article: a title, then one sentence per fact, the
// evidence span of each fact pointing at its sentence.
func (g *Generator) assemble(facts []fact, from, to time.Time) domain.FactSet {
	b := g.stats.Articles + 1
	title := fmt.Sprintf("Digest %d: %s to %s", b, from.Format("2 January 2006"), to.Add(-time.Second).Format("2 January 2006"))
	var text strings.Builder
	text.WriteString(title)
	text.WriteString("\n\n")
	fs := domain.FactSet{}
	inSet := map[int]bool{}
	for i, f := range facts {
		if i > 0 {
			text.WriteString(map[bool]string{true: "\n\n", false: " "}[i%6 == 0])
		}
		start := text.Len()
		text.WriteString(f.sentence)
		ev := domain.Evidence{Sentence: f.sentence, Start: start, End: text.Len(), Extractor: "synthetic",
			Confidence: math.Round((0.6+0.4*g.rng.Float64())*100) / 100}
		f.add(&fs, ev)
		for _, r := range f.actors {
			g.include(&fs, inSet, r)
			g.stats.Involving[r]++
		}
		g.stats.Facts++
	}
	published := to.Add(-time.Second).Truncate(24 * time.Hour).Add(18 * time.Hour)
	fs.Article = &domain.Article{URL: fmt.Sprintf("https://synthetic.invalid/%d/digest-%d", g.cfg.Seed, b), Title: title,
		Publisher: "Synthetic Wire", PublishedAt: published, Language: "en", Text: text.String()}
	if err := fs.Article.Seal(); err != nil { // a digest always has text
		panic(err)
	}
	return fs
}

// roster is the first set: every actor, with its office.
func (g *Generator) roster() domain.FactSet {
	fs := domain.FactSet{Actors: make([]domain.ActorFact, 0, len(g.actors))}
	for _, a := range g.actors {
		f := a.ActorFact
		if a.role != nil {
			f.Roles = []domain.Role{*a.role}
		}
		fs.Actors = append(fs.Actors, f)
	}
	g.stats.Actors = len(g.actors)
	return fs
}

// include adds actor r to an article's set once (the roster wrote its
// office already).
func (g *Generator) include(fs *domain.FactSet, inSet map[int]bool, r int) {
	if !inSet[r] {
		inSet[r] = true
		fs.Actors = append(fs.Actors, g.actors[r].ActorFact)
	}
}
