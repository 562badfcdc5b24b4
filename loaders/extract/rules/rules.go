// Package rules is eventgraph's default extractor: offline, deterministic
// reading of English news text into facts by hand-written rules.
//
// It splits sentences, finds actors (word lists of countries, capitals,
// organisations and titles; capitalised-name chunking; the gazetteer of
// known actors) and resolves surnames, title phrases ("the Ukrainian
// leader") and pronouns to them. It attributes direct quotes and reported
// speech, and reads meetings, dyadic interactions, policy shifts and
// elections from verbs and nouns, dating them with package dates.
//
// Meetings and policy shifts can then pass through a learned step
// (learned.go, package rank): the rules' readings and the other readings
// a cue sentence allows are candidates that a small model, trained on the
// development set's annotations, keeps or drops. The shipped weights are
// off until they beat the rules on cross-validation.
//
// It is not a parser: it knows patterns that news prose uses, and it
// leaves out what it cannot attribute rather than guess. It knows no
// particular article, person or outlet; everything comes from general
// rules and world-knowledge lists.
package rules

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rank"
)

// Name identifies this extractor and its version in provenance.
const Name = "rules/1"

// Extractor is the rules extractor. Its zero value is ready to use and
// reads by the rules alone; New adds the shipped learned step.
type Extractor struct {
	// model weighs the meeting and shift candidates (learned.go); nil
	// keeps the rules' own readings.
	model *rank.Model
}

// New returns a rules extractor with the shipped model (package rank):
// the kinds whose weights are on it selects, the others the rules read.
func New() *Extractor { return &Extractor{model: rank.Default()} }

// WithModel returns a rules extractor whose meetings and shifts model
// selects; a nil model leaves them to the rules.
func WithModel(model *rank.Model) *Extractor { return &Extractor{model: model} }

// Name returns "rules/1".
func (*Extractor) Name() string { return Name }

var _ extract.Extractor = (*Extractor)(nil)

// Extract reads the facts of one article. The error is non-nil only when
// ctx is done or the article has no text.
func (e *Extractor) Extract(ctx context.Context, a domain.Article, known extract.Gazetteer) (domain.FactSet, error) {
	d, fs, err := ruleFacts(ctx, a, known)
	if err != nil {
		return fs, err
	}
	if e != nil && e.model != nil {
		d.learnedSelection(&fs, e.model)
	} else {
		d.dropUnheldMeetings(&fs)
	}
	fs.Actors = d.actorFacts(factNames(&fs))
	d.dropUnlistedAbout(&fs)
	dedupe(&fs)
	dropSubsetMeetings(&fs)
	d.dropDatelessRepeats(&fs)
	// Meetings in the order the story tells them: the readings run one
	// after another, so a background meeting a later pass read from its
	// own sentence ("an earlier round last September") would otherwise
	// stand before the lead's.
	sort.SliceStable(fs.Meetings, func(i, j int) bool { return fs.Meetings[i].Evidence.Start < fs.Meetings[j].Evidence.Start })
	d.printArticleNames(&fs)
	return fs, nil
}

