package rules

import "strings"

// attribVerbForms are speech verb forms the shared verb table leaves out
// that attribute a quote or reported clause ("telling parliament that …").
var attribVerbForms = toSet(`telling told describing described calling branding labelling labeling
dubbing insisting stressing adding writing posting warning arguing`)

// isSpeechVerbAt reports whether the token at v is a verb of saying.
func (d *doc) isSpeechVerbAt(v int) bool {
	if h, ok := d.matchVerb(v); ok && h.p.speech {
		return true
	}
	return d.toks[v].kind == tWord && attribVerbForms[d.toks[v].text]
}

// attributionEnd is where the attribution clause of a speech verb at v
// ends before a quote at q: at the complementiser "that" when the verb has
// one, since dates after it ("that troops had fired on Saturday") date
// what was reported, not the saying.
func (d *doc) attributionEnd(v, q int) int {
	for k := v + 1; k < q; k++ {
		if strings.EqualFold(d.toks[k].text, "that") && !d.toks[k].inQuote {
			return k
		}
	}
	return q
}

// reportingVerbForms report a finding or a charge whose "that" clause
// tells an earlier event ("prosecutors alleged that no checks were made on
// Aug. 9"): its dates are not the day of the report.
var reportingVerbForms = toSet(`alleged alleges alleging claimed claims found finds ruled rules concluded
concludes showed shows revealed reveals acknowledged admitted confirmed confirms disclosed testified
contended asserted maintained indicated charged recalled recalls`)

// reportedClauseStart is the first token of the clause a speech verb
// reports in sentence s ("X said on Monday that …": the "that"), or the
// sentence end: a later sentence inherits the date of the saying, not of
// what was said.
func (d *doc) reportedClauseStart(s sentence) int {
	for v := s.first; v < s.last; v++ {
		if !d.toks[v].inQuote && (d.isSpeechVerbAt(v) || reportingVerbForms[strings.ToLower(d.toks[v].text)]) {
			if e := d.attributionEnd(v, s.last); e < s.last {
				return e
			}
		}
	}
	return s.last
}
