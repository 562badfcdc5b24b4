package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/source"
	"github.com/eventgraph/eventgraph/store"
)

// sourceFlags are what ingest and extract share: where articles come from
// and what is known about them.
type sourceFlags struct {
	meta      string
	url       string
	title     string
	publisher string
	published string
	extractorFlags
}

func (f *sourceFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&f.meta, "meta", "", "JSON sidecar with url, title, publisher, language, publishedAt or published_at (read as a folder's NAME.meta.json is)")
	fs.StringVar(&f.url, "url", "", "the article's URL (overrides the source)")
	fs.StringVar(&f.title, "title", "", "the article's title")
	fs.StringVar(&f.publisher, "publisher", "", "the publisher")
	fs.StringVar(&f.published, "published", "", "publication time, RFC 3339 or YYYY-MM-DD; without one, only dates that give their year are resolved")
	f.extractorFlags.add(fs)
}

func (f *sourceFlags) options() (source.Options, error) {
	var m source.Meta
	if f.meta != "" {
		var err error
		if m, err = source.ReadSidecar(f.meta, source.Options{}); err != nil {
			return source.Options{}, metaError(err)
		}
	}
	for _, o := range []struct {
		v   string
		dst *string
	}{{f.url, &m.URL}, {f.title, &m.Title}, {f.publisher, &m.Publisher}} {
		if o.v != "" {
			*o.dst = o.v
		}
	}
	if f.published != "" {
		t, err := source.ParseDate(f.published)
		if err != nil {
			return source.Options{}, domain.Invalid("--published", "%q is not a date; use RFC 3339 like 2025-09-24T18:00:00Z or a plain 2025-09-24", f.published)
		}
		m.PublishedAt = t
	}
	return source.Options{Meta: &m}, nil
}

// metaError names --meta in a sidecar's error, a usage mistake:
// "--meta publishedAt: meta.json: "last Tuesday" is not a date".
func metaError(err error) error {
	var de *domain.Error
	if errors.As(err, &de) && de.Code == domain.EInvalid {
		return domain.Invalid(strings.TrimSpace("--meta "+de.Field), "%s", de.Message)
	}
	return domain.Invalid("--meta", "%v", err)
}

// build returns what the flags ask for: how to read sources and which
// extractor to run.
func (f *sourceFlags) build() (source.Options, extract.Extractor, error) {
	opt, err := f.options()
	if err != nil {
		return source.Options{}, nil, err
	}
	x, err := f.newExtractor()
	return opt, x, err
}

// readSource reads PATH, URL or - into items.
func readSource(ctx context.Context, arg string, stdin io.Reader, opt source.Options) ([]source.Item, error) {
	switch {
	case arg == "-":
		return source.ReadReader(stdin, "stdin", opt)
	case strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://"):
		return source.Fetch(ctx, arg, opt)
	}
	st, err := os.Stat(arg)
	if err != nil {
		return nil, domain.Invalid("PATH", "%v", err)
	}
	if st.IsDir() {
		return source.ReadDir(arg, opt)
	}
	return source.ReadFile(arg, opt)
}

func extractCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "extract PATH|URL|-",
		Short: "print the facts of articles as JSON (a file, a folder, a URL, or - for standard input); touches no database",
		Example: `  eventgraph extract article.txt --published 2025-09-24
  eventgraph extract --meta article.json article.txt
  eventgraph extract page.html > facts.json`,
		Args: exactlyOne("PATH"),
	}
	var sf sourceFlags
	sf.add(c.Flags())
	c.RunE = func(c *cobra.Command, args []string) error {
		return extractFacts(c.Context(), &sf, args[0], c.InOrStdin(), c.OutOrStdout())
	}
	return c
}

