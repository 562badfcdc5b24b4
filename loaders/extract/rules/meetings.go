package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// meetingNouns name a meeting when a preposition introduces them ("during
// a meeting", "at a February encounter").
var meetingNouns = toSet("meeting encounter talks summit meet get-together sit-down")

var meetingPrepositions = toSet("during at after before in following on ahead")

// meetingVerbSubject returns who does the meeting verb at v: its subject,
// the subject over the words that make it a plan ("X is due to meet"), or
// who does it as an -ing verb after a preposition ("after meeting Y, X
// said"); -1 when none. Every reading of a meeting verb starts so.
func (d *doc) meetingVerbSubject(v int) int {
	if owner, owned := d.infinitiveOwner(v); owned {
		return owner // "her decision to travel to Syria and meet X"
	}
	if subj := d.subjectOf(v); subj >= 0 {
		return subj
	}
	if subj := d.plannedSubject(v); subj >= 0 {
		return subj
	}
	return d.gerundSubject(v)
}

// verbMeeting reads a meeting from a verb ("X met Y", "X held talks with
// Y", "X and Y met", "X had a fruitful meeting with Y").
func (d *doc) verbMeeting(h verbHit) (domain.MeetingFact, []int, bool) {
	if d.objectOfRelative(h.from) {
		return domain.MeetingFact{}, nil, false
	}
	subj := d.meetingVerbSubject(h.from)
	if subj < 0 {
		subj = d.purposeSubject(h.from)
	}
	if subj < 0 {
		subj = d.representativesBefore(h.from)
	}
	var parts []int
	if subj >= 0 {
		parts = d.countrySubjects(h.from, append(d.coordinatedBefore(h.from, subj), subj))
	} else if parts = d.pairSubject(h.from); parts == nil && d.unresolvedPronounSubject(h.from) {
		return domain.MeetingFact{}, nil, false // "they will speak to X and Y": X and Y did not meet each other
	}
	obj := d.objectAt(h.to, subj)
	if p := d.possessorTitlePerson(h.to); p >= 0 {
		obj = p // "met NATO's deputy secretary general, X,": X met, not NATO
	} else if p := d.describedObjectPerson(d.skipMarks(h.to)); p >= 0 {
		obj = p // "spoke with her Malaysian counterpart, X,"
	} else if p := d.personAfterQualifier(d.skipMarks(h.to)); p >= 0 {
		obj = p // "will meet Chinese counterpart Minister X"
	} else if p := d.personAfterDescription(d.skipMarks(h.to)); p >= 0 {
		obj = p // "met Tokyo stock exchange (TSE) head X"
	}
	if obj < 0 {
		obj = d.titledObjectAt(h.to)
	}
	if obj < 0 {
		obj = d.groupOfOrg(h.to)
	}
	if obj < 0 {
		obj = d.delegationOf(h.to)
	}
	if obj < 0 {
		obj = d.officeOf(d.skipMarks(h.to))
	}
	var officeCountries []int
	if rec, at := d.officeOfAt(d.skipMarks(h.to)); rec >= 0 && rec == obj {
		officeCountries = d.coordinatedAfter(at) // "met the leaders of X and Y", "the president of X and Y"
	}
	if obj < 0 {
		obj = d.representativesOf(d.skipMarks(h.to))
	}
	if obj < 0 && hostVerbs[strings.ToLower(d.toks[h.from].text)] {
		return domain.MeetingFact{}, nil, false
	}
	if visitVerbs[strings.ToLower(d.toks[h.from].text)] && !d.isPerson(obj) {
		return domain.MeetingFact{}, nil, false
	}
	if d.personOnly(h, obj) {
		return domain.MeetingFact{}, nil, false
	}
	if obj >= 0 {
		parts = append(parts, obj)
		parts = append(parts, officeCountries...)
		parts = append(parts, d.coordinatedAfter(h.to)...)
		parts = append(parts, d.includedPeople(h.to)...)
	}
	if len(parts) > 2 && d.separately(h.to) {
		return domain.MeetingFact{}, nil, false // one meeting each: see separateMeetings
	}
	return d.meeting(parts, h.from, h.to)
}

