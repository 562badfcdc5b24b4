package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// The frames in meetings.go and meeting_cues.go read a meeting only when
// they can tell who met whom from the words around one verb or noun. Real
// copy tells meetings in more ways than frames can list ("after meeting X
// he said", "he had seen it in conversations with X", "joined by X at a
// school"), so a sentence the frames leave without a meeting gets a
// second, broader reading: a meeting cue anywhere in it
// (meetingSentenceCues), checked against the words that make it no
// meeting (a target met, a meeting skipped, called for or only guessed
// at, a practice, a noun with no "with", a title's capitalised word).
//
// Who met is read from the cue's grammar, not from every name in the
// sentence. The object slot ("met X", "talks with X", "joined by X",
// "a question from X", "attended by X and Y") must name an actor, and an
// unnamed office holder or representative stands for their country or
// body ("the president of Ukraine", "finance ministers of the G8"): "met
// his fiscal rules", "a meeting with lawmakers" and "debate the matter"
// name no one, and read loosely they made most of this reading's errors
// on unseen copy. The subject is a relative clause's antecedent, the cue
// verb's subject, the "his"/"her" that governs the cue's noun phrase, or
// else the sentence's first actor, with he/she resolved, leaving out
// places, qualifiers ("the Labour conference"), office holders never
// named and whoever only reports the meeting ("X said"). A verb with no
// object meets its coordinated subjects ("X and Y will debate"), and
// "They met" meets the two people the sentence before names. The scorer
// allows one participant too many, so a host beside the people who met
// does no harm.
//
// Hosting and visits stay with the frames: read this broadly they named
// places and venues far more often than people met. A learned decision
// over these cues was considered and not built: on 327 unseen BBC
// articles the rules' sentence-read meetings were few and right, and what
// the development set still misses is mostly participants no cue names
// (an unnamed "the prime minister", a side named sentences away), which
// no classifier of cue sentences supplies.

// sentenceCue is the kind of meeting a word tells.
type sentenceCue uint8

const (
	cueNone       sentenceCue = iota
	cueMeet                   // met, meeting (the verb): a meeting by itself
	cueWith                   // discussed, talks, summit: a meeting when "with" or "between" follows
	cueCall                   // phoned, phone call
	cueDebate                 // a debate between people
	cueJoined                 // "was joined by"
	cueEvidence               // testified before a committee
	cueQuestion               // answering a question from an MP across a chamber
	cueAttended               // attended a summit; a meeting attended by X and Y
	cueCalledOn               // called on a person (a visit, not a demand)
	cuePlayedHost             // played host to X
	cueAsked                  // asked X whether …: a question put face to face
)

// meetingSentenceCues are the words that tell a meeting, by kind.
var meetingSentenceCues = func() map[string]sentenceCue {
	m := map[string]sentenceCue{}
	add := func(k sentenceCue, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = k
		}
	}
	add(cueMeet, "met meet meets meeting")
	add(cueWith, `discussed discuss discusses discussing discussions discussion conversation conversations consultations
negotiations talks talked chatted conferred huddled exchanged audience meetings summit summits encounter dinner lunch luncheon breakfast`)
	add(cueCall, "phoned telephoned phone telephone call")
	add(cueDebate, "debate debates debated debating")
	add(cueJoined, "joined accompanied visited")
	add(cueEvidence, "testified testifying testify")
	add(cueQuestion, "question questions")
	add(cueAttended, "attended")
	add(cueCalledOn, "called")
	add(cuePlayedHost, "host")
	add(cueAsked, "asked")
	return m
}()

// meetObjectsNotPeople follow "meet" when it means to satisfy ("meet the
// target", "meeting demand"), not to meet someone.
var meetObjectsNotPeople = toSet(`target targets demand demands needs need cost costs costs criteria standard standards
deadline deadlines requirement requirements obligations obligation expectations challenge challenges goal goals
commitment commitments pledge pledges bill bills shortfall terms conditions threshold test tests end ends aim aims
rules rule promise promises the`)

// sentenceMeetingMaxActors is the most actors a sentence may name for its
// actors to be read as the participants: beyond it, the sentence tells of
// more than one meeting or of more than a meeting.
const sentenceMeetingMaxActors = 4

// sentenceMeetings reads a meeting from each sentence that tells one but
// yielded none to the frames. (A second cue beside a frame's meeting —
// "Soon after he met X, … would sit down with Y" — was tried: read this
// way it mostly re-read the frame's own cue with other participants.)
func (d *doc) sentenceMeetings(fs *domain.FactSet) {
	told := map[int]bool{}
	for _, m := range fs.Meetings {
		told[m.Evidence.Start] = true
	}
	for _, s := range d.sents {
		if d.paras[s.para].headline || d.paras[s.para].caption || told[int(d.runeAt[s.start])] || d.allSkipped(s) {
			continue
		}
		if mf, ok := d.sentenceMeeting(s, fs); ok {
			fs.Meetings = append(fs.Meetings, mf)
		}
	}
}

