package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// Frames news copy tells a change of position in beyond a finite verb
// with its object: an infinitive after a decision ("has decided to drop
// the plans", "The party is to back the bill"), a passive whose agent is
// the body the story is about ("The case was dropped in 2017"), an
// imposed measure ("tariffs imposed by X"), a break with a tradition
// ("Breaking with decades of policy, X …"), and subjects named by what
// they are rather than by name ("the hospital", "Swedish prosecutors",
// "Tunisians").

// dropBaseVerbs are dropVerbs' base forms: only after a decision
// ("decided to drop", "is to scrap") do they tell a change; after "urged
// X to" or "refused to" they tell one not made.
var dropBaseVerbs = toSet(`drop abandon scrap ditch withdraw lift shelve axe rescind revoke overturn
reverse end relax ease waive pause suspend cancel halt repeal cut`)

// restoreBaseVerbs are restoreVerbs' base forms, read as dropBaseVerbs are.
var restoreBaseVerbs = toSet("restore reinstate reimpose reopen re-open resume")

// stanceBaseVerbs take a new side after a decision ("The party is to
// back the bill", "the council has agreed to support the plan").
var stanceBaseVerbs = toSet("back support endorse accept recognise recognize")

// concessionBaseVerbs concede what was withheld after "agreed to" ("had
// agreed to release the four", "agreed to free the prisoners").
var concessionBaseVerbs = toSet("release free")

// infinitiveDeciders before "to" make the infinitive a decision taken:
// decisionVerbs, and the "is to" of British news ("The party is to back
// the bill").
var infinitiveDeciders = toSet("decided decides agreed agrees chose chooses opted opts moved moves is are voted votes")

// decidedInfinitive reports whether the base verb at k follows a decision
// ("decided to drop", "are to back"; not "decided not to drop", "urged
// him to drop").
func (d *doc) decidedInfinitive(k int) bool {
	s := d.sents[d.toks[k].sent]
	if k-2 < s.first || !strings.EqualFold(d.toks[k-1].text, "to") || d.toks[k].inQuote {
		return false
	}
	dv := d.deciderAt(k)
	w := strings.ToLower(d.toks[dv].text)
	if !infinitiveDeciders[w] && w != "plans" && d.possessedDecision(dv) < 0 { // "announced plans to scrap", "X's decision to scrap"
		return false
	}
	for j := dv - 1; j >= s.first && j >= dv-2; j-- {
		if lw := strings.ToLower(d.toks[j].text); lw == "not" || lw == "never" || lw == "n't" {
			return false
		}
	}
	return true
}

// deciderAt returns the token before the "to" of the infinitive at k,
// over a date between them ("agreed on Monday to lift").
func (d *doc) deciderAt(k int) int {
	s := d.sents[d.toks[k].sent]
	dv := k - 2
	for dv > s.first && dv >= k-5 && (d.toks[dv].date > 0 || strings.EqualFold(d.toks[dv].text, "on")) {
		dv--
	}
	return dv
}

// infinitiveActor is the actor who decided the infinitive at k: the
// subject of the verb before "to", read through bodySubject.
func (d *doc) infinitiveActor(k int) int {
	if a := d.infinitiveSubject(k); a >= 0 {
		return a
	}
	s := d.sents[d.toks[k].sent]
	if k-2 < s.first || !strings.EqualFold(d.toks[k-1].text, "to") {
		return -1
	}
	v := d.deciderAt(k)
	if v != k-2 {
		if a := d.subjectOf(v); a >= 0 {
			return a
		}
	}
	switch w := strings.ToLower(d.toks[v].text); w {
	case "plans":
		return -1
	case "decision", "vow", "pledge", "promise", "offer":
		if w != "decision" && d.negatedBefore(v) {
			return -1 // "will not go back on his promise to cut taxes"
		}
		return d.possessedDecision(v) // "X's decision to lift the ban", "X's vow to abandon Y"
	case "is", "are":
		// "The party is to back …": the subject stands right before;
		// "The option is to cancel …" names no one.
		if v-1 < s.first {
			return -1
		}
		if m := d.mentionEnding(v - 1); m != nil {
			return m.rec
		}
		if pronounsSubject[d.toks[v-1].text] {
			return d.resolvePronoun(v-1, -1)
		}
		return d.bodySubject(v)
	}
	if a := d.agentDecision(v); a >= 0 {
		return a // "the decision by X to lift the ban"
	}
	return d.bodySubject(v)
}

// possessedMeasureActor reads "plans to end the European Union's arms
// embargo": the body whose measure ends between k and head is the one
// that changes.
func (d *doc) possessedMeasureActor(k, head int) int {
	for j := k + 1; j < head; j++ {
		if d.toks[j].kind != tPoss {
			continue
		}
		if m := d.mentionEnding(j - 1); m != nil && !d.isPerson(m.rec) {
			return m.rec
		}
	}
	return -1
}

