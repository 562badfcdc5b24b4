package rules

import "testing"

func TestLabelsOfThingsAreNoActors(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"One strand of this software, known as Red Wolf, scans faces, Anna Berg said.", "Red Wolf"},
		{"The shooting happened in the unincorporated area known as Good Hope, Anna Berg said.", "Good Hope"},
		{"The Cabinet went on the road together, Scooby Doo-style, Anna Berg said.", "Scooby Doo-style"},
		{"“The Apostolic Visitation broke open the heart of who we are,” said Anna Berg.", "Apostolic Visitation"},
		{"It goes right back to Magna Carta, Anna Berg said.", "Magna Carta"},
		{"Speaking to the Westminster Hour on Sunday, Anna Berg said the election would be close.", "Westminster Hour"},
		{"It was the worst acting since Prisoner Cell Block H., Anna Berg said.", "Prisoner Cell Block H."},
		{"\"It's ugly out there,\" CNN meteorologist Chad Myers said.", "Chad Myers"},
	} {
		if names := actorNames(t, c.text); names[c.not] {
			t.Errorf("%q: %q is no actor here: %v", c.text, c.not, names)
		}
	}
}

func TestLabelledAgentsAndBodiesStay(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"A body of bank regulators, known as the Basel Committee, announced new rules.", "Basel Committee"},
		{"Attacks were blamed on a shadowy group known as Meibion Glyndwr, Anna Berg said.", "Meibion Glyndwr"},
		{"The Pennsylvania Department of Transportation said roads were clear.", "Pennsylvania Department of Transportation"},
		{"Opposition leader Lee Jae-myung said the vote would be held again.", "Lee Jae-myung"},
	} {
		if names := actorNames(t, c.text); !names[c.want] {
			t.Errorf("%q: want actor %q: %v", c.text, c.want, names)
		}
	}
}
