package rules

import "strings"

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
