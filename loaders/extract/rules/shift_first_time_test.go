package rules

import "testing"

// TestShiftFirstsAndAnnouncedPlans checks, on sentences written for the
// test, the verb "for the first time" goes with (a perfect's participle,
// not an -ed word modifying a noun), the clause "it will be the first time
// that …" frames, a plan an announcement reports, changes decided on for
// a list of policies, and what stays no change: a first with no clause
// ("the first time in a decade"), a plan nobody announced, changes only
// planned; a commitment of the subject's own ("promised to halt", "X's
// vow to abandon") unlike a plea to someone else; a measure aimed at a
// named actor ("approved a trade ban against Y"), unlike one discussed;
// "was open to softening" a policy, unlike "not open to".
func TestShiftFirstsAndAnnouncedPlans(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a participle for the first time", "Senator Mark Dunn has spoken of his support for detained activist Ana Ruiz for the first time.", []string{"Mark Dunn"}},
		{"the first time that a body has", "Chile hosted the summit. It will be the first time since 1990 that Chile has chosen Valparaiso to host the event.", []string{"Chile"}},
		{"the first time that it had admitted", "The Ruiz Foundation filed its return. This appeared to be the first time that it had admitted such a violation.", []string{"Ruiz Foundation"}},
		{"the first time with no clause", "Chile's exports fell. It was the first time in a decade.", nil},
		{"an announced plan", "President Ana Silva announced on March 27 that she planned to raise tariffs on steel from Peru.", []string{"Ana Silva"}},
		{"a plan nobody announced", "President Ana Silva planned to raise tariffs on steel from Peru.", nil},
		{"changes decided on for listed policies", "Chile has decided on major changes in its trade, investment and finance policies.", []string{"Chile"}},
		{"planned changes", "Senator Mark Dunn said Chile's planned changes in its trade policies would hurt Peru.", nil},
		{"promised to halt", "Chile, in a similar move last week, promised to halt all trade with Peru by October.", []string{"Chile"}},
		{"urged someone else to halt", "Chile urged Peru to halt all trade with Bolivia.", nil},
		{"a possessor's vow to abandon", "Senator Mark Dunn won the seat. Dunn's vow to abandon the mining tax cheered the region.", []string{"Mark Dunn"}},
		{"a measure against a named country", "Chile has approved an extensive trade ban against Peru.", []string{"Chile"}},
		{"a measure discussed", "Chile discussed a trade ban against Peru.", nil},
		{"open to a scare-quoted change", "Senator Mark Dunn spoke on Tuesday. He said he was open to “softening” his hard-line policies toward migrants.", []string{"Mark Dunn"}},
		{"not open to a change", "Senator Mark Dunn spoke on Tuesday. He said he was not open to easing sanctions on Peru.", nil},
	}
	wantShiftActors(t, cases)
}

// TestShiftDatesOfTheNewsAndTheAct checks, on sentences written for the test, the day a
// shift is dated by: a present perfect in the lead is the story's news,
// of its day; "since 2 March, when X imposed …" dates the act; a date
// that owns a noun ("last September's agreement") dates the noun, not the
// act.
func TestShiftDatesOfTheNewsAndTheAct(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a lead's present perfect", "President Ana Torres has reversed course on the mining tax.", "2024-03-14"},
		{"since a date, when", "Markets fell.\n\nNo aid has reached the port since 2 March, when Chile imposed a blockade on the port.", "2024-03-02"},
		{"a date that owns a noun", "Markets fell.\n\nChile imposed tariffs on steel from Peru, alleging that Peru had broken last September's agreement.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			if len(fs.PolicyShifts) != 1 {
				t.Fatalf("shifts %+v, want one", fs.PolicyShifts)
			}
			got := ""
			if w := fs.PolicyShifts[0].When; w != nil && w.Known() {
				got = w.String()
			}
			if got != c.want {
				t.Errorf("dated %q, want %q", got, c.want)
			}
		})
	}
}
