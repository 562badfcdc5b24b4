package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// mkind says how a mention names its actor.
type mkind uint8

const (
	mEntity     mkind = iota // a known country, organisation, place or gazetteer actor
	mPerson                  // a person's name, maybe inside a title phrase
	mOrg                     // an organisation name read from its shape ("Foreign Ministry")
	mSingle                  // one capitalised word: a surname if a full name has it
	mDesc                    // a description: "the Kenyan leader", "the alliance"
	mCollective              // a country's armed forces or military rulers: "the junta"
)

// mention is a span of tokens [a, b) that refers to an actor.
type mention struct {
	a, b        int
	kind        mkind
	rec         int
	name        string
	entity      lexEntry
	title       string // formal title or role noun, lower case
	qual        string // the country or organisation qualifying the title
	qualCountry bool
	aliasFrom   int  // first token of the fullest surface form
	speakerLike bool // a lone word directly followed by a speech verb
	// factsOnly marks a country's body or forces read from a common noun
	// ("the U.S. embassy", "the UK presidency", "the army"): an actor only
	// when some fact names it.
	factsOnly bool
}

// surface is the text of tokens [a, b).
func (d *doc) surface(a, b int) string { return d.text[d.toks[a].start:d.toks[b-1].end] }

var determiners = toSet("the The his His her Her their Their its Its")

// modifierWords may precede a title without a determiner ("former
// President", "acting Prime Minister").
var modifierWords = toSet("former acting then new incoming outgoing interim top veteran longtime late embattled ousted exiled deposed ex sitting re-elected newly elected")

// functionWords stop a description's modifiers ("the need for Moscow").
var functionWords = toSet("of to in for and the a an on with that which who by from at as or but is was are were has had have not this these those")

// findMentions reads every actor mention of the story (headline and
// boilerplate excluded) and resolves them to actor records.
//
// The rules alone cut the text into mentions; the gazetteer never changes
// where a mention begins or ends (a known surname must not split "[Donald]
// Okafor" or a title phrase), so an article reads the same whatever the
// graph already holds. A known name only adds a mention where the rules
// find none or a shorter one, and canonicalises names in resolveMentions.
func (d *doc) findMentions() {
	d.acronyms = d.findAcronyms()
	var raw []mention
	for _, p := range d.paras {
		if p.headline {
			continue
		}
		for i := p.first; i < p.last; {
			t := d.toks[i]
			if t.skip || t.kind != tWord {
				i++
				continue
			}
			ms, end := d.ruleMentions(i, p.last)
			if am, ok := d.acronymMention(i); ok {
				ms, end = []mention{am}, i+1
			}
			if km, ok := d.knownMatch(i, p.last); ok && km.b > end {
				ms, end = []mention{km}, km.b
			}
			if end > i {
				for _, m := range ms {
					if !d.notActorMention(m) {
						raw = append(raw, m)
					}
				}
				i = end
				continue
			}
			i++
		}
	}
	raw = d.governmentMentions(raw)
	d.personBodies(raw)
	d.findMediaNames(raw)
	raw = d.dropDictionaryPersons(raw)
	d.resolveMentions(raw)
	d.markHomePlaces()
	d.markPlaceRecords()
	d.markMediaRecords()
	d.markContestRecords()
}

// ruleMentions reads the mentions the rules find at token i and the token
// after them (i when none).
func (d *doc) ruleMentions(i, last int) ([]mention, int) {
	if m, ok := d.collectiveAt(i, last); ok {
		return []mention{m}, m.b
	}
	if m, ok := d.anonSourceAt(i, last); ok {
		return []mention{m}, m.b
	}
	if m, ok := d.unnamedSpokesAt(i, last); ok {
		return []mention{m}, m.b
	}
	if ms, ok := d.orgOfficeAt(i, last); ok {
		return ms, ms[len(ms)-1].b
	}
	if ms, end := d.personPhrase(i, last); end > i {
		if om, ok := d.joinedOrgOver(i, end, last); ok {
			return []mention{om}, om.b // "the Teachers and General Staff Union"
		}
		return ms, end
	}
	om, isOrg := d.orgChunk(i, last)
	if m, ok := d.lexMatch(i, last); ok && (!isOrg || m.b >= om.b) {
		return []mention{m}, m.b
	}
	if isOrg {
		return []mention{om}, om.b
	}
	if m, ok := d.nameChunkMention(i, last); ok {
		return []mention{m}, m.b
	}
	return nil, i
}

