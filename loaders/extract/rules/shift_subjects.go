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
	j := d.subjectEndBefore(k)
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
			if d.paras[d.sents[d.toks[k].sent].para].lead && d.story != nil {
				fd := *d.story // the lead's news: the story's day
				return &fd
			}
			y := domain.Year(d.publicationDay().Start.Year())
			return &y
		}
	}
	return nil
}

// participleSubject reads "X has changed policy, apparently rowing back
// from A and watering down B": a participle clause after a comma (or
// joined with "and" to one) tells the sentence's opening actor's act. It
// returns that actor, or -1.
func (d *doc) participleSubject(k int) int {
	s := d.sents[d.toks[k].sent]
	if !strings.HasSuffix(strings.ToLower(d.toks[k].text), "ing") {
		return -1
	}
	j := d.skipAdverbsBack(k-1, s.first)
	if j <= s.first {
		return -1
	}
	if strings.EqualFold(d.toks[j].text, "and") {
		for x := j - 1; x > s.first && x >= j-12; x-- {
			if t := d.toks[x]; t.kind == tWord && isLower(t.text) && strings.HasSuffix(t.text, "ing") {
				if c := d.skipAdverbsBack(x-1, s.first); c > s.first && d.toks[c].text == "," {
					return d.openingActor(s)
				}
			}
		}
		return -1
	}
	if d.toks[j].text != "," {
		return -1
	}
	return d.openingActor(s)
}

// skipAdverbsBack steps back from j over "-ly" adverbs ("apparently"),
// not before first.
func (d *doc) skipAdverbsBack(j, first int) int {
	for j > first && d.toks[j].kind == tWord && strings.HasSuffix(strings.ToLower(d.toks[j].text), "ly") {
		j--
	}
	return j
}

// policyOwnerAfter reads "a shift in US foreign policy", "an evolution
// of US policy" at the shift noun k: the country or body whose policy
// the noun says changed, or -1.
func (d *doc) policyOwnerAfter(k int) int {
	s := d.sents[d.toks[k].sent]
	if k+2 >= s.last || !(strings.EqualFold(d.toks[k+1].text, "in") || strings.EqualFold(d.toks[k+1].text, "of")) {
		return -1
	}
	m := d.mentionStarting(d.skipThe(k + 2))
	if m == nil || m.rec < 0 || d.isPerson(m.rec) {
		return -1
	}
	j := m.b
	if j < s.last && d.toks[j].kind == tPoss {
		j++
	}
	for x := j; x < s.last && x < j+3; x++ {
		t := d.toks[x]
		if t.kind != tWord || !isLower(t.text) {
			return -1
		}
		if stanceNouns[strings.ToLower(t.text)] || strings.EqualFold(t.text, "strategy") {
			return m.rec
		}
	}
	return -1
}
