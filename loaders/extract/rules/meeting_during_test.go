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
