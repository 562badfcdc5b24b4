package dates

import (
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// direction is what a leading word says about which occurrence of a
// weekday or month is meant.
type direction int8

const (
	dirAuto direction = iota // bare: decided by the clause's tense
	dirLast                  // "last Tuesday": strictly before publication
	dirThis                  // "this Tuesday": tense decides, publication day included
	dirNext                  // "next Tuesday": strictly after publication
)

var noDate domain.FuzzyDate

// weekday reads "Tuesday", "Tuesday night", or "Tuesday, Sept. 23(, 2025)"
// at token i; first is where the expression began (before "last"/"next").
func (s *scanner) weekday(i int, dir direction) (int, domain.FuzzyDate, bool) {
	wd := weekdays[s.toks[i].text]
	if p := s.word(i - 1); p == "every" || p == "each" {
		return 0, noDate, false // a habit, not a date
	}
	if i > 0 && namedDays[s.toks[i-1].text] {
		return 0, noDate, false // "Good Friday", "Super Tuesday": a named day, not this week's
	}
	if dir == dirAuto {
		k := i + 1
		if s.punct(k, ",") {
			k++
		}
		if end, d, ok := s.monthDay(k, i); ok {
			return end, d, true
		}
		if end, d, ok := s.dayMonth(k); ok {
			return end, d, true
		}
	}
	var d domain.FuzzyDate
	switch dir {
	case dirLast:
		d = weekdayBefore(s.anchor(), wd, true)
	case dirNext:
		d = weekdayAfter(s.anchor(), wd, true)
	default:
		from := i
		if dir == dirThis {
			from = i - 1
		}
		if s.isFuture(from) {
			d = weekdayAfter(s.anchor(), wd, false)
		} else {
			d = weekdayBefore(s.anchor(), wd, false)
		}
	}
	end := i + 1
	if partsOfDay[s.word(end)] {
		end++
	}
	return end, d, true
}

// monthName reads a month at token i: "September 23(, 2025)", "Sept. 23",
// "September 2019", or a bare "September" resolved by dir and tense.
func (s *scanner) monthName(i int, dir direction) (int, domain.FuzzyDate, bool) {
	if end, d, ok := s.monthDay(i, i); ok {
		return end, d, true
	}
	name := s.toks[i].text
	m, full := months[name]
	if _, hasDay := s.dayNumber(i + 1); !full || hasDay {
		return 0, noDate, false // an abbreviation without a day, or an impossible day
	}
	if y, ok := s.yearAt(i + 1); ok {
		return i + 2, domain.Month(y, m), true
	}
	if end, d, ok := s.monthOfRelativeYear(i, m); ok {
		return end, d, true
	}
	if dir == dirAuto && !s.monthIsDate(i) {
		return 0, noDate, false
	}
	var d domain.FuzzyDate
	switch dir {
	case dirLast:
		d = monthBefore(s.anchor(), m, true)
	case dirNext:
		d = monthAfter(s.anchor(), m, true)
	case dirThis:
		d = domain.Month(s.anchor().Year(), m)
	default:
		if s.isFuture(i) {
			d = monthAfter(s.anchor(), m, false)
		} else {
			d = monthBefore(s.anchor(), m, false)
		}
	}
	return i + 1, d, true
}

// monthOfRelativeYear reads "June last year", "March next year", "May
// this year" at token i, the month.
func (s *scanner) monthOfRelativeYear(i int, m time.Month) (int, domain.FuzzyDate, bool) {
	if s.word(i+2) != "year" {
		return 0, noDate, false
	}
	switch s.word(i + 1) {
	case "last":
		return i + 3, domain.Month(s.anchor().Year()-1, m), true
	case "this":
		return i + 3, domain.Month(s.anchor().Year(), m), true
	case "next":
		return i + 3, domain.Month(s.anchor().Year()+1, m), true
	}
	return 0, noDate, false
}

// monthIsDate decides whether a bare capitalised month name at i is a date.
// "May" and "March" need a date word before them; other months are dates
// unless they look like a first name ("April Ryan said").
func (s *scanner) monthIsDate(i int) bool {
	prev := s.word(i - 1)
	if ambiguousMonths[s.toks[i].text] {
		return strictMonthPrepositions[prev]
	}
	if datePrepositions[prev] {
		return true
	}
	next := i + 1
	if next < len(s.toks) && s.toks[next].kind == tokWord && isCapitalized(s.toks[next].text) {
		_, isDay := weekdays[s.toks[next].text]
		_, isMonth := months[s.toks[next].text]
		return isDay || isMonth
	}
	return true
}

// monthDay reads "September 23", "Sept. 23rd" or "September 23, 2025" at
// token i; from is where the whole expression began, for the tense check.
func (s *scanner) monthDay(i, from int) (int, domain.FuzzyDate, bool) {
	if i >= len(s.toks) || s.toks[i].kind != tokWord {
		return 0, noDate, false
	}
	name := s.toks[i].text
	m, ok := months[name]
	if !ok {
		if m, ok = monthAbbrevs[strings.TrimSuffix(name, ".")]; !ok {
			return 0, noDate, false
		}
	}
	j := i + 1
	if s.punct(j, ".") {
		j++
	}
	day, ok := s.dayNumber(j)
	if !ok {
		return 0, noDate, false
	}
	k := j + 1
	if s.punct(k, ",") {
		k++
	}
	if y, ok := s.yearAt(k); ok {
		d, ok := validDay(y, m, day)
		return k + 1, d, ok
	}
	d, ok := s.yearlessDay(from, m, day)
	return j + 1, d, ok
}

// yearlessDay dates a month and day that give no year, told from token
// at, about the anchor as dayInYear does, the tense (isFuture) saying
// whether it lies ahead. One not ahead is kept as the expression's
// yearless month and day, which an undated text's context may date later.
// Both orders, "September 23" and "23 September", end here.
func (s *scanner) yearlessDay(at int, m time.Month, day int) (domain.FuzzyDate, bool) {
	future := s.isFuture(at)
	d, ok := dayInYear(s.anchor(), m, day, future)
	if !future {
		s.yearless = monthDay{m, day}
	}
	return d, ok
}

// dayMonth reads "23 September", "23rd of September" or "23 Sept. 2025"
// at token i.
func (s *scanner) dayMonth(i int) (int, domain.FuzzyDate, bool) {
	day, ok := s.dayNumber(i)
	if !ok {
		return 0, noDate, false
	}
	j := i + 1
	if s.toks[i].ordinal && s.word(j) == "of" {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return 0, noDate, false
	}
	m, ok := months[s.toks[j].text]
	if !ok {
		if m, ok = monthAbbrevs[s.toks[j].text]; !ok {
			return 0, noDate, false
		}
		if s.punct(j+1, ".") {
			j++
		}
	}
	if y, ok := s.yearAt(j + 1); ok {
		d, ok := validDay(y, m, day)
		return j + 2, d, ok
	}
	d, ok := s.yearlessDay(i, m, day)
	return j + 1, d, ok
}

// dayNumber reads a day of the month at token i: 1 to 31, at most two
// digits, maybe with an ordinal suffix.
func (s *scanner) dayNumber(i int) (int, bool) {
	if i >= len(s.toks) {
		return 0, false
	}
	t := s.toks[i]
	if t.kind != tokNum || t.grouped || t.digits > 2 || t.value < 1 || t.value > 31 {
		return 0, false
	}
	return t.value, true
}

// yearAt reads a four-digit year between 1800 and 2100 at token i.
func (s *scanner) yearAt(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := s.toks[i]
	if t.kind != tokNum || t.grouped || t.ordinal || t.digits != 4 || t.value < 1800 || t.value > 2100 {
		return 0, false
	}
	return t.value, true
}

// bareYear reads a year standing alone: "in 2019", "since 2014", "the
// 2019 election", "from 2019 to 2021". A number that counts something
// ("in 2000 kilometres", "2,000") is not a year.
func (s *scanner) bareYear(i int) (int, domain.FuzzyDate, bool) {
	y, ok := s.yearAt(i)
	if !ok || quantityNouns[s.word(i+1)] {
		return 0, noDate, false
	}
	prev := s.word(i - 1)
	_, afterYear := s.yearAt(i - 2)
	rangeEnd := (prev == "to" || prev == "and" || s.punct(i-1, "-") || s.punct(i-1, "–")) && afterYear
	if (datePrepositions[prev] && prev != "to" && prev != "and") || rangeEnd || yearNouns[s.word(i+1)] || s.possessedYear(i) {
		return i + 1, domain.Year(y), true
	}
	return 0, noDate, false
}

// countAgo reads "two days ago", "3 weeks ago", "a year ago" at token i.
func (s *scanner) countAgo(i int) (int, domain.FuzzyDate, bool) {
	var n int
	if t := s.toks[i]; t.kind == tokNum && !t.grouped && t.digits <= 2 {
		n = t.value
	} else if n = numberWords[s.word(i)]; n == 0 {
		return 0, noDate, false
	}
	if s.word(i+2) != "ago" {
		return 0, noDate, false
	}
	switch strings.TrimSuffix(s.word(i+1), "s") {
	case "day":
		return i + 3, dayAt(s.anchor(), -n), true
	case "week":
		return i + 3, week(s.anchor(), -n), true
	case "month":
		return i + 3, monthOffset(s.anchor(), -n), true
	case "year":
		return i + 3, domain.Year(s.anchor().Year() - n), true
	}
	return 0, noDate, false
}

// isFuture reports whether the clause before token i puts a date in the
// future. It looks back a few words, stopping at a clause break or a past
// tense verb; the nearest cue decides.
func (s *scanner) isFuture(i int) bool {
	sawTo := false
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := s.toks[k]
		if t.kind == tokPunct {
			if clauseBreaks[t.text] {
				return false
			}
			continue
		}
		w := lower(t.text)
		switch {
		case w == "come" && k == i-1:
			return true // "come January 20": when it comes
		case futureCues[w], intentionCues[w] && sawTo:
			return true
		case w == "to":
			sawTo = true
		case w == "t" && s.word(k-2) == "won":
			return true
		case presentEventVerbs[w] && i-k <= 5:
			return true
		case pastCues[w], len(w) > 4 && strings.HasSuffix(w, "ed"):
			// A participle after "be"/"been" is passive, not past: "will
			// be held on Sunday" goes on back to "will".
			if p := s.word(k - 1); p != "be" && p != "been" {
				return false
			}
		}
	}
	return false
}

