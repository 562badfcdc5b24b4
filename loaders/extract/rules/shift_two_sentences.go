package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// A policy shift is often told in two steps: a sentence that names the
// change ("It is a notable retreat.", "The agreement marks a climbdown for
// X.") and one that tells the position held before ("As recently as
// June, officials had argued …", "After months of insisting …, the
// governor announced …"). The second kind also stands alone. This file
// reads the former-position frame, attaches it to the shift beside it and
// makes a shift of it where none is told.

// former is a former-position frame in sentence si: tokens [from, to)
// tell the old position and actor holds it (-1 when unknown).
// standalone says the frame itself tells a change, not only background.
type former struct {
	si         int
	from, to   int
	actor      int
	standalone bool
}

// formerSpans measure how long a position was held ("after months of").
var formerSpans = toSet("days weeks months years decades")

// formerGerunds hold a position: "after campaigning against X, she …".
var formerGerunds = toSet(`insisting promising pledging vowing campaigning arguing saying refusing
rejecting resisting opposing dismissing ruling defending denying maintaining`)

// formerVerbs, after "had", tell a position held before the story's day;
// strongFormerVerbs are commitments whose telling implies they were given up.
var (
	formerVerbs = toSet(`insisted promised pledged vowed maintained argued assured said defended
dismissed refused rejected ruled opposed resisted described called stated repeated told`)
	strongFormerVerbs = toSet("insisted promised pledged vowed assured maintained")
)

// officialGroupNouns name a country's officials as a body ("ministers had
// insisted", "Norwegian ministers").
var officialGroupNouns = toSet("ministers officials government authorities")

// formerIn returns the first former-position frame of sentence si.
func (d *doc) formerIn(si int) (former, bool) {
	s := d.sents[si]
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.inQuote || t.kind != tWord {
			continue
		}
		lw := strings.ToLower(t.text)
		switch {
		case (lw == "after" || lw == "following") && d.afterHolding(k+1, s.last):
			to := d.mainClauseComma(k, s.last)
			return former{si: si, from: k, to: to, actor: d.mainSubject(to+1, s.last), standalone: true}, true
		case lw == "as" && k+2 < s.last && strings.EqualFold(d.toks[k+1].text, "recently") && strings.EqualFold(d.toks[k+2].text, "as"),
			lw == "until" && k+1 < s.last && (strings.EqualFold(d.toks[k+1].text, "recently") ||
				k+2 < s.last && (strings.EqualFold(d.toks[k+1].text, "this") || strings.EqualFold(d.toks[k+1].text, "last")) &&
					formerUntil[strings.ToLower(d.toks[k+2].text)]):
			// Only a sentence that opens with it is about the old
			// position; "…, said X as recently as May" is background.
			return former{si: si, from: s.first, to: s.last, actor: d.heldBy(s), standalone: k == s.first}, true
		case lw == "had" || lw == "has" || lw == "have":
			v := k + 1
			for v < s.last && (strings.EqualFold(d.toks[v].text, "long") || strings.EqualFold(d.toks[v].text, "repeatedly") || strings.EqualFold(d.toks[v].text, "previously")) {
				v++
			}
			vw := ""
			if v < s.last {
				vw = strings.ToLower(d.toks[v].text)
			}
			if lw == "had" && vw == "spent" && d.spentHolding(v+1, s.last) {
				// "X had spent October arguing that …": a position held
				// for a span, told because it ended.
				return former{si: si, from: s.first, to: d.clauseEnd(v), actor: d.formerSubject(k), standalone: true}, true
			}
			if !formerVerbs[vw] || (lw != "had" && v == k+1) {
				continue // "has said" is no former position; "has long insisted" is
			}
			if v+1 >= s.last || d.toks[v+1].kind == tPunct {
				continue // "the bonfire New Labour had promised, …": the object is the noun before, not a position
			}
			from, to := d.relativeStart(k, s.first), d.clauseEnd(v)
			if from > s.first {
				to = d.commaAfter(v, s.last) // "X, which had promised …, said on Monday"
			}
			return former{si: si, from: from, to: to, actor: d.formerSubject(k),
				standalone: strongFormerVerbs[vw] || d.toldAsEarlier(v+1, to)}, true
		}
	}
	return former{}, false
}

