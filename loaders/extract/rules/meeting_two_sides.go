package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// News copy names the two sides of a dispute or a negotiation once and
// then calls them "the two countries", "the two sides", "both
// governments", "the two trading blocs": "Negotiators for the two
// countries have been meeting for more than a year", "an earlier round
// between the two trading blocs". twoSidesAt reads such a phrase as the
// two countries or bodies the story named last, as pairBefore reads "the
// two men" as the last two people.

// twoSideNouns are the plural nouns "the two" or "both" put before two
// countries or bodies already named.
var twoSideNouns = toSet(`countries nations governments states sides blocs parties allies neighbours
neighbors capitals powers superpowers economies delegations organisations organizations companies firms groups`)

// twoCountryNouns take countries only ("the two countries"); the others
// may be bodies too ("the two blocs", "the two sides").
var twoCountryNouns = toSet("countries nations governments states allies neighbours neighbors capitals powers superpowers economies")

// twoSidesBack is how many sentences before its own twoSidesAt looks for
// the two sides.
const twoSidesBack = 4

// twoSidesAt reads "the two (trading) blocs", "both countries" at j (the
// determiner) as the two countries or bodies named last before it, in
// its sentence or the few before; nil when j opens no such phrase or the
// story does not name two.
func (d *doc) twoSidesAt(j int) []int {
	if j+2 >= len(d.toks) {
		return nil
	}
	w := strings.ToLower(d.toks[j].text)
	n := j + 1
	switch {
	case w == "the" && strings.EqualFold(d.toks[n].text, "two"):
		n++
	case w == "both":
	default:
		return nil
	}
	s := d.sents[d.toks[j].sent]
	noun := ""
	for x := n; x < s.last && x <= n+2; x++ {
		t := d.toks[x]
		if t.kind != tWord || t.inQuote || !isLower(t.text) {
			return nil
		}
		if lw := strings.ToLower(t.text); twoSideNouns[lw] {
			noun = lw
			break
		}
	}
	if noun == "" {
		return nil
	}
	countriesOnly := twoCountryNouns[noun]
	si := d.toks[j].sent
	var sides []int
	add := func(rec int) {
		if rec < 0 {
			return
		}
		r := d.reg.recs[rec]
		if r.place || d.isPerson(rec) || containsInt(sides, rec) || countriesOnly && r.kind != domain.KindCountry {
			return
		}
		if !(r.kind == domain.KindCountry || d.sentenceEligible(rec)) {
			return
		}
		sides = append(sides, rec)
	}
	for x := j - 1; x >= 0 && d.toks[x].sent >= si-twoSidesBack && len(sides) < 2; x-- {
		if d.toks[x].inQuote {
			continue
		}
		// "U.S.-Canadian relations": a hyphened pair of countries.
		if parts := strings.Split(d.toks[x].text, "-"); len(parts) == 2 && isUpperStart(parts[0]) && len(parts[1]) > 0 && isUpperStart(parts[1]) {
			for i := len(parts) - 1; i >= 0 && len(sides) < 2; i-- {
				if c, ok := demonyms[parts[i]]; ok {
					add(d.reg.get(c, domain.KindCountry))
				} else if e, ok := lexicon[parts[i]]; ok && !e.place && e.kind != domain.KindPerson {
					add(d.reg.get(e.name, e.kind))
				}
			}
		}
		if m := d.mentionEnding(x); m != nil {
			if a := min(m.a, m.aliasFrom); a >= 2 && (strings.EqualFold(d.toks[a-1].text, "of") || strings.EqualFold(d.toks[a-1].text, "from")) {
				if p := d.mentionEnding(a - 2); p != nil && d.isPerson(p.rec) {
					continue // "X of Ghana": where a person is from, not a side
				}
			}
			add(m.rec)
		} else if c, ok := demonyms[d.toks[x].text]; ok && (x > 0 && d.toks[x-1].text == "-" || x+1 < len(d.toks) && d.toks[x+1].text == "-") {
			add(d.reg.get(c, domain.KindCountry)) // "U.S.-Canadian" split at its hyphen
		}
	}
	if len(sides) < 2 {
		return nil
	}
	for _, rec := range sides {
		if r := d.reg.recs[rec]; !r.used {
			r.used, r.firstTok = true, j
		}
	}
	return []int{sides[1], sides[0]}
}

// twoSidesEndingAt reads a "the two countries" phrase whose noun is at j
// (a verb's subject), as twoSidesAt; nil when none ends there.
func (d *doc) twoSidesEndingAt(j int) []int {
	if j < 0 || j >= len(d.toks) || !twoSideNouns[strings.ToLower(d.toks[j].text)] {
		return nil
	}
	first := d.sents[d.toks[j].sent].first
	for x := j - 1; x >= first && x >= j-4; x-- {
		if w := strings.ToLower(d.toks[x].text); w == "the" || w == "both" {
			return d.twoSidesAt(x)
		}
	}
	return nil
}
