package rules

import "strings"

// A speaker may be referred back to by a common noun the story gave as
// part of a name: "Archbishop Desmond Tutu … The archbishop added: "…"",
// "the Fisheries Bureau said in a statement … "…," the bureau said".
// nounReferentAt reads "the <noun>" at k for nouns the lexicon has no
// description for and returns the actor last named before k whose name
// holds the noun capitalised (a person: as the title opening the name,
// or a title it holds), with the token after the noun; -1 otherwise.
func (d *doc) nounReferentAt(k, end int) (int, int) {
	if k+1 >= end || !strings.EqualFold(d.toks[k].text, "the") {
		return -1, -1
	}
	n := d.toks[k+1]
	if d.toks[k].text == "the" && len(n.text) > 1 && !isLower(n.text[:1]) && isLower(n.text[1:]) && d.mentionStarting(k+1) == nil {
		// "the Cardinal will ask": a title written capitalised, as a name.
		n.text = strings.ToLower(n.text[:1]) + n.text[1:]
	}
	if n.kind != tWord || !isLower(n.text) || functionWords[n.text] || len(n.text) < 4 {
		return -1, -1
	}
	title := strings.ToUpper(n.text[:1]) + n.text[1:]
	first := d.sents[max(0, d.toks[k].sent-12)].first
	for j := k - 1; j >= first; j-- {
		m := d.mentionEnding(j)
		if m == nil || m.rec < 0 || d.toks[j].inQuote {
			continue
		}
		rec := d.reg.recs[m.rec]
		words := strings.Fields(rec.name)
		if d.isPerson(m.rec) {
			if len(words) > 1 && words[0] == title || rec.holdsTitleEnding(n.text) {
				return m.rec, k + 2
			}
			continue
		}
		for _, w := range words {
			if w == title {
				return m.rec, k + 2 // "the council", "the doctors"
			}
		}
	}
	return -1, -1
}

// nounSubjectBefore reads "the <noun>" as the subject of the verb at v
// ("The archbishop added:") and returns its referent, or -1.
func (d *doc) nounSubjectBefore(v int) int {
	s := d.sents[d.toks[v].sent]
	k := v - 1
	for n := 0; k > s.first && n < 3 && skippableBeforeVerb[strings.ToLower(d.toks[k].text)]; n++ {
		k--
	}
	if k-1 < s.first {
		return -1
	}
	if rec, next := d.nounReferentAt(k-1, v); rec >= 0 && next == k+1 {
		return rec
	}
	return -1
}

// sentenceEndAttribution reads an attribution that closes the sentence a
// quote stands inside: `the vessel "tried to block the path" of the boat,
// which was on patrol, the bureau said.` The clause after the last comma
// outside quotes must name the speaker and its verb.
func (d *doc) sentenceEndAttribution(q quote, at *attribution) {
	cs := d.sents[d.toks[q.close].sent]
	if q.close == cs.first {
		return // the quote closes its sentence: what follows is another's
	}
	c := -1
	for k := cs.last - 1; k > q.close; k-- {
		if d.toks[k].kind == tQuote {
			return // another quote after this one: its own attribution
		}
		if d.toks[k].text == "," && c < 0 {
			c = k
		}
	}
	if c < 0 {
		// `… and "smash it to pieces," X said.`: the comma inside the
		// quote. Only the name-first order: in `"…," said Germany would
		// invest` the name after the verb opens a reported clause.
		if q.close+1 >= cs.last {
			return
		}
		if h, ok := d.matchVerb(q.close + 1); ok && h.p.attrib {
			return
		}
		c = q.close
	}
	if spk := d.tailSpeaker(c+1, cs.last); spk >= 0 {
		at.speaker, at.explicit, at.from, at.to = spk, true, c+1, cs.last
	} else if spk == unnamedSpeaker {
		at.unnamed = true
	}
}