// infinitiveStanceShift reads "The party is to back the bill" and "the US
// had agreed to release the four" at the base verb k.
func (d *doc) infinitiveStanceShift(k int) (domain.PolicyShiftFact, bool) {
	lw := strings.ToLower(d.toks[k].text)
	dv := d.deciderAt(k)
	if !d.decidedInfinitive(k) || strings.EqualFold(d.toks[dv].text, "plans") || strings.HasPrefix(strings.ToLower(d.toks[dv].text), "vote") {
		return domain.PolicyShiftFact{}, false // "voted to back the bill" is a vote, not a new side
	}
	dir := "SOFTENED"
	if concessionBaseVerbs[lw] {
		if w := strings.ToLower(d.toks[dv].text); w != "agreed" && w != "agrees" {
			return domain.PolicyShiftFact{}, false
		}
		dir = "REVERSED"
	}
	s := d.sents[d.toks[k].sent]
	if k+1 >= s.last || d.toks[k+1].kind != tWord {
		return domain.PolicyShiftFact{}, false // "back down", "back." read elsewhere
	}
	if w := strings.ToLower(d.toks[k+1].text); w == "down" || w == "away" || w == "off" || w == "out" {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.infinitiveActor(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	return d.cueShift(actor, k, k+1, d.clauseEnd(k), dir), true
}

// phrasalDrops end or weaken a plan in two words: "called off its
// plan", "watered down the proposals", "scaled back the cuts".
var phrasalDrops = map[string]string{"called": "off", "calls": "off", "calling": "off",
	"watered": "down", "waters": "down", "watering": "down", "scaled": "back", "scales": "back", "scaling": "back",
	"rolled": "back", "rolls": "back", "rolling": "back", "gave": "up", "gives": "up", "giving": "up"}

// phrasalDropAt reports how many extra tokens the phrasal drop verb at k
// takes ("called off": 1), or 0.
func (d *doc) phrasalDropAt(k int) int {
	p, ok := phrasalDrops[strings.ToLower(d.toks[k].text)]
	if ok && k+1 < len(d.toks) && strings.EqualFold(d.toks[k+1].text, p) {
		return 1
	}
	return 0
}

// shiftPassiveAux are the words a passive participle follows ("was dropped",
// "had been shelved", "were re-opened").
var shiftPassiveAux = toSet("was were been is are")

// passiveParticiples give up or restore a measure in the passive.
var passiveParticiples = toSet(`dropped abandoned scrapped ditched shelved axed rescinded revoked
overturned lifted suspended cancelled canceled halted withdrawn reopened re-opened reinstated
reimposed restored imposed raised hiked increased eased relaxed paused waived repealed`)

// passiveMeasures are what a passive drop can be about: dropObjects,
// restoredMeasures and kin.
func passiveMeasure(w string) bool {
	return dropObjects[w] || restoredMeasures[w] || w == "cases" || w == "charges" || w == "proposals" ||
		w == "duties" || w == "investigations"
}

// passiveShift reads "The case was dropped in 2017", "The investigation
// had been shelved but was re-opened", "Tariffs imposed by X" at the
// participle k. The actor is the agent after "by" or else the actor of
// the story's last shift: a passive carries on the body the story has
// been telling of, and without one nobody is named.
func (d *doc) passiveShift(k int, prior []domain.PolicyShiftFact) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	lw := strings.ToLower(d.toks[k].text)
	if !passiveParticiples[lw] || d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	j := k - 1
	for j > s.first && (d.toks[j].kind == tWord && (strings.HasSuffix(strings.ToLower(d.toks[j].text), "ly") || strings.EqualFold(d.toks[j].text, "also"))) {
		j-- // "was effectively dropped", "have also been imposed"
	}
	reduced := false // "tariffs imposed by China": a reduced relative
	if j < s.first || !shiftPassiveAux[strings.ToLower(d.toks[j].text)] {
		if lw != "imposed" || k == s.first || !passiveMeasure(strings.ToLower(d.toks[k-1].text)) {
			return domain.PolicyShiftFact{}, false
		}
		reduced = true
	}
	head := -1
	if reduced {
		head = k - 1
	} else {
		for x := j - 1; x >= s.first && x >= j-3; x-- {
			w := strings.ToLower(d.toks[x].text)
			if w == "has" || w == "had" || w == "have" || w == "not" || w == "never" || w == "n't" {
				if w == "not" || w == "never" || w == "n't" {
					return domain.PolicyShiftFact{}, false
				}
				continue
			}
			if passiveMeasure(w) {
				head = x
				break
			}
		}
		// "X had been shelved … but was re-opened": the subject is the
		// first clause's.
		if head < 0 && j-1 >= s.first && strings.EqualFold(d.toks[j-1].text, "but") {
			for x := s.first; x < j-1 && x < s.first+8; x++ {
				if passiveMeasure(strings.ToLower(d.toks[x].text)) {
					head = x
					break
				}
			}
		}
	}
	if head < 0 {
		return domain.PolicyShiftFact{}, false
	}
	actor := -1
	if k+2 < s.last && strings.EqualFold(d.toks[k+1].text, "by") {
		actor = d.objectAt(k+2, -1)
	}
	if actor < 0 && reduced {
		return domain.PolicyShiftFact{}, false
	}
	ps := domain.PolicyShiftFact{}
	if actor >= 0 {
		ps = d.cueShift(actor, k, head, d.clauseEnd(k), "REVERSED")
	} else {
		if len(prior) == 0 {
			return ps, false
		}
		last := prior[len(prior)-1]
		ps = domain.PolicyShiftFact{Actor: last.Actor, Direction: "REVERSED", To: d.phrase(k, d.clauseEnd(k))}
		ps.Topic = d.topicPhrase(headStart(d, head, s.first), head+1)
		ps.When = d.shiftActDate(k, d.clauseEnd(k))
		ps.Evidence = d.ev(s.start, s.end, 0.4)
	}
	switch lw {
	case "raised", "hiked", "increased":
		if !imposedMeasures[strings.ToLower(d.toks[head].text)] {
			return domain.PolicyShiftFact{}, false // "the limit was raised": a number, not a measure
		}
		ps.Direction = "HARDENED"
	case "imposed", "reimposed", "restored", "reinstated":
		ps.Direction = "HARDENED"
	}
	topicEnd := head + 1
	if !reduced && head < j {
		// "The sanctions on Iran were eased": the subject up to its
		// first auxiliary.
		for topicEnd < j && !auxWords[strings.ToLower(d.toks[topicEnd].text)] && d.toks[topicEnd].kind == tWord {
			topicEnd++
		}
	}
	ps.Topic = d.topicPhrase(headStart(d, head, s.first), topicEnd)
	return ps, true
}

// auxWords stand between a passive's subject and its participle.
var auxWords = toSet("has had have was were is are been also not")

// headStart is where the noun phrase ending at head starts: after the
// nearest function word before it.
func headStart(d *doc, head, first int) int {
	x := head
	for x-1 >= first && d.toks[x-1].kind == tWord && (!functionWords[strings.ToLower(d.toks[x-1].text)] || determiners[d.toks[x-1].text]) && head-x < 4 {
		x--
	}
	return x
}

// imposeVerbs bring in a measure against others: with one of
// imposedMeasures they make a shift ("imposed tariffs on steel").
var imposeVerbs = toSet("imposed imposes imposing slapped slaps raised raises hiked hikes tightened tightens toughened")

var imposedMeasures = toSet("tariffs tariff sanctions duties duty embargo levies levy restrictions controls curbs")

// imposeShift reads "X imposed tariffs on Y" at the verb k.
func (d *doc) imposeShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if !imposeVerbs[strings.ToLower(d.toks[k].text)] || d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	if k > s.first && gerundPreps[strings.ToLower(d.toks[k-1].text)] || d.conditionalClause(k) {
		return domain.PolicyShiftFact{}, false
	}
	head := -1
	for j := k + 1; j < s.last && j <= k+5; j++ {
		w := strings.ToLower(d.toks[j].text)
		if imposedMeasures[w] {
			head = j
			break
		}
		if d.toks[j].kind != tWord && d.toks[j].text != "%" {
			break
		}
		if functionWords[w] && !determiners[d.toks[j].text] && w != "the" && w != "a" && w != "an" {
			break
		}
	}
	if head < 0 {
		return domain.PolicyShiftFact{}, false
	}
	return d.subjectShift(k, k+1, "HARDENED")
}

