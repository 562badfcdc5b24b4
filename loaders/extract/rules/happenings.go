package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// eventActor says where a dated event's actor comes from.
type eventActor uint8

const (
	actorSubject eventActor = iota // the subject of the trigger verb
	actorBefore                    // the actor named just before the trigger noun ("the ASEAN summit")
	actorPlace                     // a country named after "in" ("protests in Ghana"), else none
	actorStory                     // the country the story is about
	actorAny                       // the subject when there is one, else none
	actorOpening                   // the subject, else the actor the sentence opens with
)

// eventPattern is a phrase that reports a dated event ("took office",
// "came into force", "a coup"). It gives an event only when a date stands
// near it in its clause: without one it is background, not an event.
type eventPattern struct {
	slots [][]string
	typ   domain.EventType
	actor eventActor
	title string
}

// eventSpecs lists the patterns: "words;type;actor;title". Actor: s
// subject, b named before, p place, c story's country.
const eventSpecs = `
took|take|takes|taking|assumed|assumes|assume office;OTHER;s;took office
sworn in;OTHER;s;sworn in
seized|seizes|seize|took|takes|grabbed power;OTHER;s;seized power
coup;OTHER;p;coup
took|take|takes|taking|came|come|comes|coming into effect|force;OTHER;c;came into force
take|takes|took|taking|went|go|goes effect;OTHER;c;took effect
launched|launches|launch|began|begins|begin|started|starts|mounted ~ offensive|invasion|incursion|operation|counteroffensive;OTHER;s;launched an offensive
defaulted|defaults on;OTHER;s;defaulted
protests|demonstrations|riots|clashes|fighting|strike|strikes|unrest|rallies began|begin|begins|erupted|erupt|erupts|started|broke;OTHER;p;protests began
summit|conference|talks|forum|session|congress|assembly opened|opens|open|began|begins|ended|ends|closed|closes|concluded;OTHER;b;opened
summit|conference|talks|forum|session , which|that opened|opens|began|begins|ended|ends|closed|closes|concluded;OTHER;b;opened
won|wins|win the|a|an ~ presidency|election|elections|vote|runoff|run-off|premiership|ballot|referendum;ELECTION;s;won the election
opened|opens|open|opening fire;OTHER;o;opened fire
resigned|resigns|resign|quit|quits;OTHER;s;resigned
stepped|steps|step down;OTHER;s;stepped down
withdrew|withdraws|withdraw|withdrawn from;OTHER;s;withdrew
adopted|adopts|adopt|approved|approves|approve|passed|passes|signed|signs|endorsed|ratified|ratifies the|a|an ~ declaration|resolution|communique|bill|law|budget|stopgap|measure|treaty|statement|charter;OTHER;S;adopted
shutdown|lockdown|blockade|curfew|strike ~ begin|began|begins|start|starts|started|lasted|ended|ends;OTHER;p;began
shutdown , in;OTHER;p;shutdown
peace agreement|deal|accord|treaty|pact;OTHER;c;peace agreement
ceasefire|truce|armistice ~ take|takes|took|come|comes|came|went|go|goes effect|force|into;OTHER;c;ceasefire took effect
summit|conference|forum ~ opened|opens|open|began|begins|ended|ends|closed|closes|concluded;OTHER;b;opened
hold|holds|held|holding|organise|organize ~ elections|election|vote|referendum|polls;ELECTION;s;election
first|second|final round;ELECTION;c;election round
`

// eventIndex maps the first word of every event pattern to its patterns.
var eventIndex = buildEventIndex()

func buildEventIndex() map[string][]*eventPattern {
	idx := map[string][]*eventPattern{}
	for _, line := range strings.Split(strings.TrimSpace(eventSpecs), "\n") {
		f := strings.Split(line, ";")
		p := &eventPattern{typ: domain.EventType(f[1]), title: f[3]}
		switch f[2] {
		case "b":
			p.actor = actorBefore
		case "p":
			p.actor = actorPlace
		case "c":
			p.actor = actorStory
		case "o":
			p.actor = actorAny
		case "S":
			p.actor = actorOpening
		}
		for _, slot := range strings.Fields(f[0]) {
			p.slots = append(p.slots, strings.Split(slot, "|"))
		}
		for _, w := range p.slots[0] {
			idx[w] = append(idx[w], p)
		}
	}
	return idx
}

// eventDateWindow is how many tokens from its trigger an event's date may
// stand: further away a date belongs to something else in the sentence.
const eventDateWindow = 10

