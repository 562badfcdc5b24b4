package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// relativeOpeners open a relative clause after a comma: "X, who was
// elected in 2009, said".
var relativeOpeners = toSet("who whom whose which where")

// describedDate reports whether the date at token k, dating an act at
// token v, is a coarse one (a
// month or a year) told inside a relative clause or an appositive that
// describes someone: "X, who took office in January, said", "Y, a
// minister since 2014, said". Such a date tells that person's past, not
// when the act of the sentence happened; a day there ("X, who spoke on
// Tuesday, said") still dates the occasion and is kept, and so does a
// date of an act told inside the clause itself ("Trump, who berated him at
// a February encounter": v in the clause).
func (d *doc) describedDate(k, v int) bool {
	t := d.toks[k]
	if t.date == 0 {
		return false
	}
	if d.comparedDate(k, v) {
		return true
	}
	if d.dates[t.date-1].Date.Precision == domain.PrecisionDay {
		return false
	}
	s := d.sents[t.sent]
	c := -1
	for j := k - 1; j >= s.first; j-- {
		if d.toks[j].text == "," && !d.toks[j].inQuote {
			c = j
			break
		}
	}
	if c < 0 || c+1 >= s.last || c == s.first || v > c && v < d.clauseCommaEnd(k, s) {
		return false
	}
	w := strings.ToLower(d.toks[c+1].text)
	if relativeOpeners[w] {
		return true
	}
	if !appositiveOpeners[w] {
		return false
	}
	before := d.toks[c-1]
	if before.date != 0 || before.kind != tWord || !isUpperStart(before.text) {
		return false // "On Tuesday, the …": an opening adverbial, no name described
	}
	return d.clauseCommaEnd(k, s) < s.last // the appositive closes before the sentence goes on
}

// clauseCommaEnd is the first comma outside quotes after token k in
// sentence s, or the sentence's end.
func (d *doc) clauseCommaEnd(k int, s sentence) int {
	for j := k + 1; j < s.last; j++ {
		if d.toks[j].text == "," && !d.toks[j].inQuote {
			return j
		}
	}
	return s.last
}

// datesItsNoun reports whether the date at token k names the time of
// the noun it stands before, not of its clause's act: a possessive
// ("Tuesday's vote was lost", but not "at Tuesday's press conference",
// the occasion itself), a day between "the" and a noun ("the May 17
// missile attack"), or a date ahead ("next week's summit"). Such a date dates that event; a
// sentence telling of it happened at another time, and later sentences
// must not inherit it as their occasion.
func (d *doc) datesItsNoun(k int) bool {
	t := d.toks[k]
	if t.date == 0 {
		return false
	}
	s := d.sents[t.sent]
	b, e := k, k
	for b > s.first && d.toks[b-1].date == t.date {
		b--
	}
	for e+1 < s.last && d.toks[e+1].date == t.date {
		e++
	}
	if e+1 >= s.last {
		return false
	}
	next := d.toks[e+1]
	if aheadWords[strings.ToLower(d.toks[b].text)] {
		return true // "next week's summit", "the coming year": ahead of any act told of it
	}
	if next.text == "'s" || next.text == "’s" {
		return b == s.first || !possessiveOccasionWords[strings.ToLower(d.toks[b-1].text)] // "at Tuesday's press conference" is the occasion itself
	}
	if b == s.first || !strings.EqualFold(d.toks[b-1].text, "the") || d.dates[t.date-1].Date.Precision != domain.PrecisionDay {
		return false
	}
	return next.kind == tWord && !d.isSpeechVerbAt(e+1) && !d.pastVerbAt(e+1) && !functionWords[strings.ToLower(next.text)]
}

// aheadWords open a date told ahead of the story's day.
var aheadWords = toSet("next coming upcoming tomorrow tomorrow's")

// possessiveOccasionWords, before a possessive date, make its noun the
// occasion of the clause's act: "said at Tuesday's press conference".
var possessiveOccasionWords = toSet("at during in on after before since following")

// comparedAuxiliaries stand after "as" and its subject in a clause that
// likens the act to an earlier one: "as he did in an interview".
var comparedAuxiliaries = toSet("did had has does do was were")

// comparedDate reports whether the date at token k, dating an act at token
// v, stands in a comma clause that likens the act to another time
// ("Hoenig reiterated, as he did in an interview two weeks ago, that …"):
// the date is the earlier time's, at any precision.
func (d *doc) comparedDate(k, v int) bool {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		t := d.toks[j]
		if t.inQuote || t.kind == tPunct && t.text != "," {
			return false
		}
		if t.text != "," {
			continue
		}
		if j+3 >= k || !strings.EqualFold(d.toks[j+1].text, "as") || v > j && v < k {
			return false
		}
		return comparedAuxiliaries[strings.ToLower(d.toks[j+3].text)]
	}
	return false
}
