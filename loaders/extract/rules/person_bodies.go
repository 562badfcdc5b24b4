package rules

import "strings"

// personBodyNouns, lower case after a person's surname, name the body that
// person leads or runs, an actor of its own: "the Trump administration",
// "the Harris campaign", "the Biden transition team".
var personBodyNouns = toSet("administration campaign transition")

// politicalAdjectives open administrations named after a party or a
// leaning, not a person: "a Republican administration".
var politicalAdjectives = toSet("Republican Democratic Democrat Conservative Labour Liberal Socialist Communist Tory Nationalist Federal National State Military Provisional Interim Transitional")

// leaderNamed reports whether w stands alone as a name somewhere outside
// "w administration" too, or only there: a word no word list knows
// (countries, parties and bodies are in the lexicon).
func (d *doc) leaderNamed(w string) bool {
	_, known := lexicon[tokenKey(w)]
	return !known && !isAcronym(w)
}

// personBodies turns a lone surname of a person the story names in full,
// followed by a body noun, into that body's mention ("Trump" of "the Trump
// administration" becomes "Trump administration"), so the body speaks and
// acts as itself and the person keeps their own words.
func (d *doc) personBodies(raw []mention) {
	surnames := map[string]bool{}
	for _, m := range raw {
		if m.kind == mPerson && strings.Contains(bareName(m.name), " ") {
			surnames[familyName(m.name)] = true
		}
	}
	for i := range raw {
		m := &raw[i]
		lone := m.kind == mSingle || m.kind == mPerson || m.kind == mEntity && m.entity.place // "the Trump administration" reads as a place's
		if !lone || m.b-m.a != 1 || m.b >= len(d.toks) {
			continue
		}
		noun := d.toks[m.b].text
		w := d.toks[m.a].text
		if !surnames[w] && (noun != "administration" || politicalAdjectives[w] || !d.leaderNamed(w)) {
			continue // an administration takes its president's name: "the Obama administration"
		}
		if !personBodyNouns[noun] {
			continue
		}
		b := m.b + 1
		if noun == "transition" {
			if b >= len(d.toks) || d.toks[b].text != "team" {
				continue
			}
			b++
		}
		m.name = d.surface(m.a, b)
		m.kind, m.b, m.title, m.aliasFrom, m.entity = mOrg, b, "", m.a, lexEntry{}
	}
}

// personBodyName reports a body named after a person ("Trump
// administration"): its first word is the person's, not a short form of
// the body.
func personBodyName(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && (personBodyNouns[f[1]])
}
