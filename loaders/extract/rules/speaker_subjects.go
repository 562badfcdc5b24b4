package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// placePhraseBefore reports a phrase saying where a speaker is from or
// works — a preposition and capitalised words — ending at token j, right
// after a person: "Lauren Ode from Green Justice in Cape Town says". The
// search for the subject steps over it. It returns the preposition's
// token, or -1.
func (d *doc) placePhraseBefore(j, first int) int {
	if !isUpperStart(d.toks[j].text) {
		return -1
	}
	k := j
	for n := 0; k > first && n < 10; n++ {
		t := d.toks[k]
		lw := strings.ToLower(t.text)
		if lw == "from" || lw == "in" || lw == "at" || lw == "of" {
			if m := d.mentionEnding(k - 1); m != nil && d.isPerson(m.rec) {
				return k
			}
			if p := d.placePhraseBefore(k-1, first); p >= 0 {
				return p // "from X in Y"
			}
			return -1
		}
		if t.kind != tWord && t.kind != tPoss || !(isUpperStart(t.text) || strings.HasSuffix(t.text, "-based") || t.kind == tPoss) {
			return -1
		}
		k--
	}
	return -1
}

// pronounKeepsSpeaker reports whether a quote attributed through a pronoun
// ("…," she said) belongs to the story's last speaker rather than to the
// nearest person the pronoun could mean: news copy quotes one speaker in a
// run and names them once ("In an interview with A, B said … . "…," she
// said" is B's). The last speaker must be a person the pronoun fits.
func (d *doc) pronounKeepsSpeaker(at attribution, last int) bool {
	if last < 0 || last == at.speaker || !d.isPerson(last) || !d.isPerson(at.speaker) || d.sentenceSubject(at.speaker, at.from) {
		return false
	}
	if d.storyMovedOn(at.speaker, last, at.from) {
		return false
	}
	for k := at.from; k < at.to && k < at.from+4; k++ {
		t := d.toks[k]
		if t.inQuote || t.kind != tWord {
			continue
		}
		if pronounsSubject[t.text] {
			return d.genderFits(last, t.text)
		}
	}
	return false
}

// storyMovedOn reports that since the last speaker was last named, a whole
// paragraph of narration about the pronoun's person has passed ("…,"
// Calarco said. / When X gave birth, she … / X won't return. "…," she
// said): the run of the last speaker's quotes is over.
func (d *doc) storyMovedOn(referent, last, from int) bool {
	para := d.sents[d.toks[from].sent].para
	named := map[int]bool{} // the paragraphs naming the referent since
	for k := from - 1; k >= 0; k-- {
		m := d.mentionStarting(k)
		if m == nil || d.toks[k].inQuote {
			continue
		}
		p := d.sents[d.toks[k].sent].para
		switch m.rec {
		case last:
			for q := p + 1; q < para; q++ {
				if named[q] {
					return true
				}
			}
			return false
		case referent:
			named[p] = true
		}
	}
	return false
}

// titleAbbreviations stand before a name as its title ("Rep. Jane Roe").
var titleAbbreviations = toSet("Dr Prof Rep Sen Gov Gen Lt Col Capt Sgt Maj Adm Cmdr Brig Rev Hon")

// isDemonym reports a country's adjective ("Philippine").
func isDemonym(w string) bool {
	_, ok := demonyms[w]
	return ok
}

// lastBody is the organisation named last before token k, within its
// sentence and the two before: what "it" in `"…," it added` stands for.
func (d *doc) lastBody(k int) int {
	si := d.toks[k].sent
	first := d.sents[max(0, si-2)].first
	for j := k - 1; j >= first; j-- {
		if m := d.mentionEnding(j); m != nil && !d.toks[j].inQuote && m.rec >= 0 && d.reg.recs[m.rec].kind == domain.KindOrganization {
			return m.rec
		}
	}
	return -1
}

// attribVerbWithin returns the first attribution verb in [from, end) within
// n tokens, outside quotes, or -1.
func (d *doc) attribVerbWithin(from, end, n int) int {
	for k := from; k < end && k < from+n; k++ {
		if d.toks[k].kind == tQuote {
			return -1
		}
		if h, ok := d.matchVerb(k); ok && h.p.attrib && !d.toks[k].inQuote {
			return k
		}
	}
	return -1
}