// joinTokens joins the texts of tokens [i, i+n) with single spaces, the
// form lexicon and gazetteer keys take.
func (d *doc) joinTokens(b *strings.Builder, i, n int) string {
	b.Reset()
	for k := i; k < i+n; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].text)
	}
	return b.String()
}

// cityPartWords stand between a preposition and a city: "in south east
// London", "in central Kabul".
var cityPartWords = toSet("north south east west central northern southern eastern western greater downtown inner outer")

// inCapitalisedName reports a run of two or more capitalised words from k
// (the rest of a name a city opens: "Metal Exchange").
func (d *doc) inCapitalisedName(k, last int) bool {
	n := 0
	for k < last && d.toks[k].kind == tWord && isUpperStart(d.toks[k].text) && !notNameWords[d.toks[k].text] {
		n++
		k++
	}
	return n >= 2
}

// lexMatch finds the longest name of the world-knowledge lexicon
// (countries, capitals, organisations, places) starting at token i.
func (d *doc) lexMatch(i, last int) (mention, bool) {
	if !isUpperStart(d.toks[i].text) && d.toks[i].text != "al-Qaeda" || !lexFirstWords[d.toks[i].text] {
		return mention{}, false
	}
	n := lexMaxLen
	if last-i < n {
		n = last - i
	}
	var b strings.Builder
	for ; n >= 1; n-- {
		key := d.joinTokens(&b, i, n)
		e, ok := lexicon[key]
		if !ok || d.toks[i+n-1].skip {
			continue
		}
		m := mention{a: i, b: i + n, kind: mEntity, entity: e, rec: -1, aliasFrom: i}
		if e.capital && n == 1 && e.kind == domain.KindCountry {
			switch d.capitalUseAt(i, last) {
			case capitalSurname:
				return mention{}, false // "Mr Wellington"
			case capitalPlace:
				m.entity.place, m.entity.name = true, key
				return m, true
			}
		}
		if n == 1 && givenNameCountries[key] && d.surnameFollows(i, last) {
			return mention{}, false // "Chad Smith": a given name
		}
		if continentBlocs[key] && !d.continentActsAt(i+n-1, last) {
			m.entity.place = true // "touring Europe"
			return m, true
		}
		p := i - 1
		for p > 0 && cityPartWords[d.toks[p].text] {
			p-- // "in south east London"
		}
		if e.capital && p >= 0 && (placePrepositions[strings.ToLower(d.toks[p].text)] ||
			p > 0 && strings.EqualFold(d.toks[p].text, "the") && placePrepositions[strings.ToLower(d.toks[p-1].text)]) {
			m.entity.place = true // "in Nairobi" is a place, not the government
			m.entity.name = key
		}
		if e.capital && n == 1 && i+1 < last && d.toks[i+1].kind == tWord && isUpperStart(d.toks[i+1].text) && orgWords[d.toks[i+1].text] == false &&
			!notNameWords[d.toks[i+1].text] && d.inCapitalisedName(i+1, last) {
			m.entity.place = true // "the London Metal Exchange": the city opens another name
			m.entity.name = key
		}
		return m, true
	}
	return mention{}, false
}

// knownMatch finds the longest gazetteer name starting at token i.
func (d *doc) knownMatch(i, last int) (mention, bool) {
	r := d.reg
	if len(r.known) == 0 || !isUpperStart(d.toks[i].text) {
		return mention{}, false
	}
	n := r.knownMaxLen
	if last-i < n {
		n = last - i
	}
	var b strings.Builder
	for ; n >= 1; n-- {
		e, ok := r.known[d.joinTokens(&b, i, n)]
		if ok && !d.toks[i+n-1].skip {
			return mention{a: i, b: i + n, kind: mEntity, entity: e, rec: -1, aliasFrom: i}, true
		}
	}
	return mention{}, false
}

