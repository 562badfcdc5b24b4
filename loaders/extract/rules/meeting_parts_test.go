package rules

import "testing"

// TestMeetingParticipantSets checks who a meeting's participants are when
// the meeting verb's subject is a pronoun standing for the reported
// speaker, and that one sentence tells one meeting per event.
func TestMeetingParticipantSets(t *testing.T) {
	cases := []meetingCase{
		{"the speaker is the he who meets", "Senator Curt Dale, speaking in an interview with a local station, said he planned to meet with Governor Ana Rojas and Mayor Tim Holt.",
			[]string{"Ana Rojas+Curt Dale+Tim Holt"}},
		{"she said she would meet", "Governor Lena Berg said on Monday she would meet Senator Mark Dunn next week.",
			[]string{"Lena Berg+Mark Dunn"}},
		{"a summit and a subset in one sentence", "President Jorge Salas will meet the leaders of Peru, Chile, Bolivia and Ecuador at the summit in Lima.",
			[]string{"Bolivia+Chile+Ecuador+Jorge Salas+Peru"}},
		{"the speaker named by surname", "Senator Curt Dale arrived on Sunday. Dale, speaking in an interview with a local station, said he planned to meet with Governor Ana Rojas and Mayor Tim Holt.",
			[]string{"Ana Rojas+Curt Dale+Tim Holt"}},
		{"title and name after a body", "Senator Mark Dunn described his meeting with Lisbon stock exchange (LSE) head Rui Costa, in which he demanded access.",
			[]string{"Mark Dunn+Rui Costa"}},
		{"met a titled person after a body", "Senator Mark Dunn met Lisbon stock exchange head Rui Costa on Monday.",
			[]string{"Mark Dunn+Rui Costa"}},
		{"a clause after the body is not its title", "Senator Mark Dunn held talks with Lisbon exchange officials, who said head Rui Costa was away.",
			[]string{"Mark Dunn+Portugal"}},
		{"the two after one is named again", "Finance Minister Rui Costa held talks with Chancellor Mark Dunn in London. He said Dunn had made no promises. \"We were clear,\" he said. Dunn would state his view when the two meet again next month, Costa said.",
			[]string{"Mark Dunn+Rui Costa", "Mark Dunn+Rui Costa"}}, // the talks held and the meeting ahead
	}
	checkMeetingCases(t, cases)
}
