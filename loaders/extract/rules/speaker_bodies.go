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

// documentNouns are things that speak for whoever issued them.
var documentNouns = toSet("statement letter memo memorandum release note")

// documentOwnerAt reads "the statement" at k (`"…," the statement said`)
// as whoever the story said issued it: the subject of the verb in the
// nearest sentence before, at most three back, that names the same
// document ("the US military said in a statement", "X issued a
// statement"). It returns the owner and the token after the noun, or -1.
func (d *doc) documentOwnerAt(k, end int) (int, int) {
	if k+1 >= end || !strings.EqualFold(d.toks[k].text, "the") || !documentNouns[d.toks[k+1].text] {
		return -1, -1
	}
	noun := d.toks[k+1].text
	si := d.toks[k].sent
	for p := si; p >= 0 && p >= si-3; p-- {
		ps := d.sents[p]
		for j := ps.first; j < ps.last; j++ {
			if j >= k || d.toks[j].inQuote || d.toks[j].text != noun {
				continue
			}
			for v := j - 1; v >= ps.first && v >= j-12; v-- {
				if d.toks[v].inQuote || d.toks[v].kind != tWord || !isLower(d.toks[v].text) {
					continue
				}
				if _, ok := d.matchVerb(v); ok || d.toks[v].text == "issued" || d.toks[v].text == "released" {
					if rec := d.subjectOf(v); rec >= 0 {
						return rec, k + 2
					}
				}
			}
		}
	}
	return -1, -1
}

// accordingToOpening reads "according to X," set off by commas before a
// quote in its sentence ("According to X, the deal "…"", "Y, according to
// X, made a trip for a "…"") and returns X as the speaker of the quote,
// with the phrase's token range; -1 otherwise.
func (d *doc) accordingToOpening(q quote) (int, int, int) {
	s := d.sents[d.toks[q.open].sent]
	k := s.first
	for ; k+2 < q.open; k++ {
		// "According to X, …", "Y, according to X, made … for a "…""
		if !d.toks[k].inQuote && strings.EqualFold(d.toks[k].text, "according") && d.toks[k+1].text == "to" &&
			(k == s.first || d.toks[k-1].text == "," || connectives[strings.ToLower(d.toks[k-1].text)]) {
			break
		}
	}
	if k+2 >= q.open {
		return -1, -1, -1
	}
	m := d.mentionStarting(k + 2)
	if m == nil || m.rec < 0 || m.b >= q.open || d.toks[m.b].text != "," {
		return -1, -1, -1
	}
	if p := d.modifiedPersonMention(m); p != nil {
		return p.rec, k, p.b
	}
	return m.rec, k, m.b
}

// sentenceIntroducedSpeaker reads a quote opening a sentence with no
// attribution right after a sentence of narration in the same paragraph
// whose subject is a person other than whoever spoke before: `"…," X
// said. Y disagreed. "…"` is Y's. The narration must quote no one and
// have no verb of saying (then the quote would be that speaker's).
func (d *doc) sentenceIntroducedSpeaker(q quote) int {
	si := d.toks[q.open].sent
	s := d.sents[si]
	if q.open != s.first || si == 0 || q.open == d.paras[q.para].first {
		return -1
	}
	ps := d.sents[si-1]
	if ps.para != q.para {
		return -1
	}
	for k := ps.first; k < ps.last; k++ {
		if d.toks[k].kind == tQuote || d.toks[k].inQuote || d.toks[k].kind == tWord && d.isSpeechVerbAt(k) {
			return -1
		}
	}
	if ps.last-ps.first > 12 {
		return -1 // a short sentence of stance ("Y disagreed."), not a story of its own
	}
	if rec := d.openingSubject(d.afterConnectives(ps), ps.last); d.isPerson(rec) {
		return rec
	}
	return -1
}

// frontedTimeEnd reads a short phrase of time fronted before a clause's
// subject and set off by a comma ("Earlier Saturday,", "Late on Monday,",
// "Last week,") at k and returns the token after its comma, or k.
func (d *doc) frontedTimeEnd(k, last int) int {
	dated := false
	for j := k; j < last && j < k+5; j++ {
		t := d.toks[j]
		if t.inQuote || t.kind == tQuote {
			return k
		}
		if t.date > 0 {
			dated = true
		}
		if t.text == "," {
			if dated && j > k {
				return j + 1
			}
			return k
		}
	}
	return k
}

// directiveNouns are orders and appeals whose words a quote after "from X
// to" gives.
var directiveNouns = toSet(`directive directives order orders instruction instructions call calls appeal appeals
demand demands plea pleas request requests exhortation exhortations`)

// directiveFrom reads `<directive> from X to "…"` ("directives from Xi to
// "show absolutely no mercy"", "a call from X to "…"") before a quote and
// returns X, a person, or -1.
func (d *doc) directiveFrom(q quote) int {
	k := q.open - 1
	if k < 3 || d.toks[k].text != "to" {
		return -1
	}
	m := d.mentionEnding(k - 1)
	if m == nil || !d.isPerson(m.rec) || m.a < 2 {
		return -1
	}
	a := m.a
	if m.aliasFrom >= 0 && m.aliasFrom < a {
		a = m.aliasFrom
	}
	if a < 2 || d.toks[a-1].text != "from" || !directiveNouns[strings.ToLower(d.toks[a-2].text)] {
		return -1
	}
	return m.rec
}
