package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// passiveKinds are the participles that report an interaction in the
// passive voice ("X was criticised by Y").
var passiveKinds = kindsOf(map[domain.InteractionKind]string{
	domain.InteractCriticize: `criticised criticized condemned denounced slammed rebuked blasted lambasted
		chided castigated decried berated censured reprimanded`,
	domain.InteractPraise:   "praised hailed lauded commended applauded thanked congratulated",
	domain.InteractAccuse:   "accused blamed",
	domain.InteractWarn:     "warned cautioned",
	domain.InteractThreaten: "threatened",
	domain.InteractReject:   "rejected rebuffed spurned snubbed",
	domain.InteractSupport:  "backed supported endorsed",
	domain.InteractSanction: "sanctioned fined penalised penalized expelled banned",
	domain.InteractAttack:   "attacked shelled bombed raided invaded targeted",
	domain.InteractAppeal:   "urged pressed pressured",
})

func kindsOf(m map[domain.InteractionKind]string) map[string]domain.InteractionKind {
	out := map[string]domain.InteractionKind{}
	for k, words := range m {
		for _, w := range strings.Fields(words) {
			out[w] = k
		}
	}
	return out
}

var passiveAux = toSet("was were been being is are be got gets")

// imposedVerbs put a measure on a target: "sanctions were imposed on X by Y".
var imposedVerbs = toSet("imposed levied slapped placed")

// passiveInteraction reads "X was criticised by Y" (Y the source, X the
// target) and "penalties were imposed on X by Y" at token k.
func (d *doc) passiveInteraction(k int, fs *domain.FactSet) {
	lw := strings.ToLower(d.toks[k].text)
	kind, ok := passiveKinds[lw]
	imposed := imposedVerbs[lw]
	if !ok && !imposed {
		return
	}
	s := d.sents[d.toks[k].sent]
	j := k - 1
	for j > s.first && !passiveAux[strings.ToLower(d.toks[j].text)] && j >= k-2 && isLower(d.toks[j].text) {
		j-- // "was sharply criticised"
	}
	if j < s.first || !passiveAux[strings.ToLower(d.toks[j].text)] {
		return
	}
	end := d.clauseEnd(k)
	target, source := -1, -1
	for x := k + 1; x < end && x <= k+10; x++ {
		w := strings.ToLower(d.toks[x].text)
		switch {
		case w == "by" && source < 0:
			source = d.objectAt(x+1, -1)
		case imposed && (w == "on" || w == "against") && target < 0:
			target = d.objectAt(x+1, -1)
		}
	}
	if imposed {
		kind = domain.InteractSanction
	} else {
		target = d.subjectOf(k)
	}
	if source < 0 || target < 0 || source == target {
		return
	}
	if kind == domain.InteractAttack && d.isPerson(source) {
		kind = domain.InteractCriticize
	}
	si := d.toks[k].sent
	text := strings.TrimSpace(d.text[d.toks[k].start:d.toks[end-1].end])
	fs.Interactions = append(fs.Interactions, d.interaction(source, target, kind, text, d.dateFor(si, k, end), s))
}

// interactionNouns name an interaction: "X's criticism of Y", "threats
// from X against Y", "U.S. sanctions on Y".
var interactionNouns = kindsOf(map[domain.InteractionKind]string{
	domain.InteractCriticize: "criticism condemnation censure rebuke",
	domain.InteractPraise:    "praise",
	domain.InteractAccuse:    "accusation accusations",
	domain.InteractThreaten:  "threat threats ultimatum",
	domain.InteractWarn:      "warning warnings",
	domain.InteractAppeal:    "appeal appeals call calls plea",
	domain.InteractSupport:   "support backing endorsement",
	domain.InteractReject:    "rejection",
	domain.InteractSanction:  "sanctions tariffs fine fines embargo",
	domain.InteractAttack:    "attack attacks strike strikes airstrikes shelling bombardment invasion offensive raid raids",
})

// nounTargetPreps are the prepositions that introduce a noun's target.
var nounTargetPreps = map[domain.InteractionKind]string{
	domain.InteractCriticize: "of against", domain.InteractPraise: "of for", domain.InteractAccuse: "against",
	domain.InteractThreaten: "against to", domain.InteractWarn: "to against", domain.InteractAppeal: "to for on",
	domain.InteractSupport: "for of", domain.InteractReject: "of", domain.InteractSanction: "on against",
	domain.InteractAttack: "on against",
}

