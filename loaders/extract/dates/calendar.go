package dates

import (
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// The calendar arithmetic below works on pub, the publication day at
// midnight UTC. Every result is a domain.FuzzyDate in UTC.

// dayAt returns the day n days after pub.
func dayAt(pub time.Time, n int) domain.FuzzyDate {
	return domain.DayOf(pub.AddDate(0, 0, n))
}

// weekdayBefore is the most recent wd on or before pub ("Tuesday" in an
// article of Wednesday is the day before); strict skips pub itself
// ("last Wednesday" on a Wednesday is a week back).
func weekdayBefore(pub time.Time, wd time.Weekday, strict bool) domain.FuzzyDate {
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	if back == 0 && strict {
		back = 7
	}
	return dayAt(pub, -back)
}

// weekdayAfter is the coming wd, on or after pub; strict skips pub itself
// ("next Wednesday" on a Wednesday is a week ahead).
func weekdayAfter(pub time.Time, wd time.Weekday, strict bool) domain.FuzzyDate {
	ahead := (int(wd) - int(pub.Weekday()) + 7) % 7
	if ahead == 0 && strict {
		ahead = 7
	}
	return dayAt(pub, ahead)
}

// monthBefore is the most recent month m not after pub's month ("February"
// in a September article is this year's); strict excludes pub's month.
func monthBefore(pub time.Time, m time.Month, strict bool) domain.FuzzyDate {
	y := pub.Year()
	if m > pub.Month() || (strict && m == pub.Month()) {
		y--
	}
	return domain.Month(y, m)
}

// monthAfter is the coming month m, not before pub's month; strict
// excludes pub's month.
func monthAfter(pub time.Time, m time.Month, strict bool) domain.FuzzyDate {
	y := pub.Year()
	if m < pub.Month() || (strict && m == pub.Month()) {
		y++
	}
	return domain.Month(y, m)
}

// monthOffset is the month n months from pub's ("last month" is -1).
func monthOffset(pub time.Time, n int) domain.FuzzyDate {
	first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
	return domain.Month(first.Year(), first.Month())
}

// week is the Monday-to-Sunday week n weeks from pub's ("last week" is -1).
// The words give no day, so a week that lies in one month is that month
// (MONTH precision, never more than the article says); a week across two
// months keeps its seven days as a DAY-precision range: Start is the
// Monday and End the Monday after, so String() shows the Monday and
// consumers that want the range read Start and End.
func week(pub time.Time, n int) domain.FuzzyDate {
	monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)+7*n)
	if sunday := monday.AddDate(0, 0, 6); sunday.Month() == monday.Month() {
		return domain.Month(monday.Year(), monday.Month())
	}
	return domain.FuzzyDate{Start: monday, End: monday.AddDate(0, 0, 7), Precision: domain.PrecisionDay}
}

// weekend is the Saturday and Sunday of the week n weeks from pub's. As
// with a week, the words name no day: a weekend in one month is that
// month, one across two a two-day range with DAY precision.
func weekend(pub time.Time, n int) domain.FuzzyDate {
	monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)+7*n)
	sat := monday.AddDate(0, 0, 5)
	if sat.Month() == sat.AddDate(0, 0, 1).Month() {
		return domain.Month(sat.Year(), sat.Month())
	}
	return domain.FuzzyDate{Start: sat, End: sat.AddDate(0, 0, 2), Precision: domain.PrecisionDay}
}

// season is the year of "last/this/next spring, summer or autumn", its
// first month given: "last autumn" told in March is the year before's,
// told in December this year's. Winter, across two years, is not read.
func season(pub time.Time, first time.Month, dir direction) domain.FuzzyDate {
	y, last := pub.Year(), first+2
	switch dir {
	case dirLast:
		if pub.Month() <= last {
			y--
		}
	case dirNext:
		if pub.Month() >= first {
			y++
		}
	}
	return domain.Year(y)
}

// pastWeekend is the most recent weekend that has begun by pub: the
// current one on a Saturday or Sunday, else the previous week's.
func pastWeekend(pub time.Time) domain.FuzzyDate {
	if wd := pub.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return weekend(pub, 0)
	}
	return weekend(pub, -1)
}

// dayInYear places "September 23" without a year: in pub's year, unless
// that puts a past event more than a month after publication (it was last
// year's) or a future one more than a month before (it is next year's).
func dayInYear(pub time.Time, m time.Month, d int, future bool) (domain.FuzzyDate, bool) {
	y := pub.Year()
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	switch {
	case !future && t.After(pub.AddDate(0, 1, 0)):
		y--
	case future && t.Before(pub.AddDate(0, -1, 0)):
		y++
	}
	return validDay(y, m, d)
}

// validDay is domain.Day if y-m-d exists ("February 30" does not).
func validDay(y int, m time.Month, d int) (domain.FuzzyDate, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return domain.FuzzyDate{}, false
	}
	return domain.Day(y, m, d), true
}