// traditionSpans follow "breaking with" when what is broken is a long
// practice ("breaking with decades of policy").
var traditionSpans = toSet("decades years generations centuries tradition precedent convention")

// breakWithShift reads "Breaking with decades of US policy, X has …",
// "Reversing years of policy, X …" and "X broke with years of precedent"
// at k.
func (d *doc) breakWithShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	lw := strings.ToLower(d.toks[k].text)
	x := k + 2
	if lw == "reversing" || lw == "overturning" || lw == "ending" {
		x = k + 1 // "Reversing decades of policy, X …"
	} else if k+2 >= s.last || !strings.EqualFold(d.toks[k+1].text, "with") {
		return domain.PolicyShiftFact{}, false
	}
	if d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	for x < s.last && x <= k+4 && (strings.EqualFold(d.toks[x].text, "a") || strings.EqualFold(d.toks[x].text, "long") || strings.HasSuffix(strings.ToLower(d.toks[x].text), "-standing") || strings.EqualFold(d.toks[x].text, "the")) {
		x++
	}
	if x >= s.last || !traditionSpans[strings.ToLower(d.toks[x].text)] {
		return domain.PolicyShiftFact{}, false
	}
	actor, v := -1, k
	switch {
	case (lw == "breaking" || lw == "reversing" || lw == "overturning" || lw == "ending") && k == s.first:
		c := k + 2
		for c < s.last && d.toks[c].text != "," {
			c++
		}
		if c+1 >= s.last {
			return domain.PolicyShiftFact{}, false
		}
		actor = d.mainSubject(d.skipThe(c+1), s.last)
		if m := d.mentionStarting(d.skipThe(c + 1)); m != nil {
			v = m.b
		}
	case (lw == "breaking" || lw == "reversing" || lw == "overturning" || lw == "ending") && k-1 > s.first && d.toks[k-1].text == ",":
		// "Germany agreed to send tanks, reversing decades of policy": the
		// participle after the main clause takes its subject.
		actor = d.mainSubject(s.first, k-1)
	case lw == "broke" || lw == "breaks" || lw == "breaking":
		actor = d.shiftSubject(k)
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	ps := d.cueShift(actor, v, x+1, d.clauseEnd(v), "SHIFTED")
	ps.From = d.phrase(x, d.phraseEnd(x, d.clauseEnd(x)))
	ps.Topic = d.topicPhrase(x+1, d.phraseEnd(x+1, d.clauseEnd(x)))
	return ps, true
}

// groupSubjectNouns name a country's or body's people as the subject of
// a change ("Swedish prosecutors decided …").
var groupSubjectNouns = toSet(`ministers officials government authorities prosecutors regulators
lawmakers legislators police judges investigators diplomats negotiators`)

// bodySubject reads a subject the story names by what it is, not by
// name, before the verb at v: a plural demonym ("Tunisians elected …") or
// a demonym and a group ("Swedish prosecutors decided …") is the
// country; "the hospital", "an English hospital" is the one body the
// story names with that noun ("Hereford Hospitals NHS Trust"). -1 when
// none fits.
func (d *doc) bodySubject(v int) int {
	s := d.sents[d.toks[v].sent]
	j := v - 1
	for j > s.first && (skippableBeforeVerb[strings.ToLower(d.toks[j].text)] || strings.EqualFold(d.toks[j].text, "now")) {
		j--
	}
	if j < s.first || d.toks[j].kind != tWord || d.toks[j].inQuote {
		return -1
	}
	if m := d.mentionEnding(j); m != nil {
		return m.rec // "The party has now decided …": "now" hid the subject
	}
	country := func(name string, at int) int {
		i := d.reg.get(name, domain.KindCountry)
		if rec := d.reg.recs[i]; !rec.used {
			rec.used, rec.firstTok = true, at
		}
		return i
	}
	if c := d.demonymPlural(j); c != "" {
		return country(c, j)
	}
	w := strings.ToLower(d.toks[j].text)
	if (w == "but" || w == "and") && j-1 > s.first {
		// "The party has been agnostic but had now decided …": the
		// subject opens the sentence.
		for x := s.first; x < j && x < s.first+3; x++ {
			if strings.EqualFold(d.toks[x].text, "the") && x+1 < j && isLower(d.toks[x+1].text) && d.toks[x+1].kind == tWord {
				return d.bodyNamed(strings.ToLower(d.toks[x+1].text), v)
			}
		}
		return -1
	}
	if !isLower(d.toks[j].text) || functionWords[w] {
		return -1
	}
	if groupSubjectNouns[w] && j-1 >= s.first {
		c, ok := demonyms[d.toks[j-1].text]
		if !ok && j-2 >= s.first && d.toks[j-1].kind == tPoss {
			if m := d.mentionEnding(j - 2); m != nil && d.reg.recs[m.rec].kind == domain.KindCountry {
				c, ok = d.reg.recs[m.rec].name, true // "Canada's government lifted …"
			}
		}
		if ok && w == "government" {
			return d.governmentOf(c, j)
		}
		if ok {
			return country(c, j-1)
		}
		if w == "government" && strings.EqualFold(d.toks[j-1].text, "the") {
			if sc := d.clearStoryCountry(); sc >= 0 {
				return d.governmentOf(d.reg.recs[sc].name, j) // "The government canceled a contract"
			}
		}
	}
	det := false
	for x := j - 1; x >= s.first && x >= j-3; x-- {
		if lx := strings.ToLower(d.toks[x].text); lx == "the" || lx == "a" || lx == "an" {
			det = true
			break
		}
	}
	if !det {
		return -1
	}
	return d.bodyNamed(w, v)
}

