package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// dropSubsetMeetings keeps one meeting per event in a sentence: a meeting
// whose participants are all among those of another meeting told by the
// same sentence is the same event read twice by two readings ("X will meet
// the leaders of A, B and C at the summit" read once whole and once as
// "B and C"), so only the fuller one stays. Meetings of one sentence on
// different dates are different events and both stay.
func dropSubsetMeetings(fs *domain.FactSet) {
	if len(fs.Meetings) < 2 {
		return
	}
	drop := make([]bool, len(fs.Meetings))
	for i, m := range fs.Meetings {
		for j, o := range fs.Meetings {
			if i == j || drop[j] || m.Evidence.Start != o.Evidence.Start || len(m.Participants) >= len(o.Participants) {
				continue
			}
			if m.When != nil && o.When != nil && dateKey(m.When) != dateKey(o.When) {
				continue
			}
			if within(m.Participants, o.Participants) {
				drop[i] = true
				break
			}
		}
	}
	keep := fs.Meetings[:0]
	for i, m := range fs.Meetings {
		if !drop[i] {
			keep = append(keep, m)
		}
	}
	fs.Meetings = keep
}

// within reports whether every name of a is in b.
func within(a, b []string) bool {
	in := make(map[string]bool, len(b))
	for _, n := range b {
		in[n] = true
	}
	for _, n := range a {
		if !in[n] {
			return false
		}
	}
	return true
}

// personAfterDescription returns the person a title names after the body
// or place a meeting's object opens with ("his meeting with Tokyo stock
// exchange (TSE) head X", "met state oil company chief X"), or -1: the
// one met is the person, not the place or body describing the office.
// Only lower-case nouns and a bracketed short form may stand between, and
// the person's name must carry a title or follow a lower-case noun.
func (d *doc) personAfterDescription(e int) int {
	m := d.mentionStarting(e)
	if m == nil || d.isPerson(m.rec) {
		return -1
	}
	s := d.sents[d.toks[e].sent]
	noun := false
	for j := m.b; j < s.last && j <= m.b+7; j++ {
		t := d.toks[j]
		if t.text == "(" {
			k := j + 1
			for k < s.last && k <= j+4 && d.toks[k].text != ")" {
				k++
			}
			if k >= s.last || d.toks[k].text != ")" {
				return -1
			}
			j, noun = k, false
			continue
		}
		if p := d.mentionStarting(j); p != nil {
			if j > m.b && d.isPerson(p.rec) && (p.title != "" || noun) {
				return p.rec
			}
			return -1
		}
		lw := strings.ToLower(t.text)
		if t.kind != tWord || !isLower(t.text) || functionWords[lw] || relativeWords[lw] || whenWords[lw] || clauseWords[lw] {
			return -1
		}
		noun = true
	}
	return -1
}

// pairReach is how many sentences back "the two" may find the second of
// the pair it stands for: news copy names one of the two again in the
// sentences between (quotes and background) before it says they meet.
const pairReach = 3
