package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// personPhrase reads a title phrase at token i:
//
//	[det] [modifiers] [qualifier['s]] [modifiers] title [Name]
//
// "Peru's Foreign Minister Ana Rojas", "U.S. Secretary of State X",
// "State Department spokesman X", "The top Chilean diplomat X" give a person
// mention (and the qualifier's own mention); "the Kenyan leader", "his
// Peruvian counterpart", "the regional trade bloc" give a
// description to resolve. end is i when nothing matched.
func (d *doc) personPhrase(i, last int) ([]mention, int) {
	j := i
	det := determiners[d.toks[j].text]
	if det {
		j++
	}
	j = d.skipModifiers(j, last, det)
	qual, qualCountry, qm, j2 := d.qualifierAt(j, last)
	j = d.skipModifiers(j2, last, det)
	title, j3 := d.titleAt(j, last)
	if title == "" {
		title, j3 = d.portfolioTitle(j, last)
	}
	if title == "" {
		return nil, i
	}
	if inner, j4 := d.titleAt(j3, last); inner != "" && j4 < last && isUpperStart(d.toks[j3].text) && isUpperStart(d.toks[j4].text) {
		title, j3 = inner, j4 // "exercise director Brigadier General X": the rank names him
	}
	var out []mention
	if qm.b > qm.a {
		out = append(out, qm)
	}
	parts, end := d.nameParts(j3, last)
	if len(parts) == 1 && title == "general" && d.toks[j3-1].text == "General" && (companyWords[parts[0]] || agencyWords[parts[0]]) {
		return nil, i // "General Electric", "General Motors": a company's name, no rank
	}
	if len(parts) > 0 && !orgClassNouns[title] {
		m := mention{a: j3, b: end, kind: mPerson, rec: -1, name: strings.Join(parts, " "),
			title: title, qual: qual, qualCountry: qualCountry, aliasFrom: i}
		return append(out, m), end
	}
	if ms, end := d.officeOfBodyName(i, j, j3, last, title); end > i {
		return append(out, ms...), end
	}
	if ms, end := d.titleForName(i, j3, last, title); end > i {
		return append(out, ms...), end
	}
	if ms, end := d.officeSpokesperson(i, j, j3, last, title, qual); end > i {
		return append(out, ms...), end
	}
	possessed := j2 > i && d.toks[j2-1].kind == tPoss // "Indonesia's trade minister"
	if !det && !possessed {
		return nil, i
	}
	m := mention{a: i, b: j3, kind: mDesc, rec: -1, title: title, qual: qual, qualCountry: qualCountry, aliasFrom: i}
	return append(out, m), j3
}

// portfolioTitle reads a capitalised title after one or two capitalised
// portfolio words: "Security Minister", "Competition Commissioner",
// "Labor Secretary". The title is the head ("minister").
func (d *doc) portfolioTitle(j, last int) (string, int) {
	for n := 1; n <= 2 && j+n < last; n++ {
		w := d.toks[j+n-1]
		if w.kind != tWord || !isUpperStart(w.text) || notNameWords[w.text] && !ministryWords[w.text] {
			return "", j
		}
		if !isUpperStart(d.toks[j+n].text) {
			continue
		}
		if title, end := d.titleAt(j+n, last); title != "" && titleIndex[title] != "" && !orgClassNouns[title] {
			return title, end
		}
	}
	return "", j
}