// unnamedBodyNouns are the nouns a body's name is told by when it is not
// named ("the hospital", "the council").
var unnamedBodyNouns = toSet(`hospital hospitals trust council party commission committee agency authority
board ministry department court union company bank service government tribunal regulator`)

// bodyNamed returns the organisation the story names with the noun w
// ("hospital" for "Hereford County Hospital") that was mentioned last
// before token v, or -1: "the hospital", "the party" mean the body the
// story has just told of.
func (d *doc) bodyNamed(w string, v int) int {
	if len(w) < 4 || functionWords[w] {
		return -1
	}
	fits := map[int]bool{}
	for i, r := range d.reg.recs {
		if !r.used || r.kind == domain.KindCountry || (r.kind == domain.KindPerson && !unnamedBodyNouns[w]) {
			continue // a body the tagger took for a person still has its noun ("… Hospitals NHS Trust")
		}
		for _, f := range strings.Fields(strings.ToLower(r.name)) {
			if f == w || f == w+"s" {
				fits[i] = true
			}
		}
	}
	if len(fits) == 0 {
		return -1
	}
	found := -1
	for _, m := range d.ments {
		if m.rec < 0 || !fits[m.rec] {
			continue
		}
		if m.a >= v {
			if found < 0 {
				found = m.rec // "An English hospital has …", named later
			}
			break
		}
		found = m.rec
	}
	return found
}

// gerundAfterSubject reads "X elected … after souring on Y": the subject
// of a gerund behind "after", "before", "while" is the main clause's.
func (d *doc) gerundAfterSubject(k int) int {
	s := d.sents[d.toks[k].sent]
	if k-1 <= s.first || !strings.HasSuffix(strings.ToLower(d.toks[k].text), "ing") {
		return -1
	}
	switch strings.ToLower(d.toks[k-1].text) {
	case "after", "before", "while", "since":
	default:
		return -1
	}
	pv := d.previousVerb(k - 1)
	if pv < 0 {
		for x := s.first; x < k-1; x++ {
			if c := d.demonymPlural(x); c != "" && x+1 < k-1 && d.toks[x+1].kind == tWord && isLower(d.toks[x+1].text) {
				return d.bodySubject(x + 1)
			}
		}
		return -1
	}
	if a := d.subjectOf(pv); a >= 0 {
		return a
	}
	return d.bodySubject(pv)
}

// possessedTurn reads "Beijing's backtracking on the law": the possessor
// of a turn told as a noun.
func (d *doc) possessedTurn(k int) int {
	s := d.sents[d.toks[k].sent]
	if k-2 < s.first || d.toks[k-1].kind != tPoss {
		return -1
	}
	if m := d.mentionEnding(k - 2); m != nil {
		return m.rec
	}
	return -1
}

// backReferencePreps before "the shift" make it one the story tells
// elsewhere ("the governor presiding over the shift").
var backReferencePreps = toSet("over of about behind on after despite since amid with into")

// shiftToldElsewhere reports whether the shift noun at k refers back to a
// change ("presiding over the shift") with no "for X" to say whose, or is
// a verb after "to" ("ready to switch allegiances").
func (d *doc) shiftToldElsewhere(k int) bool {
	s := d.sents[d.toks[k].sent]
	andVerb := k > s.first && k+1 < s.last && (strings.EqualFold(d.toks[k-1].text, "and") || strings.EqualFold(d.toks[k-1].text, "or")) &&
		(strings.EqualFold(d.toks[k+1].text, "to") || strings.EqualFold(d.toks[k+1].text, "from")) // "do away with X and switch to Y"
	if k-1 >= s.first && isLower(d.toks[k].text) && (andVerb || strings.EqualFold(d.toks[k-1].text, "to") || modalVerbs[strings.ToLower(d.toks[k-1].text)]) {
		return true // "voters expected to switch to the Tories", "supporters may switch": a verb, not a change told
	}
	if k-2 < s.first || !strings.EqualFold(d.toks[k-1].text, "the") || !backReferencePreps[strings.ToLower(d.toks[k-2].text)] {
		return false
	}
	return !(k+1 < s.last && (strings.EqualFold(d.toks[k+1].text, "for") || strings.EqualFold(d.toks[k+1].text, "of")))
}

// modalVerbs before a shift noun make it a verb ("may switch").
var modalVerbs = toSet("may might could would will can should must")

// conditionalClause reports whether the verb at k stands in a "when",
// "if" or "unless" clause: a rule about what happens, not an act.
func (d *doc) conditionalClause(k int) bool {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		switch w := strings.ToLower(d.toks[j].text); {
		case w == "when" || w == "if" || w == "unless" || w == "whenever" || w == "would" || w == "could":
			return true
		case d.toks[j].text == ",":
			return false
		}
	}
	return false
}

