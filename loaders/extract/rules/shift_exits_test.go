package rules

import "testing"

// TestShiftExitsAndDecisions checks leaving an agreement ("pulled out of
// the accord", gated on the agreement), idioms of going back on a deal
// ("reneged on", "backed out of", "watered down"), a possessor's
// "decision to", "adjusted its position" and a participle of breaking
// with the past after the main clause ("…, reversing years of policy"),
// on sentences written for the
// test; an exit from a race or a town, an office holder the story did
// not resolve and a body's "its decision" give no shift of the person
// named.
func TestShiftExitsAndDecisions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"pulling out of a pact", "Canada announced last December it was pulling out of the trade pact.", []string{"Canada"}},
		{"a possessor's decision to leave", "Critics condemned President Ana Silva's decision to pull out of the climate accord.", []string{"Ana Silva"}},
		{"reneged on", "Senator Mark Dunn reneged on a deal to hand the post to his deputy.", []string{"Mark Dunn"}},
		{"backed out of", "Senator Mark Dunn backed out of a pledge to stand aside before the election.", []string{"Mark Dunn"}},
		{"watered down", "President Ana Silva has watered down her plan for a wall along the border.", []string{"Ana Silva"}},
		{"adjusted its position", "The Labour Party has adjusted its position on the deficit.", []string{"Labour Party"}},
		{"a possessor's decision to lift", "Canada's decision to lift the sanctions surprised Peru.", []string{"Canada"}},
		{"a possessor's decision to cut funding", "Critics condemned Senator Mark Dunn's decision to cut funding to the agency.", []string{"Mark Dunn"}},
		{"decided to cut funding", "The council decided to cut funding to the museum. Chile decided to cut funding to the agency.", []string{"Chile"}},
		{"cut jobs is no policy given up", "Chile decided to cut 500 jobs at the mine.", nil},
		{"reversing years of policy after the clause", "Germany agreed to send tanks, reversing years of policy.", []string{"Germany"}},
		{"breaking with decades of practice after the clause", "Chile recognised the new state on Monday, breaking with decades of practice.", []string{"Chile"}},
		{"pulled out of a race", "Senator Mark Dunn pulled out of the race on Monday.", nil},
		{"withdrew from a town", "Chile withdrew from the town after the battle.", nil},
		{"an unresolved office holder reneged", "Senator Mark Dunn said the prime minister had reneged on a deal to hand him the post.", nil},
		{"its decision is a body's", "Senator Mark Dunn said its decision to scrap the levy was final.", nil},
	}
	wantShiftActors(t, cases)
}

// TestNoShiftFromBackgroundStance checks that a past-perfect stance told
// only as background ("had previously argued", a "before" that opens a
// clause) makes no shift, while one dated before the change ("rejected
// only days earlier") still does, on sentences written for the test.
func TestNoShiftFromBackgroundStance(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"had previously argued", "The letter noted that Senator Mark Dunn had previously argued that each trip was allowed.", nil},
		{"before opens a clause", "At the time Judge Lena Berg had said the cut would apply only if people confessed before their crime was known.", nil},
		{"years before", "Governor Ana Ruiz backed the levy on Monday, a levy Ruiz had rejected two years before.", []string{"Ana Ruiz"}},
	}
	wantShiftActors(t, cases)
}
