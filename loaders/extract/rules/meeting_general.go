package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// The frames (meetings.go, meeting_cues.go) and the sentence reading
// (meeting_sentences.go) were written from the phrasings of the
// development articles, and on each set of articles no rule had seen they
// found about one meeting in twenty. generalMeetings is a third reading,
// built the other way round: from the general English words for meeting
// someone, not from any article's phrasing, for every sentence the other
// two leave without a meeting.
//
// It reads in three steps.
//
//  1. A cue from a general lexicon: the verbs that meet someone directly
//     ("met", "phoned", "hosted", "visited", "received", "debated"), the
//     verbs that meet someone "with" them ("talked", "negotiated",
//     "conferred", "dined", "sat down"), passives that name the other side
//     after "by" ("was joined by", "hosted by") and the nouns of a
//     meeting ("talks", "summit", "call", "dinner", "session", "visit").
//  2. The participants from the cue's grammar, never from every name in
//     the sentence: its object, the actor after its "with", "between"
//     (every one listed), "to" ("a visit to X") or "of" ("a meeting of
//     the commission"), and its subject — the verb's subject with the
//     actors coordinated before it ("X and Y met"), the possessor of a
//     noun ("X's talks with", "his call with"), the subject of the verb
//     that governs the noun ("X held talks with", "X chaired a meeting
//     of") or of the clause a prepositional phrase hangs from ("X said
//     after talks with Y"). Countries, governments and bodies take part
//     as well as people; places, outlets, generic groups and office
//     holders the story never names do not.
//  3. General filters: the clause denies the meeting ("did not meet",
//     "refused to meet", "without talks"), only wants or asks for it
//     ("called for talks with", "hopes to meet", "urged X to meet"),
//     guesses at it ("may meet", "if they meet") or makes it a habit
//     ("regular meetings with"); the object is no actor ("met the
//     target", "met with criticism") or owns something ("meet the
//     government's demands").
//
// Each cue yields at most one meeting; a sentence may tell several.
// These readings are broad by design: measured on development articles
// and on a check set of articles no rule was written for, and on
// unlabelled BBC copy for what it predicts.

// generalVerbDirect are the verbs whose object is met: "met X", "phoned
// X", "hosted X", "visited X", "received X", "debated X".
var generalVerbDirect = toSet(`meet meets met meeting phoned phone phones phoning telephoned telephone telephones
telephoning rang ring rings ringing hosted host hosts hosting visited visit visits visiting received receive
receives receiving welcomed welcome welcomes welcoming debated debate debates debating consulted consult consults consulting`)

// generalVerbWith are the verbs whose other side follows "with" ("talked
// with X", "negotiated with Y", "discussed the plan with Z", "sat down
// with"), or "to" for talking ("spoke to X by phone").
var generalVerbWith = toSet(`meet meets met meeting talk talks talked talking spoke speak speaks speaking spoken
negotiate negotiates negotiated negotiating confer confers conferred conferring discuss discusses discussed
discussing chat chats chatted chatting dine dines dined dining lunched breakfasted huddle huddles huddled
huddling sit sits sat sitting debate debates debated debating consult consults consulted consulting
met-up correspond corresponded wrangle wrangled haggled bargained`)

// generalReciprocalVerbs meet each other when their subject is two or
// more, whatever their object ("X and Y discussed trade").
var generalReciprocalVerbs = toSet(`talk talked talking talks negotiate negotiated negotiating negotiates confer
conferred conferring discuss discussed discussing discusses chatted dined huddled`)

// generalVerbTo are the with-verbs that may name the other side after
// "to" ("spoke to X", "talked to Y").
var generalVerbTo = toSet("talk talks talked talking spoke speak speaks speaking spoken chatted")

// generalPassives name the other side after "by" ("was joined by X",
// "hosted by Y", "accompanied by Z").
var generalPassives = toSet(`joined accompanied hosted received visited welcomed met flanked attended
interviewed questioned`)

// generalNouns are the nouns of a meeting: the other side follows "with",
// "between", "to" (a visit) or "of" (a body's own meeting).
var generalNouns = toSet(`meeting meetings talks summit summits negotiations discussions discussion consultations
conversation conversations call calls dinner lunch luncheon breakfast session sessions encounter visit visits
debate debates audience sit-down get-together interview conference hearing tete-a-tete rendezvous showdown
face-to-face one-on-one bilateral phone-call`)

// generalOfNouns are the nouns whose "of" names the body that met or
// those who did ("a meeting of the cabinet", "a summit of X, Y and Z").
var generalOfNouns = toSet("meeting meetings session sessions summit summits conference gathering")

// generalToNouns take the one visited after "to" ("his visit to X").
var generalToNouns = toSet("visit visits")

// generalCallNouns are call nouns that tell a meeting only beside a
// telephone or a "with"/"between" ("a phone call", "a call with X"):
// "calls for reform" tells none.
var generalCallNouns = toSet("call calls")

// generalGoverningVerbs govern a meeting noun whose subject took part
// ("X held talks with Y", "X chaired a meeting of Z", "X addressed a
// session of W").
var generalGoverningVerbs = toSet(`held hold holds holding had has have having attended attend attends attending
hosted host hosts hosting chaired chair chairs chairing joined join joins joining led lead leads leading
opened open opens opening began begin begins beginning started start starts starting resumed resume resumes
concluded conclude wrapped convened convene convenes convening addressed address addresses addressing told tell
tells telling entered enter enters continued continue continues made make makes paid pay pays paying
arranged arrange organised organized sought`)

// generalPhrasePrepositions open a phrase holding a meeting noun whose
// participant is the subject of the clause it hangs from ("X said after
// talks with Y", "during a meeting with Y, X …").
var generalPhrasePrepositions = toSet("after during at in following before on ahead since over from throughout")

// generalDenials before a cue say the meeting did not or will not happen.
var generalDenials = toSet(`not never no n't refused refuses refusing refuse declined declines declining
decline rejected rejects rejecting reject snubbed snubs snubbing snub boycotted boycotts boycotting boycott
skipped skips skipping skip avoided avoids avoiding avoid cancelled canceled cancels cancelling called-off
without failed fails failing ruled`)

// generalWishes before a cue make the meeting only wanted, sought or
// urged on someone ("hopes to meet", "urged X to meet").
var generalWishes = toSet(`want wants wanted wanting hope hopes hoped hoping wish wishes wished urge urges urged
urging seek seeks sought seeking try tries tried trying attempt attempts attempted would-be`)

