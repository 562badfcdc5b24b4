package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// The specific shift frames (shifts.go, stanceverbs.go, shift_cues.go,
// shift_frames.go) each know a few ways copy tells a change; on articles no
// rule was written for they found almost none. This file reads changes the
// general way: a verb of changing, starting or stopping a policy from a broad
// lexicon, with a policy as its object (or its passive subject); the same
// told as a noun ("the lifting of sanctions"); "decided not to", "for the
// first time", new measures announced, and a change told by two years in
// two sentences. The actor comes from the sentence's structure (subject,
// "it", "by X", a possessor, the issuer of an order), and filters drop what
// is hypothetical, negated, wished, proposed or asked of someone else. It
// runs after the specific frames and adds at most one shift a sentence, for
// sentences none of them read; its shifts carry a lower confidence, so that
// a frame's reading wins every merge.

// changeLemma is a verb of policy change: its direction, and whether it
// tells a change without a policy as its object ("backtracked").
type changeLemma struct {
	dir  string
	bare bool
}

// changeLemmas are the base forms of the verbs that start, stop, reverse or
// change a policy or a position.
var changeLemmas = func() map[string]changeLemma {
	out := map[string]changeLemma{}
	add := func(dir string, bare bool, words string) {
		for _, w := range strings.Fields(words) {
			out[w] = changeLemma{dir, bare}
		}
	}
	add("REVERSED", false, `reverse overturn scrap drop abandon ditch shelve axe withdraw cancel suspend halt
pause freeze lift end repeal rescind revoke abolish retract renounce terminate discard jettison junk
overrule annul nullify waive remove eliminate stop cease discontinue phase`)
	add("REVERSED", false, "pull exit")
	add("REVERSED", true, `backtrack u-turn backpedal flip-flop recant relent`)
	add("HARDENED", false, `slap impose reimpose introduce ban outlaw block restrict tighten toughen raise hike
increase extend expand broaden widen veto prohibit bar curb levy`)
	add("SOFTENED", false, `ease relax loosen soften cut reduce lower slash trim dilute`)
	add("SHIFTED", false, `restore reinstate resume reopen change alter amend revise modify overhaul
rethink reconsider adopt endorse join devalue revalue`)
	return out
}()

// changeIrregular are the forms of the change verbs that do not follow the
// regular endings.
var changeIrregular = map[string]string{
	"withdraw":  "withdraw withdraws withdrew withdrawn withdrawing",
	"freeze":    "freeze freezes froze frozen freezing",
	"cut":       "cut cuts cutting",
	"bar":       "bar bars barred barring",
	"ban":       "ban bans banned banning",
	"scrap":     "scrap scraps scrapped scrapping",
	"drop":      "drop drops dropped dropping",
	"veto":      "veto vetoes vetoed vetoing",
	"axe":       "axe axes axed axing",
	"cancel":    "cancel cancels cancelled canceled cancelling canceling",
	"u-turn":    "u-turn u-turns u-turned u-turning",
	"backpedal": "backpedal backpedals backpedalled backpedaled backpedalling backpedaling",
	"flip-flop": "flip-flop flip-flops flip-flopped flip-flopping",
	"trim":      "trim trims trimmed trimming",
	"slap":      "slap slaps slapped slapping",
	"rethink":   "rethink rethinks rethought rethinking",
	"stop":      "stop stops stopped stopping",
}

// formKind is what an inflected form of a change verb can be.
type formKind int

const (
	formBase   formKind = iota // "lift": after "to", a modal or "did"; a present tense
	formThird                  // "lifts": a present tense, as headlines tell news
	formPast                   // "lifted": a past tense or a participle
	formGerund                 // "lifting"
)

// changeForm is one inflected form of a change verb.
type changeForm struct {
	lemma string
	changeLemma
	kind formKind
}

// changeForms maps each inflected form of changeLemmas to its lemma.
var changeForms = func() map[string]changeForm {
	out := map[string]changeForm{}
	for lemma, cl := range changeLemmas {
		forms := changeIrregular[lemma]
		if forms == "" {
			forms = regularForms(lemma)
		}
		for _, f := range strings.Fields(forms) {
			kind := formPast
			switch {
			case f == lemma:
				kind = formBase
			case strings.HasSuffix(f, "ing"):
				kind = formGerund
			case strings.HasSuffix(f, "s"):
				kind = formThird
			}
			out[f] = changeForm{lemma, cl, kind}
		}
	}
	return out
}()

// basePasts are change verbs whose past is their base form ("cut").
var basePasts = toSet("cut")

// regularForms are base, third person, past and gerund of a regular verb.
func regularForms(b string) string {
	switch {
	case strings.HasSuffix(b, "e"):
		return b + " " + b + "s " + b + "d " + b[:len(b)-1] + "ing"
	case strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "ss"):
		return b + " " + b + "es " + b + "ed " + b + "ing"
	case strings.HasSuffix(b, "y") && !strings.HasSuffix(b, "ey"):
		return b + " " + b[:len(b)-1] + "ies " + b[:len(b)-1] + "ied " + b + "ing"
	}
	return b + " " + b + "s " + b + "ed " + b + "ing"
}

// policyNouns are what a change verb must act on to change a policy: the
// measures, plans, positions and dealings of governments and bodies.
var policyNouns = toSet(`sanctions sanction tariffs tariff duties duty taxes tax levy levies funding funds aid
subsidies subsidy support spending budget ban bans embargo restrictions restriction curbs curb controls
limits limit cap caps plan plans proposal proposals policy policies scheme schemes programme programmes
program programs bill bills law laws legislation rule rules regulation regulations requirement
requirements order orders decree decrees measure measures investigation investigations probe inquiry
case cases charges charge prosecution deal agreement agreements treaty accord pact contract contracts
talks negotiations relations ties cooperation membership status opposition objection objections pledge
pledges promise promises commitment commitments target targets veto moratorium curfew lockdown
deportations deportation quota quotas exemption exemptions relief allowance allowances fees fee
blockade boycott mandate mandates stance position decision strategy reform reforms regime
guidelines guidance visas visa permits permit licence license licences licenses rights protections
benefits benefit pensions pension payments grants loans debt rates rate prices price wages subsidies
deployment troops forces mission operations strikes exports imports shipments deliveries access
recognition immunity martial emergency asylum refugee refugees borders border travel flights
project projects contracts tax-cut cuts account accounts story version testimony explanation
rating guidance advice view views mind tune verdict ruling findings conclusion conclusions offer offers stand
demands terms conditions market markets currency`)

// changeNegators before a change verb say it did not happen.
var changeNegators = toSet("not never n't no neither nor without nearly almost")

// changeModals before a change verb make it a possibility, not a
// change made.
var changeModals = toSet("could should might may must can would ought")

