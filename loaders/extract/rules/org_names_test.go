package rules

import "testing"

func TestBodiesNamesAreReadWhole(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Most come from the Southern African Development Community, Anna Berg said.", "Southern African Development Community", "African Development Community"},
		{"The engines were made by General Electric and Safran, Anna Berg said.", "General Electric", "Electric"},
		{"Scientists of the Intergovernmental Panel on Climate Change said so, Anna Berg said.", "Intergovernmental Panel on Climate Change", "Intergovernmental Panel"},
		{"Robert Godby, director of the Center for Energy Economics and Public Policy at the University of Wyoming, said so.", "Center for Energy Economics and Public Policy", "Center for Energy"},
		{"American Federation of Government Employees President J. David Cox said so.", "American Federation of Government Employees", "American Federation of Government"},
	} {
		names := namesOf(extractText(t, c.text))
		if !names[c.want] || names[c.not] {
			t.Errorf("%q: want %q, not %q; got %v", c.text, c.want, c.not, names)
		}
	}
}

func TestSuffixesAndRanksAreNoNames(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"The march was held at the request of Martin Luther King Jr.\n\nAnna Berg said so.", "Martin Luther King Jr", "Jr"},
		{"The military spokesperson Lt. Gen. Ahmed Sharif Chaudhry said so.", "Ahmed Sharif Chaudhry", "Lt"},
	} {
		names := namesOf(extractText(t, c.text))
		if !names[c.want] || names[c.not] {
			t.Errorf("%q: want %q, not %q; got %v", c.text, c.want, c.not, names)
		}
	}
}

func TestASpokesmanForAPersonWithAnInitialNamesThePerson(t *testing.T) {
	names := namesOf(extractText(t, "She served as a spokesman for John R. Bolton, the national security adviser."))
	if names["John R"] || !names["John R. Bolton"] {
		t.Errorf("got %v", names)
	}
}
