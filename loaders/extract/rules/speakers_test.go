package rules

import (
	"strings"
	"testing"
)

func TestSpeakerIsNoPlaceOrBodyAfterThePerson(t *testing.T) {
	cases := []speakerCase{
		{"person of a place", `Senator Dana Whitfield of Ohio said the plan had "failed every family in the state".`, "failed every family", "Dana Whitfield"},
		{"appositive then relative clause", `Maria Olsen, head of the Danish Nurses Council, which backed the strike, said the deal was "a good first step".`, "a good first step", "Maria Olsen"},
		{"person from a body in a city", `Lena Vos from Clean Rivers Trust in Port Elm says: "We want every permit published."`, "We want every permit", "Lena Vos"},
		{"honorific after the quote", "Harris urged Helen Smith to act.\n\n" + `"We will win this vote," Ms Smith said.`, "We will win this vote", "Helen Smith"},
		{"adverb before the verb", "Foreign Secretary Jo Brand met Karl Ots.\n\nMs Brand meanwhile said the deal was \"a fair outcome for both of us\".", "a fair outcome", "Jo Brand"},
		{"long clause before a fragment", `Senator Ola Brink has branded the new levy a waste of public money and "deeply flawed".`, "deeply flawed", "Ola Brink"},
		{"subject carries on", "Party leader Tom Reyes accused the minister and Mr Holt of \"playing games\". He told the radio: \"This is the politics of the playground.\"", "This is the politics", "Tom Reyes"},
		{"abbreviated title after the verb", `"The survey is a scare tactic," said Rep. Dana H. Whitfield, Ohio, the senior Democrat on the panel.`, "The survey is a scare tactic", "Dana H. Whitfield"},
		{"rank after a job", `"It is a defensive drill," Chilean exercise director Brigadier General Tomas Vera told reporters.`, "It is a defensive drill", "Tomas Vera"},
		{"descriptor before the title", `"It is against the law," fisheries bureau spokesman Ramon Cruz said.`, "It is against the law", "Ramon Cruz"},
		{"pronoun keeps the speaker", "In an interview with Sara Lind, Maria Holt said the country had \"lost its way\".\n\n\"Now we are feeling what losing feels like,\" she said.", "Now we are feeling", "Maria Holt"},
		{"doubled apostrophes close the quote", "\u201cIt was an attempt to mislead voters,\u2019\u2019 Lena Vos, head of a watchdog, told reporters. Later that day Tom Reyes spoke.", "It was an attempt to mislead", "Lena Vos"},
		{"long lower-case job before the name", "\u201cWe need one corridor for all of it,\u201d minister of mines and energy Pita Aro told a newspaper.", "We need one corridor", "Pita Aro"},
		{"a body as it", "The Harbour Prosecution Authority said on Monday it had closed the case against Tom Reyes.\n\n\"The evidence has weakened over the years,\" it added.", "The evidence has weakened", "Harbour Prosecution Authority"},
		{"apposition without a closing comma", "\u201cHe talks about compassion while cutting care,\u201d Ben Ode, a 32-year-old member of the local community said of his father.", "He talks about compassion", "Ben Ode"},
		{"president-elect", "President-elect Dana Whitfield named her team on Monday.\n\n\"She is a tireless advocate of our agenda,\" the president-elect said in a statement.", "She is a tireless advocate", "Dana Whitfield"},
		{"participle without a comma", `Party leader Tom Reyes attacked the plans for pensioners saying they needed "more money and more dignity".`, "more money and more dignity", "Tom Reyes"},
		{"statement with a participle", `The Harbour Electoral Board, which regulates campaign finance, issued a statement warning that "voters are entitled to transparency from every campaign".`, "voters are entitled", "Harbour Electoral Board"},
		{"dashes around a clause", `Jo Brand spoke first. One of the men, Karl Ots - who was wrongly convicted of the bombing - said the apology was "long overdue and welcome".`, "long overdue", "Karl Ots"},
		{"a newly introduced subject takes the pronoun", "\"We agreed the terms,\" Jo Brand said.\n\nPipeline executive Karl Ots has doubts about the project.\n\n\"I have a lot of concerns about theft,\" he said.", "I have a lot of concerns", "Karl Ots"},
		{"participle opening a sentence", "Justice minister Ana Sole met the clubs on Friday.\n\nPraising Rovers and the police, she said: \"We have seen real progress from the clubs.\"", "We have seen real progress", "Ana Sole"},
		{"the first lady", "Maria Holt sees despair in the country.\n\nWithout naming Tom Reyes, the first lady tore into the businessman. \"We are feeling what losing hope feels like,\" she said.", "We are feeling what losing", "Maria Holt"},
		{"office of a named country", "Oman hosted the talks in Muscat on Monday.\n\n" + `The emir of Kuwait said the talks were "a step toward peace".`, "a step toward peace", "Kuwaiti Emir"},
	}
	checkSpeakers(t, cases) // every case names a speaker, so a missing statement fails
}

// TestQuoteDatesAtTheirOccasion holds the dates quotes take from their
// occasion: a second quote of a dated sentence takes that sentence's day,
// not an earlier sentence's; "last week" is a month, and the quotes told
// after it in the story inherit it.
func TestQuoteDatesAtTheirOccasion(t *testing.T) {
	text := "Over the weekend it emerged that Lady Ames had been lent a coat.\n\n" +
		"Asked on Monday about the gifts, Sir Tom said that \"all members get gifts\" and \"the rules were followed in full\".\n\n" +
		"\"Nobody is buying\" the inquiry, Jo Park said at a rally in Leeds last week. \"We are going up and they are going down.\"\n\n" +
		"\"Give me a big win please,\" she said later."
	want := map[string]string{
		"all members get gifts":    "2024-03-11",
		"the rules were followed":  "2024-03-11",
		"Nobody is buying":         "2024-03",
		"We are going up":          "2024-03",
		"Give me a big win please": "2024-03",
	}
	fs := extractText(t, text)
	for prefix, date := range want {
		found := false
		for _, st := range fs.Statements {
			if strings.HasPrefix(st.Quote, prefix) {
				found = true
				if st.When == nil || st.When.String() != date {
					t.Errorf("%q dated %v, want %s", st.Quote, st.When, date)
				}
			}
		}
		if !found {
			t.Errorf("no statement %q in %+v", prefix, fs.Statements)
		}
	}
}
