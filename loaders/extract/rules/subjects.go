package rules

import "strings"

// subjectEndBefore returns where the subject of the verb at v would end:
// the token before v once the words that may stand between a subject and
// its verb (skippableBeforeVerb: "had earlier", "has also") are passed,
// going back no further than the sentence's first token (v-1 itself when
// v opens the sentence). The readings of an unnamed or implied subject
// all start from it.
func (d *doc) subjectEndBefore(v int) int {
	s := d.sents[d.toks[v].sent]
	j := v - 1
	for j > s.first && skippableBeforeVerb[strings.ToLower(d.toks[j].text)] {
		j--
	}
	return j
}

// appositiveOpeners open a noun phrase set off by commas that describes
// the name before it ("X, the mayor of Y, the largest city in the north,
// said"): a determiner, a possessive, "one" of a group.
var appositiveOpeners = toSet("a an the its his her their one")

// apposChainPerson reads a subject followed by several appositives: at the
// comma j before a verb, it walks back over comma-separated phrases that
// each open with a determiner and returns the person named just before
// the first of them, or -1. "Keisha Browne, the director of the Relief
// Alliance, a network of charities, called …" is Browne speaking, not the
// network or the alliance the appositives name.
func (d *doc) apposChainPerson(j, first int) int {
	end := j
	for n := 0; n < 4; n++ {
		k := d.previousComma(end, first)
		if k < 1 || end-k > 14 || end-k < 2 {
			return -1
		}
		if !appositiveOpeners[strings.ToLower(d.toks[k+1].text)] {
			return -1
		}
		for x := k + 1; x < end; x++ {
			if d.toks[x].kind == tQuote {
				return -1
			}
		}
		if m := d.mentionEnding(k - 1); m != nil && d.isPerson(m.rec) {
			if n == 0 {
				return -1 // one appositive: the caller reads it
			}
			return m.rec
		}
		end = k
	}
	return -1
}

// verbOpensClause returns the verb the tokens [from, to) open with, after
// adverbs, or -1: "…, thanked X and said …" continues the subject named
// before the comma.
func (d *doc) verbOpensClause(from, to int) int {
	for x := from; x < to; x++ {
		t := d.toks[x]
		if t.inQuote || t.kind != tWord {
			return -1
		}
		lw := strings.ToLower(t.text)
		if _, ok := d.matchVerb(x); ok && isLower(t.text) {
			return x
		}
		if isLower(t.text) && strings.HasSuffix(lw, "ed") && !skippableBeforeVerb[lw] {
			return x
		}
		if !skippableBeforeVerb[lw] {
			return -1
		}
	}
	return -1
}

// verbOutsideRelative returns the nearest verb before token j that is not
// inside a relative clause set off by commas (", which sent a junior
// official,"), or -1: a participle ("…, saying") continues the main
// clause, not the relative one.
func (d *doc) verbOutsideRelative(j, first int) int {
	end := j
	for {
		k := d.previousComma(end, first)
		if k < 0 || !relativePronouns[strings.ToLower(d.toks[k+1].text)] {
			break
		}
		end = k
	}
	if pv := d.previousVerb(end); pv >= 0 || end == j {
		return pv
	}
	// No known verb before the relative clause: a past tense there.
	for x := end - 1; x >= first; x-- {
		if t := d.toks[x]; t.kind == tWord && isLower(t.text) && strings.HasSuffix(t.text, "ed") {
			return x
		}
	}
	return -1
}

// contactRelativeSpeaker reads a relative clause without "that" whose
// subject follows its head noun and whose verb takes the quote: `…, a
// charge the governor rejected on Thursday as "simply untrue"`, `a
// statement X dismissed as "…"`. It returns the clause's subject, or -1.
func (d *doc) contactRelativeSpeaker(q quote, head int) int {
	v := d.lastVerbBefore(q.open, head)
	if v < 0 {
		return -1
	}
	subj := d.subjectOf(v)
	if subj < 0 {
		return -1
	}
	// the subject's first token: a pronoun or a mention ending before v
	a := -1
	for x := v - 1; x >= head; x-- {
		if pronounsSubject[d.toks[x].text] {
			a = x
			break
		}
		if m := d.mentionEnding(x); m != nil {
			a = m.a
			break
		}
	}
	for n := 0; n < 3 && a > head && d.toks[a-1].kind == tWord && !isLower(d.toks[a-1].text); n++ {
		a-- // a title before the name: "a statement Foreign Minister X dismissed"
	}
	if a < head+2 {
		return -1
	}
	noun, det := d.toks[a-1], d.toks[a-2]
	if noun.kind != tWord || !isLower(noun.text) || !nounDeterminers[strings.ToLower(det.text)] {
		return -1
	}
	return subj
}

// nounDeterminers open a noun phrase that a contact relative clause follows.
var nounDeterminers = toSet("a an the this that")

// nounAfterDeterminer reports whether the word at v follows a determiner
// and so is a noun, not a verb: "rejected the claims as …" has no speech
// verb "claims".
func (d *doc) nounAfterDeterminer(v int) bool {
	if v == 0 {
		return false
	}
	switch strings.ToLower(d.toks[v-1].text) {
	case "the", "a", "an", "his", "her", "its", "their", "these", "those", "such", "our", "my", "your":
		return true
	}
	return false
}
