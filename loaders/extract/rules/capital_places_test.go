package rules

import (
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// actorNames extracts text and returns the names of its actors.
func actorNames(t *testing.T, text string) map[string]bool {
	t.Helper()
	return namesOf(extractText(t, text))
}

// namesOf returns the names of a fact set's actors.
func namesOf(fs domain.FactSet) map[string]bool {
	names := map[string]bool{}
	for _, a := range fs.Actors {
		names[a.Name] = true
	}
	return names
}

func TestCapitalsUsedAsPlacesOrNamesAreNoCountry(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"The detainee, 23, from Croydon, south London, was freed, Anna Berg said.", "United Kingdom"},
		{"Mark Hockney quit the London Assembly on Monday, Anna Berg said.", "United Kingdom"},
		{"Members of London UKIP will leave, Anna Berg said.", "United Kingdom"},
		{"No one thought the Berlin Wall would fall, Anna Berg said.", "Germany"},
		{"With the Treaty of Amsterdam we won an opt-in, Anna Berg said.", "Netherlands"},
		{"Marines sing of the Shores of Tripoli, Anna Berg said.", "Libya"},
		{"Anna Berg said the Paris accord was weak.", "France"},
		{"Council spokesman Bob Wellington said the money was short. \"It is not enough,\" said Mr Wellington.", "New Zealand"},
		{"The band would be touring Europe then, Anna Berg said.", "Europe"},
		{"Farmer Chad Smith said his farm would lose money.", "Chad"},
	} {
		if names := actorNames(t, c.text); names[c.not] {
			t.Errorf("%q: %q is no actor here: %v", c.text, c.not, names)
		}
	}
}

func TestCapitalsThatActAreTheirCountry(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Moscow said on Monday it would not attend the talks.", "Russia"},
		{"Anna Berg held talks with Beijing on Monday.", "China"},
		{"The Beijing government said it would respond.", "China"},
		{"Europe, which disputes the claim, has signalled it wants talks.", "Europe"},
		{"Europe must act now, Anna Berg said.", "Europe"},
	} {
		if names := actorNames(t, c.text); !names[c.want] {
			t.Errorf("%q: want actor %q: %v", c.text, c.want, names)
		}
	}
}
