package rules

import "testing"

// TestShiftTurns checks the readings of shift_turns.go and the idioms
// added beside them, on sentences written for the test.
func TestShiftTurns(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"finally signed up", "The deal was struck after Norway, the largest creditor, finally signed up to it.", []string{"Norway"}},
		{"subsequently conceded", "The Interior Ministry subsequently conceded that it had used tear gas on the crowd.", []string{"Interior Ministry"}},
		{"came to oppose", "Senator Mark Dunn voted for the war but came to oppose it within a year.", []string{"Mark Dunn"}},
		{"new stance", "Campaigners praised Prime Minister Karl Weber for his new stance on nuclear power.", []string{"Karl Weber"}},
		{"position has changed", "Senator Ana Rojas once called for the fund to close. Her position on the fund has changed since the election.", []string{"Ana Rojas"}},
		{"end years of", "Norway will end years of foot-dragging on the pipeline when the fuel arrives.", []string{"Norway"}},
		{"ending decades of", "Finland applied to join NATO on Monday, ending decades of military neutrality.", []string{"Finland"}},
		{"had previously but", "Senator Mark Dunn said he had previously voted for the limit but now has doubts.", []string{"Mark Dunn"}},
		{"distanced himself", "Senator Paul Grey backed the plan and distanced himself from the Labour Party.", []string{"Paul Grey"}},
		{"turned against", "Farmers say the way Canada turned against them cost them their land.", []string{"Canada"}},
		{"acquiesced", "In the end Prime Minister Karl Weber acquiesced in the demand for a referendum.", []string{"Karl Weber"}},
		{"although at first", "Although at first opposed to the pipeline, Germany agreed to let it go ahead.", []string{"Germany"}},
		{"while initially", "While Norway initially resisted the plan, it now backs it.", []string{"Norway"}},
		{"put on hold", "Prime Minister Karl Weber has put the airport expansion on hold.", []string{"Karl Weber"}},
		{"government's decision", "The talks follow Spain's socialist government's decision to put its claim on hold.", []string{"Spain"}},
	}
	wantShiftActors(t, cases)
}

// TestNoShiftTurnWithoutAChange checks that the same words give nothing
// where no position changed.
func TestNoShiftTurnWithoutAChange(t *testing.T) {
	for _, text := range []string{
		"Prime Minister Karl Weber came to power in 2019.",
		"Senator Mark Dunn took up his new position as chief of staff on Monday.",
		"Their marriage will end years of speculation about the couple.",
		"Senator Ana Rojas had previously served as mayor of the city.",
		"Norway may finally agree to the deal if the price is right.",
		"Senator Mark Dunn later said he would attend the summit.",
		"Her position as chair has been secure for years.",
		"Although initially reluctant to speak, Senator Mark Dunn said the vote was fair.",
		"While Norway was first to sign the treaty, Denmark followed a week later.",
		"Senator Ana Rojas put on a brave face on Monday.",
		"House Republicans introduced legislation this month that would make the tax cuts permanent.",
		"Governor Ana Rojas vetoed a bill last week that would have allowed the fund to invest abroad.",
		"Analysts long waited in vain for Prime Minister Karl Weber's pivot to a more conventional style.",
		"Senator Mark Dunn is known for the bait and switch of his campaigns.",
	} {
		if got := shiftActorsOf(t, text); len(got) != 0 {
			t.Errorf("%q: shifts by %q, want none", text, got)
		}
	}
}
