package rules

import "testing"

func TestCreditLinesNameNoActors(t *testing.T) {
	const story = "Peruvian President Ana Quispe said on Monday that the new port would open in May."
	cases := []struct {
		name, text string
		not        []string
	}{
		{"edited produced", story + "\n\nEdited by Tobias Wren. Produced by Lucia Ferro and Mark Dunne.", []string{"Tobias Wren", "Lucia Ferro", "Mark Dunne"}},
		{"with help from", "Port week\n\nWith help from Tobias Wren, Lucia Ferro and Mark Dunne\n\n" + story, []string{"Tobias Wren", "Lucia Ferro", "Mark Dunne"}},
		{"our editor", story + "\n\nThis letter couldn't happen without our editor Tobias Wren, deputy editor Lucia Ferro and producer Mark Dunne.", []string{"Tobias Wren", "Lucia Ferro", "Mark Dunne"}},
		{"sign-off", story + "\n\n— Tobias Wren and Lucia Ferro", []string{"Tobias Wren", "Lucia Ferro"}},
		{"item sign-off", story + " Cargo will start in June. — Tobias Wren, Lima", []string{"Tobias Wren"}},
		{"self introduction", "Good morning, I'm Tobias Wren.\n\n" + story, []string{"Tobias Wren"}},
		{"role colon", story + "\n\nEditors: Tobias Wren, Lucia Ferro", []string{"Tobias Wren", "Lucia Ferro"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, n := range c.not {
				if actorNamed(fs, n) {
					t.Errorf("%q became an actor", n)
				}
			}
			if !actorNamed(fs, "Ana Quispe") {
				t.Errorf("the story's actor was lost")
			}
		})
	}
}

func TestStorySentencesOpeningLikeCreditsKeepTheirActors(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Thanks to Ana Quispe's support, the port opened in May.", "Ana Quispe"},
		{"This is Ana Quispe's port, a rival said on Monday.", "Ana Quispe"},
		{"The port's founders met three leaders — Ana Quispe, Tobias Wren and Lucia Ferro.", "Lucia Ferro"},
		{"Written by Ana Quispe in 2019, the plan was shelved, officials said.", "Ana Quispe"},
	} {
		if fs := extractText(t, c.text); !actorNamed(fs, c.want) {
			t.Errorf("%q: %q was lost", c.text, c.want)
		}
	}
}
