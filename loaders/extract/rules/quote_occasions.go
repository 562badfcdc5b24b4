package rules

import (
	"strings"

	"github.com/eventgraph/eventgraph/domain"
)

// quotedAt is where a statement was read from a quote: its paragraph, its
// speaker and the date it was given.
type quotedAt struct {
	para, speaker int
	when          *domain.FuzzyDate
	set           bool
}

// continuedQuoteDate dates a quote that carries on the last one's words
// without an attribution of its own: `"…," Clinton said during her 2009
// confirmation hearing. "But I think …"` — the second quote, in the same
// paragraph and the same speaker's, was said on the same occasion, at
// whatever precision the text gave it. An unattributed quote paragraph
// (unattributed says so) run on from the paragraph before is the same
// occasion too. It reports false when the quote names its own attribution
// or its sentence a date, the speaker changed, or the last quote had no
// date.
func (d *doc) continuedQuoteDate(q quote, at attribution, unattributed bool) (*domain.FuzzyDate, bool) {
	last := d.lastQuote
	if !last.set || last.when == nil || !last.when.Known() || last.speaker != at.speaker || at.from < at.to {
		return nil, false
	}
	if last.para != q.para && !(unattributed && last.para == q.para-1) {
		return nil, false
	}
	s := d.sents[d.toks[q.open].sent]
	for k := s.first; k < s.last; k++ {
		if t := d.toks[k]; t.date > 0 && !t.inQuote {
			return nil, false // the sentence dates its own words
		}
	}
	fd := *last.when
	return &fd, true
}

// thenBlockers, just before "then", make it a step in a sequence or a
// condition's consequence ("and then", "since then", "until then"), not
// "at that time".
var thenBlockers = toSet("and but or since until till by even just only back right from before after")

// saidThenDate is the date "then" points back to when it closes an
// attribution ("X told The Post then.", "Y said then, …"): "at that
// time", the last date told before the sentence, as atTheTimeDate reads
// "at the time". Nil when the sentence does not say so.
func (d *doc) saidThenDate(si int) *domain.FuzzyDate {
	s := d.sents[si]
	found := false
	for k := s.first + 1; k+1 < s.last && !found; k++ {
		t := d.toks[k]
		if t.inQuote || !strings.EqualFold(t.text, "then") {
			continue
		}
		next := d.toks[k+1].text
		if next != "." && next != "," && next != ";" || thenBlockers[strings.ToLower(d.toks[k-1].text)] {
			continue
		}
		for v := k - 1; v >= s.first && v >= k-6; v-- {
			if !d.toks[v].inQuote && d.isSpeechVerbAt(v) {
				found = true
				break
			}
		}
	}
	if !found {
		return nil
	}
	return d.lastDateToldBefore(s, 2)
}

// longModifiers, before "long", make it an adjective or a measure ("the
// long ties", "as long as", "how long"), not "for a long time".
var longModifiers = toSet("the a an its his her their this that these those our your my as so too how")

// adjectivalLong reports whether the word at k is "long" used as an
// adjective or a measure, which tells no other time: "Both leaders
// stressed the long ties between France and the United States".
func (d *doc) adjectivalLong(k int) bool {
	if !strings.EqualFold(d.toks[k].text, "long") {
		return false
	}
	if k+1 < len(d.toks) && d.toks[k+1].text == "-" {
		return true // "long-standing", "long-term"
	}
	return k > 0 && longModifiers[strings.ToLower(d.toks[k-1].text)]
}

// exchangeDate dates a quote of an exchange told as a run of quote
// paragraphs ("“…,” Alito continued. / “That can be true,” Prelogar said,
// “…” / Alito cut her off: “…”): when the quote before stood in the
// paragraph just before and was dated to an occasion other than the
// story's day ("During a January 2022 argument … / “…,” Alito said."),
// a quote that opens its paragraph, in a sentence with no date of its
// own, and got only the story's day (when) is of that same occasion; so
// is a second quote of the same speaker in the same paragraph. The
// exchange ends at a paragraph of narration, which does not open with a
// quote.
func (d *doc) exchangeDate(q quote, speaker int, when *domain.FuzzyDate) (*domain.FuzzyDate, bool) {
	last := d.lastQuote
	if !last.set || last.when == nil || !last.when.Known() || d.story == nil {
		return nil, false
	}
	if *last.when == *d.story || when != nil && *when != *d.story {
		return nil, false
	}
	switch last.para {
	case q.para: // `“That can be true,” Prelogar said, “but …”`
		if last.speaker != speaker {
			return nil, false
		}
	case q.para - 1:
		if !d.opensWithQuote(q) || !d.opensWithQuote(quote{open: d.paras[last.para].first, para: last.para}) {
			return nil, false
		}
	default:
		return nil, false
	}
	s := d.sents[d.toks[q.open].sent]
	for k := s.first; k < s.last; k++ {
		if t := d.toks[k]; t.date > 0 && !t.inQuote {
			return nil, false
		}
	}
	fd := *last.when
	return &fd, true
}

// opensWithQuote reports whether quote q opens its paragraph, or follows
// only a short attribution ending in a colon ("Alito cut her off: “…”",
// "Prelogar: “…”").
func (d *doc) opensWithQuote(q quote) bool {
	first := d.paras[q.para].first
	if first >= len(d.toks) {
		return false
	}
	if d.toks[first].kind == tQuote {
		return true
	}
	for k := first; k < d.paras[q.para].last && k <= first+6; k++ {
		if d.toks[k].text == ":" {
			return k+1 < len(d.toks) && d.toks[k+1].kind == tQuote
		}
	}
	return false
}
