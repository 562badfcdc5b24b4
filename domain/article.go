package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Article is a news article as ingested: its text and what is known about
// where it came from. ID is derived from the URL when there is one, else
// from the content, so re-ingesting the same article finds the same node.
type Article struct {
	ID          string    `json:"id"`
	URL         string    `json:"url,omitempty"`
	Title       string    `json:"title,omitempty"`
	Publisher   string    `json:"publisher,omitempty"`
	PublishedAt time.Time `json:"publishedAt,omitzero"`
	Language    string    `json:"language,omitempty"`
	Text        string    `json:"text,omitempty"`
	ContentHash string    `json:"contentHash,omitempty"`
}

// ContentHash returns the hex SHA-256 of text: the identity of an article's
// content whatever its URL.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// ArticleID returns the stable id of an article: a hash of its URL when it
// has one, else of its content.
func ArticleID(url, text string) string {
	if url != "" {
		return ArticlePrefix + ContentHash(url)[:20]
	}
	return ArticlePrefix + ContentHash(text)[:20]
}

// Seal checks an article on its way in and fills its derived fields
// (ContentHash, and ID when it has none) from URL and Text. It is the one
// check and seal an article gets: whoever makes an Article from outside
// data (loaders/source's readers, the ingestArticle and record*
// mutations, import) seals it there, once; what follows (extraction, the
// already-ingested check, the store's write) takes it as sealed. An
// article without text is refused: its facts would have nothing to point
// into, and its id nothing to be derived from.
func (a *Article) Seal() error {
	if strings.TrimSpace(a.Text) == "" {
		return Invalid("text", "the article has no text")
	}
	a.ContentHash = ContentHash(a.Text)
	if a.ID == "" {
		a.ID = ArticleID(a.URL, a.Text)
	}
	return nil
}

// Sealed reports whether a has been through Seal.
func (a *Article) Sealed() bool { return a.ID != "" && a.ContentHash != "" }
