package rules

import "strings"

// ownerNouns speak for whoever owns them: "Mr X's official spokesman
// said", "the party's letter to the commissioner said".
var ownerNouns = toSet("spokesman spokeswoman spokesperson letter statement report complaint submission manifesto")

// ownerSubject reads a subject that is something of an actor's, when the
// subject of the speech verb at v is no actor itself: `X's official
// spokesman said`, `The Conservatives' letter to Y, the commissioner,
// said: "…"`. It returns the owner, or -1, and the owned noun's token.
func (d *doc) ownerSubject(v int) (int, int) {
	s := d.sents[d.toks[v].sent]
	head := -1
	for k := v - 1; k >= s.first && k >= v-16; k-- {
		t := d.toks[k]
		if t.inQuote || t.kind == tQuote {
			return -1, -1
		}
		if t.kind == tWord && ownerNouns[strings.ToLower(t.text)] {
			head = k
			break
		}
	}
	if head < 0 {
		return -1, -1
	}
	// Between the noun and the verb: nothing that could be a verb of its own.
	for k := head + 1; k < v; k++ {
		if _, ok := d.matchVerb(k); ok && !skippableBeforeVerb[strings.ToLower(d.toks[k].text)] {
			return -1, -1
		}
	}
	// Before the noun: up to two modifiers, then the possessive.
	for k := head - 1; k >= s.first && k >= head-3; k-- {
		t := d.toks[k]
		if t.kind == tPoss || t.kind == tPunct && (t.text == "'" || t.text == "’") && k > 0 && strings.HasSuffix(d.toks[k-1].text, "s") {
			if m := d.mentionEnding(k - 1); m != nil && m.rec >= 0 {
				return m.rec, head
			}
			return -1, -1
		}
		if t.kind != tWord || !isLower(t.text) {
			return -1, -1
		}
	}
	return -1, -1
}

// ownedSubjectWins reports whether the owner of the noun at head, not spk,
// the actor subjectOf found for the verb at v, is the speaker: spk is
// named after the noun as the object of a preposition ("X's letter to Y,
// the commissioner, said") or not at all.
func (d *doc) ownedSubjectWins(spk, head, v int) bool {
	if spk < 0 {
		return true
	}
	for k := head + 1; k < v; k++ {
		if m := d.mentionStarting(k); m != nil && m.rec == spk {
			return objectPrepositions[strings.ToLower(d.toks[m.a-1].text)]
		}
	}
	return false
}

// objectPrepositions make the name after them an object, not a subject.
var objectPrepositions = toSet("to with from for against about on by")
