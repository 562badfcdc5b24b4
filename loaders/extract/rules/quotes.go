package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// attribution is who a quote is from, as the text around it says.
type attribution struct {
	speaker   int
	principal int // an actor named just before the quote (a spokesperson's principal)
	from, to  int // token range of the attribution clause
	explicit  bool
	unnamed   bool // attributed to a spokesperson whose body the text does not give
	weak      bool // read from a clause's verb that is no verb of saying
	// impersonal: the subject is "it" or a paper ("The report said:") whose
	// body the text does not give; the last speaker keeps it if a body.
	impersonal bool
}

// attributeQuote reads the clause after a quote (`"…," X said`, `"…," said
// X`) and the clause before it (`X said: "…"`, `X said he had a "good
// meeting"`).
func (d *doc) attributeQuote(q quote) attribution {
	at := attribution{speaker: -1, principal: -1, from: q.open, to: q.open}
	s := d.sents[d.toks[q.open].sent]
	head := s.first
	for k := q.open - 1; k >= s.first; k-- {
		if d.toks[k].kind == tQuote {
			head = k + 1
			break
		}
	}
	// A quote inside a clause ("X, who called it "…", said Y") belongs to
	// the clause before it; only a quote opening its sentence takes the
	// speaker named after it.
	if d.wordsBetween(head, q.open) {
		d.headAttribution(q, head, &at)
	}
	if at.speaker < 0 && q.close >= 0 {
		cs := d.sents[d.toks[q.close].sent]
		end := cs.last
		for k := q.close + 1; k < cs.last; k++ {
			if d.toks[k].kind == tQuote {
				end = k
				break
			}
		}
		if spk := d.tailSpeaker(q.close+1, end); spk >= 0 {
			at.speaker, at.explicit, at.from, at.to = spk, true, q.close+1, end
		} else if spk == unnamedSpeaker || d.unreadTailAttribution(q.close+1, end) {
			at.unnamed = true
		}
	}
	if at.speaker < 0 && !at.unnamed {
		d.headAttribution(q, head, &at)
	}
	if (at.speaker < 0 || at.weak) && !at.unnamed && q.close >= 0 {
		// `X has failed to tackle the "…", Y has said.`: the attribution
		// closing the sentence outweighs the subject of the clause.
		d.sentenceEndAttribution(q, &at)
	}
	if (at.speaker < 0 || at.weak) && !at.unnamed {
		if spk, from, to := d.accordingToOpening(q); spk >= 0 {
			at.speaker, at.explicit, at.from, at.to = spk, true, from, to // `According to X, the deal "…"`
		}
	}
	if at.speaker < 0 && !at.unnamed {
		if spk := d.directiveFrom(q); spk >= 0 {
			at.speaker, at.explicit, at.from, at.to = spk, true, q.open-4, q.open // `directives from X to "…"`
		}
	}
	if m := d.mentionEnding(q.open - 1); m != nil && q.open-1 >= head {
		at.principal = m.rec
	}
	return at
}

// qualifiesUnreadOffice reports that the body or country rec is named
// before the verb at v only to qualify an office whose holder was not
// read ("The Tory leader said", "the Labour chairman admitted").
func (d *doc) qualifiesUnreadOffice(rec, from, v int) bool {
	if d.isPerson(rec) {
		return false
	}
	for k := from; k < v; k++ {
		m := d.mentionStarting(k)
		if m == nil || m.rec != rec || m.b >= v {
			continue
		}
		b := m.b
		if d.toks[b].kind == tPoss {
			b++
		}
		title, end := d.titleAt(b, v)
		if title == "" || !isLower(d.toks[b].text) {
			return false
		}
		return d.mentionStarting(end) == nil
	}
	return false
}

// wordsBetween reports whether tokens [a, b) hold a word.
func (d *doc) wordsBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].kind == tWord {
			return true
		}
	}
	return false
}

