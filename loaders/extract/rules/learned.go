package rules

import (
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract/rank"
)

// This file is the learned step: the rules' meetings and shifts, and
// every other reading a cue sentence allows, become candidates that the
// shipped model (package rank) keeps or drops. The rules stay the
// candidates' best source; the model weighs them against what a sentence
// says around them.

// Candidate is a meeting or policy shift the learned step weighs, with
// the features the model reads. Rule says whether a hand-written rule
// read it.
type Candidate struct {
	Kind     rank.Kind
	Features []string
	Meeting  domain.MeetingFact
	Shift    domain.PolicyShiftFact
	Sentence int
	Rule     bool
	Prob     float64
}

// learnedMeetingCues are the words a meeting may be told with; the model
// learns which of them, in which company, tell one.
var learnedMeetingCues = toSet(`met meet meets meeting meetings talks talked talk talking summit summits
visit visited visits visiting hosted hosts host hosting call calls called phoned phone spoke speak speaks
speaking discussed discuss discusses discussions discussion negotiations negotiated negotiating joined
joins join joining dinner conference encounter sidelines hearing questions debate interview audience
reception greeted welcomed received gathered gathering session evidence summoned told urged held holds
hold sat together counterpart counterparts negotiators delegation envoy apology invited invite attended
attend attends testified testify trip contacted seated agreed roadshow fundraiser briefing briefed
consulted lunch breakfast ceremony launch rally press`)

// learnedShiftCues are the words a change of position may be told with.
var learnedShiftCues = toSet(`u-turn u-turns reversed reverse reverses reversal reversing backtracked
backtrack backtracking climbdown climb-down retreat retreated dropped drop drops dropping scrapped scrap
scraps scrapping abandoned abandon abandons abandoning lifted lift lifts lifting paused pause pausing
suspended suspend suspends restored restore reinstated resumed changed change changes changing shift
shifted shifts softened soften hardened harden relented overturned overturn ditched ditch shelved shelve
withdrawn withdrew withdraw watered delayed delay postponed rethink longer first initially previously
until earlier decided decision agreed agree opted backed back backing support supports supported
opposed opposition opposes now instead rejected reject refused ended end ending halt halted ban banned
lifted ease eased easing tightened relax relaxed mind stance position policy pledge pledged promised
announced plans plan proposals u-turned axed axe cut cuts abolished abolish replaced replace about-face
adjusted conceded concede withdrawal admitted voted vote extend extended increased imposed impose raised
hike introduce introduced broadened scaled reconsider reconsidered`)

var futureWords = toSet("will would plans plan planned expected due scheduled set aims hopes intends going shall")
var negationWords = toSet("not n't never no cancelled canceled postponed refused declined without")
var learnedReportWords = toSet("said says say told tell according reported reports claimed claims added")
var perfectWords = toSet("had has have")

// learnedActor is an actor a sentence names: its record and where.
type learnedActor struct {
	rec     int
	at      int // first token
	inQuote bool
	pronoun bool
	poss    bool // followed by 's
}

// sentenceActors lists the distinct actors sentence s names, in order,
// with the persons its subject pronouns refer to.
func (d *doc) sentenceActors(s sentence) []learnedActor {
	var out []learnedActor
	seen := map[int]bool{}
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.skip {
			continue
		}
		rec := -1
		pron := false
		poss := false
		if i, ok := d.startAt[k]; ok {
			m := d.ments[i]
			rec = m.rec
			poss = m.b < len(d.toks) && d.toks[m.b].kind == tPoss
		} else if pronounsSubject[t.text] && !t.inQuote {
			rec = d.resolvePronoun(k, -1)
			pron = true
		}
		if rec < 0 || rec >= len(d.reg.recs) || d.reg.recs[rec].place || seen[rec] {
			continue
		}
		seen[rec] = true
		out = append(out, learnedActor{rec: rec, at: k, inQuote: t.inQuote, pronoun: pron, poss: poss})
	}
	return out
}

// shapesBetween is the shapes of the words after the mention or cue at a
// and before token b ("held_talks_with"), "long" beyond three words. The
// rest of a name at a is skipped. Three words at most, so that a feature
// is a phrase of English and never a piece of some article's sentence.
func (d *doc) shapesBetween(a, b int) string {
	if b <= a {
		return "none"
	}
	if i, ok := d.startAt[a]; ok && d.ments[i].b > a {
		a = d.ments[i].b
	} else {
		a++
	}
	if b-a > 3 {
		return "long"
	}
	var w []string
	for k := a; k < b; k++ {
		w = append(w, rank.Word(d.toks[k].text))
	}
	if len(w) == 0 {
		return "adjacent"
	}
	return strings.Join(w, "_")
}

