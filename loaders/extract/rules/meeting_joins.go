package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// joinVerbs tell someone coming along to another's occasion ("X was
// joined at the launch by Y", "X is to join Y on a visit to Z").
var joinVerbs = toSet("join joins joined joining")

// passiveAuxiliaries stand before a passive participle.
var passiveAuxiliaries = toSet("was were is are be been being")

// occasionPrepositions introduce the occasion people were together at.
var occasionPrepositions = toSet("at on during for in")

// joinedMeeting reads a meeting from "join" at k: "X was joined at the
// launch by Y and Z" (the people after "by", with an occasion said
// around them) or "X will join Y on a visit" (a person joined on an
// occasion). "Britain was joined by France in condemning …" or "X joined
// the party" tell no meeting: the joined must be people, and the
// occasion a noun phrase, not an act.
func (d *doc) joinedMeeting(k int) (domain.MeetingFact, []int, bool) {
	t := d.toks[k]
	if t.inQuote || !joinVerbs[strings.ToLower(t.text)] {
		return domain.MeetingFact{}, nil, false
	}
	s := d.sents[d.toks[k].sent]
	end := d.clauseEnd(k)
	if k > s.first && passiveAuxiliaries[strings.ToLower(d.toks[k-1].text)] {
		return d.joinedBy(k, end)
	}
	subj := d.subjectOf(k)
	if subj < 0 {
		subj = d.plannedSubject(k)
	}
	obj := d.objectAt(k+1, subj)
	if obj < 0 {
		obj = d.titledObjectAt(k + 1)
	}
	if m := d.titledMentionAt(k+1, end); obj < 0 && m != nil {
		obj = m.rec // "join election supremo X"
	}
	if subj < 0 || !d.isPerson(obj) || !d.isPerson(subj) {
		return domain.MeetingFact{}, nil, false
	}
	after := -1
	for j := k + 1; j < end && j <= k+8; j++ {
		if m := d.mentionEnding(j); m != nil && m.rec == obj {
			after = j + 1
			break
		}
	}
	if after < 0 {
		return domain.MeetingFact{}, nil, false
	}
	var parts []int
	for _, p := range d.coordinatedBefore(k, subj) {
		if d.isPerson(p) {
			parts = append(parts, p) // "X and Y joined Z"
		}
	}
	parts = append(parts, subj, obj)
	more, last := d.joinedList(after, end)
	if d.occasionAt(last, end) || d.jointActAt(last, end) {
		parts, after = append(parts, more...), last // "joined X and Y at the launch", "joined X to unveil the poster"
	} else if !d.occasionAt(after, end) {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting(parts, k, after)
}

// joinedList reads the people listed after the one joined, from token j
// ("…, and Y", "and deputy leader Z"), stepping over an aside between
// dashes ("X - who … - and Y"); it returns them and the token after the
// list.
func (d *doc) joinedList(j, end int) ([]int, int) {
	var out []int
	for j < end {
		if w := d.toks[j].text; (w == "-" || w == "—" || w == "–") && len(out) == 0 {
			close := -1
			for x := j + 1; x < end && x <= j+20; x++ {
				if t := d.toks[x].text; t == w {
					close = x
					break
				}
			}
			if close < 0 {
				break
			}
			j = close + 1
			continue
		}
		at := j
		if d.toks[at].text == "," {
			at++
		}
		if at >= end || !strings.EqualFold(d.toks[at].text, "and") && d.toks[j].text != "," {
			break
		}
		if strings.EqualFold(d.toks[at].text, "and") {
			at++
		}
		m := d.mentionStarting(at)
		if m == nil {
			m = d.titledMentionAt(at, end)
		}
		if m == nil || !d.isPerson(m.rec) {
			break
		}
		out = append(out, m.rec)
		j = m.b
	}
	return out, j
}

// titledMentionAt returns the mention that follows a lower-case title at
// j ("deputy leader John Prescott"), or nil.
func (d *doc) titledMentionAt(j, end int) *mention {
	for x := j; x < end && x <= j+4; x++ {
		if m := d.mentionStarting(x); m != nil {
			return m
		}
		if d.toks[x].kind != tWord || !isLower(d.toks[x].text) {
			return nil
		}
	}
	return nil
}

// jointActs are what people join someone in person to do ("joined X to
// unveil the poster"); "joined X to condemn the attack" is a shared view.
var jointActs = toSet("unveil launch open visit tour mark celebrate attend campaign watch lay inspect meet greet")

// jointActAt reports whether token j opens "to" and an act done in person.
func (d *doc) jointActAt(j, end int) bool {
	return j+1 < end && strings.EqualFold(d.toks[j].text, "to") && jointActs[strings.ToLower(d.toks[j+1].text)]
}

// joinedBy reads the passive "X was joined (at the launch) by Y and Z
// (at the launch)".
func (d *doc) joinedBy(k, end int) (domain.MeetingFact, []int, bool) {
	subj := d.subjectOf(k)
	if subj < 0 || !d.isPerson(subj) {
		return domain.MeetingFact{}, nil, false
	}
	by := -1
	for j := k + 1; j < end && j <= k+8; j++ {
		if strings.EqualFold(d.toks[j].text, "by") {
			by = j
			break
		}
	}
	if by < 0 {
		return domain.MeetingFact{}, nil, false
	}
	var people []int
	for _, p := range d.actorList(by+1, end) {
		if d.isPerson(p) {
			people = append(people, p)
		}
	}
	if len(people) == 0 {
		return domain.MeetingFact{}, nil, false
	}
	occasion := by > k+1 && d.occasionAt(k+1, by)
	if !occasion {
		// "joined by Y at the launch": the occasion after the names.
		last := by + 1
		for j := by + 1; j < end; j++ {
			if m := d.mentionEnding(j); m != nil {
				last = j + 1
			}
		}
		occasion = d.occasionAt(last, end)
	}
	if !occasion {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting(append([]int{subj}, people...), k, by+1)
}

// occasionAt reports whether token j opens an occasion phrase: "at the
// launch", "on a visit to Z", "for talks", and not "in condemning".
func (d *doc) occasionAt(j, end int) bool {
	if j+1 >= end || !occasionPrepositions[strings.ToLower(d.toks[j].text)] {
		return false
	}
	n := j + 1
	det := false
	if w := strings.ToLower(d.toks[n].text); w == "a" || w == "an" || w == "the" || possessiveDeterminers[w] {
		n, det = n+1, true
	}
	if det {
		// "for a Labour poster launch", "at the Downing Street reception": a name may qualify the occasion
		for x := n; x < end && x <= n+2 && d.toks[x].kind == tWord && isUpperStart(d.toks[x].text); x++ {
			if x+1 < end && d.toks[x+1].kind == tWord && isLower(d.toks[x+1].text) {
				n = x + 1
				break
			}
		}
	}
	if n >= end || d.toks[n].kind != tWord || !isLower(d.toks[n].text) {
		return false
	}
	return det || !strings.HasSuffix(d.toks[n].text, "ing") // "at the opening", not "in condemning"
}

// hostedBy reads the passive "X was hosted by Y", "X was received by Y"
// at k as a meeting of the two; "the plan was welcomed by Y" has no
// actor as its subject and gives none.
func (d *doc) hostedBy(k int) (domain.MeetingFact, []int, bool) {
	s := d.sents[d.toks[k].sent]
	if d.toks[k].inQuote || !hostVerbs[strings.ToLower(d.toks[k].text)] || k-1 <= s.first || k+2 >= s.last ||
		!passiveAuxiliaries[strings.ToLower(d.toks[k-1].text)] || !strings.EqualFold(d.toks[k+1].text, "by") {
		return domain.MeetingFact{}, nil, false
	}
	guest := d.subjectOf(k)
	host := d.objectAt(k+2, guest)
	if host < 0 {
		host = d.titledObjectAt(k + 2)
	}
	if guest < 0 || host < 0 || guest == host {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting([]int{host, guest}, k, k+2)
}
