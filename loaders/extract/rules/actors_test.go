package rules

import "testing"

func TestAnonymousSourcesSpeakForTheirCountry(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"senior official", "Peruvian Trade Minister Luis Vega met Chilean envoys on Monday.\n\nA senior Chilean official, who asked not to be named, said the talks had been \"tense but useful.\"",
			"tense but useful", "Chile", ""},
		{"the official said", "Two Kenyan officials said the deal was close.\n\n\"We expect a signature within days,\" the official said.",
			"signature within days", "Kenya", ""},
		{"plural officials", "Turkish officials described the proposal as \"a serious basis for talks.\"",
			"a serious basis", "Turkey", ""},
		{"ministry by country", "Japan's foreign ministry said the envoy would stay \"until the crisis is over.\"",
			"until the crisis", "Japanese foreign ministry", ""},
	})
}

func TestUnnamedOfficeHolderIsAnActor(t *testing.T) {
	checkAttribution(t, []attrCase{
		{"country's title", "Norway's prime minister warned on Monday that the fishing quota was \"not up for negotiation.\"",
			"not up for negotiation", "Norwegian Prime Minister", ""},
		{"story country", "Portugal opened its ports on Monday. The finance minister said the move would \"pay for itself within a year.\"",
			"pay for itself", "Portuguese Finance Minister", ""},
	})
	fs := extractText(t, "China's special envoy, who toured the region, praised the accord.")
	for _, a := range fs.Actors {
		if a.Name == "Chinese Special Envoy" {
			t.Errorf("an envoy nobody names became actor %q", a.Name)
		}
	}
}

func TestNamesAfterTheAreNoPersons(t *testing.T) {
	fs := extractText(t, "Coast guards boarded the Ocean Queen on Monday. The Liberal Democratic Union said it would protest.")
	var names []string
	for _, a := range fs.Actors {
		names = append(names, a.Name)
		if a.Name == "Ocean Queen" {
			t.Errorf("a ship became actor %q", a.Name)
		}
	}
	found := false
	for _, n := range names {
		found = found || n == "Liberal Democratic Union"
	}
	if !found {
		t.Errorf("actors %q, want the party Liberal Democratic Union", names)
	}
}
