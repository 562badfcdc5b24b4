package rules

import "testing"

func TestPlacesShapedLikeNamesAreNoPeople(t *testing.T) {
	for _, c := range []struct{ text, not, want string }{
		{"Tanks entered the city of Kalmora on Monday, Anna Berg said.", "Kalmora", "Anna Berg"},
		{"She flew to Boston for a meeting in Santa Lucena, Anna Berg said.", "Santa Lucena", "Anna Berg"},
		{"Tel Varesh residents fled on Monday, Anna Berg said.", "Tel Varesh", "Anna Berg"},
	} {
		names := namesOf(extractText(t, c.text))
		if names[c.not] || !names[c.want] {
			t.Errorf("%q: %q is an actor or %q is lost: %v", c.text, c.not, c.want, names)
		}
	}
	// a person also named elsewhere stays one
	text := "Voters showed little confidence in Tomas Ruiz. Tomas Ruiz said he would stay."
	if !namesOf(extractText(t, text))["Tomas Ruiz"] {
		t.Errorf("Tomas Ruiz was lost")
	}
}
