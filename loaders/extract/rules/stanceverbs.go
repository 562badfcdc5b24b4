package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// dropVerbs give up a position or a measure: with one of dropObjects as
// their object they make a policy shift ("dropped its opposition",
// "scrapped the extra fees", "reversing a pledge").
var dropVerbs = toSet(`dropped drops dropping abandoned abandons abandoning scrapped scraps scrapping
ditched ditches ditching withdrew withdraws withdrawing withdrawn lifted lifts lifting shelved shelves shelving
axed axes rescinded rescinds revoked revokes overturned overturns reversed reverses reversing
repealed repeals repealing
ended ends ending relaxed relaxes eased eases waived waives paused pauses pausing suspended suspends
suspending cancelled canceled cancels cancelling canceling halted halts halting`)

// dropObjects are the positions and measures a government or company
// can give up.
var dropObjects = toSet(`opposition objection objections demand demands plan plans ban bans fee fees
levy levies tax taxes tariff tariffs policy refusal requirement requirements condition conditions
insistence veto boycott proposal embargo restrictions restriction sanctions rule rules cap pledge
decision order moratorium resistance freeze subsidy subsidies mandate surcharge charges
bill bills law laws legislation reform reforms measure measures stance position pledges promise
promises commitment commitments target targets programme program scheme support backing endorsement
relief duty allowance allowances exemption exemptions investigation investigations inquiry probe
prosecution case contract contracts aid funding project projects cuts curfew lockdown blockade
suspension quota quotas exports imports shipments deliveries claim claims`)

// gerundPreps before a drop verb's gerund make it a noun's complement
// ("courage in lifting", "opposed to ending") or the subject of what
// someone says ("say scrapping fees wins votes"): a proposal, not an act.
var gerundPreps = toSet("in of to against about for say says said that")

// turnPhrases change course without naming what was given up.
var turnPhrases = map[string]string{"backtracked": "REVERSED", "backtracks": "REVERSED",
	"backtracking": "REVERSED", "backpedalled": "REVERSED", "backpedaled": "REVERSED",
	"changed course": "SHIFTED", "changes course": "SHIFTED", "changed tack": "SHIFTED",
	"changed its stance": "SHIFTED", "changed its position": "SHIFTED", "reversed course": "REVERSED",
	"reverses course": "REVERSED", "softened its stance": "SOFTENED", "softened its position": "SOFTENED",
	"softened his stance": "SOFTENED", "softened her stance": "SOFTENED", "softened their stance": "SOFTENED",
	"no longer opposes": "SOFTENED", "no longer objects": "SOFTENED", "no longer supports": "HARDENED",
	"no longer backs": "HARDENED", "climbed down": "REVERSED", "climbs down": "REVERSED",
	"changed her mind": "REVERSED", "changed his mind": "REVERSED", "changed its mind": "REVERSED",
	"changed their mind": "REVERSED", "u-turned": "REVERSED", "flip-flopped": "REVERSED",
	"changes tack": "SHIFTED", "changed direction": "SHIFTED",
	"backed down": "REVERSED", "backs down": "REVERSED", "reversed itself": "REVERSED",
	"toughened its stance": "HARDENED", "hardened its stance": "HARDENED", "hardened its position": "HARDENED"}

