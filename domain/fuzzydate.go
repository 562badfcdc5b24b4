package domain

import (
	"fmt"
	"strings"
	"time"
)

// Precision says how much of a FuzzyDate is known.
type Precision string

// The precisions, finest first.
const (
	PrecisionDay   Precision = "DAY"
	PrecisionMonth Precision = "MONTH"
	PrecisionYear  Precision = "YEAR"
	// PrecisionUnknown is a date the source gives only in words that need a
	// reference day it does not have: "on Tuesday" in an article without a
	// publication date. Start and End are zero; Text keeps the words.
	PrecisionUnknown Precision = "UNKNOWN"
)

// FuzzyDate is a date as news text gives it: "Wednesday" is a day,
// "February" a month, "early this year" a year. Start is the first instant
// of the period and End the first instant after it, both UTC; Text keeps the
// words the source used ("on Tuesday").
//
// A date of precision UNKNOWN has no Start or End: the words are kept and no
// day is invented for them.
type FuzzyDate struct {
	Start     time.Time `json:"start,omitzero"`
	End       time.Time `json:"end,omitzero"`
	Precision Precision `json:"precision"`
	Text      string    `json:"text,omitempty"`
}

// Day returns the FuzzyDate for one calendar day.
func Day(y int, m time.Month, d int) FuzzyDate {
	s := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return FuzzyDate{Start: s, End: s.AddDate(0, 0, 1), Precision: PrecisionDay}
}

// Month returns the FuzzyDate for one calendar month.
func Month(y int, m time.Month) FuzzyDate {
	s := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return FuzzyDate{Start: s, End: s.AddDate(0, 1, 0), Precision: PrecisionMonth}
}

// Year returns the FuzzyDate for one calendar year.
func Year(y int) FuzzyDate {
	s := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return FuzzyDate{Start: s, End: s.AddDate(1, 0, 0), Precision: PrecisionYear}
}

// DayOf returns the day (in UTC) that contains t.
func DayOf(t time.Time) FuzzyDate {
	t = t.UTC()
	return Day(t.Year(), t.Month(), t.Day())
}

// Unknown returns the date of an event told in words that cannot be placed
// ("on Tuesday" without a publication date to count back from).
func Unknown(text string) FuzzyDate {
	return FuzzyDate{Precision: PrecisionUnknown, Text: text}
}

// WithText returns d with the source's words attached.
func (d FuzzyDate) WithText(text string) FuzzyDate {
	d.Text = text
	return d
}

// IsZero reports whether d is unset: neither a period nor words.
func (d FuzzyDate) IsZero() bool { return d.Start.IsZero() && d.Precision != PrecisionUnknown }

// Known reports whether d places its event in time (it has a period).
func (d FuzzyDate) Known() bool { return !d.Start.IsZero() && d.Precision != PrecisionUnknown }

// String renders d at its precision: 2025-09-24, 2025-09 or 2025, and
// "unknown" for a date whose day the source does not let us place.
func (d FuzzyDate) String() string {
	switch d.Precision {
	case PrecisionUnknown:
		return "unknown"
	case PrecisionYear:
		return d.Start.Format("2006")
	case PrecisionMonth:
		return d.Start.Format("2006-01")
	default:
		return d.Start.Format("2006-01-02")
	}
}

// ParseFuzzyDate reads YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 timestamp
// (whose day is taken). The error names the value that did not parse.
func ParseFuzzyDate(s string) (FuzzyDate, error) {
	s = strings.TrimSpace(s)
	for _, f := range []struct {
		layout string
		make   func(time.Time) FuzzyDate
	}{
		{"2006-01-02", DayOf},
		{"2006-01", func(t time.Time) FuzzyDate { return Month(t.Year(), t.Month()) }},
		{"2006", func(t time.Time) FuzzyDate { return Year(t.Year()) }},
		{time.RFC3339, DayOf},
	} {
		if len(s) != len(f.layout) && f.layout != time.RFC3339 {
			continue
		}
		if t, err := time.Parse(f.layout, s); err == nil {
			return f.make(t), nil
		}
	}
	return FuzzyDate{}, fmt.Errorf("%q is not a date (want YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339)", s)
}

// SortKeyTime is the fixed-width layout of the time part of sort keys, so
// that keys compare as strings in time order.
const SortKeyTime = "2006-01-02T15:04:05Z"

// SortKey orders events by time, then id: "2025-09-24T00:00:00Z|<id>". A
// month-precision event sorts at its month's start. Keys are what timeline
// cursors carry and what the store's range indexes order by.
func SortKey(t time.Time, id string) string {
	return t.UTC().Format(SortKeyTime) + "|" + id
}