// titleForName reads "a spokesman for Nordhaven, Erik Lund," and "the
// director of the Civic Monitor, Jane Doe,": a title with the body it
// serves, then the holder's name in commas. from is the phrase's first
// token, j the token after the title.
func (d *doc) titleForName(from, j, last int, title string) ([]mention, int) {
	if j+2 >= last || !(d.toks[j].text == "for" || d.toks[j].text == "of") {
		return nil, from
	}
	k := j + 1
	if strings.EqualFold(d.toks[k].text, "the") {
		k++
	}
	var body mention
	var qual string
	var qualCountry bool
	if lm, ok := d.lexMatch(k, last); ok && !lm.entity.place {
		body, qual, qualCountry = lm, lm.entity.name, lm.entity.kind == domain.KindCountry
	} else if om, ok := d.orgChunk(k, last); ok {
		body, qual = om, om.name
	} else if parts, end := d.nameParts(k, last); len(parts) > 0 && end < last && d.toks[end].text == "," {
		if !portfolioAfterOffice(title, parts) {
			body = mention{a: k, b: end, kind: mOrg, rec: -1, name: strings.Join(parts, " "), aliasFrom: k}
			qual = body.name
		} else {
			k = end // "Minister of Justice, X,": a portfolio, no body
		}
	} else {
		for k < last && d.toks[k].kind == tWord && isLower(d.toks[k].text) && !functionWords[d.toks[k].text] {
			k++ // "a spokeswoman for the presidency, X,"
		}
	}
	c := k
	if body.b > body.a {
		c = body.b
	}
	if c+1 >= last || d.toks[c].text != "," {
		return nil, from
	}
	parts, end := d.nameParts(c+1, last)
	if len(parts) < 2 || end >= last || (d.toks[end].text != "," && d.toks[end].kind != tWord) {
		return nil, from
	}
	var out []mention
	if body.b > body.a {
		out = append(out, body)
	}
	m := mention{a: c + 1, b: end, kind: mPerson, rec: -1, name: strings.Join(parts, " "),
		title: title, qual: qual, qualCountry: qualCountry, aliasFrom: from}
	return append(out, m), end
}

// portfolioWords name the fields a ministry or office covers.
var portfolioWords = toSet(`Justice Health Finance Defence Defense Education Interior Information Agriculture
Energy Transport Culture Trade Industry Environment Housing Communications Police Security Immigration
Work Works Employment Tourism Sport Sports Science Technology Fisheries Mines Petroleum Commerce`)

// portfolioAfterOffice reports a minister's or official's "of"/"for" phrase
// that names a field, not a body: "Minister of Justice", "Director of
// Public Prosecutions", "Secretary of State for Constitutional Affairs".
func portfolioAfterOffice(title string, parts []string) bool {
	if cls := titleIndex[title]; cls != "minister" && cls != "official" && cls != "diplomat" {
		return false
	}
	last := parts[len(parts)-1]
	if orgWords[last] {
		return false
	}
	if portfolioWords[last] {
		return true
	}
	return len(parts) >= 2 && commonWordsName(parts)
}

// nameConnectors join the parts of names ("Charles de Gaulle").
var nameConnectors = toSet("de da van von bin bint al el del la le du dos der ben ibn abu")

// nameParts reads a person's name at j: capitalised words, connectors,
// initials and a bracketed insertion ("[Grace] Okafor").
func (d *doc) nameParts(j, last int) ([]string, int) {
	var parts []string
	k := j
	for k < last && len(parts) < 5 {
		t := d.toks[k]
		switch {
		case t.skip:
			return validName(parts), k
		case t.text == "[" && k+2 < last && d.toks[k+2].text == "]" && isUpperStart(d.toks[k+1].text):
			parts = append(parts, d.toks[k+1].text)
			k += 3
			continue
		case t.kind == tWord && isUpperStart(t.text) && (!notNameWords[t.text] || d.givenNameAt(k, last, len(parts)) || d.monthSurnameAt(k, last, parts)) && !d.startsKnown(k, last, len(parts) > 0):
			if len(t.text) == 1 && k+1 < last && d.toks[k+1].text == "." {
				parts = append(parts, t.text+".")
				k += 2
				continue
			}
			parts = append(parts, t.text)
		case t.kind == tWord && len(parts) > 0 && nameConnectors[t.text] && k+1 < last && isUpperStart(d.toks[k+1].text):
			parts = append(parts, t.text)
		default:
			return validName(parts), k
		}
		k++
	}
	return validName(parts), k
}

