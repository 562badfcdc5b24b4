package rules

import "strings"

// The speech verb nearest a quote may stand inside the clause another
// speech verb reports: in `He said Mr X had spoken with "…", adding: "…"`
// the participle continues "He said", not "Mr X had spoken"; in `Y said he
// believes the plan he promised "…"` the quote is Y's. reportingSpeaker
// lifts such a verb to the sentence's reporting verb and its subject.

// clauseBreakers end the clause a reporting verb governs before a new
// main clause: `X said …, but Y said: "…"`.
var clauseBreakers = toSet("but while whereas although though however yet")

// reportingVerb returns the first speech verb before v in its sentence
// whose reported clause runs on to v, or -1: a speech verb outside quotes,
// with a subject of its own, and no semicolon or contrasting conjunction
// between the two.
func (d *doc) reportingVerb(v int) int {
	s := d.sents[d.toks[v].sent]
	for u := s.first; u < v; u++ {
		t := d.toks[u]
		if t.inQuote || t.kind != tWord {
			continue
		}
		if !d.isSpeechVerbAt(u) || d.nounAfterDeterminer(u) || participleTails[strings.ToLower(t.text)] {
			continue
		}
		if d.subjectOf(u) < 0 {
			continue
		}
		for k := u + 1; k < v; k++ {
			if d.toks[k].inQuote {
				continue
			}
			if d.toks[k].text == ";" || clauseBreakers[strings.ToLower(d.toks[k].text)] {
				return -1
			}
		}
		return u
	}
	return -1
}

// reportingSpeaker returns the speaker of the speech verb v that a quote
// hangs on: the subject of the sentence's reporting verb when v is a
// participle after a comma (", adding:") or its subject is a pronoun that
// stands inside that verb's reported clause; else spk, the subject v was
// given.
func (d *doc) reportingSpeaker(v, spk int) int {
	participle := participleTails[strings.ToLower(d.toks[v].text)] && v > 0 && (d.toks[v-1].text == "," || d.toks[v-1].kind == tQuote)
	u := d.reportingVerb(v)
	if u < 0 {
		return spk
	}
	outer := d.subjectOf(u)
	if outer < 0 || outer == spk {
		return spk
	}
	if participle {
		return outer
	}
	// A pronoun subject of v after u: "Y said he believes … he promised".
	for k := v - 1; k > u; k-- {
		t := d.toks[k]
		if t.inQuote || t.text == "," {
			break
		}
		if pronounsSubject[t.text] {
			return outer
		}
		if d.mentionEnding(k) != nil {
			break
		}
	}
	return spk
}
