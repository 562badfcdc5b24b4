package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// reportedTurns are the idioms news copy reports a change of position
// with, beyond turnPhrases: "went back on a pledge", "came round to the
// idea", "is no longer committed to", "now supports". turnPhraseAt reads
// both; the direction is what the idiom implies.
var reportedTurns = map[string]string{
	"went back on": "REVERSED", "goes back on": "REVERSED", "go back on": "REVERSED",
	"going back on": "REVERSED", "gone back on": "REVERSED",
	"came round to": "SOFTENED", "come round to": "SOFTENED", "comes round to": "SOFTENED",
	"coming round to": "SOFTENED", "came around to": "SOFTENED", "come around to": "SOFTENED",
	"comes around to":    "SOFTENED",
	"came to his senses": "REVERSED", "came to her senses": "REVERSED", "came to their senses": "REVERSED",
	"come to his senses": "REVERSED", "come to her senses": "REVERSED", "come to their senses": "REVERSED",
	"rowed back on": "REVERSED", "rowed back from": "REVERSED", "rows back on": "REVERSED",
	"rowing back on": "REVERSED", "rowing back from": "REVERSED", "rows back from": "REVERSED",
	"row back on": "REVERSED", "row back from": "REVERSED", "backed away from": "REVERSED", "backs away from": "REVERSED",
	"backing away from": "REVERSED", "walked back": "REVERSED", "walks back": "REVERSED",
	"relented": "REVERSED", "relents": "REVERSED", "caved in": "REVERSED", "caves in": "REVERSED",
	"gave in to": "REVERSED", "gives in to": "REVERSED", "bowed to pressure": "REVERSED",
	"changed his view": "SHIFTED", "changed her view": "SHIFTED", "changed their view": "SHIFTED",
	"changed its view": "SHIFTED", "changed his views": "SHIFTED", "changed his position": "SHIFTED",
	"changed her position": "SHIFTED", "changed their position": "SHIFTED", "changed his stance": "SHIFTED",
	"changed her stance": "SHIFTED", "changed their stance": "SHIFTED", "changed his tune": "SHIFTED",
	"changed her tune": "SHIFTED", "changed their tune": "SHIFTED", "changed its tune": "SHIFTED",
	"changed his thinking": "SHIFTED", "changed her thinking": "SHIFTED",
	"appeared open to": "SOFTENED", "appears open to": "SOFTENED", "now open to": "SOFTENED",
	"signalled openness to": "SOFTENED", "signaled openness to": "SOFTENED",
	"applied to join": "SHIFTED", "applies to join": "SHIFTED", "applying to join": "SHIFTED",
	"come off the fence": "SHIFTED", "came off the fence": "SHIFTED", "comes off the fence": "SHIFTED",
	"coming off the fence": "SHIFTED",
	"now supports":         "SOFTENED", "now backs": "SOFTENED", "now favours": "SOFTENED", "now favors": "SOFTENED",
	"now accepts": "SOFTENED", "now opposes": "HARDENED", "now rejects": "HARDENED",
	"now wants": "SHIFTED", "now believes": "SHIFTED", "now agrees": "SOFTENED",
	"reneged on": "REVERSED", "reneges on": "REVERSED", "reneging on": "REVERSED", "renege on": "REVERSED",
	"backed out of": "REVERSED", "backs out of": "REVERSED", "backing out of": "REVERSED",
	"watered down": "SOFTENED", "waters down": "SOFTENED", "watering down": "SOFTENED",
	"distanced himself from": "SHIFTED", "distanced herself from": "SHIFTED", "distanced itself from": "SHIFTED",
	"distanced themselves from": "SHIFTED", "distances himself from": "SHIFTED", "distances herself from": "SHIFTED",
	"distances itself from": "SHIFTED", "distancing himself from": "SHIFTED", "distancing herself from": "SHIFTED",
	"distancing itself from": "SHIFTED", "distancing themselves from": "SHIFTED",
	"turned against": "HARDENED", "turns against": "HARDENED", "turning against": "HARDENED",
	"acquiesced": "SOFTENED", "acquiesces": "SOFTENED", "acquiescing": "SOFTENED",
}