// dropShift reads "X dropped its long-standing opposition to Y", "X
// scrapped the fees", "…, reversing a pledge made in 2023" at token k.
func (d *doc) dropShift(k int) (domain.PolicyShiftFact, bool) {
	s := d.sents[d.toks[k].sent]
	lw := strings.ToLower(d.toks[k].text)
	ps := domain.PolicyShiftFact{}
	head := -1
	if dropVerbs[lw] && strings.HasSuffix(lw, "ing") && k > s.first && gerundPreps[strings.ToLower(d.toks[k-1].text)] {
		return ps, false // "praised X's courage in lifting the ban": X's act, told as a noun's complement
	}
	if d.conditionalClause(k) {
		return ps, false // "would not rule out scrapping", "if it lifts the ban"
	}
	if k-1 > s.first && (strings.EqualFold(d.toks[k-1].text, "nearly") || strings.EqualFold(d.toks[k-1].text, "almost")) {
		return ps, false // "nearly scrapped the plan": it was kept
	}
	base := dropBaseVerbs[lw] && d.decidedInfinitive(k)
	if dropVerbs[lw] || base || d.phrasalDropAt(k) > 0 {
		from := k + 1 + d.phrasalDropAt(k)
		reach := 4
		if base {
			reach = 5 // "to end the European Union's arms embargo"
		}
		for j := from; j < s.last && j <= from+reach; j++ {
			t := d.toks[j]
			w := strings.ToLower(t.text)
			if t.kind != tWord && !(t.kind == tPunct && t.text == "%") && !(base && t.kind == tPoss) {
				break
			}
			if dropObjects[w] && isLower(t.text) {
				head = j // "the Child Support Agency" names a body, not the support given up
				break
			}
			if w == "of" && j > from && strings.EqualFold(d.toks[j-1].text, "one") {
				continue // "reversing one of its central pledges"
			}
			if functionWords[w] && !determiners[t.text] && w != "the" && w != "a" && w != "an" {
				break
			}
		}
		if head < 0 {
			return ps, false
		}
		ps.Direction = "REVERSED"
	} else if dir, n := d.turnPhraseAt(k); n > 0 && !d.unrealisedTurn(k) {
		ps.Direction, head = dir, k+n-1
	} else {
		return ps, false
	}
	actor := -1
	if base && strings.EqualFold(d.toks[d.deciderAt(k)].text, "plans") {
		// "plans to end the EU's embargo" changes the EU's measure; "Tory
		// plans to scrap the scheme" is a party's proposal, not a change.
		if actor = d.possessedMeasureActor(k, head); actor < 0 {
			return ps, false
		}
	}
	if actor < 0 && strings.HasSuffix(lw, "ing") {
		actor = d.possessedTurn(k) // "Beijing's backtracking on the law"
	}
	if actor < 0 {
		actor = d.shiftSubject(k)
	}
	if actor < 0 {
		actor = d.infinitiveActor(k)
	}
	if actor < 0 && !base && d.phrasalDropAt(k) == 0 && !d.unnamedSubject(k) {
		actor = d.openingActor(s)
	}
	if actor < 0 {
		return ps, false
	}
	end := d.clauseEnd(k)
	ps.Actor = d.reg.recs[actor].name
	ps.To = d.phrase(k, end)
	ps.Topic = d.topicPhrase(k+1+d.phrasalDropAt(k), end)
	if !dropVerbs[lw] && !base && d.phrasalDropAt(k) == 0 {
		ps.Topic = d.topicPhrase(head+1, end) // after the turn phrase: "went back on | a pledge to …"
	}
	ps.From = d.fromPosition(k, s.last)
	if si := d.toks[k].sent; ps.From == "" && si > 0 && d.sents[si-1].para >= s.para-1 {
		// "X had defended Y as recently as last month. … she had
		// changed her mind": the sentence before holds the old position.
		if p := d.sents[si-1]; d.asRecentlyAs(p.first, p.last) != "" {
			ps.From = d.phrase(p.first, p.last)
		}
	}
	ps.When = d.shiftActDate(k, end)
	if ps.When == nil {
		ps.When = d.coarseCauseDate(k, end)
	}
	ps.Evidence = d.ev(s.start, s.end, 0.6)
	return ps, true
}

// turnPhraseAt matches one of turnPhrases at token k, returning its
// direction and length in tokens.
func (d *doc) turnPhraseAt(k int) (string, int) {
	key := strings.ToLower(d.toks[k].text)
	if !turnFirstWords[key] {
		return d.possessiveStanceTurn(k) // most words open no turn phrase: skip building the keys
	}
	s := d.sents[d.toks[k].sent]
	best, bestN := "", 0
	for n := 1; n <= 4 && k+n <= s.last; n++ {
		if n > 1 {
			key += " " + strings.ToLower(d.toks[k+n-1].text)
		}
		if dir, ok := turnPhrases[key]; ok {
			best, bestN = dir, n
		} else if dir, ok := reportedTurns[key]; ok {
			best, bestN = dir, n
		} else if dir, ok := exitTurns[key]; ok && d.agreementAhead(k+n) {
			best, bestN = dir, n
		}
	}
	if bestN == 0 {
		return d.possessiveStanceTurn(k)
	}
	return best, bestN
}

// dateBefore is the nearest date before token k in its sentence, outside
// quotes and not behind "after"/"since" (those date an earlier event): a
// shift's object often carries the old position's own date ("reversing a
// pledge made in 2023"), so the clause before it dates the change.
func (d *doc) dateBefore(k int) *domain.FuzzyDate {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.first; j-- {
		t := d.toks[j]
		if t.date == 0 || t.inQuote {
			continue
		}
		for x := j - 1; x >= s.first && x >= j-4; x-- {
			switch strings.ToLower(d.toks[x].text) {
			case "after", "since", "following", "before":
				return nil
			}
		}
		fd := d.dates[t.date-1].Date
		return &fd
	}
	return nil
}

// openingActor is the actor a sentence opens with, within its first words
// ("The junta, for its part, agreed …"), when no closer subject is found.
func (d *doc) openingActor(s sentence) int {
	for k := s.first; k < s.last && k < s.first+10; k++ {
		if d.toks[k].inQuote {
			continue
		}
		if m := d.mentionStarting(k); m != nil && (m.b >= len(d.toks) || d.toks[m.b].kind != tPoss) {
			return m.rec
		}
	}
	return -1
}

// turnFirstWords are the first words of turnPhrases and reportedTurns.
var turnFirstWords = func() map[string]bool {
	out := map[string]bool{}
	for _, m := range []map[string]string{turnPhrases, reportedTurns, exitTurns} {
		for k := range m {
			out[strings.Fields(k)[0]] = true
		}
	}
	return out
}()
