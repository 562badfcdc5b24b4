package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// The story's own office holder. Copy that names a leader without his
// office ("Donald Trump", "Mr Blair") goes on to call him by it alone:
// "the president-elect said", "the prime minister told MPs". When nobody
// in the story holds that office by name, the description means the
// person the story is about — the one it names most often, with no office
// of their own. Two different offices left so (the prime minister and the
// chancellor of a story about both men) cannot be told apart that way, so
// neither is guessed; nor is anyone named in the description's own
// sentence ("X accused the prime minister"). The tie is made inside this
// article only: the description stays a mention, never a stored alias
// (domain.ProperAliases drops it).

// storyOffice reports whether a deferred description is a bare head
// office ("the prime minister", no country, no modifier in time).
func (d *doc) storyOffice(m mention) bool {
	if !headOffices[m.title] || m.qual != "" || m.b-m.a < 2 || !strings.EqualFold(d.toks[m.a].text, "the") {
		return false
	}
	if k := m.b; k+1 < len(d.toks) && d.toks[k].kind == tPoss {
		if n := strings.ToLower(d.toks[k+1].text); n == "official" || titleIndex[n] == "spokesperson" {
			return false // "the prime minister's official spokesman" speaks for someone the story may not name
		}
	}
	var b strings.Builder
	return strings.EqualFold(d.joinTokens(&b, m.a+1, m.b-m.a-1), m.title) && !d.notTheHolder(m) && d.ofCountry(m.b) == ""
}

// storySubjects finds, for the bare head offices among the deferred
// descriptions, the person each means: a map from office to record. An
// office is left out when another office is also left unresolved, or when
// no one person stands out.
func (d *doc) storySubjects(deferred []mention) map[string]int {
	office := ""
	for _, m := range deferred {
		if !d.storyOffice(m) {
			if cls := titleIndex[m.title]; m.qual == "" && formalTitles[m.title] != "" && (cls == "minister" || cls == "diplomat" || cls == "leader") && !d.officeHeld(m.title) {
				return nil // "the home secretary" too: the story's subject may hold either
			}
			continue
		}
		if d.officeHeld(m.title) {
			continue // "the President" before the story names President X
		}
		if office != "" && !sameHeadOffice(office, m.title) {
			return nil // the prime minister and the chancellor: who is which?
		}
		if office == "" {
			office = m.title
		}
	}
	if office == "" {
		return nil
	}
	count := map[int]int{}
	for _, m := range d.ments {
		count[m.rec]++
	}
	best, bestN, secondN := -1, 0, 0
	for idx, rec := range d.reg.recs {
		if rec.kind != domain.KindPerson || len(rec.titles) > 0 || rec.class != "" || !rec.used {
			continue
		}
		switch n := count[idx]; {
		case n > bestN:
			best, bestN, secondN = idx, n, bestN
		case n > secondN:
			secondN = n
		}
	}
	if best < 0 || bestN < 2 || bestN == secondN {
		return nil
	}
	out := map[string]int{office: best}
	if office == "premier" || office == "prime minister" {
		out["premier"], out["prime minister"] = best, best
	}
	return out
}

// storySubject returns the record a bare head office means (storySubjects)
// unless that person is named in the description's own sentence.
func (d *doc) storySubject(m mention, subjects map[string]int) int {
	rec, ok := subjects[m.title]
	if !ok || !d.storyOffice(m) || d.reg.recs[rec].firstTok > m.a {
		return -1
	}
	sent := d.toks[m.a].sent
	for _, o := range d.ments {
		if o.rec == rec && d.toks[o.a].sent == sent {
			return -1 // "X accused the prime minister": someone else
		}
	}
	for k := d.sents[sent].first; k < m.a; k++ {
		if t := d.toks[k]; t.kind == tWord && !t.inQuote && pronounGender(t.text) != genderUnknown {
			return -1 // "He said the prime minister had offered …": he is the subject, not the office
		}
	}
	return rec
}

// officeHeld reports whether the story names someone holding the office.
func (d *doc) officeHeld(title string) bool {
	for _, rec := range d.reg.recs {
		if rec.kind == domain.KindPerson && rec.holdsTitleEnding(title) {
			return true
		}
	}
	return false
}