// yearOffset is the year n years from the publication year.
func (s *scanner) yearOffset(n int) domain.FuzzyDate {
	return domain.Year(s.anchor().Year() + n)
}

// weekdayOf reports whether token i is a capitalised weekday name.
func (s *scanner) weekdayOf(i int) (time.Weekday, bool) {
	if i >= len(s.toks) || s.toks[i].kind != tokWord {
		return 0, false
	}
	wd, ok := weekdays[s.toks[i].text]
	return wd, ok
}

// possessives stand before a year that modifies what someone had or did:
// "her 2009 confirmation hearing", "its 2015 tax filing".
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// possessedYear reports a year at token i owned by a possessive ("her
// 2009 confirmation hearing", "Obama's 2009 speech") and followed by a
// lower-case word: the year of that person's or body's occasion. A count
// after a possessive ("their 2000 members") ends in a quantity noun and is
// refused before this is asked.
func (s *scanner) possessedYear(i int) bool {
	next := i + 1
	if next >= len(s.toks) || s.toks[next].kind != tokWord || isCapitalized(s.toks[next].text) {
		return false
	}
	if possessives[s.word(i-1)] {
		return true
	}
	return s.word(i-1) == "s" && (s.punct(i-2, "'") || s.punct(i-2, "’")) && s.word(i-3) != ""
}
