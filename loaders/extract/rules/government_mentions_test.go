package rules

import "testing"

// TestTheGovernmentIsAnActor holds "the government" of a British story as
// the actor "UK government", and leaves it unresolved where the story's
// country is not clear.
func TestTheGovernmentIsAnActor(t *testing.T) {
	cases := []struct{ name, text, want, shiftActor string }{
		{"subject of a U-turn", "British Prime Minister Tom Hale spoke in London on Monday.\n\nThe government made a U-turn on tuition fees on Tuesday.", "UK government", "UK government"},
		{"with its demonym", "Prime Minister Tom Hale spoke on Monday.\n\nThe British government scrapped its plans for a new airport.", "UK government", "UK government"},
		{"country told by its bodies", "Tom Hale spoke to Labour MPs on Monday, and Downing Street backed him.\n\nThe government scrapped its plans for a new airport.", "UK government", "UK government"},
		{"no clear country", "Tom Hale spoke on Monday.\n\nThe government scrapped its plans for a new airport.", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			found := false
			for _, a := range fs.Actors {
				if a.Name == "UK government" {
					found = true
				}
			}
			if found != (c.want != "") {
				t.Errorf("actors %v, want UK government: %v", fs.Actors, c.want != "")
			}
			if c.shiftActor != "" && (len(fs.PolicyShifts) != 1 || fs.PolicyShifts[0].Actor != c.shiftActor) {
				t.Errorf("shifts %+v, want one by %s", fs.PolicyShifts, c.shiftActor)
			}
		})
	}
}
