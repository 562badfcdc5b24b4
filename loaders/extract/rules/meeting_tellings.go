package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// tellVerbs tell one person speaking to another named person: "X told
// Mr Y of his intention", "X told Y: …". Told to reporters, to MPs or
// to an outlet names no one met, and an outlet's own journalists are no
// actors, so only a named person after the verb makes a meeting.
var tellVerbs = toSet("told")

// toldMeeting reads "X told Y" at k, Y a named person, as a meeting of
// the two: news copy says "told" of words said face to face or by phone.
// A person known by one word only is often a group read as a name
// ("told MPs and peers"), so the told must have a full name.
func (d *doc) toldMeeting(k int) (domain.MeetingFact, []int, bool) {
	t := d.toks[k]
	if t.inQuote || !tellVerbs[strings.ToLower(t.text)] {
		return domain.MeetingFact{}, nil, false
	}
	e := d.skipThe(k + 1)
	m := d.mentionStarting(e)
	if m == nil || !d.namedPerson(m.rec) {
		return domain.MeetingFact{}, nil, false
	}
	if m.b < len(d.toks) && d.toks[m.b].kind == tPoss {
		return domain.MeetingFact{}, nil, false // "told X's programme"
	}
	subj := d.subjectOf(k)
	if subj < 0 || !d.isPerson(subj) || subj == m.rec || d.pronounToAgent(k, subj) {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting([]int{subj, m.rec}, k, m.b)
}

// pronounToAgent reports whether the subject of the verb at v is a
// pronoun resolved to the agent of a passive earlier in the sentence ("at
// a dinner hosted by X he told Y"): the host is seldom the "he" after it.
func (d *doc) pronounToAgent(v, subj int) bool {
	s := d.sents[d.toks[v].sent]
	if v-1 < s.first || !pronounsSubject[d.toks[v-1].text] {
		return false
	}
	for j := v - 2; j > s.first; j-- {
		if m := d.mentionEnding(j); m != nil && m.rec == subj {
			a := min(m.a, m.aliasFrom)
			return a > s.first && strings.EqualFold(d.toks[a-1].text, "by")
		}
	}
	return false
}

// tellingMeetings adds the meetings "X told Y" gives, read after every
// other meeting: a pair the story already shows meeting or calling is
// telling each other what was said there, not meeting again.
func (d *doc) tellingMeetings(fs *domain.FactSet) {
	met := map[string]bool{}
	for _, m := range fs.Meetings {
		if len(m.Participants) == 2 {
			met[pairKey(m.Participants[0], m.Participants[1])] = true
		}
	}
	for k, t := range d.toks {
		if t.inQuote || t.skip || t.kind != tWord {
			continue
		}
		if p := d.paras[d.sents[t.sent].para]; p.headline || p.caption {
			continue
		}
		mf, ids, ok := d.toldMeeting(k)
		if !ok || met[pairKey(mf.Participants[0], mf.Participants[1])] || d.proceedingExchange(fs, ids[0], ids[1]) {
			continue
		}
		met[pairKey(mf.Participants[0], mf.Participants[1])] = true
		d.addMeeting(fs, mf, ids)
	}
}

// pairKey names an unordered pair.
func pairKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "|" + b
}
