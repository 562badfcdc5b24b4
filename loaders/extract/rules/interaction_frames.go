package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// frameFacts reads the interactions that the plain "subject verb object"
// reading in verbFacts misses: coordinated sources and targets ("X and Y
// condemned Z", "spoke with X and with Y"), sources and targets named by
// a nationality ("Chinese ships fired on a Philippine boat"), a target
// referred back to ("rejected that argument"), passives ("X was
// criticised by Y") and noun frames ("X's criticism of Y").
func (d *doc) frameFacts(k int, fs *domain.FactSet) {
	if h, ok := d.matchVerb(k); ok && h.p.kind != "" && !h.p.meet {
		d.verbExtras(h, fs)
	}
	d.passiveInteraction(k, fs)
	d.nounInteraction(k, fs)
	d.agreedPair(k, fs)
	d.iaFacts(k, fs)
	d.meetingFacts(k, fs)
}

// verbExtras adds the interactions of a verb hit beyond its one subject
// and one object.
func (d *doc) verbExtras(h verbHit, fs *domain.FactSet) {
	subj := d.subjectOf(h.from)
	var sources []int
	if subj >= 0 {
		sources = append(d.coordinatedBefore(h.from, subj), subj)
	} else if g := d.groupSubject(h.from); g >= 0 {
		subj = g
		sources = []int{g}
	} else {
		return
	}
	var targets []int
	if obj := d.objectAt(h.to, subj); obj >= 0 {
		targets = append([]int{obj}, d.coordinatedObjects(h.to)...)
	} else if obj := d.nationalityAt(h.to, 6); obj >= 0 {
		targets = []int{obj}
	} else if h.p.kind == domain.InteractReject {
		if obj := d.rejectedAuthor(h, subj, fs); obj >= 0 {
			targets = []int{obj}
		}
	}
	if len(targets) == 0 {
		return
	}
	for _, t := range targets {
		if t == subj {
			return // "X spoke with X and Y": the subject was misread
		}
	}
	si := d.toks[h.from].sent
	s := d.sents[si]
	end := d.clauseEnd(h.from)
	text := strings.TrimSpace(d.text[d.toks[h.from].start:d.toks[end-1].end])
	when := d.dateFor(si, h.from, end)
	for _, src := range sources {
		for _, dst := range targets {
			if src == dst {
				continue
			}
			kind := h.p.kind
			if kind == domain.InteractAttack && d.isPerson(src) {
				kind = domain.InteractCriticize
			}
			fs.Interactions = append(fs.Interactions, d.interaction(src, dst, kind, text, when, s))
		}
	}
}

// coordinatedObjects returns the actors joined to the object at e: "X and
// Y", "X, Y and Z", "X and with Y".
func (d *doc) coordinatedObjects(e int) []int {
	out := d.coordinatedAfter(e)
	m := d.mentionStarting(d.skipMarks(e))
	if m == nil && e < len(d.toks) && strings.EqualFold(d.toks[e].text, "the") {
		m = d.mentionStarting(e + 1)
	}
	if m == nil || m.b+2 >= len(d.toks) {
		return out
	}
	// "with Brennan and with House Speaker X": the preposition repeated.
	if strings.EqualFold(d.toks[m.b].text, "and") && strings.EqualFold(d.toks[m.b+1].text, d.toks[e-1].text) && isLower(d.toks[e-1].text) {
		if o := d.objectAt(m.b+2, -1); o >= 0 {
			out = append(out, o)
		}
	}
	return out
}

// groupNouns head noun phrases that stand for a country or body named by
// a nationality or a place ("Chinese coast guard ships", "officials").
var groupNouns = toSet(`officials authorities ships vessels boats troops forces soldiers jets aircraft
drones warplanes planes navy army military police government regulators diplomats ministers
artillery militia guards coastguard negotiators delegation`)

// groupSubject reads a subject that names no actor itself: a noun phrase
// with a nationality ("Chinese coast guard ships") or a group in a place
// ("in Washington, where officials have accused …").
func (d *doc) groupSubject(v int) int {
	s := d.sents[d.toks[v].sent]
	j := d.subjectEndBefore(v)
	if j < s.first || !groupNouns[strings.ToLower(d.toks[j].text)] {
		return -1
	}
	from := j
	for from > s.first && from > j-5 && d.toks[from-1].kind == tWord && !functionWords[strings.ToLower(d.toks[from-1].text)] {
		from--
	}
	if c := d.nationalityAt(from, j-from+1); c >= 0 {
		return c
	}
	if from-1 > s.first && strings.EqualFold(d.toks[from-1].text, "where") && d.toks[from-2].text == "," {
		if m := d.mentionEnding(from - 3); m != nil {
			return m.rec
		}
	}
	return -1
}

