package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// endsPhrase are the marks that may close a holder's name.
var endsPhrase = toSet(", . ; : ) ’s 's")

// Formal offices name the body they serve between the title and the
// holder's name, with no comma: "Chief Secretary to the Treasury Paul
// Smith", "Secretary of State for Health Jo Brand", "Minister for Europe
// Tom Reyes". Without this reading the holder is no mention at all, and a
// pronoun after them goes to whoever was named before.

// officeOfBodyName reads such a phrase: the title (capitalised, from token
// t to j) then "to"/"of"/"for", an optional "the", a run of capitalised
// words whose last two are the holder's name. from is the phrase's first
// token. It returns the person's mention with its title, or nil.
func (d *doc) officeOfBodyName(from, t, j, last int, title string) ([]mention, int) {
	if j+3 >= last || !isUpperStart(d.toks[t].text) {
		return nil, from
	}
	switch d.toks[j].text {
	case "to", "of", "for":
	default:
		return nil, from
	}
	k := j + 1
	if strings.EqualFold(d.toks[k].text, "the") {
		k++
	}
	e := k
	for e < last && e-k < 8 && d.toks[e].kind == tWord && !d.toks[e].inQuote &&
		(isUpperStart(d.toks[e].text) || (d.toks[e].text == "and" || d.toks[e].text == "for" || d.toks[e].text == "of") && e+1 < last && isUpperStart(d.toks[e+1].text)) {
		e++
	}
	if e-k < 3 || notNameWords[d.toks[e-2].text] || notNameWords[d.toks[e-1].text] {
		return nil, from
	}
	if e < last && (d.nounFollows(e, last) || d.toks[e].kind != tWord && !endsPhrase[d.toks[e].text]) {
		return nil, from // "Director of the Financial Crime Prevention agency", "Eva-Marie"
	}
	parts, end := d.nameParts(e-2, last)
	if len(parts) != 2 || end != e || isAcronym(parts[0]) || isAcronym(parts[1]) {
		return nil, from
	}
	if w := d.toks[e-3].text; w == "and" || w == "for" || w == "of" {
		return nil, from
	}
	m := mention{a: e - 2, b: e, kind: mPerson, rec: -1, name: strings.Join(parts, " "), title: title, aliasFrom: from}
	if lm, ok := d.lexMatch(k, e-2); ok && lm.b == e-2 && !lm.entity.place {
		// A body the lexicon knows gives the holder a role; an unknown
		// portfolio ("for Work") is no actor.
		m.qual, m.qualCountry = lm.entity.name, lm.entity.kind == domain.KindCountry
	}
	return []mention{m}, e
}
