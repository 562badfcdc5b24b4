package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// debateVerbSpecs tell one side confronting another face to face; they
// make a meeting only where the sentence names a debate or a chamber
// ("clashed with X at prime minister's questions", "challenged Y in the
// Commons"). Same format as verbSpecs.
const debateVerbSpecs = `
clashed|clashes|clash|clashing|sparred|spars|spar|sparring with;m;
crossed|crosses|cross swords with;m;
challenged|challenges|challenging|quizzed|quizzes|quizzing|pressed|presses|pressing|taunted|taunts|goaded|goads|confronted|confronts;m;
rounded|rounds|rounding on;m;
`

var debateVerbIndex = buildVerbIndex(debateVerbSpecs)

// debateVenueWords name a debate or a chamber where opponents face each
// other; "questions" counts only as in "prime minister's questions".
var debateVenueWords = toSet("commons pmqs fmqs debate debates chamber dáil dail hustings")

// debateVenue returns the token at which the sentence of token k names a
// debate or a chamber, or -1.
func (d *doc) debateVenue(k int) int {
	s := d.sents[d.toks[k].sent]
	for j := s.first; j < s.last; j++ {
		t := d.toks[j]
		if t.inQuote || t.kind != tWord {
			continue
		}
		lw := strings.ToLower(t.text)
		if debateVenueWords[lw] {
			return j
		}
		if (lw == "questions" && j-1 > s.first && d.toks[j-1].kind == tPoss) ||
			(lw == "time" && j > s.first && strings.EqualFold(d.toks[j-1].text, "question")) {
			return j // "prime minister's questions", "question time"
		}
	}
	return -1
}

// debateMeeting reads "X clashed with Y at prime minister's questions" at
// k: a meeting of the two sides in a debate.
func (d *doc) debateMeeting(k int) (domain.MeetingFact, []int, bool) {
	h, ok := d.matchIn(debateVerbIndex, k)
	if !ok || d.toks[k].inQuote || d.debateVenue(k) < 0 {
		return domain.MeetingFact{}, nil, false
	}
	subj := d.subjectOf(h.from)
	obj := d.objectAt(h.to, subj)
	if obj < 0 {
		obj = d.titledObjectAt(h.to)
	}
	if !d.isPerson(subj) || !d.isPerson(obj) || subj == obj {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting([]int{subj, obj}, h.from, h.to)
}

// questionTimeMeeting reads "During prime minister's questions, X went on
// the offensive" at the venue token k: the person who opens the clause
// faced the prime minister the story names, when it names one by that
// title and it is someone else.
func (d *doc) questionTimeMeeting(k int) (domain.MeetingFact, []int, bool) {
	t := d.toks[k]
	s := d.sents[t.sent]
	if t.inQuote || !strings.EqualFold(t.text, "questions") || k-2 < s.first || d.toks[k-1].kind != tPoss ||
		!strings.EqualFold(d.toks[k-2].text, "minister") {
		return domain.MeetingFact{}, nil, false
	}
	pm := d.storyPrimeMinister()
	asker := -1
	if c := k + 1; c < s.last && d.toks[c].text == "," {
		asker = d.actorAfterOpening(c, pm)
	} else {
		asker = d.clauseSubject(k)
	}
	if !d.isPerson(asker) {
		asker = d.firstNamedPerson(s, pm) // "Prime minister's questions also saw Mr X predict …"
	}
	if pm < 0 && d.isPerson(asker) {
		pm = d.replierIn(s.para, k, asker) // "… Mr Blair retorted": the one who answered the questions
	}
	if pm < 0 && d.isPerson(asker) {
		pm = d.exchangeSideAfter(t.sent, asker) // "… But Mr Blair dismissed the talk of splits"
	}
	if pm < 0 || !d.isPerson(asker) || asker == pm {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting([]int{asker, pm}, k, k+1)
}

// replyVerbs tell the answer in an exchange across a chamber.
var replyVerbs = toSet("retorted replied responded answered")

// replierIn returns the person other than asker who is the subject of a
// reply verb after token k in paragraph para, or -1.
func (d *doc) replierIn(para, k, asker int) int {
	for j := k + 1; j < len(d.toks) && d.sents[d.toks[j].sent].para == para; j++ {
		t := d.toks[j]
		if t.inQuote || !replyVerbs[strings.ToLower(t.text)] {
			continue
		}
		if rec := d.subjectOf(j); d.isPerson(rec) && rec != asker {
			return rec
		}
	}
	return -1
}

// exchangeVerbs tell one side's turn in an exchange across a chamber.
var exchangeVerbs = toSet(`retorted replied responded answered dismissed denied insisted countered defended rejected
attacked accused asked demanded pressed challenged said says`)

// exchangeSideAfter returns the first named person other than asker who
// is the subject of an exchange verb in sentence si or the few after it,
// outside quotes, or -1: at question time the two sides take turns.
func (d *doc) exchangeSideAfter(si, asker int) int {
	for x := si; x < len(d.sents) && x <= si+4; x++ {
		s := d.sents[x]
		for j := s.first; j < s.last; j++ {
			t := d.toks[j]
			if t.inQuote || !exchangeVerbs[strings.ToLower(t.text)] {
				continue
			}
			if rec := d.subjectOf(j); d.namedPerson(rec) && rec != asker {
				return rec
			}
		}
	}
	return -1
}

// firstNamedPerson returns the first named person sentence s names
// outside quotes, other than not, or -1.
func (d *doc) firstNamedPerson(s sentence, not int) int {
	for j := s.first; j < s.last; j++ {
		if m := d.mentionStarting(j); m != nil && !d.toks[j].inQuote && d.namedPerson(m.rec) && m.rec != not {
			return m.rec
		}
	}
	return -1
}

// storyPrimeMinister returns the person the story gives the title of
// prime minister (not a deputy), or -1 when none or several.
func (d *doc) storyPrimeMinister() int {
	pm := -1
	for i, r := range d.reg.recs {
		if r.used && r.kind == domain.KindPerson && r.holdsTitleEnding("prime minister") {
			if pm >= 0 {
				return -1
			}
			pm = i
		}
	}
	return pm
}

// chamberAudiences are the words for a chamber that a speaker "told"
// ("told MPs", "told the Commons"): the listeners are the other members,
// among them the speaker's opponents in the debate.
var chamberAudiences = toSet("mps commons house peers lords msps ams tds dáil dail meps")

// chamberDebateMeeting reads two or more people who each "told MPs" (or
// the Commons, peers, MSPs …) in one story as one debate they sat in: a
// story that quotes a minister and a shadow minister addressing the
// chamber reports their exchange. One speaker alone makes no meeting.
func (d *doc) chamberDebateMeeting(fs *domain.FactSet) {
	var speakers []int
	first := -1
	for k, t := range d.toks {
		if t.inQuote || t.skip || !strings.EqualFold(t.text, "told") || k+1 >= len(d.toks) {
			continue
		}
		if p := d.paras[d.sents[t.sent].para]; p.headline || p.caption {
			continue
		}
		if !chamberAudiences[strings.ToLower(d.toks[d.skipThe(k+1)].text)] {
			continue
		}
		subj := d.subjectOf(k)
		if !d.isPerson(subj) || containsInt(speakers, subj) {
			continue
		}
		if first < 0 {
			first = k
		}
		speakers = append(speakers, subj)
	}
	if len(speakers) < 2 || len(speakers) > 4 {
		return
	}
	if mf, ids, ok := d.meeting(speakers, first, first+1); ok {
		d.addMeeting(fs, mf, ids)
	}
}
