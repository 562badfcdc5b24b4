package llm

import (
	"strings"
	"unicode"
)

// textIndex finds model-copied snippets in an article although the model
// may have changed white space, quote marks, dashes or case. It holds the
// article folded, with each folded rune's code-point offset in the original.
type textIndex struct {
	runes     []rune // the article text
	folded    []rune
	origin    []int // origin[i] is the offset in runes of folded[i]
	sentences []span
}

// span is a half-open range of code-point offsets into the article text.
type span struct{ start, end int }

func newTextIndex(s string) *textIndex {
	ix := &textIndex{runes: []rune(s)}
	ix.folded, ix.origin = foldRunes(ix.runes)
	ix.sentences = splitSentences(ix.runes)
	return ix
}

// foldRunes lower-cases, turns every quote mark into ' or ", every dash into
// -, an ellipsis into ..., drops invisible characters and collapses white
// space to one space. origin maps each folded rune to its source offset.
func foldRunes(rs []rune) (folded []rune, origin []int) {
	folded = make([]rune, 0, len(rs))
	origin = make([]int, 0, len(rs))
	emit := func(r rune, at int) { folded, origin = append(folded, r), append(origin, at) }
	for i, r := range rs {
		switch {
		case unicode.IsSpace(r):
			if len(folded) > 0 && folded[len(folded)-1] != ' ' {
				emit(' ', i)
			}
		case strings.ContainsRune("\"“”„‟«»″〝〞", r):
			emit('"', i)
		case strings.ContainsRune("'‘’‚‛‹›′`´", r):
			emit('\'', i)
		case strings.ContainsRune("‐‑‒–—―−", r):
			emit('-', i)
		case r == '…':
			emit('.', i)
			emit('.', i)
			emit('.', i)
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
		default:
			emit(unicode.ToLower(r), i)
		}
	}
	return folded, origin
}

// foldNeedle folds a snippet the model gave and trims what models add or
// drop at its ends: enclosing quote marks and final punctuation.
func foldNeedle(s string) []rune {
	f, _ := foldRunes([]rune(s))
	return []rune(strings.Trim(string(f), ` "'.,;:`))
}

// locate finds snippet in the text and returns its span. An ellipsis in the
// snippet ("we will … never") stands for left-out words: the parts must
// appear in order. ok is false when the snippet is not in the text.
func (ix *textIndex) locate(snippet string) (span, bool) {
	needle := foldNeedle(snippet)
	if len(needle) == 0 {
		return span{}, false
	}
	var parts [][]rune
	for _, p := range strings.Split(string(needle), "...") {
		if p = strings.Trim(p, ` "'.,;:`); p != "" {
			parts = append(parts, []rune(p))
		}
	}
	if len(parts) == 0 {
		return span{}, false
	}
	from, first, last := 0, -1, -1
	for _, p := range parts {
		at := indexRunes(ix.folded[from:], p)
		if at < 0 {
			return span{}, false
		}
		at += from
		if first < 0 {
			first = at
		}
		last = at + len(p) - 1
		from = at + len(p)
	}
	return span{ix.origin[first], ix.origin[last] + 1}, true
}

// contains reports whether name occurs in the text as whole words.
func (ix *textIndex) contains(name string) bool {
	return len(ix.wordMatches(name, 1)) > 0
}

// wordMatches returns up to limit spans (all when limit <= 0) where name
// occurs as whole words, so that "Ian" is not found in "Brian".
func (ix *textIndex) wordMatches(name string, limit int) []span {
	needle := foldNeedle(name)
	if len(needle) == 0 {
		return nil
	}
	var out []span
	for from := 0; from < len(ix.folded); {
		at := indexRunes(ix.folded[from:], needle)
		if at < 0 {
			break
		}
		at += from
		end := at + len(needle)
		if (at == 0 || !isWordRune(ix.folded[at-1])) && (end == len(ix.folded) || !isWordRune(ix.folded[end])) {
			out = append(out, span{ix.origin[at], ix.origin[end-1] + 1})
			if len(out) == limit {
				break
			}
		}
		from = at + 1
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func indexRunes(hay, needle []rune) int {
	n := len(needle)
	for i := 0; i+n <= len(hay); i++ {
		if hay[i] == needle[0] && equalRunes(hay[i:i+n], needle) {
			return i
		}
	}
	return -1
}

func equalRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sentenceOf returns the span of the sentence or sentences that sp overlaps,
// which is what Evidence records.
func (ix *textIndex) sentenceOf(sp span) span {
	out := sp
	for _, s := range ix.sentences {
		if s.end <= sp.start || s.start >= sp.end {
			continue
		}
		out.start = min(out.start, s.start)
		out.end = max(out.end, s.end)
	}
	return out
}

// text returns the article text in sp.
func (ix *textIndex) text(sp span) string { return string(ix.runes[sp.start:sp.end]) }
