package rules

import "testing"

// TestSentenceMeetings checks the sentence-level reading of meetings the
// frames leave out, and the sentences it must leave alone, on sentences
// written for the test.
func TestSentenceMeetings(t *testing.T) {
	cases := []meetingCase{
		{"discussed with", "Finance minister Clara Velez said she had discussed the budget with trade minister Omar Haddad.",
			[]string{"Clara Velez+Omar Haddad"}},
		{"joined by", "Before the vote, Senator Alan Price was joined by Governor Maria Lopez at a school in Denver.",
			[]string{"Alan Price+Maria Lopez"}},
		{"conversations with", "Peter Hale had seen the change over time in conversations with Luis Ortiz, officials said.",
			[]string{"Luis Ortiz+Peter Hale"}},
		{"debate between", "Rita Moreno is not the only rival of Paul Sands in Tuesday's debate between the two hopefuls.",
			[]string{"Paul Sands+Rita Moreno"}},
		{"accompanied by", "At the ceremony, Senator Alan Price was accompanied by Governor Maria Lopez and Ruth Bell.",
			[]string{"Alan Price+Maria Lopez+Ruth Bell"}},
		{"an office holder of a country", "Peter Hale had seen the change over time in conversations with the president of Ukraine.",
			[]string{"Peter Hale+Ukraine"}},
		{"regular meetings", "Clara Velez's trip is part of regular high-level meetings with Peruvian ministers.", nil},
		{"the possessor of the meeting", "Peter Hale won the vote. Critics in Lima are wary of his abrupt exit from a meeting in Hanoi with Luis Ortiz.",
			[]string{"Luis Ortiz+Peter Hale"}},
		{"an unnamed group in a relative clause", "Peter Hale spoke on Monday. The five unions which met Mr Hale want the government to act.", nil},
		{"a title before the object of a relative clause", "Two councillors who back Mr Hale met Luis Ortiz in Lima on Tuesday.", nil},
		{"an answer to a question from", "Peter Hale spoke first. Mr Hale's comments came in response to an urgent question from Labour spokesman Luis Ortiz.",
			[]string{"Luis Ortiz+Peter Hale"}},
		{"a question from with no answer", "The article raised a question from Luis Ortiz about Peter Hale's plans.", nil},
		{"two subjects will debate", "Labour leader Hanna Roth and Prime Minister Karl Weber will debate on Thursday night.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"two subjects debate a matter", "Hanna Roth and Karl Weber will debate the budget plans in the spring.", nil},
		{"attended a summit together", "Peter Hale, Otto Brandt and Rita Moreno attended the summit in Lima.",
			[]string{"Otto Brandt+Peter Hale+Rita Moreno"}},
		{"a meeting attended by", "The meeting was attended by Peter Hale and Otto Brandt.",
			[]string{"Otto Brandt+Peter Hale"}},
		{"attended a launch is no meeting", "Peter Hale and Otto Brandt attended the launch in Lima.", nil},
		{"to negotiate with is an aim", "He called the election, saying he needed a mandate to negotiate a new funding deal with Peter Hale.", nil},
		{"they met after a sentence naming two", "Peter Hale praised Otto Brandt on Sunday. They met for three hours on Monday.",
			[]string{"Otto Brandt+Peter Hale"}},
		{"both men met", "Peter Hale praised Otto Brandt on Sunday. Both men met in Berlin on Monday.",
			[]string{"Otto Brandt+Peter Hale"}},
		{"they after three people", "Peter Hale praised Otto Brandt and Rita Moreno on Sunday. They met for three hours on Monday.", nil},
		{"they after a group", "Peter Hale praised the unions on Sunday. They met for three hours on Monday.", nil},
		{"they met someone else", "Peter Hale praised Otto Brandt on Sunday. They met the union leaders on Monday.", nil},
		{"they never met", "Peter Hale praised Otto Brandt on Sunday. They have never met.", nil},
		{"meet a target is no meeting", "Finance minister Clara Velez said trade minister Omar Haddad would meet the target by June.", nil},
		{"skipped meetings", "Clara Velez criticised Omar Haddad, who skipped a number of these meetings last year.", nil},
		{"debate stage is no meeting", "Clara Velez, a rival to Omar Haddad, was often on debate stages in a campaign that earned her little applause.", nil},
		{"a party as a qualifier", "Clara Velez praised the Labour pledge on schools when she met parents in Leeds.", nil},
		{"a rule met is no meeting", "Peter Hale denied claims that he had fiddled the figures to ensure that he met his own fiscal rules, Luis Ortiz said.", nil},
		{"a meeting with no named side", "Clara Velez has been in the capital for months, meeting with lawmakers and advocates on bills about Omar Haddad.", nil},
		{"joined by as siding", "Judge Clara Velez, joined by Judge Omar Haddad and three others, said the law was clear.", nil},
		{"a guessed meeting", "Once she takes office, Clara Velez may meet with Omar Haddad and say the deal is off.", nil},
		{"a show's title", "Since leaving office, Clara Velez has toured with her show, An Audience With Omar Haddad.", nil},
		{"visit to a place", "Now consider Clara Velez's visit to the Omar Haddad Centre on Saturday.", nil},
	}
	checkMeetingCases(t, cases)
}
