package dates

import (
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// relative reads the expressions that start with a plain word: "today",
// "yesterday", "this year", "last week", "next Tuesday", "early this
// year", "late 2024", "over the weekend", "two days ago".
func (s *scanner) relative(i int) (int, domain.FuzzyDate, bool) {
	w := lower(s.toks[i].text)
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		// "USA Today" is a newspaper: a capitalised day word after a
		// capitalised word is part of a name.
		if isCapitalized(s.toks[i].text) && i > 0 && s.toks[i-1].kind == tokWord && isCapitalized(s.toks[i-1].text) {
			return 0, noDate, false
		}
		offset := 0
		if w == "yesterday" {
			offset = -1
		} else if w == "tomorrow" {
			offset = 1
		}
		return i + 1, dayAt(s.anchor(), offset), true
	case "last":
		return s.anchored(i, dirLast)
	case "this":
		return s.anchored(i, dirThis)
	case "next":
		return s.anchored(i, dirNext)
	case "early", "earlier", "late", "later", "mid":
		return s.modified(i, w)
	case "over", "at":
		if s.word(i+1) == "the" && s.word(i+2) == "weekend" {
			if s.isFuture(i) {
				return i + 3, weekend(s.anchor(), 0), true
			}
			return i + 3, pastWeekend(s.anchor()), true
		}
	}
	return s.countAgo(i)
}

// anchored reads "this/last/next" + year, month, week, weekend, a weekday,
// a month name or a part of the day, at token i (the anchor word).
func (s *scanner) anchored(i int, dir direction) (int, domain.FuzzyDate, bool) {
	if i+1 >= len(s.toks) || s.word(i-1) == "the" {
		// "the last week of May", "over the last year": not the calendar period.
		return 0, noDate, false
	}
	n := 0
	if dir == dirLast {
		n = -1
	} else if dir == dirNext {
		n = 1
	}
	switch s.word(i + 1) {
	case "year":
		return i + 2, s.yearOffset(n), true
	case "month":
		return i + 2, monthOffset(s.anchor(), n), true
	case "week":
		return i + 2, week(s.anchor(), n), true
	case "weekend":
		if dir == dirThis && !s.isFuture(i) && s.anchor().Weekday() >= time.Monday && s.anchor().Weekday() <= time.Wednesday {
			// "talked this weekend", told early in the week: the one just gone
			return i + 2, pastWeekend(s.anchor()), true
		}
		return i + 2, weekend(s.anchor(), n), true
	case "spring", "summer", "fall", "autumn":
		return i + 2, season(s.anchor(), seasons[s.word(i+1)], dir), true
	case "night":
		if dir == dirLast {
			return i + 2, dayAt(s.anchor(), -1), true
		}
	case "morning", "afternoon", "evening":
		if dir == dirThis {
			return i + 2, dayAt(s.anchor(), 0), true
		}
	}
	if _, ok := s.weekdayOf(i + 1); ok {
		return s.weekday(i+1, dir)
	}
	if _, ok := months[s.toks[i+1].text]; ok {
		return s.monthName(i+1, dir)
	}
	return 0, noDate, false
}

// modified reads a period with a modifier that keeps its precision:
// "early this year", "earlier this week", "late last year", "in early
// February", "mid-2024", "late Tuesday", "earlier today".
func (s *scanner) modified(i int, mod string) (int, domain.FuzzyDate, bool) {
	j := i + 1
	if s.punct(j, "-") {
		j++
	}
	switch s.word(j) {
	case "this":
		return s.anchored(j, dirThis)
	case "last":
		return s.anchored(j, dirLast)
	case "next":
		return s.anchored(j, dirNext)
	case "today", "tonight", "yesterday", "tomorrow":
		return s.relative(j)
	}
	if mod == "earlier" || mod == "later" {
		return 0, noDate, false // "later February" is not English; "later 2019" neither
	}
	if _, ok := s.weekdayOf(j); ok {
		return s.weekday(j, dirAuto)
	}
	if j < len(s.toks) && months[s.toks[j].text] != 0 {
		return s.monthName(j, dirAuto)
	}
	if y, ok := s.yearAt(j); ok {
		return j + 1, domain.Year(y), true
	}
	return 0, noDate, false
}