// sentenceAt maps each sentence's first rune offset to its index.
func (d *doc) sentenceAt() map[int]int {
	at := make(map[int]int, len(d.sents))
	for si, s := range d.sents {
		at[int(d.runeAt[s.start])] = si
	}
	return at
}

// sentenceFeatures are what a sentence says around its cues, for both
// kinds: the cue words and their neighbours, tense and modality,
// negation, reported speech, quotes, position.
func (d *doc) sentenceFeatures(f *rank.Features, s sentence, si int, cues map[string]bool, prefix string) []int {
	var at []int
	quote := false
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.inQuote {
			quote = true
		}
		if t.kind != tWord {
			continue
		}
		lw := strings.ToLower(t.text)
		switch {
		case futureWords[lw]:
			f.Add(prefix+"future", "")
		case negationWords[lw]:
			f.Add(prefix+"neg", "")
		case learnedReportWords[lw]:
			f.Add(prefix+"said", "")
		}
		if cues[lw] {
			// A capitalised cue ("Talks between …", a programme's name)
			// is a shape like any capitalised word.
			w := rank.Word(t.text)
			at = append(at, k)
			f.Add(prefix+"cue", w)
			if t.inQuote {
				f.Add(prefix+"cueinquote", "")
			}
			if k > s.first {
				f.AddWord(prefix+"cue-1", d.toks[k-1].text)
				f.Add(prefix+"cuebi", w+"_"+rank.Word(d.toks[k-1].text))
				if perfectWords[strings.ToLower(d.toks[k-1].text)] {
					f.Add(prefix+"perfect", "")
				}
			}
			if k+1 < s.last {
				f.AddWord(prefix+"cue+1", d.toks[k+1].text)
				f.Add(prefix+"cuebi+", w+"_"+rank.Word(d.toks[k+1].text))
			}
			if k > s.first+1 && (strings.EqualFold(d.toks[k-1].text, "to") || strings.EqualFold(d.toks[k-2].text, "to")) {
				f.Add(prefix+"toinf", "")
			}
		}
	}
	f.Add(prefix+"ncues", rank.Bucket(len(at)))
	if quote {
		f.Add(prefix+"quote", "")
	}
	if d.paras[s.para].headline {
		f.Add(prefix+"headline", "")
	}
	f.Add(prefix+"pos", rank.Bucket(si))
	f.Add(prefix+"len", rank.Bucket((s.last-s.first)/8))
	return at
}

// narrationWords adds the sentence's lower-case words outside quotes, each
// alone: what the sentence is about, beyond the cue lists (the trainer
// keeps only words many stories use). Only for a sentence that gives
// candidates: it is the costliest feature.
func (d *doc) narrationWords(f *rank.Features, s sentence, prefix string) {
	for k := s.first; k < s.last; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.inQuote {
			continue
		}
		if w := rank.Word(t.text); w == strings.ToLower(t.text) {
			f.Add(prefix+"w", w)
		}
	}
}

func kindLetter(k domain.ActorKind) string {
	switch k {
	case domain.KindPerson:
		return "per"
	case domain.KindCountry:
		return "cty"
	}
	return "org"
}

// meetingCandidates are the rule meetings and, for every sentence with a
// meeting cue, each group of two to four of the actors it names.
func (d *doc) meetingCandidates(rule []domain.MeetingFact) []Candidate {
	at := d.sentenceAt()
	byRule := map[int][]domain.MeetingFact{}
	for _, m := range rule {
		if si, ok := at[m.Evidence.Start]; ok {
			byRule[si] = append(byRule[si], m)
		}
	}
	var out []Candidate
	for si, s := range d.sents {
		if d.allSkipped(s) {
			continue
		}
		var base rank.Features
		cues := d.sentenceFeatures(&base, s, si, learnedMeetingCues, "")
		if len(cues) == 0 && len(byRule[si]) == 0 {
			continue
		}
		d.narrationWords(&base, s, "")
		if d.onlyUnheldCues(int(d.runeAt[s.start])) {
			base.Add("unheld", "")
		}
		actors := d.sentenceActors(s)
		if len(actors) > 6 {
			actors = actors[:6]
		}
		subj := map[int]bool{}
		for _, k := range cues {
			if r := d.subjectOf(k); r >= 0 {
				subj[r] = true
			}
		}
		groups := actorGroups(len(actors))
		seen := map[string]bool{}
		for _, m := range byRule[si] {
			c := d.meetingCandidate(base, s, si, cues, actors, subj, d.recsNamed(m.Participants), byRule[si])
			c.Meeting, c.Rule = m, true
			seen[keyOf(m.Participants)] = true
			out = append(out, c)
		}
		if len(cues) == 0 {
			continue
		}
		for _, g := range groups {
			ids := make([]int, len(g))
			for i, x := range g {
				ids[i] = actors[x].rec
			}
			mf, _, ok := d.assembleMeeting(ids, cues[0], cues[0]+1)
			if !ok || seen[keyOf(mf.Participants)] {
				continue
			}
			seen[keyOf(mf.Participants)] = true
			c := d.meetingCandidate(base, s, si, cues, actors, subj, ids, byRule[si])
			c.Meeting = mf
			out = append(out, c)
		}
	}
	return out
}