// openingSubject returns the actor that opens a sentence before token j,
// after up to four words of title ("Conservative co-chairman X derided
// …"), a body named as the person's modifier giving way to the person; -1
// when a verb or quote comes first.
func (d *doc) openingSubject(first, j int) int {
	for k := first; k < j && k <= first+4; k++ {
		if m := d.mentionStarting(k); m != nil {
			if m.b >= j {
				return -1
			}
			if p := d.modifiedPerson(m); p >= 0 {
				return p
			}
			if p := d.ownedPersonAfter(m, j); p >= 0 {
				return p // "Mr Brown's former adviser Ed Balls said": the adviser
			}
			if n := d.mentionStarting(m.b); n != nil && d.isPerson(n.rec) && n.b <= j {
				return n.rec // "Shadow home secretary X": the name after a title
			}
			if m.b+1 < j && d.toks[m.b].text == "," && m.a > first && d.toks[m.a-1].text != "," {
				// "one of the so-called Four, X - who … - said": the person
				// the group is named for.
				if n := d.mentionStarting(m.b + 1); n != nil && d.isPerson(n.rec) && n.rec != m.rec && strings.EqualFold(d.toks[first].text, "one") {
					return n.rec
				}
			}
			return m.rec
		}
		t := d.toks[k]
		if t.inQuote || t.kind != tWord {
			return -1
		}
		if pronounsSubject[t.text] {
			return -1 // "He also thinks X is right": the pronoun is the subject, X its object
		}
		if _, ok := d.matchVerb(k); ok {
			return -1
		}
	}
	return -1
}

// embeddedFragmentMaxWords is the length up to which a quote standing
// inside a sentence of narration is a phrase, not a passage of speech.
const embeddedFragmentMaxWords = 6

// embeddedFragment reports whether a quote is a short phrase inside a
// sentence: closed, with words of the sentence before it, no end of
// sentence inside the marks, and no verb of saying in the sentence.
func (d *doc) embeddedFragment(q quote) bool {
	if q.close < 0 || q.words > embeddedFragmentMaxWords {
		return false
	}
	s := d.sents[d.toks[q.open].sent]
	if !d.wordsBetween(s.first, q.open) || d.toks[q.close].sent != d.toks[q.open].sent {
		return false
	}
	if k := q.close - 1; k > q.open && (d.toks[k].text == "." || d.toks[k].text == "?" || d.toks[k].text == "!") {
		return false
	}
	for k := s.first; k < s.last; k++ {
		if t := d.toks[k]; !t.inQuote && t.kind == tWord && (d.isSpeechVerbAt(k) && !d.nounAfterDeterminer(k) || fragmentVerbs[t.text]) {
			return false // a verb of saying: someone's words, though whose is not read
		}
	}
	return true
}

// fragmentVerbs give a quoted phrase its speaker's voice though they are
// not read as attribution verbs ("pledging only to "…"", "has called it
// a "…"", "insinuating that the nation will lose a "…"").
var fragmentVerbs = toSet(`called calls calling pledged pledging pledges vowed vowing promised promising
insinuated insinuating dubbed branded labelled labeled termed accused accusing urged urging hailed hailing
praised praising condemned condemning`)

// introducedSpeaker reads a quote paragraph with no attribution after a
// paragraph of narration that introduces a person: "X, the provincial
// minister, wants the line to reach the border. / "…"". The quote is the
// person's, not the last speaker's. It returns -1 when the quote does not
// open its paragraph, the paragraph before quotes anyone, or it asks a
// question ("Is X a good leader?" / "…": the interviewee answers about X).
func (d *doc) introducedSpeaker(q quote) int {
	if q.open != d.paras[q.para].first {
		return -1
	}
	if d.quotedSubheading(q) {
		return -1
	}
	for pi := q.para - 1; pi >= 0; pi-- {
		p := d.paras[pi]
		if p.first >= p.last {
			continue // a blank line
		}
		if p.headline || p.caption {
			return -1
		}
		for k := p.first; k < p.last; k++ {
			if d.toks[k].kind == tQuote || !d.toks[k].inQuote && d.toks[k].kind == tWord && d.isSpeechVerbAt(k) {
				return -1 // the paragraph reports someone's words: the quote is theirs
			}
		}
		s := d.sents[d.toks[p.last-1].sent]
		if d.toks[p.last-1].text == "?" && questionOpeners[strings.ToLower(d.toks[s.first].text)] {
			return -1 // an interviewer's question: the quote answers it, in the interviewee's words
		}
		if rec := d.openingSubject(s.first, s.last); d.isPerson(rec) {
			return rec
		}
		return -1
	}
	return -1
}

