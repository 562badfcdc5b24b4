package rules

import (
	"strings"
	"testing"
)

// TestFormerPositionShifts checks the two-step shift frames on sentences
// written for the test: a noun naming the change, the former position in
// the sentence beside it, and the former position standing alone.
func TestFormerPositionShifts(t *testing.T) {
	cases := []struct {
		name, text, actor, evidence string
	}{
		{"climbdown for X, as recently as",
			"Peru agreed on Monday to reopen the Desaguadero bridge to Bolivian lorries. The agreement marks a climbdown for Lima. As recently as Friday, Peruvian officials had said the bridge would stay shut.",
			"Peru", "the bridge would stay shut"},
		{"it is a retreat, ministers had insisted",
			"Chilean Labour Minister Rosa Campos met union leaders on Tuesday. It is a notable retreat. Since the law was passed in May, ministers had insisted that it would be applied in full.",
			"Chile", "applied in full"},
		{"that marks a change of course",
			"Andes Copper said on Tuesday that it had filed for arbitration. That, too, marks a change of course. Its chief executive had said in May that the company wanted a negotiated solution.",
			"Andes Copper", "negotiated solution"},
		{"after months of insisting",
			"After months of insisting that the central bank of Chile would hold rates, Governor Tomas Vidal announced a cut on Thursday.",
			"Tomas Vidal", "hold rates"},
		{"until this week",
			"Until this week, Argentine officials had insisted that the treaty should not mention fishing quotas.",
			"Argentina", "fishing quotas"},
		{"relative clause then main clause",
			"The Bolivian government, which on Monday had promised elections within a year, said on Thursday that the transition would last three years.",
			"Bolivia", "elections within a year"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			for _, ps := range fs.PolicyShifts {
				if ps.Actor == c.actor && strings.Contains(ps.Evidence.Sentence+" "+ps.From+" "+ps.To, c.evidence) {
					if ps.When == nil {
						t.Errorf("shift of %s has no date", c.actor)
					}
					return
				}
			}
			t.Errorf("no shift of %s holding %q in %+v", c.actor, c.evidence, fs.PolicyShifts)
		})
	}
}

// TestBackgroundIsNoShift checks that past-perfect background without a
// change is not read as a shift.
func TestBackgroundIsNoShift(t *testing.T) {
	fs := extractText(t, "Chilean President Rosa Campos praised Peru's courage in lifting the restriction. The analyst said the army had used earlier truces to regroup as recently as May.")
	if len(fs.PolicyShifts) != 0 {
		t.Errorf("shifts %+v, want none", fs.PolicyShifts)
	}
}
