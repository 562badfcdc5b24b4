package rules

import (
	"slices"
	"testing"
)

// TestShortFormsNameTheActorGivenInFull: an acronym the article pairs with
// a name, and a person's name cut to its last words, are the actor named
// in full, not new actors.
func TestShortFormsNameTheActorGivenInFull(t *testing.T) {
	text := "The Harbour Workers Federation (HWF) called a strike on Monday. HWF leader Tom Reyes warned of more walkouts. " +
		"\"We will not back down,\" the HWF said.\n\n" +
		"Karim bin Hadi was arrested in 2019. Bin Hadi had hidden in the hills for years."
	fs := extractText(t, text)
	byName := map[string][]string{}
	for _, a := range fs.Actors {
		byName[a.Name] = a.Aliases
	}
	if al, ok := byName["Harbour Workers Federation"]; !ok || !slices.Contains(al, "HWF") {
		t.Errorf("Harbour Workers Federation with alias HWF not in %v", byName)
	}
	if al, ok := byName["Karim bin Hadi"]; !ok || !slices.Contains(al, "Bin Hadi") {
		t.Errorf("Karim bin Hadi with alias Bin Hadi not in %v", byName)
	}
	for _, stray := range []string{"HWF", "Bin Hadi"} {
		if _, ok := byName[stray]; ok {
			t.Errorf("%q is an actor of its own: %v", stray, byName)
		}
	}
	found := false
	for _, st := range fs.Statements {
		if st.Quote != "" && st.Speaker == "Harbour Workers Federation" {
			found = true
		}
	}
	if !found {
		t.Errorf("no quote of the Harbour Workers Federation in %+v", fs.Statements)
	}
}

func TestInitialsSpell(t *testing.T) {
	for _, c := range []struct {
		acr   string
		words []string
		want  bool
	}{
		{"PCS", []string{"Public", "and", "Commercial", "Services", "Union"}, true},
		{"HWF", []string{"Harbour", "Workers", "Federation"}, true},
		{"BBC", []string{"Harbour", "Workers", "Federation"}, false},
		{"WF", []string{"Harbour", "Workers", "Federation"}, false},
	} {
		if got := initialsSpell(c.acr, c.words); got != c.want {
			t.Errorf("initialsSpell(%q, %v) = %v", c.acr, c.words, got)
		}
	}
}
