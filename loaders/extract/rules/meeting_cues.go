package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// meetingCueSpecs are the ways news copy tells a meeting beyond verbSpecs'
// "met" and "held talks with": calls ("spoke by phone with", "had a call
// with"), discussions ("discussed the plan with"), talks without "with"
// ("X and Y held talks"), sitting down together. Same format as verbSpecs;
// every line gives a meeting of the subject with the object.
const meetingCueSpecs = `
spoke|spoken|speaks|speak|speaking|talked|talks|talking ~ phone|telephone|videolink with|to;m;
phoned|telephoned|phones|telephones;m;
held|holds|hold|holding|had|has|have a|an ~3 call|conversation|calls|conversations with;m;
discussed|discusses|discussing|discuss ~ with;m;
held|holds|hold|holding|had|has|have ~3 talks|discussions|negotiations|consultations|meetings|meeting with;m;
held|holds|hold|holding|had|have ~3 talks|discussions|negotiations;m;
sat|sits|sit|sitting down with;m;
host|hosts|hosting|hosted;m;
met|meet|meets|meeting up with;m;
talked|talks|talking ~ with;m;
visited|visits|visit|visiting;m;
pictured|photographed with|alongside;m;
appeared|appearing|appears|stood|standing|stands|campaigned|campaigning alongside;m;
shared|shares|sharing a|the platform|stage with;m;
spoke|spoken|speaks|speak|talked|talk by|over|on ~ phone|telephone|videolink;m;
spoke|spoken|speaks|speak with|to;m;
shook|shake|shakes|shaking hands with;m;
greeted|greets|greet|greeting;m;
had|has|have|having ~ lunch|dinner|breakfast|tea|coffee|drinks with;m;
dined|dines|dine|dining|lunched|lunches|breakfasted with;m;
stayed|stays|staying with;m;
held|holds|hold|holding|had|has|have a|an ~3 summit|meeting|conference|dinner|lunch|breakfast;m;
held|holds|hold|holding|had|has|have ~3 round|rounds of talks|negotiations|discussions with;m;
held|holds|hold|holding|had|has|have ~3 round|rounds of talks|negotiations|discussions;m;
discussed|discusses|discussing|discuss ~ by|over|on ~ phone|telephone|videolink;m;
brought|brings|bring|bringing together;m;
paid|pays|pay|paying a|an ~ visit|call to|on;m;
hosted|hosts|hosting|host|gave|gives|give|threw|throws a|an ~ dinner|lunch|reception|banquet|breakfast for|with;m;
`

var meetingCueIndex = buildVerbIndex(meetingCueSpecs)

// personOnlyVerbs make a meeting only with a named person: one speaks to
// reporters, to MPs or to a broadcaster, greets a decision and stays with
// a party or a plan without meeting anyone; one stays with a friend.
var personOnlyVerbs = toSet("spoke spoken speaks speak greeted greets greet greeting paid pays pay paying stayed stays staying")

// personOnly reports whether the cue at h needs a fully named person as
// its object and obj is none.
func (d *doc) personOnly(h verbHit, obj int) bool {
	if !personOnlyVerbs[strings.ToLower(d.toks[h.from].text)] || d.isCall(h.from, h.to) {
		return false
	}
	return !d.namedPerson(obj)
}

// namedPerson reports whether rec is a person the story names in full:
// not a group read as a name ("MPs", "Senior MPs"), an outlet, or an
// office holder known only by the title ("European Commission President").
func (d *doc) namedPerson(rec int) bool {
	if !d.isPerson(rec) {
		return false
	}
	name := d.reg.recs[rec].name
	last := strings.ToLower(lastWord(name))
	return strings.Contains(name, " ") && !outletLike(name) && titleIndex[last] == "" && !groupPlurals[last] && !representativeNouns[last]
}

// groupPlurals end a group read as a name ("Senior MPs", "Labour
// backbenchers"), never a person's.
var groupPlurals = toSet("mps msps meps ams tds peers backbenchers lawmakers legislators senators councillors activists protesters")

// callWords mark a cue that tells a call, not a meeting in person: the
// CONSULT interaction verbSpecs gives stays the only interaction.
var callWords = toSet("phone telephone videolink phoned telephoned phones telephones call calls conversation conversations")

