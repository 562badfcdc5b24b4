package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// This file reads interactions whose kind or target lies beyond the verb
// itself: the purpose of a phone call ("phoned X to congratulate her"),
// what someone was thanked for ("thanked X for backing Y"), a diplomatic
// summons, praise of someone's act ("welcomed X's decision") and a label
// pinned on an actor ("called X "a disgrace"").

// callVerbs report a phone call; "called" only counts with a purpose
// ("called X to congratulate"), since "called X Y" names.
var callVerbs = toSet("telephoned telephones phoned phones rang called calls")

// purposeKinds map the verb after "to" in a call's purpose to the
// interaction the call carried.
var purposeKinds = kindsOf(map[domain.InteractionKind]string{
	domain.InteractPraise:    "congratulate thank praise commend",
	domain.InteractWarn:      "warn caution",
	domain.InteractAppeal:    "urge press ask request demand",
	domain.InteractCriticize: "protest complain",
	domain.InteractThreaten:  "threaten",
})

// iaFacts adds the interactions of this file's frames at token k.
func (d *doc) iaFacts(k int, fs *domain.FactSet) {
	t := d.toks[k]
	if t.inQuote || t.kind != tWord {
		return
	}
	lw := strings.ToLower(t.text)
	switch {
	case callVerbs[lw]:
		d.purposeCall(k, fs)
	case (lw == "summoned" || lw == "summons") && d.protestFollows(k):
		d.simpleFrame(k, domain.InteractCriticize, fs)
	case lw == "thanked" || lw == "thanks" || lw == "praised" || lw == "commended" || lw == "congratulated":
		d.thankedFor(k, fs)
	case lw == "welcomed" || lw == "welcomes" || lw == "hailed" || lw == "applauded":
		if d.possessiveObject(k+1) >= 0 {
			d.simpleFrame(k, domain.InteractPraise, fs)
		}
	}
}

// addIA appends the interaction src → dst of kind read at verb k.
func (d *doc) addIA(fs *domain.FactSet, k, src, dst int, kind domain.InteractionKind) {
	if src < 0 || dst < 0 || src == dst {
		return
	}
	si := d.toks[k].sent
	end := d.clauseEnd(k)
	text := strings.TrimSpace(d.text[d.toks[k].start:d.toks[end-1].end])
	when := d.dateFor(si, k, end)
	if when == nil {
		when = d.reportingDate(k)
	}
	fs.Interactions = append(fs.Interactions, d.interaction(src, dst, kind, text, when, d.sents[si]))
}

// reportingDate dates an act told in a reported clause ("X said he had
// called Y") by the saying, when the act has no date of its own.
func (d *doc) reportingDate(k int) *domain.FuzzyDate {
	s := d.sents[d.toks[k].sent]
	for v := k - 1; v >= s.first && v >= k-6; v-- {
		if !d.toks[v].inQuote && d.isSpeechVerbAt(v) && d.subjectOf(v) >= 0 {
			return d.dateFor(d.toks[k].sent, v, v+1)
		}
	}
	return nil
}

// simpleFrame reads "S verb O" at k as an interaction of kind.
func (d *doc) simpleFrame(k int, kind domain.InteractionKind, fs *domain.FactSet) {
	subj := d.subjectOf(k)
	if subj < 0 {
		return
	}
	obj := d.objectAt(k+1, subj)
	if obj < 0 {
		obj = d.possessiveObject(k + 1)
	}
	d.addIA(fs, k, subj, obj, kind)
}

// possessiveObject returns the actor of a possessive object at e ("the
// minister's courage", "Ankara's offer"), or -1.
func (d *doc) possessiveObject(e int) int {
	e = d.skipMarks(e)
	m := d.mentionStarting(e)
	if m == nil && e+1 < len(d.toks) && strings.EqualFold(d.toks[e].text, "the") {
		m = d.mentionStarting(e + 1)
	}
	if m == nil || m.b >= len(d.toks) {
		return -1
	}
	if d.toks[m.b].kind == tPoss {
		return m.rec
	}
	return -1
}

// purposeCall reads "S phoned O (on Monday) to <verb>": the purpose verb
// gives the kind (congratulate → PRAISE, warn → WARN); a telephone call
// without one is a consultation.
func (d *doc) purposeCall(k int, fs *domain.FactSet) {
	lw := strings.ToLower(d.toks[k].text)
	subj := d.subjectOf(k)
	if subj < 0 {
		return
	}
	obj := d.objectAt(k+1, subj)
	if obj < 0 || d.possessiveObject(k+1) >= 0 {
		return // "phoned the fund's mission chief": the call went to a person the text does not name
	}
	s := d.sents[d.toks[k].sent]
	kind := domain.InteractionKind("")
	for j := k + 2; j+1 < s.last && j <= k+12; j++ {
		if d.toks[j].text == "to" {
			kind = purposeKinds[strings.ToLower(d.toks[j+1].text)]
			break
		}
		if d.toks[j].text == ";" || strings.EqualFold(d.toks[j].text, "and") {
			break
		}
	}
	switch {
	case kind != "":
	case lw == "telephoned" || lw == "telephones":
		kind = domain.InteractConsult
	default:
		return // "phoned" is a verb pattern; "called X" without a purpose names
	}
	d.addIA(fs, k, subj, obj, kind)
}

// thankedFor reads "S thanked O for <verb>ing T": O did to T what the
// gerund says ("for backing Belgrade's complaint": O SUPPORT Belgrade).
func (d *doc) thankedFor(k int, fs *domain.FactSet) {
	obj := d.objectAt(k+1, -1)
	if obj < 0 {
		return
	}
	objs := append([]int{obj}, d.coordinatedObjects(k+1)...)
	s := d.sents[d.toks[k].sent]
	for j := k + 2; j+1 < s.last && j <= k+10; j++ {
		if !strings.EqualFold(d.toks[j].text, "for") {
			continue
		}
		h, ok := d.matchVerb(j + 1)
		if !ok || h.p.kind == "" || h.p.meet || !strings.HasSuffix(d.toks[j+1].text, "ing") {
			return
		}
		tgt := d.objectAt(h.to, obj)
		if tgt < 0 {
			tgt = d.possessiveObject(h.to)
		}
		for _, o := range objs {
			d.addIA(fs, j+1, o, tgt, h.p.kind)
		}
		return
	}
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// welcomesAnAct reports whether a meeting verb hit welcomes what someone
// did ("welcomed the minister's decision"): praise, not a meeting.
func (d *doc) welcomesAnAct(h verbHit) bool {
	lw := strings.ToLower(d.toks[h.from].text)
	return (lw == "welcomed" || lw == "welcomes") && d.possessiveObject(h.to) >= 0
}

// protestFollows reports whether a summons at k is "to protest" or "to
// complain": a summons for consultations is no criticism.
func (d *doc) protestFollows(k int) bool {
	s := d.sents[d.toks[k].sent]
	for j := k + 2; j+1 < s.last && j <= k+12; j++ {
		if d.toks[j].text == "to" {
			w := strings.ToLower(d.toks[j+1].text)
			return w == "protest" || w == "complain" || w == "lodge"
		}
	}
	return false
}