// exitTurns leave what was agreed ("pulled out of the accord", "withdrew
// from the treaty", "walked away from the talks"): a reversal only when
// an agreement follows (agreementAhead); "pulled out of the race" is a
// candidate's exit and "withdrew from the town" an army's.
var exitTurns = map[string]string{
	"pulled out of": "REVERSED", "pulls out of": "REVERSED", "pulling out of": "REVERSED", "pull out of": "REVERSED",
	"withdrew from": "REVERSED", "withdraws from": "REVERSED", "withdrawing from": "REVERSED", "withdraw from": "REVERSED",
	"walked away from": "REVERSED", "walks away from": "REVERSED", "walking away from": "REVERSED",
	"walk away from": "REVERSED",
}

// agreementNouns are what a government or party can leave by exitTurns.
var agreementNouns = toSet(`deal deals accord accords agreement agreements treaty treaties pact pacts compact
convention protocol talks negotiations coalition alliance framework partnership scheme programme program`)

// agreementAhead reports whether an agreement noun heads the phrase from
// token from, over a determiner and a few modifiers ("the Iran nuclear
// deal", "a 2015 climate accord").
func (d *doc) agreementAhead(from int) bool {
	s := d.sents[d.toks[from-1].sent]
	for j := from; j < s.last && j <= from+5; j++ {
		t := d.toks[j]
		if t.kind == tPunct && t.text != "-" {
			return false
		}
		w := strings.ToLower(t.text)
		if agreementNouns[w] && isLower(t.text) {
			return true
		}
		if j > from && functionWords[w] && !articles[w] {
			return false
		}
	}
	return false
}

// possessedDecision returns who owns the decision noun at v ("X's decision
// to", "his decision to"), or -1: the infinitive after it is a change
// that owner made.
func (d *doc) possessedDecision(v int) int {
	s := d.sents[d.toks[v].sent]
	if a := d.agentDecision(v); a >= 0 {
		return a
	}
	if w := strings.ToLower(d.toks[v].text); !decisionNouns[w] || v-1 < s.first {
		return -1
	}
	if d.toks[v-1].kind == tPoss {
		if m := d.mentionEnding(v - 2); m != nil {
			return m.rec
		}
		return d.governmentsDecision(v) // "Spain's socialist government's decision to"
	}
	if p := strings.ToLower(d.toks[v-1].text); ownPossessives[p] {
		rec := d.resolvePronoun(v-1, -1)
		if rec >= 0 && (p == "its" || p == "their") && d.isPerson(rec) {
			return -1 // "its decision": a body's, not the person named last
		}
		return rec
	}
	return -1
}

// agentDecision reads "the decision by X to", "a move by X to" with v the
// last token of X: the decision noun's agent, or -1.
func (d *doc) agentDecision(v int) int {
	s := d.sents[d.toks[v].sent]
	m := d.mentionEnding(v)
	if m == nil || m.rec < 0 {
		return -1
	}
	b := d.skipTheBack(m.a-1, s.first)
	if b-1 < s.first || !strings.EqualFold(d.toks[b].text, "by") || !decisionNouns[strings.ToLower(d.toks[b-1].text)] {
		return -1
	}
	return m.rec
}

// skipTheBack steps back from j over a "the" that opens a name.
func (d *doc) skipTheBack(j, first int) int {
	if j > first && strings.EqualFold(d.toks[j].text, "the") {
		return j - 1
	}
	return j
}

// noLongerWords after "no longer" state a position given up ("is no
// longer committed to", "no longer believes").
var noLongerWords = toSet(`committed supports support backs back opposes oppose opposed believes
wants want accepts accept favours favors favour favor insists insist seeks seek plans plan intends intend
recognises recognizes recognise recognize considers consider regards regard rules wedded interested
prepared willing demands demand requires require pursuing seeking supporting backing`)

// modalOrDo before "no longer" make the word after it a verb of a policy
// ("will no longer buy"); "could no longer believe" tells a feeling.
var modalOrDo = toSet("will would shall does do did")

