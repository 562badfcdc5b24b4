package graph_test

import (
	"strings"
	"testing"
)

// An invented wire story, in none of the seed's wording.
const summitStory = `Leaders pledge grid link at Nairobi summit

Kenyan President Amani Wekesa and Tanzanian President Neema Mollel met in Nairobi on Monday to sign a power-sharing deal.

"This line will light up a million homes," Wekesa told reporters after the talks.

Mollel praised Wekesa for pushing the project through parliament.`

func TestIngestArticleWritesFactsOnceAndReportsThem(t *testing.T) {
	a := newAPI(t)
	const m = `mutation($in: ArticleInput!) { ingestArticle(input: $in) {
	    articleId skipped created merged actorsCreated warnings facts { statements meetings } article { title publisher } } }`
	in := map[string]any{"text": summitStory, "url": "https://example.test/grid", "title": "Leaders pledge grid link",
		"publisher": "Example Wire", "publishedAt": "2024-02-14T10:00:00Z"}
	type report struct {
		IngestArticle struct {
			ArticleID       string
			Skipped         bool
			Created, Merged int
			ActorsCreated   int
			Facts           struct{ Statements, Meetings int }
			Article         struct{ Title, Publisher string }
		}
	}
	var first report
	a.mustDo(m, map[string]any{"in": in}, &first)
	r := first.IngestArticle
	if r.Skipped || r.Created == 0 || r.Facts.Statements == 0 || r.Article.Publisher != "Example Wire" {
		t.Fatalf("first ingest: %+v", r)
	}
	var again report
	a.mustDo(m, map[string]any{"in": in}, &again)
	if !again.IngestArticle.Skipped || again.IngestArticle.Created != 0 {
		t.Fatalf("second ingest of the same article: %+v", again.IngestArticle)
	}
	// The quote is on the timeline, spoken by the president, with the
	// article's sentence as its source.
	var tl struct {
		Timeline struct {
			Edges []struct {
				Node struct {
					Quote   string
					Speaker struct{ Name string }
					Sources []struct{ Sentence string }
				}
			}
		}
	}
	a.mustDo(`{ timeline(filter: {types: [STATEMENT]}) { edges { node { ... on Statement { quote speaker { name } sources { sentence } } } } } }`, nil, &tl)
	found := false
	for _, e := range tl.Timeline.Edges {
		n := e.Node
		if strings.Contains(n.Quote, "light up a million homes") && strings.Contains(n.Speaker.Name, "Wekesa") &&
			len(n.Sources) == 1 && strings.Contains(n.Sources[0].Sentence, "told reporters") {
			found = true
		}
	}
	if !found {
		t.Fatalf("no statement by Wekesa with its source sentence: %+v", tl)
	}

	for _, tc := range []struct{ name, text, published, mentions string }{
		{"empty text", "   ", "2024-02-14T10:00:00Z", "input.text"},
		{"bad date", "Some text.", "yesterday", "publishedAt"},
	} {
		errs := a.do(m, map[string]any{"in": map[string]any{"text": tc.text, "publishedAt": tc.published}}, nil)
		if code(errs) != "BAD_USER_INPUT" || !strings.Contains(errs[0].Message, tc.mentions) {
			t.Fatalf("%s: %+v", tc.name, errs)
		}
	}
}