// headAttribution reads the clause before a quote: `X said: "…"`, `X said
// she had a "fruitful exchange"`, `X called the decision "deeply flawed"`.
func (d *doc) headAttribution(q quote, head int, at *attribution) {
	s := d.sents[d.toks[q.open].sent]
	if v := d.participleBefore(q, head); v >= 0 {
		if _, agent := d.passiveAgent(v, q); agent >= 0 {
			// `a move branded a "…" by X`: the agent speaks.
			at.speaker, at.explicit, at.from, at.to = agent, true, v, q.close+3
			return
		}
	}
	for v := q.open - 1; v >= head; v-- {
		if d.isSpeechVerbAt(v) && !d.toks[v].inQuote && !d.nounAfterDeterminer(v) {
			if passive, agent := d.passiveAgent(v, q); passive {
				// `X has been accused of using the "…"`: X is who it was said of.
				if agent >= 0 {
					at.speaker, at.explicit, at.from, at.to = agent, true, head, q.close+3
				} else {
					at.unnamed = true
				}
				return
			}
			if p := d.pronounBefore(v); p >= 0 && d.unnamedOpenerBefore(p) {
				at.unnamed = true // `A spokeswoman said … . She added: "…"`
				return
			}
			spk := d.subjectOf(v)
			if spk >= 0 && d.qualifiesUnreadOffice(spk, s.first, v) {
				spk = -1 // "The Tory leader said": the party only qualifies the leader
			}
			if c := d.controlledSubject(v); c >= 0 {
				spk = c // "led X to suggest"
			}
			if owner, noun := d.ownerSubject(v); owner >= 0 && d.ownedSubjectWins(spk, noun, v) {
				spk = owner
			} else if spk >= 0 {
				spk = d.reportingSpeaker(v, d.appositionHeadSpeaker(v, d.firstOfCoordinated(v, spk)))
			} else if a := d.bareSpokesBefore(v); a >= 0 {
				spk = d.bareSpokesBody(a)
				at.unnamed = spk == unnamedSpeaker
			} else if spk = d.nounSubjectBefore(v); spk < 0 && (d.unnamedSubjectBefore(v) || d.unresolvedSubjectBefore(v) || d.quantitySubjectBefore(v)) {
				at.unnamed = true // `A Tory source said: "…"`, `A leader of the union said`
			}
			if spk < 0 && !at.unnamed {
				if b, ok := d.impersonalSubject(v); ok {
					spk, at.unnamed, at.impersonal = b, b == unnamedSpeaker, true // `It warned …`, `The report said: "…"`
				}
			}
			if spk == unnamedSpeaker {
				spk = -1
			}
			if spk >= 0 {
				at.speaker, at.explicit, at.from, at.to = spk, true, head, d.attributionEnd(v, q.open)
			}
			return
		}
	}
	if head > s.first {
		if spk := d.contactRelativeSpeaker(q, head); spk >= 0 {
			at.speaker, at.explicit, at.from, at.to, at.weak = spk, true, head, q.open, true
		}
		return
	}
	if q.open-s.first >= 3 {
		// `X called the decision "deeply flawed"`: a fragment inside a
		// clause belongs to the clause's subject.
		v := d.lastVerbBefore(q.open, s.first)
		if v < 0 {
			v = d.verbBeforeAside(q, s.first)
		}
		if v >= 0 {
			if c := d.controlledSubject(v); c >= 0 {
				at.speaker, at.explicit, at.from, at.to, at.weak = c, true, s.first, d.attributionEnd(v, q.open), true
				return
			}
			if spk := d.subjectOf(v); spk >= 0 {
				spk = d.firstOfCoordinated(v, spk)
				at.speaker, at.explicit, at.from, at.to = d.reportingSpeaker(v, spk), true, s.first, d.attributionEnd(v, q.open)
				at.weak = true
			}
		}
	}
}