// stateVerbs after "will no longer" tell a state or a person's own life
// ("will no longer be available", "will no longer work there"), not a
// policy given up.
var stateVerbs = toSet("be have get become play work live stay go run stand sit serve")

// stanceTakingVerbs take a position that "for the first time" makes new
// ("backed the resolution for the first time").
var stanceTakingVerbs = toSet(`backed backs supported supports endorsed endorses recognised recognized
recognises recognizes opposed opposes condemned condemns criticised criticized criticises criticizes
acknowledged acknowledges admitted admits accepted accepts agreed agrees voted votes approved approves
allowed allows called calls signalled signaled signals joined joins refused refuses rejected rejects
described describes named names conceded concedes`)

// restoreVerbs bring back a measure; only with restoredMeasures do they
// make a shift ("restored sanctions", "reopened the investigation"), not
// with "restored order".
var restoreVerbs = toSet(`restored restores restoring reinstated reinstates reinstating reimposed
reimposes reimposing reopened reopens reopening re-opened re-opens re-opening resumed resumes resuming`)

var restoredMeasures = toSet(`sanctions tariffs tariff duties aid funding ties relations ban embargo
investigation inquiry probe case prosecution subsidy subsidies talks`)

// initialAdverbs before a former stance in "after initially believing X"
// mark the clause as the position given up ("after first contesting the
// seat" is a sequence, so only a stance verb follows them).
var initialAdverbs = toSet("initially originally first previously earlier")

// formerStanceVerbs are the participles a former position is told with
// after initialAdverbs ("after initially opposing", "having earlier
// criticised").
var formerStanceVerbs = toSet(`believing believed opposing opposed supporting supported backing backed
rejecting rejected insisting insisted saying said denying denied refusing refused resisting resisted
arguing argued claiming claimed dismissing dismissed criticising criticised criticizing criticized
ruling ruled favouring favoured favoring favored pledging pledged promising promised vowing vowed
defending defended welcoming welcomed endorsing endorsed condemning condemned planning planned
thinking thought calling called demanding demanded`)

// shiftCueFacts reads the policy shifts at token k that shifts.go and
// stanceverbs.go do not: "no longer …", "for the first time", restored
// measures, "after initially …", "as recently as …".
func (d *doc) shiftCueFacts(k int, fs *domain.FactSet) {
	lw := strings.ToLower(d.toks[k].text)
	if !shiftCueWords[lw] {
		return // one lookup for the words no cue starts with, most of them
	}
	var ps domain.PolicyShiftFact
	ok := false
	switch {
	case lw == "no":
		ps, ok = d.noLongerShift(k)
	case lw == "for":
		ps, ok = d.firstTimeShift(k)
	case restoreVerbs[lw] || restoreBaseVerbs[lw] && d.decidedInfinitive(k):
		ps, ok = d.restoreShift(k)
	case lw == "after" || lw == "despite" || lw == "having":
		ps, ok = d.initiallyShift(k)
	case lw == "as":
		ps, ok = d.asRecentlyAsShift(k)
	case stanceBaseVerbs[lw] || concessionBaseVerbs[lw]:
		ps, ok = d.infinitiveStanceShift(k)
	case imposeVerbs[lw]:
		ps, ok = d.imposeShift(k)
	case lw == "breaking" || lw == "broke" || lw == "breaks" || lw == "reversing" || lw == "overturning" || lw == "ending":
		if ps, ok = d.breakWithShift(k); !ok && severVerbs[lw] {
			ps, ok = d.severShift(k) // "broke off talks"
		}
	case decisionVerbs[lw]:
		if ps, ok = d.decidedAgainstBefore(k); !ok {
			ps, ok = d.agreedAfterRefusal(k)
		}
	case lw == "concession" || lw == "concessions":
		ps, ok = d.concessionShift(k)
	case lw == "stripped" || lw == "strips" || lw == "stripping":
		ps, ok = d.strippedShift(k)
	case exitVerbs[lw] || lw == "pulled" || lw == "pulls" || lw == "pulling":
		ps, ok = d.exitShift(k)
	case severVerbs[lw]:
		ps, ok = d.severShift(k)
	case outlawVerbs[lw]:
		ps, ok = d.outlawShift(k)
	case comparativeStanceVerbs[lw]:
		ps, ok = d.comparativeStanceShift(k)
	case lw == "had":
		ps, ok = d.hadInitiallyShift(k)
	}
	if !ok && passiveParticiples[lw] {
		ps, ok = d.passiveShift(k, fs.PolicyShifts)
		if n := len(fs.PolicyShifts); ok && n > 0 && fs.PolicyShifts[n-1].Evidence.Start == ps.Evidence.Start && fs.PolicyShifts[n-1].Actor == ps.Actor {
			// "had been shelved in 2017 but was re-opened this year": one
			// change a sentence, the latest.
			fs.PolicyShifts[n-1] = ps
			return
		}
	}
	if ok {
		fs.PolicyShifts = append(fs.PolicyShifts, ps)
	}
}

