package rules

import "testing"

func TestEnglishWord(t *testing.T) {
	for _, c := range []struct {
		w            string
		word, proper bool
	}{
		{"Midnight", true, false}, {"curtain", true, false}, {"Jack", true, true}, {"Chad", true, true},
		{"Romney", false, false}, {"Mitt", true, false},
	} {
		if word, proper := englishWord(c.w); word != c.word || proper != c.proper {
			t.Errorf("englishWord(%q) = %v, %v; want %v, %v", c.w, word, proper, c.word, c.proper)
		}
	}
}

func TestNamesOfCommonWordsAreNoPersons(t *testing.T) {
	names := actorNames(t, "Anna Berg said an Iron Curtain had descended. She spoke at Midnight Mass in the Old Town after appearing on Celebrity Fit Club.")
	for _, bad := range []string{"Iron Curtain", "Midnight Mass", "Old Town", "Celebrity Fit Club"} {
		if names[bad] {
			t.Errorf("%q is no actor: %v", bad, names)
		}
	}
	if !names["Anna Berg"] {
		t.Errorf("missing Anna Berg: %v", names)
	}
}

func TestPeopleAndBodiesNamedInCommonWordsStay(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Foreign Secretary Jack Straw said the talks would go on.", "Jack Straw"},
		{"Mitt Romney said he would run.", "Mitt Romney"},
		{"Age Concern argued social care was underfunded.", "Age Concern"},
		{"Older voters will decide the election, says Age Concern.", "Age Concern"},
		{"Band Aid founder Bob Geldof said aid must double. Band Aid raised millions.", "Band Aid"},
		{"Bureau director Kathleen Hawk Sawyer testified on Tuesday. Senators pressed Hawk Sawyer for answers, she said.", "Kathleen Hawk Sawyer"},
	} {
		if names := actorNames(t, c.text); !names[c.want] {
			t.Errorf("%q: want actor %q: %v", c.text, c.want, names)
		}
	}
}