// formerSpanWords before "before" make it the time since a position
// ("years before", "the day before").
var formerSpanWords = toSet("day days week weeks month months year years decade decades")

// formerUntil are the spans "until this week/month/year" closes.
var formerUntil = toSet("week month year")

// afterHolding reports whether tokens from j read "(months|weeks) of
// V-ing" or a position gerund ("campaigning", "insisting").
func (d *doc) afterHolding(j, last int) bool {
	if j >= last {
		return false
	}
	if formerGerunds[strings.ToLower(d.toks[j].text)] {
		return true
	}
	for x := j; x < last && x < j+4; x++ {
		if formerSpans[strings.ToLower(d.toks[x].text)] {
			return x+2 < last && d.toks[x+1].text == "of" && strings.HasSuffix(strings.ToLower(d.toks[x+2].text), "ing")
		}
	}
	return false
}

// commaAfter returns the first comma after k outside quotes, or last.
func (d *doc) commaAfter(k, last int) int {
	for j := k + 1; j < last; j++ {
		if d.toks[j].text == "," && !d.toks[j].inQuote {
			return j
		}
	}
	return last
}

// mainClauseComma returns the comma after an opening phrase at k that
// the main clause follows: a comma inside a list ("with Brazil, Argentina
// and Peru") is passed over.
func (d *doc) mainClauseComma(k, last int) int {
	for c := d.commaAfter(k, last); c < last; c = d.commaAfter(c, last) {
		m := d.mentionStarting(c + 1)
		if m == nil || m.b >= last {
			return c
		}
		if nx := strings.ToLower(d.toks[m.b].text); nx != "," && nx != "and" && nx != "or" {
			return c
		}
	}
	return last
}

// relativeStart returns where the clause holding token k starts: its
// "which"/"who" when it is a relative clause, else the sentence's start.
func (d *doc) relativeStart(k, first int) int {
	for j := k - 1; j >= first && j >= k-8; j-- {
		if w := strings.ToLower(d.toks[j].text); w == "which" || w == "who" {
			return j
		}
	}
	return first
}

// mainSubject returns the actor that opens the clause at token j: a
// mention, a pronoun, "the government" or a group of officials.
func (d *doc) mainSubject(j, last int) int {
	if j >= last {
		return -1
	}
	if m := d.mentionStarting(j); m != nil {
		return m.rec
	}
	if pronounsSubject[d.toks[j].text] {
		return d.resolvePronoun(j, -1)
	}
	if g := d.governmentAt(j); g >= 0 {
		return g
	}
	for x := j; x < last && x < j+3; x++ {
		if officialGroupNouns[strings.ToLower(d.toks[x].text)] {
			return d.groupActor(x)
		}
	}
	return -1
}

// heldBy returns who holds the former position in a sentence that opens
// with "as recently as …" or "until …": the subject of its first "had" or
// speech verb.
func (d *doc) heldBy(s sentence) int {
	for k := s.first; k < s.last; k++ {
		if d.toks[k].inQuote {
			continue
		}
		lw := strings.ToLower(d.toks[k].text)
		if lw == "had" || lw == "said" || lw == "told" {
			return d.formerSubject(k)
		}
	}
	return -1
}

// formerSubject returns the subject of the verb at k, reading a bare
// group of officials ("ministers had insisted") as their country.
func (d *doc) formerSubject(k int) int {
	if a := d.subjectOf(k); a >= 0 {
		return a
	}
	s := d.sents[d.toks[k].sent]
	if r := d.relativeStart(k, s.first); r-2 >= s.first && d.toks[r-1].text == "," && officialGroupNouns[strings.ToLower(d.toks[r-2].text)] {
		return d.groupActor(r - 2) // "the Bolivian government, which had promised …"
	}
	for j := k - 1; j >= s.first && j >= k-3; j-- {
		if officialGroupNouns[strings.ToLower(d.toks[j].text)] {
			return d.groupActor(j)
		}
	}
	return -1
}

// groupActor returns the country a group noun at j stands for: its
// demonym ("Norwegian ministers") or else the story's country.
func (d *doc) groupActor(j int) int {
	if j > 0 {
		if c, ok := demonyms[d.toks[j-1].text]; ok {
			i := d.reg.get(c, domain.KindCountry)
			if rec := d.reg.recs[i]; !rec.used {
				rec.used, rec.firstTok = true, j-1
			}
			return i
		}
	}
	if strings.EqualFold(d.toks[j].text, "government") {
		if g := d.governmentAt(j - 1); g >= 0 {
			return g
		}
	}
	return d.storyCountry()
}

