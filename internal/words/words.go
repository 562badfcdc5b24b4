// Package words finds a word or phrase in text as whole words, the one
// test the extractors share when they ask whether an article (or a
// sentence) writes a name.
package words

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Contains reports whether text writes phrase as whole words: the
// characters just before and after it are no letter or digit ("UK" is not
// in "Ukraine"). Case matters; fold both sides first to ignore it.
func Contains(text, phrase string) bool {
	if phrase == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (i == 0 || !isWordRune(before)) && (end == len(text) || !isWordRune(after)) {
			return true
		}
		from = i + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
