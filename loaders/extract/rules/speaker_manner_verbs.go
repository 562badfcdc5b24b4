package rules

// News copy varies "said" after a quote with verbs that tell how the words
// were said: `"…," Alito interjected`, `"…," he joked`, `"…," she shot
// back`. Right after a closing quote, with the speaker beside them, they
// attribute the quote as "said" does; elsewhere they are no verbs of
// saying the rules read (they report no speech act of their own).

// mannerSpeechVerbs attribute a quote they follow, speaker first or verb
// first.
var mannerSpeechVerbs = toSet(`interjected interjects countered counters joked jokes quipped quips
retorted retorts rejoined snapped snaps recounted recounts recalls explains complains asks
answered answers replies responds observed observes mused muses exclaimed exclaims shouted shouts
yelled yells screamed cried whispered murmured muttered sighed laughed ventured grumbled scoffed
bragged opined reasoned pleaded begged urged wondered wonders testified texted emailed messaged
adds notes insists admits concedes acknowledges predicts warns elaborated clarified commented
chided teased cautioned protested objected agreed agrees`)

// mannerSpeechPhrases are two-word verbs of saying: the first word, then
// the particles that make it one.
var mannerSpeechPhrases = map[string]map[string]bool{
	"went":    {"on": true},
	"goes":    {"on": true},
	"shot":    {"back": true},
	"fired":   {"back": true},
	"hit":     {"back": true},
	"cut":     {"in": true},
	"chimed":  {"in": true},
	"chimes":  {"in": true},
	"piped":   {"up": true},
	"pointed": {"out": true},
	"points":  {"out": true},
}

// mannerVerbAt reports a manner-of-speaking verb at k, and the token
// after it.
func (d *doc) mannerVerbAt(k int) (int, bool) {
	if k >= len(d.toks) || d.toks[k].kind != tWord {
		return k, false
	}
	w := d.toks[k].text
	if mannerSpeechVerbs[w] {
		return k + 1, true
	}
	if ps := mannerSpeechPhrases[w]; ps != nil && k+1 < len(d.toks) && ps[d.toks[k+1].text] {
		return k + 2, true
	}
	return k, false
}

// mannerVerbFirstSpeaker reads `"…," countered Justice Alito`: a manner
// verb opening the clause after a quote, and the person named after it.
func (d *doc) mannerVerbFirstSpeaker(k, end int) int {
	next, ok := d.mannerVerbAt(k)
	if !ok || next >= end {
		return -1
	}
	if m := d.mentionStarting(d.skipMarks(next)); m != nil && d.isPerson(m.rec) {
		return m.rec
	}
	return -1
}

// shortQuoteSpeaker is who speaks next after a quote too short to be a
// statement: `"Well," Alito countered, "then I don't …"` and `"No,
// Justice Alito," Prelogar said. "I was trying …"` name the speaker of the
// words that follow on the short quote; a short quote no one is named
// for leaves the last speaker.
func (d *doc) shortQuoteSpeaker(q quote, lastSpeaker int) int {
	if q.close < 0 || q.close+1 >= len(d.toks) || d.toks[q.close+1].kind != tWord && d.toks[q.close+1].text != "," {
		return lastSpeaker
	}
	at := d.attributeQuote(q)
	if at.speaker >= 0 && at.explicit && !at.weak && at.from > q.close {
		return at.speaker
	}
	return lastSpeaker
}
