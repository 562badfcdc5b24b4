package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// More of the ways news copy tells that someone's position changed,
// each told by its own words and not by a policy verb (shift_general.go
// reads those):
//
//   - a concession after holding out: "Japan finally signed up to it",
//     "the department subsequently conceded that …";
//   - a stance arrived at: "she came to oppose the war", "grew to accept";
//   - a stance named as new or as changed: "congratulated Mr X on his new
//     stance", "her position on the program has changed";
//   - the end of a long holdout: "it will end years of foot-dragging",
//     "ending decades of neutrality";
//   - a former stance set against the present one: "he had previously
//     voted for a 22-week limit but …", "X, which had long opposed Y,
//     now …", "Although at first opposed to Y, X agreed …";
//   - a stance put on hold: "the decision to put its ambitions on hold".
//
// turnCueFacts runs where shiftCueFacts found nothing at the token.

// holdoutAdverbs before a concession tell that it came after resistance.
var holdoutAdverbs = toSet("finally eventually ultimately")

// laterAdverbs before an admission tell an account since changed
// ("subsequently conceded that …", "later admitted").
var laterAdverbs = toSet("subsequently later")

// concessionVerbs yield after holding out; admissionVerbs change an
// account (the only ones laterAdverbs make a change).
var (
	concessionVerbs = toSet(`agreed agrees accepted accepts backed backs endorsed endorses relented relents
conceded concedes admitted admits acknowledged acknowledges yielded yields caved caves gave gives bowed bows
signed signs dropped drops abandoned abandons embraced embraces`)
	admissionVerbs = toSet("conceded concedes admitted admits acknowledged acknowledges")
)

// arriveVerbs before "to" and a stance verb tell a stance reached over
// time ("came to oppose", "has grown to accept").
var arriveVerbs = toSet("came come comes coming grew grown grows growing")

// arrivedStances are the stances arriveVerbs reach.
var arrivedStances = toSet(`believe accept support oppose favour favor embrace reject regard view see
despise distrust doubt resent respect trust admire question back endorse denounce condemn criticise
criticize hate loathe dislike fear appreciate`)

// newStanceNouns after "new" name a changed stance; the ones in
// newStanceNeedsTopic need "on", "over", "towards" or "to" after them,
// since "his new position" is as often a job.
var (
	newStanceNouns      = toSet("stance position line thinking")
	newStanceNeedsTopic = toSet("position line")
)

// changedStanceNouns as a subject with changedStanceVerbs tell a change:
// "her position on the program has changed".
var (
	changedStanceNouns = toSet("stance position positions view views thinking attitude policy")
	changedStanceVerbs = map[string]string{"changed": "SHIFTED", "shifted": "SHIFTED", "evolved": "SHIFTED",
		"softened": "SOFTENED", "hardened": "HARDENED", "reversed": "REVERSED", "flipped": "REVERSED"}
)

// endVerbs with a long span of holding out end it ("will end years of
// foot-dragging", "ending decades of neutrality").
var endVerbs = toSet("end ends ended ending abandoning abandoned abandons")

// holdoutNouns are what a long span of a position is told as; speculation,
// war or talks are not positions.
var holdoutNouns = toSet(`foot-dragging opposition resistance refusal refusals neutrality hostility isolation
delay delays denial denials silence reluctance ambivalence boycott boycotts estrangement non-alignment
nonalignment policy`)

// formerAdverbs after "had" set a stance before the present one when the
// sentence turns ("but", "now").
var formerAdverbs = toSet("previously once long")

// formerStances are the stances formerAdverbs put in the past.
var formerStances = toSet(`voted opposed supported backed rejected argued insisted resisted favoured
favored championed advocated defended criticised criticized dismissed refused denied pledged promised`)

// turnCueWords are the words turnCueFacts reads a cue at.
var turnCueWords = func() map[string]bool {
	out := toSet("had new although though while put puts putting")
	for _, set := range []map[string]bool{holdoutAdverbs, laterAdverbs, arriveVerbs, changedStanceNouns, endVerbs} {
		for w := range set {
			out[w] = true
		}
	}
	return out
}()

