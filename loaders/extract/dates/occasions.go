package dates

import (
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// This file reads two more ways news copy names a time: the edge of a
// period ("at the end of the month", "by the end of the year", "at the
// start of last week") and a named holiday ("on Thanksgiving", "on
// Christmas Eve", "Boxing Day"). Both are general English; neither knows
// any article.

// periodEdges are the nouns that name a part of a period: "the end of the
// month" is still the month, at month precision (the words give no day).
var periodEdges = map[string]bool{"end": true, "beginning": true, "start": true, "middle": true, "close": true}

// periodEdge reads "the end of the month", "the start of this year", "the
// end of last week" at token i, the edge noun after "the". The period is
// the publication's own when it is "the month" or "this month" (told ahead
// or behind: the words date it to that month either way), else the one
// "last" or "next" names.
func (s *scanner) periodEdge(i int) (int, domain.FuzzyDate, bool) {
	if !periodEdges[lower(s.toks[i].text)] || s.word(i-1) != "the" || s.word(i+1) != "of" {
		return 0, noDate, false
	}
	j := i + 2
	switch s.word(j) {
	case "this", "last", "next":
		switch s.word(j + 1) {
		case "month", "year", "week":
			return s.relative(j)
		}
	case "the":
		switch s.word(j + 1) {
		case "month":
			return j + 2, monthOffset(s.anchor(), 0), true
		case "year":
			return j + 2, s.yearOffset(0), true
		case "week":
			return j + 2, week(s.anchor(), 0), true
		}
	}
	return 0, noDate, false
}

// holiday is a day named by its feast: a fixed day of a month, or a rule
// that computes it for a year.
type holiday struct {
	month time.Month
	day   int
	rule  func(year int) time.Time // for a movable feast; nil for a fixed day
}

// holidays are keyed by their first word; second is the word that must
// follow it ("" when the first word alone names the day), and bare says
// whether the name alone, without "on" before it, is a date ("Boxing
// Day" is; "Christmas" is a season as often as a day).
var holidays = map[string][]struct {
	second string
	bare   bool
	h      holiday
}{
	"Thanksgiving": {{"Day", true, holiday{rule: thanksgiving}}, {"", false, holiday{rule: thanksgiving}}},
	"Christmas": {{"Day", true, holiday{month: time.December, day: 25}}, {"Eve", true, holiday{month: time.December, day: 24}},
		{"", false, holiday{month: time.December, day: 25}}},
	"Boxing":    {{"Day", true, holiday{month: time.December, day: 26}}},
	"Halloween": {{"", false, holiday{month: time.October, day: 31}}},
	"Valentine": {{"Day", true, holiday{month: time.February, day: 14}}},
	"Easter":    {{"Sunday", true, holiday{rule: easter}}, {"Monday", true, holiday{rule: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }}}},
	"Good":      {{"Friday", false, holiday{rule: func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }}}},
}

// holidayAt reads a holiday at token i: "Thanksgiving Day", "on
// Christmas Eve", "New Year's Day", "Valentine's Day". It is the most
// recent one on or before publication, or the coming one when its clause
// speaks of the future.
func (s *scanner) holidayAt(i int) (int, domain.FuzzyDate, bool) {
	first := s.toks[i].text
	if first == "New" && s.word(i+1) == "year" {
		// "New Year's Day", "New Year's Eve"
		k := i + 2
		if s.punct(k, "'") || s.punct(k, "’") {
			k++
		}
		if s.word(k) != "s" {
			return 0, noDate, false
		}
		switch s.toks[min(k+1, len(s.toks)-1)].text {
		case "Day":
			return s.holidayDate(i, k+2, holiday{month: time.January, day: 1})
		case "Eve":
			return s.holidayDate(i, k+2, holiday{month: time.December, day: 31})
		}
		return 0, noDate, false
	}
	forms, ok := holidays[first]
	if !ok {
		return 0, noDate, false
	}
	k := i + 1
	if first == "Valentine" {
		if s.punct(k, "'") || s.punct(k, "’") {
			k++
		}
		if s.word(k) != "s" {
			return 0, noDate, false
		}
		k++
	}
	for _, f := range forms {
		if f.second != "" {
			if k < len(s.toks) && s.toks[k].text == f.second && (f.bare || s.word(i-1) == "on") && !s.nameGoesOn(k+1) {
				return s.holidayDate(i, k+1, f.h)
			}
			continue
		}
		if s.word(i-1) == "on" && !(k < len(s.toks) && s.toks[k].kind == tokWord && isCapitalized(s.toks[k].text)) {
			return s.holidayDate(i, k, f.h)
		}
	}
	return 0, noDate, false
}

// holidayDate places holiday h, read at tokens [i, end), in the year that
// makes it the most recent (or, told of the future, the coming) one.
func (s *scanner) holidayDate(i, end int, h holiday) (int, domain.FuzzyDate, bool) {
	pub := s.anchor()
	on := func(y int) time.Time {
		if h.rule != nil {
			return h.rule(y)
		}
		return time.Date(y, h.month, h.day, 0, 0, 0, 0, time.UTC)
	}
	t := on(pub.Year())
	if s.isFuture(i) {
		if t.Before(pub) {
			t = on(pub.Year() + 1)
		}
	} else if t.After(pub) {
		t = on(pub.Year() - 1)
	}
	return end, domain.DayOf(t), true
}

// thanksgiving is the fourth Thursday of November, as the United States
// keeps it (the news that names it is mostly American).
func thanksgiving(y int) time.Time {
	first := time.Date(y, time.November, 1, 0, 0, 0, 0, time.UTC)
	ahead := (int(time.Thursday) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, ahead+21)
}

// easter is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// nameGoesOn reports a capitalised word at k: the holiday is part of a
// longer name ("the Good Friday Agreement", "the Christmas Day Massacre").
func (s *scanner) nameGoesOn(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == tokWord && isCapitalized(s.toks[k].text)
}

// namedDays are the capitalised words that make a weekday part of a name
// ("Good Friday", "Black Friday", "Super Tuesday", "Bloody Sunday"): not
// the weekday of the publication's week. Easter's days are read as
// holidays above.
var namedDays = map[string]bool{"Good": true, "Black": true, "Super": true, "Bloody": true, "Cyber": true,
	"Ash": true, "Holy": true, "Maundy": true, "Palm": true, "Easter": true}
