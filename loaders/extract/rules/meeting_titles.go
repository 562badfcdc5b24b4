package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// possessorTitlePerson returns the person a possessed title phrase at e
// names ("NATO's deputy secretary general, Ingrid M.,"), or -1: at a
// meeting that person took part, not the possessor.
func (d *doc) possessorTitlePerson(e int) int {
	e = d.skipMarks(e)
	if e >= len(d.toks) {
		return -1
	}
	m := d.mentionStarting(e)
	if m == nil && strings.EqualFold(d.toks[e].text, "the") && e+1 < len(d.toks) {
		m = d.mentionStarting(e + 1)
	}
	if m == nil {
		return -1
	}
	return d.appositivePerson(m)
}

// convenerVerbs gather a meeting their subject leads.
var convenerVerbs = toSet("convened convenes chaired chairs hosted hosts held holds called")

// convenedMeeting reads "X convened an emergency meeting of the council
// on Thursday with A and B" at the meeting noun n: a meeting of the
// verb's subject with the people after "with".
func (d *doc) convenedMeeting(n int) (domain.MeetingFact, []int, bool) {
	s := d.sents[d.toks[n].sent]
	v := -1
	for j := n - 1; j >= s.first && j >= n-4; j-- {
		if convenerVerbs[strings.ToLower(d.toks[j].text)] {
			v = j
			break
		}
	}
	if v < 0 || d.toks[v].inQuote {
		return domain.MeetingFact{}, nil, false
	}
	end := d.clauseEnd(n)
	w := -1
	for j := n + 1; j < end && j < s.last; j++ {
		if strings.EqualFold(d.toks[j].text, "with") {
			w = j
			break
		}
	}
	if w < 0 || w == n+1 {
		return domain.MeetingFact{}, nil, false // "held talks with X": verbMeeting reads it
	}
	subj := d.subjectOf(v)
	obj := d.objectAt(w+1, subj)
	if subj < 0 || obj < 0 {
		return domain.MeetingFact{}, nil, false
	}
	parts := append([]int{subj, obj}, d.coordinatedAfter(w+1)...)
	return d.meeting(parts, v, w+1)
}
