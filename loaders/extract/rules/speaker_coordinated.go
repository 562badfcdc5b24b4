package rules

import "strings"

// Two actors may say one thing together: "Both Amnesty and the lobby
// group X described the release as "long overdue"". A quote is one
// statement with one speaker, and the one named first is the reader's
// (and the annotators') choice; the nearest name before the verb, which
// the subject search finds, is the second.

// firstOfCoordinated returns the first of two coordinated subjects of the
// verb at v when spk is the second ("A and [the lobby group] B said"),
// else spk.
func (d *doc) firstOfCoordinated(v, spk int) int {
	s := d.sents[d.toks[v].sent]
	var m *mention
	for j := v - 1; j >= s.first && j >= v-4; j-- {
		if mm := d.mentionEnding(j); mm != nil {
			m = mm
			break
		}
	}
	if m == nil || m.rec != spk {
		return spk
	}
	k := m.a - 1
	for n := 0; k > s.first && n < 4 && d.toks[k].kind == tWord && isLower(d.toks[k].text) && d.toks[k].text != "and"; n++ {
		k-- // "the lobby group"
	}
	if k <= s.first || d.toks[k].text != "and" {
		return spk
	}
	first := d.mentionEnding(k - 1)
	if first == nil || first.rec < 0 || first.rec == spk || d.isPerson(first.rec) != d.isPerson(spk) {
		return spk
	}
	// The pair must open the clause: "Both A and B", "A and B" at the
	// sentence's start, not "talks between A and B ended, X said".
	a := first.a
	if a > s.first && strings.EqualFold(d.toks[a-1].text, "the") {
		a--
	}
	if a > s.first && strings.EqualFold(d.toks[a-1].text, "both") {
		a--
	}
	if a != d.afterConnectives(s) {
		return spk
	}
	return first.rec
}
