package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// pairMeetingNouns are the meetings a hyphened pair names before them
// ("the Trump-Kim summit", "US-China trade talks").
var pairMeetingNouns = toSet("summit summits talks meeting meetings call negotiations")

// hyphenPairMeeting reads "the A-B summit", "A-B trade talks" at the noun
// n: a meeting of A and B, each a country, a body or a person the story
// names by that last name.
func (d *doc) hyphenPairMeeting(n int) (domain.MeetingFact, []int, bool) {
	s := d.sents[d.toks[n].sent]
	if !pairMeetingNouns[strings.ToLower(d.toks[n].text)] {
		return domain.MeetingFact{}, nil, false
	}
	for j := n - 1; j >= s.first && j >= n-3; j-- {
		t := d.toks[j]
		if t.inQuote || t.kind != tWord {
			return domain.MeetingFact{}, nil, false
		}
		parts := strings.Split(t.text, "-")
		if len(parts) == 2 && isUpperStart(parts[0]) && len(parts[1]) > 0 && isUpperStart(parts[1]) {
			a, b := d.actorNamed(parts[0], j), d.actorNamed(parts[1], j)
			if a < 0 || b < 0 || a == b {
				return domain.MeetingFact{}, nil, false
			}
			return d.meeting([]int{a, b}, j, n+1)
		}
		if !isLower(t.text) {
			return domain.MeetingFact{}, nil, false // only modifiers stand between ("trade", "high-level")
		}
	}
	return domain.MeetingFact{}, nil, false
}

// actorNamed returns the actor one word names at token j: a country or
// body the word lists know, or a person of the story with that last
// name (or first, as family names stand first in "Kim Jong Un"); -1 when
// none or several.
func (d *doc) actorNamed(w string, j int) int {
	if e, ok := lexicon[w]; ok && !e.place && e.kind != domain.KindPerson {
		i := d.reg.get(e.name, e.kind)
		if rec := d.reg.recs[i]; !rec.used {
			rec.used, rec.firstTok = true, j
		}
		return i
	}
	found := -1
	for i, r := range d.reg.recs {
		if r.used && r.kind == domain.KindPerson && (r.name == w || strings.Contains(r.name, " ") && (lastWord(r.name) == w || strings.HasPrefix(r.name, w+" "))) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}