// turnCueFacts reads the shifts of this file at token k.
func (d *doc) turnCueFacts(k int, fs *domain.FactSet) {
	lw := strings.ToLower(d.toks[k].text)
	if !turnCueWords[lw] || d.toks[k].inQuote {
		return
	}
	var ps domain.PolicyShiftFact
	ok := false
	switch {
	case holdoutAdverbs[lw] || laterAdverbs[lw]:
		ps, ok = d.holdoutConcession(k)
	case arriveVerbs[lw]:
		ps, ok = d.arrivedStance(k)
	case lw == "new":
		ps, ok = d.newStance(k)
	case changedStanceNouns[lw]:
		ps, ok = d.changedStance(k)
	case endVerbs[lw]:
		ps, ok = d.endedHoldout(k)
	case lw == "had":
		ps, ok = d.formerStanceTurned(k)
	case lw == "although" || lw == "though" || lw == "while":
		ps, ok = d.concessiveFormerStance(k)
	case lw == "put" || lw == "puts" || lw == "putting":
		ps, ok = d.putOnHold(k)
	}
	if !ok {
		return
	}
	for _, o := range fs.PolicyShifts {
		if o.Evidence.Start == ps.Evidence.Start && o.Actor == ps.Actor {
			return // the sentence's change is read already
		}
	}
	fs.PolicyShifts = append(fs.PolicyShifts, ps)
}

// holdoutConcession reads "X finally signed up to Y", "X eventually agreed
// to Y", "X subsequently conceded that Y" at the adverb k.
func (d *doc) holdoutConcession(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	v := k + 1
	if v >= s.last || d.toks[v].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	w := strings.ToLower(d.toks[v].text)
	later := laterAdverbs[strings.ToLower(d.toks[k].text)]
	if later && !admissionVerbs[w] || !later && !concessionVerbs[w] {
		return domain.PolicyShiftFact{}, false
	}
	if d.unrealisedTurn(v) || d.conditionalClause(v) {
		return domain.PolicyShiftFact{}, false
	}
	topic := v + 1
	for topic < s.last && particles[strings.ToLower(d.toks[topic].text)] {
		topic++ // "signed up to", "gave in to"
	}
	dir := "SOFTENED"
	switch w {
	case "dropped", "drops", "abandoned", "abandons":
		dir = "REVERSED"
	case "conceded", "concedes", "admitted", "admits", "acknowledged", "acknowledges":
		dir = "SHIFTED"
	}
	return d.subjectShift(v, topic, dir)
}

// arrivedStance reads "X came to oppose Y", "X has grown to accept Y" at
// the verb k.
func (d *doc) arrivedStance(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if k+2 >= s.last || !strings.EqualFold(d.toks[k+1].text, "to") || !arrivedStances[strings.ToLower(d.toks[k+2].text)] {
		return domain.PolicyShiftFact{}, false
	}
	if d.unrealisedTurn(k) || d.conditionalClause(k) {
		return domain.PolicyShiftFact{}, false
	}
	return d.subjectShift(k, k+3, "SHIFTED")
}

// newStance reads "X's new stance", "his new position on Y" at the "new"
// of k: the owner changed the stance.
func (d *doc) newStance(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	n := k + 1
	if n >= s.last || k-1 < s.first || !newStanceNouns[strings.ToLower(d.toks[n].text)] || !isLower(d.toks[n].text) {
		return domain.PolicyShiftFact{}, false
	}
	topic := n + 1
	if newStanceNeedsTopic[strings.ToLower(d.toks[n].text)] {
		if topic >= s.last || !stanceTopicPreps[strings.ToLower(d.toks[topic].text)] {
			return domain.PolicyShiftFact{}, false
		}
	}
	owner := d.ownerBefore(k)
	if owner < 0 {
		return domain.PolicyShiftFact{}, false
	}
	ps := d.cueShift(owner, k, topic, d.clauseEnd(k), "SHIFTED")
	if topic >= s.last || !stanceTopicPreps[strings.ToLower(d.toks[topic].text)] {
		ps.Topic = "policy" // "his new stance": the story names what it is about elsewhere
	}
	return ps, true
}

