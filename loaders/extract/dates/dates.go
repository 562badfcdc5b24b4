// Package dates finds date expressions in English news text and resolves
// them against the article's publication time: "on Tuesday", "in
// February", "early this year", "September 23, 2025", "next week".
//
// Each expression gets the precision the words support (a weekday is a
// day, a bare month a month, "this year" a year) and a direction: a
// weekday or month is the most recent one unless its clause speaks of the
// future ("will meet on Friday", "goes to the polls on Sunday", "next
// Tuesday"), in which case it is the coming one.
//
// It is for dates only: it does not split sentences, attribute events or
// parse times of day, durations or ranges ("from 2019 to 2021" gives two
// mentions). It is a hand-written scanner over one pass of tokens, cheap
// enough to run on every sentence of every article.
package dates

import (
	"strings"
	"sync"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// Mention is a date expression found in a text.
type Mention struct {
	Start, End int              // byte offsets of the expression in the text
	Text       string           // the words, e.g. "on Tuesday", "early this year"
	Date       domain.FuzzyDate // resolved, with Precision and Text set
}

// Find returns the date expressions in text, in order, resolved against
// published (its calendar day in its own time zone). Week expressions
// ("last week") resolve to a seven-day range with DAY precision: Start is
// the Monday, End the Monday after.
//
// With a zero published (an article without a publication date), only the
// expressions that carry their own year resolve ("November 2003", "23
// September 2025", "in 2019"); the others ("on Tuesday", "last week",
// "yesterday", "in March") come back with precision UNKNOWN and their
// words, so no day is invented for them.
func Find(text string, published time.Time) []Mention {
	y, m, d := published.Date()
	s := scanner{text: text, pub: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
	undated := published.IsZero()
	buf := tokenPool.Get().(*[]token)
	s.toks = tokenize(text, *buf)
	defer func() { *buf = s.toks[:0]; tokenPool.Put(buf) }()
	var out []Mention
	var yearless []monthDay // per mention of out, for an undated text
	for i := 0; i < len(s.toks); {
		s.yearless = monthDay{}
		end, date, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		first := i
		if i > 0 && spanPrepositions[lower(s.toks[i-1].text)] {
			first = i - 1
		}
		start, stop := s.toks[first].start, s.toks[end-1].end
		words := text[start:stop]
		if undated && s.fromPub {
			date = domain.Unknown("")
		}
		date.Text = words
		out = append(out, Mention{Start: start, End: stop, Text: words, Date: date})
		yearless = append(yearless, s.yearless)
		i = end
	}
	if undated {
		yearFromContext(out, yearless)
	} else {
		s.yearFromParagraph(out, yearless)
	}
	return out
}

// yearFromParagraph gives a day named without its year in a dated text
// ("on March 6") the year of the date before it in its paragraph when that
// names a year before the publication's ("in the spring of 1986. However
// on March 6 …"): the paragraph tells of that year, and the day is in it.
// A paragraph with no such year keeps the day nearest the publication.
func (s *scanner) yearFromParagraph(out []Mention, yearless []monthDay) {
	for i, md := range yearless {
		if md.month == 0 || i == 0 {
			continue
		}
		prev := out[i-1]
		if yearless[i-1].month != 0 || !prev.Date.Known() || strings.Contains(s.text[prev.End:out[i].Start], "\n") {
			continue
		}
		y := prev.Date.Start.Year()
		if y >= s.pub.Year() || out[i].Date.Start.Year() == y || !namesYear(prev.Text) {
			continue
		}
		d, ok := validDay(y, md.month, md.day)
		if !ok {
			continue
		}
		d.Text = out[i].Text
		out[i].Date = d
	}
}

// namesYear reports words that write a year out in digits ("the spring of
// 1986", "March 2003"), not one counted from the publication.
func namesYear(words string) bool {
	run := 0
	for _, r := range words {
		if r >= '0' && r <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// yearFromContext gives a day named without its year in an undated text
// ("on 13 March") the year of the nearest mention of the same month that
// names one ("7 March 2003"): the text's own account of which March it is.
// A bare month ("in October" beside "October 2006") and a day ahead ("will
// rise on 1 October") are too often another year's.
func yearFromContext(out []Mention, yearless []monthDay) {
	for i, md := range yearless {
		if md.month == 0 || out[i].Date.Known() {
			continue
		}
		best, dist := -1, 0
		for j, o := range out {
			if yearless[j].month != 0 || !o.Date.Known() || o.Date.Precision == domain.PrecisionYear || o.Date.Start.Month() != md.month {
				continue
			}
			if dd := abs(o.Start - out[i].Start); best < 0 || dd < dist {
				best, dist = j, dd
			}
		}
		if best < 0 {
			continue
		}
		d, ok := validDay(out[best].Date.Start.Year(), md.month, md.day)
		if !ok {
			continue
		}
		d.Text = out[i].Text
		out[i].Date = d
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// tokenPool recycles token slices: Find runs on every sentence of every
// article, and a fresh slice per call was most of its cost.
var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 64); return &b }}

// scanner holds one call's tokens and publication day.
type scanner struct {
	text string
	toks []token
	pub  time.Time
	// fromPub is set when the expression being matched was placed by
	// counting from pub (a weekday, a month without its year, "last
	// week"), as opposed to one that names its own year.
	fromPub bool
	// yearless is the month and day of an expression that names them
	// without a year ("13 March"), for an undated text to take the year
	// from a mention that has one.
	yearless monthDay
}

// monthDay is a month and a day of it.
type monthDay struct {
	month time.Month
	day   int
}

// anchor is the publication day an expression is placed from; reading it
// marks the expression as relative.
func (s *scanner) anchor() time.Time {
	s.fromPub = true
	return s.pub
}

// match tries every expression form at token i, the longest forms first,
// and returns the index after the expression and its date.
func (s *scanner) match(i int) (int, domain.FuzzyDate, bool) {
	t := s.toks[i]
	s.fromPub = false
	switch t.kind {
	case tokISO:
		if p, err := time.Parse("2006-01-02", t.text); err == nil {
			return i + 1, domain.DayOf(p), true
		}
		return 0, domain.FuzzyDate{}, false
	case tokNum:
		if end, d, ok := s.dayMonth(i); ok {
			return end, d, true
		}
		s.fromPub = false
		if end, d, ok := s.countAgo(i); ok {
			return end, d, true
		}
		s.fromPub = false
		return s.bareYear(i)
	case tokWord:
		if _, ok := weekdays[t.text]; ok {
			return s.weekday(i, 0)
		}
		if end, d, ok := s.monthName(i, 0); ok {
			return end, d, true
		}
		s.fromPub = false
		if end, d, ok := s.periodEdge(i); ok {
			return end, d, true
		}
		s.fromPub = false
		if end, d, ok := s.holidayAt(i); ok {
			return end, d, true
		}
		s.fromPub = false
		return s.relative(i)
	}
	return 0, domain.FuzzyDate{}, false
}

// word returns the lower-cased word at i, or "" if i is out of range or
// not a word.
func (s *scanner) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokWord {
		return ""
	}
	return lower(s.toks[i].text)
}

// punct reports whether token i is the punctuation mark p.
func (s *scanner) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tokPunct && s.toks[i].text == p
}

// lower lower-cases ASCII words without allocating when they already are.
func lower(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