// happening reads a dated event that a pattern at token k reports.
func (d *doc) happening(k int) (domain.OtherEventFact, bool) {
	lw := strings.ToLower(d.toks[k].text)
	var best *eventPattern
	bestEnd := 0
	for _, p := range eventIndex[lw] {
		if end, ok := d.matchEventSlots(p.slots[1:], k+1); ok && end > bestEnd {
			best, bestEnd = p, end
		}
	}
	if best == nil {
		return domain.OtherEventFact{}, false
	}
	when := d.nearDate(k, bestEnd)
	if when == nil {
		return domain.OtherEventFact{}, false
	}
	actor := d.eventActor(best, k, bestEnd)
	if actor < 0 && (best.actor == actorSubject || best.actor == actorOpening || best.typ == domain.TypeElection) {
		return domain.OtherEventFact{}, false
	}
	s := d.sents[d.toks[k].sent]
	ev := domain.OtherEventFact{Type: best.typ, When: when, Evidence: d.ev(s.start, s.end, 0.6)}
	ev.Title = best.title
	if actor >= 0 {
		name := d.reg.recs[actor].name
		ev.Actors = []string{name}
		ev.Title = name + " " + best.title
	}
	return ev, true
}

// matchEventSlots matches slots like matchSlots, letting a comma stand
// as a slot of its own.
func (d *doc) matchEventSlots(slots [][]string, i int) (int, bool) {
	if len(slots) > 0 && slots[0][0] == "," {
		if i < len(d.toks) && d.toks[i].text == "," {
			return d.matchEventSlots(slots[1:], i+1)
		}
		return 0, false
	}
	if len(slots) > 0 && len(slots[0]) == 1 && (slots[0][0] == "in" || slots[0][0] == "out") {
		return d.matchSlots(slots, i)
	}
	return d.matchSlots(slots, i)
}

// eventActor finds the actor of an event as its pattern says.
func (d *doc) eventActor(p *eventPattern, k, end int) int {
	s := d.sents[d.toks[k].sent]
	switch p.actor {
	case actorSubject:
		if a := d.subjectOf(k); a >= 0 {
			return a
		}
		return d.infinitiveSubject(k)
	case actorBefore:
		for j := k - 1; j >= s.first && j >= k-6; j-- {
			if m := d.mentionEnding(j); m != nil {
				return m.rec
			}
			if d.toks[j].text != ")" && d.toks[j].text != "(" && !isUpperStart(d.toks[j].text) {
				break
			}
		}
		return -1
	case actorAny, actorOpening:
		if a := d.subjectOf(k); a >= 0 {
			return a
		}
		if a := d.groupSubject(k); a >= 0 {
			return a
		}
		if p.actor == actorOpening {
			return d.openingActor(s)
		}
		return -1
	case actorPlace:
		for j := end; j+1 < s.last && j < end+3; j++ {
			if strings.EqualFold(d.toks[j].text, "in") {
				if a := d.objectAt(j+1, -1); a >= 0 && d.reg.recs[a].kind == domain.KindCountry {
					return a
				}
			}
		}
		return -1
	}
	return d.storyCountry()
}

// storyCountry is the record of the country the story names most.
func (d *doc) storyCountry() int {
	counts := map[int]int{}
	best, bestN := -1, 0
	vote := func(rec int) {
		counts[rec]++
		if counts[rec] > bestN {
			best, bestN = rec, counts[rec]
		}
	}
	for _, m := range d.ments {
		if d.reg.recs[m.rec].kind == domain.KindCountry {
			vote(m.rec)
		} else if m.qualCountry && m.qual != "" {
			vote(d.reg.get(m.qual, domain.KindCountry)) // "Myanmar's military", "Ghanaian President X"
		}
	}
	return best
}

// nearDate is the date within eventDateWindow tokens of an event phrase
// [k, end) in its clause: after it first, else before it.
func (d *doc) nearDate(k, end int) *domain.FuzzyDate {
	s := d.sents[d.toks[k].sent]
	stop := d.clauseEnd(end - 1)
	for j := end; j < stop && j < end+eventDateWindow; j++ {
		t := d.toks[j]
		if t.inQuote {
			break
		}
		if lw := strings.ToLower(t.text); lw == "after" || lw == "following" || lw == "since" {
			break
		}
		if t.date > 0 {
			fd := d.dates[t.date-1].Date
			return &fd
		}
	}
	for j := k - 1; j >= s.first && j >= k-eventDateWindow/2; j-- {
		t := d.toks[j]
		if t.inQuote || t.text == "," {
			break
		}
		if t.date > 0 {
			fd := d.dates[t.date-1].Date
			return &fd
		}
	}
	return nil
}

// infinitiveSubject is the subject of the verb an infinitive at k hangs
// from: "the military has promised to hold elections" gives the military.
func (d *doc) infinitiveSubject(k int) int {
	s := d.sents[d.toks[k].sent]
	if k-2 < s.first || !strings.EqualFold(d.toks[k-1].text, "to") {
		return -1
	}
	v := k - 2
	if !isLower(d.toks[v].text) || functionWords[strings.ToLower(d.toks[v].text)] {
		return -1
	}
	return d.subjectOf(v)
}
