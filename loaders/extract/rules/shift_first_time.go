package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// News copy tells a first as a change: "X has spoken of Y for the first
// time", "It will be the first time since 1917 that the party has chosen
// Manchester", "This appeared to be the first time that it had admitted
// …". This file finds the verb "for the first time" goes with, and reads
// the clause a "the first time" sentence frames.

// perfectAux open a perfect: the word after them is a participle.
var perfectAux = toSet("has have had having 's")

// firstTimeVerb is the finite verb "for the first time" at k qualifies:
// the nearest before it in the sentence, else the nearest after; -1 when
// there is none. An -ed word after an article, a possessive or a
// preposition modifies a noun ("his love for married publisher X"), and
// the word after "has", "have" or "had" is a participle ("has spoken").
func (d *doc) firstTimeVerb(k int) int {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first && j >= k-14; j-- {
		if d.clauseVerbAt(j, s.first) {
			return j
		}
	}
	for j := k + 4; j < s.last && j <= k+14; j++ {
		if d.clauseVerbAt(j, s.first) {
			return j
		}
	}
	return -1
}

// clauseVerbAt reports a finite verb or a perfect's participle at j.
func (d *doc) clauseVerbAt(j, first int) bool {
	t := d.toks[j]
	if t.kind != tWord || t.inQuote || !isLower(t.text) {
		return false
	}
	prev := ""
	if j > first {
		prev = strings.ToLower(d.toks[j-1].text)
	}
	if perfectAux[prev] && j-1 > first && !(prev == "'s" && !pronounWords[strings.ToLower(d.toks[j-2].text)]) {
		return !functionWords[t.text] && !strings.HasSuffix(t.text, "ly")
	}
	if !d.finiteVerb(j) {
		return false
	}
	if j > first && (articles[prev] || determiners[d.toks[j-1].text] || d.toks[j-1].kind == tPoss || nounPrepositions[prev]) {
		return false // "for married publisher X", "the revised plan"
	}
	return true
}

// nounPrepositions before an -ed word make it a modifier, not a verb.
var nounPrepositions = toSet("for of with from in on at into about by his her its their our my your")

// firstTimeFrames are the words that frame "the first time" as the news
// of the clause after it: "will be", "was", "marks", "appeared to be".
var firstTimeFrames = toSet("be is was marks marked marking")

// firstTimeClause reads "It will be the first time since 1917 that the
// party has chosen X", "This appeared to be the first time that it had
// admitted Y" at the token "first" k: a shift by the subject of the
// framed clause, told by its verb.
func (d *doc) firstTimeClause(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	none := domain.PolicyShiftFact{}
	if !strings.EqualFold(d.toks[k].text, "first") || k-2 < s.first || k+2 >= s.last ||
		!strings.EqualFold(d.toks[k-1].text, "the") || !strings.EqualFold(d.toks[k+1].text, "time") ||
		!firstTimeFrames[strings.ToLower(d.toks[k-2].text)] || d.toks[k].inQuote {
		return none, false
	}
	for j := k - 3; j >= s.first && j >= k-5; j-- {
		if w := strings.ToLower(d.toks[j].text); changeNegators[w] || changeModals[w] && w != "will" && w != "would" {
			return none, false // "it may not be the first time"
		}
	}
	if d.hypotheticalClause(k) {
		return none, false
	}
	from := k + 2
	for j := k + 2; j < s.last && j <= k+10; j++ {
		if strings.EqualFold(d.toks[j].text, "that") {
			from = j + 1
			break
		}
	}
	if from == k+2 && from < s.last && (strings.EqualFold(d.toks[from].text, "since") || strings.EqualFold(d.toks[from].text, "in")) {
		return none, false // "the first time in a decade", no clause
	}
	v := -1
	for j := from; j < s.last && j <= from+8; j++ {
		if d.toks[j].text == "," || d.toks[j].kind == tPunct && d.toks[j].text != "'s" {
			break
		}
		if d.clauseVerbAt(j, s.first) {
			v = j
			break
		}
	}
	if v < 0 {
		return none, false
	}
	actor := -1
	for j := v - 1; j >= from && actor < 0; j-- {
		if m := d.mentionEnding(j); m != nil && m.a >= from {
			actor = m.rec
		}
	}
	if actor < 0 {
		switch w := strings.ToLower(d.toks[from].text); {
		case w == "he" || w == "she":
			actor = d.resolvePronoun(from, -1)
		case w == "it" || w == "they":
			actor = d.firstTimeBody(k)
		case w == "the" && from+1 < v:
			actor = d.bodyNamed(strings.ToLower(d.toks[from+1].text), v)
		}
	}
	if actor < 0 {
		return none, false
	}
	ps := d.generalShift(actor, v, v+1, "SHIFTED")
	if ps.When == nil {
		ps.When = d.shiftActDate(k, s.last)
	}
	return ps, true
}

// firstTimeBody is the body an "it" in a "the first time" clause stands
// for: the one opening the sentence or one of the two before.
func (d *doc) firstTimeBody(k int) int {
	si := d.toks[k].sent
	for p := si; p >= 0 && p >= si-2; p-- {
		ps := d.sents[p]
		if d.paras[ps.para].headline {
			break
		}
		for x := ps.first; x < ps.last && x < ps.first+6; x++ {
			if d.toks[x].inQuote {
				break
			}
			if m := d.mentionStarting(x); m != nil && m.rec >= 0 && !d.isPerson(m.rec) {
				return m.rec
			}
		}
	}
	return -1
}

// decidedOn are the verbs that take "on" before the changes decided
// ("decided on major changes to its policies").
var decidedOn = toSet("decided decides agreed agrees")

