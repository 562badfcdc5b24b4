package rules

import "strings"

// Outlets, platforms, vehicles and titles of works that the story shows to
// be such by the words around one of their mentions: "the newspaper X", "X
// journalists", "posted on X", "aboard X", "in his book X", "told the
// BBC's X". A name shown so once is dropped everywhere in the story ("X
// said that …" later is the outlet speaking). The words are general English
// news usage; no outlet, programme or person is named here.

// mediaBefore, right before a name, say what kind of thing it is: an
// outlet, a platform, a programme or a work ("newspaper Dagens X", "his
// book Lawless Y", "the app Z").
var mediaBefore = toSet(`newspaper newspapers paper daily tabloid broadsheet weekly broadcaster
broadcasters channel station magazine website outlet outlets platform app podcast programme program
show series sitcom documentary film movie book books novel memoir memoirs autobiography biography album
song play column blog newsletter`)

// mediaAfter, right after a name, make it an outlet: "X newspaper", "X
// journalists", "X's correspondent".
var mediaAfter = toSet(`newspaper newspapers tabloid broadsheet broadcaster magazine website
journalist journalists reporter reporters correspondent correspondents columnist columnists cameraman
cameramen camerawoman photographer photographers crew anchor presenter presenters editorial`)

// staffPlurals before "from", "of", "for" or "with" name an outlet's
// people: "journalists from X", "a reporter for X".
var staffNouns = toSet(`journalist journalists reporter reporters correspondent correspondents
columnist columnists cameraman cameramen photographer photographers crew crews anchor editor editors`)

// publishVerbs before "on"/"in"/"by" make the name after them the place a
// text appeared: "posted on X", "wrote in X", "broadcast by X".
var publishVerbs = toSet(`posted posts posting post wrote writes writing write tweeted tweets
broadcast broadcasts aired airs published publishes appeared appearing appears shared shares
reported streamed`)

// reportVerbs after a bare acronym make it a news outlet: "CNN reported".
var reportVerbs = toSet("reported reports reporting")

// interviewVerbs before an outlet's possessive make the name after it the
// interviewer: "told the BBC's X", "in an interview with CNN's Y".
var interviewVerbs = toSet("told tells telling tell with to asked by")

// foreignNewsWords are "news", "newspaper", "press" and "paper" in other
// languages, as they end or open outlets' own names.
var foreignNewsWords = toSet(`Nyheter Nyheder Nytt Nachrichten Zeitung Presse Prensa Noticias Nieuws
Notizie Novosti Shimbun Ilbo Tageblatt Gazeta Gazzetta Corriere Diario Dagblad Dagbladet Avisen Agence
Jornal Kurier Kurir Vesti Izvestia Haber Habertürk Akhbar`)

// numberWordEnds close names of channels and vehicles, never of actors:
// "BBC One", "ITV Two", "Air Force One".
var numberWordEnds = toSet("One Two Three Four")

// nameOf is the name a mention gives, whatever its kind.
func nameOf(m mention) string {
	if m.kind == mEntity {
		return m.entity.name
	}
	return m.name
}

// findMediaNames collects in d.mediaNames every name some mention of
// which the words around show to be an outlet, platform, vehicle or work,
// and the names listed with one ("Reuters, X and Y"). Their mentions stay,
// so that a quote an outlet's presenter gives is not handed to someone
// else; markMediaRecords keeps their records out of the actors.
func (d *doc) findMediaNames(raw []mention) {
	media := d.mediaNames
	if media == nil {
		media = map[string]bool{}
	}
	count := map[string]int{}
	sig := map[string]int{}
	for i, m := range raw {
		if m.kind == mDesc || m.kind == mCollective || m.b <= m.a {
			continue
		}
		n := nameOf(m)
		count[n]++
		if d.signatureName(m) {
			sig[n]++
		}
		if d.mediaContext(raw, i) {
			media[n] = true
		}
	}
	for n, c := range sig {
		if c == count[n] {
			media[n] = true // a name only ever signing an embedded post
		}
	}
	// Names listed with an outlet are outlets too, both ways along a list
	// that an "and" closes ("Reuters, X and Y"); "book, Title, Author, a
	// lawyer" is no list.
	for pass := 0; pass < 2; pass++ {
		for i := 0; i+1 < len(raw); i++ {
			a, b := raw[i], raw[i+1]
			if a.kind == mDesc || b.kind == mDesc || !d.inList(raw, i) {
				continue
			}
			if media[nameOf(a)] && b.title == "" {
				media[nameOf(b)] = true
			} else if media[nameOf(b)] && a.title == "" {
				media[nameOf(a)] = true
			}
		}
	}
	d.mediaNames = media
}

// inList reports whether mentions i and i+1 are items of one list: joined
// by "and"/"or", or by a comma with a later item joined by "and"/"or".
func (d *doc) inList(raw []mention, i int) bool {
	for j := i; j+1 < len(raw) && j < i+4; j++ {
		joined, and := d.listJoined(raw[j].b, raw[j+1].a)
		if !joined {
			return false
		}
		if and {
			return true
		}
	}
	return false
}