// startsKnown reports whether a country, organisation or place starts at k.
// Inside a name a lone capital is a surname ("Rosa Lima").
func (d *doc) startsKnown(k, last int, inName bool) bool {
	m, ok := d.lexMatch(k, last)
	if !ok {
		return false
	}
	if inName && m.entity.capital && m.b == k+1 {
		return false
	}
	_, ok = demonyms[d.toks[k].text]
	return m.b > m.a || ok
}

// validName rejects a run of capitalised words that is no person's name.
func validName(parts []string) []string {
	if len(parts) == 0 {
		return nil
	}
	last := parts[len(parts)-1]
	if orgWords[last] || placeWords[last] || occasionWords[last] || nameConnectors[last] {
		return nil
	}
	if len(parts) == 1 && nameAbbreviations[last] {
		return nil // "King Jr.", "spokesperson Lt. Gen. X": a suffix or a rank cut short, no name
	}
	return parts
}

// nameAbbreviations are the suffixes and abbreviated ranks written before
// or after a name ("Jr.", "Lt.", "Gen."), never a name alone.
var nameAbbreviations = toSet("Jr Sr II III IV Lt Gen Col Maj Capt Sgt Cpl Pvt Adm Brig Cmdr Rev Gov Sen Rep Supt Insp Det Prof")

// nameChunkMention reads a run of capitalised words that no list knows:
// an organisation when it ends like one, a person when it has two to four
// words, a possible surname when it is one word.
func (d *doc) nameChunkMention(i, last int) (mention, bool) {
	t := d.toks[i]
	if !isUpperStart(t.text) || notNameWords[t.text] && !d.givenNameAt(i, last, 0) || strings.HasSuffix(t.text, "-based") {
		return mention{}, false
	}
	if d.sentenceInitial(i) && len(t.text) >= 6 && strings.HasSuffix(t.text, "ing") && i+1 < last && isUpperStart(d.toks[i+1].text) {
		return mention{}, false // "Praising Celtic and Rangers, she said": a participle, then the name
	}
	if _, ok := demonyms[t.text]; ok {
		return mention{}, false
	}
	k := i
	for k < last && k-i < 6 && !d.toks[k].skip && d.toks[k].kind == tWord &&
		(isUpperStart(d.toks[k].text) || (k > i && (d.toks[k].text == "of" || d.toks[k].text == "for") && k+1 < last && isUpperStart(d.toks[k+1].text))) {
		k++
	}
	words := make([]string, 0, k-i)
	for x := i; x < k; x++ {
		words = append(words, d.toks[x].text)
	}
	lastWord := words[len(words)-1]
	switch {
	case orgWords[lastWord] && len(words) >= 2:
		return mention{a: i, b: k, kind: mOrg, rec: -1, name: strings.Join(words, " "), aliasFrom: i}, true
	case placeWords[lastWord] || occasionWords[lastWord]:
		return mention{a: i, b: k, kind: mEntity, rec: -1, entity: lexEntry{name: strings.Join(words, " "), place: true}, aliasFrom: i}, true
	}
	parts, end := d.nameParts(i, last)
	if len(parts) == 0 {
		return mention{}, false
	}
	if i > 0 && strings.EqualFold(d.toks[i-1].text, "the") && !d.toks[i-1].skip {
		return theNamed(i, end, parts), true
	}
	m := mention{a: i, b: end, kind: mPerson, rec: -1, name: strings.Join(parts, " "), aliasFrom: i}
	if len(parts) == 1 {
		m.kind = mSingle
		if end < last {
			if h, ok := d.matchVerb(end); ok && h.p.attrib {
				m.speakerLike = true
			}
		}
	}
	if i > 0 && placePrepositions[strings.ToLower(d.toks[i-1].text)] && len(parts) > 1 && strings.ToLower(d.toks[i-1].text) != "to" ||
		d.placeOfNoun(i) || d.inPlaceList(i, end, last) {
		m.kind = mEntity // "in New Carthage": a place
		m.entity = lexEntry{name: m.name, place: true}
	}
	return m, true
}