// sentenceMeeting reads the meeting one sentence tells, if any: the first
// cue whose object slot names an actor.
func (d *doc) sentenceMeeting(s sentence, fs *domain.FactSet) (domain.MeetingFact, bool) {
	for from := s.first; from < s.last; {
		cue, kind := d.sentenceCueAt(s, from)
		if cue < 0 {
			break
		}
		from = cue + 1
		if mf, ok := d.cueMeeting(s, cue, kind); ok {
			if kind == cueAsked && d.askedInProceeding(fs, s, cue) {
				return domain.MeetingFact{}, false
			}
			return mf, true
		}
	}
	if mf, ok := d.pairMeeting(s); ok {
		return mf, true
	}
	if mf, ok := d.theyMetWhen(s); ok {
		return mf, true
	}
	return d.jointAppearance(s)
}

// theyMetWhen reads "X urged Y to sign when they met on Monday": a "they
// met" clause after a sentence start that names two people and no other
// actor is a meeting of the two.
func (d *doc) theyMetWhen(s sentence) (domain.MeetingFact, bool) {
	for k := s.first + 2; k < s.last; k++ {
		t := d.toks[k]
		if t.inQuote || !strings.EqualFold(t.text, "met") || !strings.EqualFold(d.toks[k-1].text, "they") ||
			!whenWords[strings.ToLower(d.toks[k-2].text)] || !d.noObjectAfter(k) {
			continue
		}
		people, ok := d.twoNamedPeople(s.first, k-2) // a body or a country may be among "they"
		if !ok {
			return domain.MeetingFact{}, false
		}
		return d.looseMeeting(people, k, k+1)
	}
	return domain.MeetingFact{}, false
}

// twoNamedPeople returns the two people the tokens from..to-1 name
// outside quotes, when those are all they name: an actor that is not a
// named person (a body, a country) or a third person fails, for "they"
// then means more than a pair.
func (d *doc) twoNamedPeople(from, to int) ([]int, bool) {
	var people []int
	for j := from; j < to; j++ {
		m := d.mentionStarting(j)
		if m == nil || d.toks[j].inQuote || m.rec < 0 || containsInt(people, m.rec) {
			continue
		}
		if !d.namedPerson(m.rec) {
			return nil, false
		}
		people = append(people, m.rec)
	}
	return people, len(people) == 2
}

// looseMeeting is the meeting of parts told by the cue tokens from..to-1
// at confidence 0.5: the readings here infer who met from the sentence
// around the cue rather than from its grammar.
func (d *doc) looseMeeting(parts []int, from, to int) (domain.MeetingFact, bool) {
	mf, _, ok := d.meeting(parts, from, to)
	if ok {
		mf.Evidence.Confidence = 0.5
	}
	return mf, ok
}

// whenWords open a clause that dates a main clause by another event.
var whenWords = toSet("when as after before while since where")

// jointAppearance reads "At a joint press conference, X and Y said …":
// the people listed after an opening joint appearance met there.
func (d *doc) jointAppearance(s sentence) (domain.MeetingFact, bool) {
	c := -1
	for k := s.first; k < s.last && k <= s.first+8; k++ {
		if d.toks[k].inQuote {
			return domain.MeetingFact{}, false
		}
		if d.toks[k].text == "," {
			c = k
			break
		}
	}
	if c < 0 || !d.wordBefore(c, s, 4, jointAppearanceNouns) || !d.wordBefore(c, s, 6, jointWords) {
		return domain.MeetingFact{}, false
	}
	m := d.mentionStarting(c + 1)
	if m == nil || !d.namedPerson(m.rec) {
		return domain.MeetingFact{}, false
	}
	parts := []int{m.rec}
	for _, rec := range d.coordinatedAfter(c + 1) {
		if d.sentenceEligible(rec) {
			parts = append(parts, rec)
		}
	}
	if len(parts) < 2 {
		return domain.MeetingFact{}, false
	}
	return d.looseMeeting(parts, c, c+1)
}

// jointWords make an appearance shared.
var jointWords = toSet("joint")

// jointAppearanceNouns name an appearance two sides make together (a
// joint statement is written, not made together).
var jointAppearanceNouns = toSet("conference briefing appearance")

