package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// docKind is how a document is read.
type docKind int

const (
	kindUnknown docKind = iota
	kindText
	kindHTML
	kindJSON
	kindFeed
)

// kindByExt maps file extensions to how the file is read.
var kindByExt = map[string]docKind{
	".txt": kindText, ".text": kindText, ".md": kindText,
	".html": kindHTML, ".htm": kindHTML, ".xhtml": kindHTML,
	".json": kindJSON,
	".xml":  kindFeed, ".rss": kindFeed, ".atom": kindFeed,
}

// ReadFile reads one file by its extension: .txt/.md as plain text,
// .html/.htm as a page (main text by readability), .json as one article,
// an array of them or {"articles": [...]}, .xml/.rss/.atom as a feed. A
// text or HTML file takes its metadata from a sidecar NAME.meta.json or
// NAME.json beside it, if there is one; opt.Meta wins over both.
//
// A problem with the file as a whole (unreadable, too large, not text, no
// text or no date in a text or HTML file) is the returned error; in JSON
// and feed files each article's problem is its Item's Err.
func ReadFile(path string, opt Options) ([]Item, error) {
	kind, ok := kindByExt[strings.ToLower(filepath.Ext(path))]
	if !ok {
		return nil, domain.Invalid("path", "%s: unsupported file type (want .txt, .md, .html, .htm, .json, .xml, .rss or .atom)", path)
	}
	b, err := readFileCapped(path, opt)
	if err != nil {
		return nil, err
	}
	if kind == kindText || kind == kindHTML {
		side, err := sidecarMeta(path, opt)
		if err != nil {
			return nil, err
		}
		opt.Meta = ptr(side.over(opt.Meta))
	}
	return readKindIn(kind, b, "", path, "", filepath.Dir(path), opt)
}

// ReadReader reads one document from r (stdin for "-"), sniffing whether it
// is an RSS/Atom feed, HTML, JSON or plain text. name is its origin in
// messages.
func ReadReader(r io.Reader, name string, opt Options) ([]Item, error) {
	b, err := readCapped(r, opt.maxBytes(), name)
	if err != nil {
		return nil, err
	}
	return readKind(sniff(b), b, "", name, "", opt)
}

// ReadDir reads every article file under root, recursively, in lexical
// order. Hidden files and folders and sidecar files are skipped, and so are
// files of other types. A file that cannot be read becomes an Item with Err
// so that one bad file does not stop a folder ingest; a root that cannot be
// walked, or holds no article files, is the returned error.
func ReadDir(root string, opt Options) ([]Item, error) {
	if _, err := os.Stat(root); err != nil {
		return nil, domain.Invalid("path", "%s: %v", root, unwrapPathError(err))
	}
	var items []Item
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			items = append(items, Item{Origin: path, Err: fmt.Errorf("read %s: %w", path, err)})
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isArticleFile(path) {
			return nil
		}
		files++
		got, err := ReadFile(path, opt)
		if err != nil {
			got = []Item{{Origin: path, Err: err}}
		}
		items = append(items, got...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", root, err)
	}
	if files == 0 {
		return nil, domain.Invalid("path", "%s: no article files (.txt, .md, .html, .json, .xml, .rss, .atom) in it", root)
	}
	return items, nil
}

// isArticleFile reports a file ReadDir reads: a known type and no sidecar.
func isArticleFile(path string) bool {
	if _, ok := kindByExt[strings.ToLower(filepath.Ext(path))]; !ok {
		return false
	}
	return !isSidecar(path)
}

// isSidecar reports NAME.meta.json, and NAME.json beside a NAME.txt or
// NAME.html it describes.
func isSidecar(path string) bool {
	lower := strings.ToLower(path)
	if strings.HasSuffix(lower, ".meta.json") {
		return true
	}
	if !strings.HasSuffix(lower, ".json") {
		return false
	}
	base := path[:len(path)-len(".json")]
	for _, ext := range []string{".txt", ".text", ".md", ".html", ".htm", ".xhtml"} {
		if _, err := os.Stat(base + ext); err == nil {
			return true
		}
	}
	return false
}

