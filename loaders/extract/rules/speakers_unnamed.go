package rules

import "strings"

// Words of people the story does not name are no statements: `"…," said
// a senior administration official`, `"…," the former adviser said`, `A
// Tory source said: "…"`. Without this the quote would go to the last
// named speaker. Sources the text ties to a country or body are read as
// mentions before this (anonymous_sources.go, spokespeople_*.go).

// unnamedPersonNouns head a description of an unnamed person or group.
var unnamedPersonNouns = toSet(`official officials source sources adviser advisers advisor advisors aide aides
associate associates insider insiders user users person people friend friends ally allies confidant
resident residents witness witnesses doctor doctors physician physicians protester protesters
campaigner campaigners observer observers critic critics expert experts staffer staffers employee
employees worker workers analyst analysts voter voters supporter supporters activist activists`)

// unnamedDeterminers open such a description.
var unnamedDeterminers = toSet("a an the one another two three several some many other our")

// unnamedPersonEnd reads a description of an unnamed person at k ("a
// senior administration official", "the former adviser", "one user") and
// returns the token after its head noun, or -1. A name after it ("an
// aide, Jo Brand,") makes it no unnamed person.
func (d *doc) unnamedPersonEnd(k, end int) int {
	if k >= end || !unnamedDeterminers[strings.ToLower(d.toks[k].text)] || d.mentionStarting(k) != nil {
		return -1
	}
	// "the MP", "the Republican governor" refer back to someone named;
	// only "a"/"one" describe someone the story leaves unnamed.
	indefinite := !strings.EqualFold(d.toks[k].text, "the")
	for j := k + 1; j < end && j <= k+5; j++ {
		t := d.toks[j]
		if partyMemberWords[t.text] && !t.inQuote && indefinite && !d.nounFollows(j+1, end) {
			// "a Michigan Republican", "an Iowa Democrat": one member the
			// story does not name (the word alone may read as the party).
			if d.nameFollows(j+1, end) {
				return -1
			}
			return j + 1
		}
		if m := d.mentionStarting(j); m != nil && !t.inQuote && m.rec >= 0 && !d.isPerson(m.rec) && m.b < end && (unnamedSourceNouns[d.toks[m.b].text] || indefinite && memberNouns[d.toks[m.b].text]) {
			j = m.b - 1 // "a Tory source": the party is where the source is, not who speaks
			continue
		}
		if t.kind != tWord || t.inQuote || d.mentionStarting(j) != nil {
			return -1
		}
		if unnamedPersonNouns[t.text] || memberNouns[t.text] && indefinite || presenterNouns[t.text] {
			if d.nameFollows(j+1, end) {
				return -1
			}
			return j + 1
		}
		if _, ok := d.matchVerb(j); ok {
			return -1
		}
	}
	return -1
}

// unnamedSubjectBefore reads a description of an unnamed person as the
// subject of the verb at v (`A Tory source said:`) and reports it.
func (d *doc) unnamedSubjectBefore(v int) bool {
	s := d.sents[d.toks[v].sent]
	k := v - 1
	for n := 0; k > s.first && n < 3 && skippableBeforeVerb[strings.ToLower(d.toks[k].text)]; n++ {
		k--
	}
	for a := k - 1; a >= s.first && a >= k-5; a-- {
		if d.unnamedPersonEnd(a, v) == k+1 {
			return true
		}
	}
	return false
}

// namedAfterDescription reads a description set off from the name that
// follows it ("an aide, Jo Brand", "a spokesman for the party, Tom
// Reyes") at k and returns the person, or -1.
func (d *doc) namedAfterDescription(k, end int) int {
	if k >= end || !unnamedDeterminers[strings.ToLower(d.toks[k].text)] {
		return -1
	}
	for j := k + 1; j < end && j <= k+8; j++ {
		t := d.toks[j]
		if t.inQuote || t.kind == tQuote {
			return -1
		}
		if t.text == "," {
			if m := d.mentionStarting(j + 1); m != nil && d.isPerson(m.rec) {
				return m.rec
			}
			return -1
		}
	}
	return -1
}

// unnamedSourceNouns head an unnamed source a body's name may qualify ("a
// Tory source") and still speak for no one; an official of a named body
// speaks for the body (read as a mention elsewhere).
var unnamedSourceNouns = toSet("source sources insider insiders")

// memberNouns head a description of an unnamed member of a body a
// party or place may qualify: "a Labour MP", "one Republican senator", "a
// European diplomat". Like a source, they speak for no one by name.
var memberNouns = toSet(`MP MPs lawmaker lawmakers legislator legislators senator senators congressman
congresswoman diplomat diplomats delegate delegates strategist strategists operative operatives
donor donors member members backbencher backbenchers`)

// labelNouns introduce a quote that is a label, not anyone's words: "the
// slogan "…"", "a campaign with the tagline "…"".
var labelNouns = toSet("slogan slogans tagline taglines motto mottos hashtag headline headlines banner banners")

