package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// Names that look like actors but are not: outlets and their programmes,
// the journalists who present or report for them, documents, laws, wars
// and contests, labels set off in quotation marks, plurals of common nouns
// that open a sentence. The rules read them from how English names such
// things (the head noun a name ends in, the words around it), never from
// a list of particular outlets or people.

// outletWords, anywhere in a name, make it a broadcaster or one of its
// channels: "Sky News", "BBC Radio 4", "Six One News".
var outletWords = toSet("News Radio Television TV Broadcasting Newswire")

// outletHeads end the names of newspapers, agencies and press offices
// ("The Sunday Times", "Associated Press", "CCHQ Press").
var outletHeads = toSet(`Times Post Herald Journal Gazette Tribune Telegraph Chronicle Press Channel Magazine Newspaper Dispatch
Courier Ledger Live Online Express Mirror Standard Independent Observer Examiner Inquirer Sentinel`)

// programmeNouns follow the title of a broadcast or the outlet that airs it
// ("BBC One's Breakfast with Frost programme", "a BBC interview").
var programmeNouns = toSet("programme program show broadcast podcast interview documentary bulletin platform app newspaper magazine blog format series sitcom")

// partyMemberWords end descriptions of one unnamed party member ("a
// Colorado Democrat"); the plural names a group ("College Republicans").
var partyMemberWords = toSet("Democrat Republican")

// placeLeads open names of places and camps: "Camp Delta", "Fort Hale".
var placeLeads = toSet("Camp Fort Mount Lake Cape")

// rankWords are military and police ranks and abbreviated titles that a
// name follows ("Brigadier X", "Rep. Y"); alone or ending a run they are a
// title, not a name.
var rankWords = toSet("brigadier colonel major captain lieutenant sergeant corporal commandant marshal rep sen gov lt col gen sgt capt maj adm cmdr brig")

// documentHeads end the names of documents, laws, plans, wars, contests and
// days, none of which acts: "White Paper", "Marshall Plan", "Scottish Cup",
// "Election Day", "Political Funds Control Law"; so do market indices and
// public events ("Hang Seng Index", "Dow Jones Industrial Average", "Fan
// Experience", "Edinburgh Festival").
var documentHeads = toSet(`Paper Papers Plan Act Bill Treaty Agreement Accord Accords Law Laws War Wars
Programme Program Strategy Report Doctrine Convention Charter Protocol Directive Pact Declaration
Constitution Amendment Resolution Deal Scheme Cup Day Election Elections Budget Authorization Rights
Weapons Crisis Revolution Manifesto Code Regulation Regulations Policy Policies Goals Targets Objectives
Prerogative Framework Roadmap Guidelines Principles Rule Rules Initiative Initiatives Carta Charta Hour
Index Indices Average Composite Experience Festival Expo Exhibition Tournament Championship Championships
Marathon Awards Parade`)

// stepNouns, before a letter or a number ending a name, make it a step of
// a procedure or a part of a text: "Key Decision Point C", "Phase 2",
// "Article 50", "Tier 4".
var stepNouns = toSet("Point Phase Stage Step Milestone Level Tier Article Section Clause Chapter Schedule Annex Paragraph War")

// stepNumber reports a number, a letter or a Roman or spelled-out numeral
// ending a name: "Phase 2", "Point C", "World War II", "World War Two".
func stepNumber(w string) bool {
	return isDigitByte(w[0]) || len(w) == 1 && isUpperByte(w[0]) || romanNumerals[w] || numberWords[strings.ToLower(w)]
}

var (
	romanNumerals = toSet("II III IV VI VII VIII IX")
)

// presenterNouns are the jobs of an outlet's own staff who report, present
// or comment on the news ("BBC political editor X", "its correspondent X");
// a writer called a journalist or columnist is often someone else's and in
// the news, so those are left alone.
var presenterNouns = toSet("correspondent editor presenter reporter anchor anchorman anchorwoman newsreader interviewer meteorologist forecaster weatherman weatherwoman")

// agentPluralEnds end plural nouns for kinds of people ("Opponents",
// "Prosecutors", "Campaigners"): a lone one opening a sentence is a group
// of unnamed people, not a surname.
var agentPluralEnds = []string{"ents", "ers", "ors", "ists", "ives", "ants", "ics"}

