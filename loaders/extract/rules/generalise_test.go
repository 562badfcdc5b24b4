package rules

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

// interactionsOf lists fs's interactions as "Source KIND Target".
func interactionsOf(fs domain.FactSet) []string {
	out := make([]string, len(fs.Interactions))
	for i, in := range fs.Interactions {
		out[i] = in.Source + " " + string(in.Kind) + " " + in.Target
	}
	return out
}

// wantInteractions runs each case's text and wants its interaction, as
// "Source KIND Target", among those extracted.
func wantInteractions(t *testing.T, cases []struct{ name, text, want string }) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := interactionsOf(extractText(t, c.text))
			for _, g := range got {
				if g == c.want {
					return
				}
			}
			t.Errorf("no %q in %q", c.want, got)
		})
	}
}

// TestInteractionFrames checks general frames in sentences written for
// the test: one frame per case, the interaction it must give.
func TestInteractionFrames(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"hyphenated particle in a name", "Saudi Foreign Minister Faisal al-Tamimi spoke by phone with Turkish Foreign Minister Deniz Kaya on Friday.",
			"Faisal al-Tamimi CONSULT Deniz Kaya"},
		{"apposition names the description", "The Kenyan trade minister, Wanjiru Otieno, criticised Uganda over the sugar quotas.",
			"Wanjiru Otieno CRITICIZE Uganda"},
		{"counterpart named later", "Peru's foreign minister urged his Bolivian counterpart on Friday to reopen the border.\n\nPeruvian Foreign Minister Jorge Salas spoke after Bolivian Foreign Minister Rosa Quispe had left.",
			"Jorge Salas APPEAL Rosa Quispe"},
		{"portfolio before a title", "Swedish Agriculture Minister Tomas Berg praised Norway for lifting the salmon quota.",
			"Tomas Berg PRAISE Norway"},
		{"government named by its capital", "Maria Lopez, head of the Coffee Growers Federation, urged the government in Bogota to cut fuel prices.",
			"Maria Lopez APPEAL Colombia"},
		{"titled names coordinated before met", "Brazilian President Lucas Prado and Argentine President Camila Vidal met for an hour on Tuesday.",
			"Lucas Prado MEET Camila Vidal"},
		{"reported contact in a that-clause", "Chile said its interior minister, Pablo Rojas, had spoken with Argentine Security Minister Laura Gomez on Sunday.",
			"Pablo Rojas CONSULT Laura Gomez"},
	}
	wantInteractions(t, cases)
}

// TestMeetingClauseEndsAtNewSubject: ", and he is due in X on Friday" is
// another clause; the meeting keeps its own day.
func TestMeetingClauseEndsAtNewSubject(t *testing.T) {
	fs := extractText(t, "Qatari envoy Khalid Nasser flew to Kabul on Monday and met Afghan Foreign Minister Amir Wardak, and he is due in Islamabad on Friday.")
	if len(fs.Meetings) != 1 {
		t.Fatalf("meetings %+v, want one", fs.Meetings)
	}
	m := fs.Meetings[0]
	if m.When == nil || m.When.String() != "2024-03-11" || m.Place == "Islamabad" {
		t.Errorf("meeting on %v in %q, want 2024-03-11 and not Islamabad", m.When, m.Place)
	}
	if strings.Join(m.Participants, "|") != "Khalid Nasser|Amir Wardak" {
		t.Errorf("participants %q", m.Participants)
	}
}

// TestWithdrawnLawIsAShift: giving up a bill, law or pledge is a reversal,
// also through "one of its …".
func TestWithdrawnLawIsAShift(t *testing.T) {
	for _, text := range []string{
		"Peruvian President Jorge Salas on Monday withdrew a bill that would have raised fuel taxes.",
		"Peruvian President Jorge Salas on Monday scrapped one of the central promises of his campaign.",
	} {
		fs := extractText(t, text)
		if len(fs.PolicyShifts) != 1 || fs.PolicyShifts[0].Actor != "Jorge Salas" || fs.PolicyShifts[0].Direction != "REVERSED" ||
			fs.PolicyShifts[0].When == nil || fs.PolicyShifts[0].When.String() != "2024-03-11" {
			t.Errorf("%q: shifts %+v, want Jorge Salas REVERSED on 2024-03-11", text, fs.PolicyShifts)
		}
	}
}
