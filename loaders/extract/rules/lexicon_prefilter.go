package rules

import "strings"

// lexFirstWords are the first tokens of the lexicon's names: a cheap test
// before lexMatch builds candidate keys.
var lexFirstWords = buildFirstWords(func(yield func(string)) {
	for k := range lexicon {
		yield(k)
	}
}, false)

// titleFirstWords are the first words (lower case) of the multi-word
// titles.
var titleFirstWords = buildFirstWords(func(yield func(string)) {
	for k := range titleIndex {
		if strings.Contains(k, " ") {
			yield(k)
		}
	}
}, true)

func buildFirstWords(each func(func(string)), lower bool) map[string]bool {
	out := map[string]bool{}
	each(func(k string) {
		if i := strings.IndexByte(k, ' '); i >= 0 {
			k = k[:i]
		}
		if lower {
			k = strings.ToLower(k)
		}
		out[k] = true
	})
	return out
}

// titleAtStarts reports whether a title of several words starts at j.
func (d *doc) titleAtStarts(j, last int) bool {
	title, _ := d.titleAt(j, last)
	return strings.Contains(title, " ")
}