// stanceTopicPreps introduce what a stance is about.
var stanceTopicPreps = toSet("on over towards toward to about regarding")

// ownerBefore is the actor owning the noun phrase whose first modifier
// is at k: "X's", or "his", "her", "its", "their" resolved; -1 when none.
func (d *doc) ownerBefore(k int) int {
	p := k - 1
	if d.toks[p].kind == tPoss {
		if m := d.mentionEnding(p - 1); m != nil {
			return m.rec
		}
		return -1
	}
	w := strings.ToLower(d.toks[p].text)
	if !ownPossessives[w] {
		return -1
	}
	rec := d.resolvePronoun(p, -1)
	if rec >= 0 && (w == "its" || w == "their") && d.isPerson(rec) {
		return -1 // "its new stance": a body's, not the person named last
	}
	return rec
}

// changedStance reads "her position on the program has changed", "the
// party's stance has softened" at the stance noun k.
func (d *doc) changedStance(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if !isLower(d.toks[k].text) || k-1 < s.first {
		return domain.PolicyShiftFact{}, false
	}
	owner := d.ownerBefore(k)
	if owner < 0 && k-2 >= s.first && d.toks[k-1].kind == tWord && isLower(d.toks[k-1].text) && !functionWords[strings.ToLower(d.toks[k-1].text)] {
		owner = d.ownerBefore(k - 1) // "her own position", "its foreign policy"
	}
	if owner < 0 {
		return domain.PolicyShiftFact{}, false
	}
	for j := k + 1; j < s.last && j <= k+9; j++ {
		t := d.toks[j]
		if t.inQuote || t.kind == tPunct {
			return domain.PolicyShiftFact{}, false
		}
		w := strings.ToLower(t.text)
		if w != "has" && w != "have" && w != "had" {
			continue
		}
		v := j + 1
		for v < s.last && softAdverbs[strings.ToLower(d.toks[v].text)] {
			v++
		}
		dir := ""
		if v < s.last {
			dir = changedStanceVerbs[strings.ToLower(d.toks[v].text)]
		}
		if dir == "" || d.unrealisedTurn(v) {
			return domain.PolicyShiftFact{}, false
		}
		ps := d.cueShift(owner, k, k+1, d.clauseEnd(v), dir)
		ps.Topic = d.topicPhrase(k+1, j)
		return ps, true
	}
	return domain.PolicyShiftFact{}, false
}