// formerDate dates a standalone former-position frame: the first date of
// its sentence outside the former clause (the day the change was told),
// else the story's day.
func (d *doc) formerDate(f former) *domain.FuzzyDate {
	s := d.sents[f.si]
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.date == 0 || t.inQuote || (k >= f.from && k < f.to) {
			continue
		}
		fd := d.dates[t.date-1].Date
		if d.afterPublication(fd) {
			continue
		}
		if d.storyYearInLead(f.si, fd) {
			break // "turn the focus this fall" in the lead: the news is the story's day
		}
		return &fd
	}
	if d.story == nil {
		return nil
	}
	fd := *d.story
	return &fd
}

// formerShifts attaches each former-position sentence to the shift told
// in it or in the sentence before, and makes a shift of a standalone
// frame that no shift is told beside.
func (d *doc) formerShifts(fs *domain.FactSet) {
	for si, s := range d.sents {
		p := d.paras[s.para]
		if p.headline || p.caption || d.allSkipped(s) {
			continue
		}
		f, ok := d.formerIn(si)
		if !ok {
			continue
		}
		text := d.phrase(s.first, s.last)
		if i := d.shiftBeside(fs, si); i >= 0 {
			ps := &fs.PolicyShifts[i]
			if !strings.Contains(ps.From, text) && !strings.Contains(ps.Evidence.Sentence, text) {
				ps.From = strings.TrimSpace(ps.From + " " + text)
			}
			if ps.When == nil {
				ps.When = d.formerDate(f)
			}
			continue
		}
		if !f.standalone || f.actor < 0 {
			continue
		}
		ps := domain.PolicyShiftFact{Actor: d.reg.recs[f.actor].name, Direction: "SHIFTED",
			From: d.phrase(f.from, f.to), When: d.formerDate(f), Evidence: d.ev(s.start, s.end, 0.5)}
		if f.to+1 < s.last {
			ps.To = d.phrase(f.to+1, s.last)
		}
		ps.Topic = firstWords(ps.From, 6)
		d.reg.recs[f.actor].used = true
		fs.PolicyShifts = append(fs.PolicyShifts, ps)
	}
	d.mergeActorShifts(fs)
}

// shiftBeside returns the shift told in sentence si or in the sentence
// before it (same or previous paragraph), or -1.
func (d *doc) shiftBeside(fs *domain.FactSet, si int) int {
	for _, sj := range []int{si, si - 1} {
		if sj < 0 || d.sents[si].para-d.sents[sj].para > 1 {
			continue
		}
		for i, ps := range fs.PolicyShifts {
			if int(d.runeAt[d.sents[sj].start]) == ps.Evidence.Start {
				return i
			}
		}
	}
	return -1
}

// changeNouns, after "change of", name a position ("a change of course").
var changeNouns = toSet("course position heart tack direction stance policy strategy mind tone")

// changeOf reports whether the "change" at k is "a change of course" and kin.
func (d *doc) changeOf(k int) bool {
	return k+2 < len(d.toks) && strings.EqualFold(d.toks[k+1].text, "of") && changeNouns[strings.ToLower(d.toks[k+2].text)]
}

// markingVerbs say what an act amounts to: "marks a retreat", "is a U-turn".
var markingVerbs = toSet("marks marked mark is was represents represented signals signalled signaled amounts amounted branded dubbed labelled labeled")

// markedNoun reports whether the noun at k is what a marking verb says an
// act amounts to ("It is a notable retreat").
func (d *doc) markedNoun(k int) bool {
	first := d.sents[d.toks[k].sent].first
	for j := k - 1; j >= first && j >= k-5; j-- {
		if markingVerbs[strings.ToLower(d.toks[j].text)] {
			return true
		}
	}
	return false
}

// markedAfter reports whether a marking verb follows the noun at k ("The
// reversal marks …"): the noun is the subject that names an act.
func (d *doc) markedAfter(k int) bool {
	if k+2 >= len(d.toks) || !markingVerbs[strings.ToLower(d.toks[k+1].text)] {
		return false
	}
	w := strings.ToLower(d.toks[k+2].text)
	return w == "a" || w == "an" || w == "the"
}

