package rules

import "testing"

// TestMeetingTitles checks the meeting frames of meeting_titles.go and
// the list readings they rely on, on sentences written for the test.
func TestMeetingTitles(t *testing.T) {
	cases := []meetingCase{
		{"possessed title object names its person",
			"Chilean Foreign Minister Tomas Ruiz met the WTO's deputy director general, Anna Keller, on Monday.",
			[]string{"Anna Keller+Tomas Ruiz"}},
		{"apposed subject after and",
			"Marta Ilves and Latvia's interior minister, Janis Berzins, met the Polish ambassador, Piotr Nowak, on Friday.",
			[]string{"Janis Berzins+Marta Ilves+Piotr Nowak"}},
		{"convened meeting with people",
			"Prime Minister Lena Holm convened a crisis meeting of the cabinet on Sunday with Finance Minister Erik Dahl and Olof Berg, her office said.",
			[]string{"Erik Dahl+Lena Holm+Olof Berg"}},
		{"held talks with is the verb's", "President Omar Saleh held talks with Kenyan President Ruth Wanjiru on Monday.",
			[]string{"Omar Saleh+Ruth Wanjiru"}},
	}
	checkMeetingCases(t, cases)
}