// actorGroups are the index sets of two to four of n actors.
func actorGroups(n int) [][]int {
	var out [][]int
	var rec func(start int, cur []int)
	rec = func(start int, cur []int) {
		if len(cur) >= 2 {
			out = append(out, append([]int(nil), cur...))
		}
		if len(cur) == 4 {
			return
		}
		for i := start; i < n; i++ {
			rec(i+1, append(cur, i))
		}
	}
	rec(0, nil)
	return out
}

func keyOf(names []string) string {
	return strings.Join(sortedCopy(names), "|")
}

// recsNamed maps participant names to records (-1 for a name not found).
func (d *doc) recsNamed(names []string) []int {
	out := make([]int, len(names))
	for i, n := range names {
		out[i] = d.recNamed(n)
	}
	return out
}

// meetingCandidate builds the features of the meeting of ids told in
// sentence s.
func (d *doc) meetingCandidate(base rank.Features, s sentence, si int, cues []int, actors []learnedActor, subj map[int]bool, ids []int, rule []domain.MeetingFact) Candidate {
	f := rank.Features{}
	for _, x := range base.List() {
		f.Add(x, "")
	}
	in := map[int]bool{}
	kinds := make([]string, 0, len(ids))
	for _, id := range ids {
		in[id] = true
		if id >= 0 {
			kinds = append(kinds, kindLetter(d.reg.recs[id].kind))
		} else {
			kinds = append(kinds, "unk")
		}
	}
	sort.Strings(kinds)
	f.Add("n", rank.Bucket(len(ids)))
	f.Add("kinds", strings.Join(kinds, "+"))
	f.Add("nactors", rank.Bucket(len(actors)))
	f.Add("missing", rank.Bucket(len(actors)-len(ids)))
	first := len(actors) > 0 && in[actors[0].rec]
	if first {
		f.Add("hasfirst", "")
	}
	for r := range subj {
		if in[r] {
			f.Add("hassubj", "")
		}
	}
	if len(subj) > 0 {
		f.Add("cuesubj", "")
	}
	far := 0
	for _, a := range actors {
		if !in[a.rec] {
			continue
		}
		addMentionFeatures(&f, "p", a)
		if len(cues) > 0 {
			dist := a.at - cues[0]
			if dist < 0 {
				dist = -dist
				f.Add("pbefore", "")
			} else {
				f.Add("pafter", "")
			}
			if dist > far {
				far = dist
			}
		}
		if a.at > s.first {
			f.Add("pprev", kindLetter(d.reg.recs[a.rec].kind)+"_"+rank.Word(d.toks[a.at-1].text))
		}
	}
	f.Add("far", rank.Bucket(far/3))
	var inside []int
	for _, a := range actors {
		if in[a.rec] {
			inside = append(inside, a.at)
		}
	}
	sort.Ints(inside)
	for i := 1; i < len(inside); i++ {
		f.Add("btw", d.shapesBetween(inside[i-1], inside[i]))
	}
	if len(inside) > 0 && len(cues) > 0 {
		f.Add("tocue", d.shapesBetween(inside[0], cues[0]))
	}
	if len(rule) > 0 {
		f.Add("rulesent", "")
	}
	for _, m := range rule {
		rs := d.recsNamed(m.Participants)
		sub, sup := true, true
		rin := map[int]bool{}
		for _, r := range rs {
			rin[r] = true
			if !in[r] {
				sup = false
			}
		}
		for _, id := range ids {
			if !rin[id] {
				sub = false
			}
		}
		switch {
		case sub && sup:
			f.Add("rule", "")
			f.Add("rconf", strings.TrimRight(strings.TrimRight(fmtConf(m.Evidence.Confidence), "0"), "."))
		case sup:
			f.Add("rulesup", "")
		case sub:
			f.Add("rulesub", "")
		}
	}
	return Candidate{Kind: rank.Meeting, Features: f.List(), Sentence: si}
}