// participleHead returns the verb a participle at v ("saying", "warning")
// hangs on when no comma sets it off — "X attacked the plans for
// pensioners saying …", "X issued a statement warning that …" — the
// nearest past tense within twelve words before it; -1 otherwise.
func (d *doc) participleHead(v, first int) int {
	if !participleTails[strings.ToLower(d.toks[v].text)] || v == first || d.toks[v-1].text == "," {
		return -1
	}
	for k := v - 1; k >= first && k >= v-12; k-- {
		t := d.toks[k]
		if t.inQuote || t.kind == tQuote || t.text == "," {
			return -1
		}
		if t.kind == tWord && isLower(t.text) && (strings.HasSuffix(t.text, "ed") || irregularPasts[t.text]) {
			return k
		}
	}
	return -1
}

// irregularPasts are past tenses a participle may hang on that do not end
// in -ed ("X also left the party saying …").
var irregularPasts = toSet(`left met told made gave took went came wrote held sent brought put set
won lost spoke broke chose hit led began fought kept paid sought struck threw stood`)

// dashPairOpen returns the dash that opens a parenthetical closed by the
// dash at j ("X - who was … - said"), or -1 when there is none in the
// sentence.
func (d *doc) dashPairOpen(j, first int) int {
	for k := j - 1; k >= first && k >= j-30; k-- {
		switch d.toks[k].text {
		case "-", "—", "–":
			return k
		}
		if d.toks[k].kind == tQuote {
			return -1
		}
	}
	return -1
}

// sentenceSubject reports whether rec opens (is the first actor named
// outside quotes in) the sentence of token k or the one before: a person
// the story has just made its subject, whom a pronoun then means.
func (d *doc) sentenceSubject(rec, k int) bool {
	si := d.toks[k].sent
	seen := 0
	for p := si; p >= 0 && seen < 2; p-- {
		ps := d.sents[p]
		start := ps.first
		if p < si && d.toks[start].inQuote {
			continue // a sentence of the quote itself: "…. If we …," he said
		}
		seen++
		if frontedPrepositions[strings.ToLower(d.toks[start].text)] {
			// "In an interview with A, B said": the subject follows the comma.
			for j := start; j < ps.last && j < start+16; j++ {
				if d.toks[j].text == "," {
					start = j + 1
					break
				}
			}
		}
		if start+1 < ps.last && d.toks[start].kind == tWord && d.toks[start+1].text == "," {
			start += 2 // "However, X has …": a connective before the subject
		}
		for j := start; j < ps.last; j++ {
			if d.toks[j].inQuote {
				continue
			}
			if pronounsSubject[d.toks[j].text] {
				// "He has … . He funds … and has stated": the pronoun carries the subject on.
				if p < si && d.resolvePronoun(j, -1) == rec {
					return true
				}
				break
			}
			if m := d.mentionStarting(j); m != nil {
				if m.rec == rec || d.modifiedPerson(m) == rec {
					return true
				}
				break
			}
		}
	}
	return false
}

// frontedPrepositions open a phrase before a sentence's subject.
var frontedPrepositions = toSet("in at on during after before with without for from by according speaking asked despite while")

// modifiedPerson reads a body named as a modifier of the person after it
// ("Transnet pipelines executive X", "Commerzbank analyst Y"): up to three
// lower-case words between the body and a person. It returns the person,
// or -1.
func (d *doc) modifiedPerson(m *mention) int {
	if p := d.modifiedPersonMention(m); p != nil {
		return p.rec
	}
	return -1
}

// modifiedPersonMention is modifiedPerson's mention of the person, or nil.
func (d *doc) modifiedPersonMention(m *mention) *mention {
	if m.rec < 0 {
		return nil
	}
	if d.isPerson(m.rec) {
		return d.aideOfPerson(m) // "Harris senior adviser X"
	}
	for k := m.b; k < len(d.toks) && k <= m.b+3; k++ {
		if p := d.mentionStarting(k); p != nil {
			if k > m.b && d.isPerson(p.rec) {
				return p
			}
			return nil
		}
		t := d.toks[k]
		if t.kind != tWord || !isLower(t.text) || functionWords[t.text] {
			return nil
		}
		if _, ok := d.matchVerb(k); ok {
			return nil
		}
	}
	return nil
}

// writingVerbs attribute a quote to its writer: `"…," X has written`.
var writingVerbs = toSet("wrote written writes")

// bodyWordBeforeJob reports a capitalised word at k that names where the
// person after a job noun works, unknown to the lexicon: "Commerzbank
// analyst X", "Barclays economist Y".
func (d *doc) bodyWordBeforeJob(k int) bool {
	if k+2 >= len(d.toks) || !isUpperStart(d.toks[k].text) || d.mentionStarting(k) != nil {
		return false
	}
	job := d.toks[k+1]
	if job.kind != tWord || !isLower(job.text) {
		return false
	}
	m := d.mentionStarting(k + 2)
	return m != nil && d.isPerson(m.rec)
}

