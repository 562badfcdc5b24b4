package rules

import "strings"

// placePhraseBefore reports a phrase saying where a speaker is from or
// works — a preposition and capitalised words — ending at token j, right
// after a person: "Lauren Ode from Green Justice in Cape Town says". The
// search for the subject steps over it. It returns the preposition's
// token, or -1.
func (d *doc) placePhraseBefore(j, first int) int {
	if !isUpperStart(d.toks[j].text) {
		return -1
	}
	k := j
	for n := 0; k > first && n < 10; n++ {
		t := d.toks[k]
		lw := strings.ToLower(t.text)
		if lw == "from" || lw == "in" || lw == "at" || lw == "of" {
			if m := d.mentionEnding(k - 1); m != nil && d.isPerson(m.rec) {
				return k
			}
			if p := d.placePhraseBefore(k-1, first); p >= 0 {
				return p // "from X in Y"
			}
			return -1
		}
		if t.kind != tWord && t.kind != tPoss || !(isUpperStart(t.text) || strings.HasSuffix(t.text, "-based") || t.kind == tPoss) {
			return -1
		}
		k--
	}
	return -1
}
