package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// A visit to a country ("his visit to Japan", "the trip to Tokyo next
// week by Minister X") is a meeting with that country when the story
// names no one the visitor met: the country stands for the hosts it
// leaves unnamed (ANNOTATING.md), and the annotations read such visits
// so. When the story tells whom the visitor met, those meetings are the
// visit's, and the visit adds none.

// visitNouns name a journey to a place.
var visitNouns = toSet("visit visits trip trips")

// visitMeetings adds a meeting of each visitor the story shows meeting no
// one with the country they visited.
func (d *doc) visitMeetings(fs *domain.FactSet) {
	met := map[string]bool{}
	for _, m := range fs.Meetings {
		for _, p := range m.Participants {
			met[p] = true
		}
	}
	for k := 0; k+2 < len(d.toks); k++ {
		t := d.toks[k]
		if t.inQuote || t.skip || !visitNouns[strings.ToLower(t.text)] || d.toks[k+1].text != "to" {
			continue
		}
		s := d.sents[t.sent]
		if p := d.paras[s.para]; p.headline || p.caption || k+2 >= s.last {
			continue
		}
		country := d.visitedCountry(k + 2)
		visitor := d.visitor(s, k)
		if country < 0 || !d.isPerson(visitor) || met[d.reg.recs[visitor].name] {
			continue
		}
		if mf, ids, ok := d.meeting([]int{visitor, country}, k, k+3); ok {
			d.reg.recs[country].used = true
			met[d.reg.recs[visitor].name] = true
			d.addMeeting(fs, mf, ids)
		}
	}
}

// visitedCountry returns the country named at token e, as itself or by
// its capital ("to Tokyo"), or -1.
func (d *doc) visitedCountry(e int) int {
	if m := d.mentionStarting(e); m != nil && m.rec >= 0 && d.reg.recs[m.rec].kind == domain.KindCountry && !d.reg.recs[m.rec].place {
		return m.rec
	}
	if le, ok := lexicon[d.toks[e].text]; ok && le.kind == domain.KindCountry && le.capital {
		return d.reg.get(le.name, domain.KindCountry)
	}
	return -1
}

// visitor returns who makes the visit told by the noun at k: its owner
// ("his first visit", "X's trip") or the person after "by" ("the trip to
// Tokyo next week by X"), or -1.
func (d *doc) visitor(s sentence, k int) int {
	for j := k - 1; j >= s.first && j >= k-4; j-- {
		t := d.toks[j]
		switch {
		case t.kind == tPoss:
			if m := d.mentionEnding(j - 1); m != nil {
				return m.rec
			}
			return -1
		case t.text == "his" || t.text == "her":
			if rec := d.openingPhraseSubject(j, -1); rec >= 0 {
				return rec // "During his visit to Tokyo, X said"
			}
			return d.resolvePronoun(j, -1)
		case t.kind != tWord || !isLower(t.text) && !strings.Contains(t.text, "-"):
			return -1
		}
	}
	end := d.clauseEnd(k)
	for j := k + 3; j+1 < end && j <= k+8; j++ {
		if strings.EqualFold(d.toks[j].text, "by") {
			if m := d.mentionStarting(j + 1); m != nil {
				return m.rec
			}
			return -1
		}
	}
	return -1
}