// withMeetingNouns name a meeting whose other side follows "with" ("in
// talks with X", "his call with Y", "on a visit with Z").
var withMeetingNouns = toSet(`talks meeting meetings discussions negotiations call conversation
summit visit dinner lunch breakfast encounter interview conference`)

// withMeetingPreps may stand before a with-noun when the clause's subject
// took part ("at a meeting with", "in talks with"); "called for talks
// with" or "an invitation to talks with" tell of no meeting.
var withMeetingPreps = toSet("at in during after following before on for")

// demandWords before "for" make the talks a demand, not a meeting
// ("called for talks with X", "pressed for a meeting with Y").
var demandWords = toSet(`call calls called calling push pushes pushed pushing press presses pressed pressing
appeal appeals appealed appealing ask asks asked asking demand demands demanded demanding plea pleas urge urged
urges bid bids hope hopes hoped hoping wait waits waited waiting time room chance opportunity`)

// betweenMeetingNouns are the nouns besides meetingNouns that "between X
// and Y" makes a meeting ("a debate between X and Y").
var betweenMeetingNouns = toSet("debate debates discussions call conversation dinner showdown")

// plannedWords stand between a subject and a meeting still to come ("is
// due to meet", "will host", "is expected to hold talks").
var plannedWords = toSet("to due expected set scheduled planning plans plan planned will would is are was were be also later hopes hoped hoping wants wanted intends intended")

// meetingCueFacts reads the meetings at token k that meetingCueSpecs and
// the nouns above tell.
func (d *doc) meetingCueFacts(k int, fs *domain.FactSet) {
	if h, ok := d.matchIn(meetingCueIndex, k); ok {
		if mf, ids, ok := d.verbMeeting(h); ok && !d.welcomesAnAct(h) {
			consult := d.isCall(h.from, h.to) || personOnlyVerbs[strings.ToLower(d.toks[h.from].text)]
			if d.oneCallerMany(h, ids) {
				for _, o := range ids[1:] {
					if mf, pair, ok := d.meeting([]int{ids[0], o}, h.from, h.to); ok {
						d.addCueMeeting(fs, mf, pair, consult)
					}
				}
			} else {
				d.addCueMeeting(fs, mf, ids, consult)
			}
		}
	}
	lw := strings.ToLower(d.toks[k].text)
	if withMeetingNouns[lw] {
		if mf, ids, ok := d.withNounMeeting(k); ok {
			d.addCueMeeting(fs, mf, ids, callWords[lw])
		}
	}
	if betweenMeetingNouns[lw] {
		if mf, ids, ok := d.meetingBetween(k); ok {
			d.addCueMeeting(fs, mf, ids, callWords[lw])
		}
	}
	if lw == "summit" || lw == "summits" {
		if mf, ids, ok := d.summitOf(k); ok {
			d.addCueMeeting(fs, mf, ids, false)
		}
	}
	if mf, ids, ok := d.hyphenPairMeeting(k); ok {
		d.addCueMeeting(fs, mf, ids, callWords[lw])
	}
	if mf, ids, ok := d.joinedMeeting(k); ok {
		d.addCueMeeting(fs, mf, ids, false)
	}
	if mf, ids, ok := d.hearingMeeting(k); ok {
		d.addCueMeeting(fs, mf, ids, false)
	}
	if mf, ids, ok := d.hostedBy(k); ok {
		d.addCueMeeting(fs, mf, ids, false)
	}
	if mf, ids, ok := d.debateMeeting(k); ok {
		d.addCueMeeting(fs, mf, ids, false)
	}
	if mf, ids, ok := d.questionTimeMeeting(k); ok {
		d.addCueMeeting(fs, mf, ids, false)
	}
	if lw == "session" {
		if mf, ids, ok := d.meetingOfBody(k); ok {
			d.addCueMeeting(fs, mf, ids, false) // "addressed a joint session of Congress"
		}
	}
}

// addCueMeeting records a meeting; a call keeps only the CONSULT
// interaction its verb gave.
func (d *doc) addCueMeeting(fs *domain.FactSet, mf domain.MeetingFact, ids []int, call bool) {
	if call {
		fs.Meetings = append(fs.Meetings, mf)
		return
	}
	d.addMeeting(fs, mf, ids)
}

// isCall reports whether tokens [from, to) tell a call.
func (d *doc) isCall(from, to int) bool {
	for k := from; k < to; k++ {
		if callWords[strings.ToLower(d.toks[k].text)] {
			return true
		}
	}
	return false
}

