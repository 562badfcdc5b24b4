package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// hearingSpecs tell someone questioned by a body in person: "testified
// before the committee", "gave evidence to MPs on the panel", "appeared
// before the inquiry". Same format as verbSpecs.
const hearingSpecs = `
testified|testifies|testify|testifying before|to;m;
gave|give|gives|giving|given evidence to|before;m;
appeared|appears|appear|appearing before;m;
`

var hearingIndex = buildVerbIndex(hearingSpecs)

// hearingBodyWords end the names of the bodies that hear witnesses; a
// court or a judge is no meeting ("appeared before magistrates").
var hearingBodyWords = toSet(`committee subcommittee sub-committee commission inquiry panel senate house
parliament congress assembly council`)

// hearingMeeting reads a hearing at token k as a meeting of the witness
// and the body that heard them.
func (d *doc) hearingMeeting(k int) (domain.MeetingFact, []int, bool) {
	h, ok := d.matchIn(hearingIndex, k)
	if !ok {
		return domain.MeetingFact{}, nil, false
	}
	subj := d.meetingVerbSubject(h.from)
	if subj < 0 || !d.isPerson(subj) {
		return domain.MeetingFact{}, nil, false
	}
	body := d.objectAt(h.to, subj)
	if body >= 0 && (d.isPerson(body) || !hearingBodyWords[strings.ToLower(lastWord(d.reg.recs[body].name))]) {
		return domain.MeetingFact{}, nil, false
	}
	if body < 0 {
		body = d.committeePhrase(h.to)
	}
	if body < 0 {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting([]int{subj, body}, h.from, h.to)
}

// committeePhrase reads a body written in lower case after a capitalised
// qualifier at e ("the Commons public administration select committee")
// as an organisation, or -1.
func (d *doc) committeePhrase(e int) int {
	s := d.sents[d.toks[e].sent]
	if e >= s.last || !strings.EqualFold(d.toks[e].text, "the") {
		return -1
	}
	a := e + 1
	if a >= s.last || d.toks[a].kind != tWord || !isUpperStart(d.toks[a].text) {
		return -1
	}
	for j := a + 1; j < s.last && j <= a+6; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.inQuote {
			return -1
		}
		if hearingBodyWords[strings.ToLower(t.text)] {
			i := d.reg.get(d.surface(a, j+1), domain.KindOrganization)
			if rec := d.reg.recs[i]; !rec.used {
				rec.used, rec.firstTok = true, a
			}
			d.reg.alias(i, d.surface(e, j+1))
			return i
		}
	}
	return -1
}
