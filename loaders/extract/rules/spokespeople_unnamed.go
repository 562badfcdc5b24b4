package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// An unnamed spokesperson speaks as the body: "a State Department
// spokesperson said", "An IMF spokesperson in Washington said", "A
// spokesperson for Global Affairs Canada said", "according to a Nato
// spokesperson". The phrase is a mention of the body itself (a reader
// lists it as the body's alias); a named one ("a spokesman for X, Jane
// Doe,") is read by personPhrase.

// spokesNouns name a spokesperson.
var spokesNouns = toSet("spokesperson spokesman spokeswoman")

// indefinite articles open an unnamed spokesperson.
var indefinites = toSet("a an A An")

// unnamedSpokesAt reads an indefinite unnamed spokesperson of a body at
// token i: "a <Body> spokesperson [in <Place>]" or "a spokesperson for
// [the] <Body>".
func (d *doc) unnamedSpokesAt(i, last int) (mention, bool) {
	if !indefinites[d.toks[i].text] || i+3 >= last {
		return mention{}, false
	}
	j := i + 1
	var body mention
	end := -1
	if spokesNouns[d.toks[j].text] {
		if d.toks[j+1].text != "for" {
			return mention{}, false
		}
		k := j + 2
		if strings.EqualFold(d.toks[k].text, "the") {
			k++
		}
		b, ok := d.spokesBody(k, last)
		if !ok {
			if b, ok = d.oneWordBody(k, last); !ok {
				return mention{}, false
			}
		}
		body, end = b, b.b
	} else {
		b, ok := d.spokesBody(j, last)
		if !ok || b.b >= last || !spokesNouns[d.toks[b.b].text] {
			return mention{}, false
		}
		body, end = b, b.b+1
		end = d.skipPlace(end, last)
	}
	if d.nameFollows(end, last) && !d.possessiveFollows(end, last) {
		return mention{}, false // "a spokesman for X, Jane Doe": a person
	}
	body.a, body.b, body.aliasFrom = i, end, i
	return body, true
}

// spokesBody reads the body a spokesperson speaks for at k: a lexicon
// organisation or country, or a capitalised name.
func (d *doc) spokesBody(k, last int) (mention, bool) {
	if k >= last {
		return mention{}, false
	}
	if m, ok := d.lexMatch(k, last); ok && !m.entity.place &&
		(m.entity.kind == domain.KindOrganization || m.entity.kind == domain.KindCountry) {
		return m, true
	}
	if m, ok := d.orgChunk(k, last); ok {
		return m, true
	}
	end := k
	for end < last && end-k < 6 && d.toks[end].kind == tWord && !d.toks[end].skip &&
		(isUpperStart(d.toks[end].text) && !functionWords[strings.ToLower(d.toks[end].text)] ||
			end > k && (d.toks[end].text == "of" || d.toks[end].text == "for") && end+1 < last && isUpperStart(d.toks[end+1].text)) {
		end++
	}
	if end-k < 2 || spokesNouns[d.toks[end-1].text] {
		return mention{}, false
	}
	if parts, pe := d.nameParts(k, last); len(parts) >= 2 && pe > end {
		return mention{}, false // "a spokesman for John R. Bolton": a person's name runs on past an initial
	}
	return mention{a: k, b: end, kind: mOrg, rec: -1, name: d.surface(k, end), aliasFrom: k}, true
}

// skipPlace steps over "in <Place>" at k ("a spokesperson in Geneva"): the
// place says where the spokesperson is, not whom they speak for.
func (d *doc) skipPlace(k, last int) int {
	if k+1 >= last || d.toks[k].text != "in" || !isUpperStart(d.toks[k+1].text) {
		return k
	}
	e := k + 1
	for e < last && e-k <= 3 && d.toks[e].kind == tWord && isUpperStart(d.toks[e].text) {
		e++
	}
	return e
}

// possessiveFollows reports an appositive that opens with a possessive
// after the comma at k ("a spokesman for Unison, Britain's biggest union,"):
// a description of the body, not the spokesperson's name.
func (d *doc) possessiveFollows(k, last int) bool {
	return k+2 < last && d.toks[k].text == "," && d.toks[k+2].kind == tPoss
}
