package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// "X had initially proposed to abolish the office", "the party had
// originally opposed the bill": a stance the past perfect and "initially"
// or "originally" set before a later one is a position since changed.

// originalStanceVerbs are the stances "had initially" tells as given up.
// A pledge "originally" made is often one still being kept, or missed,
// not given up: pledged, promised and vowed are not among them.
var originalStanceVerbs = toSet(`proposed planned wanted intended opposed supported backed rejected refused
insisted resisted favoured favored argued`)

// originalStanceAdverbs mark the first of two positions; "previously" and
// "earlier" tell background, not a change.
var originalStanceAdverbs = toSet("initially originally")

// hadInitiallyShift reads "had initially|originally <stance verb> …" at
// the "had" of k.
func (d *doc) hadInitiallyShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	if k+2 >= s.last || d.toks[k].inQuote || !originalStanceAdverbs[strings.ToLower(d.toks[k+1].text)] ||
		!originalStanceVerbs[strings.ToLower(d.toks[k+2].text)] {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(k + 2)
	ps := d.cueShift(actor, k+2, k+3, end, "REVERSED")
	ps.From = d.phrase(k+2, end)
	ps.To = ""
	return ps, true
}
