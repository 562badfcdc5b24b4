package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// meetingFacts reads the meetings a verb or noun gives beyond verbMeeting
// and nounMeeting: "met X and Y separately" (one meeting each) and "talks
// between X, Y and Z".
func (d *doc) meetingFacts(k int, fs *domain.FactSet) {
	if h, ok := d.matchVerb(k); ok && h.p.meet {
		d.separateMeetings(h, fs)
	}
	if meetingNouns[strings.ToLower(d.toks[k].text)] || strings.EqualFold(d.toks[k].text, "negotiations") {
		if mf, ids, ok := d.meetingBetween(k); ok {
			d.addMeeting(fs, mf, ids)
		} else if mf, ids, ok := d.convenedMeeting(k); ok {
			d.addMeeting(fs, mf, ids)
		}
	}
}

// separately reports whether "separately" stands in the clause after e.
func (d *doc) separately(e int) bool {
	if e >= len(d.toks) {
		return false
	}
	end := d.clauseEnd(e)
	for j := e; j < end; j++ {
		if strings.EqualFold(d.toks[j].text, "separately") {
			return true
		}
	}
	return false
}

// separateMeetings reads "X met A and B separately": a meeting of X with
// each.
func (d *doc) separateMeetings(h verbHit, fs *domain.FactSet) {
	subj := d.subjectOf(h.from)
	if subj < 0 || !d.separately(h.to) {
		return
	}
	obj := d.objectAt(h.to, subj)
	if obj < 0 {
		return
	}
	for _, o := range append([]int{obj}, d.coordinatedAfter(h.to)...) {
		if mf, ids, ok := d.meeting([]int{subj, o}, h.from, h.to); ok {
			d.addMeeting(fs, mf, ids)
		}
	}
}

// meetingBetween reads "talks (on Sunday at the palace) between X, Y and
// leaders of Z" at the noun n.
func (d *doc) meetingBetween(n int) (domain.MeetingFact, []int, bool) {
	s := d.sents[d.toks[n].sent]
	end := d.clauseEnd(n)
	b := -1
	for j := n + 1; j < end && j <= n+8; j++ {
		if strings.EqualFold(d.toks[j].text, "between") {
			b = j
			break
		}
		if d.toks[j].text == "," || d.toks[j].inQuote {
			break
		}
	}
	if b < 0 {
		return domain.MeetingFact{}, nil, false
	}
	parts := d.actorList(b+1, min(end, s.last))
	if len(parts) == 0 {
		parts = d.pairBefore(b + 1)
	}
	if len(parts) < 2 {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting(parts, n, end)
}

// groupHeads stand for the organisation they lead or speak for ("leaders
// of the confederation", "union leaders").
var groupHeads = toSet("leaders leader representatives officials delegates delegation members heads chiefs negotiators")

// groupOfOrg reads "union leaders", "party officials" at e as the
// organisation of that class the story names.
func (d *doc) groupOfOrg(e int) int {
	if e+1 >= len(d.toks) || !groupHeads[strings.ToLower(d.toks[e+1].text)] {
		return -1
	}
	cls := strings.ToLower(d.toks[e].text)
	if !orgClassNouns[cls] {
		return -1
	}
	for i, r := range d.reg.recs {
		if r.used && r.kind == domain.KindOrganization && orgClass(r.name) == cls {
			return i
		}
	}
	return -1
}

// dropDatelessRepeats drops a meeting or MEET interaction without a
// date when a photo caption shows the same pair meeting (the caption is
// dated by the story; the text repeats the meeting), and a policy shift
// without a date when the story dates a shift by the same actor.
func (d *doc) dropDatelessRepeats(fs *domain.FactSet) {
	dated := map[string]bool{}
	key := func(names ...string) string {
		n := append([]string(nil), names...)
		if len(n) == 2 && n[0] > n[1] {
			n[0], n[1] = n[1], n[0]
		}
		return strings.Join(n, "|")
	}
	for _, m := range fs.Meetings {
		if m.When != nil && d.inCaption(m.Evidence) {
			dated["m|"+key(m.Participants...)] = true
		}
	}
	var datedShifts []domain.PolicyShiftFact
	for _, ps := range fs.PolicyShifts {
		if ps.When != nil {
			datedShifts = append(datedShifts, ps)
		}
	}
	// A caption showing the meeting the text tells on the same day is a
	// repeat of it: the text's meeting stays, with the caption's place.
	told := map[string]int{}
	for i, m := range fs.Meetings {
		if m.When != nil && !d.inCaption(m.Evidence) {
			told[key(m.Participants...)+"|"+m.When.String()] = i
		}
	}
	repeat := map[int]bool{}
	for i, m := range fs.Meetings {
		if m.When == nil || !d.inCaption(m.Evidence) {
			continue
		}
		if j, ok := told[key(m.Participants...)+"|"+m.When.String()]; ok {
			repeat[i] = true
			if fs.Meetings[j].Place == "" {
				fs.Meetings[j].Place = m.Place
			}
		}
	}
	meets := fs.Meetings[:0]
	for i, m := range fs.Meetings {
		if !repeat[i] && (m.When != nil || !dated["m|"+key(m.Participants...)]) {
			meets = append(meets, m)
		}
	}
	fs.Meetings = meets
	ins := fs.Interactions[:0]
	for _, in := range fs.Interactions {
		if in.Kind == domain.InteractMeet && in.When != nil && d.inCaption(in.Evidence) {
			if _, ok := told[key(in.Source, in.Target)+"|"+in.When.String()]; ok {
				continue
			}
		}
		if in.When != nil || in.Kind != domain.InteractMeet || !dated["m|"+key(in.Source, in.Target)] {
			ins = append(ins, in)
		}
	}
	fs.Interactions = ins
	shifts := fs.PolicyShifts[:0]
	for _, ps := range fs.PolicyShifts {
		if ps.When != nil || !repeatsDatedShift(ps, datedShifts) {
			shifts = append(shifts, ps)
		}
	}
	fs.PolicyShifts = shifts
}

// inCaption reports whether evidence comes from a photo caption.
func (d *doc) inCaption(ev domain.Evidence) bool {
	for _, s := range d.sents {
		if int(d.runeAt[s.start]) == ev.Start {
			return d.paras[s.para].caption
		}
	}
	return false
}