// questionOpeners open a direct question ("Is X a good leader?", "What
// would X learn?"), as an interviewer's paragraph asks it.
var questionOpeners = toSet(`is are was were do does did can could would will should has have had
what why how who whom which where when`)

// sentenceEnders end a sentence.
var sentenceEnders = toSet(". ? !")

// quotedSubheading reports a paragraph that is only a quote with no end of
// sentence in it: a subheading taken from the quotes below it ("We
// write with urgency"), not a statement of its own.
func (d *doc) quotedSubheading(q quote) bool {
	p := d.paras[q.para]
	return q.close >= 0 && q.open == p.first && q.close == p.last-1 && !sentenceEnders[d.toks[q.close-1].text]
}

// finalAttributionSubject returns the speaker a sentence closes with
// ("X has failed the country, Y has said."): the subject a reader carries
// on with, not the X it opens with; -1 when it closes with none.
func (d *doc) finalAttributionSubject(s sentence) int {
	for k := s.last - 1; k > s.first; k-- {
		t := d.toks[k]
		if t.inQuote || t.kind == tQuote {
			return -1
		}
		if t.text == "," {
			if spk := d.tailSpeaker(k+1, s.last); spk >= 0 {
				return spk
			}
			return -1
		}
	}
	return -1
}

// controlledSubject reads the subject of a verb after "to" that an object
// controls: "led X to suggest "…"", "inspired X, a backer, to urge Y to
// "…"". It returns the object, a person, or -1.
func (d *doc) controlledSubject(v int) int {
	s := d.sents[d.toks[v].sent]
	if v-2 < s.first || !strings.EqualFold(d.toks[v-1].text, "to") {
		return -1
	}
	j := v - 2
	if d.toks[j].text == "," {
		// an appositive between: "X, a backer of Y, to urge"
		k := d.previousComma(j, s.first)
		if k < 0 || j-k > 8 {
			return -1
		}
		j = k - 1
	}
	if m := d.mentionEnding(j); m != nil && d.isPerson(m.rec) && !d.toks[j].inQuote {
		return m.rec
	}
	return -1
}

// passiveAgent reads a fragment quoted in a passive clause: `was accused
// of using the "…"`, `a move branded a "…" by the Tories`. It reports
// whether the verb at v is a passive participle (after a form of "be", or
// with an agent after the quote), and the agent "by" names just after the
// quote, or -1.
func (d *doc) passiveAgent(v int, q quote) (bool, int) {
	if v < 1 || !strings.HasSuffix(d.toks[v].text, "ed") || v < q.open-6 {
		return false, -1
	}
	agent := -1
	if q.close >= 0 && q.close+2 < len(d.toks) && d.toks[q.close+1].text == "by" {
		if m := d.mentionStarting(q.close + 2); m != nil && m.rec >= 0 {
			agent = m.rec
		}
	}
	if beForms[strings.ToLower(d.toks[v-1].text)] {
		return true, agent
	}
	return agent >= 0, agent
}

// participleBefore returns the nearest past participle in the few words
// before a quote ("branded a", "described as", "accused of using the"),
// or -1.
func (d *doc) participleBefore(q quote, first int) int {
	for k := q.open - 1; k >= first && k >= q.open-5; k-- {
		t := d.toks[k]
		if t.inQuote || t.kind != tWord || !isLower(t.text) {
			return -1
		}
		if strings.HasSuffix(t.text, "ed") {
			return k
		}
	}
	return -1
}

// beForms make a participle after them passive.
var beForms = toSet("been was were is are being be")

// ownedPersonAfter reads a possessive before a person's title and name
// ("Mr Brown's former adviser Ed Balls", "the union's general secretary
// Jo Brand") and returns that person, the phrase's head, or -1.
func (d *doc) ownedPersonAfter(m *mention, j int) int {
	if m.b+1 >= j || d.toks[m.b].kind != tPoss {
		return -1
	}
	for k := m.b + 1; k < j && k <= m.b+4; k++ {
		if n := d.mentionStarting(k); n != nil {
			if d.isPerson(n.rec) && n.rec != m.rec && n.b <= j {
				return n.rec
			}
			return -1
		}
		if t := d.toks[k]; t.kind != tWord || !isLower(t.text) {
			return -1
		}
	}
	return -1
}
