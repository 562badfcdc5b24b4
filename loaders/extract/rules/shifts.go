package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// shiftNouns name a change of position, with the direction they imply.
var shiftNouns = map[string]string{"shift": "SHIFTED", "pivot": "SHIFTED", "switch": "SHIFTED",
	"u-turn": "REVERSED", "reversal": "REVERSED", "about-face": "REVERSED", "turnaround": "REVERSED",
	"volte-face": "REVERSED", "turn": "HARDENED", "change": "SHIFTED", "retreat": "REVERSED",
	"climbdown": "REVERSED", "climb-down": "REVERSED", "about-turn": "REVERSED", "backflip": "REVERSED",
	"flip-flop": "REVERSED", "evolution": "SHIFTED"}

// shiftVerbs change a position, with their direction.
var shiftVerbs = map[string]string{"hardened": "HARDENED", "hardens": "HARDENED", "softened": "SOFTENED",
	"softens": "SOFTENED", "reversed": "REVERSED", "backtracked": "REVERSED", "u-turned": "REVERSED",
	"warming": "SOFTENED", "warmed": "SOFTENED", "soured": "HARDENED", "souring": "HARDENED",
	"shifted": "SHIFTED", "flip-flopped": "REVERSED"}

var stanceNouns = toSet("stance position policy line tone approach attitude view views")

// policyShift reads a change of position at token k, if one is there.
func (d *doc) policyShift(k int) (domain.PolicyShiftFact, bool) {
	t := d.toks[k]
	lw := strings.ToLower(t.text)
	s := d.sents[t.sent]
	ps := domain.PolicyShiftFact{}
	actor, on := -1, -1
	var to string
	before := false
	end := d.clauseEnd(k)
	if lw == "change" && !(k+1 < s.last && strings.EqualFold(d.toks[k+1].text, "for")) && !d.changeOf(k) {
		return ps, false
	}
	if lw == "turnaround" && k+1 < s.last && strings.EqualFold(d.toks[k+1].text, "from") && d.objectAt(k+2, -1) < 0 {
		return ps, false // "a dramatic turnaround from four years ago": a result, not a position
	}
	if lw == "evolution" && d.policyOwnerAfter(k) < 0 {
		return ps, false // species and styles evolve; "an evolution in US policy" is a change
	}
	if lw == "retreat" && !d.markedNoun(k) {
		return ps, false // troops retreat; a policy is "a notable retreat"
	}
	forX := false
	switch {
	case shiftNouns[lw] != "":
		if lw == "turn" && !(k+1 < s.last && strings.EqualFold(d.toks[k+1].text, "against")) {
			return ps, false
		}
		if d.shiftToldElsewhere(k) || d.unmadeChange(k) {
			return ps, false
		}
		ps.Direction = shiftNouns[lw]
		actor = d.possessorBefore(k, s.first)
		if k+2 < s.last && d.changeOf(k) && strings.EqualFold(d.toks[k+3].text, "from") {
			if a := d.objectAt(k+4, -1); a >= 0 {
				actor, forX = a, true // "a change of heart from President X"
			}
		}
		if k+2 < s.last && (strings.EqualFold(d.toks[k+1].text, "for") || strings.EqualFold(d.toks[k+1].text, "by")) {
			if a := d.objectAt(k+2, -1); a >= 0 {
				actor, forX = a, true // "a shift for Hanoi", "a sharp change for the president", "a U-turn by X"
			} else if a := d.governmentAt(k + 2); a >= 0 {
				actor, forX = a, true // "a reversal for the government"
			}
		}
		if actor < 0 {
			if a := d.policyOwnerAfter(k); a >= 0 {
				actor, forX = a, true // "a shift in US foreign policy"
			}
		}
		if actor < 0 {
			if actor = d.openingShiftNounSubject(k); actor >= 0 {
				to = d.phrase(k+2, d.clauseEnd(k+2)) // "In a reversal, X said it would allow …"
			}
		}
		if actor < 0 {
			actor = d.clauseSubject(k)
		}
		if k+2 < s.last {
			prep := strings.ToLower(d.toks[k+1].text)
			if prep == "to" || prep == "against" || prep == "toward" || prep == "towards" || prep == "on" {
				on = d.objectAt(k+2, actor)
				from := k + 1
				if prep == "to" {
					from = k + 2
				}
				to = d.phrase(from, d.phraseEnd(from, end))
			}
		}
		if to == "" && forX {
			to = d.topicAfterActor(k+2, end) // "a U-turn by X on tuition fees"
		}
		if to == "" {
			to = d.thatClause(s.first, k)
		}
		actor, to = d.nounShiftActor(k, actor, forX, to)
	case shiftVerbs[lw] != "":
		ps.Direction = shiftVerbs[lw]
		if lw == "warming" || lw == "warmed" || lw == "soured" || lw == "souring" {
			if !(k+1 < s.last && (d.toks[k+1].text == "to" || d.toks[k+1].text == "on" || d.toks[k+1].text == "toward")) {
				return ps, false
			}
		}
		actor, on = d.stanceSubject(k)
		if actor < 0 {
			if k > s.first && strings.EqualFold(d.toks[k-1].text, "before") {
				if pv := d.previousVerb(k - 1); pv >= 0 {
					actor = d.subjectOf(pv)
					ps.From = d.phrase(pv, k-1)
					before = true
				}
			} else {
				actor = d.shiftSubject(k)
			}
			if k+2 < s.last {
				on = d.objectAt(k+2, actor)
			}
		}
		to = d.phrase(k, end)
		if ps.Direction == "HARDENED" && on >= 0 && to == t.text {
			to = "a harder stance on " + d.reg.recs[on].name
		}
	default:
		return ps, false
	}
	if actor < 0 {
		return ps, false
	}
	ps.Actor = d.reg.recs[actor].name
	if on >= 0 && on != actor {
		ps.OnActor = d.reg.recs[on].name
	}
	ps.To = to
	if ps.From == "" && shiftNouns[lw] != "" {
		ps.From = d.relativeFormer(k, s.last)
	}
	if ps.From == "" {
		ps.From = d.fromPosition(k, s.last)
	}
	switch {
	case ps.OnActor != "":
		ps.Topic = ps.OnActor
	case ps.To != "":
		ps.Topic = firstWords(ps.To, 6)
	default:
		ps.Topic = "policy"
	}
	ps.When = d.dateAround(k, s.last)
	if shiftNouns[lw] != "" && lw != "turn" {
		// "The U-turn is a change for X, who as recently as Friday …": the
		// noun looks back at a change the story has dated already.
		ps.When = d.nounShiftDate(k, end)
	}
	if before && ps.When != nil && ps.When.Known() {
		// The clause's date is the earlier position's; the change came
		// later the same year at the earliest.
		y := domain.Year(ps.When.Start.Year())
		ps.When = &y
	}
	if ps.When == nil {
		ps.When = d.perfectShiftYear(k)
	}
	ps.Evidence = d.ev(s.start, s.end, 0.6)
	return ps, true
}