func extractFacts(ctx context.Context, sf *sourceFlags, path string, stdin io.Reader, stdout io.Writer) error {
	opt, x, err := sf.build()
	if err != nil {
		return err
	}
	items, err := readSource(ctx, path, stdin, opt)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	failed := 0
	var last error
	for _, it := range items {
		if it.Err != nil {
			failed++
			fmt.Fprintf(os.Stderr, "%s: %v\n", it.Origin, it.Err)
			continue
		}
		facts, err := loaders.ExtractArticle(ctx, x, it.Article, extract.Gazetteer{})
		if err != nil {
			failed++
			last = fmt.Errorf("%s: %w", it.Origin, err)
			if len(items) > 1 { // one article's error is the command's, below
				fmt.Fprintf(os.Stderr, "%v\n", last)
			}
			continue
		}
		if err := enc.Encode(facts); err != nil {
			return err
		}
	}
	if failed == 1 && len(items) == 1 && last != nil {
		return last
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d articles failed", failed, len(items))
	}
	return nil
}

// ingestFlags are ingest's own flags, beside the source's and Neo4j's.
type ingestFlags struct {
	feed        string
	every       time.Duration
	workers     int
	metricsAddr string
}

func ingestCmd(log *slog.Logger) *cobra.Command {
	c := &cobra.Command{
		Use:   "ingest PATH|URL|- | --feed URL",
		Short: "extract articles (a file, a folder, a URL, - for standard input, or a feed) and write their facts",
		Example: `  eventgraph ingest article.txt --published 2025-09-24
  eventgraph ingest --meta article.json article.txt
  eventgraph ingest ./articles --workers 4
  eventgraph ingest --feed https://example.org/rss --every 15m`,
	}
	fs := c.Flags()
	cfg := neo4jFlags(fs)
	var sf sourceFlags
	sf.add(fs)
	var f ingestFlags
	fs.StringVar(&f.feed, "feed", "", "an RSS/Atom feed URL to ingest")
	fs.DurationVar(&f.every, "every", 0, "with --feed: poll at this interval until interrupted (e.g. 15m)")
	fs.IntVar(&f.workers, "workers", 4, "articles ingested in parallel from a folder or feed")
	fs.StringVar(&f.metricsAddr, "metrics-addr", os.Getenv("EVENTGRAPH_METRICS_ADDR"), "serve Prometheus /metrics on this address while ingesting (EVENTGRAPH_METRICS_ADDR; for a --feed --every worker)")
	c.Args = func(c *cobra.Command, args []string) error {
		if (f.feed == "") == (len(args) != 1) {
			return domain.Invalid("PATH", "ingest takes one PATH, URL or -, or --feed URL (see %s --help)", c.CommandPath())
		}
		return nil
	}
	c.RunE = func(c *cobra.Command, args []string) error {
		path := ""
		if len(args) == 1 {
			path = args[0]
		}
		return ingest(c.Context(), cfg, &sf, f, path, c.InOrStdin(), c.OutOrStdout(), log)
	}
	return c
}

func ingest(ctx context.Context, cfg *store.Config, sf *sourceFlags, f ingestFlags, path string, stdin io.Reader, stdout io.Writer, log *slog.Logger) error {
	if f.workers < 1 {
		return domain.Invalid("--workers", "must be at least 1, not %d", f.workers)
	}
	opt, x, err := sf.build()
	if err != nil {
		return err
	}
	return withStore(ctx, cfg, func(s *store.Store) error {
		in := loaders.NewIngester(s, x)
		stopTelemetry, err := instrument(ctx, s, in, f.metricsAddr, nil, log)
		if err != nil {
			return err
		}
		defer stopTelemetry()
		run := &ingestRun{in: in, workers: f.workers, out: stdout, progress: io.Discard}
		if st, err := os.Stderr.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			run.progress = os.Stderr // a progress line only where someone watches it
		}
		switch {
		case f.feed != "" && f.every > 0:
			seen := func(ctx context.Context, a domain.Article) (bool, error) {
				h, err := s.ArticleHashes(ctx, []string{a.ID})
				return h[a.ID] != "", err
			}
			err = source.Poll(ctx, f.feed, f.every, opt, seen, func(it source.Item) { run.one(ctx, it, 0, 0) })
			run.summary()
			return err
		case f.feed != "":
			items, err := source.Feed(ctx, f.feed, opt)
			if err != nil {
				return err
			}
			return run.all(ctx, items)
		}
		items, err := readSource(ctx, path, stdin, opt)
		if err != nil {
			return err
		}
		return run.all(ctx, items)
	})
}