// tailSpeaker finds the speaker in the tokens after a closing quote.
func (d *doc) tailSpeaker(k, end int) int {
	for k < end && (d.toks[k].text == "," || d.toks[k].text == "—" || d.toks[k].text == "-") {
		k++
	}
	if k >= end {
		return -1
	}
	// `"… aren't buying" impeachment, X said`: a word or two finishing the
	// quoted clause stand before the comma that opens the attribution.
	for n := 0; n < 6 && k+n+1 < end && d.mentionStarting(k) == nil && d.toks[k+n].kind == tWord && (isLower(d.toks[k+n].text) || isDemonym(d.toks[k+n].text) || n == 0 && d.bodyWordBeforeJob(k)); n++ {
		w := d.toks[k+n].text
		if _, manner := d.mannerVerbAt(k + n); manner {
			break // `"…," countered X`
		}
		if _, verb := d.matchVerb(k + n); verb || pronounsSubject[w] || w == "it" || functionWords[w] && !(n > 0 && (w == "of" || w == "and")) {
			break // `"…," he said, referring to …`: the attribution itself
		}
		if d.toks[k+n+1].text == "," {
			k += n + 2
			break
		}
		if m := d.mentionStarting(k + n + 1); m != nil && d.isPerson(m.rec) {
			k += n + 1 // `"…," fisheries bureau spokesman X said`
			break
		}
	}
	if writingVerbs[d.toks[k].text] {
		// `"…," wrote sociologist X in his book`: the writer after the verb.
		j := k + 1
		for n := 0; n < 3 && j < end && d.toks[j].kind == tWord && isLower(d.toks[j].text) && !functionWords[d.toks[j].text]; n++ {
			j++
		}
		if m := d.mentionStarting(j); m != nil && j < end && d.isPerson(m.rec) {
			return m.rec
		}
	}
	if h, ok := d.matchVerb(k); ok && h.p.attrib && h.to < len(d.toks) {
		if pronounsSubject[d.toks[h.to].text] {
			return d.pronounSpeaker(h.to)
		}
		if m := d.mentionStarting(d.skipMarks(h.to)); m != nil {
			if p := d.modifiedPersonMention(m); p != nil {
				return p.rec // `"…," said Harbour Bank chief economist X`
			}
		}
		if spk := d.objectAt(h.to, -1); spk >= 0 {
			return spk
		}
		if d.unnamedPersonEnd(h.to, end) > 0 {
			return unnamedSpeaker // `"…," said a senior official`
		}
		if d.bareSpokesEnd(h.to, end) > 0 {
			return d.bareSpokesBody(h.to) // `"…," said a spokesman`
		}
		return d.namedAfterDescription(h.to, end) // `"…," said an aide, Jo Brand`
	}
	if strings.EqualFold(d.toks[k].text, "according") && k+1 < end && d.toks[k+1].text == "to" {
		return d.objectAt(k+2, -1)
	}
	if spk := d.mannerVerbFirstSpeaker(k, end); spk >= 0 {
		return spk
	}
	spk, next := -1, k
	if pronounsSubject[d.toks[k].text] {
		spk, next = d.pronounSpeaker(k), k+1
	} else if m := d.mentionStarting(k); m != nil {
		spk, next = m.rec, m.b
		if p := d.modifiedPersonMention(m); p != nil {
			spk, next = p.rec, p.b // `"…," Commerzbank analyst X said`
		} else if p := d.possessedPerson(m); p != nil {
			spk, next = p.rec, p.b // `"…," the Harbour Party's X said`
		}
	} else if d.toks[k].text == "it" || d.toks[k].text == "It" {
		spk, next = d.lastBody(k), k+1 // `"…," it added`: the body quoted last
	} else if e := d.bareSpokesEnd(k, end); e > 0 {
		spk, next = d.bareSpokesBody(k), e // `"…," a spokesman said`
	} else if rec, e := d.documentOwnerAt(k, end); rec >= 0 {
		spk, next = rec, e // `… said in a statement. "…," the statement said`
	} else if d.ownerlessDocumentAt(k, end) {
		return unnamedSpeaker // `"…," reads a telephone memo`: no one the story names
	} else if rec, e := d.nounReferentAt(k, end); rec >= 0 {
		spk, next = rec, e // `"…," the bureau said`
	} else if e := d.unnamedPersonEnd(k, end); e > 0 {
		spk, next = unnamedSpeaker, e // `"…," the former adviser said`
	}
	if spk == -1 {
		return -1
	}
	if spk == unnamedSpeaker && next < end && d.toks[next].kind == tWord && isLower(d.toks[next].text) {
		return spk // `"…," one user quipped`: any verb will do for someone unnamed
	}
	if next < end && d.toks[next].text == "," { // "X, the foreign minister, said"
		if c := d.nextComma(next+1, end); c > 0 {
			next = c + 1
		} else if v := d.attribVerbWithin(next+1, end, 14); v > 0 {
			next = v // "X, a member of the union said"
		}
	}
	for n := 0; next < end && n < 3; n++ {
		if h, ok := d.matchVerb(next); ok && h.p.attrib || writingVerbs[d.toks[next].text] {
			return spk
		}
		if _, ok := d.mannerVerbAt(next); ok {
			return spk // `"…," Alito interjected`
		}
		if !skippableBeforeVerb[strings.ToLower(d.toks[next].text)] && !isAdverbLy(d.toks[next].text) && d.toks[next].date == 0 {
			return -1
		}
		next++
	}
	return -1
}

