package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// datedVerbSpecs lists verbs that report a happening when a date stands in
// their clause ("North Korea test-fired a missile on Wednesday"). A lemma
// alone gets its regular inflections; "lemma:past:participle" gives
// irregular ones.
const datedVerbSpecs = `launch fire:fired:fired strike:struck:struck sign begin:began:begun start open close
reopen hold:held:held convene vote elect swear:swore:sworn resign declare decree impose lift:lifted:lifted ban
seize arrest detain kill attack collapse default announce sue veto suffer block read:read:read ratify adopt
approve pass call resume host suspend revoke expel invade shell bomb storm win:won:won lose:lost:lost
overthrow:overthrew:overthrown oust topple release free execute abduct kidnap shoot:shot:shot raid
board collide fail march land file`

// datedVerbs maps every inflection of a happening verb to its lemma.
var datedVerbs = buildDatedVerbs(datedVerbSpecs)

func buildDatedVerbs(spec string) map[string]string {
	out := map[string]string{}
	for _, f := range strings.Fields(spec) {
		parts := strings.Split(f, ":")
		lemma := parts[0]
		for _, form := range append(inflect(lemma), parts[1:]...) {
			out[form] = lemma
		}
	}
	return out
}

// inflect gives a regular verb's -s, -ed and -ing forms (with the final
// consonant doubled for short stems like "ban" → "banned").
func inflect(v string) []string {
	forms := []string{v}
	switch {
	case strings.HasSuffix(v, "y") && !strings.HasSuffix(v, "ay") && !strings.HasSuffix(v, "oy"):
		stem := strings.TrimSuffix(v, "y")
		return append(forms, stem+"ies", stem+"ied", v+"ing")
	case strings.HasSuffix(v, "e"):
		return append(forms, v+"s", v+"d", strings.TrimSuffix(v, "e")+"ing")
	case strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "x"):
		return append(forms, v+"es", v+"ed", v+"ing")
	}
	forms = append(forms, v+"s", v+"ed", v+"ing")
	if n := len(v); n >= 3 && n <= 4 && isConsonant(v[n-1]) && !isConsonant(v[n-2]) && isConsonant(v[n-3]) &&
		!strings.ContainsRune("wxy", rune(v[n-1])) {
		last := v[n-1:]
		forms = append(forms, v+last+"ed", v+last+"ing")
	}
	return forms
}

func isConsonant(b byte) bool { return !strings.ContainsRune("aeiou", rune(b)) }

// electoralObjects make "win"/"lose" an election result.
var electoralObjects = toSet("election elections vote ballot runoff run-off referendum term seat seats presidency premiership majority poll polls primary mandate")

// callableObjects make "call" an event ("called a snap election"), not speech.
var callableObjects = toSet("election elections vote referendum strike meeting summit session ceasefire truce halt")

// eventObjectsNotHere are objects that make a verb a meeting, not another event.
var eventObjectsNotHere = toSet("talks meeting meetings summit summits discussions consultations negotiations")

