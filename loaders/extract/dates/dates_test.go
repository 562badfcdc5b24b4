package dates

import (
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// published is a Wednesday.
var published = time.Date(2025, 9, 24, 18, 0, 0, 0, time.UTC)

// want is one expected mention: its words and its date rendered at its
// precision (FuzzyDate.String), or for ranges "start..end".
type want struct {
	text, date string
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// Weekdays, past by default, the publication day included.
		{"weekday past", "Zelensky spoke on Tuesday.", []want{{"on Tuesday", "2025-09-23"}}},
		{"weekday bare", "Trump's suggestion Tuesday that Kyiv could win", []want{{"Tuesday", "2025-09-23"}}},
		{"publication day", "halt the killing in Ukraine Wednesday, as", []want{{"Wednesday", "2025-09-24"}}},
		{"weekday days back", "The minister resigned on Thursday.", []want{{"on Thursday", "2025-09-18"}}},
		{"told on", "he told the assembly on Monday", []want{{"on Monday", "2025-09-22"}}},
		{"part of day", "Protesters gathered late Tuesday night.", []want{{"late Tuesday night", "2025-09-23"}}},
		{"was elected", "who was elected on Sunday", []want{{"on Sunday", "2025-09-21"}}},
		// Weekdays in future context.
		{"goes to the polls", "Moldova, a former Soviet republic, goes to the polls on Sunday with", []want{{"on Sunday", "2025-09-28"}}},
		{"will meet", "The two leaders will meet on Friday in Geneva.", []want{{"on Friday", "2025-09-26"}}},
		{"is due to", "The court is due to rule on Monday.", []want{{"on Monday", "2025-09-29"}}},
		{"said he will", "He said he will travel to Paris on Saturday.", []want{{"on Saturday", "2025-09-27"}}},
		{"won't", "Parliament won't reconvene until Thursday.", []want{{"Thursday", "2025-09-25"}}},
		{"they'll", "They'll vote on Thursday.", []want{{"on Thursday", "2025-09-25"}}},
		{"ahead of", "ahead of Sunday's runoff", []want{{"Sunday", "2025-09-28"}}},
		{"expected to", "A decision is expected on Friday.", []want{{"on Friday", "2025-09-26"}}},
		{"future same day", "The cabinet will meet on Wednesday.", []want{{"on Wednesday", "2025-09-24"}}},
		{"clause break stops cue", "Officials who will attend, said on Tuesday that", []want{{"on Tuesday", "2025-09-23"}}},
		{"next weekday", "talks next Tuesday", []want{{"next Tuesday", "2025-09-30"}}},
		{"next same weekday", "next Wednesday", []want{{"next Wednesday", "2025-10-01"}}},
		{"last weekday", "last Wednesday", []want{{"last Wednesday", "2025-09-17"}}},
		{"last Monday", "He arrived last Monday.", []want{{"last Monday", "2025-09-22"}}},
		{"this weekday future", "the vote will take place this Sunday", []want{{"this Sunday", "2025-09-28"}}},
		// Today and neighbours.
		{"today", "Talks resume today.", []want{{"today", "2025-09-24"}}},
		{"yesterday", "Yesterday, officials said", []want{{"Yesterday", "2025-09-23"}}},
		{"tomorrow", "the summit opens tomorrow", []want{{"tomorrow", "2025-09-25"}}},
		{"earlier today", "said earlier today", []want{{"earlier today", "2025-09-24"}}},
		{"last night", "shelling last night", []want{{"last night", "2025-09-23"}}},
		{"USA Today", "told USA Today in an interview", nil},
		// Month names.
		{"month past", "at a February encounter at the White House", []want{{"February", "2025-02"}}},
		{"in month", "The deal was signed in February.", []want{{"in February", "2025-02"}}},
		{"month later in year", "protests in November", []want{{"in November", "2024-11"}}},
		{"publication month", "earlier in September", []want{{"in September", "2025-09"}}},
		{"month future", "Elections will be held in February.", []want{{"in February", "2026-02"}}},
		{"month future later in year", "The summit is scheduled for November.", []want{{"November", "2025-11"}}},
		{"next month name", "next March", []want{{"next March", "2026-03"}}},
		{"last month name", "last October", []want{{"last October", "2024-10"}}},
		{"early month", "in early February", []want{{"in early February", "2025-02"}}},
		{"mid month", "by mid-July", []want{{"mid-July", "2025-07"}}},
		{"month last year", "who took office in June last year", []want{{"in June last year", "2024-06"}}},
		{"month next year", "due in March next year", []want{{"in March next year", "2026-03"}}},
		{"promised", "The military has promised to hold elections in December.", []want{{"in December", "2025-12"}}},
		{"promised on", "The president promised on Tuesday to resign.", []want{{"on Tuesday", "2025-09-23"}}},
		{"threatened to", "Unions had threatened to strike from Thursday.", []want{{"Thursday", "2025-09-25"}}},
		{"agreed on", "The sides agreed on Monday to a truce.", []want{{"on Monday", "2025-09-22"}}},
		{"month year", "in September 2019", []want{{"in September 2019", "2019-09"}}},
		// Full dates.
		{"month day", "on September 23, 2025,", []want{{"on September 23, 2025", "2025-09-23"}}},
		{"month day no year", "signed on March 3", []want{{"on March 3", "2025-03-03"}}},
		{"abbrev", "on Sept. 12", []want{{"on Sept. 12", "2025-09-12"}}},
		{"abbrev year", "Jan. 6, 2021", []want{{"Jan. 6, 2021", "2021-01-06"}}},
		{"ordinal", "on October 3rd", []want{{"on October 3rd", "2025-10-03"}}},
		{"month day far ahead is last year", "on December 3", []want{{"on December 3", "2024-12-03"}}},
		{"passive future", "The runoff will be held on Sunday.", []want{{"on Sunday", "2025-09-28"}}},
		{"passive past", "The runoff was held on Sunday.", []want{{"on Sunday", "2025-09-21"}}},
		{"participle is past", "the plan unveiled on Tuesday by ministers", []want{{"on Tuesday", "2025-09-23"}}},
		{"future month day", "The vote will be held on October 12.", []want{{"on October 12", "2025-10-12"}}},
		{"come a day", "they would be ready come January 20", []want{{"January 20", "2026-01-20"}}},
		{"come a month", "the law bites come November", []want{{"November", "2025-11"}}},
		{"day month year", "born on 24 September 1970", []want{{"on 24 September 1970", "1970-09-24"}}},
		{"day month", "on 2 August", []want{{"on 2 August", "2025-08-02"}}},
		{"ordinal of", "the 4th of July", []want{{"4th of July", "2025-07-04"}}},
		{"weekday with date", "on Tuesday, Sept. 23", []want{{"on Tuesday, Sept. 23", "2025-09-23"}}},
		{"iso", "filed 2024-03-15 in court", []want{{"2024-03-15", "2024-03-15"}}},
		{"invalid day", "on February 30", nil},
		// Years.
		{"in year", "in 2019", []want{{"in 2019", "2019"}}},
		{"since year", "since 2014", []want{{"2014", "2014"}}},
		{"year noun", "the 2019 election", []want{{"2019", "2019"}}},
		{"year range", "from 2019 to 2021", []want{{"2019", "2019"}, {"2021", "2021"}}},
		{"late year", "in late 2024", []want{{"in late 2024", "2024"}}},
		{"mid year", "mid-2023", []want{{"mid-2023", "2023"}}},
		{"early this year", "a sudden pivot to peace talks early this year that stunned allies", []want{{"early this year", "2025"}}},
		{"earlier this year", "earlier this year", []want{{"earlier this year", "2025"}}},
		{"this year", "this year", []want{{"this year", "2025"}}},
		{"late last year", "late last year", []want{{"late last year", "2024"}}},
		{"next year", "early next year", []want{{"early next year", "2026"}}},
		{"years ago", "two years ago", []want{{"two years ago", "2023"}}},
		// Months and weeks relative to publication.
		{"last month", "last month", []want{{"last month", "2025-08"}}},
		{"this month", "earlier this month", []want{{"earlier this month", "2025-09"}}},
		{"next month", "next month", []want{{"next month", "2025-10"}}},
		{"last week", "last week", []want{{"last week", "2025-09"}}},
		{"this week", "earlier this week", []want{{"earlier this week", "2025-09"}}},
		{"next week", "next week", []want{{"next week", "2025-09-29..2025-10-06"}}},
		{"weekend", "over the weekend", []want{{"over the weekend", "2025-09"}}},
		{"this weekend told early in the week", "they talked this weekend", []want{{"this weekend", "2025-09"}}},
		{"weekend across two months", "will meet next weekend", []want{{"next weekend", "2025-10"}}},
		{"last autumn", "Last fall, voters elected a new parliament", []want{{"Last fall", "2024"}}},
		{"last spring", "last spring", []want{{"last spring", "2025"}}},
		{"this summer", "this summer", []want{{"this summer", "2025"}}},
		{"next spring", "next spring", []want{{"next spring", "2026"}}},
		{"season and year", "in autumn 2019", []want{{"2019", "2019"}}},
		{"days ago", "three days ago", []want{{"three days ago", "2025-09-21"}}},
		{"the last year", "over the last year", nil},
		// False positives.
		{"may modal", "Ukraine may win; Kyiv may even expand it", nil},
		{"May name", "Prime Minister Theresa May said", nil},
		{"march noun", "A March organised by students", nil},
		{"march verb", "March through the capital", nil},
		{"quantity", "drones that can fly up to 2,000, 3,000 kilometers", nil},
		{"quantity ungrouped", "in 2000 kilometres", nil},
		{"bare number", "about 2019 people", nil},
		{"first name", "April Ryan asked", nil},
		{"recurring", "You will receive it in your mailbox every Friday.", nil},
		{"lowercase weekday", "a sunday roast", nil},
		{"no date", "Because international institutions are too weak, this madness continues.", nil},
		{"two mentions", "met in February and again on Tuesday", []want{{"in February", "2025-02"}, {"on Tuesday", "2025-09-23"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.in, published)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %v, want %d mentions %v", tc.in, describe(got), len(tc.want), tc.want)
			}
			for k, w := range tc.want {
				m := got[k]
				if m.Text != w.text || render(m) != w.date {
					t.Errorf("Find(%q)[%d] = %q %s, want %q %s", tc.in, k, m.Text, render(m), w.text, w.date)
				}
				if tc.in[m.Start:m.End] != m.Text || m.Date.Text != m.Text {
					t.Errorf("span [%d,%d) = %q, Text %q, Date.Text %q disagree", m.Start, m.End, tc.in[m.Start:m.End], m.Text, m.Date.Text)
				}
			}
		})
	}
}

