package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

var pollVerbs = toSet("go goes went going head heads headed heading")
var electionNouns = toSet("election elections vote referendum runoff run-off ballot")

// election reads an election at token k: "X goes to the polls on Sunday",
// "X votes in a presidential election", "elections in X", "X's election".
func (d *doc) election(k int) (domain.OtherEventFact, bool) {
	t := d.toks[k]
	lw := strings.ToLower(t.text)
	s := d.sents[t.sent]
	actor := -1
	switch {
	case pollVerbs[lw] && k+3 < s.last && d.toks[k+1].text == "to" && strings.EqualFold(d.toks[k+2].text, "the") && strings.EqualFold(d.toks[k+3].text, "polls"):
		actor = d.subjectOf(k)
	case (lw == "vote" || lw == "voted") && k > s.first && d.demonymPlural(k-1) != "":
		actor = d.reg.get(d.demonymPlural(k-1), domain.KindCountry) // "before Chileans vote next Sunday"
		d.reg.recs[actor].used = true
	case (lw == "votes" || lw == "vote" || lw == "voted" || lw == "voting") && k+1 < s.last && d.toks[k+1].text == "in" && !d.afterArticle(k) && !d.inFavour(k+2):
		actor = d.subjectOf(k)
		if actor < 0 {
			actor = d.objectAt(k+2, -1)
		}
	case electionNouns[lw] && lw != "vote" && lw != "ballot":
		if k+2 < s.last && d.toks[k+1].text == "in" {
			actor = d.objectAt(k+2, -1)
		}
		if actor < 0 {
			actor = d.possessorBefore(k, maxInt(s.first, k-4))
		}
		if actor < 0 && k > s.first {
			if m := d.mentionEnding(k - 1); m != nil {
				actor = m.rec
			}
		}
		if actor < 0 && d.nearDate(k, k+1) != nil {
			actor = d.storyCountry() // "The next general election is due in 2028."
		}
	default:
		return domain.OtherEventFact{}, false
	}
	if actor < 0 || d.reg.recs[actor].kind != domain.KindCountry {
		return domain.OtherEventFact{}, false
	}
	name := d.reg.recs[actor].name
	ev := domain.OtherEventFact{Type: domain.TypeElection, Actors: []string{name}, Title: name + " election"}
	end := d.clauseEnd(k)
	ev.When = d.dateAround(k, end)
	ev.Evidence = d.ev(s.start, s.end, 0.8)
	return ev, true
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// demonymPlural returns the country whose people a plural demonym at token
// j names ("Chileans"), or "".
func (d *doc) demonymPlural(j int) string {
	w := d.toks[j].text
	if !strings.HasSuffix(w, "s") || !isUpperStart(w) {
		return ""
	}
	return demonyms[strings.TrimSuffix(w, "s")]
}

// afterArticle reports whether an article stands one or two tokens before
// k ("a vote", "a preliminary vote"): the word is a noun, not a verb.
func (d *doc) afterArticle(k int) bool {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first && j >= k-2; j-- {
		if w := strings.ToLower(d.toks[j].text); w == "a" || w == "an" || w == "the" {
			return true
		}
	}
	return false
}

// inFavour reports whether token k says "favour" ("voted in favour"): a
// side taken in a vote, not an election.
func (d *doc) inFavour(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	w := strings.ToLower(d.toks[k].text)
	return w == "favour" || w == "favor"
}