// datedHappening reads an event at a happening verb k with a date in its
// clause: the subject is the actor ("Kosovo closed the crossing on April
// 7"); a passive names its agent after "by", else the story's country.
func (d *doc) datedHappening(k int) (domain.OtherEventFact, bool) {
	t := d.toks[k]
	lw := strings.ToLower(t.text)
	lemma, ok := datedVerbs[strings.TrimPrefix(lw, "test-")] // "test-launched"
	if !ok || !isLower(t.text) || t.date > 0 {
		return domain.OtherEventFact{}, false
	}
	s := d.sents[t.sent]
	if strings.TrimPrefix(lw, "test-") == lemma && !d.finiteBase(k) && !d.statePassive(k) {
		return domain.OtherEventFact{}, false // "the first ICBM launch": a noun
	}
	end := d.clauseEnd(k)
	typ, ok := d.happeningType(lemma, k, end)
	if !ok {
		return domain.OtherEventFact{}, false
	}
	if o := d.objectAt(k+1, -1); o >= 0 && d.reg.recs[o].kind != domain.KindPerson {
		return domain.OtherEventFact{}, false // "suspended the Gambia": an interaction between two actors
	}
	when := d.clauseDateOf(k, end)
	if when == nil {
		return domain.OtherEventFact{}, false
	}
	ev := domain.OtherEventFact{Type: typ, When: when, Evidence: d.ev(s.start, s.end, 0.5)}
	for _, a := range d.happeningActors(k, end) {
		ev.Actors = append(ev.Actors, d.reg.recs[a].name)
	}
	if len(ev.Actors) == 0 {
		if from, to := d.subjectSpan(k); from >= 0 && !passiveAux[strings.ToLower(d.toks[k-1].text)] {
			if a := d.phraseActor(from, to); a >= 0 {
				ev.Actors = []string{d.reg.recs[a].name}
			} else {
				ev.Actors = []string{d.phrase(from, to)}
			}
		} else if d.statePassive(k) {
			if c := d.storyCountry(); c >= 0 {
				ev.Actors = []string{d.reg.recs[c].name}
			}
		}
	}
	if len(ev.Actors) == 0 {
		return domain.OtherEventFact{}, false
	}
	ev.Title = d.phrase(k, minInt(end, k+8))
	return ev, true
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// happeningType is the event type a verb gives, or false when its object
// makes it something else: "won the case" is no election, "held talks" is
// a meeting, "announced that …" is a statement.
func (d *doc) happeningType(lemma string, k, end int) (domain.EventType, bool) {
	next := ""
	if k+1 < end {
		next = strings.ToLower(d.toks[k+1].text)
	}
	objectHas := func(set map[string]bool) bool {
		for j := k + 1; j < end && j <= k+5; j++ {
			if set[strings.ToLower(d.toks[j].text)] {
				return true
			}
		}
		return false
	}
	switch lemma {
	case "elect":
		return domain.TypeElection, true
	case "win", "lose":
		return domain.TypeElection, objectHas(electoralObjects)
	case "call":
		return domain.TypeOther, objectHas(callableObjects)
	case "announce", "declare":
		return domain.TypeOther, next != "that" && next != "" && d.toks[k+1].kind == tWord && !announcedPronouns[next]
	case "hold", "host", "convene", "open", "close", "start", "begin", "resume", "suspend":
		return domain.TypeOther, !objectHas(eventObjectsNotHere) || lemma == "convene" || lemma == "host"
	case "release", "free", "pass", "lift":
		return domain.TypeOther, next != "on"
	case "fail":
		return domain.TypeOther, next != "to" // "failed to stop" is no happening
	}
	return domain.TypeOther, true
}

// announcedPronouns after "announced" open reported speech, not an event.
var announcedPronouns = toSet("it he she they we plans plan")

// happeningDateStops end the search for a verb's date: past them a date
// belongs to another event ("after the vote on Sunday").
var happeningDateStops = toSet("after following before when because while until as")

// happeningDateReach is how many tokens after its verb a date may stand
// ("closed the crossing to trucks with Serbian registration on April 7").
const happeningDateReach = 16

// clauseDateOf is the date of the clause of a verb k: after the verb up
// to end, else just before it (or opening the sentence: "On Monday, X …").
func (d *doc) clauseDateOf(k, end int) *domain.FuzzyDate {
	for j := k + 1; j < end && j <= k+happeningDateReach; j++ {
		t := d.toks[j]
		if t.inQuote || happeningDateStops[strings.ToLower(t.text)] {
			break
		}
		if j > k+1 && datedVerbs[strings.ToLower(t.text)] != "" && t.date == 0 && d.toks[j-1].text == "and" {
			break // "X began on Monday and closed on Friday" is two events
		}
		if t.date > 0 && !d.yearModifier(t.date-1) {
			fd := d.dates[t.date-1].Date
			return &fd
		}
	}
	s := d.sents[d.toks[k].sent]
	commas := 0
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		t := d.toks[j]
		if t.inQuote || happeningDateStops[strings.ToLower(t.text)] {
			break
		}
		if t.text == "," {
			commas++
			if commas > 1 {
				break
			}
		}
		if t.date > 0 && (commas == 0 || d.dates[t.date-1].Start <= d.toks[s.first].end) {
			fd := d.dates[t.date-1].Date
			return &fd
		}
	}
	return nil
}

// happeningActors are the actors of a happening verb k: its subject (and
// a partner coordinated with it, "Iraq and Turkey signed"), the owner of a
// possessive subject ("South Australia's Liberals won"), the agent of a
// passive; without any, the country the story is about.
func (d *doc) happeningActors(k, end int) []int {
	var out []int
	add := func(a int) {
		if a >= 0 && !containsInt(out, a) {
			out = append(out, a)
		}
	}
	subj := d.subjectOf(k)
	if subj < 0 {
		subj = d.infinitiveSubject(k)
	}
	if subj < 0 {
		subj = d.groupSubject(k)
	}
	if subj >= 0 {
		add(subj)
		d.addSubjectCompanions(k, subj, add)
	}
	if k > 0 && passiveAux[strings.ToLower(d.toks[k-1].text)] || subj < 0 {
		for j := k + 1; j+1 < end && j <= k+8; j++ {
			if strings.EqualFold(d.toks[j].text, "by") {
				add(d.objectAt(j+1, -1))
				break
			}
		}
	}
	return out
}

// addSubjectCompanions adds what stands with the subject mention of k: an
// actor coordinated before it and the owner of a possessive before it.
func (d *doc) addSubjectCompanions(k, subj int, add func(int)) {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first && j >= k-12; j-- {
		m := d.mentionEnding(j)
		if m == nil || m.rec != subj {
			continue
		}
		a := m.a
		if a-1 > s.first && strings.EqualFold(d.toks[a-1].text, "and") {
			if o := d.mentionEnding(a - 2); o != nil {
				add(o.rec)
			}
		}
		if a-1 > s.first && d.toks[a-1].kind == tPoss {
			if o := d.mentionEnding(a - 2); o != nil {
				add(o.rec)
			}
		}
		if m.qual != "" && m.qualCountry {
			add(d.reg.get(m.qual, domain.KindCountry))
		}
		return
	}
}

