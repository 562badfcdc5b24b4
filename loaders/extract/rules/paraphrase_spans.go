package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// The span of reported speech: where a paraphrase's text begins and ends,
// where the reported clause starts (so that its dates are not the
// saying's), and coordinated predicates ("praised X and said Y") read as
// one paraphrase.

// attributionAdverbials may stand between a speech verb and the clause it
// reports without "that": "said on Monday", "said in a statement late on
// Tuesday the …".
var attributionAdverbials = toSet(`on late early earlier later in at during a an the statement interview speech
briefing press conference news televised address remarks last this reporters journalists , overnight`)

// reportedStart is the first token of the clause a speech verb hit
// reports, within [h.to, end): after "that" when there is one, else after
// the adverbials of the saying ("said on Monday the talks had failed").
// Only verbs of saying report a clause; for others it is end.
func (d *doc) reportedStart(h verbHit, end int) int {
	if e := d.attributionEnd(h.from, end); e < end || !h.p.attrib {
		return e // a verb of praise or blame: its whole clause is the act
	}
	k := h.to
	for k < end && k-h.to < 8 {
		t := d.toks[k]
		if t.date == 0 && !attributionAdverbials[strings.ToLower(t.text)] {
			break
		}
		k++
	}
	// Leave off trailing determiners: they open the reported clause.
	for k > h.to && (d.toks[k-1].text == "the" || d.toks[k-1].text == "a" || d.toks[k-1].text == "an") {
		k--
	}
	return k
}

// participleStops are "-ing" words after a comma that continue the
// reported clause instead of adding the speaker's act to it.
var participleStops = toSet("including according during following regarding concerning excluding")

// paraphraseEnd is where the paraphrase starting at a speech verb at from
// ends: its clause (clauseEnd), carried over a coordinated speech verb
// ("praised X and said Y", "rejected X, and said Y") and over ", but that
// …", cut before a participle phrase of the speaker's own (", citing …").
func (d *doc) paraphraseEnd(from int) int {
	s := d.sents[d.toks[from].sent]
	end := d.clauseEnd(from)
	for guard := 0; guard < 4 && end < s.last; guard++ {
		k := end
		if d.toks[k].text == "," && k+1 < s.last {
			k++
		}
		if k+1 < s.last && strings.EqualFold(d.toks[k].text, "and") {
			if h, ok := d.matchVerb(k + 1); ok && h.p.speech {
				end = d.clauseEnd(k + 1)
				continue
			}
		}
		if k+1 < s.last && d.toks[k].text == "but" && strings.EqualFold(d.toks[k+1].text, "that") {
			end = d.clauseEnd(k + 1)
			continue
		}
		break
	}
	for k := from + 1; k+1 < end; k++ {
		t := d.toks[k]
		if t.text != "," || (t.inQuote && !d.toks[from].inQuote) {
			continue
		}
		nx := d.toks[k+1].text
		if isLower(nx) && strings.HasSuffix(nx, "ing") && len(nx) > 5 && !participleStops[nx] {
			return k
		}
	}
	return end
}

// coordinatedVerb returns the verb a speech verb at v is coordinated with
// ("praised X and said …", "rejected X, and said …"): the start of the
// nearest earlier verb of its sentence when v follows "and" and no subject
// of its own, or -1.
func (d *doc) coordinatedVerb(v int) int {
	s := d.sents[d.toks[v].sent]
	k := v - 1
	if k <= s.first || !strings.EqualFold(d.toks[k].text, "and") {
		return -1
	}
	pv := d.previousVerb(k)
	if pv < 0 {
		return -1
	}
	if d.paraphraseEnd(pv) < v {
		return -1 // a new clause began in between
	}
	return pv
}

// tailAttribution finds the reported clause of a sentence that ends in
// its attribution ("Turnout rose to 58 percent, the commission said"): the
// comma that opens the attribution, or -1 when the verb's clause has words
// of its own or no comma precedes it.
func (d *doc) tailAttribution(h verbHit, end int) int {
	if end > h.to {
		return -1
	}
	s := d.sents[d.toks[h.from].sent]
	for k := h.from - 1; k > s.first+2; k-- {
		t := d.toks[k]
		if t.kind == tQuote {
			return -1
		}
		if t.text == "," && !d.apposedName(k+1, h.from) {
			return k
		}
	}
	return -1
}

// apposedName reports whether tokens [i, j) are a name set off by commas
// ("the ministry's spokeswoman, Ana Ruiz, said"), part of the attribution.
func (d *doc) apposedName(i, j int) bool {
	if j-i < 1 || j-i > 4 || d.toks[j-1].text != "," {
		return false
	}
	for k := i; k < j-1; k++ {
		if d.toks[k].kind != tWord || !isUpperStart(d.toks[k].text) {
			return false
		}
	}
	return true
}

// paraphraseOf is the paraphrase a speech verb hit gives, who said it
// and when: the verb's clause to paraphraseEnd; for a verb coordinated
// with an earlier one, the whole predicate from that verb and its subject
// — and nothing when the earlier verb is itself a speech verb that already
// reports the whole predicate; for a sentence ending in its attribution,
// the words before it, dated by the attribution alone.
func (d *doc) paraphraseOf(h verbHit, subj int, when *domain.FuzzyDate) (string, int, *domain.FuzzyDate, bool) {
	si := d.toks[h.from].sent
	if c := d.tailAttribution(h, d.clauseEnd(h.from)); c >= 0 {
		s := d.sents[si]
		text := strings.TrimSpace(d.text[d.toks[s.first].start:d.toks[c-1].end])
		when = d.sentenceDate(c, s.last)
		if when == nil && !d.otherTime(si, h.from, h.to, true) {
			if when = d.inheritedDate(si); when == nil {
				when = d.presentDate(si, h.from, h.to)
			}
		}
		return text, subj, when, true
	}
	from := h.from
	if pv := d.coordinatedVerb(h.from); pv >= 0 {
		if ph, ok := d.matchVerb(pv); ok && ph.p.speech && !d.quoteTail(pv) && !d.quoteHead(ph) && d.subjectOf(pv) >= 0 {
			return "", 0, nil, false
		}
		if ps := d.subjectOf(pv); ps >= 0 {
			subj = ps
		}
		from = pv
	}
	end := d.paraphraseEnd(from)
	if end <= from {
		return "", 0, nil, false
	}
	return strings.TrimSpace(d.text[d.toks[from].start:d.toks[end-1].end]), subj, when, true
}
