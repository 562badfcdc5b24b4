package rules

import "testing"

// TestMeetingTwoSides checks that "the two countries", "the two trading
// blocs" and a second round of talks on another date are read, on
// sentences written for the test.
func TestMeetingTwoSides(t *testing.T) {
	cases := []meetingCase{
		{"the two countries as a verb's subject",
			"Trade dominates Peruvian-Chilean relations, the minister said. Negotiators for the two countries have been meeting for a year.",
			[]string{"Chile+Peru"}},
		{"between the two blocs, a round before the one told",
			"GENEVA, March 20 - Mercosur and the African Union ended talks here on Friday. The talks followed an earlier round between the two trading blocs last September.",
			[]string{"African Union+Mercosur", "African Union+Mercosur"}},
		{"the two men are people, not countries",
			"Peru's president Jorge Salas spoke to Chile's Tomas Ruiz. The two men met in Lima on Monday.",
			[]string{"Jorge Salas+Tomas Ruiz"}},
	}
	checkMeetingCases(t, cases)
}

// TestMeetingAsidesAndReports checks a slot after an aside, a dated
// annual meeting, a report's own subject and that a habit stays none.
func TestMeetingAsidesAndReports(t *testing.T) {
	cases := []meetingCase{
		{"aside between the noun and its with",
			"President Omar Saleh spoke. The move was a gesture before his annual meeting, on April 5-6 in Lima, with Prime Minister Ruth Wanjiru.",
			[]string{"Omar Saleh+Ruth Wanjiru"}},
		{"a habit with no day is no meeting",
			"President Omar Saleh spoke. He holds weekly meetings with Prime Minister Ruth Wanjiru.",
			nil},
		{"the reported clause's subject is at the talks",
			"President Omar Saleh said Peru would offer a draft treaty at talks with Chile in Geneva tomorrow.",
			[]string{"Chile+Peru"}},
	}
	checkMeetingCases(t, cases)
}