// ingestRun ingests items one by one, shows progress, and sums up.
type ingestRun struct {
	in       *loaders.Ingester
	workers  int
	out      io.Writer
	progress io.Writer

	done, skipped, created, merged int
	undated                        int // articles ingested without a publication date
	failures                       []string
	started                        time.Time
}

// all ingests a batch with r.workers in parallel; items that failed to
// read are listed as failures without being sent.
func (r *ingestRun) all(ctx context.Context, items []source.Item) error {
	r.started = time.Now()
	if len(items) == 1 {
		r.one(ctx, items[0], 1, 1)
		return r.summary()
	}
	var arts []domain.Article
	var origins []string
	for _, it := range items {
		if it.Err != nil {
			r.failures = append(r.failures, fmt.Sprintf("%s: %v", it.Origin, it.Err))
			continue
		}
		arts = append(arts, it.Article)
		origins = append(origins, it.Origin)
	}
	finished := 0
	r.in.IngestAll(ctx, arts, r.workers, func(res loaders.Result) {
		finished++
		fmt.Fprintf(r.progress, "\r[%d/%d] %s\033[K", finished, len(arts), clipOrigin(origins[res.Index]))
		r.record(origins[res.Index], res.Report, res.Err, false)
	})
	return r.summary()
}

func (r *ingestRun) one(ctx context.Context, it source.Item, i, n int) {
	if r.started.IsZero() {
		r.started = time.Now()
	}
	if n > 1 {
		fmt.Fprintf(r.progress, "\r[%d/%d] %s\033[K", i, n, clipOrigin(it.Origin))
	}
	if it.Err != nil {
		r.failures = append(r.failures, fmt.Sprintf("%s: %v", it.Origin, it.Err))
		return
	}
	rep, err := r.in.Ingest(ctx, it.Article)
	r.record(it.Origin, rep, err, n <= 1)
}

// record adds one article's outcome to the run; verbose prints its report.
func (r *ingestRun) record(origin string, rep loaders.Report, err error, verbose bool) {
	if err != nil {
		r.failures = append(r.failures, fmt.Sprintf("%s: %v", origin, err))
		return
	}
	r.done++
	if rep.Skipped {
		r.skipped++
	}
	r.created += rep.Created
	r.merged += rep.Merged
	if slices.Contains(rep.Warnings, loaders.UndatedWarning) {
		r.undated++
	}
	if verbose {
		fmt.Fprintf(r.out, "%s: %d events created, %d merged, %d actors new%s\n", origin, rep.Created, rep.Merged, rep.ActorsCreated,
			map[bool]string{true: " (already ingested)", false: ""}[rep.Skipped])
		for _, w := range rep.Warnings {
			fmt.Fprintf(r.out, "  warning: %s\n", w)
		}
	}
}

func (r *ingestRun) summary() error {
	took := time.Since(r.started).Round(time.Millisecond)
	fmt.Fprintf(r.progress, "\r\033[K")
	fmt.Fprintf(r.out, "ingested %d articles (%d unchanged) in %s: %d events created, %d merged; %d failed\n",
		r.done, r.skipped, took, r.created, r.merged, len(r.failures))
	if r.undated > 0 {
		fmt.Fprintf(r.out, "  warning: %d articles have no publication date: only dates that give their year are resolved, the others are UNKNOWN\n", r.undated)
	}
	for _, f := range r.failures {
		fmt.Fprintf(r.out, "  failed: %s\n", f)
	}
	if len(r.failures) > 0 {
		return fmt.Errorf("%d articles failed", len(r.failures))
	}
	return nil
}

func clipOrigin(s string) string {
	if r := []rune(s); len(r) > 60 {
		return "…" + string(r[len(r)-59:])
	}
	return s
}