func containsInt(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

// subjectPhraseSkips stand between a subject noun phrase and its verb
// ("the subcommittee would vote", "ministers are expected to vote").
var subjectPhraseSkips = toSet("expected scheduled due set likely to poised planning planned")

// phraseBreakers are words a subject noun phrase does not run across.
var phraseBreakers = toSet(`least days weeks months years hours since after before when while because until about near into than be been being will
would can could may might must should shall not also it they we you i he she there here who which what first
last next`)

// subjectPhraseOpeners begin a noun phrase; they are kept ("the board").
var subjectPhraseOpeners = toSet("the its their his her our")

// subjectPhrase is the plain noun phrase before verb k that names no
// registered actor ("the board voted", "Parliament votes"), or "".
func (d *doc) subjectPhrase(k int) string {
	from, to := d.subjectSpan(k)
	if from < 0 {
		return ""
	}
	return d.phrase(from, to)
}

// subjectSpan is the token span [from, to) of subjectPhrase, or -1, -1. It
// stops at punctuation and function words and must end in a noun-like
// word, so that adverbs and pronouns do not pass as actors.
func (d *doc) subjectSpan(k int) (int, int) {
	s := d.sents[d.toks[k].sent]
	j := k - 1
	for j >= s.first && (skippableBeforeVerb[strings.ToLower(d.toks[j].text)] || subjectPhraseSkips[strings.ToLower(d.toks[j].text)]) {
		j--
	}
	if j < s.first || d.toks[j].kind != tWord || d.toks[j].date > 0 {
		return -1, -1
	}
	last := strings.ToLower(d.toks[j].text)
	if functionWords[last] || phraseBreakers[last] || passiveAux[last] || pronounsSubject[d.toks[j].text] || strings.HasSuffix(last, "ly") || datedVerbs[last] != "" {
		return -1, -1
	}
	from := j
	for from > s.first && from > j-4 {
		t := d.toks[from-1]
		lw := strings.ToLower(t.text)
		if t.kind != tWord && !isDigitByte(t.text[0]) || t.date > 0 || t.inQuote {
			break
		}
		if subjectPhraseOpeners[lw] {
			from--
			break
		}
		if functionWords[lw] || phraseBreakers[lw] {
			break
		}
		from--
	}
	if from > s.first && (strings.EqualFold(d.toks[from-1].text, "a") || strings.EqualFold(d.toks[from-1].text, "an")) {
		return -1, -1 // "a tanker seized": a thing acted on, not an actor
	}
	if from == j && !isUpperStart(d.toks[j].text) && !subjectPhraseOpeners[strings.ToLower(d.toks[max(from-1, s.first)].text)] {
		return -1, -1 // a lone lower-case word is no subject we can name
	}
	return from, j + 1
}

// stateActs are what a state does by a document read out or signed.
var stateActs = toSet("read sign announce declare decree adopt approve pass ratify")

// statePassive reports whether verb k is a passive with no agent ("the
// decree was signed in October") or a participle after a bare noun ("a
// decree read on state television"): an act of the state the story is
// about.
func (d *doc) statePassive(k int) bool {
	s := d.sents[d.toks[k].sent]
	if k-1 < s.first {
		return false
	}
	prev := strings.ToLower(d.toks[k-1].text)
	if passiveAux[prev] {
		return true
	}
	return stateActs[datedVerbs[strings.ToLower(d.toks[k].text)]] && k-2 >= s.first && isLower(d.toks[k-1].text) && !functionWords[prev] &&
		(strings.EqualFold(d.toks[k-2].text, "a") || strings.EqualFold(d.toks[k-2].text, "an"))
}

// baseVerbCues before a verb's base form make it a verb: "to vote",
// "would vote", "they resume".
var baseVerbCues = toSet("to will would could can may might must should shall did do does not never they we")

// finiteBase reports whether a base form at k is used as a verb: after an
// infinitive marker, a modal or a plural subject actor.
func (d *doc) finiteBase(k int) bool {
	s := d.sents[d.toks[k].sent]
	if k-1 < s.first {
		return false
	}
	return baseVerbCues[strings.ToLower(d.toks[k-1].text)] || d.mentionEnding(k-1) != nil
}

// yearModifier reports whether date mention i is a bare year that
// qualifies a noun ("the 2026 budget"), not the date of an event.
func (d *doc) yearModifier(i int) bool {
	m := d.dates[i]
	if m.Date.Precision != domain.PrecisionYear {
		return false
	}
	for j := range d.toks {
		if d.toks[j].start >= m.End {
			return d.toks[j].kind == tWord && isLower(d.toks[j].text)
		}
	}
	return false
}
