package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/eventgraph/eventgraph/domain"
)

// Feed fetches an RSS, Atom or JSON feed and returns one Item per entry.
// A feed that cannot be fetched or parsed is an error; an entry without
// text or date is an Item with Err.
func Feed(ctx context.Context, url string, opt Options) ([]Item, error) {
	body, _, _, err := get(ctx, url, opt)
	if err != nil {
		return nil, err
	}
	return fromFeed(body, url, opt)
}

// fromFeed parses a feed document and turns its entries into articles: the
// entry's content (content:encoded, Atom content) or else its description,
// HTML converted to text and cleaned; link, title and published date from
// the entry; publisher and language from the feed. opt.Meta fills only
// what an entry leaves empty.
func fromFeed(b []byte, origin string, opt Options) ([]Item, error) {
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, invalid(origin, "feed", "binary data, not a feed")
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, invalid(origin, "feed", "not an RSS or Atom feed (no XML feed root found)")
	}
	if err != nil {
		return nil, invalid(origin, "feed", "cannot parse feed: %v", err)
	}
	items := make([]Item, 0, len(feed.Items))
	for i, entry := range feed.Items {
		items = append(items, feedItem(feed, entry, fmt.Sprintf("%s item %d", origin, i), opt))
	}
	return items, nil
}

// feedItem makes one Item of a feed entry.
func feedItem(feed *gofeed.Feed, entry *gofeed.Item, origin string, opt Options) Item {
	link := strings.TrimSpace(entry.Link)
	if link == "" && strings.HasPrefix(entry.GUID, "http") {
		link = entry.GUID
	}
	if link != "" {
		origin = "feed item " + link
	}
	m := Meta{
		URL:       link,
		Title:     foldSpace(fragmentText(entry.Title)),
		Publisher: feed.Title,
		Language:  feed.Language,
	}
	switch {
	case entry.PublishedParsed != nil:
		m.PublishedAt = *entry.PublishedParsed
	case entry.UpdatedParsed != nil:
		m.PublishedAt = *entry.UpdatedParsed
	case entry.Published != "":
		return Item{Origin: origin, Err: badDate(origin, entry.Published)}
	}
	m = m.under(opt.Meta)
	body := entry.Content
	if strings.TrimSpace(fragmentText(body)) == "" {
		body = entry.Description
	}
	a, err := build(origin, cleanTitled(fragmentText(body), m.Title), m)
	return Item{Origin: origin, Article: a, Err: err}
}

// Poll reads the feed at url every interval until ctx ends and hands over
// each entry not handed over before in this run and not already seen (seen
// reports whether the store has the article, by its ID). Failures to fetch
// the feed, entries in error and errors from seen are handed over as Items
// with Err, each entry error once; polling carries on. Poll returns nil
// when ctx ends, or an error for a non-positive interval.
func Poll(ctx context.Context, url string, every time.Duration, opt Options,
	seen func(context.Context, domain.Article) (bool, error), handle func(Item)) error {
	if every <= 0 {
		return domain.Invalid("every", "poll interval must be positive, got %s", every)
	}
	handed := map[string]bool{}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		pollOnce(ctx, url, opt, handed, seen, handle)
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

// pollOnce reads the feed once and hands over what is new. handed records
// article IDs and error origins already handed over.
func pollOnce(ctx context.Context, url string, opt Options, handed map[string]bool,
	seen func(context.Context, domain.Article) (bool, error), handle func(Item)) {
	items, err := Feed(ctx, url, opt)
	if err != nil {
		if ctx.Err() == nil {
			handle(Item{Origin: url, Err: err})
		}
		return
	}
	for _, it := range items {
		key := it.Article.ID
		if it.Err != nil {
			key = "error " + it.Origin
		}
		if handed[key] || ctx.Err() != nil {
			continue
		}
		if it.Err == nil {
			old, err := seen(ctx, it.Article)
			if err != nil {
				handle(Item{Origin: it.Origin, Err: fmt.Errorf("check whether %s is stored: %w", it.Origin, err)})
				continue
			}
			if old {
				handed[key] = true
				continue
			}
		}
		handed[key] = true
		handle(it)
	}
}
