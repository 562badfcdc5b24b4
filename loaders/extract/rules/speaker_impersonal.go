package rules

import "strings"

// impersonalNouns name papers that speak in news copy, a body's work
// rather than the last speaker's words: "The report said:", "the section
// on murder said". ("The document said" is left to the last speaker: in
// news copy it is often theirs.)
var impersonalNouns = toSet("report section study review")

// impersonalSubject reads "It" or "the <paper>" as the subject of the verb
// of saying at v (over adverbs: "The report also said:"). It
// returns whether it found one and who speaks: for "it", a body opening
// the sentence before ("The Home Office defended … . It said …"); for a
// statement or letter, whoever the story said issued it; else
// unnamedSpeaker. A person is never "it", so the quote is not the last
// speaker's.
func (d *doc) impersonalSubject(v int) (int, bool) {
	s := d.sents[d.toks[v].sent]
	k := v - 1
	for n := 0; k > s.first && n < 3 && (skippableBeforeVerb[strings.ToLower(d.toks[k].text)] || isAdverbLy(d.toks[k].text)); n++ {
		k--
	}
	if k < s.first || d.toks[k].inQuote {
		return -1, false
	}
	if w := d.toks[k].text; w == "it" || w == "It" {
		if k != d.afterConnectives(s) {
			return -1, false // "X said it said": not the sentence's subject
		}
		if rec := d.possessedPaperBefore(k); rec >= 0 {
			return rec, true // "X's statement said: "…" It added: "…""
		}
		return d.bareSpokesBody(k), true
	}
	if k-1 != d.afterConnectives(s) || !strings.EqualFold(d.toks[k-1].text, "the") {
		return -1, false // "X said the report highlighted the "…"": X's reading
	}
	noun := d.toks[k].text
	if documentNouns[noun] {
		if rec, _ := d.documentOwnerAt(k-1, v); rec >= 0 {
			return rec, true
		}
		return unnamedSpeaker, true
	}
	if impersonalNouns[noun] {
		return unnamedSpeaker, true
	}
	return -1, false
}

// possessedPaperBefore returns X when the sentence before token k's (not
// counting sentences of a quote) opens with "X's statement" or "X's
// report", or -1.
func (d *doc) possessedPaperBefore(k int) int {
	si := d.toks[k].sent
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		ps := d.sents[p]
		if d.toks[ps.first].inQuote {
			continue
		}
		m := d.mentionStarting(d.afterConnectives(ps))
		if m == nil || m.rec < 0 || m.b+1 >= ps.last || d.toks[m.b].kind != tPoss {
			return -1
		}
		if n := d.toks[m.b+1].text; documentNouns[n] || impersonalNouns[n] {
			return m.rec
		}
		return -1
	}
	return -1
}