// joinToldAcross joins two shifts of one actor told at most six
// sentences and two paragraphs apart, unless each gives a different date
// ("The party is to back the bill." in the lead, "The party had now
// decided to come off the fence." two paragraphs on): one change, its
// evidence the span from the first to the last.
func (d *doc) joinToldAcross(fs *domain.FactSet) {
	sentAt := map[int]int{}
	for si, s := range d.sents {
		sentAt[int(d.runeAt[s.start])] = si
	}
	out := fs.PolicyShifts[:0]
	lastSent := -1
	for i, ps := range fs.PolicyShifts {
		si, ok := sentAt[ps.Evidence.Start]
		if ok {
			ps.Actor = d.pronounCarriesShift(fs.PolicyShifts[:i], si, ps.Actor)
		}
		if n := len(out); ok && n > 0 && lastSent >= 0 && si > lastSent && si-lastSent <= 6 {
			prev := &out[n-1]

			if prev.Actor == ps.Actor && (prev.When == nil || ps.When == nil || dateKey(prev.When) == dateKey(ps.When)) &&
				d.sents[si].para-d.sents[lastSent].para <= 2 {
				prev.Evidence = d.ev(d.sents[sentAtStart(d, prev.Evidence.Start)].start, d.sents[si].end, prev.Evidence.Confidence)
				if prev.From == "" {
					prev.From = ps.From
				}
				if prev.When == nil {
					prev.When = ps.When
				}
				lastSent = si
				continue
			}
		}
		out = append(out, ps)
		lastSent = -1
		if ok {
			lastSent = si
		}
	}
	fs.PolicyShifts = out
}

// pronounCarriesShift reads "Mr X went back on a pledge … X felt … But
// he then changed his mind": a sentence opened by a pronoun that tells a
// change goes to the person whose change the story told before, when
// that person was named in the three sentences before it and the pronoun
// fits; otherwise actor stays.
func (d *doc) pronounCarriesShift(before []domain.PolicyShiftFact, si int, actor string) string {
	p := d.pronounOpens(si)
	if p < 0 {
		return actor
	}
	for i := len(before) - 1; i >= 0; i-- {
		prev := before[i].Actor
		if prev == actor {
			return actor
		}
		rec := d.recNamed(prev)
		if rec < 0 || !d.isPerson(rec) || !d.genderFits(rec, d.toks[p].text) {
			continue
		}
		for _, m := range d.ments {
			if m.rec == rec && !d.toks[m.a].inQuote && d.toks[m.a].sent < si && d.toks[m.a].sent >= si-3 {
				return prev
			}
		}
	}
	return actor
}

// pronounOpens returns the "he"/"she" that is the subject opening
// sentence si (after "But", "And", "However,"), or -1.
func (d *doc) pronounOpens(si int) int {
	s := d.sents[si]
	for k := s.first; k < s.last && k < s.first+3; k++ {
		t := d.toks[k]
		if pronounsSubject[t.text] {
			return k
		}
		if w := strings.ToLower(t.text); w != "but" && w != "and" && w != "however" && w != "yet" && t.text != "," {
			return -1
		}
	}
	return -1
}

// recNamed returns the record of the actor named name, or -1.
func (d *doc) recNamed(name string) int {
	for i, r := range d.reg.recs {
		if r.name == name {
			return i
		}
	}
	return -1
}

// sentAtStart returns the sentence whose text starts at rune offset r.
func sentAtStart(d *doc, r int) int {
	for si, s := range d.sents {
		if int(d.runeAt[s.start]) == r {
			return si
		}
	}
	return 0
}

// contrastWords in a sentence that tells a decision say the decision
// changed what held before ("has opted to adopt majority voting -
// previously measures needed unanimity").
var contrastWords = toSet("previously formerly hitherto")

// decidedAgainstBefore reads "X has opted to adopt Y - previously Z" at
// the decision verb k: a decision whose sentence says what held until
// then.
func (d *doc) decidedAgainstBefore(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if k+2 >= s.last || !strings.EqualFold(d.toks[k+1].text, "to") || d.toks[k+2].kind != tWord || d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	c := -1
	for j := k + 3; j < s.last; j++ {
		if w := strings.ToLower(d.toks[j].text); contrastWords[w] || (w == "until" && j+1 < s.last && (strings.EqualFold(d.toks[j+1].text, "now") || strings.EqualFold(d.toks[j+1].text, "then"))) {
			c = j
			break
		}
	}
	if c < 0 {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(k)
	if end > c {
		end = c
	}
	ps := d.cueShift(actor, k+2, k+3, end, "SHIFTED")
	ps.From = d.phrase(c, d.clauseEnd(c))
	return ps, true
}

// strippedThings are what a government strips someone of ("stripped him
// of his refugee status").
var strippedThings = toSet(`status citizenship nationality title titles asylum licence license accreditation
immunity powers passport honour honor knighthood`)

// ofWord is the "of" of "stripped him of".
var ofWord = toSet("of")

// wordWithin is the first token in [from, to) whose lower-cased text is
// one of words, or -1.
func (d *doc) wordWithin(from, to int, words map[string]bool) int {
	for j := from; j < to; j++ {
		if words[strings.ToLower(d.toks[j].text)] {
			return j
		}
	}
	return -1
}

// strippedShift reads "X stripped him of his refugee status" at k.
func (d *doc) strippedShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if d.toks[k].inQuote || d.conditionalClause(k) {
		return domain.PolicyShiftFact{}, false
	}
	of := d.wordWithin(k+1, min(s.last, k+5), ofWord)
	if of < 0 {
		return domain.PolicyShiftFact{}, false
	}
	if head := d.wordWithin(of+1, min(s.last, of+5), strippedThings); head < 0 {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	ps := d.cueShift(actor, k, of+1, d.clauseEnd(k), "REVERSED")
	if on := d.objectAt(k+1, actor); on >= 0 && on != actor {
		ps.OnActor = d.reg.recs[on].name
	}
	return ps, true
}

// exitVerbs leave an agreement or a body: with one of exitObjects after
// "from" (or "out of") they make a shift ("withdrew from the nuclear
// deal", "pulled out of the talks").
var exitVerbs = toSet("withdrew withdraws withdrawing withdrawn quit quits quitting rejoined rejoins rejoining")

var exitObjects = toSet(`agreement agreements deal accord accords treaty treaties pact talks negotiations
alliance coalition convention protocol framework process union bloc organisation organization
council court initiative scheme partnership`)

// exitShift reads "X withdrew from the deal", "X pulled out of the talks"
// and "X quit the coalition" at the verb k.
func (d *doc) exitShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	lw := strings.ToLower(d.toks[k].text)
	if d.toks[k].inQuote || d.conditionalClause(k) || (strings.HasSuffix(lw, "ing") && k > s.first && gerundPreps[strings.ToLower(d.toks[k-1].text)]) {
		return domain.PolicyShiftFact{}, false
	}
	from := k + 1
	switch {
	case strings.HasPrefix(lw, "pull"):
		if k+2 >= s.last || !strings.EqualFold(d.toks[k+1].text, "out") || !strings.EqualFold(d.toks[k+2].text, "of") {
			return domain.PolicyShiftFact{}, false
		}
		from = k + 3
	case strings.HasPrefix(lw, "withdr"):
		if k+1 >= s.last || !strings.EqualFold(d.toks[k+1].text, "from") {
			return domain.PolicyShiftFact{}, false
		}
		from = k + 2
	}
	head := -1
	for j := from; j < s.last && j <= from+5; j++ {
		t := d.toks[j]
		w := strings.ToLower(t.text)
		if exitObjects[w] {
			head = j
			break
		}
		if t.kind != tWord && t.kind != tPoss {
			break
		}
		if functionWords[w] && !determiners[t.text] && w != "the" && w != "a" && w != "an" {
			break
		}
	}
	if head < 0 {
		return domain.PolicyShiftFact{}, false
	}
	return d.subjectShift(k, from, "REVERSED")
}