// plannedSubject reads the subject of a meeting verb at v over the words
// that make it a plan ("X is due to meet", "X will host"), or -1.
func (d *doc) plannedSubject(v int) int {
	s := d.sents[d.toks[v].sent]
	j := v
	for n := 0; n < 5 && j-1 > s.first && plannedWords[strings.ToLower(d.toks[j-1].text)]; n++ {
		j--
	}
	if j == v {
		return -1
	}
	return d.subjectOf(j)
}

// withNounMeeting reads "X … in talks with Y", "at a meeting with Y",
// "X's call with Y", "his visit with Y" at the noun n.
func (d *doc) withNounMeeting(n int) (domain.MeetingFact, []int, bool) {
	s := d.sents[d.toks[n].sent]
	if n+2 >= s.last || !strings.EqualFold(d.toks[n+1].text, "with") {
		return domain.MeetingFact{}, nil, false
	}
	other := d.objectAt(n+2, -1)
	if p := d.personAfterDescription(n + 2); p >= 0 {
		other = p // "his meeting with Tokyo stock exchange head X"
	}
	if other < 0 {
		other = d.titledObjectAt(n + 2)
	}
	if other < 0 {
		other = d.officeOf(n + 2)
	}
	if other < 0 {
		other = d.groupOfOrg(n + 2)
	}
	if other < 0 {
		other = d.delegationOf(n + 2)
	}
	if other < 0 {
		other = d.representativesOf(n + 2)
	}
	if other < 0 || (strings.EqualFold(d.toks[n].text, "interview") && (!d.isPerson(other) || outletLike(d.reg.recs[other].name))) {
		return domain.MeetingFact{}, nil, false // an interview with an outlet is no meeting
	}
	first := -1
	k := n - 1
	for k > s.first && k >= n-3 && d.toks[k].kind == tWord && !withMeetingPreps[strings.ToLower(d.toks[k].text)] &&
		!possessiveDeterminers[strings.ToLower(d.toks[k].text)] {
		k--
	}
	switch lw := strings.ToLower(d.toks[k].text); {
	case d.toks[k].kind == tPoss:
		if m := d.mentionEnding(k - 1); m != nil {
			first = m.rec // "Blair's talks with Bush"
		}
	case lw == "his" || lw == "her":
		if first = d.openingPhraseSubject(k, other); first < 0 {
			first = d.resolvePronoun(k, other)
		}
	case withMeetingPreps[lw] && !(lw == "on" && !strings.EqualFold(d.toks[n].text, "visit")):
		if k > s.first && (strings.EqualFold(d.toks[k-1].text, "for") || strings.EqualFold(d.toks[k-1].text, "to")) {
			return domain.MeetingFact{}, nil, false
		}
		if lw == "for" && (k == s.first || demandWords[strings.ToLower(d.toks[k-1].text)]) {
			return domain.MeetingFact{}, nil, false // "arrived on Thursday for a meeting with X", not "called for talks with X"
		}
		from := s.first
		if c := d.previousComma(k, s.first); c >= 0 && d.toks[k-1].text != "," {
			from = c + 1
		}
		first = d.nounMeetingSubject(from, k)
		if first == other {
			first = -1 // the clause's first actor is the one met ("In an interview with X, Y said")
		}
		if first < 0 && from > s.first {
			first = d.nounMeetingSubject(s.first, k)
		}
		if first < 0 && k <= s.first+1 {
			first = d.actorAfterOpening(n+2, other) // "In an interview with X, Y said"
		}
	}
	if first < 0 {
		return domain.MeetingFact{}, nil, false
	}
	parts := []int{first}
	if withMeetingPreps[strings.ToLower(d.toks[k].text)] {
		parts = d.withPartners(s, k, first, []int{other}) // "X and Y agreed after talks with Z"
	}
	parts = append(append(parts, other), d.coordinatedAfter(n+2)...)
	parts = append(parts, d.includedPeople(n+2)...)
	return d.meeting(parts, k, n+2)
}

