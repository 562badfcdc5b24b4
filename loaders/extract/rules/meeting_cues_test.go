package rules

import "testing"

// TestMeetingCues checks the ways news copy tells a meeting beyond "met",
// on sentences written for the test.
func TestMeetingCues(t *testing.T) {
	cases := []meetingCase{
		{"phone call", "Chilean President Tomas Ruiz spoke by phone with Argentine President Elena Vidal on Sunday.",
			[]string{"Elena Vidal+Tomas Ruiz"}},
		{"a call with", "Norwegian Prime Minister Erik Lund had a brief telephone call with Danish Prime Minister Mette Holm.",
			[]string{"Erik Lund+Mette Holm"}},
		{"planned", "Kenyan President Daniel Otieno is due to meet Ugandan President Grace Namata next week.",
			[]string{"Daniel Otieno+Grace Namata"}},
		{"discussed with", "Finance Minister Ana Rojas discussed the budget with Central Bank Governor Luis Mora on Friday.",
			[]string{"Ana Rojas+Luis Mora"}},
		{"talks without with", "Vietnam and Thailand held talks on fishing rights on Tuesday.",
			[]string{"Thailand+Vietnam"}},
		{"in talks with", "Canadian Prime Minister Paul Martel was in talks with Mexican President Lucia Reyes on Monday.",
			[]string{"Lucia Reyes+Paul Martel"}},
		{"his talks with", "Speaking after his talks with Irish Prime Minister Sean Byrne, Welsh First Minister Owen Price said progress was slow.",
			[]string{"Owen Price+Sean Byrne"}},
		{"summit of", "Brazil hosted a summit of Argentina, Chile and Peru in Brasilia on Thursday.",
			[]string{"Argentina+Brazil+Chile+Peru"}},
		{"debate between titled", "The election debate between Prime Minister Karl Weber and opposition leader Hanna Roth was watched by millions.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"debate between the pair", "Hanna Roth and Karl Weber clashed again in a debate between the pair on Sunday.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"including a named member", "Interior Minister Lena Berg will hold discussions with German officials, including Interior Minister Jonas Keller, in Berlin.",
			[]string{"Germany+Jonas Keller+Lena Berg"}},
		{"joint visit", "Prime Minister Karl Weber toured a factory while on a visit with Economy Minister Hanna Roth.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"interview with a person", "In an interview with talk show host Dana Price, Senator Mark Dunn said he would run again.",
			[]string{"Dana Price+Mark Dunn"}},
		{"talked with", "Senator Mark Dunn has talked several times with Governor Lena Berg this month.",
			[]string{"Lena Berg+Mark Dunn"}},
		{"counterpart after a country", "Foreign Minister Lena Berg will meet Chilean counterpart Minister Tomas Ruiz in Santiago.",
			[]string{"Lena Berg+Tomas Ruiz"}},
		{"visited a person", "Senator Mark Dunn visited Prime Minister Karl Weber in his office on Monday.",
			[]string{"Karl Weber+Mark Dunn"}},
	}
	checkMeetingCases(t, cases)
}

// TestNoMeetingWithoutOneTakingPlace checks that cues which tell no
// meeting give none.
func TestNoMeetingWithoutOneTakingPlace(t *testing.T) {
	for _, text := range []string{
		"Prime Minister Karl Weber refused to meet opposition leader Hanna Roth.",
		"Prime Minister Karl Weber called for talks with opposition leader Hanna Roth.",
		"Culture Minister Lena Berg and Economy Minister Hanna Roth have welcomed his return.",
		"Prime Minister Karl Weber visited Germany and France last week.",
		"Economy Minister Hanna Roth is due to visit Spain on Monday.",
		"In an interview with Fox News, Senator Mark Dunn said he would run again.",
		"Two councillors who back Senator Mark Dunn met Governor Lena Berg on Friday.",
	} {
		if got := meetingsOf(text, t); len(got) != 0 {
			t.Errorf("%q: meetings %q, want none", text, got)
		}
	}
}

// TestCalledOffMeetingWasPlanned checks that a meeting set and then
// called off is still told: it was a planned meeting.
func TestCalledOffMeetingWasPlanned(t *testing.T) {
	checkMeetingCases(t, []meetingCase{
		{"cancelled after a relative", "The two sides were unable to reschedule a meeting between President Karl Weber and his Austrian counterpart, Hanna Roth, that was cancelled in May.",
			[]string{"Hanna Roth+Karl Weber"}},
		{"postponed", "Talks between Economy Minister Lena Berg and Finance Minister Tomas Ruiz were postponed on Friday.",
			[]string{"Lena Berg+Tomas Ruiz"}},
		{"plans collapsed", "Plans for a debate between Prime Minister Karl Weber and opposition leader Hanna Roth collapsed in May.",
			[]string{"Hanna Roth+Karl Weber"}},
	})
}
