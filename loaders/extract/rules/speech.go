package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// clauseEnders end the clause a reported-speech verb governs.
var clauseEnders = map[string]bool{"as": true, "which": true, "who": true, "while": true, "after": true,
	"but": true, "adding": true, "saying": true, "according": true, "whereas": true, "although": true, "though": true}

// clauseEnd returns where the clause that starts at token from ends: the
// sentence end, a semicolon, ", as …", ", in which …", or "and" followed
// by another speech verb.
func (d *doc) clauseEnd(from int) int {
	if from >= len(d.toks) {
		return len(d.toks)
	}
	s := d.sents[d.toks[from].sent]
	for k := from + 1; k < s.last; k++ {
		t := d.toks[k]
		if t.inQuote && !d.toks[from].inQuote {
			continue
		}
		switch {
		case t.text == ";":
			return k
		case t.text == "," && k+1 < s.last:
			nx := strings.ToLower(d.toks[k+1].text)
			if clauseEnders[nx] || (nx == "in" && k+2 < s.last && d.toks[k+2].text == "which") {
				return k
			}
		case strings.EqualFold(t.text, "and") && k+1 < s.last:
			if h, ok := d.matchVerb(k + 1); ok && (h.p.speech || h.p.kind != "") {
				return k
			}
			if d.toks[k-1].text == "," && pronounsSubject[d.toks[k+1].text] {
				return k - 1 // ", and he is due in …": a new clause with its own subject
			}
		}
	}
	end := s.last
	for end > from+1 && d.toks[end-1].kind == tPunct {
		end--
	}
	return end
}

// quoteTail reports whether the verb at v attributes a quote that ends
// just before it (`"…," X said`).
func (d *doc) quoteTail(v int) bool {
	s := d.sents[d.toks[v].sent]
	for k := v - 1; k >= s.first && k >= v-10; k-- {
		if d.toks[k].kind == tQuote {
			return true
		}
	}
	return false
}

// quoteHead reports whether the verb hit introduces a quote (`X said: "…"`).
func (d *doc) quoteHead(h verbHit) bool {
	k := h.to
	for k < len(d.toks) && (d.toks[k].text == ":" || d.toks[k].text == ",") {
		k++
	}
	return k < len(d.toks) && d.toks[k].kind == tQuote && d.toks[k].inQuote
}

// verbFacts reads the paraphrase and the interaction a verb hit gives.
func (d *doc) verbFacts(h verbHit, fs *domain.FactSet, lastSpeaker *int) {
	subj := d.subjectOf(h.from)
	if subj < 0 {
		return
	}
	si := d.toks[h.from].sent
	s := d.sents[si]
	end := d.clauseEnd(h.from)
	target := -1
	if h.p.kind != "" || h.p.meet {
		target = d.objectAt(h.to, subj)
	}
	text := strings.TrimSpace(d.text[d.toks[h.from].start:d.toks[end-1].end])
	when := d.dateFor(si, h.from, end)
	if h.p.speech {
		when = d.dateFor(si, h.from, d.reportedStart(h, min(end, d.paraphraseEnd(h.from))))
	}
	if h.p.speech && !d.quoteTail(h.from) && !d.quoteHead(h) {
		para, speaker, when, ok := d.paraphraseOf(h, subj, when)
		if !ok {
			return
		}
		st := domain.StatementFact{Speaker: d.reg.recs[speaker].name, Paraphrase: para, When: when}
		if target >= 0 && target != subj {
			st.Target = d.reg.recs[target].name
		}
		st.About = d.aboutIn(h.to, end-1, subj)
		st.Evidence = d.ev(s.start, s.end, 0.7)
		fs.Statements = append(fs.Statements, st)
		if d.isPerson(subj) {
			*lastSpeaker = subj
		}
	}
	if h.p.kind == "" || h.p.meet || target < 0 || target == subj {
		return
	}
	kind := h.p.kind
	if kind == domain.InteractAttack && d.isPerson(subj) {
		kind = domain.InteractCriticize
	}
	fs.Interactions = append(fs.Interactions, d.interaction(subj, target, kind, text, when, s))
}

// interaction builds an InteractionFact with the scale's code and score.
func (d *doc) interaction(src, dst int, kind domain.InteractionKind, text string, when *domain.FuzzyDate, s sentence) domain.InteractionFact {
	scale := domain.InteractionScale[kind]
	score := scale.Score
	return domain.InteractionFact{
		Source: d.reg.recs[src].name, Target: d.reg.recs[dst].name, Kind: kind,
		Code: scale.Code, Score: &score, Text: text, When: when,
		Evidence: d.ev(s.start, s.end, 0.7),
	}
}
