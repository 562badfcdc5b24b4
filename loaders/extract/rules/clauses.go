package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// mentionEnding returns the mention whose last token is j, or nil.
func (d *doc) mentionEnding(j int) *mention {
	if i, ok := d.endsAt[j]; ok {
		return &d.ments[i]
	}
	return nil
}

// mentionStarting returns the mention that starts at token j (a
// description's determiner counts), or nil.
func (d *doc) mentionStarting(j int) *mention {
	if i, ok := d.startAt[j]; ok {
		return &d.ments[i]
	}
	// "the HWF said": an article before a body's name or acronym.
	if j+1 < len(d.toks) && (d.toks[j].text == "the" || d.toks[j].text == "The") {
		if i, ok := d.startAt[j+1]; ok && d.ments[i].rec >= 0 && !d.isPerson(d.ments[i].rec) {
			return &d.ments[i]
		}
	}
	// "Ms Smith said", "said Rep. Jones": the honorific or abbreviated
	// title opens the mention of the name after it.
	if j+1 < len(d.toks) && (honorificGender[d.toks[j].text] != 0 || titleAbbreviations[d.toks[j].text]) {
		k := j + 1
		if d.toks[k].text == "." && k+1 < len(d.toks) {
			k++
		}
		if i, ok := d.startAt[k]; ok {
			return &d.ments[i]
		}
	}
	return nil
}

func (d *doc) isPerson(rec int) bool {
	return rec >= 0 && d.reg.recs[rec].kind == domain.KindPerson
}