// pairMeeting reads "They met for three hours", "Both men met in Berlin"
// after a sentence that names two people and no one else: the two met
// each other. A pair the sentence names itself, or a "they" after a
// sentence naming more or fewer people, is left alone.
func (d *doc) pairMeeting(s sentence) (domain.MeetingFact, bool) {
	if d.toks[s.first].sent == 0 {
		return domain.MeetingFact{}, false
	}
	for k := s.first; k < s.last && k <= s.first+4; k++ {
		t := d.toks[k]
		lw := strings.ToLower(t.text)
		if t.inQuote || d.mentionStarting(k) != nil {
			return domain.MeetingFact{}, false
		}
		if !(lw == "met" || lw == "talked" || lw == "debated") || !d.noObjectAfter(k) || !d.pairBeforeCue(k, s) {
			continue
		}
		prev := d.sents[d.toks[s.first].sent-1]
		people, ok := d.twoNamedPeople(prev.first, prev.last) // not "Peter Hale and the unions …. They met"
		if !ok {
			return domain.MeetingFact{}, false
		}
		return d.looseMeeting(people, k, k+1)
	}
	return domain.MeetingFact{}, false
}

// cueMeeting reads the meeting the cue at k tells: the actors in its
// object slot ("met X", "talks with X", "joined by X") and its subject,
// or else the sentence's first actor ("in conversations with X, Y …").
// A cue whose slot names no actor ("met his fiscal rule", "a meeting with
// lawmakers", "debate the matter") tells no meeting of named parties.
func (d *doc) cueMeeting(s sentence, k int, kind sentenceCue) (domain.MeetingFact, bool) {
	var parts []int
	if objs := d.cueObjects(s, k, kind); len(objs) > 0 {
		subj := d.cueSubject(s, k, kind, objs)
		switch {
		case subj >= 0:
			parts = append(d.withPartners(s, k, subj, objs), objs...) // "X and Y attended a summit of Z"
		case kind == cueAttended && len(objs) >= 2:
			parts = objs // "the summit was attended by X and Y"
		default:
			return domain.MeetingFact{}, false
		}
	} else if parts = d.coordinatedSubjects(k); parts == nil {
		if !d.unnamedPairAfter(s, k) {
			return domain.MeetingFact{}, false
		}
		// "the debate between the two hopefuls": the sentence's people.
		all, _ := d.sentenceParticipants(s, k)
		for _, p := range all {
			if d.isPerson(p) {
				parts = append(parts, p)
			}
		}
	}
	if len(parts) < 2 || len(parts) > sentenceMeetingMaxActors {
		return domain.MeetingFact{}, false
	}
	persons := 0
	for _, p := range parts {
		if d.isPerson(p) {
			persons++
		}
	}
	switch kind {
	case cueDebate, cueCall, cueJoined, cueQuestion, cueAttended, cueCalledOn, cueAsked:
		if persons < 2 {
			return domain.MeetingFact{}, false
		}
	}
	return d.looseMeeting(parts, k, k+1) // a broader reading than a frame's
}