func fmtConf(c float64) string {
	n := int(c*100 + 0.5)
	return string(rune('0'+n/100)) + "." + string(rune('0'+n/10%10)) + string(rune('0'+n%10))
}

// shiftCandidates are the rule shifts and, for every sentence with a
// change cue, each actor it names (or, naming none, the first of the
// sentence before).
func (d *doc) shiftCandidates(rule []domain.PolicyShiftFact) []Candidate {
	at := d.sentenceAt()
	byRule := map[int][]domain.PolicyShiftFact{}
	for _, p := range rule {
		if si, ok := at[p.Evidence.Start]; ok {
			byRule[si] = append(byRule[si], p)
		}
	}
	var out []Candidate
	mentions := map[int]int{}
	for _, m := range d.ments {
		mentions[m.rec]++
	}
	var prevActors []learnedActor
	for si, s := range d.sents {
		if d.allSkipped(s) {
			continue
		}
		actors := d.sentenceActors(s)
		var base rank.Features
		cues := d.sentenceFeatures(&base, s, si, learnedShiftCues, "")
		if len(cues) == 0 && len(byRule[si]) == 0 {
			if len(actors) > 0 {
				prevActors = actors
			}
			continue
		}
		d.narrationWords(&base, s, "")
		fromPrev := false
		if len(actors) == 0 && len(prevActors) > 0 {
			actors = prevActors[:1]
			fromPrev = true
		}
		subj := map[int]bool{}
		for _, k := range cues {
			if r := d.subjectOf(k); r >= 0 {
				subj[r] = true
			}
		}
		seen := map[int]bool{}
		for _, p := range byRule[si] {
			rec := d.recNamed(p.Actor)
			if seen[rec] && rec >= 0 {
				continue
			}
			seen[rec] = true
			c := d.shiftCandidate(mentions, base, s, si, cues, actors, subj, rec, fromPrev, &p)
			c.Shift, c.Rule = p, true
			out = append(out, c)
		}
		if len(cues) > 0 {
			for _, a := range actors {
				if seen[a.rec] {
					continue
				}
				seen[a.rec] = true
				c := d.shiftCandidate(mentions, base, s, si, cues, actors, subj, a.rec, fromPrev, nil)
				ps := domain.PolicyShiftFact{Actor: d.reg.recs[a.rec].name}
				ps.Topic = d.topicPhrase(cues[0]+1, s.last)
				ps.When = d.shiftActDate(cues[0], s.last)
				ps.Evidence = d.ev(s.start, s.end, 0.5)
				c.Shift = ps
				out = append(out, c)
			}
		}
		if !fromPrev && len(actors) > 0 {
			prevActors = actors
		}
	}
	return out
}

// shiftCandidate builds the features of a shift by actor rec told in
// sentence s.
func (d *doc) shiftCandidate(mentions map[int]int, base rank.Features, s sentence, si int, cues []int, actors []learnedActor, subj map[int]bool, rec int, fromPrev bool, rule *domain.PolicyShiftFact) Candidate {
	f := rank.Features{}
	for _, x := range base.List() {
		f.Add(x, "")
	}
	if rule != nil {
		f.Add("rule", "")
		f.Add("rdir", strings.ToLower(rule.Direction))
		if rule.From != "" {
			f.Add("rfrom", "")
		}
		f.Add("rconf", fmtConf(rule.Evidence.Confidence))
		if rule.Evidence.End > int(d.runeAt[s.end]) {
			f.Add("rmulti", "")
		}
	}
	if fromPrev {
		f.Add("prevsent", "")
	}
	if subj[rec] {
		f.Add("subj", "")
	}
	f.Add("nactors", rank.Bucket(len(actors)))
	if rec >= 0 {
		r := d.reg.recs[rec]
		f.Add("kind", kindLetter(r.kind))
		if r.class != "" && rank.Word(r.class) == r.class {
			f.Add("class", r.class)
		}
		f.Add("salience", rank.Bucket(mentions[rec]))
	} else {
		f.Add("kind", "unk")
	}
	for i, a := range actors {
		if a.rec != rec {
			continue
		}
		f.Add("rank", rank.Bucket(i))
		addMentionFeatures(&f, "a", a)
		if len(cues) > 0 {
			dist := a.at - cues[0]
			side := "after"
			if dist < 0 {
				dist, side = -dist, "before"
			}
			f.Add("side", side)
			f.Add("dist", rank.Bucket(dist/2))
		}
		if len(cues) > 0 {
			if a.at < cues[0] {
				f.Add("btw", d.shapesBetween(a.at, cues[0]))
			} else {
				f.Add("btwafter", d.shapesBetween(cues[0], a.at))
			}
		}
		if a.at > s.first {
			f.AddWord("aprev", d.toks[a.at-1].text)
		} else {
			f.Add("aopens", "")
		}
	}
	return Candidate{Kind: rank.Shift, Features: f.List(), Sentence: si}
}