// settlementNouns name a kind of place, whose name follows "of": "the
// village of X", "the province of Y".
var settlementNouns = toSet("village town city hamlet region province district county state suburb island port municipality neighbourhood neighborhood")

// placeOfNoun reports a name at i after "<settlement noun> of": a place.
func (d *doc) placeOfNoun(i int) bool {
	return i >= 2 && d.toks[i-1].text == "of" && settlementNouns[strings.ToLower(d.toks[i-2].text)]
}

// inPlaceList reports a name at [i, end) inside a list of places that a
// place preposition opens, with the list going on after it ("in
// Manhattan, Palm Beach and New Mexico"): a place like its neighbours.
func (d *doc) inPlaceList(i, end, last int) bool {
	if i < 3 || end >= last || (d.toks[end].text != "and" && d.toks[end].text != "or") || d.toks[i-1].text != "," {
		return false
	}
	k := i - 2
	for n := 0; n < 3 && k > 0 && d.toks[k].kind == tWord && isUpperStart(d.toks[k].text); n++ {
		if t := d.toks[k]; t.date > 0 || datelineMonths[t.text] || weekdayNames[t.text] {
			return false // "in May, X and Y": a time, then the clause's subjects
		}
		k--
	}
	// A fronted phrase ("In Paris, X and Y met") sets the scene for the
	// subjects after it; only a list inside the clause is all places.
	return k < i-2 && k > d.sents[d.toks[i].sent].first && placePrepositions[strings.ToLower(d.toks[k].text)] && strings.ToLower(d.toks[k].text) != "to"
}