// subjectShift is the shift in direction dir told by the cue at k, its
// topic from topicFrom, by the actor the cue's subject names, over the
// cue's clause; no subject: no shift. Most cue readings end so.
func (d *doc) subjectShift(k, topicFrom int, dir string) (domain.PolicyShiftFact, bool) {
	actor := d.shiftSubject(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	return d.cueShift(actor, k, topicFrom, d.clauseEnd(k), dir), true
}

// cueShift builds a shift by actor of the clause [k, end) of its sentence.
func (d *doc) cueShift(actor, k, topicFrom, end int, dir string) domain.PolicyShiftFact {
	s := d.sents[d.toks[k].sent]
	ps := domain.PolicyShiftFact{Actor: d.reg.recs[actor].name, Direction: dir}
	ps.To = d.phrase(k, end)
	ps.Topic = d.topicPhrase(topicFrom, end)
	ps.From = d.fromPosition(k, s.last)
	ps.When = d.shiftActDate(k, end)
	ps.Evidence = d.ev(s.start, s.end, 0.5)
	return ps
}

// topicPhrase is the noun phrase a shift is about: the words from j to
// the clause's end, cut before a date, a relative clause or a comma.
func (d *doc) topicPhrase(j, end int) string {
	for j < end && (functionWords[strings.ToLower(d.toks[j].text)] && !determiners[d.toks[j].text] || d.toks[j].kind == tQuote && !d.toks[j].inQuote) {
		j++
	}
	e := d.phraseEnd(j, end)
	for x := j + 1; x < e; x++ {
		if topicEnders[strings.ToLower(d.toks[x].text)] {
			e = x // "a pledge to make way for X after allies intervened"
			break
		}
	}
	for e > j && functionWords[strings.ToLower(d.toks[e-1].text)] {
		e-- // "a ban in May" cut at its date leaves "a ban in"
	}
	t := firstWords(d.phrase(j, e), 8)
	if t == "" {
		return "policy"
	}
	return t
}

// topicEnders open a clause that tells why or when, not what: a topic
// stops before them.
var topicEnders = toSet("after before following because as amid despite until since while when if")

// shiftSubject is the actor whose position changes at token k: the
// subject of the clause, through a contracted pronoun ("He's also
// softened …") or the sentence's opening actor.
func (d *doc) shiftSubject(k int) int {
	if a := d.memberBody(k); a >= 0 {
		return a
	}
	if a := d.subjectOf(k); a >= 0 {
		return a
	}
	if a := d.contractedSubject(k); a >= 0 {
		return a
	}
	if a := d.whoAntecedent(k); a >= 0 {
		return a
	}
	if a := d.gerundAfterSubject(k); a >= 0 {
		return a
	}
	if a := d.coordinatedSubject(k); a >= 0 {
		return a
	}
	if a := d.participleSubject(k); a >= 0 {
		return a
	}
	return d.bodySubject(k)
}

// whoAntecedent reads "X, a longtime ally who ultimately came round to
// Y": the actor the relative clause before token k describes, or -1.
func (d *doc) whoAntecedent(k int) int {
	s := d.sents[d.toks[k].sent]
	j := k - 1
	for j > s.first && j >= k-3 && !strings.EqualFold(d.toks[j].text, "who") {
		if d.toks[j].kind != tWord || !isLower(d.toks[j].text) {
			return -1
		}
		j--
	}
	if j <= s.first || !strings.EqualFold(d.toks[j].text, "who") {
		return -1
	}
	c := d.previousComma(j, s.first)
	if c < 0 || j-c > 8 {
		return -1
	}
	if m := d.mentionEnding(c - 1); m != nil {
		return m.rec
	}
	return -1
}

// unnamedSubject reports whether the verb at k has a subject the story
// does not name ("An English hospital has suspended …"): then the
// sentence's first actor is no stand-in for it.
func (d *doc) unnamedSubject(k int) bool {
	s := d.sents[d.toks[k].sent]
	j := d.subjectEndBefore(k)
	if j < s.first {
		return false // the verb opens its sentence
	}
	t := d.toks[j]
	if t.kind != tWord || !isLower(t.text) || functionWords[strings.ToLower(t.text)] || d.mentionEnding(j) != nil {
		return false
	}
	for x := j - 1; x >= s.first && x >= j-4 && d.toks[x].kind == tWord; x-- {
		switch strings.ToLower(d.toks[x].text) {
		case "a", "an":
			return true // "An English hospital has …": someone the story does not name
		case "the":
			// "claims the prime minister had reneged": an office holder the
			// story did not resolve is no licence to take its opening actor.
			w := strings.ToLower(t.text)
			return titleIndex[w] != "" || j-1 > x && titleIndex[strings.ToLower(d.toks[j-1].text)+" "+w] != ""
		case "its", "their", "his", "her":
			return false
		}
	}
	return false
}

// decisionVerbs before "to" make an infinitive turn real ("agreed to go
// back on"); other infinitives ("unpalatable to go back on", "refused to
// change course") tell a turn not taken.
var decisionVerbs = toSet("decided decides agreed agrees chose chooses opted opts voted votes moved moves")

// unrealisedTurn reports whether the turn phrase at k is negated or an
// infinitive of something other than a decision.
func (d *doc) unrealisedTurn(k int) bool {
	s := d.sents[d.toks[k].sent]
	if d.conditionalClause(k) {
		return true // "unless ministers backed down", "would back down"
	}
	for j := k - 1; j >= s.first && j >= k-2; j-- {
		if w := strings.ToLower(d.toks[j].text); w == "not" || w == "never" || w == "n't" {
			return true
		}
	}
	if k-1 > s.first && strings.EqualFold(d.toks[k-1].text, "to") {
		return !decisionVerbs[strings.ToLower(d.toks[k-2].text)] && d.possessedDecision(k-2) < 0
	}
	return false
}

// contractedSubject reads "He's", "She's" before token k (over adverbs)
// as the pronoun's referent, or -1.
func (d *doc) contractedSubject(k int) int {
	s := d.sents[d.toks[k].sent]
	j := d.subjectEndBefore(k)
	if j <= s.first || d.toks[j].kind != tPoss || !pronounsSubject[d.toks[j-1].text] {
		return -1
	}
	return d.resolvePronoun(j-1, -1)
}

// noLongerShift reads "X is no longer committed to Y", "X no longer
// believes Y" at the "no" of k.
func (d *doc) noLongerShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if k+2 >= s.last || !strings.EqualFold(d.toks[k+1].text, "longer") {
		return domain.PolicyShiftFact{}, false
	}
	next := d.toks[k+2]
	// "will no longer buy Russian gas": after a modal any word is a verb.
	modalVerb := k > s.first && modalOrDo[strings.ToLower(d.toks[k-1].text)] && next.kind == tWord && isLower(next.text) &&
		!functionWords[next.text] && !stateVerbs[next.text]
	if !noLongerWords[strings.ToLower(next.text)] && !modalVerb {
		return domain.PolicyShiftFact{}, false
	}
	if d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	if _, n := d.turnPhraseAt(k); n > 0 {
		return domain.PolicyShiftFact{}, false // dropShift reads it
	}
	return d.subjectShift(k, k+3, "SHIFTED")
}

