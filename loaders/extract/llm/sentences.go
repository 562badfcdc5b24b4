package llm

import (
	"strings"
	"unicode"
)

// abbreviations end with a full stop that does not end a sentence. The list
// is general English, lower case, without the final stop.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "maj": true,
	"sen": true, "rep": true, "gov": true, "pres": true, "rev": true, "hon": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "e.g": true, "i.e": true, "vs": true, "etc": true,
	"no": true, "inc": true, "ltd": true, "co": true, "corp": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// splitSentences cuts text into sentence spans: after . ! ? or … (and any
// closing quotes or brackets) followed by white space and not a lower-case
// word, unless the stop ends an abbreviation or an initial; and at every
// line break, since paragraphs end sentences. Spans exclude surrounding
// white space.
func splitSentences(rs []rune) []span {
	var out []span
	start := 0
	flush := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		if e > s {
			out = append(out, span{s, e})
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\n' {
			flush(i + 1)
			continue
		}
		if !strings.ContainsRune(".!?…", rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune(`"'”’»)]`, rs[j]) {
			j++
		}
		if j < len(rs) && !unicode.IsSpace(rs[j]) {
			continue
		}
		if rs[i] == '.' && endsAbbreviation(rs[start:i]) {
			continue
		}
		if next := nextNonSpace(rs, j); next >= 0 && unicode.IsLower(rs[next]) {
			continue
		}
		flush(j)
		i = j - 1
	}
	flush(len(rs))
	return out
}

// endsAbbreviation reports whether the word before a full stop is a known
// abbreviation or a single-letter initial ("J. Smith").
func endsAbbreviation(before []rune) bool {
	k := len(before)
	for k > 0 && !unicode.IsSpace(before[k-1]) && !strings.ContainsRune(`"'“‘(`, before[k-1]) {
		k--
	}
	word := strings.ToLower(string(before[k:]))
	if len([]rune(word)) == 1 && unicode.IsUpper(before[k]) {
		return true
	}
	return abbreviations[word]
}

func nextNonSpace(rs []rune, from int) int {
	for i := from; i < len(rs); i++ {
		if !unicode.IsSpace(rs[i]) {
			return i
		}
	}
	return -1
}
