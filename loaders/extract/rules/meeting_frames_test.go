package rules

import (
	"sort"
	"strings"
	"testing"
)

// meetingsOf lists the participant sets of fs's meetings, each sorted.
func meetingsOf(text string, t *testing.T) []string {
	var out []string
	for _, m := range extractText(t, text).Meetings {
		ps := append([]string(nil), m.Participants...)
		sort.Strings(ps)
		out = append(out, strings.Join(ps, "+"))
	}
	return out
}

// meetingCase is a sentence written for a test and the meetings it tells,
// each as its participants sorted and joined with "+".
type meetingCase struct {
	name, text string
	want       []string
}

// checkMeetingCases extracts each case's text and compares the meetings
// found, in any order, with the ones it tells.
func checkMeetingCases(t *testing.T, cases []meetingCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := meetingsOf(c.text, t)
			sort.Strings(got)
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Errorf("meetings %q, want %q", got, c.want)
			}
		})
	}
}

// TestMeetingFrames checks meeting frames on sentences written for the test.
func TestMeetingFrames(t *testing.T) {
	cases := []meetingCase{
		{"met separately", "Peruvian President Jorge Salas met Bolivian President Rosa Quispe and Chilean President Tomas Ruiz separately in Lima on Monday.",
			[]string{"Jorge Salas+Rosa Quispe", "Jorge Salas+Tomas Ruiz"}},
		{"talks between", "The deal followed talks on Monday between Peruvian President Jorge Salas, Bolivian President Rosa Quispe and Chilean President Tomas Ruiz.",
			[]string{"Jorge Salas+Rosa Quispe+Tomas Ruiz"}},
	}
	checkMeetingCases(t, cases)
}
