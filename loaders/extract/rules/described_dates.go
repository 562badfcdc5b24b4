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
	if t.date == 0 || d.dates[t.date-1].Date.Precision == domain.PrecisionDay {
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
