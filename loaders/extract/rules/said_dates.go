package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// saidDateAround is dateAround for words said at token v: the first date
// in [v, to) that dates the saying, not what was said ("said the vote
// would be held on 13 May", "the deal takes effect come January 20"),
// else the nearest one before v.
func (d *doc) saidDateAround(v, to int) *domain.FuzzyDate {
	for k := v; k < to; k++ {
		t := d.toks[k]
		switch strings.ToLower(t.text) {
		case "following", "after", "since", "before":
			to = k // what follows dates an earlier event
			continue
		}
		if t.date == 0 || t.inQuote || (k > v && d.toks[k-1].date == t.date) || d.describedDate(k, v) {
			continue
		}
		fd := d.dates[t.date-1].Date
		if d.afterPublication(fd) || d.prospective(k) {
			continue
		}
		return &fd
	}
	if fd := d.dateAround(v, v); fd != nil && !d.afterPublication(*fd) {
		return fd
	}
	return nil
}

// prospectiveCues, shortly before a date in its clause, put it ahead of
// the clause's act: "said talks would resume on Monday".
var prospectiveCues = toSet("will would could might shall should 'll due scheduled expected planned")

// prospective reports whether the date at token k is told as ahead of its
// clause's act.
func (d *doc) prospective(k int) bool {
	first := d.sents[d.toks[k].sent].first
	for x := k - 1; x >= first && x >= k-6; x-- {
		t := d.toks[x]
		if t.kind == tQuote || t.text == "," || t.text == ";" || t.text == ":" {
			return false
		}
		if prospectiveCues[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// pointedDate is the date of an earlier sentence that sentence si points
// back to: "at the time", "during the call".
func (d *doc) pointedDate(si int) *domain.FuzzyDate {
	if fd := d.atTheTimeDate(si); fd != nil {
		return fd
	}
	if fd := d.saidThenDate(si); fd != nil {
		return fd
	}
	return d.occasionDate(si)
}

// atTheTimeDate is the date "at the time" in sentence si points back to:
// the last date told before the sentence, in its paragraph or the one
// before, at whatever precision ("… cancelled the contract in 2009. X at
// the time called it …"). Nil when the sentence does not say it.
func (d *doc) atTheTimeDate(si int) *domain.FuzzyDate {
	s := d.sents[si]
	found := false
	for k := s.first; k+2 < s.last; k++ {
		if d.toks[k].inQuote || !strings.EqualFold(d.toks[k].text, "at") || !strings.EqualFold(d.toks[k+1].text, "the") || !strings.EqualFold(d.toks[k+2].text, "time") {
			continue
		}
		if k+3 < s.last && strings.EqualFold(d.toks[k+3].text, "of") {
			continue // "at the time of the vote" names its own occasion
		}
		found = true
		break
	}
	if !found {
		return nil
	}
	return d.lastDateToldBefore(s, 1)
}

// lastDateToldBefore is the last date told outside quotes before sentence
// s, in its paragraph or the parasBack paragraphs before it, when it is
// known and not after publication: what "at the time" and "then" point
// back to. Nil when there is none or it is unusable.
func (d *doc) lastDateToldBefore(s sentence, parasBack int) *domain.FuzzyDate {
	stop := d.paras[max(s.para-parasBack, 0)].first
	for k := s.first - 1; k >= stop; k-- {
		t := d.toks[k]
		if t.date == 0 || t.inQuote || t.skip {
			continue
		}
		return d.knownBefore(d.dates[t.date-1].Date)
	}
	return nil
}

// occasionNouns name an occasion a later sentence can point back to with
// "during the call", "at the rally", "in the interview", "in its written
// submission".
var occasionNouns = toSet(`call calls meeting interview speech rally debate hearing conference briefing
summit visit trip address session broadcast talks ceremony dinner event programme program show
submission letter filing testimony remarks`)

// occasionDeterminers point back at an occasion already told: "the call",
// "its submission". A possessive names one occasion of one actor, so it
// may point back across the whole article.
var (
	occasionDeterminers = toSet("the its his her their")
	occasionPossessives = toSet("its his her their")
)

// occasionDate dates sentence si by an occasion it points back to ("During
// the call, he said …") when an earlier sentence, at most three paragraphs
// back (any distance for a possessive: "in its submission"), gave that
// occasion a date ("the March 21 call", "a call on March 21", "Tuesday's
// debate", "in a submission on 28 February"). Nil otherwise.
func (d *doc) occasionDate(si int) *domain.FuzzyDate {
	s := d.sents[si]
	noun, possessive := "", false
	for k := s.first; k+2 < s.last && noun == ""; k++ {
		t := d.toks[k]
		if t.inQuote {
			continue
		}
		switch strings.ToLower(t.text) {
		case "during", "at", "in", "told", "tells", "telling":
			// "told the news conference": the audience is the occasion
		default:
			continue
		}
		det := strings.ToLower(d.toks[k+1].text)
		if !occasionDeterminers[det] {
			continue
		}
		n := k + 2
		if !occasionNouns[strings.ToLower(d.toks[n].text)] && n+1 < s.last && d.toks[n].kind == tWord && isLower(d.toks[n].text) {
			n++ // one adjective between: "in its written submission"
		}
		if w := strings.ToLower(d.toks[n].text); occasionNouns[w] {
			noun, possessive = w, occasionPossessives[det]
		}
	}
	if noun == "" {
		noun, possessive = d.occasionSubject(s)
	}
	if noun == "" {
		return nil
	}
	stop := 0
	if s.para >= 3 && !possessive {
		stop = d.paras[s.para-3].first
	}
	for k := s.first - 1; k >= stop; k-- {
		t := d.toks[k]
		if t.inQuote || t.skip || strings.ToLower(t.text) != noun {
			continue
		}
		if fd := d.occasionNounDate(k); fd != nil {
			return fd
		}
		if fd := d.introducedOccasionDate(k); fd != nil {
			return fd
		}
	}
	return d.onlyIntroducedOccasionDate(noun, stop)
}

// onlyIntroducedOccasionDate is the date of the one occasion named noun
// that the article introduced ("told a news conference") before token
// stop, when it introduced exactly one: "the news conference" later on can
// mean no other, however far back it was told. Nil otherwise.
func (d *doc) onlyIntroducedOccasionDate(noun string, stop int) *domain.FuzzyDate {
	var found *domain.FuzzyDate
	n := 0
	for k := 1; k < stop; k++ {
		t := d.toks[k]
		if t.inQuote || t.skip || strings.ToLower(t.text) != noun {
			continue
		}
		n++
		found = d.introducedOccasionDate(k)
	}
	if n != 1 {
		return nil
	}
	return found
}

// occasionNounDate is the date attached to the occasion noun at k: just
// before it ("the March 21 call", "Tuesday's debate") or just after it
// ("a call on March 21").
func (d *doc) occasionNounDate(k int) *domain.FuzzyDate {
	j := k - 1
	if j >= 0 && d.toks[j].kind == tPoss {
		j--
	}
	for x := j; x >= 0 && x >= j-1; x-- {
		if t := d.toks[x]; t.date > 0 && !t.inQuote {
			return d.knownBefore(d.dates[t.date-1].Date)
		}
	}
	for x := k + 1; x < len(d.toks) && x <= k+5; x++ {
		if w := strings.ToLower(d.toks[x].text); d.toks[x].kind == tPunct || w == "that" || relativeOpeners[w] {
			break // "a submission to the court on 28 February", not a later clause's date
		}
		if t := d.toks[x]; t.date > 0 && !t.inQuote {
			return d.knownBefore(d.dates[t.date-1].Date)
		}
	}
	return nil
}

// knownBefore is fd when it is a known date not after publication.
func (d *doc) knownBefore(fd domain.FuzzyDate) *domain.FuzzyDate {
	if !fd.Known() || d.afterPublication(fd) {
		return nil
	}
	return &fd
}

// backgroundPara reports whether paragraph pi tells no act of the story:
// no date and no one saying anything outside quotes ("The UN considers
// Gaza occupied territory. The law requires …"). Such a paragraph
// explains; it does not move the story to another occasion, so an
// occasion dated before it still dates the acts told after it.
func (d *doc) backgroundPara(pi int) bool {
	p := d.paras[pi]
	if p.headline || p.caption {
		return false
	}
	for k := p.first; k < p.last; k++ {
		t := d.toks[k]
		if t.inQuote {
			continue
		}
		if t.date > 0 || t.kind == tWord && (d.isSpeechVerbAt(k) || d.pastVerbAt(k)) {
			return false
		}
	}
	return true
}

// pastActs are simple pasts beyond irregularPasts that tell an act: "was
// accused", "saw".
var pastActs = toSet("was were did said got saw knew thought found bought ran rose fell cut")

// attributiveOpeners stand before an -ed word used as an adjective: "the
// occupied territory".
var attributiveOpeners = toSet("the a an its his her their this that these those our your my")

// pastVerbAt reports whether the word at k reads as a verb in the simple
// past ("cried foul", "was accused"), which tells an act, not background.
func (d *doc) pastVerbAt(k int) bool {
	w := d.toks[k].text
	if !isLower(w) {
		return false
	}
	if irregularPasts[w] || pastActs[w] {
		return true
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 5 || strings.Contains(w, "-") {
		return false
	}
	return k == 0 || !attributiveOpeners[strings.ToLower(d.toks[k-1].text)]
}

// nextStoryPara is the first paragraph after pi that tells an act, or the
// paragraph after pi when every one after is background.
func (d *doc) nextStoryPara(pi int) int {
	for x := pi + 1; x < len(d.paras); x++ {
		if !d.backgroundPara(x) {
			return x
		}
	}
	return pi + 1
}

// laterDayIn reports whether sentence s names, outside quotes, a day after
// fd: "met on Monday, and the strike ended on Wednesday" moves the story
// on to Wednesday, so Monday's occasion does not carry past background.
func (d *doc) laterDayIn(s sentence, fd domain.FuzzyDate) bool {
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.date == 0 || t.inQuote {
			continue
		}
		if o := d.dates[t.date-1].Date; o.Precision == domain.PrecisionDay && o.Start.After(fd.Start) && !d.afterPublication(o) {
			return true
		}
	}
	return false
}

// subjectOpeners may stand before an occasion that is the subject of a
// sentence: "But the letter said …".
var subjectOpeners = toSet("but and yet")

// occasionSubject is the occasion noun that is the subject of a verb of
// saying opening sentence s ("The letter said …", "Its statement noted
// …"), with whether a possessive names it, or "" when s does not open so.
// The occasion speaks for the act it was: a sentence that makes it the
// subject tells that same occasion.
func (d *doc) occasionSubject(s sentence) (string, bool) {
	k := s.first
	if k < s.last && subjectOpeners[strings.ToLower(d.toks[k].text)] {
		k++
	}
	if k+2 >= s.last || d.toks[k].inQuote {
		return "", false
	}
	det := strings.ToLower(d.toks[k].text)
	noun := strings.ToLower(d.toks[k+1].text)
	if !occasionDeterminers[det] || !occasionNouns[noun] || !d.isSpeechVerbAt(k+2) {
		return "", false
	}
	return noun, occasionPossessives[det]
}

// introducedOccasionDate is the day of the sentence that introduces the
// occasion noun at k with "a" or "an" ("On Monday, the group sent a letter
// to …"): the sentence's act is the occasion, so its day is the
// occasion's. Nil when the noun is not introduced there or the sentence
// gives no day.
func (d *doc) introducedOccasionDate(k int) *domain.FuzzyDate {
	if k == 0 {
		return nil
	}
	a := strings.ToLower(d.toks[k-1].text)
	if a != "a" && a != "an" && k >= 2 && d.toks[k-1].kind == tWord && isLower(a) {
		a = strings.ToLower(d.toks[k-2].text) // one word between: "a news conference"
	}
	if a != "a" && a != "an" {
		return nil
	}
	si := d.toks[k].sent
	fd := d.episodeDate(d.sents[si])
	if fd == nil {
		// "X told a news conference …" with no date of its own: the day
		// that sentence's act is told on
		if fd = d.inheritedDate(si); fd == nil {
			fd = d.presentDate(si, d.sents[si].first, k)
		}
	}
	if fd == nil || fd.Precision != domain.PrecisionDay {
		return nil
	}
	return d.knownBefore(*fd)
}

// namesEventMonth reports whether month fd stands in sentence s as the
// modifier of an event noun ("The February 1974 general election
// surprised …"): the month dates that event, and the acts a later
// sentence tells after it may fall in a later month, so they inherit only
// its year.
func (d *doc) namesEventMonth(s sentence, fd domain.FuzzyDate) bool {
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.date == 0 || t.inQuote || d.dates[t.date-1].Date != fd {
			continue
		}
		e := k
		for e+1 < s.last && d.toks[e+1].date == t.date {
			e++
		}
		if k == s.first || e+1 >= s.last || !strings.EqualFold(d.toks[k-1].text, "the") {
			return false
		}
		next := d.toks[e+1]
		return next.kind == tWord && isLower(next.text) && !d.isSpeechVerbAt(e+1) && !d.pastVerbAt(e+1)
	}
	return false
}

// maxOccasionReach is how many paragraphs back, background included, an
// occasion may still date an act without its actor's account running on.
const maxOccasionReach = 5