// summitOf reads "a summit of X, Y and Z" and "X hosted a summit with Y
// and Z" at the noun n: one meeting of every named participant.
func (d *doc) summitOf(n int) (domain.MeetingFact, []int, bool) {
	s := d.sents[d.toks[n].sent]
	if n+2 >= s.last {
		return domain.MeetingFact{}, nil, false
	}
	prep := strings.ToLower(d.toks[n+1].text)
	if prep != "of" && prep != "with" {
		return domain.MeetingFact{}, nil, false
	}
	parts := d.actorList(n+2, d.clauseEnd(n))
	if subj := d.nounMeetingSubject(s.first, n); subj >= 0 {
		parts = append(d.withPartners(s, n, subj, parts), parts...) // the host, or those who attended
	}
	if len(parts) < 2 {
		return domain.MeetingFact{}, nil, false
	}
	return d.meeting(parts, n, n+2)
}

// actorList reads the actors listed from token j, joined by commas and
// "and" ("Germany, Italy and the leaders of Spain", "Prime Minister X and
// opposition leader Y"); a title the mentions leave out is stepped over.
func (d *doc) actorList(j, end int) []int {
	var parts []int
	for j < end {
		if m := d.mentionStarting(j); m != nil {
			parts = append(parts, m.rec)
			j = m.b
			continue
		}
		w := strings.ToLower(d.toks[j].text)
		if p := d.titledObjectAt(j); p >= 0 && !(w == "," || w == "and") {
			for d.mentionStarting(j) == nil {
				j++
			}
			continue
		}
		if !(w == "," || w == "and" || w == "the" || groupHeads[w] || w == "of" || listTitleWords[w]) {
			break
		}
		j++
	}
	return parts
}

// listTitleWords are lower-case words of a title inside a list of
// participants ("opposition leader X", "former president Y").
var listTitleWords = toSet("opposition former incumbent then president minister leader chancellor secretary")

// pairWords name two people already named ("between the pair", "between
// the two men").
var pairWords = toSet("pair two duo")

// pairBefore reads "the pair" or "the two (men)" at j as the last two
// people named before it in the sentence or the one before, or nil.
func (d *doc) pairBefore(j int) []int {
	if sides := d.twoSidesAt(j); sides != nil {
		return sides // "the two countries", "the two trading blocs"
	}
	if j+1 >= len(d.toks) || !strings.EqualFold(d.toks[j].text, "the") || !pairWords[strings.ToLower(d.toks[j+1].text)] {
		return nil
	}
	si := d.toks[j].sent
	// The two people named last, however often the nearer one is named
	// again ("talks with X. He said X had … . X will … when the two meet").
	var people []int
	for x := j - 1; x >= 0 && d.toks[x].sent >= si-pairReach && len(people) < 2; x-- {
		if m := d.mentionEnding(x); m != nil && !d.toks[x].inQuote && d.isPerson(m.rec) && (len(people) == 0 || people[0] != m.rec) {
			people = append(people, m.rec)
		}
	}
	if len(people) < 2 {
		return nil
	}
	return []int{people[1], people[0]}
}

// titledObjectAt reads a person named after a capitalised title the
// mentions leave out ("met Education Secretary X"), or -1.
func (d *doc) titledObjectAt(e int) int {
	if e >= len(d.toks) {
		return -1
	}
	s := d.sents[d.toks[e].sent]
	if strings.EqualFold(d.toks[e].text, "the") {
		e++
	}
	for j := e; j < s.last && j <= e+3; j++ {
		t := d.toks[j]
		if m := d.mentionStarting(j); m != nil {
			if j > e && d.isPerson(m.rec) {
				return m.rec
			}
			return -1
		}
		if t.kind != tWord || !isUpperStart(t.text) || t.inQuote {
			return -1
		}
	}
	return -1
}

// describedObjectPerson reads "her Malaysian counterpart, X," at e: the
// person the appositive names, who is the one met whatever the
// description was resolved to; -1 when e opens no such phrase.
func (d *doc) describedObjectPerson(e int) int {
	if e >= len(d.toks) || !(possessiveDeterminers[strings.ToLower(d.toks[e].text)] || strings.EqualFold(d.toks[e].text, "the")) {
		return -1
	}
	s := d.sents[d.toks[e].sent]
	for j := e + 1; j < s.last && j <= e+4; j++ {
		if d.toks[j].text == "," {
			if p := d.mentionStarting(j + 1); p != nil && d.isPerson(p.rec) && p.b < s.last && d.toks[p.b].kind == tPunct {
				return p.rec
			}
			return -1
		}
		if d.toks[j].kind != tWord {
			return -1
		}
	}
	return -1
}

// visitVerbs make a meeting only with a person: a visit to a country or a
// place names no one met.
var visitVerbs = toSet("visited visits visit visiting")