// anaphoricOpeners begin a sentence that names an act told before it
// ("It is a retreat.", "That, too, marks a change of course.").
var anaphoricOpeners = toSet("it that this")

// opener returns the lower-case first word of sentence si.
func (d *doc) opener(si int) string {
	return strings.ToLower(d.toks[d.sents[si].first].text)
}

// nounShiftActor settles who a shift noun at k is about, given the actor
// read so far (forX when "a shift for X" named it) and the new position to.
// A former-position frame beside it that names a country or organisation
// wins over a person (officials speak for their state); an anaphoric
// sentence ("It is …", "The reversal marks …") takes the actor of the act
// the sentence before tells, and that act is the new position.
func (d *doc) nounShiftActor(k, actor int, forX bool, to string) (int, string) {
	si := d.toks[k].sent
	if forX {
		return actor, to
	}
	if f, ok := d.formerNear(si); ok && f.actor >= 0 {
		if d.isPerson(f.actor) {
			if body := d.reportedBody(f); body >= 0 {
				return body, to // "X had said in May that the company preferred …"
			}
		}
		return f.actor, to // a person named as holding the position is the actor
	}
	op := d.opener(si)
	theNoun := op == "the" && k <= d.sents[si].first+3 && d.markedAfter(k)
	if (anaphoricOpeners[op] || theNoun) && si > 0 && d.sents[si-1].para >= d.sents[si].para-1 {
		for p := si - 1; p >= 0 && p >= si-2 && d.sents[p].para >= d.sents[si].para-1; p-- {
			if a := d.prevActor(p); a >= 0 {
				actor = a
				break
			}
		}
		if to == "" && theNoun {
			p := d.sents[si-1]
			to = d.phrase(p.first, p.last)
		}
	}
	if actor < 0 {
		if f, ok := d.formerNear(si); ok {
			actor = f.actor
		}
	}
	return actor, to
}

// formerNear returns the former-position frame of sentence si or of the
// next sentence of its paragraph.
func (d *doc) formerNear(si int) (former, bool) {
	if f, ok := d.formerIn(si); ok {
		return f, true
	}
	if si+1 < len(d.sents) && d.sents[si+1].para == d.sents[si].para {
		return d.formerIn(si + 1)
	}
	return former{}, false
}

// prevActor returns the actor of the act sentence p tells: the subject
// of a reported clause that names a country or organisation ("he said
// Seoul would restore …"), else the actor the sentence opens with.
func (d *doc) prevActor(p int) int {
	s := d.sents[p]
	for k := s.first; k+1 < s.last; k++ {
		if d.toks[k].inQuote || !d.isSpeechVerbAt(k) {
			continue
		}
		j := k + 1
		if strings.EqualFold(d.toks[j].text, "that") {
			j++
		}
		if m := d.mentionStarting(j); m != nil && !d.isPerson(m.rec) {
			return m.rec
		}
	}
	if a := d.openingActor(s); a >= 0 {
		return a
	}
	for k := s.first; k < s.last; k++ {
		if m := d.mentionStarting(k); m != nil && !d.toks[k].inQuote {
			return m.rec // '"…," Carvajal said.': the speaker
		}
	}
	return -1
}

// nounShiftDate dates a shift noun at k: its clause's date; for an
// anaphoric sentence the latest day the sentences before it name; else
// the story's day, the news the noun refers back to.
func (d *doc) nounShiftDate(k, end int) *domain.FuzzyDate {
	for j := k + 1; j < end; j++ {
		if w := strings.ToLower(d.toks[j].text); w == "who" || w == "which" {
			end = j // "a reversal for a leader who in June told …": June is the old position's
			break
		}
	}
	if fd := d.dateAround(k, end); fd != nil {
		return fd
	}
	si := d.toks[k].sent
	if anaphoricOpeners[d.opener(si)] {
		for p := si - 1; p >= 0 && p >= si-2; p-- {
			s := d.sents[p]
			for j := s.last - 1; j >= s.first; j-- {
				t := d.toks[j]
				if t.date == 0 || t.inQuote {
					continue
				}
				if fd := d.dates[t.date-1].Date; fd.Precision == domain.PrecisionDay && !d.afterPublication(fd) {
					return &fd
				}
			}
		}
	}
	if d.story == nil {
		return nil
	}
	fd := *d.story
	return &fd
}