// notActorName reports whether a name the rules read is one of the things
// above rather than an actor.
func (d *doc) notActorName(m mention) bool {
	if m.b <= m.a {
		return false
	}
	first, lastTok := d.toks[m.a], d.toks[m.b-1]
	if contraction(first.text) {
		return true // "I'm", "We'll" open sentences, not names
	}
	for k := m.a; k < m.b; k++ {
		if outletWords[d.toks[k].text] {
			return true
		}
	}
	if m.b-m.a >= 2 && outletHeads[lastTok.text] || documentHeads[lastTok.text] && !d.surnameHead(m) && !d.bodyOfField(m) {
		return true
	}
	if m.b-m.a >= 2 && stepNouns[d.toks[m.b-2].text] && stepNumber(lastTok.text) {
		return true // "Key Decision Point C", "Phase 2", "Article 50": a step of a procedure or a text
	}
	if lw := lastTok.text; m.b-m.a <= 2 && len(lw) >= 6 && strings.HasSuffix(lw, "ism") && isUpperStart(lw) && !orgWords[first.text] {
		return true // "National Socialism", "Thatcherism": an ideology
	}
	if d.presentedBy(m.a) || d.presentedAfter(m.b) || d.writersColleague(m.a, m.b) {
		d.markStaffName(m) // the outlet's own staff, wherever else they speak
		return true
	}
	if d.followedByProgramme(m.b) || d.inProgrammeTitle(m.a) {
		if m.kind != mPerson && m.kind != mSingle {
			d.markMediaName(m) // "Sky News' …", not "Mr X's interview"
		}
		return true
	}
	if d.setOffInQuotes(m.a, m.b) || d.inShortQuote(m.a, m.b) {
		return true // a label, slogan or account name: the “Stop X” bid
	}
	if d.titleOrShout(m) {
		return true
	}
	if m.b-m.a >= 2 && partyMemberWords[lastTok.text] {
		return true // "a Virginia Republican": one unnamed member, not the party
	}
	if m.b-m.a >= 2 && placeLeads[first.text] {
		return true
	}
	if m.kind != mOrg && first.text == "New" && m.b-m.a == 2 {
		return true // "New Jersey", "New Delhi": places
	}
	if m.kind == mSingle && d.sentenceInitial(m.a) && agentPlural(first.text) {
		return true
	}
	if _, ok := demonyms[strings.TrimSuffix(first.text, "s")]; ok && m.b-m.a == 1 && strings.HasSuffix(first.text, "s") {
		return true // "Americans": the people of a country, not an actor
	}
	return false
}