var placePrepositions = toSet("in from to at near into visit visited visiting outside across around toward towards via")

// qualifierAt reads a country or organisation qualifying a title:
// "Russia's", "U.S.", "Russian", "State Department".
func (d *doc) qualifierAt(j, last int) (name string, isCountry bool, m mention, end int) {
	name, isCountry, m, end = d.countryQualifier(j, last)
	// A body of a government: "Chinese Foreign Ministry", "Foreign Ministry".
	k := end
	for k < last && k-end < 3 && d.toks[k].kind == tWord && isUpperStart(d.toks[k].text) &&
		(!notNameWords[d.toks[k].text] || orgWords[d.toks[k].text] || ministryWords[d.toks[k].text]) {
		k++
		if orgWords[d.toks[k-1].text] {
			org := d.surface(j, k)
			if m.b > m.a && d.toks[m.b-1].kind != tPoss {
				org = d.surface(m.a, k)
			}
			om := mention{a: j, b: k, kind: mOrg, rec: -1, name: org, aliasFrom: j}
			if k-j == 1 && m.b == m.a {
				om = mention{} // a bare class noun ("Committee Chairman X") names no body
			}
			if k < last && d.toks[k].kind == tPoss {
				k++
			}
			return org, false, om, k
		}
	}
	return name, isCountry, m, end
}

// countryQualifier reads "Russia's", "U.S.", "Russian", "State Department".
func (d *doc) countryQualifier(j, last int) (name string, isCountry bool, m mention, end int) {
	if j >= last {
		return "", false, mention{}, j
	}
	if lm, ok := d.lexMatch(j, last); ok && !lm.entity.place {
		end = lm.b
		if end < last && d.toks[end].kind == tPoss {
			end++
		}
		return lm.entity.name, lm.entity.kind == domain.KindCountry, lm, end
	}
	for n := 2; n >= 1; n-- {
		if j+n > last {
			continue
		}
		key := d.toks[j].text
		if n == 2 {
			key += " " + d.toks[j+1].text
		}
		if c, ok := demonyms[key]; ok && isUpperStart(key) {
			return c, true, mention{}, j + n
		}
	}
	return "", false, mention{}, j
}

// titleAt finds the longest title or role noun at token j.
func (d *doc) titleAt(j, last int) (string, int) {
	for n := titleMaxLen; n >= 1; n-- {
		if j+n > last {
			continue
		}
		parts := make([]string, n)
		ok := true
		for k := 0; k < n; k++ {
			t := d.toks[j+k]
			if t.kind != tWord {
				ok = false
				break
			}
			parts[k] = strings.ToLower(t.text)
		}
		if !ok {
			continue
		}
		key := strings.Join(parts, " ")
		if _, found := titleIndex[key]; found {
			if full, ok := titleAbbreviationsFull[key]; ok {
				return full, j + n // "PM Imran Khan" holds the office of prime minister
			}
			return key, j + n
		}
		if n == 1 && (orgClassNouns[key] || firmNouns[key]) {
			return key, j + n
		}
	}
	return "", j
}

// skipModifiers steps over adjectives before a title: any plain word after
// a determiner, only the known ones without.
func (d *doc) skipModifiers(j, last int, det bool) int {
	for n := 0; n < 3 && j < last; n++ {
		t := d.toks[j]
		lw := strings.ToLower(t.text)
		if t.kind != tWord || functionWords[lw] {
			break
		}
		if _, isTitle := titleIndex[lw]; isTitle || orgClassNouns[lw] || firmNouns[lw] {
			break
		}
		if titleFirstWords[lw] && d.titleAtStarts(j, last) {
			break // "the finance minister": the office, not a modifier
		}
		if !(modifierWords[lw] || (det && isLower(t.text)) || strings.HasPrefix(lw, "pro-") || strings.HasPrefix(lw, "anti-") || strings.HasPrefix(lw, "ex-")) {
			break
		}
		j++
	}
	return j
}

// ministryWords begin the names of government bodies ("Foreign Ministry").
var ministryWords = toSet("Foreign Defense Defence Interior Finance State Justice Trade Economy Health Energy")
