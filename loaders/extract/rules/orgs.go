package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// directionWords may begin an organisation's name though they begin no
// person's ("Northern Alliance", "Southern Transitional Council").
var directionWords = toSet("Northern Southern Eastern Western North South East West Central")

// orgLeadWords begin organisation names ("Radio Free Asia", "Bank of
// Korea", "Air Canada"): a capitalised run they begin is no person.
var orgLeadWords = toSet(`Radio Bank Banco Television TV Air Club Hotel University Institute Center
Centre Centers Centres Agence Grupo Groupe Fondation Foundation Museum Council Committee Commission Federation Union League
Department Ministry Office Agency Bureau Directorate Secretariat Alliance Coalition Association Society Organization Organisation`)

// agencyWords end the names of public bodies after what they look after
// ("Customs and Border Protection", "Health and Human Services", "Government
// Employees"): no person's name ends in one, and, like companyWords, they
// do not refer back alone.
var agencyWords = toSet(`Protection Services Affairs Security Control Prevention Abuse Enforcement
Employees Development Relations Welfare Research Statistics Standards Safety Immigration Citizenship Community
Intelligence Investigation Investigations Prosecutions Transportation Pensions Revenue Customs Excise`)

// companyWords end company names ("Nordhaven Cloud", "Volta Energy");
// unlike orgWords they do not refer back alone ("the energy" is no actor).
var companyWords = toSet(`Cloud Energy Motors Systems Technologies Tech Holdings Capital Partners Labs
Pharma Pharmaceuticals Industries Solutions Software Telecom Mining Petroleum Steel Airways Shipping
Logistics Resources Ventures Insurance Electric Communications Entertainment Studios Semiconductor
Semiconductors Automotive Aerospace Biotech Therapeutics Robotics Brands Foods Beverages Retail`)

// collectiveNouns name a country's armed forces or rulers as one actor
// ("the military", "Myanmar's junta"); the actor is "<Country> military".
var collectiveNouns = map[string]int{"military": 1, "army": 1, "junta": 1, "armed forces": 2,
	"military government": 2, "military junta": 2, "military regime": 2, "security forces": 2}