// coordinatedSubjects returns the subjects of a cue verb with no object
// when they are two or more ("X and Y will debate on Thursday": they met
// each other), else nil.
func (d *doc) coordinatedSubjects(k int) []int {
	lw := strings.ToLower(d.toks[k].text)
	if !cueVerbs[lw] || !d.noObjectAfter(k) && lw != "attended" {
		return nil // "X and Y phoned the station": they did not meet each other
	}
	subj := d.subjectOf(k)
	if subj < 0 || !d.sentenceEligible(subj) {
		return nil
	}
	var parts []int
	for _, p := range d.coordinatedBefore(k, subj) {
		if d.sentenceEligible(p) {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return append(parts, subj)
}

// exchangedNouns make "exchanged … with X" a meeting.
var exchangedNouns = toSet("views greetings pleasantries ideas")

// visitedPersonAt reports whether a person's name opens token e and what
// follows it says where or when ("called on X in Delhi on Monday"), not
// what X was asked to do ("called on X to resign").
func (d *doc) visitedPersonAt(e int, s sentence) bool {
	m := d.mentionStarting(e)
	if m == nil || !d.isPerson(m.rec) || m.b >= s.last {
		return m != nil && d.isPerson(m.rec) && m.b >= s.last
	}
	t := d.toks[m.b]
	if !(t.text == "." || t.date > 0 || visitFollowers[strings.ToLower(t.text)]) {
		return false
	}
	for j := m.b; j < s.last && j <= m.b+8; j++ {
		if d.toks[j].kind == tPunct {
			break
		}
		if strings.EqualFold(d.toks[j].text, "to") {
			return false // "called on X in the Commons to resign"
		}
	}
	return true
}

// questionAfterPerson reports whether a named person opens token e and
// a question follows ("asked Mr X whether …", "asked X about …").
func (d *doc) questionAfterPerson(e int, s sentence) bool {
	m := d.mentionStarting(e)
	if m == nil || !d.namedPerson(m.rec) || m.b >= s.last {
		return false
	}
	return questionWords[strings.ToLower(d.toks[m.b].text)]
}

// questionWords open the question put to someone.
var questionWords = toSet("whether if why what how when about")

// visitFollowers follow the person called on in a visit.
var visitFollowers = toSet("in at during on last yesterday today")

// gatheringNouns name a gathering whose attenders met each other.
var gatheringNouns = toSet("summit meeting talks dinner lunch luncheon breakfast debate session negotiations")

// gatheringAfter reports whether the object of the verb at k is a
// gathering ("attended the summit", "attended a dinner in Lima").
func (d *doc) gatheringAfter(k int, s sentence) bool {
	for j := k + 1; j < s.last && j <= k+4; j++ {
		t := d.toks[j]
		if t.kind != tWord {
			return false
		}
		if gatheringNouns[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// noObjectAfter reports whether the verb at k ends its clause or goes on
// to a place, a time or a manner, not to an object.
func (d *doc) noObjectAfter(k int) bool {
	if k+1 >= len(d.toks) {
		return true
	}
	t := d.toks[k+1]
	return t.kind == tPunct || t.date > 0 || intransitiveFollowers[strings.ToLower(t.text)]
}

// intransitiveFollowers follow a verb used without an object.
var intransitiveFollowers = toSet(`on in at for last this next yesterday today tomorrow earlier later privately twice again
face briefly recently separately regularly before after during until over`)

// cueObjects returns the actors in the object slot of the cue at k: after
// the verb ("met X", "phoned X"), after the "with", "between" or "by" its
// noun takes, or before "by phone" ("spoke to X by phone").
func (d *doc) cueObjects(s sentence, k int, kind sentenceCue) []int {
	lw := strings.ToLower(d.toks[k].text)
	e := -1
	switch kind {
	case cueMeet:
		e = k + 1
		if e < s.last && strings.EqualFold(d.toks[e].text, "with") {
			e++
		} else if lw == "meeting" || lw == "meetings" {
			e = d.slotAfter(s, k, 6, "with", "between")
		}
	case cueWith:
		n := 2
		if withVerbs[lw] {
			n = 6
		}
		e = d.slotAfter(s, k, n, "with", "between")
	case cueCall:
		switch {
		case k > s.first && strings.EqualFold(d.toks[k-1].text, "by"):
			for j := k - 2; j > s.first && j >= k-8; j-- {
				if w := strings.ToLower(d.toks[j].text); w == "to" || w == "with" {
					e = j + 1
					break
				}
			}
		case lw == "phoned" || lw == "telephoned":
			e = k + 1
		default:
			e = d.slotAfter(s, k, 3, "with", "between", "from") // "a phone call from X"
		}
	case cueDebate:
		e = d.slotAfter(s, k, 1, "with", "between", "against")
		if e < 0 && k+1 < s.last && (lw == "debate" || lw == "debated") {
			e = k + 1 // "will debate X"
		}
	case cueJoined:
		e = d.slotAfter(s, k, 6, "by")
	case cueEvidence:
		e = d.slotAfter(s, k, 3, "before", "to")
	case cueQuestion:
		e = d.slotAfter(s, k, 1, "from")
	case cueAttended:
		e = d.slotAfter(s, k, 1, "by")
	case cueCalledOn, cuePlayedHost:
		e = k + 2
	case cueAsked:
		e = k + 1
	}
	if e < 0 || e >= s.last {
		return nil
	}
	return d.slotActors(s, e)
}

// slotAfter returns the token after the first of words that follows k
// within n tokens of its clause, or -1.
func (d *doc) slotAfter(s sentence, k, n int, words ...string) int {
	if e := d.slotAfterAside(s, k, words); e >= 0 {
		return e
	}
	for j := k + 1; j < s.last && j <= k+n; j++ {
		t := d.toks[j]
		if t.kind == tPunct && t.text != "-" {
			return -1
		}
		for _, w := range words {
			if strings.EqualFold(t.text, w) {
				return j + 1
			}
		}
	}
	return -1
}

// asideMaxWords is the longest aside read between a meeting noun and
// its slot.
const asideMaxWords = 9

// slotAfterAside reads the slot of the cue at k after an aside set off
// by commas that names no one ("his annual meeting, on April 5-6 in
// Ottawa, with Prime Minister X"): the token after the word of words
// that follows the aside's closing comma, or -1.
func (d *doc) slotAfterAside(s sentence, k int, words []string) int {
	if k+1 >= s.last || d.toks[k+1].text != "," {
		return -1
	}
	for j := k + 2; j < s.last && j <= k+2+asideMaxWords; j++ {
		t := d.toks[j]
		if t.inQuote || d.mentionStarting(j) != nil {
			return -1
		}
		if t.text == "," {
			if j == k+2 || j+1 >= s.last {
				return -1
			}
			for _, w := range words {
				if strings.EqualFold(d.toks[j+1].text, w) {
					return j + 2
				}
			}
			return -1
		}
		if t.kind == tPunct && t.text != "-" {
			return -1
		}
		if lw := strings.ToLower(t.text); relativeWords[lw] || pronounsSubject[t.text] || groupPronouns[lw] {
			return -1 // "talks, which he said …": a clause, no aside
		}
	}
	return -1
}

// relativeWords open a clause inside commas, not an aside.
var relativeWords = toSet("which who whom whose that where when while although though because if")

// slotStops end an object slot before any actor is named ("met the cost
// of X", "a meeting with lawmakers on bills about X").
var slotStops = toSet("of on about over in at for to and or but that which who whom when where while after before as from into")

// slotActors returns the eligible actors named at the head of the noun
// phrase at e, with those coordinated after it ("with X and Y").
func (d *doc) slotActors(s sentence, e int) []int {
	e = d.skipMarks(e)
	if e >= s.last || d.toks[e].inQuote {
		return nil
	}
	if pronounsObject[d.toks[e].text] {
		if rec := d.resolvePronoun(e, -1); rec >= 0 && d.sentenceEligible(rec) {
			return []int{rec}
		}
		return nil
	}
	for _, f := range []func(int) int{d.describedObjectPerson, d.personAfterQualifier, d.governmentAt, d.officeOf, d.representativesOf, d.delegationOf} {
		if rec := f(e); rec >= 0 {
			if !d.sentenceEligible(rec) {
				return nil
			}
			return []int{rec}
		}
	}
	for j := e; j < s.last && j <= e+8; j++ {
		t := d.toks[j]
		if t.inQuote || t.kind != tWord && t.text != "." && t.text != "-" || slotStops[strings.ToLower(t.text)] {
			return nil
		}
		m := d.mentionStarting(j)
		if m == nil {
			continue
		}
		if m.rec >= 0 && !d.isPerson(m.rec) && d.modifierMention(*m) && m.b < s.last && isLower(d.toks[m.b].text) {
			j = m.b - 1 // "a student from Liverpool", "22-year-old Liverpool student X": a qualifier before the one named
			continue
		}
		if m.rec < 0 || !d.sentenceEligible(m.rec) || !d.isPerson(m.rec) && d.modifierMention(*m) {
			return nil
		}
		out := []int{m.rec}
		for _, rec := range d.coordinatedAfter(j) {
			if d.sentenceEligible(rec) {
				out = append(out, rec)
			}
		}
		return out
	}
	return nil
}

// unnamedPairAfter reports whether "between the two", "between the
// candidates" follows the cue at k: the sentence names the pair elsewhere.
func (d *doc) unnamedPairAfter(s sentence, k int) bool {
	e := d.slotAfter(s, k, 1, "between")
	if e < 0 {
		return false
	}
	for j := e; j < s.last && j <= e+3; j++ {
		w := strings.ToLower(d.toks[j].text)
		if w == "two" || pairPluralNouns[w] {
			return true
		}
	}
	return false
}

// pairPluralNouns name the two sides of a debate or race.
var pairPluralNouns = toSet("candidates hopefuls rivals contenders nominees leaders men women")

// cueSubject returns who met the cue's object: the subject of the cue's
// verb, else the first actor the sentence names besides the objects.
func (d *doc) cueSubject(s sentence, k int, kind sentenceCue, objs []int) int {
	isObj := func(rec int) bool {
		for _, o := range objs {
			if o == rec {
				return true
			}
		}
		return false
	}
	if rel, ante := d.relativeAntecedent(s, k); rel {
		if ante < 0 || isObj(ante) || !d.sentenceEligible(ante) {
			return -1 // "the five unions which met X": who met is unnamed
		}
		return ante
	}
	if rec := d.subjectOf(k); rec >= 0 && !isObj(rec) {
		if d.sentenceEligible(rec) {
			return rec
		}
		return -1 // "the Air Force may meet with X": who met is no actor of the story
	}
	if kind == cueQuestion {
		if rec := d.mainSubjectAfter(s, k, objs[0]); rec >= 0 {
			return rec // "In answer to a question from X, Y said …": Y answered
		}
	}
	if rec := d.cuePossessor(s, k); rec >= 0 {
		if isObj(rec) || !d.sentenceEligible(rec) {
			return -1
		}
		return rec // "Beijing is wary of his departure from a meeting with X": he met X
	}
	all, _ := d.sentenceParticipants(s, k)
	for _, p := range all {
		if !isObj(p) {
			return p
		}
	}
	return -1
}

// relativeAntecedent reports whether the cue at k opens a relative
// clause ("X, who met Y", "unions which met Y") and returns the actor the
// relative pronoun stands for, or -1 when that is no actor.
func (d *doc) relativeAntecedent(s sentence, k int) (bool, int) {
	j := k - 1
	for j > s.first && skippableBeforeVerb[strings.ToLower(d.toks[j].text)] {
		j--
	}
	if j <= s.first {
		return false, -1
	}
	if w := strings.ToLower(d.toks[j].text); w != "who" && w != "which" && w != "that" || !cueVerbs[strings.ToLower(d.toks[k].text)] {
		return false, -1 // "said that talks with X": a noun, no relative clause
	}
	a := j - 1
	if d.toks[a].text == "," && a > s.first {
		a--
	}
	if m := d.mentionEnding(a); m != nil {
		return true, m.rec
	}
	return true, -1
}

// cueVerbs are the cue words that are verbs.
var cueVerbs = toSet(`met meet meets discussed discuss discusses talked chatted phoned telephoned debate debated testified
attended
joined accompanied`)

// mainSubjectAfter returns the eligible actor that opens the main clause
// after the opening phrase holding the cue at k ("In answer to a question
// from X about …, Y said"), other than not, or -1.
func (d *doc) mainSubjectAfter(s sentence, k, not int) int {
	for j := k + 1; j < s.last; j++ {
		if d.toks[j].inQuote {
			return -1
		}
		if d.toks[j].text != "," {
			continue
		}
		if rec, ok := d.mentionAfterComma(s, j); ok && rec != not && d.sentenceEligible(rec) {
			return rec
		}
		return -1
	}
	return -1
}

// cuePossessor returns the person a "his" or "her" shortly before the
// cue at k stands for, when it opens the cue's noun phrase or the phrase
// it hangs from ("his talks with", "his departure from a meeting with"),
// or -1.
func (d *doc) cuePossessor(s sentence, k int) int {
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		t := d.toks[j]
		if t.inQuote || t.kind == tPunct && t.text != "-" || slotBreaks[strings.ToLower(t.text)] {
			return -1
		}
		if w := strings.ToLower(t.text); w == "his" || w == "her" {
			return d.resolvePronoun(j, -1)
		}
	}
	return -1
}

// slotBreaks end the phrase a possessive may govern.
var slotBreaks = toSet("that which who whom when where while and or but is was are were has have had will would said says")

// sentenceEligible reports whether an actor may take part in a meeting
// read from a sentence: no place, outlet, group or unnamed office holder.
func (d *doc) sentenceEligible(rec int) bool {
	if rec < 0 || d.reg.recs[rec].place {
		return false
	}
	r := d.reg.recs[rec]
	last := strings.ToLower(lastWord(r.name))
	return !(outletLike(r.name) || groupPlurals[last] || d.isPerson(rec) && titleIndex[last] != "")
}

// sentenceCueAt returns the first token from "from" on, outside quotes,
// that tells a meeting in its context, and the kind of meeting, or -1.
func (d *doc) sentenceCueAt(s sentence, from int) (int, sentenceCue) {
	for k := from; k < s.last; k++ {
		t := d.toks[k]
		if t.inQuote || t.skip || t.kind != tWord {
			continue
		}
		lw := strings.ToLower(t.text)
		kind := meetingSentenceCues[lw]
		if kind == cueNone || k > s.first && !isLower(t.text) {
			continue // "An Audience With X": a title's word
		}
		next := ""
		if k+1 < s.last {
			next = strings.ToLower(d.toks[k+1].text)
		}
		prev := ""
		if k > s.first {
			prev = strings.ToLower(d.toks[k-1].text)
		}
		switch kind {
		case cueMeet:
			if lw == "meet" || lw == "meets" || lw == "met" || lw == "meeting" {
				if meetObjectsNotPeople[next] && next != "the" || d.meetsAThing(k, s) {
					continue
				}
			}
			if lw == "met" && (prev == "be" || prev == "been" || prev == "being") {
				continue // "could be met": a target, not a meeting
			}
			if lw == "meeting" && !gerundBefore[prev] && !d.withWithin(k, s, 6) {
				continue // "the meeting took place", "a cabinet meeting": the noun, naming no one met
			}
		case cueWith:
			if lw == "exchanged" && !exchangedNouns[next] {
				continue // "exchanged fire with": no meeting
			}
			n := 2 // "talks with X", "a meeting on Monday with"
			if withVerbs[lw] {
				n = 6 // "discussed the claims with X"
			}
			if !d.withWithin(k, s, n) {
				continue
			}
		case cueCall:
			if (lw == "phone" || lw == "telephone") && !(next == "call" || next == "calls" || next == "conversation" || prev == "by" || prev == "the") {
				continue
			}
			if lw == "call" && !(prev == "phone" || prev == "telephone") && !(d.withWithin(k, s, 1)) {
				continue
			}
		case cueJoined:
			if next != "by" && next != "at" || !passiveAux[prev] || lw == "visited" && next != "by" {
				continue // "X, joined by Y, said": siding with a view, not a meeting
			}
		case cueCalledOn:
			if next != "on" || !d.visitedPersonAt(k+2, s) {
				continue // "called on X to resign": a demand, no meeting
			}
		case cuePlayedHost:
			if prev != "played" || next != "to" {
				continue
			}
		case cueAsked:
			if !d.questionAfterPerson(k+1, s) {
				continue // "asked X to resign", "asked for": a request, perhaps by letter
			}
		case cueAttended:
			if next != "by" && !d.gatheringAfter(k, s) {
				continue // "attended the school", "attended the launch": no meeting of the people named
			}
		case cueQuestion:
			if !d.wordBefore(k, s, 4, answerWords) || d.slotAfter(s, k, 1, "from") < 0 {
				continue // only "in response to an urgent question from X"
			}
		case cueDebate:
			if !(next == "between" || next == "with" || next == "against" || prev == "will" || prev == "to" || prev == "would" || lw == "debated" && d.noObjectAfter(k)) {
				continue // "debate stages", "the Commons debate": no meeting of two sides
			}
		}
		if d.hypotheticalBefore(k, s) {
			continue // "X may meet Y": a guess, no meeting
		}
		if d.wordBefore(k, s, 3, habitualWords) {
			continue // "part of regular meetings with X": a practice, no one meeting
		}
		if d.pairBeforeCue(k, s) {
			continue // "the two agreed to meet": who the two are is for the frames to say
		}
		if d.missedBefore(k, s) || d.objectOfRelative(k) {
			return -1, cueNone // "councillors who back X met Y": X met no one
		}
		return k, kind
	}
	return -1, cueNone
}

// withVerbs are the verbs among the cueWith words: their object stands
// between them and "with".
var withVerbs = toSet("discussed discuss discusses discussing talked chatted conferred huddled exchanged")

// gerundBefore stand before "meeting" when it is a verb ("after meeting
// X", "is meeting Y"), not the noun.
var gerundBefore = toSet("after before while since by is was are were be been on without also am")

// missedWords before a cue say the meeting did not take place ("skipped
// these meetings", "boycotted the summit").
var missedWords = toSet(`skipped skipping skips missed boycotted boycotting snubbed snubbing refused refuses declined declines
cancelled canceled postponed avoided not never pulled quit walked abandoned suspended invited invites inviting`)

// missedBefore reports whether a word of missedWords stands in the few
// words before the cue at k.
func (d *doc) missedBefore(k int, s sentence) bool {
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		t := d.toks[j]
		if t.kind == tPunct && t.text != "-" {
			return false
		}
		if missedWords[strings.ToLower(t.text)] {
			return true
		}
		if strings.EqualFold(t.text, "for") && j > s.first && demandWords[strings.ToLower(d.toks[j-1].text)] {
			return true // "called for talks with X"
		}
	}
	return false
}

// hypotheticalModals before a cue make its meeting a guess.
var hypotheticalModals = toSet("may might could should")

// hypotheticalBefore reports whether a modal of guessing stands before
// the cue at k, over adverbs and "be".
func (d *doc) hypotheticalBefore(k int, s sentence) bool {
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		w := strings.ToLower(d.toks[j].text)
		if hypotheticalModals[w] {
			return true
		}
		if !(w == "be" || w == "have" || isAdverbLy(w) || w == "also" || w == "soon") {
			return false
		}
	}
	return false
}

// answerWords before "question from X" make it an exchange across a
// chamber or a platform: the one who answered met the one who asked.
var answerWords = toSet("response responding answer answering answered reply replying replied")

// habitualWords before a cue make it a practice, not a meeting.
var habitualWords = toSet("regular regularly routine routinely frequent frequently periodic")

// wordBefore reports whether one of words stands in the n tokens before
// k in its clause.
func (d *doc) wordBefore(k int, s sentence, n int, words map[string]bool) bool {
	for j := k - 1; j >= s.first && j >= k-n; j-- {
		t := d.toks[j]
		if t.kind == tPunct && t.text != "-" {
			return false
		}
		if words[strings.ToLower(t.text)] {
			return true
		}
	}
	return false
}

// pairBeforeCue reports whether "the two", "both" or "they" stands in the
// few words before the cue at k.
func (d *doc) pairBeforeCue(k int, s sentence) bool {
	for j := k - 1; j >= s.first && j >= k-5; j-- {
		w := strings.ToLower(d.toks[j].text)
		if w == "they" || w == "both" || w == "two" && j > s.first && strings.EqualFold(d.toks[j-1].text, "the") {
			return true
		}
	}
	return false
}

// meetsAThing reports whether "meet the …" at k goes on to a thing ("meet
// the cost", "meet the needs of"), not a person or body.
func (d *doc) meetsAThing(k int, s sentence) bool {
	for j := k + 1; j < s.last && j <= k+3; j++ {
		w := strings.ToLower(d.toks[j].text)
		if d.mentionStarting(j) != nil {
			return false
		}
		if w != "the" && meetObjectsNotPeople[w] {
			return true
		}
	}
	return false
}

// withWithin reports whether "with" follows token k within n words,
// inside its clause.
func (d *doc) withWithin(k int, s sentence, n int) bool {
	for j := k + 1; j < s.last && j <= k+n; j++ {
		t := d.toks[j]
		if t.kind == tPunct && t.text != "-" {
			return false
		}
		if strings.EqualFold(t.text, "with") || strings.EqualFold(t.text, "between") {
			return true
		}
	}
	return false
}

// sentenceParticipants returns the actors a sentence names outside quotes
// (a subject pronoun before the cue resolved to its person), in order, and
// how many of them are people.
func (d *doc) sentenceParticipants(s sentence, cue int) ([]int, int) {
	var parts []int
	seen := map[int]bool{}
	persons := 0
	add := func(rec int) {
		if seen[rec] || !d.sentenceEligible(rec) {
			return // a place, an outlet, a group, or an office holder the story never names
		}
		seen[rec] = true
		parts = append(parts, rec)
		if d.isPerson(rec) {
			persons++
		}
	}
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.inQuote || t.skip {
			continue
		}
		if t.text == "he" || t.text == "He" || t.text == "she" || t.text == "She" {
			add(d.resolvePronoun(k, -1))
			continue
		}
		if i, ok := d.startAt[k]; ok {
			m := d.ments[i]
			if m.rec < 0 || !d.isPerson(m.rec) && (d.modifierMention(m) || d.placeBefore(k, s)) {
				continue // "the Labour conference", "talks in Beijing": a qualifier or a place
			}
			if d.reportsIt(m, s) {
				continue // "X said Y had met Z": X tells of the meeting
			}
			add(m.rec)
		}
	}
	return parts, persons
}

// placeBefore reports whether a preposition of place stands before the
// mention at k, over a "the".
func (d *doc) placeBefore(k int, s sentence) bool {
	j := k - 1
	if j > s.first && strings.EqualFold(d.toks[j].text, "the") {
		j--
	}
	return j >= s.first && whereWords[strings.ToLower(d.toks[j].text)]
}

// reportWords after or before a name make its actor the one who tells
// of the meeting, not one who met.
var reportWords = toSet("said says told tells added confirmed announced stated reported according")

// reportsIt reports whether the mention m is the subject of a verb of
// saying ("X said", "said X").
func (d *doc) reportsIt(m mention, s sentence) bool {
	if m.b < s.last && reportWords[strings.ToLower(d.toks[m.b].text)] {
		return true
	}
	a := min(m.a, m.aliasFrom)
	return a > s.first && strings.EqualFold(d.toks[a-1].text, "said")
}

// modifierMention reports whether a body's or country's mention qualifies
// the noun after it ("the Labour spring conference", "his EU
// counterparts", "Mr Straw's China trip") rather than naming a party.
func (d *doc) modifierMention(m mention) bool {
	if m.b >= len(d.toks) {
		return false
	}
	if a := min(m.a, m.aliasFrom); a >= 2 && strings.EqualFold(d.toks[a-1].text, "of") && isUpperStart(d.toks[a-2].text) {
		return true // "Minister of Justice": part of a title
	}
	next := d.toks[m.b]
	if next.kind == tPoss && m.b+1 < len(d.toks) {
		return meetingSentenceCues[strings.ToLower(d.toks[m.b+1].text)] == cueNone // "Labour's pledge", not "Labour's talks"
	}
	if next.kind != tWord {
		return false
	}
	if !isLower(next.text) {
		return true // "Labour Minister X", "the EU Summit": a title or a name goes on
	}
	w := strings.ToLower(next.text)
	return !functionWords[w] && !clauseWords[w] && !strings.HasSuffix(w, "ed") && meetingSentenceCues[w] == cueNone
}

// whereWords before a body's or country's name make it where a
// meeting was, not who met ("talks in Beijing", "at the United Nations").
var whereWords = toSet("in at to from")

// clauseWords after a name make it a clause's subject: auxiliaries and
// the verbs of saying and meeting that news copy puts there.
var clauseWords = toSet(`is was are were has had have will would could should may might must can did does do
said says say told tells agreed agrees wants want plans plan hopes hope also later then yesterday today
announced announces insisted insists urged urges warned warns accused accuses called calls been being be`)