// firstTimeShift reads "for the first time" with a verb that takes a
// position ("X backed the plan for the first time", "For the first time,
// X recognised Y").
func (d *doc) firstTimeShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if k+3 >= s.last || !strings.EqualFold(d.toks[k+1].text, "the") || !strings.EqualFold(d.toks[k+2].text, "first") ||
		!strings.EqualFold(d.toks[k+3].text, "time") {
		return domain.PolicyShiftFact{}, false
	}
	if k+4 < s.last && strings.EqualFold(d.toks[k+4].text, "since") {
		return domain.PolicyShiftFact{}, false // "for the first time since 1993": a record, not a new position
	}
	v := -1
	for j := k - 1; j >= s.first && j >= k-12; j-- {
		if stanceTakingVerbs[strings.ToLower(d.toks[j].text)] && !d.toks[j].inQuote {
			v = j
			break
		}
	}
	if v < 0 {
		for j := k + 4; j < s.last && j <= k+12; j++ {
			if stanceTakingVerbs[strings.ToLower(d.toks[j].text)] && !d.toks[j].inQuote {
				v = j
				break
			}
		}
	}
	if v < 0 {
		return domain.PolicyShiftFact{}, false
	}
	return d.subjectShift(v, v+1, "SHIFTED")
}

// restoreShift reads "X restored sanctions on Y", "X reopened the
// investigation" at the verb k.
func (d *doc) restoreShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	head := -1
	for j := k + 1; j < s.last && j <= k+5; j++ {
		w := strings.ToLower(d.toks[j].text)
		if restoredMeasures[w] {
			head = j
			break
		}
		if d.toks[j].kind != tWord || (functionWords[w] && !determiners[d.toks[j].text] && w != "the" && w != "a" && w != "an") {
			break
		}
	}
	if head < 0 || (strings.HasSuffix(strings.ToLower(d.toks[k].text), "ing") && k > s.first && gerundPreps[strings.ToLower(d.toks[k-1].text)]) {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		actor = d.infinitiveActor(k) // "Swedish prosecutors decided to reopen the investigation"
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	return d.cueShift(actor, k, k+1, d.clauseEnd(k), "REVERSED"), true
}

