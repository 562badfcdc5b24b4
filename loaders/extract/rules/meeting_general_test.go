package rules

import "testing"

// TestGeneralMeetings checks the general meeting reading on sentences
// written for the test in common news phrasings (none taken from an
// article): who met is read from the cue's grammar, countries and bodies
// take part, and denied, wished-for, guessed and habitual meetings and
// the "meet a target" sense tell none.
func TestGeneralMeetings(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"held talks with", "Kenyan President Daniel Mwangi held talks with Ugandan President Grace Okello in Nairobi on Tuesday.",
			[]string{"Daniel Mwangi+Grace Okello"}},
		{"spoke by phone with a counterpart", "Foreign Minister Lena Varga spoke by phone with her Polish counterpart, Tomasz Nowak, on Friday.",
			[]string{"Lena Varga+Tomasz Nowak"}},
		{"hosted", "Prime Minister Arjun Mehta hosted Japanese Prime Minister Kenji Sato at his residence.",
			[]string{"Arjun Mehta+Kenji Sato"}},
		{"joined by", "Chancellor Ruth Adler was joined by Finance Minister Paolo Neri at the factory.",
			[]string{"Paolo Neri+Ruth Adler"}},
		{"talks between countries", "The talks between Germany and France ended without a deal.",
			[]string{"France+Germany"}},
		{"coordinated subjects met", "Chancellor Mark Okafor and Finance Minister Rita Duarte met in Geneva last week.",
			[]string{"Mark Okafor+Rita Duarte"}},
		{"relative clause", "Senator Jane Holt, who met President Omar Bashir on Monday, said the visit was useful.",
			[]string{"Jane Holt+Omar Bashir"}},
		{"a government negotiates with a body", "The Irish government has held negotiations with the European Commission over the fund.",
			[]string{"European Commission+Ireland"}},
		{"travel to meet", "Defence Secretary Tom Reed will travel to Washington to meet Secretary of State Karen Cole.",
			[]string{"Karen Cole+Tom Reed"}},
		{"phoned", "Mayor Anna Berg phoned Governor Luis Ortega on Sunday night.",
			[]string{"Anna Berg+Luis Ortega"}},
		{"dined with", "During his visit to Paris, Italian Prime Minister Marco Bellini dined with President Claire Dubois.",
			[]string{"Claire Dubois+Marco Bellini"}},
		{"due to meet", "Trade Minister Ivan Petrov is due to meet his Turkish counterpart, Emre Kaya, next week.",
			[]string{"Emre Kaya+Ivan Petrov"}},
		{"discussed with", "Foreign Minister Eva Lindqvist discussed the crisis with Chancellor Otto Braun on Wednesday.",
			[]string{"Eva Lindqvist+Otto Braun"}},
		{"told a meeting of a body", "Health Minister Kwame Osei told a meeting of the African Union that the plan would work.",
			[]string{"African Union+Kwame Osei"}},
		{"coordinated subjects discussed", "President Ana Silva and Prime Minister Joao Costa discussed the budget on Monday.",
			[]string{"Ana Silva+Joao Costa"}},
		{"opening phone call", "In a phone call with President Ana Silva, Prime Minister Joao Costa pledged support.",
			[]string{"Ana Silva+Joao Costa"}},
		{"possessor's talks", "Prime Minister Joao Costa's talks with the International Monetary Fund ended on Friday.",
			[]string{"International Monetary Fund+Joao Costa"}},
		{"a country's unnamed office holder", "President Ana Silva held a phone call with Ukraine's president on Monday.",
			[]string{"Ana Silva+Ukraine"}},
		{"a body's own meeting", "Prime Minister Joao Costa chaired an emergency Nato meeting in Brussels.",
			[]string{"Joao Costa+Nato"}}, // the form the story writes
		{"participants far from the cue", "Governor Lena Berg and Senator Mark Dunn agreed on the budget during a two-hour meeting at the palace on Sunday.",
			[]string{"Lena Berg+Mark Dunn"}},
		{"unnamed plural subject", "Ministers from the Nordic countries met in Tallinn on Thursday and asked NATO to act.", nil},
		{"a spokesman and his company", "A spokesman for Nordhaven, Erik Lund, confirmed the meeting took place.", nil},
		{"refused to meet", "Prime Minister Joao Costa refused to meet President Ana Silva.", nil},
		{"called for talks", "The Labour Party called for talks with the International Monetary Fund.", nil},
		{"meet a target", "Prime Minister Joao Costa said the country would meet its targets.", nil},
		{"may meet", "President Ana Silva may meet Prime Minister Joao Costa next month.", nil},
		{"if they meet", "If President Ana Silva meets Prime Minister Joao Costa, the deal could be signed.", nil},
		{"met with criticism", "The measures met with criticism from the International Monetary Fund.", nil},
		{"regular meetings", "President Ana Silva holds regular meetings with Prime Minister Joao Costa.", nil},
		{"did not meet", "President Ana Silva did not meet Prime Minister Joao Costa during the visit.", nil},
		{"visited countries", "Prime Minister Joao Costa visited France and Spain last week.", nil},
		{"wants to meet", "Prime Minister Joao Costa wants to meet President Ana Silva.", nil},
		{"urged to hold talks", "Prime Minister Joao Costa urged President Ana Silva to hold talks with the unions.", nil},
	})
}