// resolveMentions turns mentions into actor records: full names first,
// then surnames, then descriptions against the actors seen before them.
func (d *doc) resolveMentions(raw []mention) {
	surnames := map[string]string{}
	for _, m := range raw {
		if m.kind == mPerson && strings.Contains(bareName(m.name), " ") {
			s := surnameKey(familyName(m.name))
			if prev, ok := surnames[s]; ok && prev != m.name && !strings.HasSuffix(prev, " "+m.name) && !sameFullName(prev, m.name) {
				surnames[s] = "" // two people share it: leave lone uses unresolved
				continue
			}
			if _, ok := surnames[s]; !ok {
				surnames[s] = m.name
			}
		}
	}
	firsts := map[string]string{}
	for _, m := range raw {
		if bare := bareName(m.name); m.kind == mPerson && strings.Contains(bare, " ") {
			f := bare[:strings.IndexByte(bare, ' ')]
			if prev, ok := firsts[f]; ok && prev != m.name && !sameFullName(prev, m.name) {
				firsts[f] = ""
				continue
			}
			firsts[f] = m.name
		}
	}
	orgFirsts := map[string]string{} // "Nordhaven" of "Nordhaven Cloud"
	for _, m := range raw {
		name := m.name
		if m.kind == mEntity && !m.entity.place && m.entity.kind == domain.KindOrganization {
			name = m.entity.name // "Amnesty" of "Amnesty International", a body the lexicon knows
		} else if m.kind != mOrg {
			continue
		}
		if strings.Contains(name, " ") && !personBodyName(name) {
			f := name[:strings.IndexByte(name, ' ')]
			if _, isCountry := lexicon[f]; !isCountry && !directionWords[f] && !orgLeadWords[f] {
				orgFirsts[f] = name
			}
		}
	}
	orgVariants := sameBodyNames(raw)
	speakers := map[string]bool{} // lone names that speak somewhere in the story
	for _, m := range raw {
		if m.kind == mSingle && m.speakerLike {
			speakers[m.name] = true
		}
	}
	full := func(name string) string {
		if bare := bareName(name); bare != name && !strings.Contains(bare, " ") {
			if f := surnames[surnameKey(bare)]; f != "" {
				return f // "Archbishop Tutu", "Lord Kinnock": the surname
			}
			if f := firsts[bare]; f != "" {
				return f // "Datuk Anwar" of "Datuk Seri Anwar Ibrahim"
			}
			return name
		}
		if !strings.Contains(name, " ") {
			if f, ok := surnames[surnameKey(name)]; ok {
				if f != "" {
					return f
				}
				return name
			}
			if f := firsts[name]; f != "" {
				return f // "Interior Minister Lee" of "Lee Sang-min": surname first
			}
			return name
		}
		return d.longerNameEnding(raw, name) // "Bin Laden" of "Osama bin Laden"
	}
	r := d.reg
	lastSeen := map[int]int{}
	var deferred []mention
	appos := d.appositions(raw)
	for desc, name := range d.trailingAppositions(raw) {
		appos[desc] = name
	}
	var apposDescs []mention
	army := "" // the country whose military the story last named
	anon := -1 // the country the last anonymous source spoke for
	d.endsAt, d.startAt = map[int]int{}, map[int]int{}
	others := d.surnameOthers(raw, surnames)
	for i, m := range raw {
		if others[i] {
			// "Mr. Trump" of a story whose one full name is his daughter's
			m.rec = r.get(bareName(m.name), domain.KindPerson)
			d.applyTitle(m)
			lastSeen[m.rec] = m.a
			d.addMention(m)
			continue
		}
		switch m.kind {
		case mEntity:
			if m.entity.place || r.isPublisher(m.entity.name) {
				d.places = append(d.places, m)
				continue
			}
			m.rec = r.get(m.entity.name, m.entity.kind)
			if r.recs[m.rec].class == "" {
				r.recs[m.rec].class = m.entity.class
			}
		case mPerson:
			if r.isPublisher(m.name) {
				continue
			}
			name := full(m.name)
			if e, ok := r.canonical(name); ok && e.kind != domain.KindPerson {
				m.rec = r.get(e.name, e.kind) // a name the graph knows as a body
				break
			} else if ok {
				name = e.name
			}
			m.rec = r.get(name, domain.KindPerson)
			d.applyTitle(m)
		case mSingle:
			if r.isPublisher(m.name) {
				continue // "CNN confirmed" in CNN's own story: the publisher is no actor
			}
			name, inArticle := surnames[surnameKey(m.name)]
			if !inArticle && firsts[m.name] != "" {
				name = firsts[m.name] // surname-first names: "Lin" of "Lin Haitao"
			}
			if name == "" && orgFirsts[m.name] != "" {
				m.rec = r.get(orgFirsts[m.name], domain.KindOrganization)
				break
			}
			if e, ok := r.canonical(m.name); ok && name == "" && !inArticle {
				m.rec = r.get(e.name, e.kind) // the graph knows the lone name
				break
			}
			if name == "" && !m.speakerLike && !speakers[m.name] {
				continue // a lone capitalised word nobody names or quotes
			}
			if name == "" {
				name = m.name
			}
			m.rec = r.get(name, domain.KindPerson)
		case mOrg:
			if r.isPublisher(m.name) || instrumentEnds[lastWord(m.name)] {
				continue
			}
			name, kind := orgVariants[m.name], domain.KindOrganization
			if name == "" {
				name = m.name
			}
			if e, ok := r.canonical(m.name); ok {
				name, kind = e.name, e.kind
			}
			m.rec = r.get(name, kind)
			if r.recs[m.rec].class == "" {
				r.recs[m.rec].class = orgClass(m.name)
			}
			if m.factsOnly {
				r.recs[m.rec].factsOnly = true
			}
		case mCollective:
			if m.qual != "" {
				army = m.qual
			}
			if army == "" {
				army = d.mainCountry(raw)
			}
			if army == "" {
				continue
			}
			m.rec = r.get(collectiveName(army), domain.KindOrganization)
			r.recs[m.rec].factsOnly = true
		case mAnon:
			if m.rec = d.anonSource(m, &anon); m.rec < 0 {
				continue
			}
		case mDesc:
			if _, ok := appos[m.a]; ok {
				apposDescs = append(apposDescs, m) // named right after: resolved below
				continue
			}
			m.rec = d.resolveDesc(m, lastSeen)
			if m.rec < 0 {
				deferred = append(deferred, m)
				continue
			}
		}
		lastSeen[m.rec] = m.a
		d.addMention(m)
	}
	for _, m := range apposDescs {
		if i, ok := d.startAt[appos[m.a]]; ok {
			m.rec = d.ments[i].rec
			d.addMention(m)
		}
	}
	main := d.mainCountry(raw)
	subjects := d.storySubjects(deferred)
	for _, m := range deferred {
		if m.rec = d.resolveForward(m); m.rec >= 0 {
			d.addMention(m)
		} else if m.rec = d.storySubject(m, subjects); m.rec >= 0 {
			d.addMention(m)
		} else if m.rec = d.titledPerson(m, main); m.rec >= 0 {
			d.addMention(m)
		}
	}
	d.inferGenders()
}