var weekdayNames = toSet("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

// orgChunk reads an organisation named by a capitalised run that ends in
// an organisation word ("Ghana Private Road Transport Union"), continues
// one through "of"/"for" ("Cattle Council of Australia"), or that an
// organisation word begins ("Radio Cordillera").
func (d *doc) orgChunk(i, last int) (mention, bool) {
	t := d.toks[i]
	if strings.HasSuffix(t.text, "-based") && i+1 < last { // "London-based Radio X"
		if m, ok := d.orgChunk(i+1, last); ok {
			m.aliasFrom = i
			return m, true
		}
		return mention{}, false
	}
	if !isUpperStart(t.text) || (notNameWords[t.text] && !directionWords[t.text] && !orgWords[t.text] && !orgOpeners[t.text]) {
		return mention{}, false
	}
	if title, te := d.titleAt(i, last); orgOpeners[t.text] && title != "" && te > i+1 {
		return mention{}, false // "Foreign Minister X", "General Secretary Y": a title
	}
	end, orgEnd, agencyEnd := i, -1, -1
	complement := false       // past the "of"/"for" of "Council for Peace and Renewal"
	lastInComplement := false // the last organisation word stands in the complement ("Center for Energy Economics")
	for k := i; k < last && k-i < 10; k++ {
		w := d.toks[k]
		if k > i && (d.pluralPossessiveInName(k, last) || d.collectivePossessiveInName(k, last)) {
			continue // "National Mine Workers' Union", "People's Liberation Army"
		}
		if complement && w.text == "," && k+3 < last && isUpperStart(d.toks[k+1].text) && d.toks[k+2].text == "and" && isUpperStart(d.toks[k+3].text) {
			continue // "Ministry of Environment, Forestry and Tourism"
		}
		if k > i && w.text == "&" && k+1 < last && d.toks[k+1].kind == tWord && isUpperStart(d.toks[k+1].text) {
			continue // "Standing Rock Medic & Healer Council", "Procter & Gamble Company"
		}
		if w.skip || w.kind != tWord {
			break
		}
		if !isUpperStart(w.text) {
			prev := d.toks[k-1].text
			inner := k > i && (w.text == "of" || w.text == "for" || w.text == "on") && k+1 < last && isUpperStart(d.toks[k+1].text) &&
				!weekdayNames[d.toks[k+1].text] && !datelineMonths[d.toks[k+1].text] // "the Council on Friday"
			if !inner && k > i && (w.text == "for" || w.text == "of") && k+2 < last && (d.toks[k+1].text == "a" || d.toks[k+1].text == "the") &&
				isUpperStart(d.toks[k+2].text) && (orgWords[prev] || orgLeadWords[prev]) {
				k++ // "Center for a New American Security", "Institute for the Study of War"
				inner = true
			}
			switch {
			case inner && (orgWords[prev] || orgLeadWords[prev] || complement):
				complement = true
			case k > i && w.text == "and" && d.andInName(k, last, complement):
			default:
				k = last // the name ends here
				continue
			}
		} else if k > i && (functionWords[strings.ToLower(w.text)] || datelineMonths[w.text] || weekdayNames[w.text] || pronounsSubject[w.text]) {
			break // "Farmers" may stand inside a name; "The", "On", "May" do not
		} else if k > i && (orgEnd > 0 || agencyEnd > 0) && d.titleHeadsName(k, last) {
			break // "… Government Employees President J. David Cox": the body ends before its officer
		}
		end = k + 1
		if (orgWords[w.text] || companyWords[w.text]) && k > i {
			orgEnd = k + 1
			lastInComplement = complement
		}
		if agencyWords[w.text] && k > i {
			agencyEnd = k + 1
		}
	}
	if agencyEnd == end && agencyEnd > orgEnd {
		orgEnd = end // only where the run ends: "Global Affairs Canada" is read elsewhere
	}
	switch {
	case orgEnd > 0 && end > orgEnd && complement && d.pluralNameEnd(orgEnd, end):
		// "Association of Chief Police Officers", "Organization of the
		// Petroleum Exporting Countries": the complement names whom the
		// body gathers, and a plural ends it, not the body word inside it
	case orgEnd > 0 && end > orgEnd && lastInComplement && agencyEnd != end:
		// "Center for Energy Economics and Public Policy": a word of the
		// field the body studies, not the end of its name (an officer
		// after the name stopped the run above)
	case orgEnd > 0 && end > orgEnd && d.toks[orgEnd].text != "of" && d.toks[orgEnd].text != "for" && d.toks[orgEnd].text != "on":
		end = orgEnd // "Transport Union Leader …": the name ends at its organisation word
	case orgEnd < 0 && !(orgLeadWords[t.text] && end-i >= 2):
		return mention{}, false
	}
	if end-i < 2 || placeWords[d.toks[end-1].text] && orgEnd < 0 {
		return mention{}, false
	}
	name := d.surface(i, end)
	m := mention{a: i, b: end, kind: mOrg, rec: -1, name: name, aliasFrom: i}
	return m, true
}

// orgOpeners begin titles, so stand among notNameWords, but begin
// companies' names too: "General Electric", "General Dynamics".
var orgOpeners = toSet("General")

// titleHeadsName reports a capitalised title at k followed by a name:
// the officer of the body named before it ("Union President Jane Doe").
func (d *doc) titleHeadsName(k, last int) bool {
	title, te := d.titleAt(k, last)
	if title == "" || te >= last {
		return false
	}
	w := d.toks[te]
	return w.kind == tWord && isUpperStart(w.text) && !orgWords[w.text] && !agencyWords[w.text] && !companyWords[w.text] && !notNameWords[w.text]
}

// pluralNameEnd reports whether capitalised words [from, to) of a name's
// complement end in a plural noun ("Police Officers", "Exporting
// Countries"): people or members the body is of, where a person's title
// after a name is singular ("Union Leader").
func (d *doc) pluralNameEnd(from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].kind != tWord || !isUpperStart(d.toks[k].text) {
			return false
		}
	}
	w := d.toks[to-1].text
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !agencyWords[w] && !companyWords[w]
}

