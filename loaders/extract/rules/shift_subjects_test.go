package rules

import "testing"

// TestCoordinatedShiftSubject: "X and other central banks have reversed
// course" is X's change, dated to the publication's year when told in the
// present perfect without a date.
func TestCoordinatedShiftSubject(t *testing.T) {
	fs := extractText(t, "Markets fell sharply on Tuesday.\n\nIn response, the Reserve Bank of Chile and other central banks have reversed course and begun raising rates dramatically.")
	if len(fs.PolicyShifts) != 1 || fs.PolicyShifts[0].Actor != "Reserve Bank of Chile" {
		t.Fatalf("shifts %+v, want one by the Reserve Bank of Chile", fs.PolicyShifts)
	}
	if w := fs.PolicyShifts[0].When; w == nil || w.String() != "2024" {
		t.Errorf("dated %v, want 2024", w)
	}
	fs = extractText(t, "Markets fell sharply on Tuesday.\n\nFarmers and other people have reversed course.")
	if len(fs.PolicyShifts) != 0 {
		t.Errorf("shifts %+v, want none without a named actor", fs.PolicyShifts)
	}
}

// TestParticipleShifts: "X has changed policy, apparently rowing back from
// A and watering down B" tells two changes of X's, kept apart.
func TestParticipleShifts(t *testing.T) {
	fs := extractText(t, "Ministers met on Tuesday.\n\nPresident Ana Torres has seemingly changed policy on a dime, apparently rowing back from support for the mining tax and watering down her plan for a wall all the way across the border.")
	if len(fs.PolicyShifts) != 2 {
		t.Fatalf("shifts %+v, want two", fs.PolicyShifts)
	}
	for _, ps := range fs.PolicyShifts {
		if ps.Actor != "Ana Torres" {
			t.Errorf("shift %+v, want Ana Torres's", ps)
		}
	}
}

// TestComparativeStanceShift: "adopted a tougher line on X" and "will
// display a more consensual approach" change a stance; "took a more
// sarcastic tone" and "took a more direct route" do not.
func TestComparativeStanceShift(t *testing.T) {
	cases := []struct{ text, actor, dir string }{
		{"The Chilean government adopted a tougher line on immigration.", "Chilean government", "HARDENED"},
		{"President Ana Torres will display a more consensual approach to world politics as she begins her second term.", "Ana Torres", "SOFTENED"},
		{"In a later post, President Ana Torres took a more sarcastic tone.", "", ""},
		{"President Ana Torres took a more direct route to the capital.", "", ""},
	}
	for _, c := range cases {
		fs := extractText(t, "Ministers met on Tuesday.\n\n"+c.text)
		if c.actor == "" {
			if len(fs.PolicyShifts) != 0 {
				t.Errorf("%q: shifts %+v, want none", c.text, fs.PolicyShifts)
			}
			continue
		}
		if len(fs.PolicyShifts) != 1 || fs.PolicyShifts[0].Actor != c.actor || fs.PolicyShifts[0].Direction != c.dir {
			t.Errorf("%q: shifts %+v, want one %s by %s", c.text, fs.PolicyShifts, c.dir, c.actor)
		}
	}
}

// TestHadInitiallyShift: "had initially proposed" / "had originally
// opposed" tell a position since given up; "had originally pledged" does
// not say so.
func TestHadInitiallyShift(t *testing.T) {
	cases := []struct {
		text  string
		shift bool
	}{
		{"Chancellor Ana Torres had originally opposed the mining bill.", true},
		{"Chancellor Ana Torres had initially proposed to abolish the mining council.", true},
		{"Chancellor Ana Torres had originally pledged two hours of sport a week for every pupil.", false},
	}
	for _, c := range cases {
		fs := extractText(t, "Ministers met on Tuesday.\n\n"+c.text)
		if got := len(fs.PolicyShifts) == 1 && fs.PolicyShifts[0].Actor == "Ana Torres"; got != c.shift || len(fs.PolicyShifts) > 1 {
			t.Errorf("%q: shifts %+v, want a shift %v", c.text, fs.PolicyShifts, c.shift)
		}
	}
}

// TestPolicyOwnerAfterShiftNoun: "a clear evolution of US policy", "a
// shift in US foreign policy" are the United States' change, not the
// speaker's; an evolution of anything else is none.
func TestPolicyOwnerAfterShiftNoun(t *testing.T) {
	for _, text := range []string{
		"The prime minister said there has been a clear evolution of US policy since the war.",
		"The prime minister said there has been a clear shift in US foreign policy.",
	} {
		fs := extractText(t, "Ministers met on Tuesday.\n\n"+text)
		if len(fs.PolicyShifts) != 1 || fs.PolicyShifts[0].Actor != "US" {
			t.Errorf("%q: shifts %+v, want one by the US", text, fs.PolicyShifts)
		}
	}
	fs := extractText(t, "Ministers met on Tuesday.\n\nPresident Ana Torres spoke of the evolution of the species.")
	if len(fs.PolicyShifts) != 0 {
		t.Errorf("shifts %+v, want none", fs.PolicyShifts)
	}
}
