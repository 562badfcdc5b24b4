package rules

import "testing"

// TestOwnedPlanNamesWhoMeets checks that a meeting verb completing a noun
// someone owns ("her decision to meet X") is that owner's meeting, not
// the clause subject's.
func TestOwnedPlanNamesWhoMeets(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"possessive name", "Senator Mark Dunn criticised Governor Lena Berg's plan to meet Prime Minister Karl Weber.",
			[]string{"Karl Weber+Lena Berg"}},
		{"pronoun over a first infinitive", "Tom Reyes attacked Governor Lena Berg over positions like her decision to fly to Oslo and meet with Prime Minister Karl Weber.",
			[]string{"Karl Weber+Lena Berg"}},
		{"the clause's own infinitive", "Senator Mark Dunn plans to meet Prime Minister Karl Weber.",
			[]string{"Karl Weber+Mark Dunn"}},
	})
}