// deciderVerbs before "to" make the infinitive a change decided
// ("decided to scrap", "agreed to lift", "is to back", "announced plans to
// end"); any other verb before "to" ("urged X to lift", "refused to drop")
// makes it someone's wish or a refusal.
var deciderVerbs = toSet(`decided decides agreed agrees chose chooses opted opts voted votes moved
moves is are was were forced began begins started starts`)

// generalShifts adds the changes of policy the specific frames did not
// read, one a sentence.
func (d *doc) generalShifts(fs *domain.FactSet) {
	covered := map[int]bool{}
	for _, ps := range fs.PolicyShifts {
		for si, s := range d.sents {
			st := int(d.runeAt[s.start])
			if st >= ps.Evidence.Start && st < ps.Evidence.End {
				covered[si] = true
			}
		}
	}
	added := false
	for si, s := range d.sents {
		if covered[si] || d.paras[s.para].headline || d.allSkipped(s) {
			continue
		}
		if ps, next, ok := d.yearContrastShift(si); ok && !covered[next] {
			fs.PolicyShifts = append(fs.PolicyShifts, ps)
			covered[next] = true
			added = true
			continue
		}
		for k := s.first; k < s.last; k++ {
			t := d.toks[k]
			if t.inQuote || t.skip || t.kind != tWord {
				continue
			}
			ps, ok := d.generalShiftAt(k, fs.PolicyShifts)
			if !ok {
				ps, ok = d.firstTimeChange(k)
			}
			if !ok {
				ps, ok = d.firstTimeClause(k)
			}
			if !ok {
				ps, ok = d.decidedAgainst(k)
			}
			if !ok {
				ps, ok = d.changeNounShift(k)
			}
			if !ok {
				ps, ok = d.newMeasureShift(k)
			}
			if ok {
				ps.Actor = d.pronounCarriesShift(fs.PolicyShifts, si, ps.Actor)
				if ps.When == nil {
					ps.When = d.reportedChangeDate(k)
				}
				d.extendToNext(&ps, si)
				fs.PolicyShifts = append(fs.PolicyShifts, ps)
				added = true
				break
			}
		}
	}
	if added {
		d.dropRetold(fs)
	}
}

// dropRetold drops a change read here that retells one a specific frame
// read (same actor, a date that does not differ, at most six sentences and
// two paragraphs apart: "went back on a pledge … He then changed his
// mind"): the frame's reading says more.
func (d *doc) dropRetold(fs *domain.FactSet) {
	sentAt := map[int]int{}
	for si, s := range d.sents {
		sentAt[int(d.runeAt[s.start])] = si
	}
	keep := fs.PolicyShifts[:0]
	all := append([]domain.PolicyShiftFact(nil), fs.PolicyShifts...)
	for _, ps := range all {
		if ps.Evidence.Confidence == generalShiftConfidence && d.retells(ps, all, sentAt) {
			continue
		}
		keep = append(keep, ps)
	}
	fs.PolicyShifts = keep
}

// retells reports whether a specific frame's shift in all tells the same
// change as the general shift ps.
func (d *doc) retells(ps domain.PolicyShiftFact, all []domain.PolicyShiftFact, sentAt map[int]int) bool {
	si, ok := sentAt[ps.Evidence.Start]
	if !ok {
		return false
	}
	for _, o := range all {
		if o.Evidence.Confidence == generalShiftConfidence || o.Actor != ps.Actor {
			continue
		}
		oi, ok := sentAt[o.Evidence.Start]
		if !ok || oi > si || si-oi > 6 || d.sents[si].para-d.sents[oi].para > 2 {
			continue
		}
		if o.When == nil || ps.When == nil || dateKey(o.When) == dateKey(ps.When) {
			return true
		}
	}
	return false
}