// isAdverbLy reports a lower-case adverb in -ly ("implicitly",
// "repeatedly") standing between a subject and its verb.
func isAdverbLy(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ly") && isLower(w)
}

// timeNouns end a short phrase of time between a subject and its verb.
var timeNouns = toSet("time weekend moment meeting interview summit conference debate hearing")

// timePhraseEnding reports a phrase of time or occasion ending at token j
// right after an actor's name: "X at the time called", "Y in an
// interview said".
func (d *doc) timePhraseEnding(j, first int) bool {
	if j-3 < first || !timeNouns[d.toks[j].text] {
		return false
	}
	switch strings.ToLower(d.toks[j-1].text) {
	case "the", "that", "an", "a":
	default:
		return false
	}
	switch d.toks[j-2].text {
	case "at", "in", "during":
	default:
		return false
	}
	return d.mentionEnding(j-3) != nil
}

// apposedModifiedPerson reads an appositive that names a person after the
// body they work for ("The host, Harbour Council board member X, has
// said"), ending at the comma j, and returns the person, or -1.
func (d *doc) apposedModifiedPerson(appos *mention, j int) int {
	if appos == nil {
		return -1
	}
	if p := d.modifiedPersonMention(appos); p != nil && p.b == j {
		return p.rec
	}
	return -1
}

// aideOfPerson reads a person named as the modifier of someone who works
// for them ("Harris senior adviser X", "Obama aide Y"): up to three
// lower-case words ending in a job noun, then a person. It returns the
// second person's mention, or nil.
func (d *doc) aideOfPerson(m *mention) *mention {
	for k := m.b; k < len(d.toks) && k <= m.b+3; k++ {
		t := d.toks[k]
		if t.kind != tWord || !isLower(t.text) || functionWords[t.text] {
			return nil
		}
		if _, ok := d.matchVerb(k); ok {
			return nil
		}
		if !aideNouns[t.text] {
			continue
		}
		if p := d.mentionStarting(k + 1); p != nil && p.a == k+1 && d.isPerson(p.rec) && p.rec != m.rec {
			return p
		}
	}
	return nil
}

// aideNouns are the jobs of people who work for a politician.
var aideNouns = toSet(`adviser advisor aide strategist pollster spokesman spokeswoman spokesperson
manager chairman chairwoman director secretary lawyer attorney counsel deputy assistant`)

// frontedPhrasePrepositions govern a person named in a phrase fronted
// before a clause's subject.
var frontedPhrasePrepositions = toSet("by with from to at for against beside alongside")

// frontedObject reports a person named as the object of a preposition in
// a phrase that runs up to the subject pronoun at j ("At a dinner hosted
// by X he told Y", "After talks with X, she said"): the pronoun opens the
// clause, and its antecedent is someone named before, not X.
func (d *doc) frontedObject(m *mention, j int) bool {
	if !pronounsSubject[d.toks[j].text] {
		return false
	}
	between := m.b
	if between < j && d.toks[between].text == "," {
		between++
	}
	if between != j {
		return false
	}
	a := m.a
	if m.aliasFrom >= 0 && m.aliasFrom < a {
		a = m.aliasFrom
	}
	if a > 0 && strings.EqualFold(d.toks[a-1].text, "the") {
		a--
	}
	return a > 0 && frontedPhrasePrepositions[strings.ToLower(d.toks[a-1].text)]
}

// verbBeforeAside finds the verb that introduces a quote across an aside
// set off by commas between them ("led X to suggest, in a hot-mic moment
// on Wednesday evening, "…""), or -1.
func (d *doc) verbBeforeAside(q quote, first int) int {
	c := q.open - 1
	if c <= first || d.toks[c].text != "," {
		return -1
	}
	k := d.previousComma(c, first)
	if k < 0 || c-k > 14 {
		return -1
	}
	if v := k - 1; v >= first && d.isSpeechVerbAt(v) || v >= first && d.toks[v].kind == tWord && isLower(d.toks[v].text) && v > 0 && strings.EqualFold(d.toks[v-1].text, "to") {
		return v
	}
	return -1
}

// possessedPerson reads a body's possessive before a person's name ("the
// Harbour Party's Jo Brand", "Labour's X") and returns the person's
// mention, or nil.
func (d *doc) possessedPerson(m *mention) *mention {
	if m.rec < 0 || d.isPerson(m.rec) || m.b+1 >= len(d.toks) || d.toks[m.b].kind != tPoss {
		return nil
	}
	if p := d.mentionStarting(m.b + 1); p != nil && d.isPerson(p.rec) {
		return p
	}
	return nil
}
