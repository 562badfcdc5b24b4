// Package source turns what a loader is handed — a text, HTML or JSON file,
// a folder of them, stdin, a URL or an RSS/Atom feed — into domain.Article
// values ready for extraction: main text without site chrome, title, URL,
// publisher, publication date and language, sealed with their ID and
// content hash.
//
// It is not for extraction (see loaders/extract) and it never touches the
// database. What it guarantees is that every Article it returns has
// non-empty, valid UTF-8 text and a publication date, because an extractor
// cannot resolve "Tuesday" without one; anything else comes back as an
// error naming the field and where the input came from.
//
// Limits: bodies are read up to Options.MaxBytes and refused beyond it
// (never read whole), URLs time out after Options.HTTPTimeout, binary data
// and invalid UTF-8 are refused rather than guessed at, except that an HTTP
// response or HTML page declaring another charset is transcoded.
package source