// nationalityAt returns the country a nationality adjective names in the
// n tokens from e ("a Philippine supply boat"), or -1. The phrase must be
// plain words: a preposition or punctuation ends it.
func (d *doc) nationalityAt(e, n int) int {
	s := d.sents[d.toks[min(e, len(d.toks)-1)].sent]
	for j := e; j < s.last && j < e+n; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.inQuote {
			return -1
		}
		if c := demonyms[t.text]; c != "" && isUpperStart(t.text) {
			i := d.reg.get(c, domain.KindCountry)
			if rec := d.reg.recs[i]; !rec.used {
				rec.used, rec.firstTok = true, j
			}
			return i
		}
		if j > e && functionWords[strings.ToLower(t.text)] {
			return -1
		}
	}
	return -1
}

// claimNouns are what one can reject of someone else's, mapped to the
// interaction the claim was made by ("" for any statement).
var claimNouns = map[string]domain.InteractionKind{
	"accusation": domain.InteractAccuse, "accusations": domain.InteractAccuse, "charge": domain.InteractAccuse,
	"charges": domain.InteractAccuse, "allegation": domain.InteractAccuse, "allegations": domain.InteractAccuse,
	"demand": domain.InteractAppeal, "demands": domain.InteractAppeal, "call": domain.InteractAppeal,
	"calls": domain.InteractAppeal, "appeal": domain.InteractAppeal, "request": domain.InteractAppeal,
	"criticism": domain.InteractCriticize, "ultimatum": domain.InteractThreaten, "threat": domain.InteractThreaten,
	"argument": "", "arguments": "", "claim": "", "claims": "", "statement": "", "remarks": "",
	"comments": "", "suggestion": "", "proposal": "", "offer": "", "assertion": "", "idea": "", "plan": "",
}

var anaphoricDeterminers = toSet("the that this these those such")

// rejectedAuthor finds whose claim a rejection answers when the object
// refers back to it: "X rejected that argument", "X rejected the
// accusation", "a statement X dismissed". It is the last actor before the
// verb who made that kind of claim (an accusation for "the accusation"),
// else the last other speaker.
func (d *doc) rejectedAuthor(h verbHit, subj int, fs *domain.FactSet) int {
	noun := ""
	if e := h.to; e+1 < len(d.toks) && anaphoricDeterminers[strings.ToLower(d.toks[e].text)] {
		noun = strings.ToLower(d.toks[e+1].text)
	} else if m := d.mentionEnding(h.from - 1); m != nil && m.a > 0 {
		noun = strings.ToLower(d.toks[m.a-1].text) // "a statement Farahani dismissed"
	}
	kind, ok := claimNouns[noun]
	if !ok {
		return -1
	}
	start := int(d.runeAt[d.toks[h.from].start])
	limit := d.sents[max(0, d.toks[h.from].sent-6)].start
	if kind != "" {
		for i := len(fs.Interactions) - 1; i >= 0; i-- {
			in := fs.Interactions[i]
			if in.Evidence.Start >= start || in.Evidence.Start < int(d.runeAt[limit]) {
				continue
			}
			if in.Kind == kind {
				if r := d.recOf(in.Source); r >= 0 && r != subj {
					return r
				}
			}
		}
	}
	for i := len(fs.Statements) - 1; i >= 0; i-- {
		st := fs.Statements[i]
		if st.Evidence.Start > start || st.Evidence.Start < int(d.runeAt[limit]) {
			continue
		}
		if r := d.recOf(st.Speaker); r >= 0 && r != subj && !d.reg.recs[r].isSpokesperson() {
			return r
		}
	}
	return -1
}

// recOf returns the record of an actor name the extractor gave, or -1.
func (d *doc) recOf(name string) int {
	if i, ok := d.reg.byNorm[domain.NormalizeName(name)]; ok {
		return i
	}
	return -1
}
