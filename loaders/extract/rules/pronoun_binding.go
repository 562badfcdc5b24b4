package rules

import "strings"

// clauseOpeners are the conjunctions that open a fronted subordinate
// clause, whose own subject a later pronoun may mean ("When X arrived,
// he said").
var clauseOpeners = toSet("when as after before while although though because if since once until whereas")

// boundByPronoun reports that the mention m, earlier in the sentence of
// the subject pronoun at j, cannot be what the pronoun means: the sentence
// opens with a participle phrase whose understood subject is the pronoun
// of the verb of saying after it (`Commenting on X's case, he said`,
// `Standing next to X he added`, `Asked about X's remarks, she said`), so
// X is its object, not its subject. A reader takes the pronoun for someone
// named before the sentence.
func (d *doc) boundByPronoun(m *mention, j int) bool {
	if !pronounsSubject[d.toks[j].text] {
		return false
	}
	if h, ok := d.matchVerb(d.skipAdverbs(j + 1)); !ok || !h.p.attrib {
		return false
	}
	s := d.sents[d.toks[j].sent]
	start := s.first
	for start < j && (connectives[strings.ToLower(d.toks[start].text)] || d.toks[start].text == ",") {
		start++
	}
	if m.a < start || m.b > j || start >= j || d.toks[start].kind != tWord {
		return false
	}
	first := strings.ToLower(d.toks[start].text)
	if !(len(first) > 4 && strings.HasSuffix(first, "ing") || first == "asked") || clauseOpeners[first] {
		return false
	}
	for k := start; k < j; k++ {
		if !d.toks[k].inQuote && strings.EqualFold(d.toks[k].text, "that") {
			return false // `Saying that X had lied, he …`: leave the reported clause alone
		}
	}
	return true
}

// mainClauseStart returns where the main clause of sentence s may start:
// after its connectives and fronted phrases (afterConnectives) and after
// a fronted subordinate clause set off by a comma ("As X kicked off his
// campaign, Y dismissed …": Y is the sentence's subject).
func (d *doc) mainClauseStart(s sentence) int {
	start := d.afterConnectives(s)
	if start >= s.last || !clauseOpeners[strings.ToLower(d.toks[start].text)] {
		return start
	}
	for k := start + 1; k < s.last && k < start+25; k++ {
		if d.toks[k].inQuote {
			return start
		}
		if d.toks[k].text == "," {
			if k+1 < s.last && possessiveDeterminers[strings.ToLower(d.toks[k+1].text)] {
				return start // "If X steps down, his choice is Y": the subject is no one named
			}
			return k + 1
		}
	}
	return start
}