// render shows a mention's date as its String, or as start..end when it
// spans more than one unit of its precision (weeks, weekends).
func render(m Mention) string {
	d := m.Date
	if d.Precision == "DAY" && d.End.Sub(d.Start) > 24*time.Hour {
		return d.Start.Format("2006-01-02") + ".." + d.End.Format("2006-01-02")
	}
	return d.String()
}

func describe(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.Text+"="+render(m))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func TestFindTimeZoneUsesLocalDay(t *testing.T) {
	// 23:30 in New York on Tuesday is already Wednesday in UTC; "today"
	// is the writer's Tuesday.
	ny := time.FixedZone("EDT", -4*3600)
	got := Find("The senate voted today.", time.Date(2025, 9, 23, 23, 30, 0, 0, ny))
	if len(got) != 1 || got[0].Date.String() != "2025-09-23" {
		t.Fatalf("got %v, want today = 2025-09-23", describe(got))
	}
	if got[0].Date.Start.Location() != time.UTC {
		t.Errorf("Start is in %v, want UTC", got[0].Date.Start.Location())
	}
}

func TestFindPrecision(t *testing.T) {
	for in, want := range map[string]string{
		"on Tuesday": "DAY", "in February": "MONTH", "early this year": "YEAR",
		"last week": "MONTH", "September 2019": "MONTH", "in 2019": "YEAR",
	} {
		got := Find(in, published)
		if len(got) != 1 || string(got[0].Date.Precision) != want {
			t.Errorf("Find(%q) precision = %v, want %s", in, describe(got), want)
		}
	}
}

