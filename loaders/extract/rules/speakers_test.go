package rules

import (
	"strings"
	"testing"
)

func TestSpeakerIsNoPlaceOrBodyAfterThePerson(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"person of a place", `Senator Dana Whitfield of Ohio said the plan had "failed every family in the state".`, "failed every family", "Dana Whitfield"},
		{"appositive then relative clause", `Maria Olsen, head of the Danish Nurses Council, which backed the strike, said the deal was "a good first step".`, "a good first step", "Maria Olsen"},
		{"office of a named country", "Oman hosted the talks in Muscat on Monday.\n\n" + `The emir of Kuwait said the talks were "a step toward peace".`, "a step toward peace", "Kuwaiti Emir"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, st := range fs.Statements {
				if strings.HasPrefix(st.Quote, c.quote) {
					if st.Speaker != c.speaker {
						t.Errorf("%q spoken by %q, want %q", st.Quote, st.Speaker, c.speaker)
					}
					return
				}
			}
			t.Errorf("no statement %q in %+v", c.quote, fs.Statements)
		})
	}
}