// ruleFacts reads the article's facts by the rules, before the meetings
// and shifts are selected.
func ruleFacts(ctx context.Context, a domain.Article, known extract.Gazetteer) (*doc, domain.FactSet, error) {
	if err := ctx.Err(); err != nil {
		return nil, domain.FactSet{}, fmt.Errorf("rules extract %s: %w", a.ID, err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, domain.FactSet{}, domain.Invalid("text", "article %q has no text", a.ID)
	}
	d := newDoc(a, known.Actors)
	fs := domain.FactSet{Actors: []domain.ActorFact{}, Statements: []domain.StatementFact{}, Meetings: []domain.MeetingFact{},
		Interactions: []domain.InteractionFact{}, PolicyShifts: []domain.PolicyShiftFact{}, OtherEvents: []domain.OtherEventFact{}}
	d.readFacts(&fs)
	d.sentenceMeetings(&fs)
	d.generalMeetings(&fs)
	d.wholeStoryFacts(&fs)
	d.generalShifts(&fs)
	return d, fs, nil
}

// Candidates returns the meeting and shift candidates of an article with
// their features, the rules' readings among them: what the model is
// trained on (rank/train).
func Candidates(ctx context.Context, a domain.Article, known extract.Gazetteer) ([]Candidate, error) {
	d, fs, err := ruleFacts(ctx, a, known)
	if err != nil {
		return nil, err
	}
	return d.candidates(&fs), nil
}

// wholeStoryFacts reads the facts that need the sentence readings done
// first, since they look at what those found across the story: shifts
// told relative to an earlier stance or across two sentences, former
// positions beside shifts, summonses, tellings, chamber debates and
// visits to a country whose hosts go unnamed as meetings.
func (d *doc) wholeStoryFacts(fs *domain.FactSet) {
	d.relativeShifts(fs)
	d.joinToldAcross(fs)
	d.formerShifts(fs)
	d.summonsMeetings(fs)
	d.tellingMeetings(fs)
	d.chamberDebateMeeting(fs)
	d.visitMeetings(fs)
}

// readFacts walks the sentences in order, so that a quote without an
// attribution of its own can go to the last speaker.
func (d *doc) readFacts(fs *domain.FactSet) {
	lastSpeaker := -1
	qi := 0
	for _, s := range d.sents {
		p := d.paras[s.para]
		if p.headline || d.allSkipped(s) {
			continue
		}
		for k := s.first; k < s.last; k++ {
			for qi < len(d.quotes) && d.quotes[qi].open < k {
				qi++
			}
			if qi < len(d.quotes) && d.quotes[qi].open == k {
				st, spk, ok := d.quoteStatement(qi, lastSpeaker)
				if ok {
					fs.Statements = append(fs.Statements, st)
				}
				lastSpeaker = spk // -1 after an unnamed source: their next quote is not another's
			}
			t := d.toks[k]
			if t.inQuote || t.skip || t.kind != tWord {
				continue
			}
			d.wordFacts(k, fs, &lastSpeaker)
		}
	}
}

// allSkipped reports whether a sentence is all boilerplate (a dateline
// alone does not make its sentence boilerplate).
func (d *doc) allSkipped(s sentence) bool {
	for k := s.first; k < s.last; k++ {
		if !d.toks[k].skip {
			return false
		}
	}
	return true
}

// wordFacts reads the facts a word outside quotes can start.
func (d *doc) wordFacts(k int, fs *domain.FactSet, lastSpeaker *int) {
	if h, ok := d.matchVerb(k); ok {
		if h.p.meet {
			if mf, ids, ok := d.verbMeeting(h); ok && !d.welcomesAnAct(h) {
				d.addMeeting(fs, mf, ids)
			}
		} else {
			d.verbFacts(h, fs, lastSpeaker)
		}
	}
	lw := strings.ToLower(d.toks[k].text)
	if meetingNouns[lw] {
		if mf, ids, ok := d.nounMeeting(k); ok {
			d.addMeeting(fs, mf, ids)
		}
	}
	d.meetingCueFacts(k, fs)
	if ps, ok := d.dropShift(k); ok {
		fs.PolicyShifts = append(fs.PolicyShifts, ps)
	} else if ps, ok := d.policyShift(k); ok {
		fs.PolicyShifts = append(fs.PolicyShifts, ps)
	} else if n := len(fs.PolicyShifts); true {
		if d.shiftCueFacts(k, fs); len(fs.PolicyShifts) == n {
			d.turnCueFacts(k, fs)
		}
	}
	if ev, ok := d.election(k); ok {
		fs.OtherEvents = append(fs.OtherEvents, ev)
	} else if ev, ok := d.happening(k); ok {
		fs.OtherEvents = append(fs.OtherEvents, ev)
	} else if ev, ok := d.datedHappening(k); ok {
		fs.OtherEvents = append(fs.OtherEvents, ev)
	}
	d.frameFacts(k, fs)
}

// addMeeting records a meeting and the MEET interaction between its first
// two participants.
func (d *doc) addMeeting(fs *domain.FactSet, mf domain.MeetingFact, ids []int) {
	fs.Meetings = append(fs.Meetings, mf)
	s := d.sents[d.toks[d.sentTokOf(mf.Evidence)].sent]
	in := d.interaction(ids[0], ids[1], domain.InteractMeet, mf.Evidence.Sentence, mf.When, s)
	in.Evidence = mf.Evidence
	fs.Interactions = append(fs.Interactions, in)
}

// sentTokOf returns the first token of the evidence's sentence.
func (d *doc) sentTokOf(ev domain.Evidence) int {
	for _, s := range d.sents {
		if int(d.runeAt[s.start]) == ev.Start {
			return s.first
		}
	}
	return 0
}

// dropUnlistedAbout keeps in what a statement is about only the actors
// listed (a country's forces mentioned in passing are not).
func (d *doc) dropUnlistedAbout(fs *domain.FactSet) {
	listed := map[string]bool{}
	for _, a := range fs.Actors {
		listed[a.Name] = true
	}
	for i := range fs.Statements {
		about := fs.Statements[i].About[:0]
		for _, n := range fs.Statements[i].About {
			if listed[n] {
				about = append(about, n)
			}
		}
		if len(about) == 0 {
			about = nil
		}
		fs.Statements[i].About = about
	}
}

// factNames are the actor names the facts refer to.
func factNames(fs *domain.FactSet) map[string]bool {
	out := map[string]bool{}
	add := func(names ...string) {
		for _, n := range names {
			out[n] = true
		}
	}
	for _, s := range fs.Statements {
		add(s.Speaker, s.OnBehalfOf, s.Target)
	}
	for _, m := range fs.Meetings {
		add(m.Participants...)
	}
	for _, in := range fs.Interactions {
		add(in.Source, in.Target)
	}
	for _, p := range fs.PolicyShifts {
		add(p.Actor, p.OnActor)
	}
	for _, e := range fs.OtherEvents {
		add(e.Actors...)
	}
	return out
}

// actorFacts lists the actors mentioned in the story, with countries and
// organisations that roles refer to (even one otherwise read as a place:
// "U.S. Secretary of State X" where "the United States" is only where
// things happen). A country's armed forces, embassy or
// presidency read from a common noun ("the army", "the U.S. embassy") is
// listed only when a fact names it: mentioned in passing it is a place or
// the country, which the story names anyway.
func (d *doc) actorFacts(inFacts map[string]bool) []domain.ActorFact {
	needed := map[string]bool{}
	for _, r := range d.reg.recs {
		if r.used {
			for _, ro := range r.roles {
				needed[domain.NormalizeName(ro.Of)] = true
			}
		}
	}
	var out []domain.ActorFact
	for _, r := range d.reg.recs {
		need := needed[domain.NormalizeName(r.name)] // a role's "of" must be an actor of the set, or the store refuses the article
		if r.place && !need || (!r.used && !need) || r.factsOnly && !inFacts[r.name] && !need {
			continue
		}
		af := domain.ActorFact{Name: r.name, Kind: r.kind, Aliases: r.aliases, Roles: r.roles}
		if r.firstTok >= 0 {
			s := d.sents[d.toks[r.firstTok].sent]
			af.Evidence = []domain.Evidence{d.ev(s.start, s.end, 0.8)}
		}
		out = append(out, af)
	}
	return out
}

// dedupe drops facts that repeat one already read (the same interaction
// from a verb and from a meeting, the same meeting twice).
func dedupe(fs *domain.FactSet) {
	seen := map[string]bool{}
	keep := fs.Interactions[:0]
	for _, in := range fs.Interactions {
		key := in.Source + "|" + in.Target + "|" + string(in.Kind) + "|" + fmt.Sprint(in.Evidence.Start)
		if !seen[key] {
			seen[key] = true
			keep = append(keep, in)
		}
	}
	fs.Interactions = keep
	meets := fs.Meetings[:0]
	for _, m := range fs.Meetings {
		ps := append([]string(nil), m.Participants...)
		sort.Strings(ps)
		key := "m|" + strings.Join(ps, "|") + fmt.Sprint(m.Evidence.Start) + dateKey(m.When) + m.Place
		if !seen[key] {
			seen[key] = true
			meets = append(meets, m)
		}
	}
	fs.Meetings = meets
	fs.PolicyShifts = mergeShifts(fs.PolicyShifts)
	events := fs.OtherEvents[:0]
	for _, ev := range fs.OtherEvents {
		key := "e|" + string(ev.Type) + "|" + strings.Join(ev.Actors, "|") + "|" + dateKey(ev.When)
		inSentence := "e|" + string(ev.Type) + "|" + dateKey(ev.When) + "|" + fmt.Sprint(ev.Evidence.Start)
		if !seen[key] && !seen[inSentence] { // one sentence, one event per date
			seen[key], seen[inSentence] = true, true
			events = append(events, ev)
		}
	}
	fs.OtherEvents = events
}

func dateKey(d *domain.FuzzyDate) string {
	if d == nil {
		return "-"
	}
	if !d.Known() {
		return "?" + strings.ToLower(d.Text) // "on Tuesday" and "on Monday" are two days, both unknown
	}
	return d.String()
}

// mergeShifts keeps one shift per actor and date: two sentences often
// report the same change ("his turn against X on Tuesday" … "Tuesday's
// shift after months of saying …"); the one that says more is kept.
func mergeShifts(in []domain.PolicyShiftFact) []domain.PolicyShiftFact {
	var out []domain.PolicyShiftFact
	at := map[string]int{}
	for _, ps := range in {
		if i, same := at[ps.Actor+"@"+fmt.Sprint(ps.Evidence.Start)]; same && sameChange(ps, out[i]) {
			// two readings of one sentence's change: the one that says more
			if completeness(ps) > completeness(out[i]) {
				out[i] = ps
			}
			continue
		}
		at[ps.Actor+"@"+fmt.Sprint(ps.Evidence.Start)] = len(out)
		key := ps.Actor + "|" + dateKey(ps.When)
		i, dup := at[key]
		if !dup || ps.When == nil || ps.When.Precision != domain.PrecisionDay ||
			out[i].Evidence.Start == ps.Evidence.Start && !sameChange(ps, out[i]) {
			// a day's retelling merges; two changes told in one sentence stay two
			at[key] = len(out)
			out = append(out, ps)
			continue
		}
		if ps.Evidence.Confidence >= out[i].Evidence.Confidence && completeness(ps) > completeness(out[i]) {
			out[i] = ps
		}
	}
	return out
}

// sameChange reports whether two shifts of one actor read in one sentence
// tell one change: their topics share a word, or one names no topic of
// its own ("it", "policy"). "rowing back from X and watering down Y" are
// two.
func sameChange(a, b domain.PolicyShiftFact) bool {
	return sharesContentWord(a.Topic, b.Topic) || vagueTopic(a.Topic) || vagueTopic(b.Topic)
}

// vagueTopic reports a topic that names nothing by itself.
func vagueTopic(t string) bool {
	return t == "" || t == "policy" || len(strings.Fields(t)) == 1 && functionWords[strings.ToLower(t)] || len(t) <= 4
}

func completeness(ps domain.PolicyShiftFact) int {
	n := 0
	if ps.From != "" {
		n++ // a stated former position is what makes a shift
	}
	for _, s := range []string{ps.From, ps.To, ps.OnActor} {
		if s != "" {
			n++
		}
	}
	return n
}