func TestFindWithoutPublicationDateResolvesOnlyDatesWithTheirYear(t *testing.T) {
	tests := []struct{ in, words, date string }{
		{"The talks began in November 2003.", "in November 2003", "2003-11"},
		{"It was signed on 23 September 2025.", "on 23 September 2025", "2025-09-23"},
		{"He met her on September 23, 2025 in Rome.", "on September 23, 2025", "2025-09-23"},
		{"Labour won power in 1997.", "in 1997", "1997"},
		{"It happened on 2025-09-24.", "on 2025-09-24", "2025-09-24"},
		{"Zelensky spoke on Tuesday.", "on Tuesday", "unknown"},
		{"The minister resigned last week.", "last week", "unknown"},
		{"He said yesterday that it was over.", "yesterday", "unknown"},
		{"The vote is due in March.", "in March", "unknown"},
		{"They met on 23 September.", "on 23 September", "unknown"},
		{"Prices rose three years ago.", "three years ago", "unknown"},
		{"Reform came early this year.", "early this year", "unknown"},
		{"Last fall, voters elected a new parliament.", "Last fall", "unknown"},
	}
	for _, tt := range tests {
		got := Find(tt.in, time.Time{})
		if len(got) != 1 || got[0].Text != tt.words || got[0].Date.String() != tt.date || got[0].Date.Text != tt.words {
			t.Errorf("Find(%q, no date) = %s, want %q at %s", tt.in, describe(got), tt.words, tt.date)
			continue
		}
		if tt.date == "unknown" && (!got[0].Date.Start.IsZero() || got[0].Date.Known()) {
			t.Errorf("Find(%q, no date) invented %v", tt.in, got[0].Date.Start)
		}
	}
}

