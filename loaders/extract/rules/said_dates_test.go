package rules

import (
	"strings"
	"testing"
)

// TestSaidDates: when words were said, from the clause, an embedded post's
// signature, or the same speaker's account running on over paragraphs.
func TestSaidDates(t *testing.T) {
	cases := []struct {
		name, text, quote, date string
	}{
		{"a later date in the clause is the topic",
			"Chilean lawmakers questioned the head of the copper regulator.\n\n" + `The reforms will take effect come January 20, Mining Minister Ana Torres said: "The mines are safer than ever before."`,
			"The mines are safer", "2024-03-14"},
		{"an embedded post's day",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\n" + `Mining Minister Ana Torres says the mines are safe: "We have fixed the mines, like, completely." https://t.co/x1 — Mining News (@miningnews) March 10, 2024`,
			"We have fixed the mines", "2024-03-10"},
		{"one speaker's account over a paragraph",
			"The central bank forecast Tuesday that the economy would grow.\n\nMining Minister Ana Torres noted on March 6 that demand is outpacing supply.\n\nCooling inflation remains the priority, Torres said.\n\n" + `"Our mandate is clear," she said.`,
			"Our mandate is clear", "2024-03-06"},
		{"at the time: the date told before, at its precision",
			"Chilean lawmakers questioned the head of the copper regulator.\n\nThe government cancelled a contract to build 28 new helicopters in 2009 after costs soared. Mining Minister Ana Torres at the time called the aircraft \"an example of the procurement process gone amok.\"",
			"an example of the procurement", "2009"},
		{"during the occasion dated before",
			"Chilean lawmakers questioned the head of the copper regulator.\n\nA miner was arrested in March for the February 21 call to the offices of the regulator.\n\nDuring the call, miner Pablo Ruiz asked about the union and said, \"somebody ought to close that mine for good,\" prosecutors said.",
			"somebody ought to close", "2024-02-21"},
		{"a day ahead in the clause is what was said",
			"Chilean lawmakers questioned the head of the copper regulator.\n\nMining Minister Ana Torres said the inquiry would report on 20 March, adding: \"We are ready for it now.\"",
			"We are ready", "2024-03-14"},
		{"another speaker between: the story's day",
			"The central bank forecast Tuesday that the economy would grow.\n\nMining Minister Ana Torres noted on March 6 that demand is outpacing supply.\n\nThe economy is slowing, Finance Minister Pablo Ruiz said.\n\n" + `"Our mandate is clear," Torres said.`,
			"Our mandate is clear", "2024-03-12"},
		{"a background paragraph between: the occasion still dates the words",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nThe regulator's counsel on Monday said the mines must stay open.\n\nThe country considers copper a strategic metal. The law requires operators to report every accident.\n\n" + `"We will not close them," Mining Minister Ana Torres told the committee.` + "\n\n" + `Torres said the mines are "safer than ever".`,
			"safer than ever", "2024-03-11"},
		{"the occasion a sentence makes its subject dates the words after it",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nOn Monday, the Mine Workers Federation sent a letter to the ministry, asking for an inquiry.\n\nThe ministry received 40 complaints in 2023.\n\nA spokesman for Torres did not reply to a request for comment.\n\nThe letter noted that Torres had visited two mines. But the Mine Workers Federation said her visits were \"a public relations exercise.\"",
			"a public relations exercise", "2024-03-11"},
		{"a month that names an event: acts after it take its year",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nThe March 2019 election left no party with a majority. " + `Mining Minister Ana Torres told her party: "I will not serve in a coalition."`,
			"I will not serve", "2019"},
		{"a date of a past perfect after said is the reported event's",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nBut Mining Minister Ana Torres said the regulator had warned her in January about the mines.\n\n" + `"We acted at once," Torres said.`,
			"We acted at once", "2024-03-13"},
		{"an act told between: the story's day",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nThe regulator's counsel on Monday said the mines must stay open.\n\nMiners cried foul.\n\n" + `"We will not close them," Mining Minister Ana Torres told the committee.`,
			"We will not close them", "2024-03-13"},
		{"a day the noun after it names dates that event, not the words after it",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nThose fears were heightened by the March 2 collapse of a mine in the north.\n\n" + `"We will act," Mining Minister Ana Torres said.`,
			"We will act", "2024-03-13"},
		{"a date ahead, possessive, dates nothing said before it",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nMining Minister Ana Torres is to raise safety with her counterparts at next week's summit in Lima.\n\n" + `"We are ready for it now," Torres said.`,
			"We are ready", "2024-03-13"},
		{"a possessive day after 'at' is the occasion itself",
			"Chilean lawmakers questioned the head of the copper regulator.\n\nAt Tuesday's press conference, Mining Minister Ana Torres said the mines were safe.\n\n" + `"We are ready for it now," Torres said.`,
			"We are ready", "2024-03-12"},
		{"the news conference introduced paragraphs before is the one pointed back to",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\n" + `"The mines are safe," Mining Minister Ana Torres told a news conference.` + "\n\nThe regulator's counsel said the mines must stay open.\n\nMiners marched in the capital.\n\nThe dispute began last month when the union said it would strike.\n\nTorres told the news conference the strike was unlawful.\n\n" + `Asked about the union, she said "We will not give in to threats."`,
			"We will not give in", "2024-03-13"},
		{"a span counted back from the day of writing, of another's act, is no occasion of the words",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nOther newspapers this week have focused on the mines.\n\n" + `"We will act," Mining Minister Ana Torres said.`,
			"We will act", "2024-03-13"},
		{"a span counted back from the day of writing, of the speaker's act, dates the words",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nMining Minister Ana Torres visited two mines a month ago.\n\n" + `"We will act," Torres said.`,
			"We will act", "2024-02"},
		{"an occasion told as next week's dates nothing said before it",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nMining Minister Ana Torres will make a trip to Lima next week.\n\nTorres said she would \"push for a deal on copper\" during her trip.",
			"push for a deal", "2024-03-13"},
		{"a date in a dash's aside dates the aside, not the words after it",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nMining Minister Ana Torres criticised the last government -- the peso was devalued last August.\n\n" + `"We will act," Torres said.`,
			"We will act", "2024-03-13"},
		{"a date in a clause likening the act to an earlier one is the earlier one's",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\n" + `"The mines are safer than ever before," Mining Minister Ana Torres said, as she did in an interview two weeks ago.`,
			"The mines are safer", "2024-03-13"},
		{"a subheading between ends the occasion told before it",
			"Chilean lawmakers questioned the head of the copper regulator on Wednesday.\n\nOn Monday, the miners' union said it would strike.\n\nRisk of a wider dispute\n\n" + `"We will act," Mining Minister Ana Torres said.`,
			"We will act", "2024-03-13"},
	}
	wantQuoteDates(t, cases)
}

// TestShiftDateNotFromARelativeClause: "X, who took office in 2022, had
// not … since lifting the order early Wednesday" is dated by its own
// clause, and "4:30 a.m. Wednesday" does not end a sentence.
func TestShiftDateNotFromARelativeClause(t *testing.T) {
	fs := extractText(t, "Chilean lawmakers questioned the head of the copper regulator on Friday.\n\n"+
		"Before her address on Saturday, Torres, 63, a former chief prosecutor who took office in 2022, had not made any public appearances since lifting the mining ban early Wednesday after lawmakers voted to reject it.\n\n"+
		"Officials described a chaotic night from the time Torres declared the ban to the time she lifted it around 4:30 a.m. Wednesday. Many said they learned about it later.")
	if len(fs.PolicyShifts) == 0 {
		t.Fatalf("no shift")
	}
	if w := fs.PolicyShifts[0].When; w == nil || w.String() != "2024-03-13" {
		t.Errorf("shift dated %v, want 2024-03-13", w)
	}
	for _, ps := range fs.PolicyShifts[1:] {
		if strings.HasSuffix(ps.Evidence.Sentence, "a.m.") {
			t.Errorf("sentence cut at a.m.: %q", ps.Evidence.Sentence)
		}
	}
}