// candidates are all the meeting and shift candidates of the story, the
// rules' readings fs among them.
func (d *doc) candidates(fs *domain.FactSet) []Candidate {
	return append(d.meetingCandidates(fs.Meetings), d.shiftCandidates(fs.PolicyShifts)...)
}

// learnedSelection replaces the rules' meetings and shifts with the
// candidates model keeps: per sentence the likeliest, and for meetings
// also any other whose participants the first does not share. A kind the
// model has no weights for keeps the rules' reading.
func (d *doc) learnedSelection(fs *domain.FactSet, model *rank.Model) {
	mw, sw := model.For(rank.Meeting), model.For(rank.Shift)
	var mc, sc []Candidate
	if mw != nil {
		mc = d.meetingCandidates(fs.Meetings)
	} else {
		d.dropUnheldMeetings(fs)
	}
	if sw != nil {
		sc = d.shiftCandidates(fs.PolicyShifts)
	}
	if mw != nil {
		fs.Meetings = fs.Meetings[:0]
		for _, c := range pick(mc, mw, true) {
			if !c.Rule || mw.Mode != rank.Add {
				c.Meeting.Evidence.Confidence = roundProb(c.Prob)
			}
			fs.Meetings = append(fs.Meetings, c.Meeting)
		}
	}
	if sw != nil {
		fs.PolicyShifts = fs.PolicyShifts[:0]
		for _, c := range pick(sc, sw, false) {
			if !c.Rule || sw.Mode != rank.Add {
				c.Shift.Evidence.Confidence = roundProb(c.Prob)
			}
			fs.PolicyShifts = append(fs.PolicyShifts, c.Shift)
		}
	}
}

func roundProb(p float64) float64 { return float64(int(p*100+0.5)) / 100 }

// pick keeps, per sentence, the likeliest candidate the weights keep; with
// disjoint, also others whose participants it does not share. The kept
// ones are returned in story order.
func pick(cands []Candidate, w *rank.Weights, disjoint bool) []Candidate {
	for i := range cands {
		cands[i].Prob = w.Prob(cands[i].Features)
	}
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return cands[order[a]].Prob > cands[order[b]].Prob })
	taken := map[int][]Candidate{}
	var keep []int
	if w.Mode == rank.Add {
		// The rules' readings stand, as the rules alone leave them (a
		// meeting told only with unheld cues is dropped); the model adds.
		for _, i := range order {
			if c := cands[i]; c.Rule && !(c.Kind == rank.Meeting && hasFeature(c.Features, "unheld")) {
				taken[c.Sentence] = append(taken[c.Sentence], c)
				keep = append(keep, i)
			}
		}
	}
	for _, i := range order {
		c := cands[i]
		if !w.Keep(c.Prob) {
			break
		}
		if w.Mode == rank.Filter && !c.Rule || w.Mode == rank.Add && c.Rule {
			continue
		}
		prior := taken[c.Sentence]
		if len(prior) > 0 && (!disjoint || sharesParticipant(prior, c.Meeting.Participants)) {
			continue
		}
		taken[c.Sentence] = append(prior, c)
		keep = append(keep, i)
	}
	sort.Ints(keep)
	out := make([]Candidate, len(keep))
	for i, k := range keep {
		out[i] = cands[k]
	}
	return out
}

func hasFeature(fs []string, f string) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

func sharesParticipant(prior []Candidate, names []string) bool {
	for _, p := range prior {
		for _, a := range p.Meeting.Participants {
			for _, b := range names {
				if a == b {
					return true
				}
			}
		}
	}
	return false
}

// Select is the learned step's choice among one article's candidates of
// one kind, as Extract makes it (the trainer uses it to choose the
// threshold).
func Select(cands []Candidate, w *rank.Weights) []Candidate {
	return pick(cands, w, len(cands) > 0 && cands[0].Kind == rank.Meeting)
}

// addMentionFeatures adds how an actor is mentioned — inside a quote, by a
// pronoun, as a possessor — under prefix ("p" for a meeting's participant,
// "a" for a shift's actor: the weights file keys them so).
func addMentionFeatures(f *rank.Features, prefix string, a learnedActor) {
	if a.inQuote {
		f.Add(prefix+"inquote", "")
	}
	if a.pronoun {
		f.Add(prefix+"pronoun", "")
	}
	if a.poss {
		f.Add(prefix+"poss", "")
	}
}