// TestUndatedTextTakesAYearFromItsOwnDates: "on 13 March" in an undated
// text that also says "7 March 2003" is 13 March 2003; a bare month, a day
// ahead and a day of a month no mention gives a year stay unknown.
func TestUndatedTextTakesAYearFromItsOwnDates(t *testing.T) {
	in := "He warned on 7 March 2003 that it was unclear. On 13 March he met the envoy, and in March he wrote again. They will meet on 20 March. On 2 June they met."
	got := Find(in, time.Time{})
	var dates []string
	for _, m := range got {
		dates = append(dates, m.Date.String())
	}
	if want := "2003-03-07 2003-03-13 unknown unknown unknown"; strings.Join(dates, " ") != want {
		t.Errorf("Find(%q, no date) = %s, want %s", in, describe(got), want)
	}
}

// TestWeekAcrossTwoMonthsKeepsItsDays: a week that lies in one month is
// that month (the words give no day); one across two months stays a
// seven-day range from its Monday.
func TestWeekAcrossTwoMonthsKeepsItsDays(t *testing.T) {
	pub := time.Date(2025, 10, 8, 12, 0, 0, 0, time.UTC) // a Wednesday; last week ran 29 Sep to 5 Oct
	got := Find("last week", pub)
	if len(got) != 1 || got[0].Date.Precision != domain.PrecisionDay || got[0].Date.Start.Format("2006-01-02") != "2025-09-29" ||
		got[0].Date.End.Format("2006-01-02") != "2025-10-06" {
		t.Errorf("Find(last week) on 2025-10-08 = %v, want the range 2025-09-29..2025-10-06", describe(got))
	}
	if got := Find("last week", time.Date(2025, 10, 15, 0, 0, 0, 0, time.UTC)); len(got) != 1 || got[0].Date.String() != "2025-10" {
		t.Errorf("Find(last week) on 2025-10-15 = %v, want 2025-10", describe(got))
	}
}

const benchSentence = "Moldova, a former Soviet republic, goes to the polls on Sunday with pro-EU President Maia Sandu facing a barrage of deepfake videos, after a February encounter and talks early this year, while drones fly up to 2,000, 3,000 kilometers."

func BenchmarkFind(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Find(benchSentence, published)
	}
}

func BenchmarkFindNoDate(b *testing.B) {
	s := "Because international institutions are too weak, this madness continues. Even being part of the alliance does not mean you are safe."
	b.ReportAllocs()
	for b.Loop() {
		Find(s, published)
	}
}