// subjectOf returns the actor that is the subject of the verb at token v,
// or -1. It walks back over adverbs, auxiliaries, dates, appositives
// ("Malta, a small island state, votes"), relative clauses ("Okafor,
// who has … and berated") and coordination ("said … and suggested").
func (d *doc) subjectOf(v int) int {
	s := d.sents[d.toks[v].sent]
	if pv := d.participleHead(v, s.first); pv >= 0 {
		return d.subjectOf(pv) // "X attacked the plans saying …"
	}
	skipped := 0
	for j := v - 1; j >= s.first; j-- {
		t := d.toks[j]
		if t.inQuote {
			return -1
		}
		if m := d.mentionEnding(j); m != nil {
			if p := d.personBeforeOf(m); p >= 0 {
				return p // "Senator X of Ohio said"
			}
			return m.rec
		}
		if k := d.placePhraseBefore(j, s.first); k >= 0 {
			j = k // "X from Y in Cape Town says": where, not who; the loop steps before it
			continue
		}
		lw := strings.ToLower(t.text)
		switch {
		case pronounsSubject[t.text]:
			return d.resolvePronoun(j, -1)
		case t.kind == tQuote:
		case t.date > 0:
		case lw == "who" || lw == "which":
			k := j - 1
			if k >= s.first && d.toks[k].text == "," {
				k--
			}
			if m := d.mentionEnding(k); m != nil {
				return m.rec
			}
			return -1
		case t.text == ",":
			if strings.HasSuffix(d.toks[v].text, "ing") {
				pv := d.verbOutsideRelative(j, s.first)
				if pv >= 0 {
					if rec := d.subjectOf(pv); rec >= 0 {
						return rec
					}
				}
				start := d.afterConnectives(s)
				if rec := d.openingSubject(start, j); rec >= 0 && d.previousComma(j, start) < 0 {
					return rec // "On Monday, X went further, accusing …": the sentence's subject
				}
				if pv >= 0 {
					return -1
				}
			}
			k := d.previousComma(j, s.first)
			if k < 0 {
				return -1
			}
			if p := d.apposedPerson(k, s.first); p >= 0 {
				return p
			}
			if p := d.apposChainPerson(j, s.first); p >= 0 {
				return p
			}
			before, appos := d.mentionEnding(k-1), d.mentionStarting(k+1)
			if p := d.apposedModifiedPerson(appos, j); p >= 0 && (before == nil || !d.isPerson(before.rec)) {
				return p // "The host, Harbour Council board member X, has said"
			}
			if appos != nil && appos.b == j && d.isPerson(appos.rec) && (before == nil || !d.isPerson(before.rec)) {
				return appos.rec // "A spokeswoman for the presidency, X, insisted"
			}
			if before != nil {
				return before.rec
			}
			if appos != nil && appos.b == j {
				return appos.rec
			}
			if j-k > 6 {
				return -1
			}
			j = k
		case t.text == ")":
			for j > s.first && d.toks[j].text != "(" {
				j--
			}
		case t.text == "-" || t.text == "—" || t.text == "–":
			if k := d.dashPairOpen(j, s.first); k >= 0 {
				j = k // "X - who was wrongly convicted - said"
				continue
			}
			return -1
		case lw == "and" || lw == "but":
			return d.clauseSubject(j)
		case d.timePhraseEnding(j, s.first):
			j -= 2 // "Obama at the time called …"
			skipped++
		case skippableBeforeVerb[lw] || isAdverbLy(t.text):
			skipped++
			if skipped > 5 {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// previousComma returns the comma before token j in its sentence outside
// quotes, or -1.
func (d *doc) previousComma(j, first int) int {
	for k := j - 1; k >= first; k-- {
		if d.toks[k].inQuote {
			return -1
		}
		if d.toks[k].text == "," {
			return k
		}
	}
	return -1
}

// previousVerb returns the start of the nearest verb pattern before j in
// its sentence, or -1.
func (d *doc) previousVerb(j int) int {
	s := d.sents[d.toks[j].sent]
	for k := j - 1; k >= s.first; k-- {
		if d.toks[k].inQuote {
			continue
		}
		if _, ok := d.matchVerb(k); ok {
			return k
		}
	}
	return -1
}

// clauseSubject returns the subject of the clause that token j (an "and")
// continues: the antecedent of a "who" clause, else the first actor of the
// clause.
func (d *doc) clauseSubject(j int) int {
	s := d.sents[d.toks[j].sent]
	k := d.previousComma(j, s.first)
	if k >= 0 && k+1 < j && strings.EqualFold(d.toks[k+1].text, "who") {
		if m := d.mentionEnding(k - 1); m != nil {
			return m.rec
		}
	}
	from := s.first
	if k >= 0 {
		from = k + 1
	}
	if v := d.verbOpensClause(from, j); v > from || (v == from && k >= 0) {
		return d.subjectOf(v) // "X, who …, thanked Y and said …"
	}
	for x := from; x < j; x++ {
		if d.toks[x].inQuote {
			continue
		}
		if pronounsSubject[d.toks[x].text] {
			return d.resolvePronoun(x, -1)
		}
		if m := d.mentionStarting(x); m != nil && (m.b >= len(d.toks) || d.toks[m.b].kind != tPoss) {
			return m.rec
		}
	}
	if k >= 0 {
		return d.clauseSubject(k)
	}
	return -1
}

// resolvePronoun finds the person a pronoun at token j refers to: the
// nearest person named before it in its sentence (other than not), else
// the first person named in the nearest sentence before. A person whose
// gender the story shows and matches the pronoun's is preferred to one
// whose gender is unknown; one of the other gender never fits.
func (d *doc) resolvePronoun(j, not int) int {
	if rec := d.pronounReferent(j, not, true); rec >= 0 {
		return rec
	}
	return d.pronounReferent(j, not, false)
}

func (d *doc) pronounReferent(j, not int, strict bool) int {
	g := pronounGender(d.toks[j].text)
	fits := func(rec int) bool {
		if !d.isPerson(rec) || rec == not {
			return false
		}
		if strict {
			return g != genderUnknown && d.reg.recs[rec].gender == g
		}
		return d.genderFits(rec, d.toks[j].text)
	}
	si := d.toks[j].sent
	s := d.sents[si]
	for k := j - 1; k >= s.first; k-- {
		if m := d.mentionEnding(k); m != nil && !d.toks[k].inQuote && fits(m.rec) {
			if d.frontedObject(m, j) {
				break // "at a dinner hosted by X he told Y": he is the story's subject, not X
			}
			if d.boundByPronoun(m, j) {
				continue // `Commenting on X's case, he said`: X is the phrase's object
			}
			return m.rec
		}
	}
	back := 5
	if strict {
		back = 1 // a known gender outweighs an unknown one only nearby
	}
	for p := si - 1; p >= 0 && p >= si-back; p-- {
		ps := d.sents[p]
		if d.paras[ps.para].headline || d.paras[ps.para].caption {
			continue
		}
		if strict && p == si-1 {
			// "Tory leader X accused Mr Y of … . He told …": the subject of
			// the sentence before carries on, though only Y's gender is shown.
			rec := d.finalAttributionSubject(ps)
			if rec < 0 {
				rec = d.openingSubject(d.mainClauseStart(ps), ps.last)
			}
			if d.isPerson(rec) && rec != not && d.genderFits(rec, d.toks[j].text) {
				return rec
			}
		}
		possessor := -1
		for k := ps.first; k < ps.last; k++ {
			if d.toks[k].inQuote {
				continue
			}
			if g != genderUnknown && pronounsSubject[d.toks[k].text] && pronounGender(d.toks[k].text) == g {
				// "She met X. … she said": the same subject carries on.
				if rec := d.resolvePronoun(k, not); rec >= 0 {
					return rec
				}
			}
			if m := d.mentionStarting(k); m != nil && fits(m.rec) {
				if m.b < ps.last && d.toks[m.b].kind == tPoss {
					// "X's travels were paid for, minister Y said. He said …":
					// a possessor is the pronoun's only if no one else fits.
					if possessor < 0 {
						possessor = m.rec
					}
					continue
				}
				return m.rec
			}
		}
		if possessor >= 0 {
			return possessor
		}
	}
	return -1
}

// objectAt returns the actor named at token e (after an optional "the" or
// fragment quote mark), or -1; "him"/"her" resolve to a person other
// than the subject.
func (d *doc) objectAt(e, subject int) int {
	e = d.skipMarks(e)
	if e >= len(d.toks) || d.toks[e].inQuote && !d.toks[e-1].inQuote {
		return -1
	}
	if possessiveDeterminers[d.toks[e].text] {
		// "accused her conservative rival X": a determiner, not the object.
		for j := e + 1; j < len(d.toks) && j <= e+4 && d.toks[j].kind == tWord; j++ {
			if m := d.mentionStarting(j); m != nil {
				return m.rec
			}
		}
	}
	if pronounsObject[d.toks[e].text] {
		return d.resolvePronoun(e, subject)
	}
	if g := d.governmentAt(e); g >= 0 {
		return g
	}
	if m := d.mentionStarting(e); m != nil {
		return m.rec
	}
	if strings.EqualFold(d.toks[e].text, "the") {
		if m := d.mentionStarting(e + 1); m != nil {
			return m.rec
		}
	}
	return -1
}

// possessiveDeterminers may open a noun phrase that names an actor.
var possessiveDeterminers = toSet("her his their its")

// governmentAt reads "the government in Canberra", "the government of X"
// as X and a bare "the government" as the story's country.
func (d *doc) governmentAt(e int) int {
	if e+1 >= len(d.toks) || !strings.EqualFold(d.toks[e].text, "the") || !strings.EqualFold(d.toks[e+1].text, "government") {
		return -1
	}
	if e+3 < len(d.toks) && (d.toks[e+2].text == "in" || d.toks[e+2].text == "of") {
		if m := d.mentionStarting(e + 3); m != nil && d.reg.recs[m.rec].kind == domain.KindCountry {
			return m.rec
		}
		if le := lexicon[d.toks[e+3].text]; le.capital { // "the government in Canberra"
			i := d.reg.get(le.name, domain.KindCountry)
			if rec := d.reg.recs[i]; !rec.used {
				rec.used, rec.firstTok = true, e+3
			}
			return i
		}
	}
	return d.storyCountry()
}

// sentenceDate returns the date said in tokens [from, to) outside quotes,
// skipping dates that belong to an earlier event ("following X's turn on
// Tuesday", "after talks on Monday").
func (d *doc) sentenceDate(from, to int) *domain.FuzzyDate {
	after := false
	for k := from; k < to; k++ {
		t := d.toks[k]
		lw := strings.ToLower(t.text)
		if lw == "following" || lw == "after" || lw == "since" || lw == "before" {
			after = true
		}
		if t.date > 0 && !t.inQuote && !after && !d.describedDate(k, from) {
			fd := d.dates[t.date-1].Date
			return &fd
		}
	}
	return nil
}

// inheritedDate is the date of the nearest earlier sentence, at most two
// paragraphs back, that names a day or a month ("last week") on or before
// publication: news text
// dates an event once and reports around it ("X said on Tuesday … . "…,"
// he said").
func (d *doc) inheritedDate(si int) *domain.FuzzyDate {
	return d.inheritedDateOf(si, -1)
}

// inheritedDateOf is inheritedDate for words of actor who (-1: anyone): a
// paragraph between the dated sentence and si does not end the episode
// when the dated sentence and every paragraph between name who ("X noted
// on Oct. 6 that … . / …, X said. / "…," he said.": one occasion told on).
func (d *doc) inheritedDateOf(si, who int) *domain.FuzzyDate {
	para := d.sents[si].para
	low, between := para, 0 // between: paragraphs in (ps.para, para) that tell acts
	for p := si - 1; p >= 0; p-- {
		ps := d.sents[p]
		for ; low-1 > ps.para; low-- {
			if !d.backgroundPara(low - 1) {
				between++
			}
		}
		if (between >= 2 || para-ps.para > maxOccasionReach) && !d.runsOn(who, ps.para+1, para) {
			break
		}
		if ps.para < para && d.subheadingBetween(ps.para, para) {
			break // a subheading opens another section of the story
		}
		if d.paras[ps.para].headline {
			continue
		}
		fd := d.episodeDate(ps)
		if fd == nil && (ps.para == para || d.toldOnBy(who, ps, para)) {
			// "The letter noted … . But the group said …": the letter's day;
			// "X told the news conference … . / …, he said": the conference's
			fd = d.occasionDate(p)
		}
		if fd == nil || fd.Precision == domain.PrecisionYear || !fd.Known() || d.afterPublication(*fd) {
			continue
		}
		if who >= 0 && fd.Precision == domain.PrecisionMonth && d.story != nil && vagueSpan(fd.Text) && !d.namesRec(who, ps.first, ps.last) && !d.pronounSpeaksIn(ps.first, ps.last) {
			return nil // a month another act was told in is no occasion of who's words
		}
		if between >= 1 && d.story != nil && fd.Start.Before(d.story.Start) && !d.toldOnBy(who, ps, para) {
			return nil // a paragraph between: an earlier day is another episode's
		}
		if fd.Precision == domain.PrecisionMonth && d.namesEventMonth(ps, *fd) {
			y := domain.Year(fd.Start.Year()) // "The February 1974 election …": acts after it, that year
			return &y
		}
		if ps.para+1+between < para && d.laterDayIn(ps, *fd) {
			return nil // across background, a sentence that moved on to a later day ends the occasion
		}
		return fd
	}
	return nil
}

// episodeDate is the date sentence ps gives its own act, for later
// sentences to inherit: the first date outside quotes before its reported
// clause, leaving out dates told ahead of their clause ("his vow that
// Britain would leave on Oct. 31") and dates of a relative clause ("a gas
// attack that killed dozens on April 7"), which date other events.
func (d *doc) episodeDate(ps sentence) *domain.FuzzyDate {
	to := d.reportedClauseStart(ps)
	after, spoke := false, false
	for k := ps.first; k < to; k++ {
		t := d.toks[k]
		lw := strings.ToLower(t.text)
		if !t.inQuote && (lw == "following" || lw == "after" || lw == "since" || lw == "before") {
			after = true
		}
		if !t.inQuote && k > ps.first && (t.text == "—" || t.text == "--" || t.text == "-" && d.toks[k-1].text == "-") {
			return nil // "… -- the punt was devalued last August": an aside's own event
		}
		if !t.inQuote && t.kind == tWord && d.isSpeechVerbAt(k) {
			spoke = true
		} else if spoke && !t.inQuote && pastPerfect[lw] {
			return nil // "said she had told him six months ago": the reported clause's earlier event
		}
		if !t.inQuote && t.date == 0 && (lw == "that" || lw == "which" || lw == "who") && k > ps.first {
			if lw != "that" && d.toks[k-1].text == "," {
				k = d.clauseCommaEnd(k, ps) // "X, who resigned in May, said on Tuesday"
				continue
			}
			return nil // what follows tells another event; a date before it was taken already
		}
		if t.date == 0 || t.inQuote || after || d.describedDate(k, ps.first) || d.datesItsNoun(k) {
			continue
		}
		if d.prospective(k) {
			return nil
		}
		fd := d.dates[t.date-1].Date
		return &fd
	}
	return nil
}

// toldOnBy reports whether the account of actor who runs on from sentence
// ps to paragraph para: ps names who (or names no one and the paragraph
// after it does), and every paragraph between carries who's account on.
func (d *doc) toldOnBy(who int, ps sentence, para int) bool {
	if who < 0 || !d.runsOn(who, ps.para+1, para) {
		return false
	}
	// The dated sentence names who, or names no one and opens the occasion
	// who is then told at ("On Wednesday, representatives for the US
	// defended … . / X, a lawyer for the State Department, argued …").
	next := d.nextStoryPara(ps.para)
	return d.namesRec(who, ps.first, ps.last) || next < para && d.namesRec(who, d.paras[next].first, d.paras[next].last) && !d.namesOtherPerson(-1, ps.first, ps.last)
}

// runsOn reports whether every paragraph in [from, to) carries on the
// account of actor who: it names who, or a person of the story ("he
// added", "she said") speaks in it and it names no other person.
func (d *doc) runsOn(who, from, to int) bool {
	if who < 0 {
		return false
	}
	for pi := from; pi < to; pi++ {
		p := d.paras[pi]
		if d.namesRec(who, p.first, p.last) || d.allQuoted(p) || d.backgroundPara(pi) {
			continue // named, or a quotation running on unattributed
		}
		if !d.isPerson(who) || !d.pronounSpeaks(p) || d.namesOtherPerson(who, p.first, p.last) {
			return false
		}
	}
	return true
}

// allQuoted reports whether every word of paragraph p is inside a quote.
func (d *doc) allQuoted(p paragraph) bool {
	words := 0
	for k := p.first; k < p.last; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		if !d.toks[k].inQuote {
			return false
		}
		words++
	}
	return words > 0
}

// runOnPronouns are the subjects that carry a person's account on.
var runOnPronouns = toSet("he she")

// pronounSpeaksIn reports whether a pronoun in tokens [from, to), outside
// quotes, stands just before a verb of saying.
func (d *doc) pronounSpeaksIn(from, to int) bool {
	return d.pronounSpeaks(paragraph{first: from, last: to})
}

// pronounSpeaks reports whether a pronoun in paragraph p, outside quotes,
// stands just before a verb of saying: "he said", "She added".
func (d *doc) pronounSpeaks(p paragraph) bool {
	for k := p.first; k+1 < p.last; k++ {
		if !d.toks[k].inQuote && runOnPronouns[strings.ToLower(d.toks[k].text)] && d.isSpeechVerbAt(k+1) {
			return true
		}
	}
	return false
}

// namesOtherPerson reports whether a person other than who is named in
// tokens [from, to).
func (d *doc) namesOtherPerson(who, from, to int) bool {
	for _, m := range d.ments {
		if m.rec >= 0 && m.rec != who && m.a >= from && m.b <= to && d.isPerson(m.rec) {
			return true
		}
	}
	return false
}

// namesRec reports whether a mention of actor rec stands in tokens [from, to).
func (d *doc) namesRec(rec, from, to int) bool {
	for _, m := range d.ments {
		if m.rec == rec && m.a >= from && m.b <= to {
			return true
		}
	}
	return false
}

// dateAround is the date of the event whose verb or noun is at token v:
// the first date after v in [v, to) not behind "following"/"after" (those
// date an earlier event), else the nearest date before v in its sentence
// that is not.
func (d *doc) dateAround(v, to int) *domain.FuzzyDate {
	if fd := d.sentenceDate(v, to); fd != nil {
		return fd
	}
	s := d.sents[d.toks[v].sent]
	for k := v - 1; k >= s.first; k-- {
		t := d.toks[k]
		if t.date == 0 || t.inQuote || d.describedDate(k, v) {
			continue
		}
		ok := true
		for j := k - 1; j >= s.first && j >= k-4; j-- {
			switch strings.ToLower(d.toks[j].text) {
			case "following", "after", "since", "before":
				ok = false
			}
		}
		if ok {
			fd := d.dates[t.date-1].Date
			return &fd
		}
	}
	return nil
}

// participleTails continue an act in the same breath.
var participleTails = toSet("saying adding arguing insisting noting warning telling")

// dateFor is the date of something said or done at token v of sentence
// si: the sentence's own date words, else an inherited one; a caption or
// lead sentence without one is the news day.
func (d *doc) dateFor(si, v, to int) *domain.FuzzyDate {
	return d.dateForBy(si, v, to, -1, false)
}

// saidDate is dateFor for words actor who said: a date after publication
// in the clause is what the words are about ("the deal takes effect come
// January 20, X said"), not when they were said.
func (d *doc) saidDate(si, v, to, who int) *domain.FuzzyDate {
	return d.dateForBy(si, v, to, who, true)
}

// dateForBy is dateFor for an act of actor who (-1: anyone); said skips
// dates after publication.
func (d *doc) dateForBy(si, v, to, who int, said bool) *domain.FuzzyDate {
	if said {
		if fd := d.saidDateAround(v, to); fd != nil {
			return fd
		}
	} else if fd := d.dateAround(v, to); fd != nil {
		return fd
	}
	if to+1 < d.sents[si].last && d.toks[to].text == "," && participleTails[strings.ToLower(d.toks[to+1].text)] {
		// "X defended Y, saying on Monday that …": one act, one date.
		if fd := d.sentenceDate(to+1, d.clauseEnd(to+1)); fd != nil {
			return fd
		}
	}
	if fd := d.trailingDay(to, d.sents[si].last); fd != nil {
		return fd // "X said the plan was bad during a hearing Tuesday"
	}
	if fd := d.pointedDate(si); fd != nil {
		return fd
	}
	if d.otherTime(si, v, to, false) {
		return nil // background: the story's days are not its days
	}
	if fd := d.signatureDate(d.sents[si].para); fd != nil {
		return fd
	}
	if fd := d.inheritedDateOf(si, who); fd != nil {
		return fd
	}
	return d.presentDate(si, v, to)
}

// trailingDay is the day of an occasion named in tokens [from, to) after
// what was said or done, ending the sentence ("… during a hearing
// Tuesday", "… at a rally on Saturday"): the occasion of the act, unless
// the day lies after publication.
func (d *doc) trailingDay(from, to int) *domain.FuzzyDate {
	for k := from; k+1 < to; k++ {
		t := d.toks[k]
		if t.inQuote || !occasionNouns[strings.ToLower(t.text)] || !d.occasionOpened(k) {
			continue
		}
		for x := k + 1; x < to && x <= k+2; x++ {
			if u := d.toks[x]; u.date > 0 && !u.inQuote {
				fd := d.dates[u.date-1].Date
				if fd.Precision != domain.PrecisionDay || d.afterPublication(fd) {
					return nil
				}
				return &fd
			}
		}
	}
	return nil
}

// occasionOpened reports whether the occasion noun at k follows "during",
// "at" or "in" and an article: "during a hearing", "at the rally".
func (d *doc) occasionOpened(k int) bool {
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		switch strings.ToLower(d.toks[x].text) {
		case "during", "at", "in":
			return true
		}
	}
	return false
}

// relativePronouns open a relative clause set off by commas.
var relativePronouns = toSet("which who whose")

// apposedPerson reads "X, <role> of Y, which …, said": when a relative
// clause opens at comma k and an appositive role stands before it, the
// speaker is the person the appositive follows, not the body the
// relative clause describes. It returns -1 otherwise.
func (d *doc) apposedPerson(k, first int) int {
	if !relativePronouns[strings.ToLower(d.toks[k+1].text)] {
		return -1
	}
	k2 := d.previousComma(k, first)
	if k2 < 1 || k-k2 > 12 {
		return -1
	}
	if p := d.mentionEnding(k2 - 1); p != nil && p.rec >= 0 && d.isPerson(p.rec) && d.mentionEnding(k-1) != nil {
		return p.rec
	}
	return -1
}

// personBeforeOf returns the person named just before "of" when mention m
// follows it ("Senator X of Ohio", "Mayor Y of Lyon", "Z of the union"):
// the place or body says where the person is from, it does not speak.
func (d *doc) personBeforeOf(m *mention) int {
	if m.rec < 0 || m.a < 2 || d.toks[m.a-1].text != "of" && d.toks[m.a-1].text != "from" {
		return -1
	}
	if p := d.mentionEnding(m.a - 2); p != nil && p.rec >= 0 && d.isPerson(p.rec) {
		return p.rec
	}
	return -1
}

// vagueSpan reports whether date words tell a span counted from the day
// of writing ("this week", "a month ago") rather than name a month.
func vagueSpan(text string) bool {
	lt := strings.ToLower(text)
	return strings.Contains(lt, "week") || strings.Contains(lt, " ago")
}

// subheadingBetween reports a subheading among the paragraphs strictly
// between from and to: a short line of the body that ends in no mark of
// a sentence's end ("Risk of wider regional conflict").
func (d *doc) subheadingBetween(from, to int) bool {
	for pi := from + 1; pi < to; pi++ {
		p := d.paras[pi]
		if p.headline || p.caption || p.last <= p.first {
			continue
		}
		words := 0
		for k := p.first; k < p.last; k++ {
			if d.toks[k].kind == tWord {
				words++
			}
		}
		end := d.toks[p.last-1].text
		if words > 0 && words <= 8 && !sentenceEnders[end] && d.toks[p.last-1].kind == tWord {
			return true
		}
	}
	return false
}