// unreadSayer reports a short quote inside a sentence whose own verb of
// saying, before the quote, has a subject that is neither a pronoun nor
// read as an actor, and no actor is named before that verb.
func (d *doc) unreadSayer(q quote) bool {
	if q.words > 6 || q.close < 0 {
		return false
	}
	s := d.sents[d.toks[q.open].sent]
	for v := q.open - 1; v > s.first; v-- {
		t := d.toks[v]
		if t.inQuote || t.kind != tWord || !d.isSpeechVerbAt(v) || d.nounAfterDeterminer(v) {
			continue
		}
		for k := s.first; k < v; k++ {
			if pronounsSubject[d.toks[k].text] || strings.EqualFold(d.toks[k].text, "it") {
				return false
			}
			if m := d.mentionStarting(k); m != nil && m.rec >= 0 {
				return false // "Ms X said the police had said …": X's words
			}
		}
		return true
	}
	return false
}

// ownerlessDocumentAt reports a document speaking after a quote whose
// issuer the rules did not read: `"…," the memo says`, `"…," reads a
// telephone memo for X`. "his statement" is left to the speaker before.
func (d *doc) ownerlessDocumentAt(k, end int) bool {
	if k < end && (d.toks[k].text == "reads" || d.toks[k].text == "read") {
		k++
	}
	if k >= end || !(strings.EqualFold(d.toks[k].text, "the") || strings.EqualFold(d.toks[k].text, "a") || d.toks[k].text == "an") {
		return false
	}
	for j := k + 1; j < end && j <= k+3; j++ {
		w := d.toks[j].text
		if documentNouns[w] || w == "filing" || w == "report" || w == "document" || w == "email" {
			return true
		}
		if d.toks[j].kind != tWord || !isLower(w) {
			return false
		}
	}
	return false
}

// unreadTailAttribution reports a clause after a closing quote that
// attributes it to someone the rules could not name (`"…," Environmental
// group X Y said.`): a comma, a few capitalised or lower-case words with
// no verb, and a verb of saying closing the sentence. Whoever it is, it is
// not the last speaker.
func (d *doc) unreadTailAttribution(k, end int) bool {
	if k < end && (d.toks[k].text == "," || d.toks[k].text == "—") {
		k++
	} else if k > 1 && d.toks[k-1].kind == tQuote && !strings.ContainsAny(d.text[d.toks[k-2].start:d.toks[k-2].end], ",") {
		return false // the comma closing the quoted words stands inside the marks
	}
	for n := 0; k+n < end && n < 8; n++ {
		t := d.toks[k+n]
		if t.kind != tWord {
			return false
		}
		if h, ok := d.matchVerb(k + n); ok {
			if !h.p.attrib || n == 0 || !isUpperStart(d.toks[k].text) {
				return false
			}
			after := h.to
			return after >= end || d.toks[after].text == "." || d.toks[after].text == ","
		}
		if pronounsSubject[t.text] || functionWords[t.text] && n == 0 {
			return false
		}
	}
	return false
}

