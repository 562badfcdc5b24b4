package dates

import (
	"unicode"
	"unicode/utf8"
)

// tokenKind says what a token is made of.
type tokenKind uint8

const (
	tokWord  tokenKind = iota // letters: "Tuesday", "early"
	tokNum                    // digits, maybe with thousands commas or an ordinal suffix: "23", "2,000", "23rd"
	tokISO                    // an ISO calendar date: "2025-09-24"
	tokPunct                  // one other visible rune, or a line break
)

// token is one word, number or punctuation mark with its byte span.
type token struct {
	start, end int
	text       string
	kind       tokenKind
	// For tokNum: the value, how many digits it has, whether it had a
	// thousands separator and whether it carried an ordinal suffix.
	value   int
	digits  int
	grouped bool
	ordinal bool
}

// tokenize splits text into tokens. White space is dropped except line
// breaks, which are kept as punctuation because they end a clause.
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			toks = append(toks, token{start: i, end: i + 1, text: text[i : i+1], kind: tokPunct})
			i++
		case unicode.IsSpace(r):
			i += size
		case r >= '0' && r <= '9':
			t := scanNumber(text, i)
			toks = append(toks, t)
			i = t.end
		case unicode.IsLetter(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			toks = append(toks, token{start: i, end: j, text: text[i:j], kind: tokWord})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + size, text: text[i : i+size], kind: tokPunct})
			i += size
		}
	}
	return toks
}

// scanNumber reads the number starting at text[i]: an ISO date
// (2025-09-24), a grouped number (2,000), or digits with an optional
// ordinal suffix (23rd).
func scanNumber(text string, i int) token {
	j := digitsEnd(text, i)
	if j-i == 4 && isISOTail(text, j) {
		end := j + 6
		return token{start: i, end: end, text: text[i:end], kind: tokISO}
	}
	t := token{start: i, kind: tokNum}
	t.value, t.digits = atoi(text[i:j])
	// Thousands groups: ",ddd" repeated. "2,000" is a quantity, never a year.
	for j+4 <= len(text) && text[j] == ',' && digitsEnd(text, j+1) == j+4 {
		v, _ := atoi(text[j+1 : j+4])
		t.value = t.value*1000 + v
		t.digits += 3
		t.grouped = true
		j += 4
	}
	if !t.grouped && j+2 <= len(text) {
		switch text[j : j+2] {
		case "st", "nd", "rd", "th":
			if j+2 == len(text) || !isASCIILetter(text[j+2]) {
				t.ordinal = true
				j += 2
			}
		}
	}
	// Digits glued to letters ("3D", "G20x") are not numbers we read.
	if j < len(text) && isASCIILetter(text[j]) {
		for j < len(text) && (isASCIILetter(text[j]) || isDigit(text[j])) {
			j++
		}
		t.kind = tokWord
	}
	t.end = j
	t.text = text[i:j]
	return t
}

// isISOTail reports whether text[j:] starts with "-MM-DD" not followed by
// another digit.
func isISOTail(text string, j int) bool {
	if j+6 > len(text) || text[j] != '-' || text[j+3] != '-' {
		return false
	}
	for _, k := range []int{1, 2, 4, 5} {
		if !isDigit(text[j+k]) {
			return false
		}
	}
	return j+6 == len(text) || !isDigit(text[j+6])
}

func digitsEnd(text string, i int) int {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	return i
}

// atoi converts a run of ASCII digits, saturating long runs (they are never
// dates), and returns the value and the digit count.
func atoi(s string) (int, int) {
	v := 0
	for k := 0; k < len(s); k++ {
		if v < 1e8 {
			v = v*10 + int(s[k]-'0')
		}
	}
	return v, len(s)
}

func isDigit(b byte) bool       { return b >= '0' && b <= '9' }
func isASCIILetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

// isCapitalized reports whether a word starts with an upper-case letter.
func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
