package rules

import "strings"

// A spokesperson with no body of their own — "But the Home Office
// defended the measures. A spokesman said: "…"" — speaks for the body the
// sentence before made its subject. With no such body the quote is of
// someone unnamed: it is no statement, and it is not the last named
// speaker's either.

// unnamedSpeaker is what an attribution to an unnamed spokesperson whose
// body the text does not give resolves to.
const unnamedSpeaker = -2

// bareSpokesEnd reads "a spokesman", "the spokeswoman", "an official
// spokesperson" at k with no body after it ("for X", "of X") and no name
// ("a spokesman, Jo Brand,"). It returns the token after the noun, or -1.
func (d *doc) bareSpokesEnd(k, last int) int {
	if k >= last {
		return -1
	}
	if w := d.toks[k].text; !indefinites[w] && w != "the" && w != "The" {
		return -1
	}
	j := k + 1
	if j < last && d.toks[j].text == "official" {
		j++
	}
	if j >= last || !spokesNouns[d.toks[j].text] {
		return -1
	}
	e := j + 1
	if e < last {
		switch d.toks[e].text {
		case "for", "of", "to", "at":
			return -1
		}
	}
	if d.nameFollows(e, last) {
		return -1
	}
	return e
}

// bareSpokesBefore finds a bare spokesperson as the subject of the verb at
// v ("A spokesman said", "A spokeswoman later added") and returns its
// first token, or -1.
func (d *doc) bareSpokesBefore(v int) int {
	s := d.sents[d.toks[v].sent]
	k := v - 1
	for n := 0; k > s.first && n < 3 && skippableBeforeVerb[strings.ToLower(d.toks[k].text)]; n++ {
		k--
	}
	for a := k - 2; a <= k-1; a++ {
		if a >= s.first && d.bareSpokesEnd(a, v) == k+1 {
			return a
		}
	}
	return -1
}

// spokesBody returns the body a bare spokesperson at token k speaks for:
// the organisation or country that opens the sentence before (after a
// connective: "But the Home Office defended …"), or unnamedSpeaker.
func (d *doc) bareSpokesBody(k int) int {
	si := d.toks[k].sent
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		ps := d.sents[p]
		if d.toks[ps.first].inQuote || d.paras[ps.para].headline {
			continue // a sentence of a quote
		}
		start := d.afterConnectives(ps)
		if start < ps.last && bodyPronouns[d.toks[start].text] {
			continue // "And they pledged …": the body named before goes on
		}
		if m := d.mentionStarting(start); m != nil && m.rec >= 0 && !d.isPerson(m.rec) {
			return m.rec
		}
		return unnamedSpeaker
	}
	return unnamedSpeaker
}

// bodyPronouns stand for a body named before.
var bodyPronouns = toSet("they They it It")

// connectives open a sentence before its subject.
var connectives = toSet("but and however meanwhile yet so still")

// spokesSubjectBefore returns the body an unnamed spokesperson speaks for
// when that spokesperson opens the sentence of token k or the sentence
// before it ("A Finance Ministry spokeswoman said … . "…," she said") and
// the pronoun at j fits the spokesperson; else -1.
func (d *doc) spokesSubjectBefore(k, j int) int {
	si := d.toks[k].sent
	seen := 0
	for p := si; p >= 0 && seen < 2; p-- {
		ps := d.sents[p]
		if p < si && d.toks[ps.first].inQuote {
			if d.namesPersonOutsideQuotes(ps) {
				return -1 // `"…," spokesman X said.`: a named speaker came last
			}
			continue
		}
		seen++
		start := ps.first
		for start < ps.last && (connectives[strings.ToLower(d.toks[start].text)] || d.toks[start].text == ",") {
			start++
		}
		m := d.mentionStarting(start)
		if m == nil || m.rec < 0 || d.isPerson(m.rec) {
			if p == si {
				continue // the pronoun's own sentence opens with the quote
			}
			return -1
		}
		for x := m.a; x < m.b; x++ {
			switch d.toks[x].text {
			case "spokesperson":
				return m.rec
			case "spokesman":
				if d.toks[j].text == "he" || d.toks[j].text == "He" {
					return m.rec
				}
			case "spokeswoman":
				if d.toks[j].text == "she" || d.toks[j].text == "She" {
					return m.rec
				}
			}
		}
		return -1
	}
	return -1
}

// pronounSpokesBody returns the body of an unnamed spokesperson that the
// pronoun of an attribution ("…," she said) means, or -1.
func (d *doc) pronounSpokesBody(at attribution) int {
	for k := at.from; k < at.to && k < at.from+4; k++ {
		t := d.toks[k]
		if t.inQuote || t.kind != tWord {
			continue
		}
		if pronounsSubject[t.text] {
			return d.spokesSubjectBefore(k, k)
		}
	}
	return -1
}

// pronounSpeaker resolves the pronoun at k that attributes a quote: an
// unnamed spokesperson who opened the sentence before, else a person.
func (d *doc) pronounSpeaker(k int) int {
	if d.resolvingPronoun[k] {
		return -1
	}
	if d.resolvingPronoun == nil {
		d.resolvingPronoun = map[int]bool{}
	}
	d.resolvingPronoun[k] = true
	defer delete(d.resolvingPronoun, k)
	if b := d.spokesSubjectBefore(k, k); b >= 0 {
		return b
	}
	if d.unnamedOpenerBefore(k) {
		return unnamedSpeaker
	}
	return d.resolvePronoun(k, -1)
}

// namesPersonOutsideQuotes reports whether sentence s names a person
// outside its quotes.
func (d *doc) namesPersonOutsideQuotes(s sentence) bool {
	for k := s.first; k < s.last; k++ {
		if d.toks[k].inQuote {
			continue
		}
		if m := d.mentionStarting(k); m != nil && d.isPerson(m.rec) {
			return true
		}
	}
	return false
}

// afterConnectives returns where the subject of sentence s may start:
// after the connectives that open it ("But", "However,") and a fronted
// phrase set off by a comma ("Without naming X, the first lady …").
func (d *doc) afterConnectives(s sentence) int {
	start := s.first
	for start < s.last && (connectives[strings.ToLower(d.toks[start].text)] || d.toks[start].text == ",") {
		start++
	}
	if e := d.frontedTimeEnd(start, s.last); e > start {
		start = e // "Earlier Saturday, X …", "On Monday, X …"
	}
	if start+2 < s.last && d.toks[start+1].text == "," && d.toks[start].kind == tWord && d.mentionStarting(start) == nil && !pronounsSubject[d.toks[start].text] {
		return start + 2 // "Earlier, X …", "Instead, X …": one fronted adverb
	}
	if start < s.last && frontedPrepositions[strings.ToLower(d.toks[start].text)] {
		for j := start; j < s.last && j < start+16; j++ {
			if d.toks[j].text == "," && !d.toks[j].inQuote {
				return j + 1
			}
		}
	}
	return start
}