func (d *doc) nextComma(k, end int) int {
	for ; k < end && k < len(d.toks); k++ {
		if d.toks[k].text == "," {
			return k
		}
	}
	return -1
}

// statements turns the quotes into statements, in text order. A quote
// with no attribution of its own is the last speaker's (news style quotes
// a speaker over several paragraphs); an unclosed quote whose next
// paragraph continues it takes that paragraph's attribution.
func (d *doc) quoteStatement(qi int, lastSpeaker int) (domain.StatementFact, int, bool) {
	q := d.quotes[qi]
	if q.words < statementMinWords || d.quotedName(q) || d.quotedLabel(q) {
		return domain.StatementFact{}, d.shortQuoteSpeaker(q, lastSpeaker), false
	}
	at := d.attributeQuote(q)
	conf := 0.9
	if at.speaker < 0 && q.close < 0 {
		at.speaker, at.explicit = d.continuationSpeaker(qi)
	}
	if at.speaker < 0 && at.unnamed && at.impersonal && lastSpeaker >= 0 && !d.isPerson(lastSpeaker) {
		at.speaker, at.unnamed, conf = lastSpeaker, false, 0.6 // `the charity's director said … . The report said: "…"`
	}
	if at.speaker < 0 && at.unnamed {
		return domain.StatementFact{}, -1, false
	}
	if at.speaker < 0 && (d.embeddedFragment(q) || d.quotedSubheading(q)) {
		// A phrase quoted inside the narration with no one saying it
		// ("the so-called "war on terror"", "a "maritime militia" vessel")
		// is a label, not the last speaker's words.
		return domain.StatementFact{}, lastSpeaker, false
	}
	if at.speaker < 0 && d.unreadSayer(q) {
		// `The prime minister said it was a "load of nonsense"`, its
		// subject unread: the sentence names its own speaker, who is not
		// the last one quoted.
		return domain.StatementFact{}, lastSpeaker, false
	}
	if at.speaker < 0 && d.pronounMisfits(q, lastSpeaker) {
		return domain.StatementFact{}, -1, false
	}
	if at.speaker < 0 {
		at.speaker, conf = lastSpeaker, 0.6
		if p := d.introducedSpeaker(q); p >= 0 {
			at.speaker = p
		} else if p := d.sentenceIntroducedSpeaker(q); p >= 0 {
			at.speaker = p
		} else if p := d.embeddedSubjectSpeaker(q); p >= 0 && lastSpeaker >= 0 {
			at.speaker, at.from, at.to = p, d.sents[d.toks[q.open].sent].first, q.open
		}
	} else if body := d.pronounSpokesBody(at); body >= 0 {
		at.speaker = body
	} else if d.pronounKeepsSpeaker(at, lastSpeaker) {
		at.speaker = lastSpeaker
	}
	if at.speaker < 0 {
		return domain.StatementFact{}, lastSpeaker, false
	}
	spk := d.reg.recs[at.speaker]
	if spk.place || !spk.used {
		// An outlet, its journalist or a place is no actor: its words are
		// the story's analysis, and the next unattributed quote stays theirs.
		return domain.StatementFact{}, at.speaker, false
	}
	st := domain.StatementFact{Speaker: spk.name, Quote: strings.TrimSpace(d.text[q.from:q.to])}
	if spk.isSpokesperson() {
		// A person named just before the quote is whose words the
		// spokesperson relays; a place or body there ("spokesman X said
		// Damascus "…"") yields to the body in the spokesperson's title.
		principal := at.principal >= 0 && at.principal != at.speaker
		if of := spk.spokesFor(); of != "" && !(principal && d.isPerson(at.principal)) {
			st.OnBehalfOf = of
		} else if principal {
			st.OnBehalfOf = d.reg.recs[at.principal].name
		}
	}
	si := d.toks[q.open].sent
	endTok := d.paras[q.para].last - 1
	if q.close >= 0 {
		endTok = d.sents[d.toks[q.close].sent].last - 1
	}
	if at.explicit && at.to > endTok+1 {
		endTok = at.to - 1
	}
	if fd, ok := d.continuedQuoteDate(q, at, conf < 0.9); ok {
		st.When = fd // the same speaker's words run on: one occasion
	} else if at.from < at.to {
		st.When = d.saidDate(si, at.from, at.to, at.speaker)
	} else if st.When = d.saidDateAround(d.sents[si].first, d.sents[si].last); st.When != nil {
		// `X said on Monday that "…" and "…"`: the second quote is of the
		// same occasion as its sentence.
	} else if st.When = d.pointedDate(si); st.When != nil {
		// "During the call, he said, "…"": the occasion told before
	} else if st.When = d.signatureDate(q.para); st.When != nil {
		// an embedded post: its words are of the post's day
	} else if st.When = d.inheritedDateOf(si, at.speaker); st.When == nil {
		st.When = d.presentDate(si, q.open, q.open)
	}
	if fd, ok := d.exchangeDate(q, at.speaker, st.When); ok {
		st.When = fd
	}
	d.lastQuote = quotedAt{para: q.para, speaker: at.speaker, when: st.When, set: true}
	st.Venue = d.venueIn(at.from, at.to)
	st.About = d.aboutIn(q.open, endTok, at.speaker)
	start := d.sents[si].start
	if q.from-1 < start {
		start = d.toks[q.open].start
	}
	st.Evidence = d.ev(start, d.toks[endTok].end, conf)
	return st, at.speaker, true
}