// initiallyShift reads "X declared the gifts after initially believing
// they need not" and "Having initially opposed the plan, X now backs it"
// at the "after", "despite" or "having" of k: the clause after the adverb
// is the former position, the main clause the new one.
func (d *doc) initiallyShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if k+2 >= s.last || !initialAdverbs[strings.ToLower(d.toks[k+1].text)] || d.toks[k+2].kind != tWord || !isLower(d.toks[k+2].text) {
		return domain.PolicyShiftFact{}, false
	}
	if !formerStanceVerbs[d.toks[k+2].text] {
		return domain.PolicyShiftFact{}, false
	}
	having := strings.EqualFold(d.toks[k].text, "having")
	if having && d.previousComma(k, s.first) >= 0 {
		return domain.PolicyShiftFact{}, false // "…, having earlier criticised X": whose stance is unclear
	}
	from := d.phrase(k+2, d.clauseEnd(k+2))
	var actor, v int
	if k == s.first || having {
		// The opening phrase: the subject follows its comma.
		c := k + 2
		for c < s.last && d.toks[c].text != "," {
			c++
		}
		if c+1 >= s.last {
			return domain.PolicyShiftFact{}, false
		}
		m := d.mentionStarting(d.skipThe(c + 1))
		if m == nil {
			return domain.PolicyShiftFact{}, false
		}
		actor, v = m.rec, m.b
	} else {
		v = d.previousVerb(k)
		if v < 0 {
			v = k
		}
		actor = d.shiftSubject(v)
		if actor < 0 {
			actor = d.clauseSubject(k)
		}
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(v)
	if end > k && v < k {
		end = k
	}
	ps := d.cueShift(actor, v, v+1, end, "SHIFTED")
	ps.From = from
	return ps, true
}