// severVerbs end relations: "severed ties with X", "cut diplomatic
// relations", "broke off talks".
var severVerbs = toSet("severed severs severing cut cuts broke breaks")

var severedObjects = toSet("ties relations contacts talks negotiations")

// severShift reads "X severed diplomatic ties with Y" and "X broke off
// talks" at the verb k.
func (d *doc) severShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	lw := strings.ToLower(d.toks[k].text)
	if d.toks[k].inQuote || d.conditionalClause(k) {
		return domain.PolicyShiftFact{}, false
	}
	from := k + 1
	if lw == "broke" || lw == "breaks" {
		if k+1 >= s.last || !strings.EqualFold(d.toks[k+1].text, "off") {
			return domain.PolicyShiftFact{}, false
		}
		from = k + 2
	}
	head := -1
	for j := from; j < s.last && j <= from+3; j++ {
		w := strings.ToLower(d.toks[j].text)
		if severedObjects[w] {
			head = j
			break
		}
		if d.toks[j].kind != tWord || (functionWords[w] && !determiners[d.toks[j].text] && w != "the") {
			break
		}
	}
	if head < 0 {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	ps := d.cueShift(actor, k, from, d.clauseEnd(k), "HARDENED")
	if head+2 < s.last && strings.EqualFold(d.toks[head+1].text, "with") {
		if on := d.objectAt(head+2, actor); on >= 0 && on != actor {
			ps.OnActor = d.reg.recs[on].name
		}
	}
	return ps, true
}

// concessionMakers give concessions ("offered concessions on the bill").
var concessionMakers = toSet("made makes offered offers granted grants announced announces agreed")

// concessionShift reads "after key concessions from X", "concessions
// offered by X" and "X made concessions on Y" at the noun k.
func (d *doc) concessionShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if d.toks[k].inQuote || d.conditionalClause(k) {
		return domain.PolicyShiftFact{}, false
	}
	for j := k - 1; j >= s.first && j >= k-4; j-- {
		switch strings.ToLower(d.toks[j].text) {
		case "no", "not", "more", "further", "demanded", "demands", "demanding", "seek", "seeking", "sought", "wants", "wanted", "refused", "any":
			return domain.PolicyShiftFact{}, false // "no more concessions", "demanded concessions"
		}
	}
	actor := -1
	x := k + 1
	if x < s.last && (strings.EqualFold(d.toks[x].text, "offered") || strings.EqualFold(d.toks[x].text, "made") || strings.EqualFold(d.toks[x].text, "granted")) {
		x++
	}
	if x+1 < s.last && (strings.EqualFold(d.toks[x].text, "from") || strings.EqualFold(d.toks[x].text, "by")) {
		actor = d.objectAt(x+1, -1)
	}
	if actor < 0 {
		v := k - 1
		for v > s.first && d.toks[v].kind == tWord && isLower(d.toks[v].text) && !concessionMakers[strings.ToLower(d.toks[v].text)] && k-v < 3 {
			v--
		}
		if v < s.first || !concessionMakers[strings.ToLower(d.toks[v].text)] {
			return domain.PolicyShiftFact{}, false
		}
		actor = d.shiftSubject(v)
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(k)
	ps := d.cueShift(actor, k, k+1, end, "SOFTENED")
	ps.Topic = "concessions"
	for j := k + 1; j+1 < end; j++ {
		if w := strings.ToLower(d.toks[j].text); w == "on" || w == "over" {
			ps.Topic = d.topicPhrase(j+1, end) // "concessions on the bill"
			break
		}
	}
	return ps, true
}

// heldAgainstWords tell a position held against something: "agreed to"
// after one of them in the sentence or the two before is a turn.
var heldAgainstWords = toSet(`refused refusing rejected rejecting resisted resisting opposed balked
insisted ruled vowed`)

