package rules

import "testing"

// TestInteractionPurposeFrames checks interactions whose kind or target
// lies beyond the verb, on sentences written for the test.
func TestInteractionPurposeFrames(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"call purpose", "Kenyan President Joseph Mwangi phoned Tanzanian President Grace Mollel on Friday to congratulate her on the vote.",
			"Joseph Mwangi PRAISE Grace Mollel"},
		{"telephoned to warn", "Chilean Foreign Minister Ana Rojas telephoned Peruvian Foreign Minister Luis Vera on Monday to warn him about the tariffs.",
			"Ana Rojas WARN Luis Vera"},
		{"telephoned, no purpose", "Chilean Foreign Minister Ana Rojas telephoned Peruvian Foreign Minister Luis Vera on Monday.",
			"Ana Rojas CONSULT Luis Vera"},
		{"the two after a call", "Kenyan President Joseph Mwangi called Tanzanian President Grace Mollel to congratulate her, and the two agreed to meet in Arusha.",
			"Joseph Mwangi AGREE Grace Mollel"},
		{"summoned", "Finland summoned the Russian ambassador, Pavel Orlov, on Thursday to protest the airspace violation.",
			"Finland CRITICIZE Pavel Orlov"},
		{"thanked for backing", "Greek Prime Minister Nikos Dimas thanked Cyprus and Malta for backing Athens's request to the EU.",
			"Malta SUPPORT Greece"},
		{"welcomed a possessive", "Kenyan President Joseph Mwangi welcomed Uganda's decision to lift the ban.",
			"Joseph Mwangi PRAISE Uganda"},
	}
	wantInteractions(t, cases)
}

// TestPurposeFramesAddNothingElse checks the frames stay quiet when the
// purpose or the possessive is missing.
func TestPurposeFramesAddNothingElse(t *testing.T) {
	cases := []struct{ name, text, not string }{
		{"called names", "Kenyan President Joseph Mwangi called Tanzanian President Grace Mollel a friend.", "Joseph Mwangi CONSULT Grace Mollel"},
		{"welcomed a guest", "Kenyan President Joseph Mwangi welcomed Uganda's president to Nairobi.", "Joseph Mwangi MEET Uganda"},
		{"welcomed an act", "Kenyan President Joseph Mwangi welcomed Uganda's decision to lift the ban.", "Joseph Mwangi MEET Uganda"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, g := range interactionsOf(extractText(t, c.text)) {
				if g == c.not {
					t.Errorf("unexpected %q", g)
				}
			}
		})
	}
}
