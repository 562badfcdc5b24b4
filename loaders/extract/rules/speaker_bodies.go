package rules

import "strings"

// oneWordBody reads a body named by one capitalised word after "a
// spokesman for" ("a spokesman for Unison, Britain's biggest union,
// said"): a spokesperson speaks for a body or a person, and the word is a
// person's surname only if the story names someone by it (with an
// honorific or a first name). It returns the body's mention.
func (d *doc) oneWordBody(k, last int) (mention, bool) {
	if k+1 >= last || d.toks[k].kind != tWord || !isUpperStart(d.toks[k].text) || notNameWords[d.toks[k].text] ||
		honorificGender[d.toks[k].text] != 0 || isUpperStart(d.toks[k+1].text) {
		return mention{}, false
	}
	if next := d.toks[k+1]; next.kind == tWord && isLower(next.text) {
		if _, verb := d.matchVerb(k + 1); !verb {
			return mention{}, false
		}
	}
	w := d.toks[k].text
	for i := 1; i < len(d.toks); i++ {
		if i == k || d.toks[i].text != w {
			continue
		}
		prev := d.toks[i-1].text
		if honorificGender[prev] != 0 || isUpperStart(prev) && !notNameWords[prev] && !strings.HasSuffix(prev, ".") {
			return mention{}, false // "Mr Reyes", "Tom Reyes": a person
		}
	}
	return mention{a: k, b: k + 1, kind: mOrg, rec: -1, name: w, aliasFrom: k}, true
}