// venueIn finds a forum in an attribution clause: "told the UN General
// Assembly", "at the Munich Security Conference".
func (d *doc) venueIn(from, to int) string {
	for k := from; k < to; k++ {
		lw := strings.ToLower(d.toks[k].text)
		if !(lw == "told" || lw == "at" || lw == "addressing" || lw == "addressed" || lw == "before" || lw == "to") {
			continue
		}
		e := k + 1
		if e < to && strings.EqualFold(d.toks[e].text, "the") {
			e++
		}
		if m := d.mentionStarting(e); m != nil && d.isForum(m.rec) {
			return d.reg.recs[m.rec].name
		}
		for _, p := range d.places {
			if p.a == e && occasionWords[lastWord(p.entity.name)] {
				return p.entity.name
			}
		}
	}
	return ""
}

// isForum reports whether an actor is a body people speak before.
func (d *doc) isForum(rec int) bool {
	if rec < 0 {
		return false
	}
	switch d.reg.recs[rec].class {
	case "assembly", "council", "parliament":
		return true
	}
	n := d.reg.recs[rec].name
	return occasionWords[lastWord(n)] || strings.HasSuffix(n, "Parliament") || strings.HasSuffix(n, "Congress")
}

// aboutIn lists the actors named in tokens [from, to] other than the speaker.
func (d *doc) aboutIn(from, to, speaker int) []string {
	var out []string
	seen := map[int]bool{speaker: true}
	for k := from; k <= to; k++ {
		if m := d.mentionStarting(k); m != nil && !seen[m.rec] {
			seen[m.rec] = true
			out = append(out, d.reg.recs[m.rec].name)
		}
	}
	return out
}

// lastVerbBefore returns the nearest lower-case past-tense or present
// verb form before token q in [first, q) that follows an actor — "called",
// "welcomed", "described" — or -1. It looks no further than twelve tokens
// ("branded the scheme a waste of money and \"deeply flawed\"").
func (d *doc) lastVerbBefore(q, first int) int {
	for v := q - 1; v >= first && v >= q-12; v-- {
		t := d.toks[v]
		if t.kind != tWord || !isLower(t.text) {
			continue
		}
		if _, ok := d.matchVerb(v); ok || strings.HasSuffix(t.text, "ed") || fragmentVerbs[t.text] {
			if d.subjectOf(v) >= 0 {
				return v
			}
		}
	}
	return -1
}
