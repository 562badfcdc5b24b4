package rules

import (
	_ "embed"
	"strings"
	"sync"
)

// englishWordsText is a general list of English words (english_words.txt
// says where it comes from): world knowledge of the language, like the
// lists of titles and countries, never of any article's names.
//
//go:embed english_words.txt
var englishWordsText string

var (
	englishOnce  sync.Once
	englishWords map[string]bool // lower-case word → also a proper name (a given name, a place)
)

// englishWord reports whether w, folded to lower case, is a common English
// word, and whether the list also knows it as a proper name ("Jack",
// "Chad", "Grace").
func englishWord(w string) (word, properToo bool) {
	englishOnce.Do(func() {
		englishWords = make(map[string]bool, 64000)
		for _, line := range strings.Split(englishWordsText, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			w, proper := strings.CutSuffix(line, "+")
			englishWords[w] = proper
		}
	})
	properToo, word = englishWords[strings.ToLower(w)]
	return word, properToo
}
