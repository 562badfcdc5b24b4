package rules

import "testing"

// TestHearingAndConferenceMeetings checks witnesses before a body and
// joint news conferences, on sentences written for the test.
func TestHearingAndConferenceMeetings(t *testing.T) {
	cases := []meetingCase{
		{"testified before a committee", "Former envoy Laura Grant testified before the Senate Foreign Relations Committee on Tuesday.",
			[]string{"Laura Grant+Senate Foreign Relations Committee"}},
		{"gave evidence to a committee in lower case", "Retired judge Peter Hale was giving evidence to the Commons justice committee about court delays.",
			[]string{"Commons justice committee+Peter Hale"}},
		{"appeared before a court is no meeting", "Businessman Peter Hale appeared before the High Court on Monday.", nil},
		{"joint news conference", "Foreign Minister Ana Rojas, speaking at a joint news conference with Chilean Foreign Minister Tomas Ruiz, said the border would reopen.",
			[]string{"Ana Rojas+Tomas Ruiz"}},
	}
	checkMeetingCases(t, cases)
}
