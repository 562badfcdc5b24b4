package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// Anonymous sources speak for their government: "a senior Jordanian
// official, speaking on condition of anonymity, said" is Jordan speaking,
// and so is "the official said" after it. A government body named by a
// common noun ("India's foreign ministry") is an organisation named after
// its country's adjective ("Indian foreign ministry").

// anonDeterminers open a singular anonymous source.
var anonDeterminers = toSet("a an the one two three several some other another A An The One Two Three Several Some Other Another")

// anonModifiers may stand before the source's country.
var anonModifiers = toSet("senior top high-ranking junior mid-level veteran government")

// anonBodyWords may stand between the country and the source noun ("a
// Jordanian foreign ministry official").
var anonBodyWords = toSet("government foreign ministry defence defense military security intelligence administration state interior finance presidential palace embassy police army justice trade")

// anonNouns name a source that is no named person.
var anonNouns = map[string]bool{"official": false, "officials": true, "source": false, "sources": true,
	"diplomat": false, "diplomats": true, "aide": false, "aides": true}

// bodyNouns are government bodies a country's adjective can qualify.
var bodyNouns = toSet("ministry judiciary embassy Embassy presidency")

// mAnon marks a mention of an anonymous source (kind of mention).
const mAnon mkind = 100

// anonSourceAt reads an anonymous source or a government body named by a
// common noun at token i.
func (d *doc) anonSourceAt(i, last int) (mention, bool) {
	if !d.anonAhead(i, last) {
		return mention{}, false
	}
	j := i
	det := anonDeterminers[d.toks[j].text]
	if det {
		j++
	}
	for j < last && anonModifiers[strings.ToLower(d.toks[j].text)] {
		j++
	}
	country, isCountry, _, k := d.countryQualifier(j, last)
	if k == j || !isCountry {
		if _, ok := anonNouns[d.toks[min(j, last-1)].text]; ok && det && strings.EqualFold(d.toks[i].text, "the") && j == i+1 && j < last && !d.nameFollows(j+1, last) {
			return mention{a: i, b: j + 1, kind: mAnon, rec: -1, aliasFrom: i}, true // "the official": the last source's
		}
		return mention{}, false
	}
	b := k
	var body []string
	for b < last && len(body) < 3 && anonBodyWords[d.toks[b].text] && !d.bodyEnds(b, last) {
		body = append(body, d.toks[b].text)
		b++
	}
	if b >= last || d.toks[b].kind != tWord {
		return mention{}, false
	}
	head := d.toks[b].text
	if plural, ok := anonNouns[head]; ok && (det || plural) && !d.nameFollows(b+1, last) {
		m := mention{a: i, b: b + 1, kind: mAnon, rec: -1, qual: country, qualCountry: true, aliasFrom: i}
		m.entity = lexEntry{name: country, kind: domain.KindCountry}
		return m, true
	}
	if bodyNouns[head] && (len(body) > 0 || head != "ministry") {
		name := countryAdjective(country) + " " + strings.Join(append(body, head), " ")
		end := b + 1
		if head == "embassy" || head == "Embassy" {
			// "the Russian embassy in Oslo": a country has one in each capital.
			if e := d.skipPlace(end, last); e > end {
				name, end = name+" "+d.surface(end, e), e
			}
		}
		m := mention{a: i, b: end, kind: mOrg, rec: -1, name: name, aliasFrom: i}
		m.factsOnly = head != "ministry" && head != "judiciary"
		return m, true
	}
	return mention{}, false
}

// nameFollows reports whether a capitalised name follows at k ("a senior
// official, Jane Doe" is a named person, "official Jane Doe" too).
func (d *doc) nameFollows(k, last int) bool {
	if k < last && d.toks[k].text == "," {
		k++
	}
	return k < last && d.toks[k].kind == tWord && isUpperStart(d.toks[k].text) && !notNameWords[d.toks[k].text]
}

// countryAdjectives maps a country to the adjective that names its
// offices: "U.S." for the United States (as news style writes "U.S.
// Treasury Secretary"), else its first demonym.
var countryAdjectives = buildCountryAdjectives()

func buildCountryAdjectives() map[string]string {
	out := map[string]string{}
	for _, c := range parseCountries() {
		for _, dm := range c.demonyms {
			if _, ok := out[c.name]; !ok || strings.Contains(dm, ".") {
				out[c.name] = dm
			}
		}
	}
	return out
}

// countryAdjective returns the adjective for a country, or its name.
func countryAdjective(country string) string {
	if a, ok := countryAdjectives[country]; ok {
		return a
	}
	return country
}

// titledPersonTitles are the offices a person can be named by alone in a
// story ("the prime minister", "Eritrea's president"): a holder nobody
// names becomes an actor called "Ethiopian Prime Minister".
func titledPersonTitle(title string) bool {
	switch titleIndex[title] {
	case "leader", "minister", "diplomat", "deputy":
		_, formal := formalTitles[title]
		return formal && !descriptiveTitles[lastWord(title)] && lastWord(title) != "ambassador" && lastWord(title) != "envoy"
	}
	return false
}

