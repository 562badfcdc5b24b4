package rules

import "testing"

// TestExchangesDuringCalls checks meetings told by a clause set in a call
// or talks, and talks held with longer modifiers, on sentences written
// for the test.
func TestExchangesDuringCalls(t *testing.T) {
	cases := []meetingCase{
		{"thanked during a call", "Mayor Ana Rojas thanked Governor Tim Holt during a call on Tuesday.",
			[]string{"Ana Rojas+Tim Holt"}},
		{"urged in a phone call", "Mayor Ana Rojas urged Governor Tim Holt in a phone call on Monday to sign the bill.",
			[]string{"Ana Rojas+Tim Holt"}},
		{"named in a call is no meeting", "Mayor Ana Rojas named Governor Tim Holt during a call with reporters.", nil},
		{"a call for something", "Mayor Ana Rojas thanked Governor Tim Holt in a call for calm.", nil},
		{"held their first direct talks", "Peru and Bolivia held their first direct talks in Lima on Friday.",
			[]string{"Bolivia+Peru"}},
		{"had a lengthy phone call with", "Mayor Ana Rojas had a lengthy phone call with Governor Tim Holt on Friday.",
			[]string{"Ana Rojas+Tim Holt"}},
	}
	checkMeetingCases(t, cases)
}

// TestJoinedAtAnOccasion checks meetings told as someone joining others
// at an occasion or to do something together in person, on sentences
// written for the test.
func TestJoinedAtAnOccasion(t *testing.T) {
	cases := []meetingCase{
		{"joined two at a retreat", "President Mark Dunn joined Prime Minister Lena Berg and President Tim Holt at the Camp David retreat on Friday.",
			[]string{"Lena Berg+Mark Dunn+Tim Holt"}},
		{"due to join a described person", "Senator Mark Dunn is due to join campaign chief Lena Berg for a Labour poster launch this week.",
			[]string{"Lena Berg+Mark Dunn"}},
		{"joined past an aside", "Senator Mark Dunn joined his rival Lena Berg - who the governor put in charge of the campaign - and deputy leader Tim Holt at a poster launch.",
			[]string{"Lena Berg+Mark Dunn+Tim Holt"}},
		{"joined to unveil", "Senator Mark Dunn and Lena Berg joined Tim Holt to unveil the party's new poster.",
			[]string{"Lena Berg+Mark Dunn+Tim Holt"}},
		{"joined to condemn is a shared view", "Senator Mark Dunn joined Lena Berg to condemn the attack.", nil},
	}
	checkMeetingCases(t, cases)
}

// TestStayedWith checks that staying with a named person is a meeting and
// staying with a party or a plan is none.
func TestStayedWith(t *testing.T) {
	cases := []meetingCase{
		{"stayed with a person", "Senator Mark Dunn stayed with Governor Lena Berg at her ranch in 2010.",
			[]string{"Lena Berg+Mark Dunn"}},
		{"stayed with a party", "Senator Mark Dunn stayed with the Labour Party despite the row.", nil},
	}
	checkMeetingCases(t, cases)
}