// sidecarMeta reads the metadata file beside a text or HTML file, if any.
func sidecarMeta(path string, opt Options) (Meta, error) {
	base := strings.TrimSuffix(path, filepath.Ext(path))
	for _, side := range []string{base + ".meta.json", base + ".json"} {
		if _, err := os.Stat(side); err == nil {
			return ReadSidecar(side, opt)
		}
	}
	return Meta{}, nil
}

// readFileCapped reads a file, refusing one over the size limit before
// reading it.
func readFileCapped(path string, opt Options) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, domain.Invalid("path", "%s: %v", path, unwrapPathError(err))
	}
	defer f.Close()
	max := opt.maxBytes()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, domain.Invalid("path", "%s: is a folder; read it as a folder", path)
		}
		if st.Size() > max {
			return nil, invalid(path, "size", "file of %d bytes is larger than the %d-byte limit; refused", st.Size(), max)
		}
	}
	return readCapped(f, max, path)
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// sniff guesses a document's kind from its first bytes.
func sniff(b []byte) docKind {
	head := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF")), " \t\r\n")
	if len(head) > 2048 {
		head = head[:2048]
	}
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(lower, []byte("<?xml")) && !bytes.Contains(lower, []byte("<html")),
		bytes.HasPrefix(lower, []byte("<rss")), bytes.HasPrefix(lower, []byte("<feed")), bytes.HasPrefix(lower, []byte("<rdf:rdf")):
		return kindFeed
	case bytes.HasPrefix(lower, []byte("<")):
		return kindHTML
	case (bytes.HasPrefix(head, []byte("{")) || bytes.HasPrefix(head, []byte("["))) && json.Valid(b):
		if bytes.Contains(lower, []byte("jsonfeed.org/version")) {
			return kindFeed
		}
		return kindJSON
	}
	return kindText
}

// readKind reads a document of a known kind. contentType (may be empty)
// helps HTML charset detection; pageURL is where it was fetched from.
func readKind(kind docKind, b []byte, contentType, origin, pageURL string, opt Options) ([]Item, error) {
	return readKindIn(kind, b, contentType, origin, pageURL, "", opt)
}

// readKindIn is readKind with the folder a JSON file's files.text is
// resolved against.
func readKindIn(kind docKind, b []byte, contentType, origin, pageURL, dir string, opt Options) ([]Item, error) {
	switch kind {
	case kindHTML:
		return fromHTML(b, contentType, origin, pageURL, opt.Meta)
	case kindJSON:
		if _, err := checkText(b, origin); err != nil {
			return nil, err
		}
		return fromJSON(b, origin, dir, opt)
	case kindFeed:
		return fromFeed(b, origin, opt)
	default:
		return fromText(b, origin, pageURL, opt.Meta)
	}
}

// fromText reads plain text: checked, cleaned, and titled by its first line
// when no title is given and that line reads like a headline.
func fromText(b []byte, origin, pageURL string, top *Meta) ([]Item, error) {
	s, err := checkText(b, origin)
	if err != nil {
		return nil, err
	}
	m := Meta{URL: pageURL}.over(top)
	text := cleanTitled(s, m.Title)
	if m.Title == "" {
		m.Title = headline(text)
	}
	return single(origin, text, m)
}

// headline returns the first paragraph when it is one short line without
// closing punctuation, as a headline is; "" otherwise.
func headline(text string) string {
	first, rest, _ := strings.Cut(text, "\n")
	words := len(strings.Fields(first))
	if words == 0 || words > 20 || strings.ContainsAny(first[len(first)-1:], ".:;,") ||
		rest != "" && !strings.HasPrefix(rest, "\n") {
		return ""
	}
	return first
}

func ptr[T any](v T) *T { return &v }