// titledPerson makes an actor of an office holder the story never names:
// the office with its country's adjective ("U.S. Treasury Secretary"). The
// country is the description's own, else the story's main country for a
// definite "the prime minister". It returns -1 when neither is known.
func (d *doc) titledPerson(m mention, mainCountry string) int {
	if !titledPersonTitle(m.title) || d.notTheHolder(m) {
		return -1
	}
	country := ""
	switch {
	case m.qual != "" && m.qualCountry:
		country = m.qual
	case m.qual == "" && d.ofCountry(m.b) != "":
		country = d.ofCountry(m.b) // "the emir of Kuwait"
	case m.qual == "" && strings.EqualFold(d.toks[m.a].text, "the") && !d.namesUntitledPerson():
		// A bare "the prime minister" presupposes someone the reader
		// knows; when the story names people without saying their office,
		// it is one of them, not a stranger to invent.
		country = mainCountry
	}
	if country == "" {
		return -1
	}
	title := roleTitle(m.title)
	rec := d.reg.get(countryAdjective(country)+" "+title, domain.KindPerson)
	if m.qual == "" && d.ofCountry(m.b) != "" {
		d.reg.alias(rec, d.surface(m.a, d.ofCountryEnd(m.b))) // "the emir of Qatar" as written
	}
	d.reg.addTitle(rec, m.title)
	d.reg.setCountry(rec, country)
	d.reg.addRole(rec, title, country)
	// An office holder the story never names is listed only when a fact
	// names them (they speak, meet or shift): mentioned in passing ("the
	// foreign minister and two other deputy ministers") they are no actor
	// a reader would list.
	d.reg.recs[rec].factsOnly = true
	return rec
}

// officeModifiers are nouns an office stands before as a modifier, not
// as a person: "the deputy prime minister post", "the presidential-style
// prime minister job".
var officeModifiers = toSet("post posts job jobs role roles position positions seat office title portfolio brief race contest nomination candidate candidates candidacy hopeful hopefuls spot vacancy election elections debate debates")

// holderlessAdjectives make an office description stand for no one in
// office: "the next president", "a future prime minister", "the former
// chancellor" (someone the story names, or no one in particular).
var holderlessAdjectives = toSet("next future former ex would-be then-future eventual")

// notTheHolder reports whether description m names no present office
// holder the story could mean: the office used as a modifier ("the deputy
// prime minister post") or told of another time ("the next president").
func (d *doc) notTheHolder(m mention) bool {
	if m.b < len(d.toks) && d.toks[m.b].kind == tWord && officeModifiers[strings.ToLower(d.toks[m.b].text)] {
		return true
	}
	for k := m.a; k < m.b; k++ {
		if holderlessAdjectives[strings.ToLower(d.toks[k].text)] {
			return true
		}
	}
	return false
}

// anonSource resolves an anonymous source to the country it speaks for;
// "the official" takes the last one's (*last).
func (d *doc) anonSource(m mention, last *int) int {
	if m.qual == "" {
		return *last
	}
	*last = d.reg.get(m.qual, domain.KindCountry)
	return *last
}

// bodyEnds reports whether a government body noun at b ends the phrase
// ("the foreign ministry said") rather than qualifying a source noun ("a
// foreign ministry official").
func (d *doc) bodyEnds(b, last int) bool {
	if !bodyNouns[d.toks[b].text] || b+1 >= last {
		return bodyNouns[d.toks[b].text]
	}
	_, source := anonNouns[d.toks[b+1].text]
	return !source && !anonBodyWords[d.toks[b+1].text]
}

// anonAhead is a cheap test that a source or body noun follows token i
// within six tokens, before the full reading.
func (d *doc) anonAhead(i, last int) bool {
	for k := i + 1; k < last && k <= i+6; k++ {
		t := d.toks[k].text
		if _, ok := anonNouns[t]; ok || bodyNouns[t] {
			return true
		}
	}
	return false
}

// theNamed reads a capitalised name after "the", which no person's name
// takes: a body with a political adjective ("the Social Democratic
// Left") is an organisation; anything else ("the Petra Star", a ship, a
// brand, a work) is no actor and is kept as a place so that its words are
// not read again.
func theNamed(a, b int, parts []string) mention {
	name := strings.Join(parts, " ")
	for _, w := range parts {
		lw := strings.ToLower(w)
		if len(parts) > 1 && (strings.HasSuffix(lw, "ic") || strings.HasSuffix(lw, "al") || strings.HasSuffix(lw, "ist") || strings.HasSuffix(lw, "ican")) {
			return mention{a: a, b: b, kind: mOrg, rec: -1, name: name, aliasFrom: a}
		}
	}
	return mention{a: a, b: b, kind: mEntity, rec: -1, entity: lexEntry{name: name, place: true}, aliasFrom: a}
}

// ofCountry returns the country named by "of <Country>" at token k, or "".
func (d *doc) ofCountry(k int) string {
	if k+1 >= len(d.toks) || d.toks[k].text != "of" {
		return ""
	}
	if m := d.mentionStarting(k + 1); m != nil && m.rec >= 0 && d.reg.recs[m.rec].kind == domain.KindCountry {
		return d.reg.recs[m.rec].name
	}
	if le, ok := lexicon[d.toks[k+1].text]; ok && le.kind == domain.KindCountry && !le.capital {
		return le.name
	}
	return ""
}

// ofCountryEnd is the token after the country of "of <Country>" at k.
func (d *doc) ofCountryEnd(k int) int {
	if m := d.mentionStarting(k + 1); m != nil {
		return m.b
	}
	return k + 2
}

// namesUntitledPerson reports whether the story keeps coming back to a
// person whose office it never gives (three mentions or more): home news
// names its own prime minister without the title, as readers know it.
func (d *doc) namesUntitledPerson() bool {
	count := map[int]int{}
	for _, m := range d.ments {
		count[m.rec]++
	}
	for i, rec := range d.reg.recs {
		if rec.kind == domain.KindPerson && rec.class == "" && len(rec.titles) == 0 && count[i] >= 3 {
			return true
		}
	}
	return false
}