// namePrefixWords are honorifics and ranks that stand before a name
// without being part of it: "Archbishop Tutu", "Lord Kinnock", "Datuk
// Seri Anwar Ibrahim".
// A woman's honorific is left out: "Lady Starmer" may be the wife of
// the Starmer named in full.
var namePrefixWords = toSet(`Mr Mr. Dr Dr. Prof Prof. Professor Sir Lord Baron Archbishop Bishop Cardinal Rev
Rev. Reverend Father Sheikh Imam Rabbi Datuk Dato Seri Tan Sri Tun`)

// bareName is a person's name without the honorifics before it and
// without a descriptive compound opening it ("Australian-born X").
func bareName(name string) string {
	for {
		i := strings.IndexByte(name, ' ')
		if i < 0 {
			return name
		}
		w := name[:i]
		if !namePrefixWords[w] && !describingCompound(w) {
			return name
		}
		name = name[i+1:]
	}
}

// describingCompound reports a hyphenated word with a lower-case part
// ("Australian-born", "Day-by-day"): a description, never a name's part.
func describingCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[1:] {
		if p != "" && isLower(p) {
			return true
		}
	}
	return false
}

// sameBodyNames maps the second way a story names a body to the first:
// "Energy Department" and "Department of Energy", "Customs and Border
// Protection" and "U.S. Customs and Border Protection".
func sameBodyNames(raw []mention) map[string]string {
	first := map[string]string{} // a body's key → the name it was first read by
	out := map[string]string{}
	for _, m := range raw {
		if m.kind != mOrg {
			continue
		}
		for _, k := range bodyKeys(m.name) {
			if f, ok := first[k]; ok && f != m.name {
				out[m.name] = f
				break
			}
		}
		if _, ok := out[m.name]; ok {
			continue
		}
		for _, k := range bodyKeys(m.name) {
			if _, ok := first[k]; !ok {
				first[k] = m.name
			}
		}
	}
	return out
}

// bodyKeys are the forms under which two names of one body meet: the name
// itself, "Department of X" for "X Department", and the name without a
// leading "U.S." or "US".
func bodyKeys(name string) []string {
	keys := []string{name}
	for _, head := range []string{"Department", "Ministry"} {
		if rest, ok := strings.CutSuffix(name, " "+head); ok && rest != "" {
			keys = append(keys, head+" of "+rest)
		}
	}
	for _, lead := range []string{"U.S. ", "US "} {
		if rest, ok := strings.CutPrefix(name, lead); ok && strings.Contains(rest, " ") {
			keys = append(keys, rest)
		}
	}
	return keys
}

// generationSuffixes close a name after the family name ("Jr.").
var generationSuffixes = toSet("Jr Jr. Sr Sr. II III IV")