// generalAsks, right before "for" or "to", make the meeting only asked
// for or offered ("called for talks", "a bid to meet", "an invitation to
// talks"); as nouns elsewhere they name no wish ("a joint press
// conference", "the call with X").
var generalAsks = toSet(`call calls called calling press presses pressed pressing push pushes pushed pushing
bid bids offer offers offered offering request requests requested requesting invitation invitations invite
invites invited inviting ask asks asked asking demand demands demanded demanding plea pleas appeal appeals
appealed appealing hope hopes`)

// generalGuesses before a cue make it a guess or a condition.
var generalGuesses = toSet("may might could should if unless whether perhaps possibly")

// generalHabits make a cue a practice, not one meeting.
var generalHabits = toSet("regular regularly routine routinely frequent frequently often usually periodic weekly monthly annual")

// generalMeetingMaxParts is the most participants a general reading
// keeps: beyond it, the slot holds a list of more than who met.
const generalMeetingMaxParts = 6

// generalMeetings reads, in each sentence the other readings left without
// a meeting, the meetings general cues tell.
func (d *doc) generalMeetings(fs *domain.FactSet) {
	told := map[int]bool{}
	seen := map[string][]domain.MeetingFact{}
	for _, m := range fs.Meetings {
		told[m.Evidence.Start] = true
		key := strings.Join(sortedCopy(m.Participants), "|")
		seen[key] = append(seen[key], m)
	}
	for _, s := range d.sents {
		if d.paras[s.para].headline || told[int(d.runeAt[s.start])] || d.allSkipped(s) {
			continue
		}
		for k := s.first; k < s.last; k++ {
			mf, ok := d.generalMeetingAt(s, k)
			if !ok {
				mf, ok = d.cueSentenceMeeting(s, k)
			}
			if !ok {
				mf, ok = d.duringMeeting(s, k)
			}
			if !ok {
				continue
			}
			// The same parties read again by this broad reading are most
			// often the same meeting told again.
			key := strings.Join(sortedCopy(mf.Participants), "|")
			if !toldAgain(seen[key], mf) {
				seen[key] = append(seen[key], mf)
				fs.Meetings = append(fs.Meetings, mf)
			}
		}
	}
}

// toldAgain reports whether a meeting repeats one of the same parties
// read before (before): most often the same meeting told again. Two
// meetings are told when their dates are known and differ and one of
// them is marked as another meeting ("the talks followed an earlier
// round between the two blocs last September", "at their first summit").
func toldAgain(before []domain.MeetingFact, m domain.MeetingFact) bool {
	for _, b := range before {
		if b.When == nil || m.When == nil || b.When.String() == m.When.String() ||
			!(anotherMeetingMarked(b.Evidence.Sentence) || anotherMeetingMarked(m.Evidence.Sentence)) {
			return true
		}
	}
	return false
}

// anotherMeetingWords mark a meeting as one of several ("an earlier
// round", "the previous summit", "another meeting", "their first talks").
var anotherMeetingWords = toSet("earlier previous prior another first second third last-ever first-ever")

// anotherMeetingMarked reports whether a sentence marks a meeting it
// tells as one of several.
func anotherMeetingMarked(sentence string) bool {
	for _, w := range strings.Fields(sentence) {
		if anotherMeetingWords[strings.ToLower(strings.Trim(w, ",.;:\"'()"))] {
			return true
		}
	}
	return false
}