// hostVerbs make a meeting only with an object: "X and Y welcomed the
// move" is no meeting of X and Y.
var hostVerbs = toSet("hosted hosts hosting host received receives welcomed welcomes")

// includedPeople reads the people a group met is said to include ("met
// British officials, including the home secretary, X,") in the few words
// after e.
func (d *doc) includedPeople(e int) []int {
	if e >= len(d.toks) {
		return nil
	}
	s := d.sents[d.toks[e].sent]
	for j := e; j < s.last && j <= e+8; j++ {
		if d.toks[j].inQuote || d.toks[j].text == ";" {
			return nil
		}
		if strings.EqualFold(d.toks[j].text, "including") || strings.EqualFold(d.toks[j].text, "among") {
			var people []int
			for _, p := range d.actorList(j+1, d.clauseEnd(j)) {
				if d.isPerson(p) {
					people = append(people, p)
				}
			}
			return people
		}
	}
	return nil
}

// officeOf reads "the president of Ukraine", "the leaders of the union"
// at e as the country or body whose unnamed office holders took part.
func (d *doc) officeOf(e int) int {
	rec, _ := d.officeOfAt(e)
	return rec
}

// officeOfAt is officeOf with the token where the country or body is
// named, from which others listed with it follow ("the presidents of Sri
// Lanka and Indonesia"); -1, -1 when e opens no such phrase.
func (d *doc) officeOfAt(e int) (int, int) {
	if e+3 >= len(d.toks) || !strings.EqualFold(d.toks[e].text, "the") {
		return -1, -1
	}
	s := d.sents[d.toks[e].sent]
	for j := e + 1; j < s.last && j <= e+3; j++ {
		t := d.toks[j]
		if strings.EqualFold(t.text, "of") && j > e+1 {
			at := d.skipThe(j + 1)
			if m := d.mentionStarting(at); m != nil {
				if k := d.reg.recs[m.rec].kind; k == domain.KindCountry || k == domain.KindOrganization {
					return m.rec, at
				}
			}
			return -1, -1
		}
		if t.kind != tWord || !isLower(t.text) {
			return -1, -1
		}
	}
	return -1, -1
}