// quotedLabel reports a quote that a label noun introduces.
func (d *doc) quotedLabel(q quote) bool {
	k := q.open - 1
	for k >= 0 && (d.toks[k].text == "," || d.toks[k].text == ":") {
		k--
	}
	return k >= 0 && !d.toks[k].inQuote && labelNouns[strings.ToLower(d.toks[k].text)]
}

// nounFollows reports a lower-case word at k that is no verb: the head
// noun of a description goes on ("a Republican senator").
func (d *doc) nounFollows(k, end int) bool {
	if k >= end || d.toks[k].kind != tWord || !isLower(d.toks[k].text) || functionWords[d.toks[k].text] {
		return false
	}
	_, verb := d.matchVerb(k)
	return !verb && !strings.HasSuffix(d.toks[k].text, "ed") // "a Colorado Democrat observed"
}

// unresolvedSubjectBefore reports a noun phrase no actor was found for as
// the subject of the speech verb at v ("A leader of the state's teachers
// union said", "a UK Government official responded"): someone the story
// does not name spoke, not the last speaker, so the quote must not run on
// from them.
func (d *doc) unresolvedSubjectBefore(v int) bool {
	s := d.sents[d.toks[v].sent]
	k := v - 1
	for n := 0; k > s.first && n < 3 && (skippableBeforeVerb[strings.ToLower(d.toks[k].text)] || isAdverbLy(d.toks[k].text)); n++ {
		k--
	}
	if k < s.first || d.toks[k].inQuote || d.toks[k].kind != tWord || pronounsSubject[d.toks[k].text] || functionWords[strings.ToLower(d.toks[k].text)] {
		return false
	}
	if d.mentionEnding(k) != nil {
		return false
	}
	// The noun phrase opens with a determiner at most eight words back.
	possessor := false // "the state's" inside the phrase is not its determiner
	for j := k - 1; j >= s.first && j >= k-8; j-- {
		t := d.toks[j]
		if t.kind == tPoss {
			possessor = true
		}
		if t.inQuote || t.kind == tQuote || t.text == "," {
			return false
		}
		if d.mentionStarting(j) != nil && d.isPerson(d.mentionStarting(j).rec) {
			return false
		}
		if _, ok := d.matchVerb(j); ok {
			return false
		}
		switch strings.ToLower(t.text) {
		case "a", "an":
			return j == s.first || d.afterConnectives(s) == j
		case "the":
			if possessor {
				possessor = false
				continue
			}
			// "the prime minister said", "the letter said": often the last
			// speaker, by title or by their letter; "the government says"
			// is a body, never the person quoted last.
			return j == k-1 && unresolvedBodyNouns[strings.ToLower(d.toks[k].text)] && !d.speechVerbBefore(s.first, j)
		}
	}
	return false
}

// unresolvedBodyNouns head "the <noun>" subjects that are bodies.
var unresolvedBodyNouns = toSet(`government party council ministry department company firm union committee
commission agency authority court administration campaign board police army regime opposition`)

// speechVerbBefore reports a verb of saying in [from, to) outside quotes:
// a subject after it opens a reported clause ("X said the police had
// said …"), and the quote is X's.
func (d *doc) speechVerbBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if !d.toks[k].inQuote && d.toks[k].kind == tWord && d.isSpeechVerbAt(k) {
			return true
		}
	}
	return false
}

// quantityWords open a subject that counts people rather than naming
// them: "About 3 in 10 say", "Most voters said", "Two-thirds of
// Republicans say".
var quantityWords = toSet(`about around nearly almost roughly most many some few half majority
minority two-thirds one-third three-quarters none`)

// quantitySubjectBefore reports a subject that counts unnamed people (a
// number or a quantity word opening the clause before the speech verb at
// v, with no actor named between): poll findings, not anyone's words.
// numberWords spell numbers: "Fifty-one percent say", "Three in four".
var numberWords = toSet(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred`)

// numberWord reports a spelt-out number, hyphenated ones included.
func numberWord(lw string) bool {
	for _, p := range strings.Split(lw, "-") {
		if !numberWords[p] {
			return false
		}
	}
	return lw != ""
}

func (d *doc) quantitySubjectBefore(v int) bool {
	s := d.sents[d.toks[v].sent]
	start := d.afterConnectives(s)
	for j := v - 1; j >= s.first && j >= v-8; j-- {
		t := d.toks[j]
		if t.inQuote || t.kind == tQuote || t.text == "," || d.mentionStarting(j) != nil {
			return false
		}
		if j == start || j > s.first && d.toks[j-1].text == "," {
			lw := strings.ToLower(t.text)
			if lw == "a" && j+1 < v && strings.EqualFold(d.toks[j+1].text, "majority") {
				return true
			}
			return quantityWords[lw] || isDigits(strings.TrimSuffix(t.text, "%")) || numberWord(lw)
		}
	}
	return false
}
