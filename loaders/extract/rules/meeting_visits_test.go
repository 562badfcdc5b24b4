package rules

import "testing"

// TestVisitMeetsTheCountryWhenNoHostIsNamed checks that a visit to a
// country, told by its owner or a by-phrase, is a meeting with that
// country only when the story names no one the visitor met.
func TestVisitMeetsTheCountryWhenNoHostIsNamed(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"owner and capital, told twice", "Trade Minister Tom Reyes will make a trip to Tokyo next week. During his visit to Tokyo, Mr Reyes said he would raise the tariffs.",
			[]string{"Japan+Tom Reyes"}},
		{"possessive name", "Foreign Minister Ann Obi's first visit to Kenya began on Monday.",
			[]string{"Ann Obi+Kenya"}},
		{"by-phrase", "The government pinned hopes on the trip to Tokyo next week by Trade Minister Tom Reyes.",
			[]string{"Japan+Tom Reyes"}},
		{"the host is named", "Foreign Minister Ann Obi met President Tom Reyes during her visit to Kenya.",
			[]string{"Ann Obi+Tom Reyes"}},
		{"a city is no country", "Foreign Minister Ann Obi's visit to Sheffield went well.", nil},
	})
}