// generalShiftAt reads a change of policy at the change verb k.
func (d *doc) generalShiftAt(k int, prior []domain.PolicyShiftFact) (domain.PolicyShiftFact, bool) {
	lw := strings.ToLower(d.toks[k].text)
	cf, ok := changeForms[lw]
	if !ok {
		return domain.PolicyShiftFact{}, false
	}
	s := d.sents[d.toks[k].sent]
	contracted := k-1 > s.first && d.toks[k-1].kind == tPoss && pronounWords[strings.ToLower(d.toks[k-2].text)] // "he's discarding"
	if k > s.first && !contracted && (determiners[d.toks[k-1].text] || d.toks[k-1].kind == tPoss || articles[strings.ToLower(d.toks[k-1].text)]) {
		return domain.PolicyShiftFact{}, false // "the ban", "its cut": a noun
	}
	if d.unrealisedChange(k, cf) {
		return domain.PolicyShiftFact{}, false
	}
	passive := d.passiveAux(k)
	head := -1
	if passive {
		head = d.policyBefore(k)
	} else {
		head = d.policyAfter(k)
	}
	if head < 0 && strongLemmas[cf.lemma] && !passive {
		head = d.anyObject(k)
	}
	if head < 0 && !cf.bare {
		return domain.PolicyShiftFact{}, false
	}
	actor := -1
	if passive {
		actor = d.agentAfter(k)
		if actor < 0 {
			actor = d.priorShiftActor(k, prior)
		}
	} else {
		actor = d.shiftSubject(k)
		if actor < 0 && cf.kind == formBase {
			actor = d.infinitiveActor(k)
		}
		if o := d.openToBefore(k); actor < 0 && cf.kind == formGerund && o >= 0 {
			actor = d.subjectOf(o) // "he was open to softening"
		}
		if actor < 0 && cf.kind == formGerund {
			actor = d.orderIssuer(k)
		}
		if actor < 0 {
			actor = d.itSubject(k)
		}
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(k)
	ps := domain.PolicyShiftFact{Actor: d.reg.recs[actor].name, Direction: cf.dir}
	ps.To = d.phrase(k, end)
	if head >= 0 && !passive {
		ps.Topic = d.topicPhrase(k+1, end)
	} else if head >= 0 {
		ps.Topic = d.phrase(headStart(d, head, s.first), head+1)
	} else {
		ps.Topic = d.topicPhrase(k+1, end)
	}
	ps.From = d.fromPosition(k, s.last)
	ps.When = d.shiftActDate(k, end)
	if d.deadlineDate(k, end, ps.When) {
		ps.When = nil // "froze the duty until September": when it ends, not when it changed
	}
	ps.Evidence = d.ev(s.start, s.end, generalShiftConfidence)
	return ps, true
}

// generalShift is actor's shift in direction dir told by the cue tokens
// from..to-1, its evidence the cue's clause, at the general readings'
// confidence.
func (d *doc) generalShift(actor, from, to int, dir string) domain.PolicyShiftFact {
	ps := d.cueShift(actor, from, to, d.clauseEnd(from), dir)
	ps.Evidence.Confidence = generalShiftConfidence
	return ps
}

// subjectGeneralShift is generalShift for the actor the cue's subject
// names, or the one an "it" subject stands for; neither: no shift.
func (d *doc) subjectGeneralShift(from, to int, dir string) (domain.PolicyShiftFact, bool) {
	actor := d.shiftSubject(from)
	if actor < 0 {
		actor = d.itSubject(from)
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	return d.generalShift(actor, from, to, dir), true
}

// generalShiftConfidence is the confidence of a shift read the general
// way: lower than the specific frames', so that one of theirs wins a merge.
const generalShiftConfidence = 0.35

// pronounWords contract with "'s" ("he's", "it's").
var pronounWords = toSet("he she it")

// articles open a noun phrase.
var articles = toSet("a an the this that these those such")

// unrealisedChange reports whether the change verb at k is negated,
// hypothetical, conditional, a proposal or an infinitive of something
// other than a decision: what is left tells a change made or decided.
func (d *doc) unrealisedChange(k int, cf changeForm) bool {
	s := d.sents[d.toks[k].sent]
	if d.hypotheticalClause(k) {
		return true
	}
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		w := strings.ToLower(d.toks[j].text)
		if changeNegators[w] && j >= k-3 && !(w == "no" && j+1 < k && strings.EqualFold(d.toks[j+1].text, "longer")) {
			return true
		}
		if changeModals[w] && !(w == "would" && d.reportedBefore(j)) {
			return true // "could lift", "can improve services and cut taxes"; "said it would lift" reports a decision
		}
		if d.toks[j].kind == tPunct || clauseBreakWords[w] {
			break
		}
	}
	for j := k - 1; j >= s.first; j-- {
		w := strings.ToLower(d.toks[j].text)
		if (commitVerbs[w] || d.possessedDecision(j) >= 0) && j+2 == k && strings.EqualFold(d.toks[j+1].text, "to") {
			continue // "Sweden promised to halt all trade": its own change, announced
		}
		if wishWords[w] && !d.toks[j].inQuote {
			return true // "hopes X will lift", "urged X to end"
		}
		if w == "but" || w == ";" {
			break
		}
	}
	if (cf.kind == formThird || cf.kind == formBase) && d.genericWhen(k) {
		return true // "When Canada imposes tariffs, buyers pay": what happens whenever, not a change
	}
	p := d.adverbsBack(k-1, s.first)
	prev := ""
	if p >= s.first {
		prev = strings.ToLower(d.toks[p].text)
	}
	switch cf.kind {
	case formGerund:
		switch prev {
		case "after", "since", "by", "before", "following", "is", "are", "was", "were", "been", "be",
			"began", "begun", "begins", "started", "starts":
			return false // "after scrapping", "is lifting", "began imposing"
		}
		if p >= s.first && orderNouns[prev] {
			return false // "signed an order lifting the ban"
		}
		if d.openToBefore(k) >= 0 {
			return false // "said he was open to softening his hard-line policies"
		}
		return true // "abolishing top-up fees" in a list of aims; "calls for lifting"
	case formBase:
		switch {
		case prev == "to":
			return !d.decidedChange(p + 1)
		case prev == "will" || prev == "shall" || prev == "did" || prev == "would":
			return false
		case basePasts[cf.lemma]:
			return false // "X cut the budget": a past tense
		}
		return p < s.first || !(d.mentionEnding(p) != nil || prev == "they" || prev == "we")
	case formPast:
		if prev == "be" && p-1 >= s.first && strings.EqualFold(d.toks[p-1].text, "to") {
			return !d.decidedChange(p) // "called for the embargo to be lifted"
		}
		return prev == "to"
	}
	return false
}

// hypotheticalClause reports whether the clause of the verb at k is a
// condition or a question ("if it lifts", "whether to scrap", "unless").
func (d *doc) hypotheticalClause(k int) bool {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first && j >= k-10; j-- {
		switch w := strings.ToLower(d.toks[j].text); {
		case w == "if" || w == "unless" || w == "whether" || w == "whenever" || w == "lest":
			return true
		case d.toks[j].text == "," || d.toks[j].text == ";":
			j = -1
		}
	}
	for j := k + 1; j < s.last && j <= k+12; j++ {
		if w := strings.ToLower(d.toks[j].text); w == "if" || w == "unless" {
			return true // "would raise tariffs if no deal is reached"
		}
	}
	return false
}

// decisionReportWords before "would" report a decision ("said it would scrap").
var decisionReportWords = toSet("said says announced announces confirmed confirms insisted told decided agreed")

// genericWhen reports a "when" opening the clause of the present-tense
// verb at k.
func (d *doc) genericWhen(k int) bool {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		w := strings.ToLower(d.toks[j].text)
		if w == "when" || w == "whenever" || w == "once" {
			return true
		}
		if d.toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// reportedBefore reports "said it would", "announced he would": a
// reporting verb and a pronoun just before the modal at j (a reported
// decision of the speaker's own; "said Labour would raise taxes" is a
// claim about someone else).
func (d *doc) reportedBefore(j int) bool {
	s := d.sents[d.toks[j].sent]
	if j-2 < s.first || !subjectPronouns[strings.ToLower(d.toks[j-1].text)] {
		return false
	}
	x := j - 2
	if strings.EqualFold(d.toks[x].text, "that") && x-1 >= s.first {
		x--
	}
	for x > s.first && x >= j-6 && (d.toks[x].date > 0 || strings.EqualFold(d.toks[x].text, "on")) {
		x-- // "said on Tuesday it would", "said yesterday that it would"
	}
	if strings.EqualFold(d.toks[x].text, "that") && x-1 >= s.first {
		x--
	}
	return decisionReportWords[strings.ToLower(d.toks[x].text)]
}

// subjectPronouns stand for the speaker in "said it would".
var subjectPronouns = toSet("it he she they we")

// wishWords before a change verb make it what someone wants, asks, fears
// or promises, not a change made.
var wishWords = toSet(`hope hopes hoped hoping wish wishes wished want wants wanted urge urges urged urging
call calls demand demands demanded demanding ask asks asked asking press presses pressed pressing propose
proposes proposed proposing suggest suggests suggested promise promises promised promising pledge pledges
pledged vow vows vowed threaten threatens threatened threatening fear fears feared expect expects
expected consider considers considered considering weigh weighs weighing mull mulls mulled`)

// clauseBreakWords end the reach of a modal or a wish looking back from a
// change verb.
var clauseBreakWords = toSet("but while whereas after because since although though when who which that")

// decidedChange reports whether the infinitive whose "to" is at k-1
// follows a decision ("decided to scrap", "is to back", "announced plans
// to end", "was forced to drop"), not a wish, a plea or a refusal ("urged
// X to lift", "refused to drop", "plans to cut").
func (d *doc) decidedChange(k int) bool {
	s := d.sents[d.toks[k].sent]
	dv := d.deciderAt(k)
	if dv < s.first {
		return false
	}
	w := strings.ToLower(d.toks[dv].text)
	if commitVerbs[w] || (w != "decision" || d.agentDecision(dv) >= 0) && d.possessedDecision(dv) >= 0 && !d.negatedBefore(dv) {
		return true // "promised to halt", "Trump's vow to abandon"
	}
	if d.announcedPlan(dv) {
		return true // "announced that he planned to raise tariffs"
	}
	if w == "plans" || w == "move" || w == "decision" {
		pv := dv - 1
		for pv > s.first && !isLower(d.toks[pv].text) || pv > s.first && (articles[strings.ToLower(d.toks[pv].text)] || determiners[d.toks[pv].text]) {
			pv--
		}
		return pv >= s.first && announceWords[strings.ToLower(d.toks[pv].text)]
	}
	if !deciderVerbs[w] {
		return false
	}
	for j := dv - 1; j >= s.first && j >= dv-2; j-- {
		if changeNegators[strings.ToLower(d.toks[j].text)] {
			return false
		}
	}
	return true
}

// announceWords before "plans to" make the plans a decision made public.
var announceWords = toSet("announced announces unveiled unveils confirmed confirms published")

// passiveAux reports whether the participle at k is passive: "was
// lifted", "have been imposed", "had also been dropped".
func (d *doc) passiveAux(k int) bool {
	s := d.sents[d.toks[k].sent]
	j := k - 1
	for j > s.first && d.toks[j].kind == tWord && (isAdverbLy(d.toks[j].text) || strings.EqualFold(d.toks[j].text, "also") || strings.EqualFold(d.toks[j].text, "now")) {
		j--
	}
	return j >= s.first && shiftPassiveAux[strings.ToLower(d.toks[j].text)] || (j >= s.first && strings.EqualFold(d.toks[j].text, "be"))
}

// policyAfter is the policy noun heading the object of the change verb
// at k ("lifted the arms embargo on China", "cut 10% of its funding"),
// or -1: the object phrase ends at its first preposition other than "of",
// so "suspended three commanders from duty" acts on no policy.
func (d *doc) policyAfter(k int) int {
	s := d.sents[d.toks[k].sent]
	from := k + 1
	if from < s.last && d.toks[from].kind == tQuote && !d.toks[from].inQuote {
		from++ // a scare-quoted verb: open to “softening” his policies
	}
	if from < s.last && particles[strings.ToLower(d.toks[from].text)] {
		from++ // "called off", "phased out"
	}
	lemma := changeForms[strings.ToLower(d.toks[k].text)].lemma
	if exitLemmas[lemma] {
		// "pulled out of the deal", "withdrew from the treaty", "exited the pact"
		if from < s.last && (strings.EqualFold(d.toks[from].text, "of") || strings.EqualFold(d.toks[from].text, "from")) {
			from++
		} else if lemma == "pull" {
			return -1
		}
		for j := from; j < s.last && j <= from+5; j++ {
			w := strings.ToLower(d.toks[j].text)
			if (exitObjects[w] || policyNouns[w]) && isLower(d.toks[j].text) {
				return j
			}
			if d.toks[j].kind != tWord && d.toks[j].kind != tPoss || functionWords[w] && !articles[w] && !determiners[d.toks[j].text] && w != "of" {
				return -1
			}
		}
		return -1
	}
	if lemma == "pull" {
		return -1
	}
	if gerundObjectLemmas[lemma] && from < s.last && d.toks[from].kind == tWord && isLower(d.toks[from].text) &&
		strings.HasSuffix(d.toks[from].text, "ing") && !functionWords[d.toks[from].text] {
		return from // "will stop buying U.S. grain", "resumed selling": the practice is the policy
	}
	for j := from; j < s.last && j <= from+6; j++ {
		t := d.toks[j]
		w := strings.ToLower(t.text)
		if t.kind == tPoss || t.kind == tPunct && (t.text == "-" || t.text == "%") {
			continue
		}
		if t.kind != tWord {
			return -1
		}
		if policyNouns[w] && isLower(t.text) {
			lemma := changeForms[strings.ToLower(d.toks[k].text)].lemma
			if mentionedNouns[w] && lemma == "raise" {
				return -1 // "raised the case as an example": mentioned, not changed
			}
			if quantityNouns[w] && adjustLemmas[lemma] {
				return -1 // "cut the budget by 5%", "froze fuel duty": a level set, no position changed
			}
			if routineAct(lemma, w) {
				return -1 // "introduced a bill", "vetoed a bill": an office's routine
			}
			return j
		}
		if freeRelativeWords[w] {
			continue // "reversed what has been its policy"
		}
		if (functionWords[w] || prepositions[w]) && !articles[w] && !determiners[t.text] && w != "of" {
			return -1 // the object phrase ended without a policy
		}
	}
	return -1
}

// gerundObjectLemmas stop or start a practice told as a gerund ("stopped
// buying", "resumed selling").
var gerundObjectLemmas = toSet("stop cease discontinue halt resume suspend")

// prepositions end an object phrase; a time phrase ("until", "during",
// "since") may stand inside it and does not.
var prepositions = toSet(`under over after before into onto upon within without against among between
through across about around toward towards despite amid following per via than`)

// freeRelativeWords open an object told as a free relative ("ended what
// had been a ban").
var freeRelativeWords = toSet("what has have had been was is")

// quantityNouns are levels a government sets every year; adjustLemmas
// move them without any change of position ("froze fuel duty", "cut the
// budget"), where scrapping or restoring one is a change.
var quantityNouns = toSet("budget budgets spending duty duties tax taxes levy levies")

var adjustLemmas = toSet("cut reduce lower slash trim freeze")

// adjustNouns are adjustLemmas told as nouns ("a freeze on fuel duty").
var adjustNouns = toSet("cut cuts freeze reduction reductions increase increases hike hikes")

// mentionedNouns after "raised" are brought up, not increased.
var mentionedNouns = toSet("case cases objection objections opposition status deal talks charges charge")

// exitLemmas leave an agreement or a body: "pulled out of", "withdrew
// from", "exited".
var exitLemmas = toSet("pull withdraw exit")

// particles follow a phrasal verb.
var particles = toSet("off out back down up")

// policyBefore is the policy noun a passive change verb at k has as its
// subject ("Tariffs on Chinese goods were increased"), or -1.
func (d *doc) policyBefore(k int) int {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first && j >= k-10; j-- {
		t := d.toks[j]
		if t.kind == tPunct && t.text != "-" {
			return -1
		}
		if policyNouns[strings.ToLower(t.text)] && (isLower(t.text) || j == s.first) {
			return j
		}
	}
	return -1
}

// agentAfter is the actor after "by" following the passive participle at
// k, or -1.
func (d *doc) agentAfter(k int) int {
	s := d.sents[d.toks[k].sent]
	for j := k + 1; j < s.last && j <= k+4; j++ {
		if strings.EqualFold(d.toks[j].text, "by") {
			if m := d.mentionStarting(d.skipThe(j + 1)); m != nil {
				return m.rec
			}
			return d.governmentAt(j + 1)
		}
	}
	return -1
}

// softAdverbs stand between a verb and what governs it ("has also lifted",
// "is now to back").
var softAdverbs = toSet("also now then further again later since still finally eventually even just already")

// adverbsBack steps back from j over adverbs, to the word that governs
// the verb after them.
func (d *doc) adverbsBack(j, first int) int {
	for j > first && d.toks[j].kind == tWord && (isAdverbLy(d.toks[j].text) || softAdverbs[strings.ToLower(d.toks[j].text)]) {
		j--
	}
	return j
}

// itSubject reads "it" as the subject of the verb at v: the country or
// body that opens its sentence or one of the two before ("The ministry
// said on Monday it had scrapped …"), or -1.
func (d *doc) itSubject(v int) int {
	s := d.sents[d.toks[v].sent]
	j := v - 1
	for j > s.first && (skippableBeforeVerb[strings.ToLower(d.toks[j].text)] || softAdverbs[strings.ToLower(d.toks[j].text)] || isAdverbLy(d.toks[j].text)) {
		j--
	}
	if j < s.first {
		return -1
	}
	if w := strings.ToLower(d.toks[j].text); w == "to" && j-1 > s.first {
		j = d.adverbsBack(j-2, s.first) // "it decided to scrap": the decider's subject
		for j > s.first && skippableBeforeVerb[strings.ToLower(d.toks[j].text)] {
			j--
		}
		j--
		for j > s.first && (skippableBeforeVerb[strings.ToLower(d.toks[j].text)] || isAdverbLy(d.toks[j].text)) {
			j--
		}
	}
	if j < s.first {
		return -1
	}
	if w := strings.ToLower(d.toks[j].text); w != "it" {
		return -1
	}
	// The body that is the subject of the clause before "it" in this
	// sentence, or that opens one of the two sentences before.
	for si := d.toks[v].sent; si >= 0 && si >= d.toks[v].sent-2; si-- {
		ps := d.sents[si]
		last := ps.last
		if si == d.toks[v].sent {
			last = j
		}
		first := ps.first
		for first < last && d.toks[first].skip {
			first++ // a dateline ("TOKYO, March 3 -") opens the lead
		}
		for x := first; x < last && x < first+6; x++ {
			if d.toks[x].inQuote {
				break
			}
			if m := d.mentionStarting(x); m != nil && m.rec >= 0 && (m.b >= len(d.toks) || d.toks[m.b].kind != tPoss) {
				if d.isPerson(m.rec) {
					break
				}
				return m.rec
			}
			if !connectiveWords[strings.ToLower(d.toks[x].text)] && d.toks[x].kind != tPunct && !articles[strings.ToLower(d.toks[x].text)] && d.toks[x].date == 0 {
				break
			}
		}
	}
	return -1
}

// repeatsDatedShift reports whether a dateless shift retells one of the
// dated ones: the same actor and a topic sharing a content word ("went
// back on a pledge" … "changed his mind in June 2004" about the pledge).
// An actor can make several changes in one story (a budget scraps one
// relief and freezes one duty), and those all stay.
func repeatsDatedShift(ps domain.PolicyShiftFact, dated []domain.PolicyShiftFact) bool {
	for _, o := range dated {
		if o.Actor != ps.Actor || o.Evidence.Confidence <= generalShiftConfidence {
			continue
		}
		if ps.Topic == "policy" || o.Topic == "policy" || sharesContentWord(ps.Topic+" "+ps.To, o.Topic+" "+o.To) {
			return true
		}
	}
	return false
}

// sharesContentWord reports whether two phrases share a word of four
// letters or more that is not a function word.
func sharesContentWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if w = strings.Trim(w, ".,;:'\"()"); len(w) >= 4 && !functionWords[w] {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if w = strings.Trim(w, ".,;:'\"()"); words[w] {
			return true
		}
	}
	return false
}

// priorShiftActor is the actor of the shift told last in the three
// sentences before token k: an agentless passive ("Tariffs were increased
// in May") carries on the change the story has been telling, and without
// one it names nobody.
func (d *doc) priorShiftActor(k int, prior []domain.PolicyShiftFact) int {
	si := d.toks[k].sent
	from := int(d.runeAt[d.sents[max(0, si-3)].start])
	to := int(d.runeAt[d.sents[si].start])
	best, at := "", -1
	for _, ps := range prior {
		if ps.Evidence.Start >= from && ps.Evidence.Start <= to && ps.Evidence.Start > at {
			best, at = ps.Actor, ps.Evidence.Start
		}
	}
	if best == "" {
		return -1
	}
	return d.recNamed(best)
}

// firstTimeChange reads "for the first time" with the finite verb of its
// clause ("X backed the plan for the first time", "For the first time, X
// imposed …"): what an actor did for the first time is a new position. A
// record ("for the first time since 1993", "… in seven months") is not.
func (d *doc) firstTimeChange(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if !strings.EqualFold(d.toks[k].text, "for") || k+3 >= s.last || !strings.EqualFold(d.toks[k+1].text, "the") ||
		!strings.EqualFold(d.toks[k+2].text, "first") || !strings.EqualFold(d.toks[k+3].text, "time") {
		return domain.PolicyShiftFact{}, false
	}
	if k+4 < s.last && (strings.EqualFold(d.toks[k+4].text, "since") || strings.EqualFold(d.toks[k+4].text, "in")) {
		return domain.PolicyShiftFact{}, false // "for the first time in seven months": a record
	}
	v := d.firstTimeVerb(k)
	if v < 0 || d.hypotheticalClause(v) {
		return domain.PolicyShiftFact{}, false
	}
	for j := v - 1; j >= s.first && j >= v-3; j-- {
		if w := strings.ToLower(d.toks[j].text); changeNegators[w] || changeModals[w] {
			return domain.PolicyShiftFact{}, false
		}
	}
	actor := d.shiftSubject(v)
	if actor < 0 && v > k {
		if m := d.mentionEnding(k - 1); m != nil {
			actor = m.rec // "Chile for the first time recognised …"
		}
	}
	if actor < 0 {
		actor = d.itSubject(v)
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	return d.generalShift(actor, v, v+1, "SHIFTED"), true
}

// finiteVerb reports a past tense or a third-person present at j outside
// quotes: a lower-case word ending in -ed, a known irregular past, or a
// change verb's form that is not its base.
func (d *doc) finiteVerb(j int) bool {
	t := d.toks[j]
	if t.kind != tWord || t.inQuote || !isLower(t.text) {
		return false
	}
	if cf, ok := changeForms[t.text]; ok && cf.kind != formBase && cf.kind != formGerund {
		return true
	}
	return strings.HasSuffix(t.text, "ed") && len(t.text) > 4 || irregularPasts[t.text]
}

// decidedAgainst reads "X decided not to go ahead with Y", "X decided
// against Y", "X chose not to renew Y" at the decision verb k: a plan or
// a practice given up.
func (d *doc) decidedAgainst(k int) (domain.PolicyShiftFact, bool) {
	lw := strings.ToLower(d.toks[k].text)
	if !pastDeciders[lw] || d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	s := d.sents[d.toks[k].sent]
	n := 0
	switch {
	case k+3 < s.last && strings.EqualFold(d.toks[k+1].text, "not") && strings.EqualFold(d.toks[k+2].text, "to"):
		if cf, ok := changeForms[strings.ToLower(d.toks[k+3].text)]; ok && cf.dir == "REVERSED" {
			return domain.PolicyShiftFact{}, false // "decided not to drop the levy" keeps it
		}
		n = 3
	case k+1 < s.last && strings.EqualFold(d.toks[k+1].text, "against") && lw != "voted":
		n = 2
	default:
		return domain.PolicyShiftFact{}, false
	}
	if d.hypotheticalClause(k) {
		return domain.PolicyShiftFact{}, false
	}
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		if w := strings.ToLower(d.toks[j].text); changeNegators[w] || changeModals[w] && !(w == "would" && d.reportedBefore(j)) {
			return domain.PolicyShiftFact{}, false
		}
	}
	return d.subjectGeneralShift(k, k+n, "REVERSED")
}

// pastDeciders take a decision not to do something ("decided not to").
var pastDeciders = toSet("decided decides chose chooses opted opts agreed agrees voted votes")

// policyChangeNouns name a change of a policy as a noun, with its direction:
// "the lifting of sanctions", "an end to the plans", "cuts to funding".
var policyChangeNouns = map[string]string{"lifting": "REVERSED", "scrapping": "REVERSED", "withdrawal": "REVERSED",
	"suspension": "REVERSED", "cancellation": "REVERSED", "repeal": "REVERSED", "abolition": "REVERSED",
	"end": "REVERSED", "halt": "REVERSED", "freeze": "REVERSED", "termination": "REVERSED", "revocation": "REVERSED",
	"abandonment": "REVERSED", "rollback": "REVERSED", "reversal": "REVERSED", "overturning": "REVERSED",
	"imposition": "HARDENED", "reimposition": "HARDENED", "tightening": "HARDENED", "extension": "HARDENED",
	"expansion": "HARDENED", "increase": "HARDENED", "increases": "HARDENED", "hike": "HARDENED", "hikes": "HARDENED",
	"introduction": "HARDENED", "easing": "SOFTENED", "relaxation": "SOFTENED", "cut": "SOFTENED", "cuts": "SOFTENED",
	"reduction": "SOFTENED", "reductions": "SOFTENED", "restoration": "SHIFTED", "reinstatement": "SHIFTED",
	"resumption": "SHIFTED", "reopening": "SHIFTED", "overhaul": "SHIFTED", "change": "SHIFTED", "changes": "SHIFTED"}

// realisingVerbs make a change noun their object a change made ("announced
// the lifting of", "put an end to", "ordered a halt to").
var realisingVerbs = toSet(`announced announces ordered orders approved approves confirmed confirms unveiled unveils
declared declares imposed imposes put puts brought brings signed signs agreed agrees implemented implements
introduced introduces enacted enacts made makes completed completes secured secures decided decides
triggered triggers began begins started starts made pushed pushes`)

// changeNounShift reads a change told as a noun at k: its actor is the
// possessor ("Beijing's lifting of the ban"), the agent ("the withdrawal
// of the bill by the government") or the subject of the verb that makes
// it ("X announced the suspension of aid", "X put an end to the plans").
func (d *doc) changeNounShift(k int) (domain.PolicyShiftFact, bool) {
	lw := strings.ToLower(d.toks[k].text)
	dir, ok := policyChangeNouns[lw]
	if !ok || !isLower(d.toks[k].text) {
		return domain.PolicyShiftFact{}, false
	}
	s := d.sents[d.toks[k].sent]
	if k+2 >= s.last {
		return domain.PolicyShiftFact{}, false
	}
	prep := strings.ToLower(d.toks[k+1].text)
	if prep != "of" && prep != "to" && prep != "in" && prep != "on" {
		return domain.PolicyShiftFact{}, false
	}
	head := -1
	for j, lim := k+2, k+7; j < s.last && j <= lim; j++ {
		t := d.toks[j]
		w := strings.ToLower(t.text)
		if t.kind == tPoss || t.kind == tPunct && t.text == "-" || d.listedModifier(j, k+2) {
			lim++
			continue // "changes in its trade, investment and finance policies"
		}
		if t.kind != tWord {
			break
		}
		if policyNouns[w] && isLower(t.text) {
			head = j
			break
		}
		if functionWords[w] && !articles[w] && !determiners[t.text] && w != "of" {
			break
		}
	}
	if head < 0 || quantityNouns[strings.ToLower(d.toks[head].text)] && adjustNouns[lw] {
		return domain.PolicyShiftFact{}, false // "a freeze on fuel duty": a level set
	}
	// The noun phrase's start: over adjectives and a determiner.
	a := k
	for a-1 >= s.first && d.toks[a-1].kind == tWord && isLower(d.toks[a-1].text) && !functionWords[strings.ToLower(d.toks[a-1].text)] && a > k-3 {
		a--
	}
	for x := a; x < k; x++ {
		if unmadeModifiers[strings.ToLower(d.toks[x].text)] {
			return domain.PolicyShiftFact{}, false // "the EU's planned changes in the pact": not made yet
		}
	}
	actor := -1
	if a-1 >= s.first && d.toks[a-1].kind == tPoss {
		if m := d.mentionEnding(a - 2); m != nil {
			actor = m.rec // "Beijing's lifting of the ban"
		}
	} else if a-1 >= s.first && (articles[strings.ToLower(d.toks[a-1].text)] || determiners[d.toks[a-1].text]) {
		a--
	}
	if actor < 0 {
		for j := head + 1; j < s.last && j <= head+4; j++ {
			if w := strings.ToLower(d.toks[j].text); w == "planned" || w == "proposed" || w == "sought" || w == "demanded" {
				return domain.PolicyShiftFact{}, false // "an increase planned by the Tories": a plan
			}
			if strings.EqualFold(d.toks[j].text, "by") {
				if m := d.mentionStarting(d.skipThe(j + 1)); m != nil {
					actor = m.rec
				}
				break
			}
		}
	}
	v := d.adverbsBack(a-1, s.first)
	if v > s.first && strings.EqualFold(d.toks[v].text, "on") && decidedOn[strings.ToLower(d.toks[v-1].text)] {
		v-- // "decided on major changes to"
	}
	if actor < 0 {
		if v < s.first || !realisingVerbs[strings.ToLower(d.toks[v].text)] {
			return domain.PolicyShiftFact{}, false
		}
		actor = d.shiftSubject(v)
		if actor < 0 {
			actor = d.itSubject(v)
		}
	}
	if actor < 0 || d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	// What makes or governs the noun must be a change made.
	at := a
	if v >= s.first && realisingVerbs[strings.ToLower(d.toks[v].text)] {
		at = v
	}
	for j := at - 1; j >= s.first && j >= at-8; j-- {
		w := strings.ToLower(d.toks[j].text)
		if changeNegators[w] && j >= at-3 || changeModals[w] || wishWords[w] || w == "for" || w == "against" || w == "over" {
			return domain.PolicyShiftFact{}, false // "called for the lifting of", "opposed to an end to"
		}
		if d.toks[j].kind == tPunct || clauseBreakWords[w] {
			break
		}
	}
	if d.hypotheticalClause(at) {
		return domain.PolicyShiftFact{}, false
	}
	return d.generalShift(actor, k, k+2, dir), true
}

// extendToNext makes a shift's evidence the sentence si and the next one
// when the next carries the change on: it opens with the actor or a
// pronoun standing for it and tells a change or a position ("The Tories
// are to back the plans. The party had now decided to come off the
// fence."), in the same paragraph or the next.
func (d *doc) extendToNext(ps *domain.PolicyShiftFact, si int) {
	if si+1 >= len(d.sents) {
		return
	}
	n := d.sents[si+1]
	if n.para > d.sents[si].para+1 || d.paras[n.para].headline || d.paras[n.para].caption {
		return
	}
	rec := d.recNamed(ps.Actor)
	opens := false
	for k := n.first; k < n.last && k < n.first+4; k++ {
		w := strings.ToLower(d.toks[k].text)
		if m := d.mentionStarting(k); m != nil && m.rec == rec {
			opens = true
			break
		}
		if (pronounsSubject[d.toks[k].text] && d.isPerson(rec)) || (w == "it" && !d.isPerson(rec)) {
			opens = true
			break
		}
		if !connectiveWords[w] && d.toks[k].kind != tPunct {
			break
		}
	}
	if !opens {
		return
	}
	cue := false
	for k := n.first; k < n.last; k++ {
		w := strings.ToLower(d.toks[k].text)
		if _, ok := changeForms[w]; ok || continuationCues[w] || shiftVerbs[w] != "" || shiftNouns[w] != "" {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	ev := d.ev(d.sents[si].start, n.end, ps.Evidence.Confidence)
	ps.Evidence = ev
}

// connectiveWords may open a sentence before its subject ("But he …").
var connectiveWords = toSet("but and however yet so then now instead meanwhile")

// continuationCues in the next sentence tell that it goes on with the
// change: a decision, a former or a new position.
var continuationCues = toSet(`decided agreed now instead previously initially until longer first changed
originally earlier had`)

// reportedChangeDate dates a change whose sentence gives no date: the day
// an earlier sentence of the episode names, else the day of the story's
// news when the change is told as news ("has scrapped", "lifts", in the
// lead), else nothing.
func (d *doc) reportedChangeDate(k int) *domain.FuzzyDate {
	si := d.toks[k].sent
	if fd := d.inheritedDate(si); fd != nil {
		return fd
	}
	if d.story == nil {
		return nil
	}
	s := d.sents[si]
	if d.paras[s.para].lead {
		return d.story
	}
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		if w := strings.ToLower(d.toks[j].text); w == "has" || w == "have" {
			return d.story // a present perfect tells the news
		}
	}
	return nil
}

// deadlineDate reports whether fd is a date the clause [k, end) gives
// behind "until", "till" or "through": the end of a measure.
func (d *doc) deadlineDate(k, end int, fd *domain.FuzzyDate) bool {
	if fd == nil {
		return false
	}
	for j := k + 1; j < end; j++ {
		t := d.toks[j]
		if t.date == 0 || d.dates[t.date-1].Date.String() != fd.String() {
			continue
		}
		for x := j - 1; x > k && x >= j-2; x-- {
			if w := strings.ToLower(d.toks[x].text); w == "until" || w == "till" || w == "through" || w == "to" {
				return true
			}
		}
		return false
	}
	return false
}

// laterOpeners open a sentence that tells where an actor stood later
// ("By 2017 he …", "Now she …", "Today it …").
var laterOpeners = toSet("by in now today later since")

// yearContrastShift reads a change told across two sentences by their
// dates: "In 2013 X called the deal a disaster. By 2017 he was its
// champion." Sentence si opens with a year and names its subject; one of
// the next two, in the same paragraph or the next, opens with a later
// year (or "now", "today") and has the same actor as its subject. It
// returns the shift and the later sentence.
func (d *doc) yearContrastShift(si int) (domain.PolicyShiftFact, int, bool) {
	s := d.sents[si]
	y0, j := d.openingYear(s)
	if y0 == 0 {
		return domain.PolicyShiftFact{}, 0, false
	}
	actor := -1
	for k := j; k < s.last && k < j+4; k++ {
		if d.toks[k].text == "," {
			continue
		}
		actor = d.mainSubject(k, s.last)
		break
	}
	if actor < 0 {
		return domain.PolicyShiftFact{}, 0, false
	}
	for ni := si + 1; ni < len(d.sents) && ni <= si+2; ni++ {
		n := d.sents[ni]
		if n.para > s.para+1 || d.paras[n.para].headline {
			break
		}
		first := n.first
		for first < n.last && connectiveWords[strings.ToLower(d.toks[first].text)] && !laterOpeners[strings.ToLower(d.toks[first].text)] {
			first++ // "But by 2017 …"
		}
		if first >= n.last || !laterOpeners[strings.ToLower(d.toks[first].text)] {
			continue
		}
		y1, k := d.openingYearAt(first, n)
		w := strings.ToLower(d.toks[first].text)
		if y1 == 0 && (w == "now" || w == "today") {
			y1, k = 9999, first+1
		}
		if y1 <= y0 {
			continue
		}
		for k < n.last && d.toks[k].text == "," {
			k++
		}
		if k >= n.last {
			continue
		}
		later := d.mainSubject(k, n.last)
		if later < 0 && strings.EqualFold(d.toks[k].text, "it") && !d.isPerson(actor) {
			later = actor
		}
		if later != actor {
			continue
		}
		ps := domain.PolicyShiftFact{Actor: d.reg.recs[actor].name, Direction: "SHIFTED"}
		ps.From = d.phrase(j, d.clauseEnd(j))
		ps.To = d.phrase(k, d.clauseEnd(k))
		ps.Topic = d.topicPhrase(k+1, d.clauseEnd(k))
		if y1 != 9999 {
			y := domain.Year(y1)
			ps.When = &y
		}
		ps.Evidence = d.ev(s.start, n.end, generalShiftConfidence)
		return ps, ni, true
	}
	return domain.PolicyShiftFact{}, 0, false
}

// openingYear returns the year a sentence opens with ("In 2013,", "Back
// in March 2013") and the token after it, or 0.
func (d *doc) openingYear(s sentence) (int, int) {
	k := s.first
	if k < s.last && strings.EqualFold(d.toks[k].text, "back") {
		k++
	}
	if k >= s.last || !strings.EqualFold(d.toks[k].text, "in") {
		return 0, 0
	}
	return d.openingYearAt(k, s)
}

// openingYearAt reads a year date right after the preposition at k ("in
// 2013", "by March 2017") and returns it with the token after the date,
// or 0.
func (d *doc) openingYearAt(k int, s sentence) (int, int) {
	j := k + 1
	if j >= s.last || d.toks[j].date == 0 {
		return 0, 0
	}
	fd := d.dates[d.toks[j].date-1].Date
	if !fd.Known() {
		return 0, 0
	}
	for j < s.last && d.toks[j].date == d.toks[k+1].date {
		j++
	}
	return fd.Start.Year(), j
}

// orderNouns are the instruments a change is made by; a gerund after one
// tells what it does ("an executive order lifting the ban").
var orderNouns = toSet("order orders decree decrees bill law legislation measure directive memo memorandum proclamation ruling rule resolution")

// orderIssuer is the subject of the verb that issues the order before the
// gerund at k ("X signed an executive order lifting …"), or of the verb
// before "began"/"started" ("X began imposing …"), or -1.
func (d *doc) orderIssuer(k int) int {
	s := d.sents[d.toks[k].sent]
	j := k - 1
	if w := strings.ToLower(d.toks[j].text); orderNouns[w] {
		for j > s.first && j >= k-5 && !d.finiteVerb(j) {
			j--
		}
		if j <= s.first || !d.finiteVerb(j) {
			return -1
		}
	}
	if a := d.shiftSubject(j); a >= 0 {
		return a
	}
	return d.itSubject(j)
}

// strongLemmas change a policy whatever their object: one does not scrap,
// repeal or reimpose anything but a measure or a plan.
var strongLemmas = toSet(`scrap abandon ditch shelve repeal rescind revoke overturn reverse reinstate reimpose
cancel abolish outlaw annul nullify jettison suspend halt devalue revalue`)

// notPolicyHeads are objects of strongLemmas that are people, results or
// occasions, not policies.
var notPolicyHeads = toSet(`candidate candidates member members official officials officer officers player players
staff worker workers commander commanders soldier soldiers judge judges employee employees
student students journalist journalists teacher teachers doctor doctors majority lead result results verdict engagement engagements visit visits trip trips
appearance appearances event events match matches game games concert concerts show shows meeting meetings`)

// namedMeasures end the names of laws, treaties and programmes ("repealed
// the Affordable Care Act").
var namedMeasures = toSet("Act Bill Law Agreement Treaty Accord Deal Directive Order Convention Protocol Programme Program Plan Scheme Pact Policy Rule")

// anyObject is the head of the noun phrase object of the verb at k (its
// last word before a preposition, a clause or punctuation), or -1.
func (d *doc) anyObject(k int) int {
	s := d.sents[d.toks[k].sent]
	head := -1
	for j := k + 1; j < s.last && j <= k+6; j++ {
		t := d.toks[j]
		w := strings.ToLower(t.text)
		if t.kind == tPoss {
			continue
		}
		if t.kind != tWord || functionWords[w] && !articles[w] && !determiners[t.text] || prepositions[w] || clauseBreakWords[w] || w == "so" {
			break
		}
		if !articles[w] && !determiners[t.text] {
			head = j
		}
	}
	if head >= 0 && !isLower(d.toks[head].text) && !namedMeasures[d.toks[head].text] {
		return -1 // a name ("suspended The Gambia"), unless one of a law or a treaty
	}
	if head >= 0 && (d.mentionEnding(head) != nil || notPolicyHeads[strings.ToLower(d.toks[head].text)]) {
		return -1 // "suspended the minister", "suspended The Gambia", "overturned a majority": no policy
	}
	return head
}

// measureVerbs bring in a measure when it is new ("announced new
// sanctions", "approved tougher rules").
var measureVerbs = toSet(`announced announces unveiled unveils approved approves adopted adopts passed passes
ordered orders signed signs issued issues agreed agrees`)

// newWords mark a measure as one that did not exist before.
var newWords = toSet("new fresh additional further tougher stricter sweeping more extra")

// newMeasures are the measures a government brings in against others or
// its own people.
var newMeasures = toSet(`sanctions tariffs restrictions curbs ban bans rules measures controls duties limits
levies regulations requirements penalties embargo`)

// newMeasureShift reads "X announced new sanctions on Y" at the verb k.
func (d *doc) newMeasureShift(k int) (domain.PolicyShiftFact, bool) {
	lw := strings.ToLower(d.toks[k].text)
	if !measureVerbs[lw] || d.toks[k].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	s := d.sents[d.toks[k].sent]
	isNew, head := false, -1
	for j := k + 1; j < s.last && j <= k+5; j++ {
		w := strings.ToLower(d.toks[j].text)
		if newWords[w] {
			isNew = true
			continue
		}
		if newMeasures[w] && (isNew || enactVerbs[lw] && d.measureTarget(j)) {
			head = j
			break
		}
		if d.toks[j].kind != tWord || functionWords[w] && !articles[w] && !determiners[d.toks[j].text] {
			break
		}
	}
	if head < 0 {
		return domain.PolicyShiftFact{}, false
	}
	kind := formPast
	if strings.HasSuffix(lw, "s") {
		kind = formThird
	}
	if d.unrealisedChange(k, changeForm{lemma: lw, kind: kind}) {
		return domain.PolicyShiftFact{}, false
	}
	return d.subjectGeneralShift(k, k+1, "HARDENED")
}
