package rules

import "strings"

// continuationSpeaker reads who speaks an unclosed quote from the
// paragraphs that continue it. News copy leaves a quote open at the end of
// a paragraph when the next paragraph carries it on with an opening mark
// (`He said: "… . / "… ," he added.`); the speaker named at the end of the
// run is the open quote's. The run ends at the first continuation that
// closes: a quote after it, even in the same paragraph, is another's
// (`"… idiocies." Mr X was quoted saying: "…"`).
func (d *doc) continuationSpeaker(qi int) (int, bool) {
	prev := d.quotes[qi]
	for n := qi + 1; n < len(d.quotes); n++ {
		next := d.quotes[n]
		if next.para != prev.para+1 || !d.opensParagraph(next) {
			return -1, false
		}
		if at := d.attributeQuote(next); at.explicit {
			return at.speaker, true
		}
		if next.close >= 0 {
			return -1, false
		}
		prev = next
	}
	return -1, false
}

// opensParagraph reports whether a quote's opening mark is the first token
// of its paragraph.
func (d *doc) opensParagraph(q quote) bool {
	p := d.paras[q.para]
	for k := p.first; k < q.open; k++ {
		if d.toks[k].kind == tWord {
			return false
		}
	}
	return true
}

// attributionPronoun returns the subject pronoun that attributes quote q
// right beside it — `"…," she said`, `"…," said he`, `She added: "…"` —
// or -1.
func (d *doc) attributionPronoun(q quote) int {
	if q.close >= 0 {
		k := q.close + 1
		for k < len(d.toks) && (d.toks[k].text == "," || d.toks[k].text == "—" || d.toks[k].text == "-") {
			k++
		}
		if k < len(d.toks) && d.toks[k].sent == d.toks[q.close].sent {
			if pronounsSubject[d.toks[k].text] {
				if h, ok := d.matchVerb(d.skipAdverbs(k + 1)); ok && h.p.attrib {
					return k
				}
			} else if h, ok := d.matchVerb(k); ok && h.p.attrib && h.to < len(d.toks) && pronounsSubject[d.toks[h.to].text] {
				return h.to
			}
		}
	}
	s := d.sents[d.toks[q.open].sent]
	v := q.open - 1
	for v > s.first && (d.toks[v].text == ":" || d.toks[v].text == ",") {
		v--
	}
	for a := v - 1; a >= s.first && a >= v-3; a-- {
		if d.toks[a].inQuote {
			break
		}
		if pronounsSubject[d.toks[a].text] {
			if h, ok := d.matchVerb(d.skipAdverbs(a + 1)); ok && h.p.attrib && h.to == v+1 {
				return a
			}
			break
		}
	}
	return -1
}

// skipAdverbs steps over "-ly" adverbs and "also", "later", "then" at k.
func (d *doc) skipAdverbs(k int) int {
	for n := 0; k < len(d.toks) && n < 2; n++ {
		w := d.toks[k].text
		if !(isAdverbLy(w) || w == "also" || w == "later" || w == "then" || w == "has" || w == "had") {
			break
		}
		k++
	}
	return k
}

// pronounMisfits reports a quote attributed by a gendered pronoun that
// cannot mean the last speaker, a person (`"…," she said` after a man's
// quotes): the words are of someone the rules did not read.
func (d *doc) pronounMisfits(q quote, last int) bool {
	j := d.attributionPronoun(q)
	if j < 0 {
		return false
	}
	return d.isPerson(last) && !d.genderFits(last, d.toks[j].text)
}

// unnamedOpenerBefore reports that the sentence before token k's (outside
// quotes) opens with someone the story does not name as the subject of a
// verb of saying — "The executive spokeswoman said …", "A mother of two
// said …" — whom the pronoun at k fits: `She said: "…"` is theirs, not
// the last named person's.
func (d *doc) unnamedOpenerBefore(k int) bool {
	si := d.toks[k].sent
	for j := d.sents[si].first; j < k; j++ {
		if m := d.mentionStarting(j); m != nil && !d.toks[j].inQuote && d.isPerson(m.rec) {
			return false // "X said he had …, who he described as "…"": X is nearer
		}
	}
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		ps := d.sents[p]
		if d.toks[ps.first].inQuote {
			continue
		}
		start := d.afterConnectives(ps)
		if start >= ps.last || !unnamedDeterminers[strings.ToLower(d.toks[start].text)] || d.mentionStarting(start) != nil {
			return false
		}
		for j := start + 1; j < ps.last && j <= start+4; j++ {
			t := d.toks[j]
			if t.kind != tWord || !isLower(t.text) || d.mentionStarting(j) != nil {
				return false
			}
			if spokesNouns[t.text] || unnamedPersonNouns[t.text] {
				if g := titleGender(t.text); g != genderUnknown && g != pronounGender(d.toks[k].text) {
					return false
				}
				h, ok := d.matchVerb(d.skipAdverbs(j + 1))
				return ok && h.p.attrib
			}
		}
		return false
	}
	return false
}

// pronounBefore returns the subject pronoun standing right before the verb
// at v (over an adverb or two), or -1.
func (d *doc) pronounBefore(v int) int {
	first := d.sents[d.toks[v].sent].first
	for a := v - 1; a >= first && a >= v-3; a-- {
		if pronounsSubject[d.toks[a].text] {
			if d.skipAdverbs(a+1) == v {
				return a
			}
			return -1
		}
	}
	return -1
}