// nounMeeting reads a meeting from a noun after a preposition: the
// participants are the people named before it in its clause (and the
// clause's subject), as in captions ("X (L) and Y during a meeting …").
func (d *doc) nounMeeting(n int) (domain.MeetingFact, []int, bool) {
	if mf, ids, ok := d.meetingOfBody(n); ok || n+1 < len(d.toks) && strings.EqualFold(d.toks[n+1].text, "of") {
		return mf, ids, ok // "a meeting of X": X says who met, not the names before
	}
	s := d.sents[d.toks[n].sent]
	k := n - 1
	for k > s.first && k >= n-3 && !meetingPrepositions[strings.ToLower(d.toks[k].text)] {
		k--
	}
	if k < s.first || !meetingPrepositions[strings.ToLower(d.toks[k].text)] {
		return domain.MeetingFact{}, nil, false
	}
	if n+1 < s.last && strings.EqualFold(d.toks[n+1].text, "with") {
		return domain.MeetingFact{}, nil, false // "talks with X": only a verb says who met
	}
	from := s.first
	if c := d.previousComma(k, s.first); c >= 0 {
		from = c + 1
	}
	var people, others []int
	for x := from; x < k; x++ {
		if d.toks[x].inQuote {
			continue
		}
		if m := d.mentionStarting(x); m != nil && (m.b >= len(d.toks) || d.toks[m.b].kind != tPoss) {
			if d.isPerson(m.rec) {
				people = append(people, m.rec)
			} else {
				others = append(others, m.rec)
			}
		}
	}
	parts := people
	if len(parts) < 2 {
		if subj := d.nounMeetingSubject(from, k); subj >= 0 {
			parts = append([]int{subj}, parts...)
		}
	}
	if len(parts) < 2 {
		parts = append(parts, others...)
	}
	return d.meeting(parts, k, n+1)
}

// nounMeetingSubject is who takes part in a meeting noun at token k
// besides its clause's object: the subject of the clause's verb ("X, who
// …, scolded Y at a March encounter"), else the clause's first actor.
func (d *doc) nounMeetingSubject(from, k int) int {
	if rec := d.reportedClauseSubject(d.sents[d.toks[k].sent], k, from-1); rec >= 0 {
		return rec // "X said the United States would offer a draft at talks with Y"
	}
	for v := k - 1; v >= from; v-- {
		if h, ok := d.matchVerb(v); ok && !d.toks[v].inQuote && (h.p.kind != "" || h.p.speech) {
			if subj := d.subjectOf(v); subj >= 0 {
				return subj
			}
			break
		}
	}
	return d.clauseSubject(k)
}

// meeting assembles a meeting of distinct participants with the place,
// occasion and date its clause gives.
func (d *doc) meeting(parts []int, from, to int) (domain.MeetingFact, []int, bool) {
	var ids []int
	seen := map[int]bool{}
	for _, p := range parts {
		if p >= 0 && !seen[p] {
			seen[p] = true
			ids = append(ids, p)
		}
	}
	if len(ids) < 2 || d.calledOff(from) {
		return domain.MeetingFact{}, nil, false
	}
	return d.assembleMeeting(ids, from, to)
}

// assembleMeeting builds the meeting of the distinct participants ids
// told by tokens from..to.
func (d *doc) assembleMeeting(ids []int, from, to int) (domain.MeetingFact, []int, bool) {
	si := d.toks[from].sent
	s := d.sents[si]
	end := d.clauseEnd(to - 1)
	mf := domain.MeetingFact{}
	for _, id := range ids {
		mf.Participants = append(mf.Participants, d.reg.recs[id].name)
	}
	mf.Place, mf.Occasion = d.placeAndOccasion(to, end)
	if mf.Place == "" && mf.Occasion != "" {
		mf.Place = occasionPlaces[mf.Occasion]
	}
	mf.When = d.dateFor(si, from, end)
	mf.Evidence = d.ev(s.start, s.end, 0.7)
	return mf, ids, true
}

// placeAndOccasion reads "at the White House", "in Beijing", "on the
// sidelines of the UN General Assembly" in tokens [from, to).
func (d *doc) placeAndOccasion(from, to int) (place, occasion string) {
	for k := from; k < to; k++ {
		lw := strings.ToLower(d.toks[k].text)
		e := k + 1
		if e < to && strings.EqualFold(d.toks[e].text, "the") {
			e++
		}
		switch lw {
		case "of", "during":
			if lw == "of" && !(k > 0 && strings.EqualFold(d.toks[k-1].text, "sidelines")) {
				continue
			}
			if name := d.nameAt(e); name != "" && occasion == "" {
				occasion = name
			}
		case "at", "in":
			name := d.nameAt(e)
			if name == "" {
				continue
			}
			if occasionWords[lastWord(name)] || d.isForumName(name) {
				if occasion == "" {
					occasion = name
				}
			} else if place == "" && d.isPlaceName(name) {
				place = name
			}
		}
	}
	return place, occasion
}

// nameAt returns the actor, place or occasion named at token e.
func (d *doc) nameAt(e int) string {
	for _, p := range d.places {
		if p.a == e {
			return p.entity.name
		}
	}
	if m := d.mentionStarting(e); m != nil {
		return d.reg.recs[m.rec].name
	}
	return ""
}

func (d *doc) isPlaceName(name string) bool {
	for _, p := range d.places {
		if p.entity.name == name {
			return !occasionWords[lastWord(name)]
		}
	}
	return false
}

func (d *doc) isForumName(name string) bool {
	if i, ok := d.reg.byNorm[domain.NormalizeName(name)]; ok {
		return d.isForum(i)
	}
	return false
}

