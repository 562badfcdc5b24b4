package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// Exchanges inside a proceeding. News copy of a trial, an appeal argued
// before judges or a hearing tells who put what to whom: "the lawyer asked
// the defendant whether …", "the judge told the prosecutor …", "the
// senator told the witness …". These are turns in the proceeding, not
// meetings of their own: in a courtroom nobody met anybody in the news
// sense, and at a hearing the questioner sat in the meeting the hearing
// already is (the witness before the committee). So a telling or an
// asking between two people
//
//   - joins the hearing the story already reads with one of the two as a
//     participant and a body beside them (the witness and the committee;
//     the senator who questioned the witness is one more participant);
//   - else, in a story that tells a court proceeding, is no meeting.
//
// A court proceeding is told by its words outside quotes ("trial",
// "testimony", "jury", "justices", "courtroom", "cross-examination",
// "judge"): a story that names them several times is about one; a passing
// mention ("faces trial next year") is not enough.

// courtWords name a court proceeding and its people.
var courtWords = toSet(`trial trials testimony testified testify testifying courtroom jury jurors juror justices
cross-examination cross-examined judge witness-stand`)

// courtStoryMinWords is how many court words outside quotes make a story
// one of a court proceeding.
const courtStoryMinWords = 5

// courtStory reports whether the article tells a court proceeding.
func (d *doc) courtStory() bool {
	if d.court == 0 {
		n := 0
		for i, t := range d.toks {
			if t.kind != tWord || t.inQuote || t.skip {
				continue
			}
			lw := strings.ToLower(t.text)
			if courtWords[lw] || lw == "arguments" && i > 0 && strings.EqualFold(d.toks[i-1].text, "oral") ||
				lw == "stand" && i > 0 && strings.EqualFold(d.toks[i-1].text, "witness") {
				n++
			}
		}
		d.court = int8(1 + boolInt(n >= courtStoryMinWords))
	}
	return d.court == 2
}

// proceedingExchange reports whether the telling or asking between the
// persons from (the one who speaks) and to is a turn in a proceeding; when
// fs holds a hearing with one of them beside a body, the other joins it.
func (d *doc) proceedingExchange(fs *domain.FactSet, from, to int) bool {
	for i := range fs.Meetings {
		m := &fs.Meetings[i]
		has := func(rec int) bool { return containsString(m.Participants, d.reg.recs[rec].name) }
		if !has(from) && !has(to) || !d.hearingBodyAmong(m.Participants) {
			continue
		}
		for _, p := range []int{from, to} {
			if !has(p) && len(m.Participants) < generalMeetingMaxParts {
				m.Participants = append(m.Participants, d.reg.recs[p].name)
			}
		}
		return true
	}
	return d.courtStory()
}

// hearingBodyAmong reports whether one of the names is a body that hears
// witnesses ("the Senate Judiciary Committee").
func (d *doc) hearingBodyAmong(names []string) bool {
	for _, n := range names {
		if i, ok := d.reg.byNorm[domain.NormalizeName(n)]; ok && !d.isPerson(i) &&
			hearingBodyWords[strings.ToLower(lastWord(n))] {
			return true
		}
	}
	return false
}

// containsString reports whether ss holds s.
func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// askedInProceeding reports whether "X asked Y whether …" at cue is a
// turn in a proceeding (proceedingExchange); X is the verb's subject.
func (d *doc) askedInProceeding(fs *domain.FactSet, s sentence, cue int) bool {
	m := d.mentionStarting(d.skipThe(cue + 1))
	subj := d.subjectOf(cue)
	if m == nil || subj < 0 || subj == m.rec {
		return d.courtStory()
	}
	return d.proceedingExchange(fs, subj, m.rec)
}