// endedHoldout reads "X will end years of foot-dragging on Y", "X ended
// decades of neutrality" at the verb k.
func (d *doc) endedHoldout(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	x := k + 1
	for x < s.last && x <= k+3 && !traditionSpans[strings.ToLower(d.toks[x].text)] {
		w := strings.ToLower(d.toks[x].text)
		if w != "its" && w != "his" && w != "her" && w != "their" && w != "the" && w != "a" && w != "long" && !strings.HasSuffix(w, "-long") {
			return domain.PolicyShiftFact{}, false
		}
		x++
	}
	if x+2 >= s.last || !traditionSpans[strings.ToLower(d.toks[x].text)] || !strings.EqualFold(d.toks[x+1].text, "of") {
		return domain.PolicyShiftFact{}, false
	}
	h := x + 2
	for h < s.last && h <= x+4 && !holdoutNouns[strings.ToLower(d.toks[h].text)] {
		if d.toks[h].kind != tWord || functionWords[strings.ToLower(d.toks[h].text)] {
			return domain.PolicyShiftFact{}, false
		}
		h++ // "decades of military neutrality"
	}
	if h >= s.last || !holdoutNouns[strings.ToLower(d.toks[h].text)] {
		return domain.PolicyShiftFact{}, false
	}
	if d.unrealisedTurn(k) {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 && k-1 > s.first && d.toks[k-1].text == "," {
		actor = d.mainSubject(s.first, k-1) // "X applied to join, ending decades of neutrality"
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	ps := d.cueShift(actor, k, h+1, d.clauseEnd(k), "REVERSED")
	ps.From = d.phrase(x, d.phraseEnd(x, d.clauseEnd(x)))
	if ps.Topic == "policy" || h+1 >= s.last || !stanceTopicPreps[strings.ToLower(d.toks[h+1].text)] {
		ps.Topic = d.phrase(x+2, h+1)
	}
	return ps, true
}

// formerStanceTurned reads "he had previously voted for X but …", "X,
// which had long opposed Y, now …" at the "had" of k: a stance the
// sentence sets before a present one.
func (d *doc) formerStanceTurned(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if k+2 >= s.last || !formerAdverbs[strings.ToLower(d.toks[k+1].text)] || !formerStances[strings.ToLower(d.toks[k+2].text)] {
		return domain.PolicyShiftFact{}, false
	}
	turn := -1
	for j := k + 3; j < s.last; j++ {
		w := strings.ToLower(d.toks[j].text)
		if d.toks[j].inQuote {
			continue
		}
		if w == "but" || w == "now" {
			turn = j
			break
		}
	}
	if turn < 0 {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(k + 2)
	if end > turn {
		end = turn
	}
	ps := d.cueShift(actor, k+2, k+3, end, "SHIFTED")
	ps.From = d.phrase(k+2, end)
	ps.To = d.phrase(turn+1, d.clauseEnd(turn))
	return ps, true
}

// concessiveAdverbs open the former stance of "Although at first opposed
// to Y, X agreed …"; "at first" is two words.
var concessiveAdverbs = toSet("initially originally once first")

// concessiveFormerStance reads a sentence opened by "Although", "Though"
// or "While" and a stance the adverb puts first ("Although at first
// opposed to Y, X agreed to …", "While Norway initially resisted the
// plan, it now backs it") at k: the opening clause is the former stance,
// the main clause the new one.
func (d *doc) concessiveFormerStance(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if k != s.first || d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	c := k + 1
	for c < s.last && c <= k+25 && d.toks[c].text != "," {
		c++
	}
	if c+1 >= s.last || d.toks[c].text != "," {
		return domain.PolicyShiftFact{}, false
	}
	stance := -1
	for j := k + 1; j+1 < c; j++ {
		w := strings.ToLower(d.toks[j].text)
		if w == "at" && strings.EqualFold(d.toks[j+1].text, "first") {
			j++
			w = "first"
		}
		if concessiveAdverbs[w] && formerStanceVerbs[strings.ToLower(d.toks[j+1].text)] {
			stance = j + 1
			break
		}
	}
	if stance < 0 {
		return domain.PolicyShiftFact{}, false
	}
	actor, v := -1, c+1
	if m := d.mentionStarting(d.skipThe(c + 1)); m != nil {
		actor, v = m.rec, m.b
	} else if pronounsSubject[d.toks[c+1].text] || strings.EqualFold(d.toks[c+1].text, "it") || strings.EqualFold(d.toks[c+1].text, "they") {
		actor = d.mentionStartingIn(k+1, stance) // "While Norway initially resisted it, it now …"
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(v)
	ps := d.cueShift(actor, v, v+1, end, "SHIFTED")
	ps.From = d.phrase(stance, c)
	ps.Topic = d.topicPhrase(stance+1, c)
	if ps.When == nil {
		ps.When = d.yearInClause(v, end)
	}
	return ps, true
}

// yearInClause is the first bare year told in tokens [from, to) outside
// quotes and not behind "after", "since" or "before": "agreed to remove it
// from the sanctions passed in 2006" was agreed in that year, even where
// the year dates the thing agreed to. A year is wide enough to hold both.
func (d *doc) yearInClause(from, to int) *domain.FuzzyDate {
	for j := from; j < to; j++ {
		t := d.toks[j]
		if t.inQuote {
			continue
		}
		switch strings.ToLower(t.text) {
		case "after", "since", "before", "until":
			return nil
		}
		if t.date == 0 {
			continue
		}
		if fd := d.dates[t.date-1].Date; fd.Precision == domain.PrecisionYear {
			return &fd
		}
		return nil
	}
	return nil
}

// mentionStartingIn is the actor of the first mention starting in tokens
// [from, to), or -1.
func (d *doc) mentionStartingIn(from, to int) int {
	for j := from; j < to; j++ {
		if m := d.mentionStarting(j); m != nil {
			return m.rec
		}
	}
	return -1
}

// holdWords end "put X on hold", "put X on ice": a measure or an ambition
// paused.
var holdWords = toSet("hold ice")

// putOnHold reads "X put its plans on hold", "X's decision to put Y on
// ice" at the verb k.
func (d *doc) putOnHold(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	on := -1
	for j := k + 1; j+1 < s.last && j <= k+9; j++ {
		t := d.toks[j]
		if t.inQuote || t.kind == tPunct {
			break
		}
		if strings.EqualFold(t.text, "on") && holdWords[strings.ToLower(d.toks[j+1].text)] {
			on = j
			break
		}
	}
	if on < 0 || on == k+1 || d.conditionalClause(k) {
		return domain.PolicyShiftFact{}, false // "put on hold" with nothing held: a passive, read elsewhere
	}
	if d.unrealisedTurn(k) {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		actor = d.infinitiveActor(k) // "Spain's decision to put its ambitions on hold"
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	ps := d.cueShift(actor, k, k+1, d.clauseEnd(k), "REVERSED")
	ps.Topic = d.topicPhrase(k+1, on)
	return ps, true
}

// governingNouns name the part of a country that decides for it.
var governingNouns = toSet("government administration cabinet leadership authorities")

// governmentsDecision reads "X's [socialist] government's decision" at
// the noun v as the country X, or -1.
func (d *doc) governmentsDecision(v int) int {
	s := d.sents[d.toks[v].sent]
	if !strings.EqualFold(d.toks[v].text, "decision") || v-2 < s.first || d.toks[v-1].kind != tPoss ||
		!governingNouns[strings.ToLower(d.toks[v-2].text)] {
		return -1
	}
	for j := v - 3; j > s.first && j >= v-5; j-- {
		t := d.toks[j]
		if t.kind == tPoss {
			if m := d.mentionEnding(j - 1); m != nil && d.reg.recs[m.rec].kind == domain.KindCountry {
				return m.rec
			}
			return -1
		}
		if t.kind != tWord || !isLower(t.text) {
			return -1
		}
	}
	return -1
}

// awaitVerbs before "for" make the shift noun after it one wished for or
// asked for, not made: "waited in vain for X's pivot", "calls for a
// change of course", "pressing for a U-turn".
var awaitVerbs = toSet(`wait waits waited waiting hope hopes hoped hoping call calls called calling
push pushes pushed pushing press presses pressed pressing look looks looked looking clamour clamoured
clamoring clamor clamored clamouring vain`)

// unmadeChange reports whether the shift noun at k names no change
// made: one awaited (awaitedChange) or the con "bait and switch".
func (d *doc) unmadeChange(k int) bool {
	if strings.EqualFold(d.toks[k].text, "switch") && k-2 >= 0 && strings.EqualFold(d.toks[k-2].text, "bait") {
		return true // "bait and switch", "bait-and-switch"
	}
	return d.awaitedChange(k)
}

// awaitedChange reports whether the shift noun at k is what someone
// waits, hopes or calls for: "for" at most eight words before it (over
// its owner and modifiers) after one of awaitVerbs.
func (d *doc) awaitedChange(k int) bool {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j > s.first && j >= k-8; j-- {
		t := d.toks[j]
		if t.kind == tPunct {
			return false
		}
		if strings.EqualFold(t.text, "for") {
			return awaitVerbs[strings.ToLower(d.toks[j-1].text)]
		}
	}
	return false
}
