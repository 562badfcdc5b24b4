package rules

import "testing"

// TestDebatesAndRepresentatives checks opponents facing each other in a
// chamber or a debate, and unnamed representatives standing for their
// country or body, on sentences written for the test.
func TestDebatesAndRepresentatives(t *testing.T) {
	cases := []meetingCase{
		{"clashed at question time", "Labour leader Hanna Roth clashed with Prime Minister Karl Weber at Prime Minister's Questions.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"challenged in the chamber", "Labour leader Hanna Roth challenged Prime Minister Karl Weber in the Commons on Wednesday.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"challenged outside a chamber is no meeting", "Labour leader Hanna Roth challenged Prime Minister Karl Weber to call an election.", nil},
		{"the prime minister faced at question time", "Prime Minister Karl Weber defended the budget. During Prime Minister's Questions, Labour leader Hanna Roth went on the offensive over the cuts.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"the one who answered at question time", "Karl Weber visited a school. During Prime Minister's Questions, Labour leader Hanna Roth went on the offensive over the cuts. Mr Weber retorted that the cuts were fair.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"the other side's turn a few sentences on", "Tory leader Hanna Roth has claimed in a heated prime minister's questions that the cabinet is split.\n\nMs Roth asked how they could fight crime. That question was later used on posters. But Mr Karl Weber dismissed the talk of splits.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"two speakers told the chamber", "Finance Minister Karl Weber told MPs the budget was fair. Opposition leader Hanna Roth told MPs it was a fraud.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"one speaker told the chamber", "Finance Minister Karl Weber told MPs the budget was fair. Hanna Roth said it was a fraud.", nil},
		{"his counterpart of a country", "Indian Prime Minister Ravi Menon met his Japanese counterpart on Monday.",
			[]string{"Japan+Ravi Menon"}},
		{"ministers of a body", "Chancellor Gordon Reid has been locked in talks with finance ministers of the European Union.",
			[]string{"European Union+Gordon Reid"}},
		{"officials of a named group", "Egyptian Foreign Minister Omar Fathi held talks with senior Hamas officials in Cairo.",
			[]string{"Hamas+Omar Fathi"}},
		{"representatives as the subject", "Egyptian mediators met Hamas officials in Cairo on Monday.",
			[]string{"Egypt+Hamas"}},
		{"officials without a country are no one", "Chancellor Gordon Reid met senior officials on Monday.", nil},
	}
	checkMeetingCases(t, cases)
}
