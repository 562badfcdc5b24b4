package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// bodyMeetingNouns name a gathering of a body that someone attends or
// chairs ("a meeting of the cabinet", "a joint session of Congress"); "a summit of X, Y and Z" lists its
// members instead (summitOf).
var bodyMeetingNouns = toSet("meeting session")

// bodyMeetingVerbs bring their subject to a body's gathering ("chaired a
// meeting of the commission", "attended a summit of the bloc").
var bodyMeetingVerbs = toSet(`attended attends attending attend chaired chairs chairing chair addressed
addresses addressing address convened convenes convening told tells telling`)

// meetingOfBody reads "X chaired a meeting of the commission", "X and Y
// faced critics at Monday's meeting of the party" at the noun n: a
// meeting of the body after "of" with the people who attended it. It
// stands before nounMeeting, which would take everyone named before the
// noun ("X will visit A and B before chairing a meeting of C").
func (d *doc) meetingOfBody(n int) (domain.MeetingFact, []int, bool) {
	s := d.sents[d.toks[n].sent]
	if !bodyMeetingNouns[strings.ToLower(d.toks[n].text)] || n+2 >= s.last || !strings.EqualFold(d.toks[n+1].text, "of") {
		return domain.MeetingFact{}, nil, false
	}
	body := d.objectAt(n+2, -1)
	if body < 0 || d.isPerson(body) {
		return domain.MeetingFact{}, nil, false
	}
	for j := n + 2; j < d.clauseEnd(n); j++ {
		if strings.EqualFold(d.toks[j].text, "with") {
			return domain.MeetingFact{}, nil, false // "… of the council with A and B": convenedMeeting
		}
	}
	j := n - 1
	for j > s.first && j >= n-4 && (meetingModifier(d.toks[j]) || d.mentionEnding(j) != nil && d.toks[j+1].kind == tPoss) {
		j-- // "a", "the", "an emergency", "Monday's"
	}
	if d.toks[j].inQuote {
		return domain.MeetingFact{}, nil, false
	}
	lw := strings.ToLower(d.toks[j].text)
	subj := -1
	switch {
	case bodyMeetingVerbs[lw]:
		subj = d.meetingVerbSubject(j)
	case meetingPrepositions[lw] && !strings.EqualFold(d.toks[n].text, "session"):
		// "during the opening session of the G20": an occasion, no meeting
		from := s.first
		if c := d.previousComma(j, s.first); c >= 0 {
			from = c + 1
		}
		subj = d.nounMeetingSubject(from, j)
	}
	if subj < 0 || subj == body || d.isPerson(subj) && !d.namedPerson(subj) {
		return domain.MeetingFact{}, nil, false // "Senior MPs … at the meeting of X": no one named
	}
	parts := append(d.subjectsWith(subj, s.first, j), body)
	return d.meeting(parts, j, n+2)
}

// meetingModifier reports a word that may stand between a verb or
// preposition and a meeting noun: a determiner, a possessive mark, a
// lower-case adjective.
func meetingModifier(t token) bool {
	return t.kind == tPoss || t.kind == tWord && isLower(t.text) && !meetingPrepositions[strings.ToLower(t.text)] && !bodyMeetingVerbs[strings.ToLower(t.text)]
}

// subjectsWith returns subj and the actors coordinated with its mention
// in tokens [from, to) ("The prime minister and the chancellor faced …").
func (d *doc) subjectsWith(subj, from, to int) []int {
	for x := from; x < to; x++ {
		if m := d.mentionStarting(x); m != nil && m.rec == subj {
			return append([]int{subj}, d.coordinatedAfter(x)...)
		}
	}
	return []int{subj}
}

// gerundPrepositions open a phrase whose -ing verb takes the subject of
// the clause around it ("after meeting X, Y said", "Y said after meeting
// X", "before chairing a meeting of Z").
var gerundPrepositions = toSet("after before since while when on upon following without")

// gerundSubject returns who does the -ing verb at v after a preposition:
// the subject of the verb before the phrase, or, when the phrase opens
// the sentence, the person who opens the clause after its comma; -1 when
// neither is found.
func (d *doc) gerundSubject(v int) int {
	s := d.sents[d.toks[v].sent]
	if !strings.HasSuffix(strings.ToLower(d.toks[v].text), "ing") || v-1 < s.first {
		return -1
	}
	p := v - 1
	if !gerundPrepositions[strings.ToLower(d.toks[p].text)] {
		return -1
	}
	opening := true
	for x := s.first; x < p; x++ {
		if d.toks[x].text == "," || d.mentionStarting(x) != nil || pronounsSubject[d.toks[x].text] {
			opening = false
			break
		}
	}
	if opening {
		return d.actorAfterOpening(v, -1) // "After meeting X on Monday, Y said"
	}
	if pv := d.previousVerb(p); pv >= 0 && !d.toks[pv].inQuote {
		return d.subjectOf(pv) // "He said after meeting X …"
	}
	if subj := d.clauseSubject(p); subj >= 0 && d.isPerson(subj) {
		return subj // "X will tour A before chairing …"
	}
	return -1
}