// coordinatedBefore returns actors joined to the mention ending before v
// by "and" or commas ("X and Y met").
func (d *doc) coordinatedBefore(v, subj int) []int {
	s := d.sents[d.toks[v].sent]
	var out []int
	j := v - 1
	for j >= s.first && d.mentionEnding(j) == nil {
		j--
	}
	m := d.mentionEnding(j)
	if m == nil || m.rec != subj {
		return nil
	}
	if j+1 < s.last && d.toks[j+1].text == "," && min(m.a, m.aliasFrom) > s.first && d.toks[min(m.a, m.aliasFrom)-1].text == "," {
		// "The envoy on Myanmar, Helena B., welcomed": an apposition, no
		// list; but "X and Finland's defence minister, Y, met" lists X.
		title := d.mentionEnding(min(m.a, m.aliasFrom) - 2)
		if title == nil || title.rec != m.rec {
			return nil
		}
		m = title
	}
	// Step back over each name's title phrase ("Indian Prime Minister A
	// and Chinese Premier B met").
	for k := min(m.a, m.aliasFrom) - 1; k > s.first; {
		if !(strings.EqualFold(d.toks[k].text, "and") || d.toks[k].text == ",") {
			break
		}
		if len(out) == 0 && d.toks[k].text == "," {
			break // "On the sidelines of the assembly, X met Y": an opening phrase, no list
		}
		prev := d.mentionEnding(k - 1)
		if prev == nil {
			break
		}
		out = append([]int{prev.rec}, out...)
		k = min(prev.a, prev.aliasFrom) - 1
	}
	return out
}

// coordinatedAfter returns actors joined by "and" or commas after the
// object at e ("met X and Y").
func (d *doc) coordinatedAfter(e int) []int {
	e = d.skipMarks(e)
	m := d.mentionStarting(e)
	if m == nil && e < len(d.toks) && strings.EqualFold(d.toks[e].text, "the") {
		m = d.mentionStarting(e + 1)
	}
	var out []int
	anded := false
	for m != nil && m.b+1 < len(d.toks) {
		sep := d.toks[m.b].text
		if !(strings.EqualFold(sep, "and") || sep == ",") || anded {
			break // "with A and B, the office said": the list ended at "and B"
		}
		anded = strings.EqualFold(sep, "and")
		next := d.mentionStarting(m.b + 1)
		if next == nil {
			at := m.b + 1
			if sep == "," && at < len(d.toks) && strings.EqualFold(d.toks[at].text, "and") {
				at++ // "X, and the presidents of Y and Z"
			}
			if rec := d.officeOf(at); rec >= 0 {
				out = append(out, rec) // "X and the president of Y"
				out = append(out, d.pluralOfficeCountries(at)...)
				break
			}
			if org := d.delegationOf(m.b + 1); org >= 0 {
				out = append(out, org) // "…, X and leaders of the union"
			}
			break
		}
		if p := d.appositivePerson(next); p >= 0 {
			out = append(out, p) // "met X and New Zealand's foreign minister, Y,"
			break
		}
		if p := d.personAfterQualifier(m.b + 1); p >= 0 {
			out = append(out, p) // "met X and Downing Street adviser Y"
			break
		}
		out = append(out, next.rec)
		m = next
	}
	return out
}

// possessivePronouns own the noun after them ("her decision").
var possessivePronouns = toSet("his her their")

// infinitiveOwner returns who does the infinitive verb at v when it
// completes a noun someone owns ("her decision to meet X", "Trump's plan
// to travel to Y and meet Z"): the noun's owner, not the subject of the
// clause the noun stands in, or -1 when the rules cannot tell who owns
// it; owned is false when the verb is no such infinitive.
func (d *doc) infinitiveOwner(v int) (owner int, owned bool) {
	s := d.sents[d.toks[v].sent]
	to := v - 1
	if to > s.first && strings.EqualFold(d.toks[to].text, "and") {
		// "to travel to Syria and meet": the "to" of the first infinitive
		for to--; to > s.first && to >= v-8 && !(d.toks[to].text == "to" && isLower(d.toks[to+1].text)); to-- {
			if t := d.toks[to]; t.kind == tPunct || t.inQuote {
				return -1, false
			}
		}
	}
	if to <= s.first || d.toks[to].text != "to" {
		return -1, false
	}
	// One to three words back: the noun (and its adjectives), then its owner.
	for j := to - 1; j >= s.first && j >= to-3; j-- {
		t := d.toks[j]
		switch {
		case t.inQuote || t.kind != tWord && t.kind != tPoss:
			return -1, false
		case j == to-1 && (t.kind == tPoss || possessivePronouns[t.text]):
			return -1, false // "to" right after the owner: no noun between
		case t.kind == tPoss:
			if m := d.mentionEnding(j - 1); m != nil {
				return m.rec, true // "Trump's plan to meet"
			}
			return -1, false
		case t.text == "their":
			return -1, true // who "their" are is a group the rules do not read
		case possessivePronouns[t.text]:
			return d.resolvePronoun(j, -1), true
		case !isLower(t.text):
			return -1, false
		}
	}
	return -1, false
}
