package rules

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// paraphrasesOf lists "speaker: paraphrase @date" for the article's
// reported speech.
func paraphrasesOf(fs domain.FactSet) []string {
	var out []string
	for _, st := range fs.Statements {
		if st.Paraphrase == "" {
			continue
		}
		when := "-"
		if st.When != nil {
			when = st.When.String()
		}
		out = append(out, st.Speaker+": "+st.Paraphrase+" @"+when)
	}
	return out
}

func TestParaphraseSpans(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // each must be one paraphrase exactly
		not        []string // no paraphrase may contain these
	}{
		{"coordinated speech verbs are one paraphrase",
			"Chilean Mining Minister Rosa Vial praised the copper deal and said exports would rise next year.",
			[]string{"Rosa Vial: praised the copper deal and said exports would rise next year @2024-03-14"}, nil},
		{"non-speech verb then said",
			"Union leader Pablo Nuñez rejected the offer, and said his members would strike.",
			[]string{"Pablo Nuñez: rejected the offer, and said his members would strike @2024-03-14"}, nil},
		{"reported date is not the saying's",
			"Senator Ada Lim said on Tuesday the committee would vote on March 28.",
			[]string{"Ada Lim: said on Tuesday the committee would vote on March 28 @2024-03-12"}, nil},
		{"undated saying keeps the story's day",
			"Senator Ada Lim said the committee would vote on March 28.",
			[]string{"Ada Lim: said the committee would vote on March 28 @2024-03-14"}, nil},
		{"participle of the speaker's own is cut",
			"Senator Ada Lim accused the firm of hiding losses, citing emails sent in May 2021.",
			[]string{"Ada Lim: accused the firm of hiding losses @2024-03-14"}, []string{"citing"}},
		{"but that continues the clause",
			"Finance Minister Omar Haddad said the budget would not change, but that taxes could fall.",
			[]string{"Omar Haddad: said the budget would not change, but that taxes could fall @2024-03-14"}, nil},
		{"tail attribution reports the main clause",
			"Finance Minister Omar Haddad spoke in Amman. Inflation fell to 2 percent in February, Haddad said.",
			[]string{"Omar Haddad: Inflation fell to 2 percent in February @2024-03-14"}, []string{": said"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := paraphrasesOf(extractText(t, c.text))
			for _, w := range c.want {
				found := false
				for _, g := range got {
					// The speaker may carry a fuller name than the test spells.
					if i := strings.Index(w, ": "); i > 0 && strings.Contains(g, w[:i]) && strings.HasSuffix(g, w[i:]) {
						found = true
					}
				}
				if !found {
					t.Errorf("want %q in %q", w, got)
				}
			}
			for _, n := range c.not {
				for _, g := range got {
					if strings.Contains(g, n) {
						t.Errorf("paraphrase %q holds %q", g, n)
					}
				}
			}
		})
	}
}
