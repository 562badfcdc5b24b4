package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/domain"
)

// readCapped reads r up to max bytes. It reads one byte more than max to
// know the body is too large, so a huge body is never read whole.
func readCapped(r io.Reader, max int64, origin string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", origin, err)
	}
	if int64(len(b)) > max {
		return nil, invalid(origin, "size", "larger than the %d-byte limit; refused", max)
	}
	return b, nil
}

// checkText refuses binary data and invalid UTF-8, and returns the bytes
// as a string without a byte-order mark and with \n line ends.
func checkText(b []byte, origin string) (string, error) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", invalid(origin, "text", "binary data, not text (NUL byte at offset %d)", i)
	}
	if !utf8.Valid(b) {
		return "", invalid(origin, "text", "not valid UTF-8 (first bad byte at offset %d); convert it to UTF-8", firstInvalid(b))
	}
	if controlRatio(b) > 0.01 {
		return "", invalid(origin, "text", "binary data, not text (too many control characters)")
	}
	s := strings.TrimPrefix(string(b), "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// controlRatio is the share of bytes that are control characters other than
// tab, newline, carriage return and form feed: near zero in any real text.
func controlRatio(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

var blankLines = regexp.MustCompile(`\n[ \t\f]*\n[\s]*`)

// paragraphs splits text at blank lines, trimming spaces and tabs at the
// ends of each line and dropping empty lines. Characters inside a line are
// kept as they are (a no-break space stays one), so that quotes and
// evidence spans match the source verbatim.
func paragraphs(text string) []string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	var out []string
	for _, p := range blankLines.Split(strings.Trim(text, asciiSpace), -1) {
		lines := strings.Split(p, "\n")
		kept := lines[:0]
		for _, l := range lines {
			if l = strings.Trim(l, asciiSpace); l != "" {
				kept = append(kept, l)
			}
		}
		if len(kept) > 0 {
			out = append(out, strings.Join(kept, "\n"))
		}
	}
	return out
}

// asciiSpace is the white space HTML collapses and line trimming removes;
// unlike unicode.IsSpace it leaves the no-break space alone.
const asciiSpace = " \t\n\f\r\v"

// collapseSpace folds runs of ASCII white space to one space, as HTML
// rendering does, and trims the ends.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(asciiSpace, r) }), " ")
}

// dateLayouts are the publication-date forms accepted in JSON and sidecars.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC822Z,
	time.RFC822,
}

// ParseDate reads a publication date as sidecars, JSON articles and
// command flags give it: RFC 3339, a date and time without a zone (taken
// as UTC), a plain 2006-01-02, or an RFC 1123/822 date as feeds use. A
// given offset is kept: the publisher's calendar day is the one its
// "yesterday" and "on Monday" count from (2024-10-16T00:00+08:00 is the
// 16th there, though the 15th in UTC).
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("not a date")
}

// badDate is the error for a publishedAt value that does not parse.
func badDate(origin, value string) *domain.Error {
	return invalid(origin, "publishedAt", "%q is not a date; use RFC 3339 like 2025-09-24T18:00:00Z or a plain 2025-09-24", value)
}