// nounInteraction reads an interaction from a noun at token k: the source
// is the possessor ("X's criticism"), a name or nationality right before
// it ("U.S. sanctions", "Israeli strikes") or "from X" after it; the
// target follows its preposition ("of Y", "on Y").
func (d *doc) nounInteraction(k int, fs *domain.FactSet) {
	lw := strings.ToLower(d.toks[k].text)
	kind, ok := interactionNouns[lw]
	if !ok {
		return
	}
	s := d.sents[d.toks[k].sent]
	source := d.nounSource(k, s)
	x := k + 1
	if x+1 < s.last && d.toks[x].text == "from" && source < 0 {
		source = d.objectAt(x+1, -1)
		if m := d.mentionStarting(d.skipDet(x + 1)); m != nil {
			x = m.b
		}
	}
	if source < 0 || x+1 >= s.last {
		return
	}
	prep := strings.ToLower(d.toks[x].text)
	if !strings.Contains(" "+nounTargetPreps[kind]+" ", " "+prep+" ") {
		return
	}
	target := d.objectAt(x+1, source)
	if target < 0 {
		target = d.nationalityAt(x+1, 3)
	}
	if target < 0 || target == source {
		return
	}
	if (lw == "call" || lw == "calls") && !d.followedByTo(target) {
		return // "a call for X to …", not "a call for calm"
	}
	if kind == domain.InteractAttack && d.isPerson(source) {
		return
	}
	end := d.clauseEnd(k)
	text := strings.TrimSpace(d.text[d.toks[k].start:d.toks[end-1].end])
	fs.Interactions = append(fs.Interactions, d.interaction(source, target, kind, text, d.dateFor(d.toks[k].sent, k, end), s))
}

// nounSource is the actor whose act a noun at k names, written before it.
func (d *doc) nounSource(k int, s sentence) int {
	j := k - 1
	for j > s.first && j >= k-2 && d.toks[j].kind == tWord && isLower(d.toks[j].text) && !functionWords[strings.ToLower(d.toks[j].text)] {
		j-- // adjectives: "Manila's public criticism"
	}
	if j < s.first {
		return -1
	}
	if d.toks[j].kind == tPoss && !d.toks[j].inQuote {
		if m := d.mentionEnding(j - 1); m != nil {
			return m.rec
		}
		return -1
	}
	if m := d.mentionEnding(j); m != nil && !d.isPerson(m.rec) {
		return m.rec // "U.S. sanctions"
	}
	return d.nationalityAt(j, 1)
}

// skipDet steps over a determiner at e.
func (d *doc) skipDet(e int) int {
	if e < len(d.toks) && strings.EqualFold(d.toks[e].text, "the") {
		return e + 1
	}
	return e
}

// followedByTo reports whether the mention of rec just read is followed
// by "to" and a verb: "a call for X to step back".
func (d *doc) followedByTo(rec int) bool {
	for i := range d.ments {
		m := d.ments[i]
		if m.rec == rec && m.b+1 < len(d.toks) && d.toks[m.b].text == "to" && isLower(d.toks[m.b+1].text) {
			return true
		}
	}
	return false
}

// agreedPair reads an agreement between two actors from "X and Y agreed"
// or "the two (leaders) agreed", which refers to the last meeting's
// participants.
func (d *doc) agreedPair(k int, fs *domain.FactSet) {
	lw := strings.ToLower(d.toks[k].text)
	if lw != "agreed" && lw != "agree" && lw != "agrees" {
		return
	}
	s := d.sents[d.toks[k].sent]
	if k+1 < s.last && strings.EqualFold(d.toks[k+1].text, "with") {
		return // "X agreed with Y" is a verb pattern
	}
	si := d.toks[k].sent
	end := d.clauseEnd(k)
	var pair []int
	var when *domain.FuzzyDate
	if subj := d.subjectOf(k); subj >= 0 {
		if before := d.coordinatedBefore(k, subj); len(before) > 0 {
			pair = []int{before[len(before)-1], subj}
			when = d.dateFor(si, k, end)
		}
	} else if d.theTwoBefore(k) {
		// The agreement came out of that contact: its date is the
		// contact's (a date in the clause is what was agreed: "resume
		// flights from January").
		pair, when = d.lastPair(fs, k)
	}
	if len(pair) < 2 || pair[0] == pair[1] {
		return
	}
	text := strings.TrimSpace(d.text[d.toks[k].start:d.toks[end-1].end])
	fs.Interactions = append(fs.Interactions, d.interaction(pair[0], pair[1], domain.InteractAgree, text, when, s))
}

// theTwoBefore reports whether the verb at k has "the two", "the two
// leaders" or "both sides" as its subject.
func (d *doc) theTwoBefore(k int) bool {
	s := d.sents[d.toks[k].sent]
	j := d.subjectEndBefore(k)
	for x := j; x >= s.first && x >= j-2; x-- {
		w := strings.ToLower(d.toks[x].text)
		if w == "two" || w == "both" {
			return x == s.first || !strings.EqualFold(d.toks[x-1].text, "of")
		}
	}
	return false
}

// lastPair returns the two sides of the last meeting or contact read in
// the three sentences up to token k, and its date.
func (d *doc) lastPair(fs *domain.FactSet, k int) ([]int, *domain.FuzzyDate) {
	si := d.toks[k].sent
	limit := int(d.runeAt[d.sents[max(0, si-3)].start])
	for i := len(fs.Interactions) - 1; i >= 0; i-- {
		in := fs.Interactions[i]
		if in.Evidence.Start < limit {
			break
		}
		if in.Kind == domain.InteractMeet || in.Kind == domain.InteractConsult || callVerbs[strings.ToLower(firstWord(in.Text))] {
			a, b := d.recOf(in.Source), d.recOf(in.Target)
			if a >= 0 && b >= 0 {
				return []int{a, b}, in.When
			}
		}
	}
	return nil, nil
}