// asRecentlyAsShift reads "As recently as 2014, X appeared very interested
// in Y": the phrase dates a position the story goes on to say was left.
func (d *doc) asRecentlyAsShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	opening := k == s.first || (k == s.first+2 && d.toks[s.first+1].text == ",")
	if !opening || k+3 >= s.last || !strings.EqualFold(d.toks[k+1].text, "recently") || !strings.EqualFold(d.toks[k+2].text, "as") {
		return domain.PolicyShiftFact{}, false
	}
	if d.shiftToldIn(d.toks[k].sent - 1) {
		return domain.PolicyShiftFact{}, false // the sentence before tells the change; this is its former stance
	}
	c := k + 3
	for c < s.last && c <= k+8 && d.toks[c].text != "," {
		c++
	}
	if c+1 >= s.last || d.toks[c].text != "," {
		return domain.PolicyShiftFact{}, false
	}
	m := d.mentionStarting(d.skipThe(c + 1))
	if m == nil {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(m.b)
	ps := d.cueShift(m.rec, m.b, m.b+1, end, "SHIFTED")
	ps.From, ps.To = d.phrase(m.b, end), ""
	ps.When = nil // the date is the former position's, not the change's
	return ps, true
}

// shiftToldIn reports whether sentence si names a change of position
// with a shift noun, verb or turn phrase.
func (d *doc) shiftToldIn(si int) bool {
	if si < 0 {
		return false
	}
	s := d.sents[si]
	for k := s.first; k < s.last; k++ {
		lw := strings.ToLower(d.toks[k].text)
		if shiftNouns[lw] != "" || shiftVerbs[lw] != "" || dropVerbs[lw] {
			return true
		}
		if _, n := d.turnPhraseAt(k); n > 0 {
			return true
		}
	}
	return false
}

// coarseCauseDate reads the month or year of what a change followed, in
// tokens (k, end): "went back on a pledge after allies intervened in June
// 2004" changed in June 2004 at the earliest, and a month or a year is
// wide enough to hold both. A day behind "after" stays another event's.
func (d *doc) coarseCauseDate(k, end int) *domain.FuzzyDate {
	for j := k + 1; j < end; j++ {
		t := d.toks[j]
		if t.date == 0 || t.inQuote || d.attributiveDate(k, j) {
			continue
		}
		fd := d.dates[t.date-1].Date
		if fd.Precision == domain.PrecisionMonth || fd.Precision == domain.PrecisionYear {
			return &fd
		}
		return nil
	}
	return nil
}

// memberBody reads a subject named by its members ("Prosecutors in
// Sweden have dropped …", "Swedish prosecutors") as the body the story
// names whose name shares their stem ("Swedish Prosecution Authority"),
// or -1.
func (d *doc) memberBody(v int) int {
	s := d.sents[d.toks[v].sent]
	j := d.subjectEndBefore(v)
	if j < s.first {
		return -1 // the verb opens its sentence: no subject before it
	}
	if m := d.mentionEnding(j); m != nil && d.reg.recs[m.rec].kind == domain.KindCountry {
		p := min(m.a, m.aliasFrom) - 1
		if p-1 < s.first || !(strings.EqualFold(d.toks[p].text, "in") || strings.EqualFold(d.toks[p].text, "from")) {
			return -1
		}
		j = p - 1
	}
	w := strings.ToLower(d.toks[j].text)
	if d.toks[j].kind != tWord || len(w) < 8 || !strings.HasSuffix(w, "s") || d.mentionEnding(j) != nil {
		return -1
	}
	stem := w[:7]
	for i, r := range d.reg.recs {
		if !r.used || r.kind != domain.KindOrganization {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(r.name)) {
			if strings.HasPrefix(f, stem) {
				return i
			}
		}
	}
	return -1
}

// shiftCueWords are the words shiftCueFacts reads a cue at.
var shiftCueWords = func() map[string]bool {
	out := toSet(`no for after despite having as breaking broke breaks reversing overturning ending
stripped strips stripping pulled pulls pulling concession concessions had`)
	for _, set := range []map[string]bool{restoreVerbs, restoreBaseVerbs, stanceBaseVerbs, concessionBaseVerbs,
		passiveParticiples, imposeVerbs, decisionVerbs, exitVerbs, severVerbs, outlawVerbs, comparativeStanceVerbs} {
		for w := range set {
			out[w] = true
		}
	}
	return out
}()
