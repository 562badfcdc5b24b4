package rules

import "testing"

// TestGeneralShifts checks changes read the general way: a verb or noun
// of change with a policy, the actor from the sentence's structure, on
// sentences written for the test.
func TestGeneralShifts(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"lifted", "Canada lifted its sanctions on Peru on Monday.", []string{"Canada"}},
		{"perfect and object", "Finance Minister Ana Rojas has suspended the fuel subsidy.", []string{"Ana Rojas"}},
		{"passive with agent", "The export ban was lifted by Chile in March.", []string{"Chile"}},
		{"decided infinitive", "Senator Mark Dunn decided to withdraw his bill.", []string{"Mark Dunn"}},
		{"decided not to go ahead", "Finance Minister Ana Rojas decided not to go forward with the toll plan.", []string{"Ana Rojas"}},
		{"for the first time", "Chile for the first time recognised the breakaway region.", []string{"Chile"}},
		{"noun made by a verb", "Finance Minister Ana Rojas announced the suspension of fuel subsidies.", []string{"Ana Rojas"}},
		{"possessed noun", "Peru's lifting of the embargo surprised its neighbours.", []string{"Peru"}},
		{"it is the body", "The Health Ministry said on Monday that it had scrapped the vaccine mandate.", []string{"Health Ministry"}},
		{"a changed account", "Governor Lena Berg changed her account of the meeting.", []string{"Lena Berg"}},
		{"a new measure", "Canada announced new sanctions on Peru on Monday.", []string{"Canada"}},
		{"years apart", "In 2013 Senator Mark Dunn called the trade deal a disaster. By 2017 he was its loudest champion.", []string{"Mark Dunn"}},
	}
	wantShiftActors(t, cases)
}

// TestNoGeneralShift checks that the general reading leaves what is
// hypothetical, negated, asked of someone else or proposed.
func TestNoGeneralShift(t *testing.T) {
	for _, text := range []string{
		"Canada could lift its sanctions on Peru.",
		"Canada did not lift its sanctions on Peru.",
		"Senator Mark Dunn urged Canada to lift its sanctions on Peru.",
		"Canada refused to lift its sanctions on Peru.",
		"If Canada lifts its sanctions, Peru will export more.",
		"Senator Mark Dunn hopes that Canada will lift its sanctions.",
		"The Greens promised to scrap the fuel levy.",
		"Senator Mark Dunn said Canada would lift its sanctions if talks succeed.",
		"Senator Mark Dunn said Labour would raise taxes.",
		"Senator Mark Dunn raised the case as an example of delays.",
		"Senator Mark Dunn called for the lifting of sanctions on Peru.",
		"Canada raised hopes of a thaw in relations with Peru.",
		"Canada tested a missile for the first time in seven months.",
		"The Greens want lower taxes and the abolition of the levy.",
		"Canada announced sanctions on Peru on Monday.",
		"ECOWAS suspended The Gambia from its bodies.",
		"Senator Mark Dunn nearly scrapped the plan.",
	} {
		if got := shiftActorsOf(t, text); len(got) != 0 {
			t.Errorf("%q: shifts by %q, want none", text, got)
		}
	}
}