// stanceSubject reads "X's stance on Y hardened": the actor X and Y.
func (d *doc) stanceSubject(v int) (actor, on int) {
	s := d.sents[d.toks[v].sent]
	j := d.subjectEndBefore(v)
	m := d.mentionEnding(j)
	if m == nil || m.a < s.first+4 {
		return -1, -1
	}
	prep := strings.ToLower(d.toks[m.a-1].text)
	if !(prep == "on" || prep == "toward" || prep == "towards" || prep == "to") {
		return -1, -1
	}
	if !stanceNouns[strings.ToLower(d.toks[m.a-2].text)] || d.toks[m.a-3].kind != tPoss {
		return -1, -1
	}
	owner := d.mentionEnding(m.a - 4)
	if owner == nil {
		return -1, -1
	}
	return owner.rec, m.rec
}

// possessorBefore returns the nearest actor in a possessive ("Okafor's
// suggestion …", "the Kenyan president's reversal") before token k.
func (d *doc) possessorBefore(k, first int) int {
	for j := k - 1; j >= first; j-- {
		if d.toks[j].kind == tPoss && !d.toks[j].inQuote {
			if m := d.mentionEnding(j - 1); m != nil {
				return m.rec
			}
		}
	}
	return -1
}

// thatClause returns the "that …" clause of the sentence's subject noun
// ("Okafor's claim Monday that Accra would relent, …" → "Accra would relent").
func (d *doc) thatClause(first, k int) string {
	for j := first; j < k; j++ {
		if strings.EqualFold(d.toks[j].text, "that") {
			end := j + 1
			for end < k && d.toks[end].text != "," {
				end++
			}
			return d.phrase(j+1, end)
		}
	}
	return ""
}

// fromPosition reads the former position: "after months of saying X",
// "who as recently as Friday had defended X".
func (d *doc) fromPosition(k, last int) string {
	if from := d.asRecentlyAs(k, last); from != "" {
		return from
	}
	for j := k; j+3 < last; j++ {
		lw := strings.ToLower(d.toks[j].text)
		if lw == "after" && (d.toks[j+2].text == "of" || d.toks[j+3].text == "of") {
			x := j + 3
			if d.toks[j+2].text != "of" {
				x = j + 4
			}
			if x < last && strings.HasSuffix(d.toks[x].text, "ing") {
				x++
			}
			if x >= last { // "after months of saying" and the sentence ends
				return ""
			}
			return d.phrase(x, d.clauseEnd(x))
		}
	}
	return ""
}

// phrase returns the text of tokens [from, to) without trailing punctuation.
func (d *doc) phrase(from, to int) string {
	for to > from && d.toks[to-1].kind == tPunct {
		to--
	}
	if to <= from {
		return ""
	}
	return strings.TrimSpace(d.text[d.toks[from].start:d.toks[to-1].end])
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// phraseEnd cuts a position phrase before a date or a relative clause
// ("peace talks with X early this year that stunned allies").
func (d *doc) phraseEnd(from, end int) int {
	for k := from; k < end; k++ {
		lw := strings.ToLower(d.toks[k].text)
		if d.toks[k].date > 0 || lw == "that" || lw == "which" || d.toks[k].text == "," {
			return k
		}
	}
	return end
}

// leadDate is the day the lead paragraph dates the story's news by, or nil.
func (d *doc) leadDate() *domain.FuzzyDate {
	for _, s := range d.sents {
		if !d.paras[s.para].lead {
			continue
		}
		if fd := d.sentenceDate(s.first, s.last); fd != nil && fd.Precision == domain.PrecisionDay && !d.afterPublication(*fd) {
			return fd
		}
	}
	return nil
}

// asRecentlyAs reads "as recently as <date> (had) <position>" after token
// k: the position held before the change.
func (d *doc) asRecentlyAs(k, last int) string {
	for j := k; j+3 < last; j++ {
		if !strings.EqualFold(d.toks[j].text, "as") || !strings.EqualFold(d.toks[j+1].text, "recently") || !strings.EqualFold(d.toks[j+2].text, "as") {
			continue
		}
		x := j + 3
		for x < last && (d.toks[x].date > 0 || skippableBeforeVerb[strings.ToLower(d.toks[x].text)]) {
			x++
		}
		if x < last && d.toks[x].kind == tWord {
			return d.phrase(x, d.clauseEnd(x))
		}
		return d.phrase(k, j) // "X had defended Y as recently as May."
	}
	return ""
}