// markMediaRecords keeps the records of media names out of the actors.
func (d *doc) markMediaRecords() {
	for _, r := range d.reg.recs {
		if d.reg.publisherProduct(r.name) {
			r.place = true
		}
	}
	if len(d.mediaNames) == 0 {
		return
	}
	for _, m := range d.ments {
		if d.mediaNames[nameOf(m)] && m.rec >= 0 && m.rec < len(d.reg.recs) {
			d.reg.recs[m.rec].place = true
		}
	}
	for _, r := range d.reg.recs {
		if d.mediaNames[r.name] {
			r.place = true
		}
	}
}

// listJoined reports whether tokens [a, b) are only a list's comma and
// maybe one "and"/"or" ("Reuters, X and Y"), and whether the "and" is there.
func (d *doc) listJoined(a, b int) (joined, and bool) {
	if b <= a || b-a > 2 {
		return false, false
	}
	for k := a; k < b; k++ {
		switch d.toks[k].text {
		case ",":
		case "and", "or":
			and = true
		default:
			return false, false
		}
	}
	return true, and
}

// mediaContext reports whether the words around mention i show its name to
// be an outlet, platform, vehicle, programme or work.
func (d *doc) mediaContext(raw []mention, i int) bool {
	m := raw[i]
	a, b := m.a, m.b
	for k := a; k < b; k++ {
		if foreignNewsWords[d.toks[k].text] || strings.HasSuffix(d.toks[k].text, "-Presse") {
			return true
		}
	}
	if b-a >= 2 && numberWordEnds[d.toks[b-1].text] {
		return true
	}
	if d.quotedTitle(a, b) {
		return true // "the program, “This Week With X”"
	}
	if m.kind == mPerson && m.title != "" {
		return false // "Prime Minister X" is a person, whatever precedes
	}
	if k := b; b < len(d.toks) && (m.kind != mPerson || d.hasAcronym(a, b)) {
		// "X's political correspondent", "BBC Y chief economics editor"
		if d.toks[k].kind == tPoss {
			k++
		}
		start := k
		for n := 0; n < 2 && k+1 < len(d.toks) && d.toks[k].kind == tWord && isLower(d.toks[k].text) && !staffNouns[d.toks[k].text] && !d.isVerbAt(k); n++ {
			k++
		}
		if k > start && k < len(d.toks) && d.toks[k].kind == tWord && presenterNouns[d.toks[k].text] && !d.toks[k].inQuote {
			return true
		}
	}
	if b == a+1 && b < len(d.toks) && isAcronym(d.toks[a].text) && reportVerbs[d.toks[b].text] && (a == 0 || !strings.EqualFold(d.toks[a-1].text, "the")) {
		return true // "CNN reported", where a body is "the IMF": an outlet's acronym stands bare
	}
	if b == a+1 && a >= 2 && isAcronym(d.toks[a].text) && m.kind != mEntity && strings.EqualFold(d.toks[a-2].text, "according") && d.toks[a-1].text == "to" {
		return true // "according to CNN": a source by an acronym no word list knows as a body
	}
	// before: "newspaper X", "the local paper X", "aboard X", "on board X"
	if b < len(d.toks) && d.toks[b].kind == tPoss {
		return false // "a new book, Brown's Britain": the title holds the name
	}
	j := a - 1
	if j >= 1 && d.toks[j].text == "," && mediaBefore[strings.ToLower(d.toks[j-1].text)] {
		if b >= len(d.toks) || d.toks[b].text != "," || m.speakerLike {
			return false // "to cancel the program, X said"
		}
		j-- // "in his new book, Lawless World, X argues"
	}
	for j >= 0 && a-j <= 3 && d.toks[j].kind == tWord && (determiners[d.toks[j].text] || d.toks[j].text == "a" || d.toks[j].text == "A" ||
		d.toks[j].text == "an" || isLower(d.toks[j].text) && !mediaBefore[d.toks[j].text] && strings.HasSuffix(d.toks[j].text, "al")) {
		j-- // "the local", "a national"
	}
	if j >= 0 && d.toks[j].kind == tWord && !d.toks[j].inQuote {
		w := strings.ToLower(d.toks[j].text)
		if mediaBefore[w] && isLower(d.toks[j].text) && m.kind != mEntity && !d.verbSlot(j) {
			return true
		}
		if w == "aboard" || w == "board" && j > 0 && strings.EqualFold(d.toks[j-1].text, "on") {
			return true
		}
		if w == "news" && j+1 < a && strings.EqualFold(d.toks[j+1].text, "agency") {
			return true
		}
	}
	if a >= 2 && d.toks[a-1].kind == tWord {
		prep := strings.ToLower(d.toks[a-1].text)
		v := strings.ToLower(d.toks[a-2].text)
		if (prep == "on" || prep == "in" || prep == "by") && publishVerbs[v] && m.kind != mEntity {
			return true // "posted on X", "wrote in X"
		}
		if (prep == "from" || prep == "for" || prep == "of" || prep == "with" || prep == "at") && staffNouns[v] && m.kind != mPerson {
			return true // "journalists from X", "a reporter for X"
		}
	}
	// after: "X newspaper", "X journalists", "X's correspondent"
	k := b
	if k < len(d.toks) && d.toks[k].kind == tPoss {
		k++
	}
	if k < len(d.toks) && d.toks[k].kind == tWord && mediaAfter[d.toks[k].text] && !d.toks[k].inQuote {
		if k == b && m.title == "" || staffNouns[d.toks[k].text] && m.kind != mPerson {
			return true // "X journalists"; "X's correspondent", not "Mr X's crew"
		}
	}
	return d.interviewerAfterOutlet(raw, i)
}

