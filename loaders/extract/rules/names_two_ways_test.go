package rules

import "testing"

func TestOneBodyOrPersonNamedTwoWays(t *testing.T) {
	fs := extractText(t, "The Department of Energy said on Monday it would review the list. Energy Department staff were stunned, said James P. Kennedy Jr., a union official. Kennedy said the request was unlawful.")
	names := namesOf(fs)
	if names["Energy Department"] || !names["Department of Energy"] {
		t.Errorf("Energy Department and Department of Energy are one body: %v", names)
	}
	if names["Kennedy"] {
		t.Errorf("Kennedy is James P. Kennedy Jr.: %v", names)
	}
}

func TestCityAsPlaceOrInAnotherNameIsNoCountry(t *testing.T) {
	fs := extractText(t, "Ana Costa spoke at a school in south east London on Monday. Aluminium on the London Metal Exchange fell, she said.")
	for _, a := range fs.Actors {
		if a.Name == "United Kingdom" {
			t.Errorf("a city as a place is no country: %+v", fs.Actors)
		}
	}
}