// relativeFormer reads the former position from a relative clause on the
// shift noun's "for" object: "a reversal for a leader who in June told
// investors the law was non-negotiable".
func (d *doc) relativeFormer(k, last int) string {
	if k+2 >= last || !strings.EqualFold(d.toks[k+1].text, "for") {
		return ""
	}
	for j := k + 2; j < last && j <= k+8; j++ {
		if w := strings.ToLower(d.toks[j].text); w == "who" || w == "which" {
			return d.phrase(j, last)
		}
	}
	return ""
}

// mergeActorShifts folds shifts of one actor told in several sentences
// into one: when their dates agree, or one sentence names no date of its
// own (it refers back to the change the other dates). The kept shift is
// the self-dated, then the fuller one; the other's former position is
// added to its own so that no evidence is lost.
func (d *doc) mergeActorShifts(fs *domain.FactSet) {
	var out []domain.PolicyShiftFact
	for _, ps := range fs.PolicyShifts {
		merged := false
		for i := range out {
			o := &out[i]
			if o.Actor != ps.Actor || (o.Evidence.Start == ps.Evidence.Start && o.Topic != ps.Topic) {
				continue // one sentence may tell two changes ("rowing back from A and watering down B")
			}
			psDated, oDated := d.evidenceDated(ps.Evidence), d.evidenceDated(o.Evidence)
			if dateKey(o.When) != dateKey(ps.When) && psDated && oDated {
				continue
			}
			if (psDated && !oDated) || (psDated == oDated && completeness(ps) > completeness(*o)) {
				ps, *o = *o, ps
			}
			if ps.From != "" && !strings.Contains(o.From, ps.From) {
				o.From = strings.TrimSpace(o.From + " " + ps.From)
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, ps)
		}
	}
	fs.PolicyShifts = out
}

// evidenceDated reports whether the sentence of ev names a date outside quotes.
func (d *doc) evidenceDated(ev domain.Evidence) bool {
	for _, s := range d.sents {
		if int(d.runeAt[s.start]) != ev.Start {
			continue
		}
		for k := s.first; k < s.last; k++ {
			if w := strings.ToLower(d.toks[k].text); w == "who" || w == "which" {
				return false // a relative clause dates its own, earlier act
			}
			if d.toks[k].date > 0 && !d.toks[k].inQuote {
				return true
			}
		}
		return false
	}
	return false
}

// spentHolding reports whether tokens from j read a span and a position
// gerund: "October arguing", "months insisting", "the summer campaigning".
func (d *doc) spentHolding(j, last int) bool {
	for x := j; x < last && x < j+4; x++ {
		if formerGerunds[strings.ToLower(d.toks[x].text)] {
			return x > j
		}
	}
	return false
}

// toldAsEarlier reports whether the words after a past-perfect stance
// verb, tokens [a, b), say it was held before the change ("had rejected
// it only a week earlier", "had opposed it years before"): then it tells
// a change by itself. "had previously argued", the adverb before the
// verb, tells background: on the development articles it made shifts of
// letters and officials' past defences, never a change.
func (d *doc) toldAsEarlier(a, b int) bool {
	for k := a; k < b && k < len(d.toks); k++ {
		w := strings.ToLower(d.toks[k].text)
		if d.toks[k].inQuote || !(contrastAdverbs[w] || w == "before") {
			continue
		}
		// "rejected only days earlier", "had opposed it years before": the
		// time told after the position; "before their crime had been
		// solved" opens a clause of its own.
		if w == "before" && !(k > a && formerSpanWords[strings.ToLower(d.toks[k-1].text)]) {
			continue
		}
		return true
	}
	return false
}

// reportedBody returns the body a person's former position speaks for:
// the country or organisation that opens the clause they reported ("had
// said that the company preferred …"), or -1.
func (d *doc) reportedBody(f former) int {
	s := d.sents[f.si]
	for k := s.first; k+1 < s.last; k++ {
		if d.toks[k].inQuote || !strings.EqualFold(d.toks[k].text, "that") {
			continue
		}
		if m := d.mentionStarting(k + 1); m != nil && !d.isPerson(m.rec) {
			return m.rec
		}
		return -1
	}
	return -1
}