// agreedAfterRefusal reads "X had refused to … On Monday X agreed to …"
// at the "agreed" of k.
func (d *doc) agreedAfterRefusal(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	lw := strings.ToLower(d.toks[k].text)
	if (lw != "agreed" && lw != "agrees") || k+2 >= s.last || !strings.EqualFold(d.toks[k+1].text, "to") || d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	if d.conditionalClause(k) {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	refused := -1
	for si := d.toks[k].sent; si >= 0 && si >= d.toks[k].sent-2 && refused < 0; si-- {
		p := d.sents[si]
		for j := p.first; j < p.last; j++ {
			if si == d.toks[k].sent && j >= k {
				break
			}
			if heldAgainstWords[strings.ToLower(d.toks[j].text)] && !d.toks[j].inQuote && d.refusedBy(j, actor) {
				refused = j
				break
			}
		}
	}
	if refused < 0 {
		return domain.PolicyShiftFact{}, false
	}
	ps := d.cueShift(actor, k, k+2, d.clauseEnd(k), "REVERSED")
	rs := d.sents[d.toks[refused].sent]
	ps.From = d.phrase(refused, d.clauseEnd(refused))
	if rs.first == s.first && refused < k {
		ps.From = d.phrase(refused, min(d.clauseEnd(refused), k))
	}
	return ps, true
}

// refusedBy reports whether the refusal at j is actor's: its subject, or
// a pronoun that resolves to it.
func (d *doc) refusedBy(j, actor int) bool {
	a := d.subjectOf(j)
	if a < 0 {
		a = d.bodySubject(j)
	}
	return a == actor
}

// objectParticiples, before a date in a shift's object, date the thing
// given up, not the change ("an allegation made against him in 2010").
var objectParticiples = toSet(`made brought filed lodged committed introduced signed passed imposed launched
opened issued agreed adopted announced given`)

// attributiveDate reports whether the date starting at token j describes
// a noun of the shift's object (k is the shift's verb): "a 2010 rape
// allegation", "an allegation made in 2010", "a measure brought in three
// years ago".
func (d *doc) attributiveDate(k, j int) bool {
	if j-1 > k {
		switch strings.ToLower(d.toks[j-1].text) {
		case "a", "an", "the", "its", "his", "her", "their":
			return true
		}
	}
	for x := j - 1; x > k && x >= j-8; x-- {
		if objectParticiples[strings.ToLower(d.toks[x].text)] {
			return true
		}
	}
	return false
}

// shiftActDate dates a shift told by the verb at k in the clause [k,
// end): the nearest date before k, else the first date after it that is
// the act's (not its object's, not behind "after"), else, for a present
// perfect in the lead ("Sweden has dropped …"), the story's day.
func (d *doc) shiftActDate(k, end int) *domain.FuzzyDate {
	s := d.sents[d.toks[k].sent]
	from := s.first
	for j := k - 1; j > s.first; j-- {
		if w := strings.ToLower(d.toks[j].text); w == "but" || w == ";" || w == "whereas" {
			from = j // "had been shelved in 2017 but was re-opened this year": 2017 is the other clause's
			break
		}
	}
	for j := k - 1; j >= s.first; j-- {
		t := d.toks[j]
		if t.date == 0 || t.inQuote || d.weekdayInName(j) || d.inClosedRelative(j, k) {
			continue
		}
		if j <= from && from > s.first {
			break // the other clause's date
		}
		if d.dateThenWhen(j, k) {
			fd := d.pastMonth(d.dates[t.date-1].Date)
			return &fd // "since 2 March, when Israel imposed …": the act's day
		}
		if d.possessedDate(j) {
			continue // "last September's agreement": the agreement's date
		}
		for x := j - 1; x >= s.first && x >= j-4; x-- {
			switch strings.ToLower(d.toks[x].text) {
			case "after", "since", "following", "before":
				j = -1
			}
		}
		if j < 0 {
			break
		}
		fd := d.pastMonth(d.dates[t.date-1].Date)
		return &fd
	}
	future := d.futureChange(k)
	for j := k + 1; j < end; j++ {
		t := d.toks[j]
		if t.date == 0 || t.inQuote || (j > k+1 && d.toks[j-1].date == t.date) {
			continue
		}
		if d.attributiveDate(k, j) || d.weekdayInName(j) || d.possessedDate(j) {
			continue
		}
		behind := false
		for x := j - 1; x > k && x >= j-4; x-- {
			switch strings.ToLower(d.toks[x].text) {
			case "following", "after", "since", "before":
				behind = true
			}
		}
		if future && d.effectiveDate(j) {
			behind = true // "will stop buying from July", "will join next month": when it takes effect, not when it was decided
		}
		if behind {
			continue
		}
		fd := d.pastMonth(d.dates[t.date-1].Date)
		return &fd
	}
	if !d.paras[s.para].lead || d.story == nil {
		return d.perfectShiftYear(k)
	}
	for j := k - 1; j >= s.first && j >= k-2; j-- {
		if w := strings.ToLower(d.toks[j].text); w == "has" || w == "have" {
			// "Sweden has dropped its investigation …" opening the story:
			// the change is the story's news, of its day.
			fd := *d.story
			return &fd
		}
	}
	return d.perfectShiftYear(k)
}

// effectiveWords before a date make it the day a change takes effect
// ("from July", "effective April 1", "starting next month").
var effectiveWords = toSet("from effective starting beginning")

// futureChange reports whether the change verb at k is told as one to
// come: "will" or "would" before it.
func (d *doc) futureChange(k int) bool {
	s := d.sents[d.toks[k].sent]
	j := d.adverbsBack(k-1, s.first)
	if j < s.first {
		return false
	}
	switch strings.ToLower(d.toks[j].text) {
	case "will", "would", "shall", "'ll", "’ll":
		return true
	}
	return false
}

// effectiveDate reports whether the date at token j tells when a change
// to come takes effect: "from July", "effective April 1", "next month".
func (d *doc) effectiveDate(j int) bool {
	if effectiveWords[strings.ToLower(d.toks[j-1].text)] {
		return true
	}
	w := strings.ToLower(d.toks[j].text)
	return w == "next" || w == "coming"
}

// inClosedRelative reports whether the date token j stands in a relative
// clause that a comma closes before the verb at k ("X, who took office in
// 2022, had not …"): the date is of the clause, not of the act.
func (d *doc) inClosedRelative(j, k int) bool {
	first := d.sents[d.toks[j].sent].first
	rel := false
	for x := j - 1; x >= first && d.toks[x].text != ","; x-- {
		if relativePronouns[strings.ToLower(d.toks[x].text)] {
			rel = true
			break
		}
	}
	if !rel {
		return false
	}
	for x := j + 1; x < k; x++ {
		if d.toks[x].text == "," {
			return true
		}
	}
	return false
}

// weekdays name the days a newspaper or a club can be named by.
var weekdays = toSet("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

// weekdayInName reports whether the date token j is a weekday that opens
// a name ("the Sunday Telegraph", "the Monday Club"), not a date.
func (d *doc) weekdayInName(j int) bool {
	if !weekdays[d.toks[j].text] || j+1 >= len(d.toks) || d.toks[j+1].sent != d.toks[j].sent {
		return false
	}
	nx := d.toks[j+1]
	return nx.kind == tWord && isUpperStart(nx.text) && nx.date == 0
}

// pastMonth reads a bare month that resolved after publication ("decided
// to reopen the investigation in May", told in November) as the last such
// month before it: a change the story reports has happened.
func (d *doc) pastMonth(fd domain.FuzzyDate) domain.FuzzyDate {
	if fd.Precision != domain.PrecisionMonth || !d.afterPublication(fd) || strings.ContainsAny(fd.Text, "0123456789") {
		return fd
	}
	out := domain.Month(fd.Start.Year()-1, fd.Start.Month())
	out.Text = fd.Text
	return out
}

// openingShiftNounSubject reads "In a reversal, the Japanese government said
// …" at the shift noun k: the noun opens the sentence in a phrase whose
// comma the subject follows.
func (d *doc) openingShiftNounSubject(k int) int {
	s := d.sents[d.toks[k].sent]
	if !strings.EqualFold(d.toks[s.first].text, "in") || k > s.first+4 || k+2 >= s.last || d.toks[k+1].text != "," {
		return -1
	}
	j := k + 2
	for x := j; x < s.last && x < j+4; x++ {
		if groupSubjectNouns[strings.ToLower(d.toks[x].text)] {
			if a := d.bodySubject(x + 1); a >= 0 {
				return a // "In a reversal, the Japanese government said …"
			}
			break
		}
	}
	return d.mainSubject(d.skipThe(j), s.last)
}

// governmentNames name a country's government as news copy does: by
// its short form where it has one ("US government", "UK government"),
// else by its demonym ("Tunisian government").
var governmentNames = func() map[string]string {
	out := map[string]string{}
	for _, c := range parseCountries() {
		name := c.name
		if len(c.demonyms) > 0 {
			name = c.demonyms[0]
		}
		for _, o := range c.others {
			if len(o) >= 2 && len(o) <= 3 && strings.ToUpper(o) == o && !strings.Contains(o, ".") {
				name = o
				break
			}
		}
		out[c.name] = name + " government"
	}
	return out
}()

// governmentOf returns the organisation actor for the government of the
// country named country, told at token at ("the government", "the
// Japanese government"): the body that decides, which a story tells
// apart from the country.
func (d *doc) governmentOf(country string, at int) int {
	name, ok := governmentNames[country]
	if !ok {
		name = country + " government"
	}
	i := d.reg.get(name, domain.KindOrganization)
	if rec := d.reg.recs[i]; !rec.used {
		rec.used, rec.firstTok = true, at
	}
	return i
}

// clearStoryCountry is the country the story names at least twice as
// often as any other, or -1: a bare "the government" is that country's
// only when the story is plainly about it.
func (d *doc) clearStoryCountry() int {
	counts := map[int]int{}
	for _, m := range d.ments {
		if d.reg.recs[m.rec].kind == domain.KindCountry {
			counts[m.rec]++ // the country named; titles' qualifiers are guessed too often
		}
	}
	best, first, second := -1, 0, 0
	for rec, n := range counts {
		switch {
		case n > first:
			best, first, second = rec, n, first
		case n > second:
			second = n
		}
	}
	if best < 0 || first < 2*second {
		return -1
	}
	return best
}

// outlawVerbs ban a group: "outlawed the group", "banned the party",
// "proscribed X".
var outlawVerbs = toSet("outlawed outlaws outlawing banned bans proscribed proscribes")

var outlawedGroups = toSet("group groups party parties organisation organization organisations organizations movement militia network")

// outlawShift reads "The government outlawed the group behind the
// attack" and "X banned the Y party" at the verb k: a body banned is a
// stance taken against it.
func (d *doc) outlawShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if d.toks[k].inQuote || d.conditionalClause(k) || k+1 >= s.last {
		return domain.PolicyShiftFact{}, false
	}
	on, head := -1, -1
	for j := k + 1; j < s.last && j <= k+4; j++ {
		w := strings.ToLower(d.toks[j].text)
		if m := d.mentionStarting(j); m != nil && d.reg.recs[m.rec].kind == domain.KindOrganization {
			on, head = m.rec, j
			break
		}
		if outlawedGroups[w] && isLower(d.toks[j].text) {
			head = j
			break
		}
		if d.toks[j].kind != tWord || (functionWords[w] && w != "the" && w != "a" && w != "an" && !determiners[d.toks[j].text]) {
			break
		}
	}
	if head < 0 {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 || actor == on {
		return domain.PolicyShiftFact{}, false
	}
	ps := d.cueShift(actor, k, k+1, d.clauseEnd(k), "HARDENED")
	if on >= 0 {
		ps.OnActor = d.reg.recs[on].name
	}
	return ps, true
}

// topicAfterActor returns what a shift noun's "for X"/"by X" phrase says
// the change is about: the words after "on" or "over" in tokens [from,
// end) ("a U-turn by the party on tuition fees" → "tuition fees").
func (d *doc) topicAfterActor(from, end int) string {
	for j := from; j+1 < end; j++ {
		if w := strings.ToLower(d.toks[j].text); w == "on" || w == "over" {
			return d.phrase(j+1, d.phraseEnd(j+1, end))
		}
	}
	return ""
}
