package rules

import "testing"

// TestPossessiveStanceTurns holds the open pattern "<change verb> <own
// possessive> [modifiers] <stance noun>" and the turn nouns beside
// "U-turn", each with the clause's subject as the actor.
func TestPossessiveStanceTurns(t *testing.T) {
	lead := "Prime Minister Tom Hale spoke in Oslo on Monday.\n\n"
	cases := []struct{ name, text, actor, dir string }{
		{"changed its policy", "The Labour Party has changed its policy on refugees.", "Labour Party", "SHIFTED"},
		{"changed his approach", "Mr Hale changed his approach to the talks.", "Tom Hale", "SHIFTED"},
		{"softened her opposition", "Senator Ola Brink softened her long-standing opposition to the pipeline.", "Ola Brink", "SOFTENED"},
		{"toughened their rhetoric", "The Conservatives toughened their rhetoric on immigration.", "Conservatives", "HARDENED"},
		{"about-turn", "Mr Hale did an about-turn on immigration policy.", "Tom Hale", "REVERSED"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, lead+c.text)
			for _, ps := range fs.PolicyShifts {
				if ps.Actor == c.actor && ps.Direction == c.dir {
					return
				}
			}
			t.Errorf("want a %s shift by %s, got %+v", c.dir, c.actor, fs.PolicyShifts)
		})
	}
	for _, text := range []string{
		"Mr Hale changed his car last year.",         // no stance noun
		"The storm changed the course of the river.", // not the subject's own
	} {
		if fs := extractText(t, lead+text); len(fs.PolicyShifts) != 0 {
			t.Errorf("%q: want no shift, got %+v", text, fs.PolicyShifts)
		}
	}
}
