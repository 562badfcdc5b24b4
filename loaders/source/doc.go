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
// Entry points: ReadFile (by extension), ReadDir (a folder, recursively),
// ReadReader (stdin, sniffed), Fetch (a URL, by Content-Type), Feed and
// Poll (RSS/Atom). Each returns Items; a problem with the source as a
// whole is the returned error, a problem with one article of a folder,
// JSON array or feed is that Item's Err, so an ingest can carry on and
// list its failures. Clean is the boilerplate filter they all apply.
//
// Text is kept verbatim inside lines (a no-break space stays one) so that
// quotes and evidence spans match the source; only line ends, blank lines
// and dropped boilerplate change.
//
// Limits: bodies are read up to Options.MaxBytes and refused beyond it
// (never read whole), URLs time out after Options.HTTPTimeout, binary data
// and invalid UTF-8 are refused rather than guessed at, except that an HTTP
// response or HTML page declaring another charset is transcoded.
package source
