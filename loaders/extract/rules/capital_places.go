package rules

import "strings"

// A capital stands for its country's government when it acts ("Moscow
// said", "talks with Beijing"); the same word is only a place, or a part of
// another name, where English uses it so:
//
//   - after a direction or part word: "west London", "central Kabul";
//   - as the modifier of another capitalised name: "the London Assembly",
//     "London UKIP", "the Berlin Wall", "Paris Club";
//   - after "<Name> of": "the Treaty of Amsterdam", "the Shores of Tripoli",
//     "the Mayor of London";
//   - between "the" and a common noun that is no government: "the Paris
//     accord", "the Moscow talks" (but "the Beijing government" is China's);
//   - after an honorific it is a person's surname: "Mr Wellington".
//
// A continent named like a bloc ("Europe") is an actor only as the subject
// of a verb ("Europe must act"); "touring Europe", "in Europe", "Europe's
// most wanted" are the place.

// governmentNouns after "the <Capital>" keep it the government: "the
// Beijing government", "the Moscow regime".
var governmentNouns = toSet("government governments regime administration authorities leadership officials leaders")

// surnameHonorifics before a capital make it a surname.
var surnameHonorifics = toSet("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Mx")

// capitalUse says how the capital at token i (one token) is used: a
// surname (no country at all), a place, or the country.
type capitalUse uint8

const (
	capitalCountry capitalUse = iota
	capitalPlace
	capitalSurname
)

// capitalUseAt reads the words around a one-token capital at i.
func (d *doc) capitalUseAt(i, last int) capitalUse {
	first := d.sentFirst(i)
	if i > first {
		prev := d.toks[i-1]
		if surnameHonorifics[prev.text] {
			return capitalSurname
		}
		if cityPartWords[prev.text] {
			return capitalPlace // "west London" (lower case: "West Bank" is a name)
		}
		if prev.text == "of" && i-1 > first {
			if pp := d.toks[i-2]; pp.kind == tWord && isUpperStart(pp.text) && !notNameWords[pp.text] {
				return capitalPlace // "Treaty of Amsterdam", "Shores of Tripoli"
			}
		}
	}
	if i+1 < last {
		next := d.toks[i+1]
		if next.kind == tWord && next.start == d.toks[i].end+1 && (isUpperStart(next.text) && !notNameWords[next.text] || isAcronym(next.text)) {
			return capitalPlace // "London Assembly", "London UKIP", "Berlin Wall"
		}
		if i > first && strings.EqualFold(d.toks[i-1].text, "the") && next.kind == tWord && isLower(next.text) &&
			!governmentNouns[next.text] && !functionWords[next.text] && !d.isVerbAt(i+1) {
			return capitalPlace // "the Paris accord"
		}
	}
	return capitalCountry
}

// sentFirst is the first token of the sentence holding token i.
func (d *doc) sentFirst(i int) int {
	if s := d.toks[i].sent; s >= 0 && s < len(d.sents) {
		return d.sents[s].first
	}
	return 0
}

// continentBlocs are continents the lexicon lists as actors.
var continentBlocs = toSet("Europe")

// continentActsAt reports a continent at i that is the subject of a verb
// ("Europe must respond", "Europe has agreed").
func (d *doc) continentActsAt(i, last int) bool {
	k := i + 1
	if k+1 < last && d.toks[k].text == "," && (d.toks[k+1].text == "which" || d.toks[k+1].text == "whose") {
		return true // "Europe, which disputes the claim, has …"
	}
	for k < last && skippableBeforeVerb[d.toks[k].text] {
		k++
	}
	if k >= last || d.toks[k].kind != tWord {
		return false
	}
	switch strings.ToLower(d.toks[k].text) {
	case "must", "should", "will", "would", "can", "could", "needs", "has", "have", "is", "was", "wants":
		return true
	}
	return d.isVerbAt(k)
}

// givenNameCountries are countries whose names are also given names.
var givenNameCountries = toSet("Chad Jordan Georgia India Israel Kenya")

// surnameFollows reports a capitalised word right after token i that no
// list knows and that opens no body's name: the surname of a person whose
// given name is the word at i ("Chad Wolf").
func (d *doc) surnameFollows(i, last int) bool {
	if i+1 >= last {
		return false
	}
	next := d.toks[i+1]
	if next.kind != tWord || next.start != d.toks[i].end+1 || !isUpperStart(next.text) || isAcronym(next.text) ||
		notNameWords[next.text] || orgWords[next.text] || placeWords[next.text] || lexFirstWords[next.text] {
		return false
	}
	return i+2 >= last || !orgWords[d.toks[i+2].text] && !placeWords[d.toks[i+2].text]
}
