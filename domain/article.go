package domain

import (
	"crypto/sha256"
	"encoding/hex"
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

// Seal fills the derived fields (ContentHash, ID) from URL and Text.
func (a *Article) Seal() {
	a.ContentHash = ContentHash(a.Text)
	if a.ID == "" {
		a.ID = ArticleID(a.URL, a.Text)
	}
}