// contraction reports a word with an apostrophe ending ("I'm", "we’ll").
func contraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	for _, end := range []string{"'m", "'re", "'ve", "'ll", "'d"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

func agentPlural(w string) bool {
	if !isUpperStart(w) || strings.ToUpper(w) == w {
		return false
	}
	for _, end := range agentPluralEnds {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether token k opens its sentence.
func (d *doc) sentenceInitial(k int) bool {
	return d.sents[d.toks[k].sent].first == k
}

// followedByProgramme reports a name followed, maybe after a possessive and
// the programme's own capitalised title, by a programme noun: "BBC One's
// Breakfast with Frost programme", "a BBC interview".
func (d *doc) followedByProgramme(b int) bool {
	k := b
	if k < len(d.toks) && d.toks[k].kind == tPoss {
		k++
	}
	for n := 0; k < len(d.toks) && n < 8; n, k = n+1, k+1 {
		t := d.toks[k]
		if t.kind != tWord {
			return false
		}
		if programmeNouns[t.text] {
			return true
		}
		if !isUpperStart(t.text) && !titleLinkWords[t.text] && !isDigitByte(t.text[0]) {
			return false
		}
	}
	return false
}

// titleLinkWords may stand inside a programme's title ("Breakfast with
// Frost", "Today in Politics").
var titleLinkWords = toSet("with of the and in on at for")

// inProgrammeTitle reports whether token a lies in a capitalised run that
// follows an outlet's possessive: "Sky News' Sunday with Adam Boulton",
// "RTÉ's Six One News".
func (d *doc) inProgrammeTitle(a int) bool {
	for k, n := a-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		t := d.toks[k]
		if t.kind == tPoss || isApostropheTok(t.text) && k > 0 && strings.HasSuffix(d.toks[k-1].text, "s") {
			return k > 0 && d.outletName(k-1)
		}
		if t.kind != tWord || !(isUpperStart(t.text) || titleLinkWords[t.text]) {
			return false
		}
	}
	return false
}

// outletName reports whether the capitalised run ending at token e names an
// outlet: an outlet word in it, an outlet head at its end, or an acronym
// followed by a channel number ("BBC One").
func (d *doc) outletName(e int) bool {
	for k, n := e, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		t := d.toks[k]
		if t.kind != tWord || !isUpperStart(t.text) && !isDigitByte(t.text[0]) {
			return false
		}
		if outletWords[t.text] || (k == e && outletHeads[t.text]) || k < e && isAcronym(t.text) || k == e && isChannelNumber(t.text) {
			return true
		}
		if d.reg != nil && d.reg.isPublisher(d.surface(k, e+1)) {
			return true
		}
	}
	return false
}

// isChannelNumber reports an acronym with a channel's number run onto it:
// "ITV1", "BBC2".
func isChannelNumber(w string) bool {
	i := len(w)
	for i > 0 && w[i-1] >= '0' && w[i-1] <= '9' {
		i--
	}
	return i < len(w) && len(w)-i <= 2 && isAcronym(w[:i])
}

// isAcronym reports an all-capital word of two to five letters ("BBC").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// presentedBy reports a name right after an outlet's staff job: "BBC
// political editor X", "the Times's chief correspondent X". The outlet is
// an acronym, a name with an outlet word or head, or the publisher.
func (d *doc) presentedBy(a int) bool {
	k := a - 1
	for k > 0 && (d.toks[k].text == "." || honorifics[d.toks[k].text]) {
		k-- // "chief medical correspondent Dr. X"
	}
	if k < 0 {
		return false
	}
	own := ownStaffNouns[strings.ToLower(d.toks[k].text)]
	if !own && !presenterNouns[strings.ToLower(d.toks[k].text)] {
		return false
	}
	for n := 0; k > 0 && n < 4; n++ {
		k--
		t := d.toks[k]
		if t.kind == tPoss {
			continue
		}
		if t.kind != tWord {
			return false
		}
		if isUpperStart(t.text) {
			if own {
				return d.publisherRunAt(k) // "DW Rwanda expert X", not "UN rights expert Y"
			}
			return isAcronym(t.text) || d.outletName(k)
		}
	}
	return false
}

// presentedAfter reports a name followed by an appositive naming an
// outlet's staff job: "X, BBC rural affairs correspondent, said". The
// outlet is a capitalised run holding an acronym or an outlet's name.
func (d *doc) presentedAfter(b int) bool {
	if b+2 >= len(d.toks) || d.toks[b].text != "," {
		return false
	}
	k := b + 1
	if d.toks[k].text == "the" || d.toks[k].text == "a" {
		k++
	}
	s := k
	for k < len(d.toks) && k-s < 4 && d.toks[k].kind == tWord && isUpperStart(d.toks[k].text) {
		k++
	}
	if k == s || !(d.hasAcronym(s, k) || d.outletName(k-1)) {
		return false
	}
	for n := 0; n < 4 && k < len(d.toks) && d.toks[k].kind == tWord && isLower(d.toks[k].text); n, k = n+1, k+1 {
		if presenterNouns[d.toks[k].text] {
			return true
		}
	}
	return false
}

// inShortQuote reports a name inside a quotation of a few words that holds
// more than the name: a label or a figure of speech ("“reverse Robin
// Hood” moves"), not a mention of someone.
func (d *doc) inShortQuote(a, b int) bool {
	i := a - 1
	for i >= 0 && a-i <= 3 && d.toks[i].kind == tWord {
		i--
	}
	j := b
	for j < len(d.toks) && j-b <= 2 && d.toks[j].kind == tWord {
		j++
	}
	if i < 0 || j >= len(d.toks) || d.toks[i].kind != tQuote || d.toks[j].kind != tQuote || i == a-1 && j == b {
		return false
	}
	for k := i + 1; k < j; k++ {
		if (k < a || k >= b) && d.isVerbAt(k) {
			return false // "“We met Obama”": words said about someone
		}
	}
	return d.toks[i].sent == d.toks[j].sent
}

// setOffInQuotes reports a name that is all a short quotation holds: a
// label, slogan or account name, not a mention of someone.
func (d *doc) setOffInQuotes(a, b int) bool {
	return a > 0 && b < len(d.toks) && d.toks[a-1].kind == tQuote && d.toks[b].kind == tQuote
}

// honorifics may stand between a staff job and the name it introduces.
var honorifics = toSet("Dr Dr. Prof Prof. Professor")

func isApostropheTok(w string) bool { return w == "'" || w == "’" }

// titleOrShout reports a run that ends in a title ("Health Commissioner",
// "Indiana Gov", "Deputy Director") — an office whose holder is named
// after it, not a name — or that holds a digit ("K-12") or two words
// in capitals ("GET OUT": shouting in a post, not an acronym).
func (d *doc) titleOrShout(m mention) bool {
	caps := 0
	for k := m.a; k < m.b; k++ {
		w := d.toks[k].text
		if strings.ContainsAny(w, "0123456789") {
			return true
		}
		if len(w) >= 2 && strings.ToUpper(w) == w {
			caps++
		}
	}
	if caps >= 2 {
		return true
	}
	if m.kind == mPerson && m.title != "" {
		return false
	}
	lw := strings.ToLower(strings.TrimSuffix(d.toks[m.b-1].text, "."))
	if m.b-m.a >= 2 {
		if _, ok := formalTitles[strings.ToLower(d.toks[m.b-2].text)+" "+lw]; ok {
			return m.kind != mOrg // "Chief Executive"
		}
	}
	if _, ok := formalTitles[lw]; ok || rankWords[lw] {
		return m.kind != mOrg
	}
	return m.b-m.a >= 2 && d.toks[m.b-1].text == "Park" && d.toks[m.b-2].text == "National"
}

// markHomePlaces sets aside a lone name the story only gives after a
// person and "of" ("Greg Taylor of Springfield said"): it says where the
// person is from, so it is a place, not an actor.
func (d *doc) markHomePlaces() {
	other := map[int]bool{}
	homes := map[int]bool{}
	for i := range d.ments {
		m := &d.ments[i]
		if m.kind == mSingle && d.personBeforeOf(m) >= 0 && d.reg.recs[m.rec].kind == domain.KindPerson {
			homes[m.rec] = true
		} else {
			other[m.rec] = true
		}
	}
	for rec := range homes {
		if !other[rec] {
			d.reg.recs[rec].place = true
		}
	}
}

// contestVerbs before a name make it a contest or a prize won or lost, not
// an actor: "won the Electoral College", "lost the Iowa caucuses".
var contestVerbs = toSet("win wins won winning lose loses lost losing carry carried carrying")

// outcomeNouns after a name make it a modifier of a result: "an Electoral
// College victory", "a Senate majority".
var outcomeNouns = toSet("victory victories win wins defeat defeats landslide majority tally count map")

// markContestRecords keeps out of the actors a name every mention of which
// is a contest won or lost or the modifier of a result, or the first part
// of a dashed compound ("the Electoral College–subversion gambit"). A body
// that also acts anywhere in the story stays.
func (d *doc) markContestRecords() {
	contest := map[int]bool{}
	other := map[int]bool{}
	for _, m := range d.ments {
		if m.rec < 0 || m.rec >= len(d.reg.recs) {
			continue
		}
		if d.contestMention(m) || d.marketMention(m) {
			contest[m.rec] = true
		} else {
			other[m.rec] = true
		}
	}
	for rec := range contest {
		if !other[rec] && d.reg.recs[rec].kind != domain.KindCountry && (d.reg.recs[rec].kind != domain.KindPerson || d.marketOnly(rec)) {
			d.reg.recs[rec].place = true
		}
	}
}

// marketVerbs tell a market measure's move: "the Hang Seng fell 1.2%".
var marketVerbs = toSet("rose fell gained lost climbed dropped slipped slid jumped surged tumbled edged added shed closed ended")

// marketMention reports a mention followed by a market move and a figure
// in per cent or points ("X fell 1.2%", "X closed up 30 points").
func (d *doc) marketMention(m mention) bool {
	k := m.b
	if k >= len(d.toks) || !marketVerbs[d.toks[k].text] {
		return false
	}
	for x := k + 1; x < len(d.toks) && x <= k+5; x++ {
		switch strings.ToLower(d.toks[x].text) {
		case "%", "percent", "points", "point", "pc":
			return true
		case "per":
			return x+1 < len(d.toks) && strings.EqualFold(d.toks[x+1].text, "cent")
		case ".", ",", ";":
			return false
		}
		if strings.HasSuffix(d.toks[x].text, "%") {
			return true
		}
	}
	return false
}

// marketOnly reports whether every mention of a name read as a person is
// a market move: no person rises 1.2%, an index does.
func (d *doc) marketOnly(rec int) bool {
	for _, m := range d.ments {
		if m.rec == rec && !d.marketMention(m) {
			return false
		}
	}
	return true
}

// contestMention reports a mention that is a contest won or lost or a
// result's modifier.
func (d *doc) contestMention(m mention) bool {
	j := m.a - 1
	if j >= 0 && strings.EqualFold(d.toks[j].text, "the") {
		j--
	}
	if j >= 0 && contestVerbs[strings.ToLower(d.toks[j].text)] {
		return true
	}
	if m.b < len(d.toks) && outcomeNouns[d.toks[m.b].text] {
		return true
	}
	if m.b+1 < len(d.toks) && (d.toks[m.b].text == "–" || d.toks[m.b].text == "-") && d.toks[m.b].start == d.toks[m.b-1].end && isLower(d.toks[m.b+1].text) {
		return true
	}
	return false
}

// bodyOfField reports a body's name that a body word opens and a field
// completes: "Center for Energy Economics and Public Policy", "Office of
// Management and Budget" end like a document but name the body.
func (d *doc) bodyOfField(m mention) bool {
	if m.kind != mOrg || !orgLeadWords[d.toks[m.a].text] || m.b-m.a < 3 {
		return false
	}
	switch d.toks[m.a+1].text {
	case "for", "of", "on":
		return true
	}
	return false
}
