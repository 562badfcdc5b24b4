package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// coordinatedSubject reads "X and other central banks have reversed
// course" at the shift verb k: a subject joined with "and" to a plain
// noun phrase (no one the article names) is X's change too. It returns X,
// or -1.
func (d *doc) coordinatedSubject(k int) int {
	s := d.sents[d.toks[k].sent]
	j := k - 1
	for j > s.first && skippableBeforeVerb[strings.ToLower(d.toks[j].text)] {
		j--
	}
	x := j
	for x > s.first && x > j-5 && d.toks[x].kind == tWord && isLower(d.toks[x].text) && !strings.EqualFold(d.toks[x].text, "and") {
		x--
	}
	if x == j || x <= s.first || d.toks[x].text != "and" {
		return -1
	}
	if m := d.mentionEnding(x - 1); m != nil {
		return m.rec
	}
	return -1
}

// perfectShiftYear dates a change told in the present perfect with no date
// of its own ("the Fed has reversed course"): a recent change, of the
// publication's year at that precision. Nil for other tenses, and in an
// undated article.
func (d *doc) perfectShiftYear(k int) *domain.FuzzyDate {
	if d.article.PublishedAt.IsZero() {
		return nil
	}
	first := d.sents[d.toks[k].sent].first
	for j := k - 1; j >= first && j >= k-3; j-- {
		switch strings.ToLower(d.toks[j].text) {
		case "has", "have", "'ve", "’ve":
			y := domain.Year(d.publicationDay().Start.Year())
			return &y
		}
	}
	return nil
}