// purposeSubject returns who meets in "X will travel to Tokyo to meet
// Y", the infinitive of purpose at v (after "to"): the person who opens
// the clause, when only destinations stand between them ("urged Z to
// meet Y" is Z meeting, and gives -1); else -1.
func (d *doc) purposeSubject(v int) int {
	s := d.sents[d.toks[v].sent]
	if v-1 <= s.first || !strings.EqualFold(d.toks[v-1].text, "to") {
		return -1
	}
	subj := d.clauseSubject(v - 1)
	if !d.isPerson(subj) {
		return -1
	}
	first := true
	for x := v - 2; x > s.first; x-- {
		m := d.mentionEnding(x)
		if m == nil {
			continue
		}
		a := min(m.a, m.aliasFrom)
		if m.rec == subj && (a == s.first || d.toks[a-1].text == ",") {
			return subj
		}
		if w := strings.ToLower(d.toks[a-1].text); !first || (w != "to" && w != "in" && w != "for") {
			return -1
		}
		first = false
		x = a
	}
	return -1
}

// unresolvedPronounSubject reports whether a pronoun that resolved to
// no actor ("they", "we", or "he" of no one) is the subject of the verb
// at v.
func (d *doc) unresolvedPronounSubject(v int) bool {
	s := d.sents[d.toks[v].sent]
	j := d.subjectEndBefore(v)
	return j >= s.first && (pronounsSubject[d.toks[j].text] || groupPronouns[strings.ToLower(d.toks[j].text)])
}

// groupPronouns stand for people the rules do not resolve.
var groupPronouns = toSet("they we i you it")

// pairSubject reads "the two met", "the pair met", "the two leaders
// met" before the verb at v as the last two people named, or nil.
func (d *doc) pairSubject(v int) []int {
	s := d.sents[d.toks[v].sent]
	j := d.subjectEndBefore(v)
	if sides := d.twoSidesEndingAt(j); sides != nil {
		return sides // "Negotiators for the two countries have been meeting"
	}
	if j > s.first && pairNouns[strings.ToLower(d.toks[j].text)] {
		j--
	}
	if j-1 < s.first {
		return nil
	}
	if pair := d.pairBefore(j - 1); pair != nil {
		return pair
	}
	return d.countriesRepresented(j)
}

// countriesRepresented reads "Chinese and American negotiators", "US and
// Iranian officials" ending at token j, a representative noun, as the
// countries listed: each sent someone, so they met; nil unless two or
// more are joined by "and".
func (d *doc) countriesRepresented(j int) []int {
	s := d.sents[d.toks[j].sent]
	if w := strings.ToLower(d.toks[j].text); !representativeNouns[w] && !countryBodyNouns[w] {
		return nil
	}
	var out []int
	x0 := j - 1
	if m := d.mentionEnding(j); m != nil && d.reg.recs[m.rec].kind == domain.KindCountry {
		out, x0 = append(out, m.rec), min(m.a, m.aliasFrom)-1 // "American officials" read as one mention
	}
	anded := false
	for x := x0; x >= s.first; x-- {
		t := d.toks[x]
		if strings.EqualFold(t.text, "and") || t.text == "," {
			anded = anded || strings.EqualFold(t.text, "and")
			continue
		}
		if c, ok := demonyms[t.text]; ok && isUpperStart(t.text) {
			i := d.reg.get(c, domain.KindCountry)
			if rec := d.reg.recs[i]; !rec.used {
				rec.used, rec.firstTok = true, x
			}
			out = append(out, i)
			continue
		}
		if m := d.mentionEnding(x); m != nil && d.reg.recs[m.rec].kind == domain.KindCountry {
			out = append(out, m.rec)
			x = min(m.a, m.aliasFrom)
			continue
		}
		if t.kind == tWord && isLower(t.text) && len(out) == 0 && x == x0 {
			continue // "Chinese and American trade negotiators"
		}
		break
	}
	if !anded || len(out) < 2 {
		return nil
	}
	return out
}

// countrySubjects widens a lone country subject of the verb at v to the
// countries its representatives were listed with ("Chinese and American
// officials met"), or returns parts unchanged.
func (d *doc) countrySubjects(v int, parts []int) []int {
	if len(parts) != 1 || parts[0] < 0 || d.reg.recs[parts[0]].kind != domain.KindCountry {
		return parts
	}
	if c := d.countriesRepresented(d.subjectEndBefore(v)); len(c) >= 2 && containsInt(c, parts[0]) {
		return c
	}
	return parts
}

// pairNouns may follow "the two" ("the two men met").
var pairNouns = toSet("men women leaders sides ministers presidents politicians")