// sortedCopy returns the strings sorted, leaving the slice alone.
func sortedCopy(in []string) []string {
	out := append([]string(nil), in...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// generalMeetingAt reads the meeting the word at k tells, if it is a cue
// and its grammar names two participants.
func (d *doc) generalMeetingAt(s sentence, k int) (domain.MeetingFact, bool) {
	t := d.toks[k]
	if t.inQuote || t.skip || t.kind != tWord || k > s.first && !isLower(t.text) {
		return domain.MeetingFact{}, false
	}
	lw := strings.ToLower(t.text)
	var parts []int
	switch {
	case generalPassives[lw] && k+1 < s.last && strings.EqualFold(d.toks[k+1].text, "by"):
		parts = d.generalPassive(s, k)
	case generalNouns[lw] && d.generalNounReading(s, k):
		parts = d.generalNoun(s, k)
	case generalVerbDirect[lw] || generalVerbWith[lw]:
		parts = d.generalVerb(s, k)
	default:
		return domain.MeetingFact{}, false
	}
	if len(parts) < 2 || len(parts) > generalMeetingMaxParts || d.generalBlocked(s, k) {
		return domain.MeetingFact{}, false
	}
	var ids []int
	for _, p := range parts {
		if p >= 0 && !containsInt(ids, p) {
			ids = append(ids, p)
		}
	}
	if len(ids) < 2 {
		return domain.MeetingFact{}, false
	}
	mf, _, ok := d.meeting(ids, k, k+1)
	if ok {
		mf.Evidence.Confidence = 0.4 // the broadest reading
	}
	return mf, ok
}

// generalNounReading reports whether a noun cue at k is used as the
// noun: "calls" needs a telephone or a "with"/"between" ("calls for
// reform" is a demand), "meeting" after an auxiliary is the verb.
func (d *doc) generalNounReading(s sentence, k int) bool {
	lw := strings.ToLower(d.toks[k].text)
	prev := ""
	if k > s.first {
		prev = strings.ToLower(d.toks[k-1].text)
	}
	if generalCallNouns[lw] {
		return prev == "phone" || prev == "telephone" || d.withWithin(k, s, 1)
	}
	if lw == "meeting" && (gerundBefore[prev] && prev != "on" && prev != "the" || prev == "to") {
		return false
	}
	if lw == "visit" || lw == "debate" || lw == "talks" || lw == "meetings" || lw == "visits" || lw == "debates" {
		// "he will visit X", "they debate", "he talks to X": a verb after a subject or an auxiliary.
		if prev != "" && (plannedWords[prev] && prev != "to" || prev == "to" || pronounsSubject[d.toks[k-1].text] || groupPronouns[prev] || d.mentionEnding(k-1) != nil && !(k-1 >= s.first && d.toks[k-1].kind == tPoss)) {
			return false
		}
	}
	return true
}

// generalBlocked reports whether the words before the cue at k in its
// clause deny the meeting, only wish for it, guess at it or make it a
// practice.
func (d *doc) generalBlocked(s sentence, k int) bool {
	for j := k - 1; j >= s.first && j >= k-7; j-- {
		t := d.toks[j]
		if t.inQuote || t.kind == tPunct && t.text != "-" && t.text != "'" && t.text != "’" {
			break
		}
		lw := strings.ToLower(t.text)
		if generalHabits[lw] && d.dayAfterCue(s, k) {
			continue // "his annual meeting, on April 5-6 in Ottawa, with X": this year's, on its day
		}
		if generalDenials[lw] || generalWishes[lw] || generalGuesses[lw] || generalHabits[lw] || strings.HasSuffix(lw, "n't") {
			return true
		}
		if generalAsks[lw] && j+1 < k && (strings.EqualFold(d.toks[j+1].text, "for") || strings.EqualFold(d.toks[j+1].text, "to")) {
			return true
		}
	}
	if d.longRunning(s, k) {
		return true
	}
	// "If they meet, …", "Should talks with X fail": a condition opening the sentence.
	for j := s.first; j < k && j <= s.first+1; j++ {
		if w := strings.ToLower(d.toks[j].text); w == "if" || w == "unless" || w == "should" {
			return true
		}
	}
	return d.missedBefore(k, s)
}

// dayAfterCue reports whether the clause of the cue at k names the day
// or month it is held after it ("on April 5-6").
func (d *doc) dayAfterCue(s sentence, k int) bool {
	end := min(s.last, k+12)
	for j := k + 1; j < end; j++ {
		if t := d.toks[j]; t.date > 0 && !strings.EqualFold(t.text, "year") && !isDigitByte(t.text[0]) {
			return true
		}
	}
	return false
}

// generalVerb reads the participants of a meeting verb at k: its subject
// with those coordinated before it, and the actors of its object slot;
// a verb with no object meets its coordinated subjects ("X and Y met").
func (d *doc) generalVerb(s sentence, k int) []int {
	lw := strings.ToLower(d.toks[k].text)
	if d.objectOfRelative(k) {
		return nil
	}
	subj := d.meetingVerbSubject(k)
	if subj < 0 {
		subj = d.purposeSubject(k)
	}
	if subj < 0 {
		subj = d.countryBodyBefore(k)
	}
	var subjects []int
	if subj >= 0 {
		if !d.generalEligible(subj) {
			return nil
		}
		for _, p := range d.coordinatedBefore(k, subj) {
			if d.generalEligible(p) {
				subjects = append(subjects, p)
			}
		}
		subjects = d.countrySubjects(k, append(subjects, subj))
	} else {
		subjects = d.pairSubject(k)
	}
	objs := d.generalVerbObjects(s, k, lw, subjects)
	if len(objs) == 0 {
		if len(subjects) < 2 {
			return nil
		}
		if lw == "met" || lw == "meet" || lw == "meets" {
			if d.noObjectAfter(k) {
				return subjects // "X and Y met on Monday"
			}
			return nil // "X and Y met the target"
		}
		if generalReciprocalVerbs[lw] {
			return subjects // "X and Y discussed trade", "the two leaders talked about Z"
		}
		return nil
	}
	if len(subjects) == 0 {
		return nil
	}
	return append(subjects, objs...)
}

// generalVerbObjects returns the actors a meeting verb at k meets: after
// it ("met X", "phoned the president of Y"), after its "with" within its
// clause ("discussed the plan with X"), or after "to" for talking ("spoke
// to X"). An object that owns what follows it ("meet the government's
// targets") or names a thing ("met the target") gives none.
func (d *doc) generalVerbObjects(s sentence, k int, lw string, subjects []int) []int {
	if k+1 >= s.last {
		return nil
	}
	next := strings.ToLower(d.toks[k+1].text)
	if generalVerbDirect[lw] && next != "with" && next != "to" && next != "by" {
		if objs := d.generalSlot(s, k+1); len(objs) > 0 {
			if lw == "visited" || lw == "visit" || lw == "visits" || lw == "visiting" {
				return d.peopleOnly(objs) // "visited China", "visited the hospital": a place visited, unless someone there is named
			}
			return objs
		}
	}
	if !generalVerbWith[lw] {
		return nil
	}
	n := 2
	if !strings.HasPrefix(lw, "meet") && lw != "met" {
		n = 7 // "discussed the plans on Monday with X"
	}
	if e := d.slotAfter(s, k, n, "with"); e >= 0 {
		if lw == "sit" || lw == "sits" || lw == "sat" || lw == "sitting" {
			if !strings.EqualFold(d.toks[e-2].text, "down") {
				return nil // "sat with": beside, not in talks
			}
		}
		return d.generalSlot(s, e)
	}
	if generalVerbTo[lw] {
		if e := d.slotAfter(s, k, 1, "to"); e >= 0 {
			return d.notGroups(d.generalSlot(s, e))
		}
	}
	return nil
}

// generalPassive reads "X was joined by Y", "a dinner hosted by Y" at k:
// the agent after "by" and the verb's subject (or, for a participle
// after a noun, the clause's subject).
func (d *doc) generalPassive(s sentence, k int) []int {
	objs := d.generalSlot(s, k+2)
	if len(objs) == 0 {
		return nil
	}
	if lw := strings.ToLower(d.toks[k].text); (lw == "joined" || lw == "flanked") && k > s.first && d.toks[k-1].text == "," {
		return nil // "X, joined by Y, said": siding with a view, not a meeting
	}
	if e := d.clauseEnd(k); e > k+2 {
		for j := k + 3; j < e && j <= k+10; j++ {
			if strings.EqualFold(d.toks[j].text, "in") && j+1 < e && strings.HasSuffix(d.toks[j+1].text, "ing") {
				return nil // "X was joined by Y in condemning it": a shared act, not a meeting
			}
		}
	}
	subj := -1
	if j := k - 1; j >= s.first && passiveAux[strings.ToLower(d.toks[j].text)] || j-1 >= s.first && passiveAux[strings.ToLower(d.toks[j-1].text)] {
		subj = d.subjectOf(d.generalAuxStart(s, k))
	}
	if subj < 0 {
		subj = d.generalClauseActor(s, k, objs)
	}
	if subj < 0 || !d.generalEligible(subj) {
		return nil
	}
	return append([]int{subj}, objs...)
}

// generalAuxStart returns the first auxiliary of the verb group ending at
// k ("was later joined"), so that subjectOf reads from before it.
func (d *doc) generalAuxStart(s sentence, k int) int {
	j := k
	for j-1 > s.first && (passiveAux[strings.ToLower(d.toks[j-1].text)] || skippableBeforeVerb[strings.ToLower(d.toks[j-1].text)]) {
		j--
	}
	return j
}

// generalNoun reads the participants of a meeting noun at k: "between X
// and Y"; or the one after its "with" ("talks with X"), "to" ("a visit to
// X") or "of" ("a meeting of the commission") with the noun's own
// participant (its possessor, the subject of the verb that governs it or
// of the clause its phrase hangs from); or a hyphened pair before it.
func (d *doc) generalNoun(s sentence, k int) []int {
	lw := strings.ToLower(d.toks[k].text)
	if e := d.slotAfter(s, k, 5, "between"); e >= 0 {
		var parts []int
		for _, p := range d.actorList(e, min(d.clauseEnd(e), s.last)) {
			if d.generalEligible(p) {
				parts = append(parts, p)
			}
		}
		if len(parts) < 2 {
			parts = d.pairBefore(e)
		}
		return parts
	}
	if mf, ids, ok := d.hyphenPairMeeting(k); ok && len(mf.Participants) >= 2 {
		return ids
	}
	var objs []int
	if e := d.slotAfter(s, k, 6, "with"); e >= 0 {
		objs = d.generalSlot(s, e)
		if lw == "interview" || lw == "conference" {
			objs = d.notGroups(objs) // an interview with a paper or a country is no meeting
		}
	} else if generalToNouns[lw] {
		if e := d.slotAfter(s, k, 1, "to"); e >= 0 {
			objs = d.peopleOnly(d.generalSlot(s, e))
		}
	} else if generalOfNouns[lw] && k+1 < s.last && strings.EqualFold(d.toks[k+1].text, "of") {
		list := d.actorList(d.skipThe(k+2), min(d.clauseEnd(k+2), s.last))
		for _, p := range list {
			if d.generalEligible(p) {
				objs = append(objs, p)
			}
		}
		if len(objs) >= 2 && (lw == "summit" || lw == "summits") {
			return objs // "a summit of X, Y and Z"
		}
		if len(objs) != 1 || d.isPerson(objs[0]) {
			return nil
		}
	}
	ownMeeting := false // a body's own meeting: who attended must be a person the story names
	if len(objs) == 0 && generalBodyNouns[lw] {
		if b := d.bodyBefore(s, k); b >= 0 {
			objs, ownMeeting = []int{b}, true // "chaired a Cobra meeting", "at a Nato summit"
		}
	}
	if len(objs) == 1 && generalOfNouns[lw] && k+1 < s.last && strings.EqualFold(d.toks[k+1].text, "of") {
		ownMeeting = true // "a meeting of the commission"
	}
	if len(objs) == 0 {
		return nil
	}
	subj := d.generalNounSubject(s, k, objs)
	if subj < 0 || ownMeeting && !d.namedPerson(subj) {
		return nil
	}
	parts := []int{subj}
	for _, p := range d.coordinatedWithSubject(s, k, subj) {
		if d.generalEligible(p) && !containsInt(objs, p) && !(ownMeeting && !d.namedPerson(p)) {
			parts = append(parts, p)
		}
	}
	return append(parts, objs...)
}

// coordinatedWithSubject returns the actors listed with subj in the
// clause before the cue at k ("X and Y attended a summit of Z", "X and Y
// agreed after talks with Z"): all of them took part. subj may be read as
// the list's first name or its last.
func (d *doc) coordinatedWithSubject(s sentence, k, subj int) []int {
	if with := d.subjectsWith(subj, s.first, k); len(with) > 1 {
		return with[1:]
	}
	for j := k - 1; j >= s.first; j-- {
		if m := d.mentionEnding(j); m != nil && m.rec == subj {
			return d.coordinatedBefore(j+1, subj)
		}
	}
	return nil
}

// withPartners returns subj and the eligible actors coordinated with it
// before the cue at k that are not among objs.
func (d *doc) withPartners(s sentence, k, subj int, objs []int) []int {
	parts := []int{subj}
	for _, p := range d.coordinatedWithSubject(s, k, subj) {
		if d.sentenceEligible(p) && !containsInt(objs, p) && !containsInt(parts, p) {
			parts = append(parts, p)
		}
	}
	return parts
}

// generalNounSubject returns the participant a meeting noun at k has
// besides its slot's actors: its possessor ("X's talks", "his call"),
// the subject of the verb that governs it ("X held talks", "X chaired a
// meeting"), or the subject of the clause its phrase hangs from ("X said
// after talks with Y", "During a meeting with Y, X …"); -1 when none.
func (d *doc) generalNounSubject(s sentence, k int, objs []int) int {
	ok := func(rec int) bool { return rec >= 0 && !containsInt(objs, rec) && d.generalEligible(rec) }
	j := k - 1
	for n := 0; j >= s.first && n < 5; n++ {
		t := d.toks[j]
		if t.inQuote {
			return -1
		}
		lw := strings.ToLower(t.text)
		switch {
		case t.kind == tPoss:
			if m := d.mentionEnding(j - 1); m != nil && ok(m.rec) {
				return m.rec // "Blair's talks with Bush"
			}
			if j-1 >= s.first && d.toks[j-1].date > 0 {
				j -= 2 // "Monday's meeting of"
				continue
			}
			return -1
		case lw == "his" || lw == "her":
			if rec := d.openingPhraseSubject(j, -1); ok(rec) {
				return rec
			}
			if rec := d.resolvePronoun(j, -1); ok(rec) {
				return rec
			}
			return -1
		case generalGoverningVerbs[lw]:
			for _, f := range []func(int) int{d.subjectOf, d.plannedSubject, d.gerundSubject, d.purposeSubject, d.countryBodyBefore} {
				if rec := f(j); rec >= 0 {
					if ok(rec) {
						return rec
					}
					return -1
				}
			}
			return -1
		case generalPhrasePrepositions[lw] || lw == "for":
			if lw == "for" && (j == s.first || demandWords[strings.ToLower(d.toks[j-1].text)]) {
				return -1 // "called for talks with X"
			}
			return d.generalClauseActor(s, j, objs)
		case d.mentionEnding(j) != nil && containsInt(objs, d.mentionEnding(j).rec):
			j = min(d.mentionEnding(j).a, d.mentionEnding(j).aliasFrom) - 1 // "an emergency Nato meeting"
			continue
		case t.kind == tWord && (isLower(t.text) || t.date > 0):
			j-- // "a", "the", "lengthy", "trade", "two-day", "Monday"
			continue
		}
		return -1
	}
	return -1
}

// generalClauseActor returns the subject of the clause a phrase at j
// hangs from: the subject of the verb before it in its clause ("X said
// after talks with Y"), or, when the phrase opens the sentence, the
// actor that opens the clause after its comma ("After talks with Y, X
// said"); -1 when neither is an eligible actor other than objs.
func (d *doc) generalClauseActor(s sentence, j int, objs []int) int {
	ok := func(rec int) bool {
		return rec >= 0 && !containsInt(objs, rec) && d.generalEligible(rec) && !(d.reportsMeeting(s, j, rec) && d.phraseInReport(s, j))
	}
	from := s.first
	if c := d.previousComma(j, s.first); c >= 0 {
		from = c + 1
	}
	if from == s.first || j == s.first {
		opening := true
		for x := s.first; x < j; x++ {
			if d.mentionStarting(x) != nil || pronounsSubject[d.toks[x].text] {
				opening = false
				break
			}
		}
		if opening {
			if rec := d.actorAfterOpening(j, -1); ok(rec) {
				return rec
			}
		}
	}
	if rec := d.reportedClauseSubject(s, j, from); rec >= 0 {
		if ok(rec) {
			return rec
		}
		return -1 // "X said the bank would lend at talks with Y": the bank's phrase
	}
	if rec := d.nounMeetingSubject(from, j); ok(rec) {
		return rec
	}
	if from > s.first {
		if rec := d.nounMeetingSubject(s.first, j); ok(rec) {
			return rec
		}
	}
	return -1
}

// reportedAuxiliaries open the verb group of a clause a verb of saying
// reports ("X said the United States would offer …").
var reportedAuxiliaries = toSet("would will could can might may should must has have had is are was were")

// reportedClauseSubject returns the subject of the clause a verb of
// saying reports, when the phrase at j hangs from it: "President X said
// the United States would offer a draft at talks with Y" — the United
// States are at the talks, not X. It is the actor just before an
// auxiliary between the verb of saying and j; -1 when there is none.
func (d *doc) reportedClauseSubject(s sentence, j, from int) int {
	from = max(from, s.first-1)
	for x := j - 1; x > from && x > s.first; x-- {
		t := d.toks[x]
		if t.inQuote || t.kind == tPunct {
			return -1
		}
		lw := strings.ToLower(t.text)
		if reportWords[lw] {
			return -1
		}
		if reportedAuxiliaries[lw] {
			m := d.mentionEnding(x - 1)
			if m == nil {
				return -1
			}
			for y := min(m.a, m.aliasFrom) - 1; y > from && y >= s.first && y >= min(m.a, m.aliasFrom)-3; y-- {
				if reportWords[strings.ToLower(d.toks[y].text)] {
					return m.rec
				}
				if d.toks[y].kind != tWord || !(isLower(d.toks[y].text)) {
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// phraseInReport reports whether the phrase at j lies inside what a verb
// of saying before it reports ("A spokesman said X's resignation followed
// a meeting"), not in the reporter's own clause ("X announced the deal
// during a meeting with Y", "X told reporters after talks with Y"): a
// mention, a subject pronoun or "that" stands between the verb and it.
func (d *doc) phraseInReport(s sentence, j int) bool {
	for x := j - 1; x >= s.first; x-- {
		t := d.toks[x]
		if reportWords[strings.ToLower(t.text)] {
			return false
		}
		if d.mentionStarting(x) != nil || pronounsSubject[t.text] || strings.EqualFold(t.text, "that") || t.inQuote {
			return true
		}
	}
	return true
}

// generalSlot returns the eligible actors named at the head of the noun
// phrase at e and coordinated after it, or nil; an actor that owns what
// follows it ("the government's targets") is no one met.
func (d *doc) generalSlot(s sentence, e int) []int {
	e = d.skipMarks(e)
	if e >= s.last {
		return nil
	}
	if rec := d.countryBodyAt(e); rec >= 0 {
		return []int{rec} // "the Irish government"
	}
	if rec := d.officeOf(e); rec >= 0 {
		if d.generalEligible(rec) {
			// "the president of Ukraine": the country, whoever the title
			// resolved to; "the leaders of France and Germany": each.
			return append([]int{rec}, d.pluralOfficeCountries(e)...)
		}
		return nil
	}
	if m := d.mentionStarting(e); m != nil && m.b < len(d.toks) && d.toks[m.b].kind == tPoss {
		if p := d.personAfterPossessor(m.b+1, s); p >= 0 {
			return []int{p} // "Ukraine's president, X,"
		}
		if !d.isPerson(m.rec) && d.officeAfter(m.b+1, s) && d.generalEligible(m.rec) {
			return []int{m.rec} // "a call with Ukraine's president": the country, its office holder unnamed
		}
		return nil // "meet the government's targets"
	}
	if m := d.mentionStarting(e); m != nil {
		if o := d.descOwner(m); o >= 0 {
			return []int{o}
		}
	}
	if m := d.mentionStarting(e); m != nil && m.rec >= 0 && m.b <= s.last && d.generalEligible(m.rec) {
		if m.b == s.last || d.toks[m.b].kind == tPunct || generalPhraseEnds[strings.ToLower(d.toks[m.b].text)] {
			// "with the European Commission over the fund": the head
			// names the actor; what follows is no title going on.
			out := []int{m.rec}
			for _, rec := range d.coordinatedAfter(e) {
				if d.generalEligible(rec) {
					out = append(out, rec)
				}
			}
			return out
		}
	}
	return d.slotActors(s, e)
}

// generalPhraseEnds end the noun phrase of a participant: a preposition,
// a conjunction or a verb of saying after it.
var generalPhraseEnds = toSet(`over about on in at for from to into through across against amid under after before
during since until via and or but as when while where who which that said says told on this last next`)

// officeAfter reports whether an office or its holders follow token e,
// over a few lower-case modifiers ("president", "foreign minister", "top
// trade negotiator", "officials").
func (d *doc) officeAfter(e int, s sentence) bool {
	for j := e; j < s.last && j <= e+3; j++ {
		t := d.toks[j]
		if t.kind != tWord {
			return false
		}
		lw := strings.ToLower(t.text)
		if _, ok := titleIndex[lw]; ok || representativeNouns[lw] {
			return j+1 >= s.last || d.toks[j+1].kind != tWord || generalPhraseEnds[strings.ToLower(d.toks[j+1].text)]
		}
		if !isLower(t.text) && !titleFirstWords[lw] {
			return false
		}
	}
	return false
}

// personAfterPossessor returns the person named just after a possessive
// mark at e over a title ("X's foreign minister, Y"), or -1.
func (d *doc) personAfterPossessor(e int, s sentence) int {
	for j := e; j < s.last && j <= e+4; j++ {
		if m := d.mentionStarting(j); m != nil {
			if d.isPerson(m.rec) {
				return m.rec
			}
			return -1
		}
		if t := d.toks[j]; t.kind != tWord && t.text != "," {
			return -1
		}
	}
	return -1
}

// peopleOnly keeps the people among objs: a visit to a country or an
// institution is travel, a meeting only with someone named there.
func (d *doc) peopleOnly(objs []int) []int {
	var out []int
	for _, o := range objs {
		if d.isPerson(o) {
			out = append(out, o)
		}
	}
	return out
}

// notGroups keeps the people among objs who are named, not outlets:
// one speaks to or is interviewed by a paper without meeting anyone.
func (d *doc) notGroups(objs []int) []int {
	var out []int
	for _, o := range objs {
		if d.isPerson(o) && !outletLike(d.reg.recs[o].name) {
			out = append(out, o)
		}
	}
	return out
}

// countryBodyNouns, after a demonym, name a country's government or its
// representatives ("the Irish government", "Chinese negotiators").
var countryBodyNouns = toSet(`government administration authorities officials negotiators diplomats delegation
delegates envoys ministers leaders`)

// countryBodyAt reads "the Irish government", "Chinese negotiators" at e
// as the country, or -1.
func (d *doc) countryBodyAt(e int) int {
	if e < len(d.toks) && strings.EqualFold(d.toks[e].text, "the") {
		e++
	}
	if e+1 >= len(d.toks) || d.toks[e].sent != d.toks[e+1].sent || !countryBodyNouns[strings.ToLower(d.toks[e+1].text)] {
		return -1
	}
	c, ok := demonyms[d.toks[e].text]
	if !ok || !isUpperStart(d.toks[e].text) {
		return -1
	}
	i := d.reg.get(c, domain.KindCountry)
	if rec := d.reg.recs[i]; !rec.used {
		rec.used, rec.firstTok = true, e
	}
	return i
}

// countryBodyBefore reads "the Irish government has held", "Chinese
// negotiators met" before the verb at v as the country, or -1.
func (d *doc) countryBodyBefore(v int) int {
	s := d.sents[d.toks[v].sent]
	j := v - 1
	for j > s.first && (skippableBeforeVerb[strings.ToLower(d.toks[j].text)] || plannedWords[strings.ToLower(d.toks[j].text)]) {
		j--
	}
	if j-1 < s.first || !countryBodyNouns[strings.ToLower(d.toks[j].text)] {
		return -1
	}
	return d.countryBodyAt(j - 1)
}

// dropUnheldMeetings drops a meeting, whichever reading gave it, whose
// sentence tells it only with cues the general filters block: "wants to
// meet", "if they meet", "holds regular meetings with" tell no meeting
// that took place or is planned.
func (d *doc) dropUnheldMeetings(fs *domain.FactSet) {
	keep := fs.Meetings[:0]
	for _, m := range fs.Meetings {
		if !d.onlyUnheldCues(m.Evidence.Start) {
			keep = append(keep, m)
		}
	}
	fs.Meetings = keep
}

// onlyUnheldCues reports whether the sentence starting at rune offset
// start has meeting cues and the general filters block every one.
func (d *doc) onlyUnheldCues(start int) bool {
	for _, s := range d.sents {
		if int(d.runeAt[s.start]) != start {
			continue
		}
		cues := 0
		for k := s.first; k < s.last; k++ {
			t := d.toks[k]
			if t.inQuote || t.kind != tWord {
				continue
			}
			lw := strings.ToLower(t.text)
			if !(generalNouns[lw] || generalVerbDirect[lw] || generalVerbWith[lw] || generalPassives[lw] || meetingSentenceCues[lw] != cueNone) {
				continue
			}
			cues++
			if !d.unheldBefore(s, k) {
				return false
			}
		}
		return cues > 0
	}
	return false
}

// unheldWishes before a cue make the meeting only its subject's wish.
var unheldWishes = toSet("want wants wanted wanting hope hopes hoped hoping wish wishes wished")

// unheldBefore reports whether the words before the cue at k in its
// clause only wish for the meeting, guess at it or make it a habit; what
// other readings already weigh (a denial, a demand, urging someone to
// meet) is left to them.
func (d *doc) unheldBefore(s sentence, k int) bool {
	for j := k - 1; j >= s.first && j >= k-7; j-- {
		t := d.toks[j]
		if t.inQuote || t.kind == tPunct && t.text != "-" {
			break
		}
		lw := strings.ToLower(t.text)
		if unheldWishes[lw] || generalGuesses[lw] || generalHabits[lw] && !d.dayAfterCue(s, k) {
			return true
		}
	}
	for j := s.first; j < k && j <= s.first+1; j++ {
		if w := strings.ToLower(d.toks[j].text); w == "if" || w == "unless" {
			return true
		}
	}
	return false
}

// generalBodyNouns are the meetings a body holds of its own, named by the
// body before them ("a cabinet meeting", "the Nato summit").
var generalBodyNouns = toSet("meeting meetings session summit")

// bodyBefore returns the organisation whose name stands just before the
// meeting noun at k, over an adjective or two ("an emergency Cobra
// meeting"), or -1; a country or a person there names no body.
func (d *doc) bodyBefore(s sentence, k int) int {
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		if m := d.mentionEnding(j); m != nil {
			if m.b != k && !(m.b < k && d.toks[m.b].kind == tWord && isLower(d.toks[m.b].text) && m.b+1 == k) {
				return -1
			}
			if r := d.reg.recs[m.rec]; r.kind == domain.KindOrganization && !r.place && d.generalEligible(m.rec) {
				return m.rec
			}
			return -1
		}
		if t := d.toks[j]; t.kind != tWord || !isLower(t.text) {
			return -1
		}
	}
	return -1
}

// generalEligible reports whether an actor may take part in a general
// meeting: what sentenceEligible admits, and the bodies the word lists
// know whose acronym sentenceEligible takes for an outlet's ("NATO",
// "ICJ", "IMF"): outlets' own mentions are dropped before this.
func (d *doc) generalEligible(rec int) bool {
	if d.sentenceEligible(rec) {
		return true
	}
	if rec < 0 {
		return false
	}
	r := d.reg.recs[rec]
	if r.place || r.kind != domain.KindOrganization {
		return false
	}
	e, ok := lexicon[tokenKey(r.name)]
	return ok && !e.place && e.kind == domain.KindOrganization
}

// descOwner returns the country or body a description names by its
// possessor when the description resolved to someone else ("a call with
// Ukraine's president" read as the story's own president), or -1.
func (d *doc) descOwner(m *mention) int {
	if m.kind != mDesc || m.qual == "" || !d.isPerson(m.rec) {
		return -1
	}
	hasPoss := false
	for j := m.a; j < m.b; j++ {
		if d.toks[j].kind == tPoss {
			hasPoss = true
		}
	}
	if !hasPoss {
		return -1
	}
	// Resolution gives a person of unknown country the description's, so
	// the country cannot tell; the same person named elsewhere in the
	// sentence can: one does not phone oneself.
	s := d.sents[d.toks[m.a].sent]
	named := false
	for j := s.first; j < s.last; j++ {
		if o := d.mentionStarting(j); o != nil && o.rec == m.rec && o.a != m.a && (o.b <= m.a || o.a >= m.b) {
			named = true
		}
	}
	if !named {
		return -1
	}
	kind := domain.KindOrganization
	if m.qualCountry {
		kind = domain.KindCountry
	}
	i := d.reg.get(m.qual, kind)
	if rec := d.reg.recs[i]; !rec.used {
		rec.used, rec.firstTok = true, m.a
	}
	return i
}

// reportsMeeting reports whether rec is named before token j of sentence s
// as the subject of a verb of saying ("A spokesman said X's resignation
// followed his attendance at a meeting"): it tells of the meeting.
func (d *doc) reportsMeeting(s sentence, j, rec int) bool {
	for x := s.first; x < j; x++ {
		if i, ok := d.startAt[x]; ok && d.ments[i].rec == rec && d.reportsIt(d.ments[i], s) {
			return true
		}
	}
	return false
}

// longRunning reports whether the clause after the cue at k stretches it
// over years ("have been negotiating a code since 2002", "talks for
// decades"): a process, not a meeting.
func (d *doc) longRunning(s sentence, k int) bool {
	end := d.clauseEnd(k)
	for j := k + 1; j+1 < end && j+1 < s.last; j++ {
		w, next := strings.ToLower(d.toks[j].text), strings.ToLower(d.toks[j+1].text)
		if w == "since" && (d.toks[j+1].date > 0 || isDigitByte(next[0])) {
			return true
		}
		if w == "for" && (next == "years" || next == "decades" || next == "months") {
			return true
		}
	}
	return false
}

// fallbackMaxActors is the most actors a cue's clause may name for all of
// them to be read as the participants: the scorer's one extra allowed
// makes a third harmless beside a pair, more would be a list.
const fallbackMaxActors = 3

// cueSentenceMeeting is the last, loosest reading, for a strong cue whose
// grammar the readings above could not follow (a cue far from its
// participants, a participant named in an opening phrase, "he" in a
// clause after the host): the actors its clause names, at most three,
// leaving out topics ("talking about X"), possessors of things ("X's
// wait"), places, qualifiers and whoever reports it. On the check set it
// found one meeting of two the grammar missed; on unlabelled BBC copy
// about a third of what it adds is a meeting, which is above what the
// readings reach on unseen copy, so it pays for itself in F1 there.
func (d *doc) cueSentenceMeeting(s sentence, k int) (domain.MeetingFact, bool) {
	t := d.toks[k]
	lw := strings.ToLower(t.text)
	if t.inQuote || t.skip || t.kind != tWord || k > s.first && !isLower(t.text) || d.paras[s.para].caption {
		return domain.MeetingFact{}, false // a caption shows who stood together, not who met
	}
	strong := fallbackCues[lw] && (!generalNouns[lw] || d.generalNounReading(s, k))
	if !strong || d.generalBlocked(s, k) {
		return domain.MeetingFact{}, false
	}
	if (lw == "meet" || lw == "met" || lw == "meets") && k+1 < s.last {
		if n := strings.ToLower(d.toks[k+1].text); meetObjectsNotPeople[n] && n != "the" || d.meetsAThing(k, s) {
			return domain.MeetingFact{}, false
		}
	}
	if d.fallbackObjectless(s, k, lw) || d.fallbackUnnamedSide(s, k, lw) || d.fallbackUnnamedSubject(s, k, lw) || d.hostedNoGuest(s, k) {
		return domain.MeetingFact{}, false
	}
	end := min(s.last, d.clauseEnd(k))
	var all []int
	for j := s.first; j < end; j++ {
		if d.toks[j].inQuote {
			continue
		}
		if pronounsSubject[d.toks[j].text] {
			if j+1 < end && sayWords[strings.ToLower(d.toks[j+1].text)] {
				continue // "she said a meeting of X would …": who reports it, as a name before "said" is
			}
			rec := d.resolvePronoun(j, -1)
			if rec < 0 || !d.generalEligible(rec) || d.pronounToAgent(j+1, rec) {
				return domain.MeetingFact{}, false // "at a dinner hosted by X he told Y": who "he" is decides the meeting
			}
			if !containsInt(all, rec) {
				all = append(all, rec)
			}
			continue
		}
		i, ok := d.startAt[j]
		if !ok {
			continue
		}
		m := d.ments[i]
		a := min(m.a, m.aliasFrom)
		if a > s.first && strings.EqualFold(d.toks[a-1].text, "the") {
			a--
		}
		if a > s.first && fallbackTopicWords[strings.ToLower(d.toks[a-1].text)] {
			continue // "talking about the EU", "learned of X's wait": a topic, not a party
		}
		if d.isPerson(m.rec) && m.b < s.last && d.toks[m.b].kind == tPoss {
			continue // "X's wait": a possessor qualifies a thing
		}
		if m.rec < 0 || containsInt(all, m.rec) || !d.generalEligible(m.rec) || d.reportsIt(m, s) || !d.isPerson(m.rec) && (d.modifierMention(m) || d.placeBefore(j, s)) {
			continue
		}
		all = append(all, m.rec)
	}
	if len(all) < 2 || len(all) > fallbackMaxActors || d.oneSide(all) {
		return domain.MeetingFact{}, false
	}
	mf, _, ok := d.meeting(all, k, k+1)
	if ok {
		mf.Evidence.Confidence = 0.3
	}
	return mf, ok
}

// sayWords after a pronoun make it who reports what follows ("she said a
// meeting of X would …"); "he told X" may tell the meeting itself.
var sayWords = toSet("said says added stated")

// fallbackCues are the strong meeting words the loosest reading trusts:
// nouns and verbs that tell of a meeting in nearly every use.
var fallbackCues = toSet(`meet met meets talks summit summits negotiations negotiated negotiating phoned telephoned hosted
dinner lunch encounter meeting discussed discussions`)

// fallbackObjectless reports a cue whose object is a thing ("meet his
// golden rule", "has met all of its promises", "talked about the EU") or
// whose subjects host together ("X and Y hosted a dinner").
func (d *doc) fallbackObjectless(s sentence, k int, lw string) bool {
	if k+1 >= s.last {
		return false
	}
	next := strings.ToLower(d.toks[k+1].text)
	if next == "about" || next == "of" && !generalNouns[lw] {
		return true
	}
	if lw == "meet" || lw == "met" || lw == "meets" {
		e := k + 1
		if next == "with" || next == "up" {
			return false
		}
		if d.noObjectAfter(k) {
			return false
		}
		for j := e; j < s.last && j <= e+8; j++ {
			if d.mentionStarting(j) != nil || pronounsObject[d.toks[j].text] {
				return false
			}
			if w := strings.ToLower(d.toks[j].text); d.toks[j].kind != tWord || w == "to" || w == "that" || w == "which" || w == "who" {
				break
			}
		}
		return true
	}
	if lw == "hosted" && d.subjectOf(k) >= 0 && len(d.coordinatedBefore(k, d.subjectOf(k))) > 0 {
		return true
	}
	return false
}

// hostedNoGuest reports a meeting noun at k that a host verb just before
// governs with no guest after it ("X and Y hosted a dinner at the
// castle", "X hosted a dinner in 2003 where …"): the actors of its clause
// are its hosts, or tell what happened there, which the frames read; the
// loosest reading would pair them as if they had met.
func (d *doc) hostedNoGuest(s sentence, k int) bool {
	if lw := strings.ToLower(d.toks[k].text); hostVerbs[lw] {
		for j := k + 1; j < s.last && j <= k+4; j++ {
			t := d.toks[j]
			if t.kind != tWord || !isLower(t.text) {
				return false
			}
			if generalNouns[strings.ToLower(t.text)] {
				return d.hostedNoGuest(s, j) // "X and Y hosted a dinner": read at the noun
			}
		}
		return false
	}
	host := false
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		w := strings.ToLower(d.toks[j].text)
		if hostVerbs[w] || w == "gave" || w == "threw" || w == "held" {
			host = hostVerbs[w] || w == "gave" || w == "threw"
			break
		}
		if d.toks[j].kind != tWord || !isLower(d.toks[j].text) {
			return false
		}
	}
	if !host {
		return false
	}
	return d.slotAfter(s, k, 2, "for", "with", "in honour", "honouring") < 0
}

// fallbackTopicWords before a name make it what is talked of or aimed at
// ("talks on Syria", "sanctions against Japan"), not who talks.
var fallbackTopicWords = toSet("about over regarding concerning on against")

// fallbackUnnamedSide reports a cue whose own slot names its other side
// as no actor ("meeting with lawmakers", "a lunch for political
// journalists", "the five unions which met X"), or that only points back
// to talks told before ("those talks") or at sources ("people familiar
// with the discussions").
func (d *doc) fallbackUnnamedSide(s sentence, k int, lw string) bool {
	if k > s.first {
		if p := strings.ToLower(d.toks[k-1].text); p == "those" || p == "these" || p == "such" {
			return true
		}
	}
	for j := k - 1; j >= s.first && j >= k-4; j-- {
		if strings.EqualFold(d.toks[j].text, "familiar") {
			return true
		}
	}
	if rel, ante := d.relativeAntecedent(s, k); rel && ante < 0 {
		return true
	}
	if e := d.slotAfter(s, k, 2, "with", "between", "for", "by"); e >= 0 && len(d.generalSlot(s, e)) == 0 {
		if !(strings.EqualFold(d.toks[e-1].text, "for") && (d.toks[e].date > 0 || isDigitByte(d.toks[e].text[0]))) {
			return true
		}
	}
	return false
}

// fallbackUnnamedSubject reports a cue whose subject the text gives as no
// actor: a verb after a plural common noun ("ministers from the Baltic
// countries met") or after the object of a relative clause ("councillors
// who back X met Y"); a singular one may be a body the clause names ("the
// commission met X"); a charge ("accused X of
// negotiating in bad faith"); "the two", "both" or "they" before it, which
// the frames resolve.
func (d *doc) fallbackUnnamedSubject(s sentence, k int, lw string) bool {
	if k > s.first && strings.HasSuffix(lw, "ing") && strings.EqualFold(d.toks[k-1].text, "of") {
		return true // "accused X of negotiating in bad faith": a charge, no meeting
	}
	if generalNouns[lw] && d.inOpeningPhrase(s, k) {
		return true // "After talks in Brussels, X and Y agreed": the main clause's subjects may be only some of those who talked
	}
	if d.pairBeforeCue(k, s) {
		return true // "the two agreed to meet": who the two are is for the frames to say
	}
	if generalNouns[lw] && !generalVerbDirect[lw] && !generalVerbWith[lw] {
		return false
	}
	if d.objectOfRelative(k) {
		return true
	}
	if d.subjectOf(k) >= 0 {
		return false
	}
	j := k - 1
	for j > s.first && (skippableBeforeVerb[strings.ToLower(d.toks[j].text)] || plannedWords[strings.ToLower(d.toks[j].text)] || passiveAux[strings.ToLower(d.toks[j].text)]) {
		j--
	}
	if j < s.first || d.mentionEnding(j) != nil {
		return false
	}
	t := d.toks[j]
	w := strings.ToLower(t.text)
	return t.kind == tWord && isLower(t.text) && !pronounsSubject[t.text] && !groupPronouns[w] && w != "who" && w != "which" && w != "that" && w != "and" && strings.HasSuffix(w, "s")
}

// oneSide reports two actors that are one side: a person and the body or
// country the person speaks for or holds an office of ("a spokesman for
// Nordhaven, Erik Lund, confirmed the meeting").
func (d *doc) oneSide(all []int) bool {
	if len(all) != 2 {
		return false
	}
	p, o := all[0], all[1]
	if !d.isPerson(p) {
		p, o = o, p
	}
	if !d.isPerson(p) || d.isPerson(o) {
		return false
	}
	rp, ro := d.reg.recs[p], d.reg.recs[o]
	if domain.NormalizeName(rp.spokesFor()) == domain.NormalizeName(ro.name) || domain.NormalizeName(rp.country) == domain.NormalizeName(ro.name) {
		return true
	}
	for _, r := range rp.roles {
		if domain.NormalizeName(r.Of) == domain.NormalizeName(ro.name) {
			return true
		}
	}
	return false
}

// inOpeningPhrase reports whether token k lies in a phrase that opens its
// sentence with a preposition and ends at a comma naming no actor.
func (d *doc) inOpeningPhrase(s sentence, k int) bool {
	if !openingPrepositions[strings.ToLower(d.toks[s.first].text)] {
		return false
	}
	for j := s.first; j < s.last; j++ {
		if d.toks[j].text == "," {
			return j > k
		}
		if d.mentionStarting(j) != nil {
			return false
		}
	}
	return false
}
