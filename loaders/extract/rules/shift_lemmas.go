package rules

import "strings"

// A change of one's own position told as a verb, the owner's possessive
// and a stance noun, in any of their forms: "changed its policy on",
// "softened her opposition to", "altered their approach", "has revised his
// views". turnPhrases lists fixed idioms; this reads the open pattern.

// stanceChangeVerbs change a position their object names, with the
// direction the verb implies.
var stanceChangeVerbs = map[string]string{
	"changed": "SHIFTED", "changes": "SHIFTED", "changing": "SHIFTED",
	"altered": "SHIFTED", "alters": "SHIFTED", "altering": "SHIFTED",
	"shifted": "SHIFTED", "shifts": "SHIFTED", "shifting": "SHIFTED",
	"revised": "SHIFTED", "revises": "SHIFTED", "revising": "SHIFTED",
	"modified": "SHIFTED", "modifies": "SHIFTED", "modifying": "SHIFTED",
	"adjusted": "SHIFTED", "adjusts": "SHIFTED", "adjusting": "SHIFTED",
	"reversed": "REVERSED", "reverses": "REVERSED", "reversing": "REVERSED",
	"softened": "SOFTENED", "softens": "SOFTENED", "softening": "SOFTENED",
	"moderated": "SOFTENED", "moderates": "SOFTENED", "tempered": "SOFTENED",
	"hardened": "HARDENED", "hardens": "HARDENED", "hardening": "HARDENED",
	"toughened": "HARDENED", "toughens": "HARDENED", "toughening": "HARDENED",
}

// ownStanceNouns are the positions a possessive makes the subject's own.
var ownStanceNouns = toSet(`mind stance position positions policy policies approach line tune view
views thinking attitude opposition objection objections rhetoric tone course tack`)

// ownPossessives tie the stance to the clause's subject.
var ownPossessives = toSet("his her its their")

// possessiveStanceTurn reads "<verb> <his|her|its|their> [one or two
// modifiers] <stance noun>" at token k and returns its direction and
// length in tokens, or ("", 0).
func (d *doc) possessiveStanceTurn(k int) (string, int) {
	dir := stanceChangeVerbs[strings.ToLower(d.toks[k].text)]
	if dir == "" {
		return "", 0
	}
	s := d.sents[d.toks[k].sent]
	j := k + 1
	if j >= s.last || !ownPossessives[strings.ToLower(d.toks[j].text)] {
		return "", 0
	}
	for n := 0; n < 3 && j+1 < s.last; n++ {
		j++
		t := d.toks[j]
		w := strings.ToLower(t.text)
		if t.kind != tWord || !isLower(t.text) {
			return "", 0
		}
		if ownStanceNouns[w] {
			if dir == "SHIFTED" && (w == "opposition" || w == "objection" || w == "objections") {
				dir = "SOFTENED" // "changed its opposition" gives ground
			}
			return dir, j - k + 1
		}
		if functionWords[w] {
			return "", 0
		}
	}
	return "", 0
}
