package loaders_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/source"
)

// readUndated reads a real article of the development set that has no
// publication date (title line, blank line, body; no sidecar).
func readUndated(t *testing.T, name string) domain.Article {
	t.Helper()
	items, err := source.ReadFile(filepath.Join("testdata", "real", "dev", name), source.Options{})
	if err != nil || len(items) != 1 || items[0].Err != nil {
		t.Fatalf("reading %s: %v %+v", name, err, items)
	}
	if a := items[0].Article; !a.PublishedAt.IsZero() {
		t.Fatalf("%s has a publication date %v; the test needs an undated article", name, a.PublishedAt)
	}
	return items[0].Article
}

func TestUndatedArticlesAreIngestedWithAWarningAndNoInventedDays(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	in := loaders.NewIngester(s, rules.New())
	before := domain.DayOf(time.Now())
	for _, name := range []string{"bbc-219.txt", "bbc-253.txt"} {
		rep, err := in.Ingest(ctx, readUndated(t, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if rep.Created == 0 || !slices.Contains(rep.Warnings, loaders.UndatedWarning) {
			t.Fatalf("%s: %+v, want events and the undated warning", name, rep)
		}
	}
	after := domain.DayOf(time.Now())

	var dated, withWords, unknown int
	for _, e := range eventsOf(t, s) {
		if e.When == nil {
			t.Errorf("%s %s: no date at all; an undated article's facts say UNKNOWN", e.Type, e.ID)
			continue
		}
		if e.Reported != before && e.Reported != after {
			t.Errorf("%s reported %v, want the day of ingestion", e.ID, e.Reported)
		}
		switch {
		case e.When.Known():
			// Only dates that give their year are placed ("in June 2004").
			if e.When.Text == "" || e.When.Start.Year() > 2010 {
				t.Errorf("%s dated %v from %q: not a date with its own year", e.ID, e.When, e.When.Text)
			}
			if want := domain.SortKey(e.When.Start, e.ID); e.SortKey != want {
				t.Errorf("%s sorts at %s, want its date %s", e.ID, e.SortKey, want)
			}
			dated++
		case e.When.Precision == domain.PrecisionUnknown:
			if !e.When.Start.IsZero() || !e.When.End.IsZero() {
				t.Errorf("%s: UNKNOWN date with a day %v", e.ID, e.When)
			}
			if want := domain.SortKey(e.Reported.Start, e.ID); e.SortKey != want {
				t.Errorf("%s sorts at %s, want its reported day %s", e.ID, e.SortKey, want)
			}
			if e.When.Text != "" {
				withWords++
			}
			unknown++
		default:
			t.Errorf("%s: date %+v", e.ID, e.When)
		}
	}
	if dated == 0 || unknown == 0 || withWords == 0 {
		t.Fatalf("dated %d, unknown %d (with words %d): want some of each", dated, unknown, withWords)
	}
}

func TestUndatedRelativeWordsKeepTheirWords(t *testing.T) {
	a := domain.Article{Title: "Talks", Text: "Talks\n\nThe foreign minister of Ruritania, Ana Ferreira, met her Freedonian counterpart Omar Haddad on Tuesday in Geneva. " +
		"In November 2003 the two countries had signed a treaty.\n\n\"We will talk again,\" Ferreira said last week."}
	if err := a.Seal(); err != nil {
		t.Fatal(err)
	}
	fs, err := loaders.ExtractArticle(context.Background(), rules.New(), a, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs.Warnings) == 0 || fs.Warnings[0] != loaders.UndatedWarning {
		t.Errorf("warnings %q, want the undated warning first", fs.Warnings)
	}
	var words []string
	for _, m := range fs.Meetings {
		if m.When == nil || m.When.Known() {
			t.Errorf("meeting dated %+v in an undated article", m.When)
			continue
		}
		words = append(words, m.When.Text)
	}
	for _, st := range fs.Statements {
		if st.When == nil || st.When.Known() {
			t.Errorf("statement dated %+v in an undated article", st.When)
			continue
		}
		words = append(words, st.When.Text)
	}
	if !slices.Contains(words, "on Tuesday") || !slices.Contains(words, "last week") {
		t.Errorf("the facts' date words are %q, want \"on Tuesday\" and \"last week\" kept", words)
	}
}

func TestImportedFactsOfAnUndatedArticleHaveUnknownDates(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	doc := `{"article": {"title": "Talks", "text": "Lena Ortiz met Omar Haddad. Ortiz spoke on Tuesday."},
	  "actors": [{"name": "Lena Ortiz", "kind": "PERSON"}, {"name": "Omar Haddad", "kind": "PERSON"}],
	  "meetings": [{"participants": ["Lena Ortiz", "Omar Haddad"]}],
	  "statements": [{"speaker": "Lena Ortiz", "paraphrase": "spoke", "when": {"precision": "UNKNOWN", "text": "on Tuesday"}}]}`
	if _, err := loaders.ImportJSON(ctx, s, []byte(doc)); err != nil {
		t.Fatal(err)
	}
	got := map[domain.EventType]string{}
	for _, e := range eventsOf(t, s) {
		if e.When == nil || e.When.Known() || e.When.Precision != domain.PrecisionUnknown {
			t.Fatalf("%s: when %+v, want UNKNOWN", e.Type, e.When)
		}
		got[e.Type] = e.When.Text
	}
	if got[domain.TypeMeeting] != "" || got[domain.TypeStatement] != "on Tuesday" || len(got) != 2 {
		t.Fatalf("dates' words by type %q", got)
	}
	for _, bad := range []string{
		`{"actors": [{"name": "A", "kind": "PERSON"}], "statements": [{"speaker": "A", "quote": "x y", "when": {"precision": "UNKNOWN", "start": "2024-01-01T00:00:00Z"}}]}`,
		`{"actors": [{"name": "A", "kind": "PERSON"}], "statements": [{"speaker": "A", "quote": "x y", "when": {"precision": "SOMEDAY"}}]}`,
	} {
		if _, err := loaders.ImportJSON(ctx, s, []byte(bad)); domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), "statements[0].when") {
			t.Errorf("%s: %v, want an error naming statements[0].when", bad, err)
		}
	}
}
