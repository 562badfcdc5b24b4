package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// officeSpokesperson reads "U.N. Secretary-General spokeswoman Jane Doe":
// a titled office nobody names, then its spokesperson by name. It gives
// the office holder as a person ("United Nations Secretary-General") and
// the spokesperson with the office as the role's principal, so that the
// spokesperson's quotes are on the office's behalf. j is the token after
// the office title, at its first word (after the qualifier, so "High
// Commissioner" keeps its modifier); end is from when the phrase is
// something else.
func (d *doc) officeSpokesperson(from, at, j, last int, title, qual string) ([]mention, int) {
	if qual == "" || j >= last || orgClassNouns[title] || titleIndex[title] == "spokesperson" {
		return nil, from
	}
	spokes, k := d.titleAt(j, last)
	if titleIndex[spokes] != "spokesperson" {
		return nil, from
	}
	parts, end := d.nameParts(k, last)
	if len(parts) < 2 {
		return nil, from
	}
	office := qual + " " + officeName(strings.ToLower(d.surface(at, j)))
	holder := mention{a: from, b: j, kind: mPerson, rec: -1, name: office, title: title, qual: qual, aliasFrom: from}
	spk := mention{a: k, b: end, kind: mPerson, rec: -1, name: strings.Join(parts, " "), title: spokes, qual: office, aliasFrom: j}
	return []mention{holder, spk}, end
}

// officeName writes a lower-case title as an office's name:
// "secretary-general" → "Secretary-General".
func officeName(title string) string {
	b := []byte(title)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}

// possessorBody finds the body "its" refers to in "its secretary-general,
// Jane Doe,": the organisation or country that is the subject of the
// sentence, or, when "Its" opens the sentence or the sentence has no such
// subject, of the sentence before in the paragraph. raw are the article's
// mentions in text order and i the description's index. It returns the
// body's name and whether it is a country, or "" when none fits.
func (d *doc) possessorBody(raw []mention, i int) (string, bool) {
	desc := raw[i]
	if !strings.EqualFold(d.toks[desc.a].text, "its") {
		return "", false
	}
	si := d.toks[desc.a].sent
	for n := 0; n < 2 && si >= 0; n, si = n+1, si-1 {
		s := d.sents[si]
		if n == 1 && s.para != d.sents[d.toks[desc.a].sent].para {
			break
		}
		first := s.first
		if determiners[d.toks[first].text] {
			first++
		}
		for k := i - 1; k >= 0 && raw[k].a >= s.first; k-- {
			if raw[k].a != first || raw[k].a >= desc.a {
				continue
			}
			switch m := raw[k]; {
			case m.kind == mOrg:
				return m.name, false
			case m.kind == mEntity && !m.entity.place && m.entity.kind != domain.KindPerson:
				return m.entity.name, m.entity.kind == domain.KindCountry
			}
		}
	}
	return "", false
}

// pluralPossessiveInName reports whether the apostrophe at k is a plural
// possessive inside an organisation's name ("Workers' Union", "Herders'
// Association"): after a capitalised plural, before a capitalised word.
func (d *doc) pluralPossessiveInName(k, last int) bool {
	if k == 0 || k+1 >= last || d.toks[k].text != "'" && d.toks[k].text != "’" {
		return false
	}
	prev, next := d.toks[k-1], d.toks[k+1]
	return prev.kind == tWord && isUpperStart(prev.text) && strings.HasSuffix(prev.text, "s") &&
		next.kind == tWord && isUpperStart(next.text) && !notNameWords[next.text]
}

// andInName reports whether "and" at k joins two parts of one
// organisation's name: "Government and General Employees Union" (the
// part after it ends in an organisation word) or, inside a complement,
// "Council for Salvation and Renewal" (a plain capitalised run ending the
// name). A known name after it ("… and NATO") is a second actor.
func (d *doc) andInName(k, last int, complement bool) bool {
	j := k + 1
	for j < last && d.toks[j].kind == tWord && isUpperStart(d.toks[j].text) && !functionWords[strings.ToLower(d.toks[j].text)] &&
		!weekdayNames[d.toks[j].text] && !datelineMonths[d.toks[j].text] {
		if _, known := d.lexMatch(j, last); known || j == k+1 && orgLeadWords[d.toks[j].text] {
			return false
		}
		j++
	}
	if j == k+1 || j-k > 5 {
		return false
	}
	lastWord := d.toks[j-1].text
	if orgWords[lastWord] || companyWords[lastWord] || agencyWords[lastWord] {
		return true
	}
	return complement && (j >= last || d.toks[j].kind != tWord || !isUpperStart(d.toks[j].text))
}

// joinedOrgOver reads an organisation name joined by "and" at token i
// (after a determiner) that covers a title phrase ending at end: "General"
// in "the Teachers and General Staff Union" is no military rank.
func (d *doc) joinedOrgOver(i, end, last int) (mention, bool) {
	if determiners[d.toks[i].text] {
		i++
	}
	if i >= last {
		return mention{}, false
	}
	om, ok := d.orgChunk(i, last)
	if !ok || om.b < end || !strings.Contains(om.name, " and ") {
		return mention{}, false
	}
	return om, true
}
