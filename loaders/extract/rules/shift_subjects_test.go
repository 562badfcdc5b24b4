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
