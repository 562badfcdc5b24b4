package rules

import "strings"

// A quoted phrase inside a sentence of narration whose own clause reads no
// attribution is its subject's words when the sentence opens with a named
// actor and its verb: `Mr Mallon provoked fury by branding the campaign
// "two-bit Tories"`, `Kyle Kirchmeier released a statement condemning
// "paid agitators"`. The last speaker quoted is a guess the sentence
// itself overrules; a pronoun subject leaves it to them, and so does a
// name that only qualifies the subject ("The Tory leader said", "If
// Labour voters "stayed at home"") or a sentence opening on a participle
// ("Contrasting X ("…")").
func (d *doc) embeddedSubjectSpeaker(q quote) int {
	s := d.sents[d.toks[q.open].sent]
	start := d.afterConnectives(s)
	if q.open-start < 2 || start >= s.last {
		return -1
	}
	if w := strings.ToLower(d.toks[start].text); strings.HasSuffix(w, "ing") || functionWords[w] && w != "the" {
		return -1
	}
	rec := d.openingSubject(start, q.open)
	if rec < 0 || d.reg.recs[rec].place || !d.reg.recs[rec].used {
		return -1
	}
	// "His message to the chancellor was: "…"": a name after a possessive
	// or a preposition is not the subject.
	for k := start; k < q.open && d.mentionStarting(k) == nil; k++ {
		if w := strings.ToLower(d.toks[k].text); w != "the" && (functionWords[w] || possessiveDeterminers[w] || w == "our" || w == "my" || w == "your") {
			return -1
		}
	}
	// The name ends the subject: a verb, an adverb or an apposition follows.
	end := -1
	for k := start; k < q.open && k <= start+8; k++ {
		if m := d.mentionEnding(k); m != nil && m.rec == rec {
			end = k + 1
		}
	}
	if end < 0 || end >= q.open {
		return -1
	}
	if !d.verbAfterSubject(end) {
		return -1
	}
	return rec
}

// verbAfterSubject reports a token at k that can follow a clause's
// subject: a comma opening an apposition, a verb, or the adverbs and
// auxiliaries before one.
func (d *doc) verbAfterSubject(k int) bool {
	t := d.toks[k]
	if t.text == "," {
		return true
	}
	if t.kind != tWord || !isLower(t.text) {
		return false
	}
	if _, ok := d.matchVerb(k); ok {
		return true
	}
	return skippableBeforeVerb[t.text] || isAdverbLy(t.text) || strings.HasSuffix(t.text, "ed") || irregularPast[t.text]
}

// irregularPast are common past-tense verbs without "-ed".
var irregularPast = toSet(`sent said told gave made took wrote spoke went came got put set left held kept
felt thought brought found won lost became began saw knew led paid read ran met built sought taught
struck fought hit cut let drew threw chose rose fell stood sat`)

// appositionHeadSpeaker reads `X, Blackpool Hotel Association said:` and
// `X, executive partner of Y said`: news copy that sets off the speaker's
// affiliation with one comma and no closing one. The body read as the
// verb's subject at v only describes the person opening the sentence
// before the comma, who speaks; spk otherwise.
func (d *doc) appositionHeadSpeaker(v, spk int) int {
	if spk < 0 || d.isPerson(spk) {
		return spk
	}
	s := d.sents[d.toks[v].sent]
	start := d.afterConnectives(s)
	for k := v - 1; k > start; k-- {
		t := d.toks[k]
		if t.inQuote || t.kind == tQuote {
			return spk
		}
		if t.text == "," {
			m := d.mentionEnding(k - 1)
			if m == nil || !d.isPerson(m.rec) || m.a != start {
				return spk
			}
			return m.rec
		}
		if t.kind == tWord && isLower(t.text) && !functionWords[t.text] {
			if _, ok := d.matchVerb(k); ok || strings.HasSuffix(t.text, "ed") && k != v {
				return spk // a clause of its own between the comma and the verb
			}
		}
	}
	return spk
}
