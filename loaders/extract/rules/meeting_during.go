package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// "X thanked Y during a phone call", "X assured Y in a call on Monday",
// "X pressed Y over dinner": a clause whose verb acts on a named person,
// followed by a phrase that sets it in a call, a conversation, talks or a
// meeting naming no other side (no "with", "between" or "of"). Whoever
// acts on someone there met them, as wire copy tells calls between
// leaders and meetings between ministers. The one acted on must be a
// named person (a country or a body acted on may be far away: "X
// criticised Russia during talks"), and the one who acts a named person
// or a country or body the story makes an actor.

// duringNouns set a clause in an exchange between its subject and object.
var duringNouns = toSet("call conversation talks meeting dinner lunch breakfast")

// duringPrepositions open the phrase that sets a clause in an exchange.
var duringPrepositions = toSet("during in at over")

// duringMeeting reads the meeting the exchange noun at k sets its clause
// in, if the clause's verb acts on a named person.
func (d *doc) duringMeeting(s sentence, k int) (domain.MeetingFact, bool) {
	t := d.toks[k]
	if t.inQuote || t.skip || !duringNouns[strings.ToLower(t.text)] || !isLower(t.text) {
		return domain.MeetingFact{}, false
	}
	if k+1 < s.last {
		if next := strings.ToLower(d.toks[k+1].text); next == "with" || next == "between" || next == "of" || next == "for" || next == "to" {
			return domain.MeetingFact{}, false // another reading names the other side, or a call for something
		}
	}
	// the phrase: a preposition, a determiner and up to two modifiers ("during a lengthy phone call")
	p := k - 1
	for n := 0; p > s.first && n < 4 && !duringPrepositions[strings.ToLower(d.toks[p].text)]; n++ {
		w := d.toks[p]
		if w.kind != tWord || !isLower(w.text) && w.date == 0 {
			return domain.MeetingFact{}, false
		}
		p--
	}
	if p <= s.first || !duringPrepositions[strings.ToLower(d.toks[p].text)] {
		return domain.MeetingFact{}, false
	}
	// the object: a named person right before the phrase, right after its verb
	m := d.mentionEnding(p - 1)
	if m == nil || !d.namedPerson(m.rec) {
		return domain.MeetingFact{}, false
	}
	v := min(m.a, m.aliasFrom) - 1
	if v <= s.first || d.toks[v].kind != tWord || !isLower(d.toks[v].text) || d.toks[v].inQuote ||
		!presenceVerbs[strings.ToLower(d.toks[v].text)] {
		return domain.MeetingFact{}, false
	}
	subj := d.subjectOf(v)
	if subj < 0 || subj == m.rec || !d.generalEligible(subj) || d.generalBlocked(s, v) {
		return domain.MeetingFact{}, false
	}
	mf, _, ok := d.meeting([]int{subj, m.rec}, v, k+1)
	if ok {
		mf.Evidence.Confidence = 0.4
	}
	return mf, ok
}

// presenceVerbs act on someone face to face or on the line: one thanks,
// assures or presses the person one talks to. Verbs that may act on
// someone absent ("criticised X during a meeting", "named X") are not
// among them.
var presenceVerbs = toSet(`thanked thank thanks thanking assured assures assure assuring reassured reassures
urged urges urging pressed presses pressing asked asks asking congratulated congratulates congratulating
briefed briefs briefing invited invites inviting told tells telling informed informs informing reminded
reminds persuaded persuades convinced convinces lobbied lobbies lobbying confronted confronts questioned
questions greeted greets updated updates implored begged`)
