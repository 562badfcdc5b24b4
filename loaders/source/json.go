package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// jsonArticle is the JSON shape of one article. Text may also come as
// "content" or "body" and the date as "published_at", or, as in a fixture's metadata file, from the file
// that files.text names beside the JSON file; HTML may come as "html".
type jsonArticle struct {
	URL              string          `json:"url"`
	Title            string          `json:"title"`
	Publisher        string          `json:"publisher"`
	PublishedAt      json.RawMessage `json:"publishedAt"`
	PublishedAtSnake json.RawMessage `json:"published_at"`
	Language         string          `json:"language"`
	Text             string          `json:"text"`
	Content          string          `json:"content"`
	Body             string          `json:"body"`
	HTML             string          `json:"html"`
	Files            struct {
		Text string `json:"text"`
	} `json:"files"`
}

// date is the raw publication date under either of its names.
func (ja jsonArticle) date() json.RawMessage {
	if len(ja.PublishedAt) > 0 {
		return ja.PublishedAt
	}
	return ja.PublishedAtSnake
}

// fromJSON reads one article object, an array of them, or
// {"articles": [...]}. dir is the folder files.text is resolved against
// ("" for none). A document that is not JSON is an error; each article's
// own problem is an Item with Err.
func fromJSON(b []byte, origin, dir string, opt Options) ([]Item, error) {
	b = bytes.TrimSpace(b)
	var raws []json.RawMessage
	switch {
	case len(b) > 0 && b[0] == '[':
		if err := json.Unmarshal(b, &raws); err != nil {
			return nil, invalid(origin, "json", "not a JSON array of articles: %v", err)
		}
	case len(b) > 0 && b[0] == '{':
		var wrapper struct {
			Articles []json.RawMessage `json:"articles"`
		}
		if err := json.Unmarshal(b, &wrapper); err != nil {
			return nil, invalid(origin, "json", "not valid JSON: %v", err)
		}
		raws = wrapper.Articles
		if raws == nil {
			raws = []json.RawMessage{b}
		}
	default:
		return nil, invalid(origin, "json", "not a JSON object or array")
	}
	if len(raws) == 0 {
		return nil, invalid(origin, "json", "no articles in the file")
	}
	items := make([]Item, 0, len(raws))
	for i, raw := range raws {
		o := origin
		if len(raws) > 1 || b[0] == '[' {
			o = fmt.Sprintf("%s[%d]", origin, i)
		}
		items = append(items, jsonItem(raw, o, dir, opt))
	}
	return items, nil
}

// jsonItem decodes and validates one JSON article; its problem, if any,
// is the Item's Err.
func jsonItem(raw json.RawMessage, origin, dir string, opt Options) Item {
	var ja jsonArticle
	if err := json.Unmarshal(raw, &ja); err != nil {
		return Item{Origin: origin, Err: invalid(origin, "json", "not an article object: %v", err)}
	}
	if ja.URL != "" {
		origin = fmt.Sprintf("%s (%s)", origin, ja.URL)
	}
	m := Meta{URL: ja.URL, Title: ja.Title, Publisher: ja.Publisher, Language: ja.Language}
	if err := jsonDate(ja.date(), origin, &m); err != nil {
		return Item{Origin: origin, Err: err}
	}
	m = m.under(opt.Meta)
	text, err := jsonText(ja, origin, dir, opt)
	if err != nil {
		return Item{Origin: origin, Err: err}
	}
	a, err := build(origin, cleanTitled(text, m.Title), m)
	return Item{Origin: origin, Article: a, Err: err}
}

// jsonDate parses publishedAt, which must be a string when present.
func jsonDate(raw json.RawMessage, origin string, m *Meta) error {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return badDate(origin, string(raw))
	}
	if strings.TrimSpace(s) == "" {
		return nil
	}
	t, err := ParseDate(s)
	if err != nil {
		return badDate(origin, s)
	}
	m.PublishedAt = t
	return nil
}

// jsonText returns the article text from whichever field carries it.
func jsonText(ja jsonArticle, origin, dir string, opt Options) (string, error) {
	if t := firstNonEmpty(strings.TrimSpace(ja.Text), strings.TrimSpace(ja.Content), strings.TrimSpace(ja.Body)); t != "" {
		return t, nil
	}
	if strings.TrimSpace(ja.HTML) != "" {
		return fragmentText(ja.HTML), nil
	}
	if ja.Files.Text != "" && dir != "" {
		path := filepath.Join(dir, filepath.FromSlash(ja.Files.Text))
		f, err := os.Open(path)
		if err != nil {
			return "", invalid(origin, "files.text", "cannot open %s: %v", ja.Files.Text, err)
		}
		defer f.Close()
		b, err := readCapped(f, opt.maxBytes(), path)
		if err != nil {
			return "", err
		}
		return checkText(b, path)
	}
	return "", invalid(origin, "text", "no article text (want a \"text\", \"content\", \"body\" or \"html\" field)")
}

// ReadSidecar reads an article's metadata file (url, title, publisher,
// language, publishedAt or published_at), as found beside a text or HTML
// file or named by ingest's --meta, refusing one over opt's size limit.
func ReadSidecar(path string, opt Options) (Meta, error) {
	f, err := os.Open(path)
	if err != nil {
		return Meta{}, fmt.Errorf("open sidecar %s: %w", path, err)
	}
	defer f.Close()
	b, err := readCapped(f, opt.maxBytes(), path)
	if err != nil {
		return Meta{}, err
	}
	var ja jsonArticle
	if err := json.Unmarshal(b, &ja); err != nil {
		return Meta{}, invalid(path, "json", "sidecar is not a JSON object: %v", err)
	}
	m := Meta{URL: ja.URL, Title: ja.Title, Publisher: ja.Publisher, Language: ja.Language}
	return m, jsonDate(ja.date(), path, &m)
}