// familyName is the last word of a person's name that is no generational
// suffix: "Kennedy" of "James P. Kennedy Jr.".
func familyName(name string) string {
	f := strings.Fields(strings.TrimSuffix(name, ","))
	for len(f) > 1 && generationSuffixes[strings.TrimSuffix(f[len(f)-1], ",")] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return name
	}
	return strings.TrimSuffix(f[len(f)-1], ",")
}

// sameFullName reports two full names of one person: the same without
// honorifics, or the same first and last names around a middle initial
// ("Donald J. Trump", "Donald Trump").
func sameFullName(a, b string) bool {
	a, b = bareName(a), bareName(b)
	if a == b {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 || fa[0] != fb[0] || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	for _, f := range [][]string{fa, fb} {
		for _, w := range f[1 : len(f)-1] {
			if len(strings.TrimSuffix(w, ".")) > 1 {
				return false
			}
		}
	}
	return true
}

// appositions finds descriptions followed by the name of whom they
// describe, set off by commas: "its foreign minister, Amr Selim, said",
// "the Turkish defence minister, Mehmet Aksoy, warned". The name takes the
// description's title and country; the map goes from the description's
// first token to the name's.
func (d *doc) appositions(raw []mention) map[int]int {
	out := map[int]int{}
	for i := 0; i+1 < len(raw); i++ {
		desc, name := &raw[i], &raw[i+1]
		if desc.kind != mDesc || orgClassNouns[desc.title] || firmNouns[desc.title] ||
			!(name.kind == mPerson || name.kind == mSingle) || name.title != "" {
			continue
		}
		if desc.b >= len(d.toks) || d.toks[desc.b].text != "," || name.aliasFrom != desc.b+1 {
			continue
		}
		if name.b < len(d.toks) && d.toks[name.b].text != "," && d.toks[name.b].text != "." {
			continue
		}
		if desc.qual == "" {
			desc.qual, desc.qualCountry = d.possessorBody(raw, i)
		}
		name.kind, name.title, name.qual, name.qualCountry = mPerson, desc.title, desc.qual, desc.qualCountry
		out[desc.a] = name.a
	}
	return out
}

// addMention records a resolved mention and the aliases it gives.
func (d *doc) addMention(m mention) {
	r := d.reg
	rec := r.recs[m.rec]
	rec.used = true
	if rec.firstTok < 0 || m.a < rec.firstTok {
		rec.firstTok = m.a
	}
	r.alias(m.rec, d.surface(m.a, m.b))
	r.alias(m.rec, d.surface(m.aliasFrom, m.b))
	d.endsAt[m.b-1] = len(d.ments)
	d.startAt[m.a] = len(d.ments)
	if m.aliasFrom < m.a {
		d.startAt[m.aliasFrom] = len(d.ments)
	}
	d.ments = append(d.ments, m)
}

// resolveForward finds the person a description names before the story
// names them: news leads say "Indonesia's trade minister accused …" and
// give the name a paragraph later. Only a description with a country and
// an office class is bound, to the first person named after it who holds
// such an office for that country.
func (d *doc) resolveForward(m mention) int {
	cls := titleIndex[m.title]
	if !m.qualCountry || m.qual == "" || (cls == "" && m.title != "counterpart") || orgClassNouns[m.title] {
		return -1 // "his Iranian counterpart" binds to the next Iranian named
	}
	best, bestAt := -1, len(d.toks)
	for idx, rec := range d.reg.recs {
		if rec.kind != domain.KindPerson || rec.country != m.qual || rec.firstTok <= m.a || rec.firstTok >= bestAt {
			continue
		}
		if rec.hasClass(cls) {
			best, bestAt = idx, rec.firstTok
		}
	}
	return best
}

// applyTitle gives a named person the title, role and country of its phrase.
func (d *doc) applyTitle(m mention) {
	if m.title == "" {
		return
	}
	r := d.reg
	r.addTitle(m.rec, m.title)
	if m.qual == "" {
		return
	}
	// a body's bare class noun ("Committee Chairman X") names no body, so
	// the title is no role of one either: a role must name an actor
	bareClass := !m.qualCountry && orgWords[m.qual]
	if !m.qualCountry && !bareClass {
		r.get(m.qual, domain.KindOrganization)
		r.recs[m.rec].bodies = append(r.recs[m.rec].bodies, m.qual)
	}
	if m.qualCountry {
		r.setCountry(m.rec, m.qual)
	}
	if !bareClass && !descriptiveTitles[lastWord(m.title)] {
		r.addRole(m.rec, roleTitle(m.title), m.qual)
	}
}

// firmNouns refer back to a business by what it is.
var firmNouns = toSet("company firm group carrier airline bank lender insurer")

// resolveDesc finds the actor a description refers to: the most recently
// mentioned actor that fits it. A person of unknown country who fits
// takes the description's country ("the Kenyan leader").
func (d *doc) resolveDesc(m mention, lastSeen map[int]int) int {
	r := d.reg
	best, bestAt := -1, -1
	if orgClassNouns[m.title] || firmNouns[m.title] {
		for idx, at := range lastSeen {
			if r.recs[idx].kind != domain.KindPerson && r.recs[idx].class == m.title && at > bestAt {
				best, bestAt = idx, at
			}
		}
		if best < 0 && firmNouns[m.title] {
			// "the company": the last organisation named that is no public body.
			for idx, at := range lastSeen {
				if rec := r.recs[idx]; rec.kind == domain.KindOrganization && rec.class == "" && at > bestAt {
					best, bestAt = idx, at
				}
			}
		}
		return best
	}
	cls := titleIndex[m.title]
	if cls == "consort" {
		// "the first lady": the person the story is about, the first it
		// names; it names no one else by that place (genders are not known
		// yet).
		first := len(d.toks)
		for idx := range lastSeen {
			if rec := r.recs[idx]; rec.kind == domain.KindPerson && rec.firstTok >= 0 && rec.firstTok < first {
				best, first = idx, rec.firstTok
			}
		}
		return best
	}
	exact := d.exactTitleHolders(m.title, lastSeen)
	pick := func(country string) {
		for idx, at := range lastSeen {
			rec := r.recs[idx]
			if rec.kind != domain.KindPerson || !(rec.hasClass(cls) || rec.holdsTitleEnding(m.title)) || at <= bestAt {
				continue
			}
			if exact && !rec.holdsTitleEnding(m.title) {
				continue // "the chancellor" is the one titled so, not the prime minister of the same class
			}
			if m.title != "leader" && cls == "leader" && !rec.holdsTitleEnding(m.title) && rec.partyLeaderOnly() {
				continue // "Tory leader X" is not "the prime minister"
			}
			if !rec.holdsTitleEnding(m.title) && rec.holdsOtherHeadOffice(m.title) {
				continue // "Prime Minister X" is not "the president-elect"
			}
			if m.qual != "" && m.qualCountry && rec.country != country {
				continue
			}
			if m.qual != "" && !m.qualCountry && !rec.hasRoleIn(m.qual) {
				continue // "the party's parliamentary leader" is no leader of another body
			}
			best, bestAt = idx, at
		}
	}
	pick(m.qual)
	if best < 0 && m.qual != "" && m.qualCountry {
		pick("")
		if best >= 0 {
			r.setCountry(best, m.qual)
		}
	}
	if best >= 0 && m.qualCountry && roleTitles[m.title] {
		r.addRole(best, roleTitle(m.title), m.qual)
	}
	return best
}

// instrumentEnds end the names of instruments, not bodies: funding
// facilities, pension schemes, strategies and roadmaps ("the International
// Finance Facility"), which act only through the bodies that run them
// (ANNOTATING: programmes and policies are no actors).
var instrumentEnds = toSet("Facility Scheme Roadmap Strategy")
