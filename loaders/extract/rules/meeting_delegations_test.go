package rules

import "testing"

// TestMeetingDelegations checks the meeting frames of meeting_delegations.go on
// sentences written for the test.
func TestMeetingDelegations(t *testing.T) {
	cases := []meetingCase{
		{"apposed title after and", "Fijian Prime Minister Jone Rabuka met Vanuatu Finance Minister Lisa Tari and Australia's foreign minister, Sione Fifita, on Thursday.",
			[]string{"Jone Rabuka+Lisa Tari+Sione Fifita"}},
		{"leadership of a body", "Labour Minister Rosa Campos met the leadership of the United Mineworkers Union at the ministry on Tuesday.",
			[]string{"Rosa Campos+United Mineworkers Union"}},
		{"summons by a ministry", "Peru's foreign ministry summoned the Bolivian ambassador, Jorge Salas, on Tuesday to protest.",
			[]string{"Jorge Salas+Peruvian foreign ministry"}},
		{"summons by a country is no meeting", "Peru summoned the Bolivian ambassador on Tuesday to protest.", nil},
	}
	checkMeetingCases(t, cases)
}
