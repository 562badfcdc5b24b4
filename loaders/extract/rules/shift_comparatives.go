package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// A new position told as a comparative of the old: "adopted a tougher
// line on immigration", "will display a more consensual approach to
// world politics", "struck a softer tone". The comparison is with the
// actor's own earlier stance, so it is a change of it.

// comparativeStanceVerbs take a stance as their object.
var comparativeStanceVerbs = toSet(`adopt adopts adopted adopting take takes took taking strike strikes
struck striking display displays displayed displaying signal signals signalled signaled signalling
signaling show shows showed shown showing`)

// comparativeStanceNouns are the stances a comparative can qualify.
var comparativeStanceNouns = toSet("line tone approach stance position attitude posture policy")

// comparativeDirections are the comparatives that place a stance, with
// their direction; others ("a more sarcastic tone") tell a manner.
var comparativeDirections = map[string]string{
	"tougher": "HARDENED", "harder": "HARDENED", "firmer": "HARDENED", "stronger": "HARDENED",
	"harsher": "HARDENED", "stricter": "HARDENED", "sterner": "HARDENED",
	"softer": "SOFTENED", "milder": "SOFTENED", "gentler": "SOFTENED", "warmer": "SOFTENED",
	"friendlier": "SOFTENED", "looser": "SOFTENED", "more conciliatory": "SOFTENED",
	"more moderate": "SOFTENED", "more flexible": "SOFTENED", "more pragmatic": "SOFTENED",
	"more consensual": "SOFTENED", "more cautious": "SOFTENED", "more hawkish": "HARDENED",
	"more aggressive": "HARDENED", "more assertive": "HARDENED", "more hardline": "HARDENED",
}

// comparativeStanceShift reads "<verb> a <comparative> <stance noun>" at
// the verb k.
func (d *doc) comparativeStanceShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	j := k + 1
	if j+2 >= s.last || !(strings.EqualFold(d.toks[j].text, "a") || strings.EqualFold(d.toks[j].text, "an")) {
		return domain.PolicyShiftFact{}, false
	}
	j++
	dir, adj := "", strings.ToLower(d.toks[j].text)
	switch adj {
	case "more", "less":
		j++
		if j >= s.last || d.toks[j].kind != tWord || !isLower(d.toks[j].text) {
			return domain.PolicyShiftFact{}, false
		}
		if dir = comparativeDirections[adj+" "+strings.ToLower(d.toks[j].text)]; dir == "" {
			return domain.PolicyShiftFact{}, false // "a more sarcastic tone" is a manner, not a stance
		}
	default:
		if dir = comparativeDirections[adj]; dir == "" {
			return domain.PolicyShiftFact{}, false
		}
	}
	j++
	if j >= s.last || !comparativeStanceNouns[strings.ToLower(d.toks[j].text)] || d.toks[j].inQuote {
		return domain.PolicyShiftFact{}, false
	}
	actor := d.shiftSubject(k)
	if actor < 0 {
		return domain.PolicyShiftFact{}, false
	}
	end := d.clauseEnd(k)
	ps := d.cueShift(actor, k, k+1, end, dir)
	return ps, true
}
