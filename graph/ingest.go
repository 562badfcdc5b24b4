package graph

import (
	"strings"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/loaders/source"
)

// MaxArticleBytes caps ingestArticle's text: a news article is tens of KB.
const MaxArticleBytes = 2 << 20

// articleFromInput turns ingestArticle's input into a sealed article
// (domain.Article.Seal), reading HTML through the same readability path as
// HTML files.
func articleFromInput(in model.ArticleInput) (domain.Article, error) {
	if len(in.Text) > MaxArticleBytes {
		return domain.Article{}, domain.Invalid("input.text", "is %d bytes; the limit is %d", len(in.Text), MaxArticleBytes)
	}
	if strings.TrimSpace(in.Text) == "" {
		return domain.Article{}, domain.Invalid("input.text", "must not be empty")
	}
	if !utf8.ValidString(in.Text) || strings.ContainsRune(in.Text, 0) {
		return domain.Article{}, domain.Invalid("input.text", "is not text (invalid UTF-8 or NUL bytes)")
	}
	meta := source.Meta{URL: deref(in.URL), Title: deref(in.Title), Publisher: deref(in.Publisher),
		Language: deref(in.Language)}
	if in.PublishedAt != nil {
		meta.PublishedAt = *in.PublishedAt
	}
	if in.Format == nil || *in.Format != model.ArticleFormatHTML {
		a := domain.Article{URL: meta.URL, Title: meta.Title, Publisher: meta.Publisher, Language: meta.Language,
			PublishedAt: meta.PublishedAt, Text: source.Clean(in.Text)}
		if err := a.Seal(); err != nil { // the text was not empty: cleaning left nothing
			return domain.Article{}, domain.Invalid("input.text", "holds nothing but boilerplate")
		}
		return a, nil
	}
	items, err := source.ReadReader(strings.NewReader(in.Text), "input.html", source.Options{Meta: &meta, MaxBytes: MaxArticleBytes})
	if err != nil {
		return domain.Article{}, err
	}
	if len(items) != 1 {
		return domain.Article{}, domain.Invalid("input.text", "holds %d articles; ingestArticle takes one", len(items))
	}
	if items[0].Err != nil {
		return domain.Article{}, items[0].Err
	}
	return items[0].Article, nil
}