// listedModifier reports a comma or "and" at j inside a list of
// modifiers before a policy noun ("its trade, investment and finance
// policies"): a lower-case word follows it and the list began at from
// or later.
func (d *doc) listedModifier(j, from int) bool {
	s := d.sents[d.toks[j].sent]
	w := d.toks[j].text
	if !(w == "," || w == "and") || j <= from || j+1 >= s.last {
		return false
	}
	n := d.toks[j+1]
	return n.kind == tWord && isLower(n.text) && !functionWords[n.text]
}

// planVerbs tell a plan of the subject's own; announced, it is a decision
// made public ("announced that he planned to raise tariffs").
var planVerbs = toSet("planned plans intended intends")

// announcedPlan reports a plan verb at dv that an announcement reports:
// "X announced (on March 27) (that) he planned to …".
func (d *doc) announcedPlan(dv int) bool {
	if !planVerbs[strings.ToLower(d.toks[dv].text)] {
		return false
	}
	s := d.sents[d.toks[dv].sent]
	j := dv - 1
	if j < s.first || !(subjectPronouns[strings.ToLower(d.toks[j].text)] || d.mentionEnding(j) != nil) {
		return false
	}
	if m := d.mentionEnding(j); m != nil {
		j = m.a
	}
	j--
	if j >= s.first && strings.EqualFold(d.toks[j].text, "that") {
		j--
	}
	for x := j; x >= s.first && x >= j-5; x-- {
		if announceWords[strings.ToLower(d.toks[x].text)] {
			return true
		}
		if d.toks[x].date == 0 && !functionWords[strings.ToLower(d.toks[x].text)] {
			return false
		}
	}
	return false
}

// dateEnd is the last token of the date expression token j is in.
func (d *doc) dateEnd(j int) int {
	s := d.sents[d.toks[j].sent]
	for j+1 < s.last && d.toks[j+1].date == d.toks[j].date {
		j++
	}
	return j
}

// possessedDate reports a date that owns the noun after it ("last
// September's agreement", "Tuesday's vote"): the noun's date, not an
// act's.
func (d *doc) possessedDate(j int) bool {
	e := d.dateEnd(j)
	return e+1 < d.sents[d.toks[j].sent].last && d.toks[e+1].kind == tPoss
}

// dateThenWhen reports a date followed by ", when" whose clause holds the
// verb at k: "since 2 March, when Israel imposed …" dates the act.
func (d *doc) dateThenWhen(j, k int) bool {
	e := d.dateEnd(j)
	return e+2 < k && d.toks[e+1].text == "," && strings.EqualFold(d.toks[e+2].text, "when") && k-e <= 8
}

// storyYearInLead reports a date in the lead sentence si that names only
// the story's own year ("this year", "this fall"): it says no more than
// the story's day, which dates the lead's news.
func (d *doc) storyYearInLead(si int, fd domain.FuzzyDate) bool {
	return d.story != nil && d.paras[d.sents[si].para].lead && fd.Precision == domain.PrecisionYear &&
		fd.Start.Year() == d.story.Start.Year()
}

// unmadeModifiers before a change noun make it one not made yet ("the
// planned changes", "a proposed increase").
var unmadeModifiers = toSet("planned proposed possible promised mooted expected potential threatened")

// commitVerbs commit their subject to a change of its own ("Sweden
// promised to halt all trade with X", "the EU pledged to lift the ban"):
// a position announced, unlike a wish or a plea aimed at someone else.
var commitVerbs = toSet("promised pledged vowed offered promises pledges vows offers")

// decisionNouns commit their owner to the infinitive after them ("X's
// decision to lift", "Trump's vow to abandon Y", "his offer to drop Z").
var decisionNouns = toSet("decision vow pledge promise offer")

// measureTarget reports a measure noun at j aimed at an actor the story
// names ("a trade ban against South Africa", "sanctions on Iran"): a
// measure brought in against someone, new by what it is.
func (d *doc) measureTarget(j int) bool {
	s := d.sents[d.toks[j].sent]
	if j+2 >= s.last {
		return false
	}
	if p := strings.ToLower(d.toks[j+1].text); p != "against" && p != "on" {
		return false
	}
	return d.mentionStarting(d.skipThe(j+2)) != nil
}

// openToBefore reads "is/was/now open to" before the gerund at k (over a
// scare quote: open to “softening”): the gerund is a change the subject
// has come to allow ("said he was open to softening his hard-line
// policies"). It returns the token "open", or -1.
func (d *doc) openToBefore(k int) int {
	s := d.sents[d.toks[k].sent]
	p := k - 1
	if p >= s.first && d.toks[p].kind == tQuote {
		p--
	}
	if p-2 < s.first || !strings.EqualFold(d.toks[p].text, "to") || !strings.EqualFold(d.toks[p-1].text, "open") {
		return -1
	}
	switch strings.ToLower(d.toks[p-2].text) {
	case "is", "was", "are", "were", "now", "seemed", "appeared", "seems", "appears":
		return p - 1
	}
	return -1
}

// enactVerbs enact a measure: approved or passed, not only announced.
var enactVerbs = toSet("approved approves adopted adopts passed passes")

// negatedBefore reports a negator or a modal in the six words before v:
// "will not go back on his promise to cut taxes" keeps the promise.
func (d *doc) negatedBefore(v int) bool {
	s := d.sents[d.toks[v].sent]
	for j := v - 1; j >= s.first && j >= v-6; j-- {
		if w := strings.ToLower(d.toks[j].text); changeNegators[w] || changeModals[w] || w == "will" {
			return true
		}
	}
	return false
}
