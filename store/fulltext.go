package store

import (
	"html"
	"strings"
	"unicode"
)

// Full-text queries go to Lucene through Neo4j's full-text indexes. User
// text is never Lucene syntax: every word is escaped, so "C++ (draft)" or
// "a:b" searches for those words instead of failing as a malformed query.

// luceneSpecial are the characters Lucene's query parser gives meaning to.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// EscapeLucene returns s with every Lucene special character escaped by a
// backslash.
func EscapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(luceneSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Words splits text into the words a search looks for: runs of letters and
// digits, lower-cased (the indexes' analyzer lower-cases too).
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// MaxQueryWords bounds the words of one full-text query. Each word is a
// clause of the Lucene query, and Lucene refuses a query of more than 1,024
// clauses (its maxClauseCount); a search box never needs this many.
const MaxQueryWords = 256

// AnyWordsQuery is a Lucene query matching documents with any of text's
// words; Lucene ranks those with more of them higher.
func AnyWordsQuery(text string) string { return wordsQuery(text, " ") }

// AllWordsQuery is a Lucene query matching documents with all of text's
// words.
func AllWordsQuery(text string) string { return wordsQuery(text, " AND ") }

// AnyWordsInFieldsQuery is AnyWordsQuery over some of an index's fields
// only: each word a clause "(f1:w f2:w)", the clause the query parser
// makes of a bare word in an index on exactly those fields, so a hit
// scores as it would there (Lucene keeps its term statistics per field).
// search asks event_text for statements this way, by their quote and
// paraphrase, instead of a second index of the same words.
func AnyWordsInFieldsQuery(text string, fields ...string) string {
	words := Words(text)
	for i, w := range words {
		w = EscapeLucene(w)
		per := make([]string, len(fields))
		for j, f := range fields {
			per[j] = f + ":" + w
		}
		words[i] = "(" + strings.Join(per, " ") + ")"
	}
	return strings.Join(words, " ")
}

func wordsQuery(text, sep string) string {
	words := Words(text)
	for i, w := range words {
		// Words hold no special characters; escaping keeps that true if the
		// split above ever changes. Lower case keeps AND/OR/NOT from being
		// read as operators.
		words[i] = EscapeLucene(w)
	}
	return strings.Join(words, sep)
}

// Highlight is one matched field of a search hit, cut to a fragment around
// the first match, each query word in it wrapped in <em>…</em>. The
// fragment is HTML: the text around the tags is escaped, so a client can
// render it as is even when an article holds markup.
type Highlight struct {
	Field    string
	Fragment string
}

// fragmentRadius is how many characters a fragment keeps either side of
// the first match.
const fragmentRadius = 60

// highlight returns the fragment of value around words, or ok false if no
// word occurs in it as a whole word. Neo4j Community's full-text procedures
// do not return highlights, so they are computed here from the query words.
func highlight(value string, words []string) (string, bool) {
	runes := []rune(value)
	want := map[string]bool{}
	for _, w := range words {
		want[w] = true
	}
	type span struct{ start, end int }
	var hits []span
	for i := 0; i < len(runes); {
		if !isWordRune(runes[i]) {
			i++
			continue
		}
		j := i
		for j < len(runes) && isWordRune(runes[j]) {
			j++
		}
		if want[strings.ToLower(string(runes[i:j]))] {
			hits = append(hits, span{i, j})
		}
		i = j
	}
	if len(hits) == 0 {
		return "", false
	}
	from, to := max(0, hits[0].start-fragmentRadius), min(len(runes), hits[0].end+fragmentRadius)
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	at := from
	for _, h := range hits {
		if h.start < from || h.end > to {
			continue
		}
		b.WriteString(html.EscapeString(string(runes[at:h.start])))
		b.WriteString("<em>" + html.EscapeString(string(runes[h.start:h.end])) + "</em>")
		at = h.end
	}
	b.WriteString(html.EscapeString(string(runes[at:to])))
	if to < len(runes) {
		b.WriteString("…")
	}
	return b.String(), true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
