package rules

import "testing"

// TestTellingsAndAppearances checks meetings told as one person telling
// another, and as people seen together, on sentences written for the test.
func TestTellingsAndAppearances(t *testing.T) {
	cases := []meetingCase{
		{"told a named person", "Mayor Ana Rojas told Governor Tim Holt that the bridge would close.",
			[]string{"Ana Rojas+Tim Holt"}},
		{"told a group is no meeting", "Mayor Ana Rojas told reporters and councillors that the bridge would close.", nil},
		{"told at a meeting already told", "Mayor Ana Rojas met Governor Tim Holt on Monday. She told Tim Holt that the bridge would close.",
			[]string{"Ana Rojas+Tim Holt"}},
		{"a party leader is not the prime minister", "Green leader Hanna Roth criticised the plan. Later the prime minister told Senator Mark Dunn of the change.", nil},
		{"a host is not the pronoun after", "At a dinner hosted by Mayor Ana Rojas he told Senator Mark Dunn of the change.", nil},
		{"pictured with", "Senator Mark Dunn was pictured with Governor Lena Berg at the county fair.",
			[]string{"Lena Berg+Mark Dunn"}},
		{"campaigned alongside", "Senator Mark Dunn campaigned alongside Governor Lena Berg in the north.",
			[]string{"Lena Berg+Mark Dunn"}},
		{"shared a platform", "Senator Mark Dunn shared a platform with Governor Lena Berg for the first time.",
			[]string{"Lena Berg+Mark Dunn"}},
	}
	checkMeetingCases(t, cases)
}