// collectiveOwners are plural nouns without an s whose possessive opens
// many bodies' names: "People's Liberation Army", "Children's Society".
var collectiveOwners = toSet("People Children Women Men")

// collectivePossessiveInName reports a possessive at k after one of the
// collectiveOwners, followed by a capitalised word: inside the name.
func (d *doc) collectivePossessiveInName(k, last int) bool {
	return k > 0 && k+1 < last && d.toks[k].kind == tPoss && collectiveOwners[d.toks[k-1].text] &&
		d.toks[k+1].kind == tWord && isUpperStart(d.toks[k+1].text) && !notNameWords[d.toks[k+1].text]
}

// orgClass is the common noun that refers back to an organisation named
// with an organisation word ("the union", "the alliance").
func orgClass(name string) string {
	words := strings.Fields(name)
	for i := len(words) - 1; i >= 0; i-- {
		if orgWords[words[i]] {
			return strings.ToLower(words[i])
		}
	}
	return ""
}

// collectiveAt reads "the military", "Myanmar's military government",
// "the Sudanese army": a country's armed forces or military rulers.
func (d *doc) collectiveAt(i, last int) (mention, bool) {
	if !d.collectiveAhead(i, last) {
		return mention{}, false
	}
	j := i
	if strings.EqualFold(d.toks[j].text, "the") {
		j++
	}
	qual, isCountry, _, j2 := d.countryQualifier(j, last)
	if qual != "" && !isCountry {
		return mention{}, false
	}
	if j2 == i {
		return mention{}, false
	}
	for n := 2; n >= 1; n-- {
		if j2+n > last {
			continue
		}
		words := make([]string, n)
		for k := range words {
			words[k] = strings.ToLower(d.toks[j2+k].text)
		}
		if collectiveNouns[strings.Join(words, " ")] == n {
			b := j2 + n
			if b < last && !d.collectiveEnds(b, last) {
				return mention{}, false // "the military spokesman", "the military era"
			}
			return mention{a: i, b: b, kind: mCollective, rec: -1, qual: qual, qualCountry: qual != "", aliasFrom: i}, true
		}
	}
	return mention{}, false
}

// collectiveEnds reports whether token b can follow a collective noun
// used as a noun: punctuation, a possessive, a function word or a verb —
// not a noun it qualifies ("the military era", "the army chief").
func (d *doc) collectiveEnds(b, last int) bool {
	t := d.toks[b]
	if t.kind != tWord {
		return true
	}
	if t, _ := d.titleAt(b, last); t != "" {
		return false
	}
	lw := strings.ToLower(t.text)
	if functionWords[lw] || skippableBeforeVerb[lw] || strings.HasSuffix(lw, "ed") {
		return true
	}
	if _, ok := d.matchVerb(b); ok {
		return true
	}
	return strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss")
}

// collectiveName names a country's military as an actor.
func collectiveName(country string) string { return country + " military" }

// mainCountry is the country the story is most about: the one its
// mentions name most often.
func (d *doc) mainCountry(raw []mention) string {
	counts := map[string]int{}
	best, bestN := "", 0
	for _, m := range raw {
		name := ""
		switch {
		case m.kind == mEntity && !m.entity.place && m.entity.kind == domain.KindCountry:
			name = m.entity.name
		case m.qualCountry:
			name = m.qual
		}
		if name == "" {
			continue
		}
		counts[name]++
		if counts[name] > bestN {
			best, bestN = name, counts[name]
		}
	}
	return best
}

// collectiveHeads are the first words of collectiveNouns.
var collectiveHeads = toSet("military army junta armed security")

// collectiveAhead is a cheap test that a collective noun follows token i
// within four tokens, before the full reading.
func (d *doc) collectiveAhead(i, last int) bool {
	for k := i + 1; k < last && k <= i+4; k++ {
		if t := d.toks[k].text; len(t) >= 4 && collectiveHeads[strings.ToLower(t)] {
			return true
		}
	}
	return false
}
