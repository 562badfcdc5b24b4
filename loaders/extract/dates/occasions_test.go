package dates

import (
	"testing"
	"time"
)

func TestPeriodEdgesAndHolidays(t *testing.T) {
	// published is Wednesday 24 September 2025.
	for _, tc := range []struct{ in, text, date string }{
		{"Nakasone prepares to visit Washington at the end of the month for talks.", "end of the month", "2025-09"},
		{"The law takes effect at the start of next month.", "start of next month", "2025-10"},
		{"Prices rose at the end of last year.", "end of last year", "2024"},
		{"a deal by the end of the year", "end of the year", "2025"},
		{"On Thanksgiving, the sheriff released a statement.", "On Thanksgiving", "2024-11-28"},
		{"She spoke on Christmas Eve.", "on Christmas Eve", "2024-12-24"},
		{"a Boxing Day sale", "Boxing Day", "2024-12-26"},
		{"He will speak on New Year's Day.", "on New Year's Day", "2026-01-01"},
		{"The rally was held on Easter Sunday.", "on Easter Sunday", "2025-04-20"},
		{"Clinton said during her 2009 confirmation hearing", "2009", "2009"},
		{"at Obama’s 2009 speech in Cairo", "2009", "2009"},
	} {
		got := Find(tc.in, published)
		if len(got) != 1 || got[0].Text != tc.text || render(got[0]) != tc.date {
			t.Errorf("Find(%q) = %v, want [%s=%s]", tc.in, describe(got), tc.text, tc.date)
		}
	}
	for _, in := range []string{
		"the end of the story", "Christmas shopping rose", "their 2000 members voted",
		"at the end of the line", "the Good Friday Agreement", "a Christmas Day Massacre memorial", "on Good Friday Agreement talks",
	} {
		got := Find(in, published)
		if len(got) != 0 {
			t.Errorf("Find(%q) = %v, want nothing", in, describe(got))
		}
	}
	// Undated text: a holiday has no year of its own.
	if got := Find("On Thanksgiving, the sheriff spoke.", time.Time{}); len(got) != 1 || got[0].Date.Known() {
		t.Errorf("undated Thanksgiving = %v, want an unknown date", describe(got))
	}
}
