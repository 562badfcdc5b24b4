package rules

import (
	"strings"
	"testing"
)

// TestShiftRelativeClauses checks the shift frames of shift_relative_clauses.go and the
// former-position readings beside them, on sentences written for the test.
func TestShiftRelativeClauses(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // "actor@date", "" for no shift
	}{
		{"relative clause with had and adverb",
			"The opposition Green Union, which had previously rejected the treaty, backed it in Monday's vote.", "Green Union@"},
		{"relative clause dated earlier",
			"Brazil, which voted against the proposal in March, supported the final text on Friday.", "Brazil@2024-03-08"},
		{"relative clause without an earlier stance",
			"Brazil, which hosts the talks, supported the final text on Friday.", ""},
		{"spent a span arguing",
			"The finance minister, Jonas Berg, had spent the summer arguing that the budget could not grow.", "Jonas Berg@"},
		{"rejected only days earlier",
			"Governor Ana Ruiz agreed to the plan on Monday, a concession Ruiz had rejected only days earlier.", "Ana Ruiz@"},
		{"reversing earlier support",
			"Senator Paula Reyes said on Friday she would vote no, reversing her earlier support.", "Paula Reyes@2024-03-08"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := extractText(t, c.text)
			var got []string
			for _, ps := range fs.PolicyShifts {
				got = append(got, ps.Actor+"@"+dateKey(ps.When))
			}
			if c.want == "" {
				if len(got) > 0 {
					t.Errorf("shifts %q, want none", got)
				}
				return
			}
			found := false
			for _, g := range got {
				found = found || strings.HasPrefix(g, c.want)
			}
			if !found {
				t.Errorf("shifts %q, want one starting %q", got, c.want)
			}
		})
	}
}
