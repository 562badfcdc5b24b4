package score

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// Case is one article of a corpus with its expected facts.
type Case struct {
	Name     string // the file name before ".expected.json", or the folder for "expected.json"
	Article  domain.Article
	Expected Expected
}

// articleMeta is an article's metadata file (NAME.json). Files.Text, when
// set, names the text file relative to the metadata file.
type articleMeta struct {
	URL         string `json:"url"`
	Title       string `json:"title"`
	Publisher   string `json:"publisher"`
	PublishedAt string `json:"publishedAt"`
	Language    string `json:"language"`
	Files       struct {
		Text string `json:"text"`
	} `json:"files"`
}

// LoadCase reads an expected-facts file and the article it describes: the
// metadata file its "article" field names (else NAME.json beside
// NAME.expected.json) and the text file the metadata names (else the
// metadata's NAME.txt). The article's Text is the whole text file, title
// line included.
func LoadCase(expectedPath string) (Case, error) {
	exp, err := LoadExpected(expectedPath)
	if err != nil {
		return Case{}, err
	}
	dir, base := filepath.Split(expectedPath)
	name := strings.TrimSuffix(strings.TrimSuffix(base, ".json"), ".expected")
	if base == "expected.json" {
		name = filepath.Base(filepath.Clean(dir))
	}
	metaPath := filepath.Join(dir, name+".json")
	if exp.Article != "" {
		metaPath = filepath.Join(dir, exp.Article)
	}
	art, err := loadArticle(metaPath)
	if err != nil {
		return Case{}, fmt.Errorf("load case %s: %w", expectedPath, err)
	}
	return Case{Name: name, Article: art, Expected: exp}, nil
}

// loadArticle reads an article's metadata file and its text.
func loadArticle(metaPath string) (domain.Article, error) {
	b, err := os.ReadFile(metaPath)
	if err != nil {
		return domain.Article{}, fmt.Errorf("article metadata: %w", err)
	}
	var m articleMeta
	if err := json.Unmarshal(b, &m); err != nil {
		return domain.Article{}, fmt.Errorf("article metadata %s: %w", metaPath, err)
	}
	textPath := strings.TrimSuffix(metaPath, ".json") + ".txt"
	if m.Files.Text != "" {
		textPath = filepath.Join(filepath.Dir(metaPath), m.Files.Text)
	}
	text, err := os.ReadFile(textPath)
	if err != nil {
		return domain.Article{}, fmt.Errorf("article text: %w", err)
	}
	art := domain.Article{URL: m.URL, Title: m.Title, Publisher: m.Publisher, Language: m.Language, Text: string(text)}
	if art.PublishedAt, err = time.Parse(time.RFC3339, m.PublishedAt); err != nil {
		return domain.Article{}, fmt.Errorf("article metadata %s: publishedAt: %w", metaPath, err)
	}
	if err := art.Seal(); err != nil {
		return domain.Article{}, fmt.Errorf("article %s: %w", textPath, err)
	}
	return art, nil
}

// LoadCorpus loads every NAME.expected.json (and expected.json) in dir,
// in name order.
func LoadCorpus(dir string) ([]Case, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.expected.json"))
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", dir, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "expected.json")); err == nil {
		paths = append(paths, filepath.Join(dir, "expected.json"))
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		return nil, fmt.Errorf("load corpus %s: no expected-facts files", dir)
	}
	cases := make([]Case, 0, len(paths))
	for _, p := range paths {
		c, err := LoadCase(p)
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	return cases, nil
}
