package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// This file reads policy shifts told in one sentence by a relative
// clause that gives the actor's earlier stance and a main clause that
// gives the new one: "X, which had previously opposed any change, voted
// for the motion", "Y, which abstained in January, voted in favour".

// relativeStanceVerbs take a stance whose giving-up is the news.
var relativeStanceVerbs = toSet(`opposed abstained rejected resisted refused supported backed voted insisted
promised pledged vowed argued defended dismissed ruled blocked vetoed boycotted objected`)

// contrastAdverbs mark a stance as held before the story's day.
var contrastAdverbs = toSet("previously earlier once formerly initially originally")

// pastIrregular are finite past verbs that do not end in "-ed".
var pastIrregular = toSet("said told withdrew gave threw made took sent struck won chose swung came became")

// relativeShifts adds a shift for each sentence whose subject carries a
// relative clause with an earlier stance and whose main verb follows it.
func (d *doc) relativeShifts(fs *domain.FactSet) {
	for si, s := range d.sents {
		p := d.paras[s.para]
		if p.headline || p.caption || d.allSkipped(s) {
			continue
		}
		if ps, ok := d.relativeShift(si); ok {
			fs.PolicyShifts = append(fs.PolicyShifts, ps)
		}
	}
}

// relativeShift reads the frame in sentence si.
func (d *doc) relativeShift(si int) (domain.PolicyShiftFact, bool) {
	s := d.sents[si]
	for r := s.first + 2; r < s.last; r++ {
		t := d.toks[r]
		if t.inQuote || d.toks[r-1].text != "," {
			continue
		}
		if w := strings.ToLower(t.text); w != "which" && w != "who" {
			continue
		}
		m := d.mentionEnding(r - 2)
		if m == nil || (m.b < len(d.toks) && d.toks[m.b].kind == tPoss) {
			continue
		}
		c := d.commaAfter(r, s.last)
		if c+1 >= s.last || !d.finitePast(c+1) || !d.earlierStance(r+1, c) {
			continue
		}
		end := d.clauseEnd(c + 1)
		ps := domain.PolicyShiftFact{Actor: d.reg.recs[m.rec].name, Direction: "SHIFTED",
			From: d.phrase(r, c), To: d.phrase(c+1, end), Evidence: d.ev(s.start, s.end, 0.6)}
		ps.Topic = firstWords(d.phrase(c+2, end), 6)
		ps.When = d.dateIn(c+1, end)
		if ps.When == nil && d.story != nil {
			fd := *d.story
			ps.When = &fd
		}
		d.reg.recs[m.rec].used = true
		return ps, true
	}
	return domain.PolicyShiftFact{}, false
}

// finitePast reports whether token k is a finite past verb ("voted",
// "said") that can open a main clause's predicate.
func (d *doc) finitePast(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.inQuote || !isLower(t.text) {
		return false
	}
	return strings.HasSuffix(t.text, "ed") || pastIrregular[t.text]
}

// earlierStance reports whether tokens [a, b) hold a stance verb told as
// earlier: with "had", a contrast adverb, or a date of its own.
func (d *doc) earlierStance(a, b int) bool {
	stance, earlier := false, false
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.inQuote {
			continue
		}
		w := strings.ToLower(t.text)
		switch {
		case relativeStanceVerbs[w]:
			stance = true
		case w == "had" || contrastAdverbs[w] || t.date > 0:
			earlier = true
		}
	}
	return stance && earlier
}

// dateIn is the first date told in tokens [a, b) outside quotes, or nil:
// a main clause's own date, not its relative clause's.
func (d *doc) dateIn(a, b int) *domain.FuzzyDate {
	for k := a; k < b; k++ {
		if t := d.toks[k]; t.date > 0 && !t.inQuote {
			fd := d.dates[t.date-1].Date
			return &fd
		}
	}
	return nil
}