// pluralOfficeCountries returns the countries listed after a plural
// office at e ("the presidents of Sri Lanka and Indonesia", "the leaders
// of France and Germany") beyond the first, which officeOf gives.
func (d *doc) pluralOfficeCountries(e int) []int {
	rec, at := d.officeOfAt(e)
	if rec < 0 || !strings.HasSuffix(strings.ToLower(d.toks[at-1-boolInt(strings.EqualFold(d.toks[at-1].text, "the"))].text), "of") {
		return nil
	}
	plural := false
	for j := e + 1; j < at; j++ {
		if w := strings.ToLower(d.toks[j].text); strings.HasSuffix(w, "s") && (titleIndex[strings.TrimSuffix(w, "s")] != "" || representativeNouns[w]) {
			plural = true
		}
	}
	if !plural {
		return nil
	}
	var out []int
	for _, c := range d.coordinatedAfter(at) {
		if k := d.reg.recs[c].kind; k == domain.KindCountry || k == domain.KindOrganization {
			out = append(out, c)
		}
	}
	return out
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// oneCallerMany reports whether a call cue's meeting ids has one caller, its
// subject, and several called: calls to several are one call each
// ("spoke by phone to X, and the presidents of Y and Z").
func (d *doc) oneCallerMany(h verbHit, ids []int) bool {
	if len(ids) < 3 || !d.isCall(h.from, h.to) {
		return false
	}
	subj := d.meetingVerbSubject(h.from)
	return subj == ids[0] && len(d.coordinatedBefore(h.from, subj)) == 0
}

// skipThe steps over a "the" at j.
func (d *doc) skipThe(j int) int {
	if j < len(d.toks) && strings.EqualFold(d.toks[j].text, "the") {
		return j + 1
	}
	return j
}

// refusalWords just before a meeting's verb or noun say it did not take
// place ("did not meet", "refused to meet", "never held talks").
var refusalWords = toSet("not never n't refused refuses declined declines no")

// calledOff reports whether the words just before a meeting told at
// token from say it was refused. A meeting called off after it was set
// ("a meeting … that was canceled", "talks … were postponed") stays: it
// was planned, and a planned meeting is a meeting (ANNOTATING.md), as
// the annotations of such meetings have it.
func (d *doc) calledOff(from int) bool {
	s := d.sents[d.toks[from].sent]
	for k := max(from-4, s.first); k < from; k++ {
		if !d.toks[k].inQuote && refusalWords[strings.ToLower(d.toks[k].text)] {
			return true
		}
	}
	return false
}

// openingPrepositions open a phrase before a sentence's subject
// ("Within hours of his talks with X, Y said …").
var openingPrepositions = toSet("within after before during following since at in on")

// openingPhraseSubject resolves a pronoun at k inside a sentence's
// opening phrase ("Speaking after his talks with X, Y said …") to the
// person who opens the clause after the comma, or -1.
func (d *doc) openingPhraseSubject(k, not int) int {
	s := d.sents[d.toks[k].sent]
	if w := strings.ToLower(d.toks[s.first].text); !strings.HasSuffix(w, "ing") && !openingPrepositions[w] {
		return -1
	}
	for j := s.first; j < k; j++ {
		if d.mentionStarting(j) != nil || d.toks[j].text == "," {
			return -1
		}
	}
	for j := k + 1; j+1 < s.last; j++ {
		if d.toks[j].text != "," {
			continue
		}
		for x := j + 1; x < s.last && x <= j+5; x++ {
			if m := d.mentionStarting(x); m != nil {
				if d.isPerson(m.rec) && m.rec != not {
					return m.rec
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// mentionAfterComma returns the actor of the first mention that starts
// within four tokens after the comma at j in s, the clause's subject when
// the comma ends an opening phrase; false when none does.
func (d *doc) mentionAfterComma(s sentence, j int) (int, bool) {
	for x := j + 1; x < s.last && x <= j+4; x++ {
		if m := d.mentionStarting(x); m != nil {
			return m.rec, true
		}
	}
	return -1, false
}

// actorAfterOpening returns the person who opens the clause after the
// comma that ends a sentence's opening phrase (from token j on), or -1.
func (d *doc) actorAfterOpening(j, not int) int {
	s := d.sents[d.toks[j].sent]
	for ; j+1 < s.last && j < s.first+20; j++ {
		if d.toks[j].inQuote {
			return -1
		}
		if d.toks[j].text != "," {
			continue
		}
		if rec, ok := d.mentionAfterComma(s, j); ok {
			if d.isPerson(rec) && rec != not {
				return rec
			}
			return -1
		}
	}
	return -1
}

// personAfterQualifier reads "Chinese counterpart Minister X" at e, where
// the mention at e is the country qualifying the title: the person, or -1.
func (d *doc) personAfterQualifier(e int) int {
	m := d.mentionStarting(e)
	if m == nil || d.isPerson(m.rec) {
		return -1
	}
	s := d.sents[d.toks[e].sent]
	for j := m.b; j < s.last && j <= m.b+3; j++ {
		if p := d.mentionStarting(j); p != nil {
			if j > m.b && d.isPerson(p.rec) {
				return p.rec
			}
			return -1
		}
		if d.toks[j].kind != tWord {
			return -1
		}
	}
	return -1
}

// objectOfRelative reports whether the mention ending just before the
// verb at v is the object of a relative clause ("councillors who back X
// met Y"): then X is not the one who met.
func (d *doc) objectOfRelative(v int) bool {
	s := d.sents[d.toks[v].sent]
	j := d.subjectEndBefore(v)
	m := d.mentionEnding(j)
	if m == nil {
		return false
	}
	a := min(m.a, m.aliasFrom)
	if a-1 > s.first && (honorificGender[d.toks[a-1].text] != 0 || titleAbbreviations[d.toks[a-1].text]) {
		a-- // "councillors who back Mr X met Y"
	}
	if a-2 < s.first {
		return false
	}
	verb, rel := d.toks[a-1], strings.ToLower(d.toks[a-2].text)
	return verb.kind == tWord && isLower(verb.text) && (rel == "who" || rel == "that" || rel == "which")
}

// outletLike reports whether a name reads as a broadcaster's or a
// paper's ("BBC One", "Fox News"), which an interview is given to, not
// a meeting held with.
func outletLike(name string) bool {
	for _, w := range strings.Fields(name) {
		if outletWords[w] || outletHeads[w] || (len(w) >= 3 && isAcronym(w)) {
			return true
		}
	}
	return false
}