// interviewerAfterOutlet reports a person named right after the
// publisher's possessive that someone told or spoke to: "told the BBC's
// X", "in an interview with the Post's Y": the publisher's own journalist.
// Another outlet's interviewer may be in the news, so is left alone.
func (d *doc) interviewerAfterOutlet(raw []mention, i int) bool {
	m := raw[i]
	if m.kind != mPerson || m.title != "" || m.a < 3 || d.toks[m.a-1].kind != tPoss {
		return false
	}
	e := m.a - 2 // last token of the outlet's name
	s := e
	for s > 0 && d.toks[s-1].kind == tWord && isUpperStart(d.toks[s-1].text) && e-s < 4 {
		s--
	}
	if d.toks[s].kind != tWord || !isUpperStart(d.toks[s].text) {
		return false
	}
	before := s - 1
	if before >= 0 && (d.toks[before].text == "the" || d.toks[before].text == "The") {
		before--
	}
	if before < 0 || !interviewVerbs[strings.ToLower(d.toks[before].text)] {
		return false
	}
	for _, o := range raw {
		if _, known := lexicon[tokenKey(nameOf(o))]; o.b == e+1 && o.kind == mEntity && known {
			return false // "told Russia's X", "told the UN's X": a body, not an outlet
		}
	}
	return d.reg.isPublisher(d.surface(s, e+1))
}

// markMediaName remembers a name one of whose mentions is an outlet, its
// staff or a programme, so that its other mentions go too.
func (d *doc) markMediaName(m mention) {
	if m.kind == mPerson && m.title != "" {
		return
	}
	if d.mediaNames == nil {
		d.mediaNames = map[string]bool{}
	}
	d.mediaNames[nameOf(m)] = true
}

// isVerbAt reports whether the word at k reads as a verb ("told
// reporters"), not an adjective of a job ("political correspondent").
func (d *doc) isVerbAt(k int) bool {
	_, ok := d.matchVerb(k)
	return ok || d.isSpeechVerbAt(k)
}

// hasAcronym reports whether tokens [a, b) hold an acronym: "BBC Scotland"
// reads as a person's name by its shape, but no person is called "BBC".
func (d *doc) hasAcronym(a, b int) bool {
	for k := a; k < b; k++ {
		if isAcronym(d.toks[k].text) {
			return true
		}
	}
	return false
}

// markStaffName remembers the name of an outlet's own reporter or
// presenter ("BBC Scotland's political correspondent Glenn Campbell"),
// title and all, and the first and last words a later sentence may call
// them by ("Glenn said", "Campbell added").
func (d *doc) markStaffName(m mention) {
	if d.mediaNames == nil {
		d.mediaNames = map[string]bool{}
	}
	d.mediaNames[nameOf(m)] = true
	if m.kind != mPerson && m.kind != mSingle {
		return
	}
	words := strings.Fields(nameOf(m))
	if len(words) >= 2 {
		d.mediaNames[words[0]] = true
		d.mediaNames[words[len(words)-1]] = true
	}
}

// signatureName reports a name signing an embedded post: "— Name
// (@handle) December 12, 2016".
func (d *doc) signatureName(m mention) bool {
	if m.a < 1 || m.b+1 >= len(d.toks) {
		return false
	}
	dash := d.toks[m.a-1].text
	if dash != "—" && dash != "–" && dash != "-" {
		return false
	}
	return d.toks[m.b].text == "(" && strings.HasPrefix(d.toks[m.b+1].text, "@")
}

// verbSlotWords before a word make it a verb ("to show X", "will play X"),
// not the noun of a work ("the show X").
var verbSlotWords = toSet("to will would can could may might should must did does do not he she they we i you it who which that")

// verbSlot reports whether the word at j stands where a verb would.
func (d *doc) verbSlot(j int) bool {
	return j > 0 && verbSlotWords[strings.ToLower(d.toks[j-1].text)]
}
